import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

export interface SubmissionConfirmationEmailInput {
  t: MailTranslator;
  locale: string;
  /** The private link: confirm first, then view, edit or withdraw until the deadline. */
  url: string;
  programmeName: string;
  categoryName: string;
  kind: "nomination" | "application";
  validHours: number;
}

/**
 * "Please confirm your email address". Only the organiser's names (programme,
 * category) appear, never what the form's sender typed: anyone can type
 * someone else's address into a public form, and this email must not carry
 * their text to a stranger.
 */
export function submissionConfirmationEmail({ t, locale, url, programmeName, categoryName, kind, validHours }: SubmissionConfirmationEmailInput): RenderedEmail {
  return renderEmail({
    locale,
    subject: t("submissionConfirmation.subject"),
    paragraphs: [
      t("submissionConfirmation.greeting"),
      t(`submissionConfirmation.intro.${kind}`, { programme: programmeName, category: categoryName }),
      t("submissionConfirmation.confirmToCount"),
    ],
    action: { label: t("submissionConfirmation.action"), url },
    fallbackLabel: t("fallbackLink"),
    after: [
      t("submissionConfirmation.expiry", { hours: validHours }),
      t("submissionConfirmation.private"),
      t("submissionConfirmation.ignore"),
    ],
    footer: t("footer"),
  });
}
