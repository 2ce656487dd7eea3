"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { createCategory } from "@/lib/categories/create-category";
import { deleteCategory } from "@/lib/categories/delete-category";
import { reorderCategories } from "@/lib/categories/reorder-categories";
import { updateCategory } from "@/lib/categories/update-category";
import { CATEGORY_FORM_FIELDS, ZCategoryForm, ZMoveDirection } from "@/lib/validation/category";
import { failureMessage, fieldErrorsOf, typedValues } from "./action-helpers";
import type { AdminFormState } from "./form-state";

const listPath = (programmeId: string) => `/admin/programmes/${programmeId}/categories`;

function parseCategory(formData: FormData) {
  const values = typedValues(formData, CATEGORY_FORM_FIELDS);
  return { values, parsed: ZCategoryForm.safeParse(values) };
}

export async function createCategoryAction(programmeId: string, _previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("categoryAdmin");
  const { values, parsed } = parseCategory(formData);
  const attempt = Date.now();
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, t), message: t("errors.formHasErrors"), values, attempt };
  let id: string;
  try {
    ({ id } = await createCategory({ actor: await getCurrentUser(), input: { programmeId, category: parsed.data } }));
  } catch (error) {
    return { ok: false, message: failureMessage(error, t), values, attempt };
  }
  revalidatePath(listPath(programmeId));
  redirect(`${listPath(programmeId)}/${id}?notice=created`);
}

export async function updateCategoryAction(
  programmeId: string,
  categoryId: string,
  _previous: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const t = await getTranslations("categoryAdmin");
  const { values, parsed } = parseCategory(formData);
  const attempt = Date.now();
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error, t), message: t("errors.formHasErrors"), values, attempt };
  try {
    await updateCategory({ actor: await getCurrentUser(), input: { programmeId, categoryId, category: parsed.data } });
  } catch (error) {
    return { ok: false, message: failureMessage(error, t), values, attempt };
  }
  revalidatePath(listPath(programmeId), "layout");
  return { ok: true, message: t("saved"), values, attempt };
}

/** Up/down buttons on the list: a plain form post, so it works without JavaScript. */
export async function moveCategoryAction(programmeId: string, formData: FormData): Promise<void> {
  const direction = ZMoveDirection.safeParse(formData.get("direction"));
  const categoryId = formData.get("categoryId");
  let notice = "moved";
  if (!direction.success || typeof categoryId !== "string") notice = "invalid";
  else {
    try {
      await reorderCategories({ actor: await getCurrentUser(), input: { programmeId, categoryId, direction: direction.data } });
    } catch (error) {
      notice = errorNotice(error);
    }
  }
  revalidatePath(listPath(programmeId));
  redirect(`${listPath(programmeId)}?notice=${notice}`);
}

export async function deleteCategoryAction(programmeId: string, categoryId: string, _previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("categoryAdmin");
  // Deleting cannot be undone: the organiser ticks a box to confirm.
  if (formData.get("confirm") !== "on") return { ok: false, fieldErrors: { confirm: t("errors.confirmRequired") } };
  try {
    await deleteCategory({ actor: await getCurrentUser(), input: { programmeId, categoryId } });
  } catch (error) {
    return { ok: false, message: failureMessage(error, t) };
  }
  revalidatePath(listPath(programmeId));
  redirect(`${listPath(programmeId)}?notice=deleted`);
}

/** A message key for the list page's notice; unexpected errors are logged. */
function errorNotice(error: unknown): string {
  if (isAppError(error)) return error.message.match(/^[a-zA-Z_]+$/) ? error.message : error.code;
  console.error("[categories] move failed:", error);
  return "generic";
}
