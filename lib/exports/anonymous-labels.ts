import { createHash } from "node:crypto";
import { compareIds } from "@/lib/scoring/types";

/**
 * Numbers for jurors in an export (1, 2, 3…) instead of their names. The order
 * is a hash of the category and the juror's id: the same in every export of a
 * category, but unrelated to when accounts were made or names sort, so
 * "Juror 1" does not point to the longest-serving juror.
 */
export function anonymousNumbers(scope: string, ids: Iterable<string>): Map<string, number> {
  const key = (id: string) => createHash("sha256").update(`${scope}\u0000${id}`).digest("hex");
  const sorted = [...new Set(ids)].map((id) => ({ id, key: key(id) })).sort((a, b) => compareIds(a.key, b.key) || compareIds(a.id, b.id));
  return new Map(sorted.map(({ id }, index) => [id, index + 1]));
}
