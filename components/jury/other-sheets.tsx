import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import type { JuryNominationView } from "@/lib/jury/load-jury-nomination";

/**
 * The other jurors' sheets, or why they are hidden: independence first, so a
 * juror reads them only after submitting their own (or, if the organisers
 * chose so, only after the jury phase).
 */
export async function OtherSheets({ view }: { view: JuryNominationView }) {
  const t = await getTranslations("jury.others");
  const names = new Map(view.category.criteria.map((c) => [c.id, c.name]));
  return (
    <section aria-labelledby="others-title">
      <h2 id="others-title" className="mb-3 text-xl font-semibold">
        {t("title")}
      </h2>
      {!view.others.visible ? (
        <p className="max-w-prose text-ink-muted">{view.programme.scoresVisibility === "after_own" ? t("hiddenUntilOwn") : t("hiddenUntilReview")}</p>
      ) : view.others.sheets.length === 0 ? (
        <p className="text-ink-muted">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {view.others.sheets.map((s, i) => (
            <Card as="li" key={i}>
              <h3 className="font-semibold">
                {s.jurorName ?? t("unnamed", { number: i + 1 })}
                {s.weighted !== null ? <span className="font-normal text-ink-muted"> · {t("weighted", { score: s.weighted.toFixed(2) })}</span> : null}
              </h3>
              <dl className="mt-2 flex flex-col gap-2">
                {s.scores.map((score) => (
                  <div key={score.criterionId}>
                    <dt className="font-semibold">{names.get(score.criterionId) ?? t("removedCriterion")}</dt>
                    <dd>{t("score", { value: score.value })}</dd>
                    {score.comment ? <dd className="whitespace-pre-line text-ink-muted">{score.comment}</dd> : null}
                  </div>
                ))}
                {s.overallNote ? (
                  <div>
                    <dt className="font-semibold">{t("overallNote")}</dt>
                    <dd className="whitespace-pre-line">{s.overallNote}</dd>
                  </div>
                ) : null}
              </dl>
            </Card>
          ))}
        </ul>
      )}
    </section>
  );
}
