import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { decideCategory, type CategoryDecision, type RankedFinalist } from "@/lib/results/decision-formula";
import type { ResultsProgramme } from "@/lib/results/load-results-programme";
import { decisionSignature, resultState, type ResultState } from "@/lib/results/result-rows";
import { resultsRefusal } from "@/lib/results/results-stage";
import { loadCategoryScoring } from "@/lib/shortlist/load-category-scoring";
import { VOTABLE_NOMINATION_STATUS } from "@/lib/voting/context/vote-context";
import { loadVoteCount } from "@/lib/voting/admin/load-vote-count";
import { tallyCategory } from "@/lib/voting/tally/tally-category";

export const DRAW_RECORDED = "results.draw_recorded";

export interface RecordedDraw {
  order: string[];
  note: string;
  recordedAt: Date;
}

export interface CandidateRow extends RankedFinalist {
  nominationId: string;
  publicName: string;
}

export interface StoredResult {
  finalistId: string | null;
  nominationId: string;
  rank: number;
  isWinner: boolean;
  overrideReason: string | null;
  confirmedAt: Date | null;
}

export interface CategoryDecisionView {
  id: string;
  name: string;
  winnerCount: number;
  /** Why no decision could be computed: nobody left to decide between, or a finalist the jury did not score in a mode that needs it. */
  problem: "noCandidates" | "juryScoreMissing" | null;
  /** The candidates in decided order (empty when `problem`). */
  ranking: CandidateRow[];
  needsDraw: string[];
  /** The latest draw recorded for this category, and whether it decided the current tie. */
  draw: RecordedDraw | null;
  drawApplied: boolean;
  signature: string;
  state: ResultState;
  stored: StoredResult[];
}

const ZDrawData = z.object({ order: z.array(z.string()), note: z.string() });
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));
const needsJury = (mode: ResultsProgramme["decisionMode"]) => mode === "jury_only" || mode === "combined";

/**
 * Every category's candidates (finalists whose nomination is still eligible)
 * decided by the published formula: the jury score the shortlist showed, the
 * counted votes, the draw the organiser recorded. No permission check: callers
 * authorize first. Refuses before the results exist. `tx` may be a transaction.
 */
export async function loadCategoryDecisions(tx: Tx, programme: ResultsProgramme, only?: { categoryId: string }): Promise<CategoryDecisionView[]> {
  const refusal = resultsRefusal(programme.phase, programme.decisionMode);
  if (refusal) throw new AppError("invalid_state", refusal);
  const categories = await tx.category.findMany({
    where: { programmeId: programme.id, ...(only ? { id: only.categoryId } : {}) },
    select: {
      id: true,
      name: true,
      winnerCount: true,
      finalists: {
        select: { id: true, nominationId: true, publicName: true, nomination: { select: { status: true, submittedAt: true, createdAt: true } } },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      },
      results: { select: { nominationId: true, rank: true, isWinner: true, overrideReason: true, confirmedAt: true }, orderBy: [{ rank: "asc" }, { nominationId: "asc" }] },
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  if (only && categories.length === 0) throw new AppError("not_found", "categoryNotFound");

  // jury_only programmes hold no vote: every finalist has 0 votes and no ballot is read.
  const votes = new Map<string, number>();
  if (programme.decisionMode !== "jury_only") {
    const count = await loadVoteCount(tx, programme);
    for (const c of count.categories.filter((c) => categories.some((k) => k.id === c.categoryId))) {
      for (const f of tallyCategory({ finalistIds: c.finalists.map((f) => f.id), ballots: c.ballots }).finalists) votes.set(f.finalistId, f.votes);
    }
  }
  const draws = await latestDraws(tx, programme.id);
  const rankBy = programme.juryNormalise ? "normalised" : "raw";

  const views: CategoryDecisionView[] = [];
  for (const category of categories) {
    const candidates = category.finalists.filter((f) => f.nomination.status === VOTABLE_NOMINATION_STATUS);
    const jury = new Map<string, number | null>();
    if (programme.decisionMode !== "public_only" && candidates.length > 0) {
      const scoring = await loadCategoryScoring({ categoryId: category.id, db: tx });
      for (const n of scoring.result.nominations) jury.set(n.nominationId, n[rankBy]?.mean ?? null);
    }
    const finalists = candidates.map((f) => ({ finalistId: f.id, juryScore: jury.get(f.nominationId) ?? null, votes: votes.get(f.id) ?? 0, submittedAt: f.nomination.submittedAt ?? f.nomination.createdAt }));
    const draw = draws.get(category.id) ?? null;
    const problem = candidates.length === 0 ? "noCandidates" : needsJury(programme.decisionMode) && finalists.some((f) => f.juryScore === null) ? "juryScoreMissing" : null;

    let decision: CategoryDecision = { ranking: [], needsDraw: [] };
    let drawApplied = false;
    if (!problem) {
      const options = { mode: programme.decisionMode, finalists, winnerCount: category.winnerCount, juryWeight: programme.juryWeight, publicWeight: programme.publicWeight };
      decision = decideCategory(options);
      // A draw settles only the tie it was drawn for; a different tie needs a new draw.
      if (decision.needsDraw.length > 0 && draw && sameSet(draw.order, decision.needsDraw)) {
        decision = decideCategory({ ...options, draw: draw.order });
        drawApplied = true;
      }
    }
    const byId = new Map(candidates.map((f) => [f.id, f]));
    const finalistOf = new Map(category.finalists.map((f) => [f.nominationId, f.id]));
    views.push({
      id: category.id,
      name: category.name,
      winnerCount: category.winnerCount,
      problem,
      ranking: decision.ranking.map((r) => ({ ...r, nominationId: byId.get(r.finalistId)!.nominationId, publicName: byId.get(r.finalistId)!.publicName })),
      needsDraw: decision.needsDraw,
      draw,
      drawApplied,
      signature: decisionSignature(decision.ranking),
      state: resultState(category.results),
      stored: category.results.map((r) => ({ ...r, finalistId: finalistOf.get(r.nominationId) ?? null })),
    });
  }
  return views;
}

/** The draw is kept in the audit log, which is append-only and hash-chained: the latest one per category counts. */
async function latestDraws(tx: Tx, programmeId: string): Promise<Map<string, RecordedDraw>> {
  const events = await tx.auditEvent.findMany({ where: { programmeId, action: DRAW_RECORDED, entityType: "Category" }, orderBy: { seq: "desc" }, select: { entityId: true, data: true, createdAt: true } });
  const draws = new Map<string, RecordedDraw>();
  for (const e of events) {
    const data = ZDrawData.safeParse(e.data);
    if (e.entityId && data.success && !draws.has(e.entityId)) draws.set(e.entityId, { ...data.data, recordedAt: e.createdAt });
  }
  return draws;
}
