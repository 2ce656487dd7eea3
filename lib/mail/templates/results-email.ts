import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

export interface ResultsEmailInput {
  t: MailTranslator;
  locale: string;
  /** Whom the email greets: the nominee, or the group. */
  greetingName: string;
  group: boolean;
  /** A winner of the category, or one of its other finalists. */
  won: boolean;
  programmeName: string;
  categoryName: string;
  organiserContact: string;
}

/** To a winner or finalist once the results are published: the outcome in their category. */
export function resultsEmail(input: ResultsEmailInput): RenderedEmail {
  const { t, locale, greetingName, group, won, programmeName, categoryName, organiserContact } = input;
  const about = { programme: programmeName, category: categoryName };
  const outcome = won ? "winner" : "finalist";
  const who = group ? "group" : "person";
  return renderEmail({
    locale,
    subject: t(`results.subject.${outcome}`, about),
    paragraphs: [t("results.greeting", { name: greetingName }), t(`results.outcome.${outcome}.${who}`, about), t("results.public")],
    after: [t("results.contact", { contact: organiserContact }), t("results.thanks")],
    footer: t("footer"),
  });
}
