"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { AutosaveResult, JuryFormState, SheetFormState } from "@/components/jury/form-state";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { authorizeJuryNomination } from "@/lib/jury/authorize-jury-nomination";
import { ZConflictInput } from "@/lib/jury/conflict-input";
import { addContinued, CONTINUED_COOKIE } from "@/lib/jury/continued-nominations";
import { declareConflict, withdrawConflict } from "@/lib/jury/declare-conflict";
import { issuesByField } from "@/lib/jury/jury-input-refused";
import { reopenScoreSheet } from "@/lib/jury/reopen-score-sheet";
import { saveScoreSheetDraft } from "@/lib/jury/save-score-sheet-draft";
import { scoreSheetFromForm, ZRecordId } from "@/lib/jury/score-sheet-input";
import { submitScoreSheet } from "@/lib/jury/submit-score-sheet";
import { publicUrl } from "@/lib/security/headers";
import { failure, fieldMessages, nominationPath } from "../../../../action-helpers";

// Every action here checks the actor against the nomination itself (in the
// domain functions): the programmeId bound from the URL only builds paths.

const NINETY_DAYS = 60 * 60 * 24 * 90;

function pagePath(programmeId: string, nominationId: string, notice?: string): string {
  const path = nominationPath(ZRecordId.catch("_").parse(programmeId), ZRecordId.catch("_").parse(nominationId));
  return notice ? `${path}?notice=${notice}` : path;
}

/**
 * "No conflict, continue": remembered in a cookie for this juror (see
 * lib/jury/continued-nominations.ts), after checking they may see the nomination.
 */
export async function continueAction(programmeId: string, nominationId: string): Promise<JuryFormState> {
  const t = await getTranslations("jury");
  const actor = await getCurrentUser();
  try {
    const ctx = await authorizeJuryNomination(db, { actor, nominationId, programmeId });
    const jar = await cookies();
    jar.set(CONTINUED_COOKIE, addContinued(jar.get(CONTINUED_COOKIE)?.value, ctx.me.id, ctx.nomination.id), {
      maxAge: NINETY_DAYS,
      sameSite: "lax",
      secure: publicUrl(process.env).startsWith("https://"),
      path: "/jury",
      httpOnly: true,
    });
  } catch (error) {
    return { ok: false, ...failure(error, t), attempt: Date.now() };
  }
  redirect(pagePath(programmeId, nominationId));
}

export async function declareConflictAction(programmeId: string, nominationId: string, _previous: JuryFormState, formData: FormData): Promise<JuryFormState> {
  const t = await getTranslations("jury");
  const values = { reason: String(formData.get("reason") ?? "").slice(0, 50), note: String(formData.get("note") ?? "").slice(0, 5000) };
  const attempt = Date.now();
  const parsed = ZConflictInput.safeParse(values);
  if (!parsed.success) return { ok: false, message: t("errors.formHasErrors"), fieldErrors: fieldMessages(issuesByField(parsed.error), t), values, attempt };
  const actor = await getCurrentUser();
  try {
    await declareConflict({ actor, nominationId, jurorId: actor?.id ?? "", reason: parsed.data.reason, note: parsed.data.note });
  } catch (error) {
    return { ok: false, ...failure(error, t), values, attempt };
  }
  revalidatePath("/jury", "layout");
  redirect(pagePath(programmeId, nominationId, "conflictDeclared"));
}

export async function withdrawConflictAction(programmeId: string, nominationId: string, conflictId: string): Promise<JuryFormState> {
  const t = await getTranslations("jury");
  try {
    await withdrawConflict({ actor: await getCurrentUser(), conflictId });
  } catch (error) {
    return { ok: false, ...failure(error, t), attempt: Date.now() };
  }
  revalidatePath("/jury", "layout");
  redirect(pagePath(programmeId, nominationId, "conflictWithdrawn"));
}

/** The form's autosave: called by the scoring form a moment after each change, with the whole sheet. */
export async function autosaveAction(nominationId: string, sheet: unknown): Promise<AutosaveResult> {
  const t = await getTranslations("jury");
  try {
    const saved = await saveScoreSheetDraft({ actor: await getCurrentUser(), nominationId, sheet });
    return { ok: true, savedAt: saved.savedAt.toISOString(), unsavedComments: saved.unsavedComments };
  } catch (error) {
    return { ok: false, ...failure(error, t) };
  }
}

/** The scoring form's buttons: "Save draft" (intent=draft) and "Submit scores" (intent=submit). Works without JavaScript. */
export async function sheetFormAction(programmeId: string, nominationId: string, _previous: SheetFormState, formData: FormData): Promise<SheetFormState> {
  const t = await getTranslations("jury");
  const sheet = scoreSheetFromForm(formData);
  const attempt = Date.now();
  const actor = await getCurrentUser();
  if (formData.get("intent") !== "submit") {
    try {
      const saved = await saveScoreSheetDraft({ actor, nominationId, sheet });
      return { ok: true, message: t("form.draftSaved"), savedAt: saved.savedAt.toISOString(), unsavedComments: saved.unsavedComments, sheet, attempt };
    } catch (error) {
      return { ok: false, ...failure(error, t), sheet, attempt };
    }
  }
  try {
    await submitScoreSheet({ actor, nominationId, sheet });
  } catch (error) {
    return { ok: false, ...failure(error, t), sheet, attempt };
  }
  revalidatePath("/jury", "layout");
  redirect(pagePath(programmeId, nominationId, "submitted"));
}

export async function reopenAction(programmeId: string, nominationId: string): Promise<JuryFormState> {
  const t = await getTranslations("jury");
  try {
    await reopenScoreSheet({ actor: await getCurrentUser(), nominationId });
  } catch (error) {
    return { ok: false, ...failure(error, t), attempt: Date.now() };
  }
  revalidatePath("/jury", "layout");
  redirect(pagePath(programmeId, nominationId, "reopened"));
}
