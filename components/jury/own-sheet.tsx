import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import type { JuryNominationView } from "@/lib/jury/load-jury-nomination";

/** The juror's own sheet as saved: after submitting, or a draft once scoring has closed. */
export async function OwnSheet({
  sheet,
  criteria,
  heading,
  children,
}: {
  sheet: NonNullable<JuryNominationView["sheet"]>;
  criteria: JuryNominationView["category"]["criteria"];
  heading: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("jury.sheet");
  return (
    <Card as="section" aria-labelledby="own-sheet-title">
      <h2 id="own-sheet-title" className="mb-4 text-xl font-semibold">
        {heading}
      </h2>
      <dl className="flex flex-col gap-3">
        {criteria.map((c) => {
          const entry = sheet.scores[c.id];
          return (
            <div key={c.id}>
              <dt className="font-semibold">{c.name}</dt>
              <dd>{entry && entry.value !== null ? t("score", { value: entry.value }) : t("noScore")}</dd>
              {entry?.comment ? <dd className="whitespace-pre-line text-ink-muted">{entry.comment}</dd> : null}
            </div>
          );
        })}
        {sheet.overallNote ? (
          <div>
            <dt className="font-semibold">{t("overallNote")}</dt>
            <dd className="whitespace-pre-line">{sheet.overallNote}</dd>
          </div>
        ) : null}
      </dl>
      {children ? <div className="mt-6">{children}</div> : null}
    </Card>
  );
}
