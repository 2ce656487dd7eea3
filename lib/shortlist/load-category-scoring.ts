import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { db as defaultDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REACHES_JURY_WHERE } from "@/lib/nominations/reaches-jury";
import { rankNominations } from "@/lib/scoring/rank-nominations";
import { scoreCategory, type CategoryScores } from "@/lib/scoring/score-category";
import type { ScoreScale, ScoreSheetInput, SheetStatus } from "@/lib/scoring/types";
import { ZConflictReason } from "@/lib/validation/statuses";

export interface LoadedSheet extends ScoreSheetInput {
  id: string;
  /** Per criterion, only where the juror wrote one. */
  comments: Record<string, string>;
  overallNote: string | null;
  submittedAt: Date | null;
}

export interface CategoryScoring {
  programmeId: string;
  categoryId: string;
  categoryName: string;
  scale: ScoreScale;
  /** In the category's order. */
  criteria: { id: string; name: string; weight: number }[];
  /** The nominations that reached the jury; title = group name or nominee name. */
  nominations: { id: string; title: string }[];
  /**
   * Everyone whose name a page may need: the jurors serving this category, and
   * anyone else who left a sheet or a conflict in it. `name` is "" for a juror
   * who gave none (never their email: some callers are public).
   */
  jurors: { id: string; name: string }[];
  /** The jurors whose membership covers this category now (the ones expected to score). */
  assignedJurorIds: string[];
  /** Every sheet for those nominations, drafts included (scoreCategory leaves drafts out). */
  sheets: LoadedSheet[];
  conflicts: { jurorId: string; nominationId: string; reason: string }[];
  result: CategoryScores;
}

/**
 * Everything the jury maths needs for one category, and its result. Used by the
 * shortlist, the exports and the transparency record so they all show the same
 * numbers. No permission check: callers authorize first. Ranks by normalised
 * scores when the programme says so. `db` may be a transaction.
 */
export async function loadCategoryScoring({ categoryId, db = defaultDb }: { categoryId: string; db?: Tx }): Promise<CategoryScoring> {
  const category = await db.category.findUnique({
    where: { id: categoryId },
    select: {
      id: true,
      name: true,
      programmeId: true,
      scoreScaleMin: true,
      scoreScaleMax: true,
      programme: { select: { juryNormalise: true } },
      criteria: { select: { id: true, name: true, weight: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!category) throw new AppError("not_found", "No such category.");
  const { programmeId } = category;

  const rows = await db.nomination.findMany({
    where: { ...REACHES_JURY_WHERE, categoryId },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { id: true, nomineeKind: true, nomineeName: true, groupName: true },
  });
  const nominationIds = rows.map((n) => n.id);
  const [sheetRows, conflictRows, members] = await Promise.all([
    db.scoreSheet.findMany({
      where: { nominationId: { in: nominationIds } },
      orderBy: [{ nominationId: "asc" }, { jurorId: "asc" }],
      select: {
        id: true,
        nominationId: true,
        jurorId: true,
        status: true,
        overallNote: true,
        submittedAt: true,
        scores: { select: { criterionId: true, value: true, comment: true } },
      },
    }),
    db.conflictDeclaration.findMany({
      where: { nominationId: { in: nominationIds } },
      orderBy: [{ nominationId: "asc" }, { jurorId: "asc" }],
      select: { jurorId: true, nominationId: true, reason: true },
    }),
    db.membership.findMany({
      where: { programmeId, role: "juror", OR: [{ categoryId: null }, { categoryId }] },
      select: { userId: true },
    }),
  ]);

  const criterionIds = new Set(category.criteria.map((c) => c.id));
  const sheets: LoadedSheet[] = sheetRows.map((s) => {
    const scores: Record<string, number> = {};
    const comments: Record<string, string> = {};
    for (const score of s.scores) {
      // Scores for a criterion the category no longer has are left out, as the maths ignores them.
      if (!criterionIds.has(score.criterionId)) continue;
      scores[score.criterionId] = score.value;
      if (score.comment?.trim()) comments[score.criterionId] = score.comment;
    }
    const status: SheetStatus = s.status === "submitted" ? "submitted" : "draft";
    return { id: s.id, jurorId: s.jurorId, nominationId: s.nominationId, status, scores, comments, overallNote: s.overallNote, submittedAt: s.submittedAt };
  });
  const conflicts = conflictRows.map((c) => ({ ...c, reason: ZConflictReason.catch("other").parse(c.reason) }));

  const assignedJurorIds = [...new Set(members.map((m) => m.userId))].sort();
  const jurorIds = [...new Set([...assignedJurorIds, ...sheets.map((s) => s.jurorId), ...conflicts.map((c) => c.jurorId)])];
  const users = await db.user.findMany({ where: { id: { in: jurorIds } }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });

  const scale = { min: category.scoreScaleMin, max: category.scoreScaleMax };
  const criteria = category.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight }));
  const rankBy = category.programme.juryNormalise ? "normalised" : "raw";
  const result =
    criteria.length > 0
      ? scoreCategory({ criteria, scale, nominationIds, sheets, conflicts, rankBy })
      : unscored(nominationIds, sheets, conflicts);

  return {
    programmeId,
    categoryId,
    categoryName: category.name,
    scale,
    criteria,
    nominations: rows.map((n) => ({ id: n.id, title: n.nomineeKind === "group" && n.groupName ? n.groupName : n.nomineeName })),
    jurors: users.map((u) => ({ id: u.id, name: u.name?.trim() ?? "" })),
    assignedJurorIds,
    sheets,
    conflicts,
    result,
  };
}

/** A category without criteria cannot be scored: every nomination is listed, none ranked. */
function unscored(nominationIds: string[], sheets: LoadedSheet[], conflicts: { jurorId: string; nominationId: string }[]): CategoryScores {
  const ids = [...nominationIds].sort();
  return {
    nominations: ids.map((nominationId) => ({
      nominationId,
      count: 0,
      raw: null,
      normalised: null,
      recusedJurorIds: [...new Set(conflicts.filter((c) => c.nominationId === nominationId).map((c) => c.jurorId))].sort(),
    })),
    ranking: rankNominations(ids.map((nominationId) => ({ nominationId, score: null }))),
    sheets: [],
    excluded: sheets.map((s) => ({ jurorId: s.jurorId, nominationId: s.nominationId, reason: "incomplete" as const })),
  };
}
