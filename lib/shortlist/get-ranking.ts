import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { can } from "@/lib/permissions/can";
import type { ScoreSummary } from "@/lib/scoring/score-category";
import { proposeShortlist } from "@/lib/scoring/propose-shortlist";
import { authorizeShortlist } from "@/lib/shortlist/authorize-shortlist";
import { categoryProgress, LOCK_PHASES, UNLOCK_PHASES, type CategoryProgress } from "@/lib/shortlist/jury-progress";
import { loadCategoryScoring } from "@/lib/shortlist/load-category-scoring";
import { scoresWithheld } from "@/lib/shortlist/own-scores-first";
import { rankLabel } from "@/lib/shortlist/shortlist-selection";

export interface RankingComment {
  jurorName: string;
  /** null for the juror's overall note. */
  criterion: string | null;
  text: string;
}

export interface RankingRow {
  nominationId: string;
  /** "" in blind mode (for anyone without jury.manage): show "Nomination {number}". */
  title: string;
  /** 1-based place in the category's jury list, as jurors see it in blind mode. */
  number: number;
  /** The viewer declared a conflict on it: its scores, comments and recusals are left out. */
  ownConflict: boolean;
  rank: number | null;
  /** "1", "=2" (shared), null when nobody's sheet counted. */
  rankLabel: string | null;
  count: number;
  raw: ScoreSummary | null;
  normalised: ScoreSummary | null;
  recused: { name: string; reason: string }[];
  /** From the submitted sheets that count; never from drafts or a recused juror. */
  comments: RankingComment[];
  proposed: boolean;
  /** On the locked shortlist. */
  finalist: boolean;
}

export interface FinalistSummary {
  id: string;
  nominationId: string;
  /** "" in blind mode (for anyone without jury.manage): show "Nomination {number}". */
  title: string;
  /** Its number in the jury list; null once it no longer reaches the jury. */
  number: number | null;
  /** The nominee declined, or the nomination was erased or withdrawn, after the lock. */
  noLongerTakingPart: boolean;
  position: number;
  /** "" in blind mode. */
  publicName: string;
  changeReason: string | null;
  notifiedAt: Date | null;
}

export interface RankingView {
  programme: { id: string; name: string; edition: string; phase: string; timeZone: string; juryNormalise: boolean; decisionMode: string; juryBlind: boolean; juryScoresVisibility: string };
  /** Names are hidden from this viewer (blind mode, no jury.manage). */
  blind: boolean;
  category: { id: string; name: string; finalistCount: number; lockedAt: Date | null; scale: { min: number; max: number } };
  rankBy: "raw" | "normalised";
  criteria: { name: string; weight: number }[];
  /** Ranked first (by rank), then the nominations nobody scored yet. Empty while `withheld`. */
  rows: RankingRow[];
  proposal: { finalistIds: string[]; boundaryTie: { rank: number; nominationIds: string[] } | null };
  progress: CategoryProgress;
  /** The jury is still scoring: the ranking may still change. */
  stillScoring: boolean;
  /** The jury deadline (end of the jury_review phase), if set. */
  deadline: Date | null;
  /** Sheets that do not count, by reason (drafts, incomplete…). */
  excluded: Record<string, number>;
  /**
   * Set when the viewer is a juror who must submit their own sheets first, or
   * (juryScoresVisibility "after_review") may only see the others' scores once
   * the jury phase is over.
   */
  withheld: { outstanding: number; untilJuryPhaseEnds: boolean } | null;
  finalists: FinalistSummary[];
  may: { lock: boolean; unlock: boolean; editProfiles: boolean };
}

/** What the jury chair or an organiser sees to draw up a category's shortlist. */
export async function getRanking({ actor, categoryId, programmeId }: { actor: SessionUser | null; categoryId: string; programmeId?: string }): Promise<RankingView> {
  const { me, category } = await authorizeShortlist(db, { actor, categoryId, programmeId });
  const [programme, scoring, finalists, juryPhase] = await Promise.all([
    db.programme.findUniqueOrThrow({
      where: { id: category.programmeId },
      select: { id: true, name: true, edition: true, phase: true, timeZone: true, juryNormalise: true, decisionMode: true, juryBlind: true, juryScoresVisibility: true },
    }),
    loadCategoryScoring({ categoryId }),
    db.finalist.findMany({
      where: { categoryId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, nominationId: true, position: true, publicName: true, changeReason: true, notifiedAt: true, nomination: { select: { nomineeKind: true, nomineeName: true, groupName: true } } },
    }),
    db.programmePhase.findUnique({ where: { programmeId_phase: { programmeId: category.programmeId, phase: "jury_review" } }, select: { endsAt: true } }),
  ]);
  const withheld = scoresWithheld(me, scoring, programme);
  const outstanding = withheld !== null;
  const progress = categoryProgress(scoring);
  const scope = { programmeId: programme.id, categoryId };
  const manager = can(me, "jury.manage", scope);
  const blind = programme.juryBlind && !manager;
  const numbers = new Map(scoring.nominations.map((n, i) => [n.id, i + 1]));
  const ownConflicts = manager ? new Set<string>() : new Set(scoring.conflicts.filter((c) => c.jurorId === me.id).map((c) => c.nominationId));
  const locked = category.shortlistLockedAt !== null;
  const proposal = proposeShortlist(scoring.result.ranking, category.finalistCount);
  const finalistIds = new Set(finalists.map((f) => f.nominationId));

  const name = (jurorId: string) => scoring.jurors.find((j) => j.id === jurorId)?.name ?? "";
  const titles = new Map(scoring.nominations.map((n) => [n.id, n.title]));
  const counted = new Set(scoring.result.sheets.map((s) => `${s.jurorId}:${s.nominationId}`));
  const criterionName = new Map(scoring.criteria.map((c) => [c.id, c.name]));
  const rows: RankingRow[] = outstanding
    ? []
    : scoring.result.ranking.map((r) => {
        const score = scoring.result.nominations.find((n) => n.nominationId === r.nominationId)!;
        const title = blind ? "" : (titles.get(r.nominationId) ?? "");
        const base = { nominationId: r.nominationId, title, number: numbers.get(r.nominationId) ?? 0, proposed: proposal.finalistIds.includes(r.nominationId), finalist: finalistIds.has(r.nominationId) };
        if (ownConflicts.has(r.nominationId)) {
          return { ...base, ownConflict: true, rank: null, rankLabel: null, count: 0, raw: null, normalised: null, recused: [], comments: [] };
        }
        const sheets = scoring.sheets.filter((s) => s.nominationId === r.nominationId && counted.has(`${s.jurorId}:${s.nominationId}`));
        const comments: RankingComment[] = sheets.flatMap((s) => [
          ...scoring.criteria.filter((c) => s.comments[c.id]).map((c) => ({ jurorName: name(s.jurorId), criterion: criterionName.get(c.id)!, text: s.comments[c.id] })),
          ...(s.overallNote?.trim() ? [{ jurorName: name(s.jurorId), criterion: null, text: s.overallNote }] : []),
        ]);
        return {
          ...base,
          ownConflict: false,
          rank: r.rank,
          rankLabel: rankLabel(r.rank, scoring.result.ranking),
          count: score.count,
          raw: score.raw,
          normalised: score.normalised,
          recused: scoring.conflicts.filter((c) => c.nominationId === r.nominationId).map((c) => ({ name: name(c.jurorId), reason: c.reason })),
          comments,
        };
      });

  const excluded: Record<string, number> = {};
  for (const e of scoring.result.excluded) excluded[e.reason] = (excluded[e.reason] ?? 0) + 1;

  return {
    programme,
    category: { id: category.id, name: category.name, finalistCount: category.finalistCount, lockedAt: category.shortlistLockedAt, scale: scoring.scale },
    rankBy: programme.juryNormalise ? "normalised" : "raw",
    criteria: scoring.criteria.map(({ name: criterion, weight }) => ({ name: criterion, weight })),
    rows,
    proposal: outstanding ? { finalistIds: [], boundaryTie: null } : proposal,
    progress,
    stillScoring: programme.phase === "jury_review" && !progress.complete,
    deadline: juryPhase?.endsAt ?? null,
    excluded,
    blind,
    withheld,
    finalists: finalists.map((f) => ({
      id: f.id,
      nominationId: f.nominationId,
      title: blind ? "" : f.nomination.nomineeKind === "group" && f.nomination.groupName ? f.nomination.groupName : f.nomination.nomineeName,
      number: numbers.get(f.nominationId) ?? null,
      noLongerTakingPart: !numbers.has(f.nominationId),
      position: f.position,
      publicName: blind ? "" : f.publicName,
      changeReason: f.changeReason,
      notifiedAt: f.notifiedAt,
    })),
    may: {
      lock: !locked && !outstanding && LOCK_PHASES.includes(programme.phase) && rows.length > 0,
      unlock: locked && manager && UNLOCK_PHASES.includes(programme.phase),
      editProfiles: locked && can(me, "programme.edit", scope) && programme.phase !== "archived",
    },
  };
}
