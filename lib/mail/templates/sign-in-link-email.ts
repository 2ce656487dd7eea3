import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

export function signInLinkEmail({ t, locale, url, minutes }: { t: MailTranslator; locale: string; url: string; minutes: number }): RenderedEmail {
  return renderEmail({
    locale,
    subject: t("signInLink.subject"),
    paragraphs: [t("signInLink.intro")],
    action: { label: t("signInLink.action"), url },
    fallbackLabel: t("fallbackLink"),
    after: [t("signInLink.expiry", { minutes }), t("signInLink.ignore")],
    footer: t("footer"),
  });
}
