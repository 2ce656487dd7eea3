import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/i18n/format";
import { describeAgeRule } from "@/lib/programmes/describe-age-rule";
import type { PublicCategory } from "@/lib/programmes/get-public-programme";

/**
 * A category on the public programme page: what it is for, the prize, who can
 * take part and, while nominations are open (`formHref` given), the way in:
 * "Nominate someone" and/or "Apply yourself", as the category allows.
 */
export function CategoryCard({
  category,
  timeZone,
  formHref,
}: {
  category: PublicCategory;
  timeZone: string;
  formHref?: (kind: "nomination" | "application") => string;
}) {
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
      {formHref ? <TakePartButtons category={category} formHref={formHref} /> : null}
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

function TakePartButtons({ category, formHref }: { category: PublicCategory; formHref: (kind: "nomination" | "application") => string }) {
  const t = useTranslations("programmePage");
  const kinds = { self: ["application"], nomination: ["nomination"], both: ["nomination", "application"] } as const;
  return (
    <div className="flex flex-col gap-3 pt-2 sm:flex-row sm:flex-wrap">
      {kinds[category.submissionMode].map((kind, i) => (
        <Button key={kind} href={formHref(kind)} variant={i === 0 ? "primary" : "secondary"}>
          {t(kind === "nomination" ? "nominateSomeone" : "applyYourself")}
          {/* Several categories have the same buttons: the name says which one. */}
          <span className="sr-only"> – {category.name}</span>
        </Button>
      ))}
    </div>
  );
}
