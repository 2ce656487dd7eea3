import { getLocale, getTranslations } from "next-intl/server";
import { formatWeight } from "@/components/transparency/format-share";

// Up to this many steps, the sheet prints each score to circle; beyond it, a box to write in.
const MAX_CIRCLED_STEPS = 11;

export interface ScoringGridProps {
  /** The heading: the nomination's title, "Nomination 3" in blind mode, or a line to write on. */
  heading: string;
  headingId: string;
  criteria: { name: string; weight: number }[];
  scale: { min: number; max: number };
}

/** One nomination's blank paper grid: a score and a comment per criterion, a conflict box and an overall note. */
export async function ScoringGrid({ heading, headingId, criteria, scale }: ScoringGridProps) {
  const [t, locale] = await Promise.all([getTranslations("juryExport.sheet"), getLocale()]);
  const steps = scale.max - scale.min + 1;
  const values = steps <= MAX_CIRCLED_STEPS ? Array.from({ length: steps }, (_, i) => scale.min + i) : null;
  return (
    <section aria-labelledby={headingId} data-print-avoid-break className="rounded-lg border border-line-strong bg-surface p-4" data-print-box>
      <h2 id={headingId} className="mb-3 text-xl font-semibold">
        {heading}
      </h2>
      <p className="mb-3 flex items-center gap-3">
        <span aria-hidden="true" className="inline-block size-5 shrink-0 border-2 border-ink" />
        {t("conflictBox")}
      </p>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("gridCaption", { heading })}</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-line-strong px-2 py-1 text-start">
              {t("criterion")}
            </th>
            <th scope="col" className="w-16 border border-line-strong px-2 py-1 text-start">
              {t("weight")}
            </th>
            <th scope="col" className="border border-line-strong px-2 py-1 text-start">
              {values ? t("scoreCircle") : t("scoreWrite", { min: scale.min, max: scale.max })}
            </th>
            <th scope="col" className="w-2/5 border border-line-strong px-2 py-1 text-start">
              {t("comment")}
            </th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => (
            <tr key={i}>
              <th scope="row" className="border border-line-strong px-2 py-3 text-start align-top font-semibold">
                {c.name}
              </th>
              <td className="border border-line-strong px-2 py-3 align-top">{formatWeight(c.weight, locale)}</td>
              <td className="border border-line-strong px-2 py-3 align-top">
                {values ? (
                  <span className="flex flex-wrap gap-x-3 gap-y-1 tabular-nums">
                    {values.map((v) => (
                      <span key={v}>{v}</span>
                    ))}
                  </span>
                ) : (
                  <span aria-hidden="true" className="inline-block h-7 w-16 border border-ink" />
                )}
              </td>
              <td className="h-14 border border-line-strong px-2 py-3 align-top" />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 font-semibold">{t("overallNote")}</p>
      <div aria-hidden="true" className="mt-1 h-20 rounded border border-line-strong" />
    </section>
  );
}
