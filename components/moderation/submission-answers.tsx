import { getLocale, getTranslations } from "next-intl/server";
import type { SubmissionAnswer, SubmissionDetail } from "@/lib/moderation/get-submission";
import { FactList } from "./fact-list";

function inLocale(text: Record<string, string | undefined>, locale: string): string {
  return text[locale] || text.en || Object.values(text).find(Boolean) || "";
}

function shown(answer: SubmissionAnswer, locale: string): string {
  const labelOf = (value: string) => {
    const option = answer.options.find((o) => o.value === value);
    return option ? inLocale(option.label, locale) : value;
  };
  return Array.isArray(answer.value) ? answer.value.map(labelOf).join(", ") : labelOf(answer.value);
}

/** The answers to the organisers' questions, in the order of the form. */
export async function SubmissionAnswers({ s }: { s: SubmissionDetail }) {
  const [t, locale] = await Promise.all([getTranslations("moderation.answers"), getLocale()]);
  if (s.answers.length === 0) return <p className="text-ink-muted">{t("none")}</p>;
  return (
    <FactList
      items={s.answers.map((a) => [
        inLocale(a.label, locale) || t("untitled"),
        <span key={a.questionId} className="whitespace-pre-line">
          {shown(a, locale) || t("empty")}
        </span>,
      ])}
    />
  );
}
