import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REACHES_JURY_WHERE } from "@/lib/nominations/reaches-jury";
import { authorize } from "@/lib/permissions/authorize";
import { ZConflictReason } from "@/lib/validation/statuses";
import type { z } from "zod";

export type ConflictReason = z.infer<typeof ZConflictReason>;

export interface ConflictRow {
  id: string;
  jurorName: string;
  /** Null when the nomination's personal data was erased. */
  nominationTitle: string | null;
  categoryName: string;
  reason: ConflictReason;
  note: string | null;
  declaredByName: string | null;
  /** The juror declared it themself (otherwise an organiser recorded it for them). */
  declaredBySelf: boolean;
  createdAt: Date;
}

export interface ConflictsOverview {
  programme: { id: string; name: string; edition: string; timeZone: string };
  conflicts: ConflictRow[];
  /** For the form: every juror, with the categories they judge (null: all). */
  jurors: { id: string; name: string; categoryIds: (string | null)[] }[];
  /** For the form: nominations that reached the jury, by category. */
  nominations: { id: string; title: string; categoryId: string; categoryName: string }[];
}

const titleOf = (n: { nomineeKind: string; nomineeName: string; groupName: string | null }) =>
  (n.nomineeKind === "group" && n.groupName ? n.groupName : n.nomineeName).trim() || null;

/** Every conflict of interest declared in a programme, for those who manage its jury. */
export async function listProgrammeConflicts({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<ConflictsOverview> {
  if (!actor) authorize(actor, "jury.manage");
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { id: true, name: true, edition: true, timeZone: true } });
  if (!programme) throw new AppError("not_found", "programmeNotFound");
  authorize(actor, "jury.manage", { programmeId: programme.id });

  const nominationSelect = { id: true, nomineeKind: true, nomineeName: true, groupName: true, category: { select: { id: true, name: true, position: true } } } as const;
  const [declarations, memberships, reaching] = await Promise.all([
    db.conflictDeclaration.findMany({
      where: { nomination: { programmeId } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        reason: true,
        note: true,
        declaredById: true,
        jurorId: true,
        createdAt: true,
        juror: { select: { name: true, email: true } },
        nomination: { select: nominationSelect },
      },
    }),
    db.membership.findMany({
      where: { programmeId, role: "juror" },
      orderBy: { createdAt: "asc" },
      select: { userId: true, categoryId: true, user: { select: { name: true, email: true } } },
    }),
    db.nomination.findMany({ where: { ...REACHES_JURY_WHERE, programmeId }, select: nominationSelect }),
  ]);
  const declarers = await db.user.findMany({
    where: { id: { in: [...new Set(declarations.map((d) => d.declaredById))] } },
    select: { id: true, name: true, email: true },
  });
  const person = (u: { name: string | null; email: string }) => u.name?.trim() || u.email;
  const declarerName = new Map(declarers.map((u) => [u.id, person(u)]));

  const jurors = new Map<string, { id: string; name: string; categoryIds: (string | null)[] }>();
  for (const m of memberships) {
    const juror = jurors.get(m.userId) ?? { id: m.userId, name: person(m.user), categoryIds: [] };
    juror.categoryIds.push(m.categoryId);
    jurors.set(m.userId, juror);
  }

  return {
    programme,
    conflicts: declarations.map((d) => ({
      id: d.id,
      jurorName: person(d.juror),
      nominationTitle: titleOf(d.nomination),
      categoryName: d.nomination.category.name,
      reason: ZConflictReason.catch("other").parse(d.reason),
      note: d.note,
      declaredByName: declarerName.get(d.declaredById) ?? null,
      declaredBySelf: d.declaredById === d.jurorId,
      createdAt: d.createdAt,
    })),
    jurors: [...jurors.values()].sort((a, b) => a.name.localeCompare(b.name)),
    nominations: reaching
      .sort((a, b) => a.category.position - b.category.position || (titleOf(a) ?? "").localeCompare(titleOf(b) ?? ""))
      .map((n) => ({ id: n.id, title: titleOf(n) ?? n.id, categoryId: n.category.id, categoryName: n.category.name })),
  };
}
