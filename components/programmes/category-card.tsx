import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/i18n/format";
import { describeAgeRule } from "@/lib/programmes/describe-age-rule";
import type { PublicCategory } from "@/lib/programmes/get-public-programme";

/** A category on the public programme page: what it is for, the prize and who can take part. */
export function CategoryCard({ category, timeZone }: { category: PublicCategory; timeZone: string }) {
  const t = useTranslations("programmePage");
  const locale = useLocale();
  const { prize } = category;
  const ageRule = describeAgeRule(category, { locale, timeZone });

  let prizeText: ReactNode = null;
  if (prize?.kind === "money") {
    const amount = formatMoney(prize, locale);
    prizeText = category.winnerCount > 1 ? t("prizeEach", { amount }) : amount;
    if (prize.description) prizeText = `${prizeText} · ${prize.description}`;
  } else if (prize?.kind === "other") {
    prizeText = prize.description;
  }

  return (
    <Card as="li" className="flex flex-col gap-3">
      <h3 className="text-lg font-bold">{category.name}</h3>
      {category.description ? <p className="whitespace-pre-line">{category.description}</p> : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {prizeText ? <Fact term={t("prize")}>{prizeText}</Fact> : null}
        <Fact term={t("winners")}>{category.winnerCount}</Fact>
        <Fact term={t("finalists")}>{category.finalistCount}</Fact>
        <Fact term={t("nomineeKindLabel")}>{t(`nomineeKind.${category.nomineeKind}`)}</Fact>
        <Fact term={t("age")}>{ageRule ? t(`ageRule.${ageRule.key}`, ageRule.values) : t("anyAge")}</Fact>
        <Fact term={t("submissionLabel")}>{t(`submissionMode.${category.submissionMode}`)}</Fact>
      </dl>
    </Card>
  );
}

function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-semibold text-ink-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
