import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

export interface ConsentOutcomeEmailInput {
  t: MailTranslator;
  locale: string;
  /**
   * nominator: the person they nominated does not take part (no reason given);
   * applicant: a parent or guardian did not confirm their application.
   */
  recipient: "nominator" | "applicant";
  name: string;
  programmeName: string;
  categoryName: string;
  organiserContact: string;
  /** The programme's public page. */
  programmeUrl: string;
}

/**
 * Tells the submitter, kindly and in their language, that a nomination ended
 * because the nominee (or their guardian) said no. Sent after the details were
 * deleted, so it names nobody but the recipient.
 */
export function consentOutcomeEmail(input: ConsentOutcomeEmailInput): RenderedEmail {
  const { t, locale, recipient, name, programmeName, categoryName, organiserContact, programmeUrl } = input;
  const about = { category: categoryName, programme: programmeName, contact: organiserContact };
  return renderEmail({
    locale,
    subject: t(`consentOutcome.${recipient}.subject`, about),
    paragraphs: [t("consentOutcome.greeting", { name }), t(`consentOutcome.${recipient}.body`, about), t(`consentOutcome.${recipient}.deleted`, about)],
    action: { label: t("consentOutcome.action"), url: programmeUrl },
    fallbackLabel: t("fallbackLink"),
    after: [t(`consentOutcome.${recipient}.closing`, about)],
    footer: t("footer"),
  });
}
