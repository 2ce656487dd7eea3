import { useLocale, useTranslations } from "next-intl";
import { ResultFinalist } from "@/components/results/result-finalist";
import { VoteChart } from "@/components/results/vote-chart";
import { formatMoney } from "@/lib/i18n/format";
import type { PublicResultCategory } from "@/lib/results/get-public-results";

/** One category of the public results: the prize, the winners, the other finalists and, with a public vote, its count. */
export function ResultCategory({ category, slug, index }: { category: PublicResultCategory; slug: string; index: number }) {
  const t = useTranslations("results");
  const locale = useLocale();
  const { prize } = category;
  let prizeText: string | null = null;
  if (prize?.kind === "money") {
    const amount = formatMoney(prize, locale);
    prizeText = category.winnerCount > 1 ? t("prizeEach", { amount }) : amount;
    if (prize.description) prizeText = `${prizeText} · ${prize.description}`;
  } else if (prize?.kind === "other") {
    prizeText = prize.description;
  }
  const winners = category.finalists.filter((f) => f.isWinner);
  const others = category.finalists.filter((f) => !f.isWinner);
  const photo = (f: { finalistId: string; hasPhoto: boolean }) => (f.hasPhoto ? `/api/vote/${encodeURIComponent(slug)}/finalists/${encodeURIComponent(f.finalistId)}/photo` : null);
  const id = `category-${index}`;

  return (
    <section aria-labelledby={id} className="flex flex-col gap-5">
      <h2 id={id} className="text-2xl font-bold">
        {category.name}
      </h2>
      {prizeText ? (
        <p>
          <span className="font-semibold">{t("prize")}: </span>
          {prizeText}
        </p>
      ) : null}
      {category.finalists.length === 0 ? <p>{t("noFinalists")}</p> : null}
      {winners.length ? (
        <div className="flex flex-col gap-3">
          <h3 className="text-xl font-semibold">{t("winners", { count: winners.length })}</h3>
          <ul className="flex flex-col gap-3">
            {winners.map((f) => (
              <ResultFinalist key={f.finalistId} finalist={f} photoHref={photo(f)} />
            ))}
          </ul>
        </div>
      ) : null}
      {others.length ? (
        <div className="flex flex-col gap-3">
          <h3 className="text-xl font-semibold">{t("finalists")}</h3>
          <ul className="flex flex-col gap-3">
            {others.map((f) => (
              <ResultFinalist key={f.finalistId} finalist={f} photoHref={photo(f)} />
            ))}
          </ul>
        </div>
      ) : null}
      {category.counted !== null && category.finalists.length ? (
        <div className="flex flex-col gap-3">
          <h3 className="text-xl font-semibold">{t("votesTitle", { category: category.name })}</h3>
          <VoteChart
            category={category.name}
            counted={category.counted}
            finalists={[...category.finalists].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0)).map((f) => ({ finalistId: f.finalistId, name: f.name, votes: f.votes ?? 0, isWinner: f.isWinner }))}
          />
        </div>
      ) : null}
    </section>
  );
}
