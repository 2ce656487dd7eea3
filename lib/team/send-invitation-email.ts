import "server-only";
import { authSettings } from "@/lib/auth/auth-settings";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail, type SendEmailResult } from "@/lib/mail/send-email";
import { invitationEmail } from "@/lib/mail/templates/invitation-email";
import { invitationValidDays } from "@/lib/team/invitation-token";
import type { MembershipRole } from "@/lib/validation/statuses";

/** The link in the email; the token is the only secret in it. */
export function invitationUrl(token: string, env: Record<string, string | undefined> = process.env): string {
  return `${authSettings(env).publicUrl}/invitations/${token}`;
}

/**
 * Sends (or, without SMTP, stores) the invitation. Runs after the invitation's
 * transaction committed; the link is blanked out of the stored copy once a
 * mail server took it.
 */
export async function sendInvitationEmail({
  to,
  token,
  locale,
  programmeName,
  role,
  inviterName,
  env = process.env,
}: {
  to: string;
  token: string;
  locale: string;
  programmeName: string;
  role: MembershipRole;
  inviterName: string | null;
  env?: Record<string, string | undefined>;
}): Promise<SendEmailResult> {
  const url = invitationUrl(token, env);
  const { t, locale: mailLocale } = await mailTranslator(locale);
  const mail = invitationEmail({ t, locale: mailLocale, url, programmeName, role, inviterName, validDays: invitationValidDays(env) });
  return sendEmail({ to, ...mail, kind: "invitation", redact: [url, token] }, { env });
}
