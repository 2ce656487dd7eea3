"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { SubmissionFormState } from "@/components/submission/form-state";
import { issueMessage, type SubmissionTranslator } from "@/components/submission/issue-message";
import { isAppError } from "@/lib/errors";
import { SubmissionRefused, submitNomination } from "@/lib/nominations/submit-nomination";
import { clientIp } from "@/lib/rate-limit/client-ip";

const ZSendForm = z.object({
  slug: z.string().min(1).max(200),
  // The form's values as JSON; ZSubmission checks the content in submitNomination.
  payload: z.string().min(2).max(200_000),
});

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * "Send" on the review step. Public: no sign-in, rate limited and checked in
 * full by submitNomination. A bot's entry gets the same redirect as a person's.
 */
export async function sendSubmissionAction(slug: string, _previous: SubmissionFormState, formData: FormData): Promise<SubmissionFormState> {
  const t = (await getTranslations("submission")) as unknown as SubmissionTranslator;
  const locale = await getLocale();
  const attempt = Date.now();
  const form = ZSendForm.safeParse({ slug, payload: formData.get("payload") });
  const payload = form.success ? parsePayload(form.data.payload) : null;
  if (!form.success || payload === null || typeof payload !== "object") return { ok: false, message: t("errors.invalid"), attempt };
  const kind = (payload as { kind?: unknown }).kind === "application" ? "application" : "nomination";

  try {
    await submitNomination({ slug: form.data.slug, payload, ip: clientIp(await headers()), locale });
  } catch (error) {
    if (error instanceof SubmissionRefused) {
      const fieldErrors = Object.fromEntries(error.issues.map((issue) => [issue.path, issueMessage(t, issue, { kind, locale })]));
      return { ok: false, fieldErrors, message: t("errors.formHasErrors"), attempt };
    }
    if (isAppError(error)) {
      return { ok: false, message: t.has(`errors.${error.message}`) ? t(`errors.${error.message}`) : t("errors.generic"), attempt };
    }
    console.error("[submission] sending failed:", error);
    return { ok: false, message: t("errors.generic"), attempt };
  }
  // No personal data in the address: the page says the same to everyone.
  redirect(`/programmes/${encodeURIComponent(form.data.slug)}/check-email`);
}
