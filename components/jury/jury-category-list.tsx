import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui";
import type { JuryCategorySummary } from "@/lib/jury/list-jury-categories";
import { ProgressMeter } from "./progress-meter";

/** The categories a juror judges in one programme, each with their progress and a link to its nominations. */
export async function JuryCategoryList({ programmeId, categories, headingLevel }: { programmeId: string; categories: JuryCategorySummary[]; headingLevel: 2 | 3 }) {
  const t = await getTranslations("jury");
  if (categories.length === 0) return <EmptyState title={t("programme.noCategories")} />;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="flex flex-col gap-4">
      {categories.map((c) => (
        <li key={c.id} className="flex flex-col gap-2 rounded-md border border-line bg-surface p-4">
          <Heading className="text-lg font-semibold">
            <Link href={`/jury/programmes/${programmeId}/categories/${c.id}`} className="text-brand underline underline-offset-4 hover:no-underline">
              {c.name}
            </Link>
          </Heading>
          <ProgressMeter scored={c.scored} total={c.total} label={t("progress", { scored: c.scored, total: c.total })} />
          {c.conflicts > 0 ? <p className="text-sm text-ink-muted">{t("conflictCount", { count: c.conflicts })}</p> : null}
          {c.closed ? <p className="text-sm font-semibold">{t(`closedShort.${c.closed}`)}</p> : null}
          {c.manageShortlist ? (
            <p>
              <Link href={`/jury/programmes/${programmeId}/shortlist/${c.id}`} className="text-brand underline hover:no-underline">
                {t("shortlistLink", { category: c.name })}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
