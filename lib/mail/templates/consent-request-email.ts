import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

export interface ConsentRequestEmailInput {
  t: MailTranslator;
  locale: string;
  /** The nominee's private consent link. */
  url: string;
  nomineeName: string;
  nominatorName: string;
  programmeName: string;
  categoryName: string;
  /** One line in the programme's own language when this email is in another one. */
  otherLanguageNote?: string | null;
}

/** Tells a nominee who nominated them and for what, and asks them to accept or decline. */
export function consentRequestEmail(input: ConsentRequestEmailInput): RenderedEmail {
  const { t, locale, url, nomineeName, nominatorName, programmeName, categoryName, otherLanguageNote } = input;
  return renderEmail({
    locale,
    subject: t("consentRequest.subject", { programme: programmeName }),
    paragraphs: [
      t("consentRequest.greeting", { name: nomineeName }),
      t("consentRequest.intro", { nominator: nominatorName, category: categoryName, programme: programmeName }),
      t("consentRequest.next"),
      t("consentRequest.privacy"),
    ],
    action: { label: t("consentRequest.action"), url },
    fallbackLabel: t("fallbackLink"),
    after: [t("consentRequest.personal"), ...(otherLanguageNote ? [otherLanguageNote] : [])],
    footer: t("footer"),
  });
}
