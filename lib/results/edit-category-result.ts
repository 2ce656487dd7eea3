import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadCategoryDecisions, type CategoryDecisionView } from "@/lib/results/load-category-decisions";
import { loadResultsProgramme, type ResultsProgramme } from "@/lib/results/load-results-programme";
import { isUniqueViolation } from "@/lib/programmes/programme-errors";
import { lockResultsReview } from "@/lib/results/lock-results-review";
import { ResultsFieldError } from "@/lib/results/results-errors";
import { resultsEditable, resultsRefusal } from "@/lib/results/results-stage";

export interface EditContext {
  tx: Tx;
  user: SessionUser;
  programme: ResultsProgramme;
  category: CategoryDecisionView;
}

/**
 * Runs one change to a category's results in a transaction, after checking
 * "results.manage" in the programme, that the category is one of its own, and
 * that the programme is in results review. Everything is re-read inside the
 * transaction, so the change applies to what is true now.
 */
export async function editCategoryResult<T>(actor: SessionUser | null, programmeId: string, categoryId: string, change: (ctx: EditContext) => Promise<T>): Promise<T> {
  const { user } = await loadResultsProgramme(db, actor, programmeId);
  try {
    return await db.$transaction(async (tx) => {
      await lockResultsReview(tx, programmeId);
      const { programme } = await loadResultsProgramme(tx, user, programmeId);
      if (!resultsEditable(programme.phase)) throw new AppError("invalid_state", resultsRefusal(programme.phase, programme.decisionMode) ?? "resultsPublished");
      const owned = await tx.category.findFirst({ where: { id: categoryId, programmeId: programme.id }, select: { id: true } });
      if (!owned) throw new AppError("not_found", "categoryNotFound");
      const [category] = await loadCategoryDecisions(tx, programme, { categoryId });
      return change({ tx, user, programme, category });
    });
  } catch (error) {
    // Two confirmations at once: the unique (category, nomination) key lets one through.
    if (isUniqueViolation(error)) throw new ResultsFieldError("form", "alreadyConfirmed", "conflict");
    throw error;
  }
}
