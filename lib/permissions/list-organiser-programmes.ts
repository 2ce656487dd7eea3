import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/permissions/authorize";
import { can } from "@/lib/permissions/can";

export interface OrganiserProgrammeItem {
  id: string;
  slug: string;
  name: string;
  edition: string;
  city: string;
  phase: string;
}

/** The organiser area's programme list: every programme for admins, their own for organisers. */
export async function listOrganiserProgrammes({ db = defaultDb, actor }: { db?: Db; actor: SessionUser | null }): Promise<OrganiserProgrammeItem[]> {
  const me = authorize(actor, "area.admin");
  const visibleIds = me.isAdmin
    ? undefined
    : [...new Set(me.memberships.map((m) => m.programmeId))].filter((programmeId) => can(me, "programme.view", { programmeId }));
  return db.programme.findMany({
    where: visibleIds ? { id: { in: visibleIds } } : undefined,
    orderBy: [{ createdAt: "desc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, edition: true, city: true, phase: true },
  });
}
