import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

export interface RejectionEmailInput {
  t: MailTranslator;
  locale: string;
  /** The programme's public page: what else the person can take part in. */
  url: string;
  kind: "nomination" | "application";
  nomineeName: string;
  categoryName: string;
  programmeName: string;
  /** The organiser's words, as written (escaped by renderEmail). */
  reason: string;
}

/** To the submitter: their nomination or application was not accepted, and the organiser's reason. */
export function rejectionEmail({ t, locale, url, kind, nomineeName, categoryName, programmeName, reason }: RejectionEmailInput): RenderedEmail {
  const values = { nominee: nomineeName, category: categoryName, programme: programmeName };
  return renderEmail({
    locale,
    subject: t("rejection.subject", { programme: programmeName }),
    paragraphs: [t(`rejection.intro.${kind}`, values), t("rejection.reasonLabel"), reason],
    action: { label: t("rejection.action", { programme: programmeName }), url },
    fallbackLabel: t("fallbackLink"),
    after: [t("rejection.questions"), t("rejection.thanks")],
    footer: t("footer"),
  });
}
