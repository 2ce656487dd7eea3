import "server-only";
import { db } from "@/lib/db";

export interface JurorProgress {
  userId: string;
  name: string;
  scored: number;
  assigned: number;
}

/**
 * How far each juror has got: submitted score sheets against the eligible
 * nominations in the categories they judge (a membership without a category
 * covers them all). Declared conflicts are taken off what they must score.
 */
export async function loadJuryProgress(programmeId: string): Promise<JurorProgress[]> {
  const [memberships, eligible, sheets, conflicts] = await Promise.all([
    db.membership.findMany({
      where: { programmeId, role: "juror" },
      select: { userId: true, categoryId: true, user: { select: { name: true, email: true } } },
    }),
    db.nomination.findMany({ where: { programmeId, status: "eligible" }, select: { id: true, categoryId: true } }),
    db.scoreSheet.findMany({ where: { status: "submitted", nomination: { programmeId, status: "eligible" } }, select: { jurorId: true, nominationId: true } }),
    db.conflictDeclaration.findMany({ where: { nomination: { programmeId } }, select: { jurorId: true, nominationId: true } }),
  ]);
  const jurors = new Map<string, { name: string; categories: Set<string | null> }>();
  for (const m of memberships) {
    const entry = jurors.get(m.userId) ?? { name: m.user.name ?? m.user.email, categories: new Set() };
    entry.categories.add(m.categoryId);
    jurors.set(m.userId, entry);
  }
  return [...jurors].map(([userId, { name, categories }]) => {
    const conflicted = new Set(conflicts.filter((c) => c.jurorId === userId).map((c) => c.nominationId));
    const mine = eligible.filter((n) => (categories.has(null) || categories.has(n.categoryId)) && !conflicted.has(n.id));
    const ids = new Set(mine.map((n) => n.id));
    const scored = sheets.filter((s) => s.jurorId === userId && ids.has(s.nominationId)).length;
    return { userId, name, scored, assigned: mine.length };
  });
}
