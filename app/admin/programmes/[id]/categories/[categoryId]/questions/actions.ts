"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { archiveQuestion } from "@/lib/categories/archive-question";
import { createQuestion } from "@/lib/categories/create-question";
import { loadCategoryFor } from "@/lib/categories/load-category";
import { reorderQuestions } from "@/lib/categories/reorder-questions";
import { updateQuestion } from "@/lib/categories/update-question";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { ZMoveDirection } from "@/lib/validation/category";
import { QUESTION_FORM_FIELDS, questionFormSchema } from "@/lib/validation/form-question";
import { failureMessage, fieldErrorsOf, typedValues } from "../../action-helpers";
import type { AdminFormState } from "../../form-state";

const questionsPath = (programmeId: string, categoryId: string) => `/admin/programmes/${programmeId}/categories/${categoryId}/questions`;

/** Validates the form against the programme's default language (read after the permission check). */
async function parseQuestion(programmeId: string, categoryId: string, formData: FormData) {
  const actor = await getCurrentUser();
  const category = await loadCategoryFor(db, { actor, programmeId, categoryId });
  const values = typedValues(formData, QUESTION_FORM_FIELDS);
  return { actor, values, parsed: questionFormSchema(category.programme.defaultLocale).safeParse(values) };
}

export async function createQuestionAction(programmeId: string, categoryId: string, _previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("categoryAdmin");
  const attempt = Date.now();
  let values: Record<string, string> | undefined;
  try {
    const input = await parseQuestion(programmeId, categoryId, formData);
    values = input.values;
    if (!input.parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(input.parsed.error, t), message: t("errors.formHasErrors"), values, attempt };
    await createQuestion({ actor: input.actor, input: { programmeId, categoryId, question: input.parsed.data } });
  } catch (error) {
    return { ok: false, message: failureMessage(error, t), values, attempt };
  }
  revalidatePath(questionsPath(programmeId, categoryId));
  return { ok: true, message: t("questions.created"), attempt };
}

export async function updateQuestionAction(
  programmeId: string,
  categoryId: string,
  questionId: string,
  _previous: AdminFormState,
  formData: FormData,
): Promise<AdminFormState> {
  const t = await getTranslations("categoryAdmin");
  const attempt = Date.now();
  let values: Record<string, string> | undefined;
  try {
    const input = await parseQuestion(programmeId, categoryId, formData);
    values = input.values;
    if (!input.parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(input.parsed.error, t), message: t("errors.formHasErrors"), values, attempt };
    await updateQuestion({ actor: input.actor, input: { programmeId, categoryId, questionId, question: input.parsed.data } });
  } catch (error) {
    const typeLocked = isAppError(error) && error.message === "questionTypeLocked";
    return { ok: false, message: failureMessage(error, t), fieldErrors: typeLocked ? { type: t("errors.questionTypeLocked") } : undefined, values, attempt };
  }
  revalidatePath(questionsPath(programmeId, categoryId), "layout");
  redirect(`${questionsPath(programmeId, categoryId)}?notice=questions.saved`);
}

/** Up/down and remove buttons: plain form posts that work without JavaScript. */
export async function questionListAction(programmeId: string, categoryId: string, formData: FormData): Promise<void> {
  const questionId = formData.get("questionId");
  const intent = formData.get("intent");
  let notice = "generic";
  if (typeof questionId === "string") {
    try {
      const actor = await getCurrentUser();
      if (intent === "archive") {
        const { outcome } = await archiveQuestion({ actor, input: { programmeId, categoryId, questionId } });
        notice = outcome === "deleted" ? "questions.deleted" : "questions.archived";
      } else {
        const direction = ZMoveDirection.parse(intent);
        await reorderQuestions({ actor, input: { programmeId, categoryId, questionId, direction } });
        notice = "moved";
      }
    } catch (error) {
      if (isAppError(error)) notice = /^[a-zA-Z_]+$/.test(error.message) ? error.message : error.code;
      else console.error("[categories] question list action failed:", error);
    }
  }
  revalidatePath(questionsPath(programmeId, categoryId));
  redirect(`${questionsPath(programmeId, categoryId)}?notice=${notice}`);
}
