// How far the jury of one category has got (pure, over loadCategoryScoring's data).
import type { CategoryScoring } from "@/lib/shortlist/load-category-scoring";

export interface JurorProgress {
  id: string;
  name: string;
  /** Submitted sheets for nominations they have no conflict with. */
  submitted: number;
  /** The nominations they must score: all of the category's, less their conflicts. */
  expected: number;
}

export interface CategoryProgress {
  jurors: JurorProgress[];
  submitted: number;
  expected: number;
  complete: boolean;
}

type Facts = Pick<CategoryScoring, "nominations" | "assignedJurorIds" | "jurors" | "sheets" | "conflicts">;

export function jurorProgress(facts: Facts, jurorId: string): JurorProgress {
  const conflicted = new Set(facts.conflicts.filter((c) => c.jurorId === jurorId).map((c) => c.nominationId));
  const mine = facts.nominations.filter((n) => !conflicted.has(n.id)).map((n) => n.id);
  const done = new Set(facts.sheets.filter((s) => s.jurorId === jurorId && s.status === "submitted").map((s) => s.nominationId));
  return {
    id: jurorId,
    name: facts.jurors.find((j) => j.id === jurorId)?.name ?? "",
    submitted: mine.filter((id) => done.has(id)).length,
    expected: mine.length,
  };
}

export function categoryProgress(facts: Facts): CategoryProgress {
  const jurors = facts.assignedJurorIds.map((id) => jurorProgress(facts, id));
  const submitted = jurors.reduce((sum, j) => sum + j.submitted, 0);
  const expected = jurors.reduce((sum, j) => sum + j.expected, 0);
  return { jurors, submitted, expected, complete: submitted >= expected };
}

/** Phases in which the shortlist may be locked, and unlocked again. */
export const LOCK_PHASES: readonly string[] = ["jury_review"];
export const UNLOCK_PHASES: readonly string[] = ["jury_review", "moderation"];
