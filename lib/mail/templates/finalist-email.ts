import { renderEmail, type MailTranslator, type RenderedEmail } from "@/lib/mail/templates/render-email";

export type FinalistNext = "public_vote" | "combined" | "jury";

export interface FinalistEmailInput {
  t: MailTranslator;
  locale: string;
  /** The programme's public page. */
  url: string;
  /** Whom the email greets: the nominee, or the group. */
  greetingName: string;
  group: boolean;
  programmeName: string;
  categoryName: string;
  /** What decides the winners now: a public vote, the jury and a vote together, or the jury alone. */
  next: FinalistNext;
  /** Already formatted in the programme's time zone, when the timeline says. */
  voteStarts: string | null;
  resultsFrom: string | null;
  /** What the public will see, as the nominee agreed. */
  shown: { name: string; photo: boolean; district: boolean };
  organiserContact: string;
}

/** To a new finalist: congratulations, what happens next, and how they will appear in public. */
export function finalistEmail(input: FinalistEmailInput): RenderedEmail {
  const { t, locale, url, greetingName, group, programmeName, categoryName, next, voteStarts, resultsFrom, shown, organiserContact } = input;
  const about = { programme: programmeName, category: categoryName };
  const who = group ? "group" : "person";
  return renderEmail({
    locale,
    subject: t("finalist.subject", { programme: programmeName }),
    paragraphs: [
      t("finalist.greeting", { name: greetingName }),
      t(`finalist.intro.${who}`, about),
      t(`finalist.next.${next}`, about),
      ...(voteStarts && next !== "jury" ? [t("finalist.voteStarts", { date: voteStarts })] : []),
      ...(resultsFrom ? [t("finalist.resultsFrom", { date: resultsFrom })] : []),
      t(`finalist.appearance.${who}`, { name: shown.name, photo: shown.photo ? "yes" : "no", district: shown.district ? "yes" : "no" }),
      t("finalist.summary"),
    ],
    action: { label: t("finalist.action", { programme: programmeName }), url },
    fallbackLabel: t("fallbackLink"),
    after: [t("finalist.changes", { contact: organiserContact }), t("finalist.thanks")],
    footer: t("footer"),
  });
}
