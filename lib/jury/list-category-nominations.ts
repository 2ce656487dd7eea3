import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { nominationTitle } from "@/lib/jury/jury-rules";
import { REACHES_JURY_WHERE } from "@/lib/nominations/reaches-jury";

export interface CategoryNomination {
  id: string;
  /** 1-based position in the category's jury list: "Nomination 3" in blind mode. */
  number: number;
  /** The nominee's or group's name; callers drop it in blind mode. */
  title: string;
  kind: "nomination" | "application";
}

/**
 * The nominations of a category that reached the jury, in one fixed order
 * (oldest submission first), so the list, the numbers used in blind mode and
 * next/previous all agree. No permission check: callers authorize first.
 */
export async function listCategoryNominations(tx: Tx, categoryId: string): Promise<CategoryNomination[]> {
  const rows = await tx.nomination.findMany({
    where: { ...REACHES_JURY_WHERE, categoryId },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, nomineeKind: true, nomineeName: true, groupName: true },
  });
  return rows.map((n, i) => ({ id: n.id, number: i + 1, title: nominationTitle(n), kind: n.kind === "application" ? "application" : "nomination" }));
}
