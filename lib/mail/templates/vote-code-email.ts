import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

/** The one-time code a voter types to prove the address is theirs. No link: a link could be forwarded or prefetched. */
export function voteCodeEmail({ t, locale, code, programme, minutes }: { t: MailTranslator; locale: string; code: string; programme: string; minutes: number }): RenderedEmail {
  return renderEmail({
    locale,
    subject: t("voteCode.subject", { code, programme }),
    paragraphs: [t("voteCode.intro", { programme }), t("voteCode.code", { code })],
    after: [t("voteCode.expiry", { minutes }), t("voteCode.ignore")],
    footer: t("footer"),
  });
}
