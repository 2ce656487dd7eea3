import "server-only";
import { db } from "@/lib/db";

export interface NominationStory {
  nominationId: string;
  /** true for the nomination asked about; false for one merged into it. */
  primary: boolean;
  kind: "nomination" | "application";
  /** Who wrote it: the nominator's name, or null for an application (the nominee wrote it) or an erased one. */
  authorName: string | null;
  story: string;
  submittedAt: Date | null;
}

/**
 * The stories told about a nomination: its own, then every nomination merged
 * into it (oldest first), so the jury and the organisers read what each
 * nominator wrote. Holds no contact details. Callers check that the reader may
 * see the nomination; anonymised merged nominations have no story left and
 * are skipped.
 */
export async function loadNominationStories(nominationId: string): Promise<NominationStory[]> {
  const select = { id: true, kind: true, nominatorName: true, story: true, submittedAt: true, anonymisedAt: true } as const;
  const primary = await db.nomination.findUnique({ where: { id: nominationId }, select });
  if (!primary) return [];
  const merged = await db.nomination.findMany({
    where: { duplicateOfId: nominationId, status: "merged", anonymisedAt: null },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select,
  });
  const toStory = (n: typeof primary, isPrimary: boolean): NominationStory => ({
    nominationId: n.id,
    primary: isPrimary,
    kind: n.kind === "application" ? "application" : "nomination",
    authorName: n.kind === "application" || n.anonymisedAt ? null : n.nominatorName,
    story: n.story,
    submittedAt: n.submittedAt,
  });
  return [toStory(primary, true), ...merged.map((n) => toStory(n, false))];
}
