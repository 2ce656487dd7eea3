import "server-only";
import type { RankingRowView } from "@/components/shortlist/ranking-row";
import { formattingLocale } from "@/lib/i18n/format";
import type { RankingView } from "@/lib/shortlist/get-ranking";
import type { ShortlistT } from "../action-helpers";

/** A nomination's name, or in blind mode "Nomination 3" (numbered as in the jurors' list). */
export function displayTitle(view: Pick<RankingView, "blind">, t: ShortlistT, item: { title: string; number: number | null }): string {
  if (!view.blind) return item.title;
  return item.number === null ? t("blindLeft") : t("blindTitle", { number: item.number });
}

/** The ranking rows with numbers and labels in the reader's language, ready for the (client) table. */
export function toRowViews(view: RankingView, t: ShortlistT, locale: string): RankingRowView[] {
  const number = new Intl.NumberFormat(formattingLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const juror = (name: string) => name || t("progress.unnamed");
  return view.rows.map((r) => ({
    nominationId: r.nominationId,
    title: displayTitle(view, t, r),
    ownConflict: r.ownConflict,
    rankLabel: r.rankLabel,
    rank: r.rank,
    tied: r.rankLabel?.startsWith("=") ?? false,
    mean: r.raw ? number.format(r.raw.mean) : null,
    normalised: r.normalised ? number.format(r.normalised.mean) : null,
    sd: r.raw ? number.format(r.raw.sd) : null,
    disagree: r.raw?.disagreement ?? false,
    count: r.count,
    recused: r.recused.map((c) => t("reason.recused", { name: juror(c.name), reason: t(`reason.${c.reason}` as never) })),
    comments: r.comments.map((c) => ({
      label: c.criterion === null ? t("table.commentOverall", { juror: juror(c.jurorName) }) : t("table.commentOn", { juror: juror(c.jurorName), criterion: c.criterion }),
      text: c.text,
    })),
    proposed: r.proposed,
    finalist: r.finalist,
  }));
}
