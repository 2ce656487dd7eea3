"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ModerationFormState } from "@/components/moderation/form-state";
import { getCurrentUser } from "@/lib/auth/current-user";
import { acceptNomination } from "@/lib/moderation/accept-nomination";
import { correctNomination, CorrectionRefused } from "@/lib/moderation/correct-nomination";
import { eraseSubmission } from "@/lib/moderation/erase-submission";
import { markDuplicate } from "@/lib/moderation/mark-duplicate";
import { mergeNomination } from "@/lib/moderation/merge-nomination";
import { ZCorrection, ZNominationId, ZRejectionReason } from "@/lib/moderation/moderation-schemas";
import { rejectNomination } from "@/lib/moderation/reject-nomination";
import { reopenNomination, unmergeNomination } from "@/lib/moderation/reopen-nomination";
import { detailPath, errorText, failureMessage, queuePath } from "../action-helpers";

type State = ModerationFormState;

/** Runs one moderation act; on success shows the detail page again with a notice (outside try: redirect throws). */
async function act(programmeId: string, nominationId: string, notice: string, run: () => Promise<unknown>, values?: Record<string, string>): Promise<State> {
  const t = await getTranslations("moderation");
  try {
    await run();
  } catch (error) {
    return { ok: false, message: failureMessage(error, t), values, attempt: Date.now() };
  }
  revalidatePath(queuePath(programmeId), "layout");
  redirect(`${detailPath(programmeId, nominationId)}?notice=${notice}`);
}

export async function acceptAction(programmeId: string, nominationId: string): Promise<State> {
  return act(programmeId, nominationId, "accepted", async () => acceptNomination({ actor: await getCurrentUser(), programmeId, nominationId }));
}

/** Undo of accept, reject or duplicate: back to the queue. */
export async function reopenAction(programmeId: string, nominationId: string): Promise<State> {
  return act(programmeId, nominationId, "reopened", async () => reopenNomination({ actor: await getCurrentUser(), programmeId, nominationId }));
}

export async function unmergeAction(programmeId: string, nominationId: string): Promise<State> {
  return act(programmeId, nominationId, "unmerged", async () => unmergeNomination({ actor: await getCurrentUser(), programmeId, nominationId }));
}

export async function rejectAction(programmeId: string, nominationId: string, _previous: State, formData: FormData): Promise<State> {
  const t = await getTranslations("moderation");
  const values = { reason: String(formData.get("reason") ?? "").slice(0, 5000) };
  const parsed = ZRejectionReason.safeParse(values.reason);
  if (!parsed.success) {
    return { ok: false, fieldErrors: { reason: errorText(t, parsed.error.issues[0]?.message ?? "reasonRequired") }, values, attempt: Date.now() };
  }
  return act(programmeId, nominationId, "rejected", async () => rejectNomination({ actor: await getCurrentUser(), programmeId, nominationId, reason: parsed.data }), values);
}

async function linkAction(
  kind: "duplicate" | "merge",
  programmeId: string,
  nominationId: string,
  formData: FormData,
): Promise<State> {
  const t = await getTranslations("moderation");
  const values = { targetId: String(formData.get("targetId") ?? "").slice(0, 64) };
  const target = ZNominationId.safeParse(values.targetId);
  if (!target.success) return { ok: false, fieldErrors: { targetId: errorText(t, "chooseTarget") }, values, attempt: Date.now() };
  return act(
    programmeId,
    nominationId,
    kind === "merge" ? "merged" : "duplicate",
    async () => {
      const actor = await getCurrentUser();
      if (kind === "merge") await mergeNomination({ actor, programmeId, nominationId, intoId: target.data });
      else await markDuplicate({ actor, programmeId, nominationId, duplicateOfId: target.data });
    },
    values,
  );
}

export async function duplicateAction(programmeId: string, nominationId: string, _previous: State, formData: FormData): Promise<State> {
  return linkAction("duplicate", programmeId, nominationId, formData);
}

export async function mergeAction(programmeId: string, nominationId: string, _previous: State, formData: FormData): Promise<State> {
  return linkAction("merge", programmeId, nominationId, formData);
}

export async function correctAction(programmeId: string, nominationId: string, _previous: State, formData: FormData): Promise<State> {
  const t = await getTranslations("moderation");
  const attempt = Date.now();
  const values: Record<string, string> = {};
  const answers: Record<string, string> = {};
  for (const [key, raw] of formData.entries()) {
    if (typeof raw !== "string") continue;
    if (["nomineeName", "groupName", "nomineeDistrict", "story"].includes(key)) values[key] = raw.slice(0, 20000);
    else if (key.startsWith("answer:") && Object.keys(answers).length < 100) {
      const questionId = key.slice("answer:".length);
      answers[questionId] = raw.slice(0, 20000);
      values[`answers.${questionId}`] = answers[questionId];
    }
  }
  const parsed = ZCorrection.safeParse({ ...values, answers });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      fieldErrors[path] ??= errorText(t, issue.message);
    }
    return { ok: false, message: t("errors.formHasErrors"), fieldErrors, values, attempt };
  }
  let fields: string[];
  try {
    ({ fields } = await correctNomination({ actor: await getCurrentUser(), programmeId, nominationId, correction: parsed.data }));
  } catch (error) {
    if (error instanceof CorrectionRefused) {
      return { ok: false, message: t("errors.formHasErrors"), fieldErrors: { [error.path]: errorText(t, error.message) }, values, attempt };
    }
    return { ok: false, message: failureMessage(error, t), values, attempt };
  }
  revalidatePath(queuePath(programmeId), "layout");
  return { ok: true, message: fields.length ? t("correct.saved", { count: fields.length }) : t("correct.unchanged"), values, attempt };
}

export async function eraseAction(programmeId: string, nominationId: string, _previous: State, formData: FormData): Promise<State> {
  const t = await getTranslations("moderation");
  // Erasure cannot be undone: the organiser ticks a box to confirm.
  if (formData.get("confirm") !== "on") return { ok: false, fieldErrors: { confirm: errorText(t, "confirmRequired") }, attempt: Date.now() };
  return act(programmeId, nominationId, "erased", async () => eraseSubmission({ actor: await getCurrentUser(), programmeId, nominationId }));
}
