import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/permissions/authorize";

export interface JuryAssignment {
  programmeId: string;
  programmeName: string;
  edition: string;
  phase: string;
  isChair: boolean;
  /** null: the whole programme; otherwise the categories this juror serves. */
  categories: { id: string; name: string }[] | null;
}

/** What the jury area's home lists: the programmes (and categories) the actor is a juror for. */
export async function listJuryAssignments({ db = defaultDb, actor }: { db?: Db; actor: SessionUser | null }): Promise<JuryAssignment[]> {
  const me = authorize(actor, "area.jury");
  const memberships = me.memberships.filter((m) => m.role === "juror");
  if (memberships.length === 0) return [];
  const programmeIds = [...new Set(memberships.map((m) => m.programmeId))];
  const programmes = await db.programme.findMany({
    where: { id: { in: programmeIds } },
    orderBy: [{ createdAt: "desc" }, { name: "asc" }],
    select: { id: true, name: true, edition: true, phase: true, categories: { select: { id: true, name: true }, orderBy: { position: "asc" } } },
  });
  return programmes.map((p) => {
    const mine = memberships.filter((m) => m.programmeId === p.id);
    const wholeProgramme = mine.some((m) => m.categoryId === null);
    const categoryIds = new Set(mine.map((m) => m.categoryId));
    return {
      programmeId: p.id,
      programmeName: p.name,
      edition: p.edition,
      phase: p.phase,
      isChair: mine.some((m) => m.isChair),
      categories: wholeProgramme ? null : p.categories.filter((c) => categoryIds.has(c.id)),
    };
  });
}
