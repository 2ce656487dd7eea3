import type { MembershipRole } from "@/lib/validation/statuses";
import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

export interface InvitationEmailInput {
  t: MailTranslator;
  locale: string;
  url: string;
  programmeName: string;
  role: MembershipRole;
  /** Who sent it; null when the system did. */
  inviterName: string | null;
  validDays: number;
}

export function invitationEmail({ t, locale, url, programmeName, role, inviterName, validDays }: InvitationEmailInput): RenderedEmail {
  const roleName = t(`invitation.role.${role}`);
  return renderEmail({
    locale,
    subject: t("invitation.subject", { programme: programmeName }),
    paragraphs: [
      inviterName
        ? t("invitation.introBy", { inviter: inviterName, programme: programmeName, role: roleName })
        : t("invitation.intro", { programme: programmeName, role: roleName }),
    ],
    action: { label: t("invitation.action"), url },
    fallbackLabel: t("fallbackLink"),
    after: [t("invitation.expiry", { days: validDays }), t("invitation.ignore")],
    footer: t("footer"),
  });
}
