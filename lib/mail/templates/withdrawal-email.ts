import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

export interface WithdrawalEmailInput {
  t: MailTranslator;
  locale: string;
  kind: "nomination" | "application";
  name: string;
  programmeName: string;
  categoryName: string;
  organiserContact: string;
  /** The submitter's private link: it still shows the submission and offers to delete its data. */
  url: string;
}

/** Confirms to the submitter that their nomination or application was withdrawn. */
export function withdrawalEmail(input: WithdrawalEmailInput): RenderedEmail {
  const { t, locale, kind, name, programmeName, categoryName, organiserContact, url } = input;
  const about = { category: categoryName, programme: programmeName, contact: organiserContact };
  return renderEmail({
    locale,
    subject: t(`withdrawal.subject.${kind}`, about),
    paragraphs: [t("withdrawal.greeting", { name }), t(`withdrawal.body.${kind}`, about), t("withdrawal.data")],
    action: { label: t("withdrawal.action"), url },
    fallbackLabel: t("fallbackLink"),
    after: [t("withdrawal.mistake", about)],
    footer: t("footer"),
  });
}
