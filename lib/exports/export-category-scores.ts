import "server-only";
import { createTranslator } from "next-intl";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { rankingRows, scoreRows, type ScoreExportText } from "@/lib/exports/build-score-export";
import { toCsv } from "@/lib/exports/csv";
import { DEFAULT_LOCALE, isSupportedLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { requireActor } from "@/lib/permissions/authorize";
import { can } from "@/lib/permissions/can";
import type { CategoryScores } from "@/lib/scoring/score-category";
import { loadCategoryScoring } from "@/lib/shortlist/load-category-scoring";
import { scoresWithheld } from "@/lib/shortlist/own-scores-first";

export type ScoreExportPart = "scores" | "ranking";

export interface ScoreExport {
  filename: string;
  csv: string;
}

async function exportText(locale: string): Promise<ScoreExportText> {
  const chosen = isSupportedLocale(locale) ? locale : DEFAULT_LOCALE;
  // Messages loaded at run time are untyped: the keys used here are checked by the tests.
  const t = createTranslator({ locale: chosen, messages: await loadMessages(chosen), namespace: "juryExport.csv" }) as unknown as (
    key: string,
    values?: Record<string, number>,
  ) => string;
  const column = (key: string) => t(`columns.${key}`);
  return {
    columns: {
      nomination: column("nomination"),
      juror: column("juror"),
      criterion: column("criterion"),
      weight: column("weight"),
      score: column("score"),
      rank: column("rank"),
      mean: column("mean"),
      sd: column("sd"),
      count: column("count"),
    },
    nomination: (number) => t("nomination", { number }),
    juror: (number) => t("juror", { number }),
  };
}

/** ASCII only, so the file name survives every browser and operating system. */
function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "category";
}

/**
 * A category's anonymous scores (one row per counted sheet and criterion) or
 * its ranking, as CSV. For whoever leads the shortlist of the category (the
 * jury chair, organisers). Anyone else, and a category that does not belong to
 * `programmeId`, gets "not found", so ids cannot be probed.
 */
export async function exportCategoryScores({
  actor,
  programmeId,
  categoryId,
  part,
  locale,
}: {
  actor: SessionUser | null;
  programmeId: string;
  categoryId: string;
  part: ScoreExportPart;
  locale: string;
}): Promise<ScoreExport> {
  const me = requireActor(actor);
  const category = await db.category.findUnique({
    where: { id: categoryId },
    select: { programmeId: true, programme: { select: { juryBlind: true, juryNormalise: true, phase: true, juryScoresVisibility: true } } },
  });
  if (!category || category.programmeId !== programmeId || !can(me, "shortlist.manage", { programmeId, categoryId })) {
    throw new AppError("not_found", "categoryNotFound");
  }
  const scoring = await loadCategoryScoring({ categoryId });
  // The same rules as the ranking page: a chair who has not given all their own
  // scores yet (or, with "after_review", before the jury phase is over) gets nothing.
  if (scoresWithheld(me, scoring, category.programme)) throw new AppError("not_found", "categoryNotFound");
  const hidden = can(me, "jury.manage", { programmeId, categoryId })
    ? new Set<string>()
    : new Set(scoring.conflicts.filter((c) => c.jurorId === me.id).map((c) => c.nominationId));
  const input = {
    categoryId,
    criteria: scoring.criteria,
    nominations: scoring.nominations,
    jurors: scoring.jurors,
    sheets: scoring.sheets.filter((s) => !hidden.has(s.nominationId)),
    result: withoutNominations(scoring.result, hidden),
    blind: category.programme.juryBlind,
    rankBy: category.programme.juryNormalise ? ("normalised" as const) : ("raw" as const),
  };
  const text = await exportText(locale);
  const rows = part === "ranking" ? rankingRows(input, text) : scoreRows(input, text);
  return { filename: `jury-${part}-${fileSlug(scoring.categoryName)}.csv`, csv: toCsv(rows) };
}

/** The scores of the nominations the viewer declared a conflict on are left blank (their rows stay, unranked). */
function withoutNominations(result: CategoryScores, hidden: Set<string>): CategoryScores {
  if (hidden.size === 0) return result;
  return {
    ...result,
    sheets: result.sheets.filter((s) => !hidden.has(s.nominationId)),
    nominations: result.nominations.map((n) => (hidden.has(n.nominationId) ? { ...n, count: 0, raw: null, normalised: null } : n)),
    ranking: result.ranking.map((r) => (hidden.has(r.nominationId) ? { ...r, rank: null, score: null } : r)),
  };
}
