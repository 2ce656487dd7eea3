import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

export interface GuardianRequestEmailInput {
  t: MailTranslator;
  locale: string;
  /** The guardian's private link. */
  url: string;
  kind: "nomination" | "application";
  nomineeName: string;
  programmeName: string;
  categoryName: string;
  /** What the public would see if the young person becomes a finalist or winner. */
  shown: { name: string; photo: boolean; district: boolean };
}

/** Asks a parent or guardian to confirm (or refuse) what a young person under 18 agreed to. */
export function guardianRequestEmail(input: GuardianRequestEmailInput): RenderedEmail {
  const { t, locale, url, kind, nomineeName, programmeName, categoryName, shown } = input;
  const about = { nominee: nomineeName, category: categoryName, programme: programmeName };
  return renderEmail({
    locale,
    subject: t("guardianRequest.subject", { programme: programmeName }),
    paragraphs: [
      t("guardianRequest.greeting"),
      t(`guardianRequest.intro.${kind}`, about),
      t("guardianRequest.why", about),
      t("guardianRequest.agreed", { ...about, shownName: shown.name, photo: shown.photo ? "yes" : "no", district: shown.district ? "yes" : "no" }),
      t("guardianRequest.sayNo"),
    ],
    action: { label: t("guardianRequest.action"), url },
    fallbackLabel: t("fallbackLink"),
    after: [t("guardianRequest.notYou", about)],
    footer: t("footer"),
  });
}
