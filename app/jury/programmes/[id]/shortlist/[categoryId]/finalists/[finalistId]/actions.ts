"use server";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import type { ShortlistFormState } from "@/components/shortlist/form-state";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ShortlistFieldError } from "@/lib/shortlist/shortlist-errors";
import { updateFinalistProfile } from "@/lib/shortlist/update-finalist-profile";
import { errorText, failureMessage, shortlistPath } from "../../../action-helpers";

const FIELDS = ["publicName", "publicSummary", "publicDistrict"] as const;

/** Saves the public profile; refusals come back next to their field, with what was typed. */
export async function updateProfileAction(programmeId: string, finalistId: string, _previous: ShortlistFormState, formData: FormData): Promise<ShortlistFormState> {
  const t = await getTranslations("shortlist");
  const values: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value.slice(0, 5000) : "";
  }
  values.showPhoto = formData.get("showPhoto") === "on" ? "on" : "";
  const attempt = Date.now();
  try {
    await updateFinalistProfile({
      actor: await getCurrentUser(),
      programmeId,
      finalistId,
      profile: { publicName: values.publicName, publicSummary: values.publicSummary, publicDistrict: values.publicDistrict, showPhoto: values.showPhoto === "on" },
    });
  } catch (error) {
    if (error instanceof ShortlistFieldError) {
      const fieldErrors = Object.fromEntries(Object.entries(error.fields).map(([field, key]) => [field, errorText(t, key)]));
      return { ok: false, fieldErrors, message: t("errors.formHasErrors"), values, attempt };
    }
    return { ok: false, message: failureMessage(error, t), values, attempt };
  }
  revalidatePath(shortlistPath(programmeId), "layout");
  return { ok: true, message: t("profile.saved"), values, attempt };
}
