"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { declareConflict, withdrawConflict } from "@/lib/jury/declare-conflict";
import { isJuryInputRefused } from "@/lib/jury/jury-input-refused";
import { CONFLICT_NOTE_MAX, RECORD_CONFLICT_FIELDS, ZRecordConflict, ZWithdrawConflict } from "@/lib/transparency/conflict-form-schema";
import type { AdminFormState } from "../categories/form-state";

// The programmeId is bound from the page's URL and only names the page:
// declareConflict and withdrawConflict check the permission in the
// nomination's own programme and category.

type T = Awaited<ReturnType<typeof getTranslations<"conflictsAdmin">>>;

const conflictsPath = (programmeId: string) => `/admin/programmes/${programmeId}/conflicts`;

function errorText(t: T, key: string): string {
  return t.has(`errors.${key}` as never) ? t(`errors.${key}` as never, { max: CONFLICT_NOTE_MAX } as never) : t("errors.generic");
}

/** declareConflict's field refusals (keys under jury.errors) in this form's words. */
const REFUSAL_KEYS: Record<string, string> = { tooLong: "noteTooLong", invalidCharacters: "noteInvalidCharacters", notAJuror: "notAJuror" };

/** Expected refusals become their message; anything else is logged and shown as a generic failure. */
function failure(error: unknown, t: T): string {
  if (!isAppError(error)) {
    console.error("[conflicts] action failed:", error);
    return t("errors.generic");
  }
  return errorText(t, t.has(`errors.${error.message}` as never) ? error.message : error.code);
}

function typed(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of RECORD_CONFLICT_FIELDS) {
    const value = formData.get(field);
    // Keep what was typed (cut to a sane size) so a refused form loses nothing; the schema refuses what is too long.
    if (typeof value === "string") out[field] = value.slice(0, 5000);
  }
  return out;
}

export async function recordConflictAction(programmeId: string, previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("conflictsAdmin");
  const values = typed(formData);
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = ZRecordConflict.safeParse(Object.fromEntries(RECORD_CONFLICT_FIELDS.map((f) => [f, formData.get(f)])));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= errorText(t, issue.message);
    return { ok: false, fieldErrors, message: t("errors.formHasErrors"), values, attempt };
  }
  try {
    await declareConflict({ actor: await getCurrentUser(), ...parsed.data });
  } catch (error) {
    if (isJuryInputRefused(error)) {
      const fieldErrors: Record<string, string> = {};
      let message = t("errors.formHasErrors");
      for (const [field, key] of Object.entries(error.fields)) {
        const text = errorText(t, REFUSAL_KEYS[key] ?? key);
        // A refusal about no field of this form is said at the top instead.
        if ((RECORD_CONFLICT_FIELDS as readonly string[]).includes(field)) fieldErrors[field] = text;
        else message = text;
      }
      return { ok: false, fieldErrors, message, values, attempt };
    }
    return { ok: false, message: failure(error, t), values, attempt };
  }
  revalidatePath(conflictsPath(programmeId));
  return { ok: true, message: t("record.saved"), attempt };
}

export async function withdrawConflictAction(programmeId: string, _previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("conflictsAdmin");
  const parsed = ZWithdrawConflict.safeParse({ conflictId: formData.get("conflictId") });
  if (!parsed.success) return { ok: false, message: t("errors.generic") };
  try {
    await withdrawConflict({ actor: await getCurrentUser(), conflictId: parsed.data.conflictId });
  } catch (error) {
    return { ok: false, message: failure(error, t) };
  }
  revalidatePath(conflictsPath(programmeId));
  return { ok: true, message: t("list.withdrawn") };
}
