import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { loadCategoryDecisions, type CategoryDecisionView } from "@/lib/results/load-category-decisions";
import { loadResultsProgramme, type ResultsProgramme } from "@/lib/results/load-results-programme";
import { resultsEditable } from "@/lib/results/results-stage";

export interface CategoryResults {
  programme: ResultsProgramme;
  categories: CategoryDecisionView[];
  /** Draws, confirmations, overrides and reopening are possible (results review only). */
  editable: boolean;
}

/**
 * The organiser's results review: per category the decided ranking, what is
 * confirmed, and what still needs a draw. Read-only; refused to anyone without
 * "results.manage" in the programme, and to everyone before the vote closed.
 */
export async function computeCategoryResults({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<CategoryResults> {
  const { programme } = await loadResultsProgramme(db, actor, programmeId);
  const categories = await loadCategoryDecisions(db, programme);
  return { programme, categories, editable: resultsEditable(programme.phase) };
}

/** The programme alone, for the page header while results do not exist yet. Same permission check. */
export async function getResultsProgramme({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<ResultsProgramme> {
  return (await loadResultsProgramme(db, actor, programmeId)).programme;
}
