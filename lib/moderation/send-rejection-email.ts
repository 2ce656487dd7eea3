import "server-only";
import { authSettings } from "@/lib/auth/auth-settings";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail, type SendEmailResult } from "@/lib/mail/send-email";
import { rejectionEmail } from "@/lib/mail/templates/rejection-email";

export interface RejectionNotice {
  to: string;
  /** The submitter's language (Nomination.locale). */
  locale: string;
  kind: "nomination" | "application";
  nomineeName: string;
  categoryName: string;
  programmeName: string;
  programmeSlug: string;
  reason: string;
}

/** Tells the submitter their submission was not accepted, and why. Runs after the rejection committed. */
export async function sendRejectionEmail(notice: RejectionNotice, env: Record<string, string | undefined> = process.env): Promise<SendEmailResult> {
  const { t, locale } = await mailTranslator(notice.locale);
  const url = `${authSettings(env).publicUrl}/programmes/${encodeURIComponent(notice.programmeSlug)}`;
  const mail = rejectionEmail({ ...notice, t, locale, url });
  return sendEmail({ to: notice.to, ...mail, kind: "nomination_rejected" }, { env });
}
