"use server";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { PrivateLinkFormState } from "@/components/private-links/form-state";
import { isAppError } from "@/lib/errors";
import { acceptConsent, updateAppearance } from "@/lib/nominations/record-consent";
import { declineConsent } from "@/lib/nominations/record-consent-decline";
import { appearanceFormInput, consentFormInput, CONSENT_FIELDS } from "@/lib/nominations/record-consent-input";
import { fieldErrorsOf, linkPath, privateLinkRateLimited, tokenFrom } from "../../submissions/private-link-guard";

// The nominee's buttons behind their private link (plain form posts; Next
// checks each server action's origin). A link that does not work lands on
// its own page, which answers 404 with the dead-link words.

const page = (token: string, notice?: string) => linkPath("consent", token, notice ? `?notice=${notice}` : "");

function kept(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of CONSENT_FIELDS) {
    const value = formData.get(field);
    if (typeof value === "string") out[field] = value.slice(0, 1000);
  }
  return out;
}

/** An expected refusal as a notice key; anything else is logged. */
function noticeFor(error: unknown, action: string): string {
  // Keys only: a domain message in prose ("… changed by someone else") becomes its code.
  if (isAppError(error)) return /^[A-Za-z_]+$/.test(error.message) ? error.message : error.code;
  console.error(`[private-link] ${action} failed:`, error);
  return "generic";
}

export async function acceptConsentAction(_previous: PrivateLinkFormState, formData: FormData): Promise<PrivateLinkFormState> {
  const token = tokenFrom(formData);
  const t = await getTranslations("consentPage");
  const values = kept(formData);
  const attempt = Date.now();
  if (await privateLinkRateLimited("consent")) return { ok: false, message: t("notice.rateLimited"), values, attempt };
  try {
    const result = await acceptConsent({ token, input: consentFormInput(formData) });
    if (!result.ok) {
      // The nominee is "you": the public form's wording for applicants fits.
      const fieldErrors = await fieldErrorsOf(result.issues, "application");
      const ineligible = result.issues.some((i) => i.message.startsWith("eligibility.") && i.message !== "eligibility.birth_date_required");
      return { ok: false, fieldErrors, message: t(ineligible ? "pending.ineligible" : "pending.formHasErrors"), values, attempt };
    }
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") redirect(page(token));
    redirect(page(token, noticeFor(error, "accepting")));
  }
  redirect(page(token, "accepted"));
}

export async function updateAppearanceAction(_previous: PrivateLinkFormState, formData: FormData): Promise<PrivateLinkFormState> {
  const token = tokenFrom(formData);
  const t = await getTranslations("consentPage");
  const values = kept(formData);
  const attempt = Date.now();
  if (await privateLinkRateLimited("appearance")) return { ok: false, message: t("notice.rateLimited"), values, attempt };
  try {
    const result = await updateAppearance({ token, input: appearanceFormInput(formData) });
    if (!result.ok) return { ok: false, fieldErrors: await fieldErrorsOf(result.issues, "application"), message: t("pending.formHasErrors"), values, attempt };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") redirect(page(token));
    redirect(page(token, noticeFor(error, "changing appearance")));
  }
  redirect(page(token, "appearanceSaved"));
}

export async function declineConsentAction(formData: FormData): Promise<void> {
  const token = tokenFrom(formData);
  if (await privateLinkRateLimited("decline")) redirect(page(token, "rateLimited"));
  try {
    await declineConsent({ token });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") redirect(page(token));
    redirect(page(token, noticeFor(error, "declining")));
  }
  redirect(page(token));
}
