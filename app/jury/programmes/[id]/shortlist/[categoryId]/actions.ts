"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ShortlistFormState } from "@/components/shortlist/form-state";
import { getCurrentUser } from "@/lib/auth/current-user";
import { lockShortlist } from "@/lib/shortlist/lock-shortlist";
import { ShortlistFieldError, ShortlistReasonsMissing } from "@/lib/shortlist/shortlist-errors";
import { SHORTLIST_LIMITS, ZShortlistId } from "@/lib/shortlist/shortlist-schemas";
import { unlockShortlist } from "@/lib/shortlist/unlock-shortlist";
import { categoryPath, errorText, failureMessage, shortlistPath } from "../action-helpers";

type State = ShortlistFormState;

/**
 * Locks the shortlist with the ticked finalists. Every reason typed is sent
 * as a change for its row; the domain function keeps only those that differ
 * from the proposal and refuses missing ones, which come back per row.
 */
export async function lockAction(programmeId: string, categoryId: string, _previous: State, formData: FormData): Promise<State> {
  const t = await getTranslations("shortlist");
  const attempt = Date.now();
  const finalistIds = formData
    .getAll("finalist")
    .filter((v): v is string => typeof v === "string")
    .slice(0, SHORTLIST_LIMITS.finalists + 1);
  const selected = new Set(finalistIds);
  const changes = [...formData.entries()]
    .filter(([key, value]) => key.startsWith("reason.") && typeof value === "string" && ZShortlistId.safeParse(key.slice(7)).success)
    .slice(0, SHORTLIST_LIMITS.finalists * 2)
    .map(([key, value]) => {
      const nominationId = key.slice(7);
      return { nominationId, action: selected.has(nominationId) ? ("add" as const) : ("remove" as const), reason: String(value).slice(0, SHORTLIST_LIMITS.reason + 1) };
    });
  try {
    await lockShortlist({ actor: await getCurrentUser(), programmeId, categoryId, finalistIds, changes });
  } catch (error) {
    if (error instanceof ShortlistReasonsMissing) {
      const fieldErrors = Object.fromEntries(error.nominationIds.map((id) => [`reason.${id}`, t("errors.reasonRequired")]));
      return { ok: false, message: t("errors.reasonsMissing"), fieldErrors, attempt };
    }
    return { ok: false, message: failureMessage(error, t), attempt };
  }
  revalidatePath(shortlistPath(programmeId), "layout");
  redirect(`${categoryPath(programmeId, categoryId)}?notice=locked`);
}

export async function unlockAction(programmeId: string, categoryId: string, _previous: State, formData: FormData): Promise<State> {
  const t = await getTranslations("shortlist");
  const values = { reason: String(formData.get("reason") ?? "").slice(0, 5000), confirm: formData.get("confirm") === "on" ? "on" : "" };
  const attempt = Date.now();
  if (values.confirm !== "on") return { ok: false, fieldErrors: { confirm: t("errors.confirmRequired") }, message: t("errors.formHasErrors"), values, attempt };
  try {
    await unlockShortlist({ actor: await getCurrentUser(), programmeId, categoryId, reason: values.reason });
  } catch (error) {
    if (error instanceof ShortlistFieldError) {
      const fieldErrors = Object.fromEntries(Object.entries(error.fields).map(([field, key]) => [field, errorText(t, key)]));
      return { ok: false, fieldErrors, message: t("errors.formHasErrors"), values, attempt };
    }
    return { ok: false, message: failureMessage(error, t), values, attempt };
  }
  revalidatePath(shortlistPath(programmeId), "layout");
  redirect(`${categoryPath(programmeId, categoryId)}?notice=unlocked`);
}
