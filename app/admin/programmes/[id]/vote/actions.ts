"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { updateVoteSettings } from "@/lib/voting/admin/update-vote-settings";
import { VOTE_SETTING_FIELDS, voteSettingsFromForm } from "@/lib/voting/admin/vote-admin-schemas";
import type { AdminFormState } from "../categories/form-state";
import { voteFieldErrors, voteRefusal } from "./vote-form-state";

function typed(formData: FormData): Record<string, string> {
  return Object.fromEntries(VOTE_SETTING_FIELDS.map((f) => [f, typeof formData.get(f) === "string" ? String(formData.get(f)).slice(0, 40) : ""]));
}

// The programmeId is bound from the page's URL; updateVoteSettings checks the permission in that programme.
export async function updateVoteSettingsAction(programmeId: string, previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const t = await getTranslations("admin.vote");
  const values = typed(formData);
  const attempt = (previous.attempt ?? 0) + 1;
  const parsed = voteSettingsFromForm(formData);
  if (!parsed.success) return { ok: false, fieldErrors: voteFieldErrors(t, parsed.error.issues), message: t("errors.formHasErrors"), values, attempt };
  let changed: string[];
  try {
    ({ changed } = await updateVoteSettings({ actor: await getCurrentUser(), programmeId: String(programmeId), input: parsed.data }));
  } catch (error) {
    return voteRefusal(t, error, "saving settings", values, attempt);
  }
  revalidatePath(`/admin/programmes/${programmeId}/vote`);
  return { ok: true, message: changed.length ? t("settings.saved") : t("settings.nothingChanged"), attempt };
}
