import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REACHES_JURY_WHERE } from "@/lib/nominations/reaches-jury";
import { authorize } from "@/lib/permissions/authorize";
import { can } from "@/lib/permissions/can";

export interface ShortlistCategoryItem {
  id: string;
  name: string;
  finalistCount: number;
  nominations: number;
  finalists: number;
  lockedAt: Date | null;
}

export interface ShortlistIndex {
  programme: { id: string; name: string; edition: string; phase: string; timeZone: string };
  categories: ShortlistCategoryItem[];
}

/** The categories of a programme whose shortlist the actor draws up (all for organisers, theirs for a chair). */
export async function listShortlistCategories({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<ShortlistIndex> {
  if (!actor) authorize(actor, "shortlist.manage");
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, name: true, edition: true, phase: true, timeZone: true, categories: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, finalistCount: true, shortlistLockedAt: true } } },
  });
  if (!programme) {
    authorize(actor, "shortlist.manage", { programmeId });
    throw new AppError("not_found", "No such programme.");
  }
  const mine = programme.categories.filter((c) => can(actor, "shortlist.manage", { programmeId, categoryId: c.id }));
  if (mine.length === 0) throw new AppError("forbidden", "You do not draw up a shortlist in this programme.");
  const ids = mine.map((c) => c.id);
  const [nominations, finalists] = await Promise.all([
    db.nomination.groupBy({ by: ["categoryId"], where: { ...REACHES_JURY_WHERE, categoryId: { in: ids } }, _count: { _all: true } }),
    db.finalist.groupBy({ by: ["categoryId"], where: { categoryId: { in: ids } }, _count: { _all: true } }),
  ]);
  const count = (rows: { categoryId: string; _count: { _all: number } }[], id: string) => rows.find((r) => r.categoryId === id)?._count._all ?? 0;
  return {
    programme: { id: programme.id, name: programme.name, edition: programme.edition, phase: programme.phase, timeZone: programme.timeZone },
    categories: mine.map((c) => ({
      id: c.id,
      name: c.name,
      finalistCount: c.finalistCount,
      nominations: count(nominations, c.id),
      finalists: count(finalists, c.id),
      lockedAt: c.shortlistLockedAt,
    })),
  };
}
