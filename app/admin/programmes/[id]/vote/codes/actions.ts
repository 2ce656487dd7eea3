"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { createVotingCodes } from "@/lib/voting/admin/create-voting-codes";
import { votingCodeBatchFromForm } from "@/lib/voting/admin/vote-admin-schemas";
import { voidVotingCodes } from "@/lib/voting/admin/void-voting-codes";
import type { AdminFormState } from "../../categories/form-state";
import { voteFieldErrors, voteRefusal } from "../vote-form-state";

export interface CodesFormState extends AdminFormState {
  /** The plain codes of the batch just made: shown this once, never stored. */
  codes?: string[];
  batch?: string;
}

export async function createVotingCodesAction(programmeId: string, previous: CodesFormState, formData: FormData): Promise<CodesFormState> {
  const t = await getTranslations("admin.vote");
  const text = (name: string) => (typeof formData.get(name) === "string" ? String(formData.get(name)).slice(0, 100) : "");
  const values = { label: text("label"), count: text("count") };
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = votingCodeBatchFromForm(formData);
  if (!parsed.success) return { ok: false, fieldErrors: voteFieldErrors(t, parsed.error.issues), message: t("errors.formHasErrors"), values, attempt };
  let made: { batch: string; codes: string[] };
  try {
    made = await createVotingCodes({ actor: await getCurrentUser(), programmeId: String(programmeId), input: parsed.data });
  } catch (error) {
    return voteRefusal(t, error, "making codes", values, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/vote/codes`);
  return { ok: true, message: t("codes.made", { count: made.codes.length, batch: made.batch }), attempt, ...made };
}

// The batch is bound on the page from the listed batches; voidVotingCodes checks it belongs to the programme.
export async function voidVotingCodesAction(programmeId: string, batch: string, previous: AdminFormState): Promise<AdminFormState> {
  const t = await getTranslations("admin.vote");
  const attempt = (previous.attempt ?? 0) + 1;
  let voided: number;
  try {
    ({ voided } = await voidVotingCodes({ actor: await getCurrentUser(), programmeId: String(programmeId), batch: String(batch) }));
  } catch (error) {
    return voteRefusal(t, error, "voiding codes", {}, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/vote/codes`);
  return { ok: true, message: t("codes.voided", { count: voided }), attempt };
}
