"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { quarantineBallots } from "@/lib/voting/admin/quarantine-ballots";
import { releaseBallots } from "@/lib/voting/admin/release-ballots";
import { quarantineFromForm, releaseFromForm } from "@/lib/voting/admin/vote-admin-schemas";
import type { AdminFormState } from "../../categories/form-state";
import { voteFieldErrors, voteRefusal } from "../vote-form-state";

const reasonTyped = (formData: FormData) => ({ reason: typeof formData.get("reason") === "string" ? String(formData.get("reason")).slice(0, 400) : "" });

// The finding comes back from hidden fields; quarantineBallots only accepts one the report shows right now.
export async function quarantineAction(programmeId: string, previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("admin.vote");
  const values = reasonTyped(formData);
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = quarantineFromForm(formData);
  if (!parsed.success) return { ok: false, fieldErrors: voteFieldErrors(t, parsed.error.issues), message: t("errors.formHasErrors"), values, attempt };
  let quarantined: number;
  try {
    const input = { selector: { ...parsed.data.selector, castFrom: parsed.data.selector.castFrom.toISOString(), castTo: parsed.data.selector.castTo.toISOString() }, reason: parsed.data.reason };
    ({ quarantined } = await quarantineBallots({ actor: await getCurrentUser(), programmeId: String(programmeId), input }));
  } catch (error) {
    return voteRefusal(t, error, "quarantining", values, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/vote/anomalies`);
  return { ok: true, message: t("anomalies.quarantinedNow", { count: quarantined }), attempt };
}

export async function releaseAction(programmeId: string, previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("admin.vote");
  const values = reasonTyped(formData);
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = releaseFromForm(formData);
  if (!parsed.success) return { ok: false, fieldErrors: voteFieldErrors(t, parsed.error.issues), message: t("errors.formHasErrors"), values, attempt };
  let released: number;
  try {
    ({ released } = await releaseBallots({ actor: await getCurrentUser(), programmeId: String(programmeId), input: { quarantinedAt: parsed.data.quarantinedAt.toISOString(), reason: parsed.data.reason } }));
  } catch (error) {
    return voteRefusal(t, error, "releasing", values, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/vote/anomalies`);
  return { ok: true, message: t("anomalies.releasedNow", { count: released }), attempt };
}
