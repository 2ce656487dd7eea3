import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { juryProgress, scoringClosed, type ScoringClosed } from "@/lib/jury/jury-rules";
import { REACHES_JURY_WHERE } from "@/lib/nominations/reaches-jury";
import { authorize } from "@/lib/permissions/authorize";
import { can } from "@/lib/permissions/can";

export interface JuryCategorySummary {
  id: string;
  name: string;
  /** Submitted sheets among `total`. */
  scored: number;
  /** Nominations that reached the jury here, minus the juror's conflicts. */
  total: number;
  conflicts: number;
  /** Null while sheets can be saved and submitted. */
  closed: ScoringClosed | null;
  /** The jury chair (shortlist.manage here) also gets a link to the ranking and shortlist. */
  manageShortlist: boolean;
}

export interface JuryProgrammeSummary {
  programmeId: string;
  programmeName: string;
  edition: string;
  phase: string;
  timeZone: string;
  /** End of the jury_review phase, shown in `timeZone`; null when none is set. */
  deadline: Date | null;
  isChair: boolean;
  categories: JuryCategorySummary[];
}

/**
 * The jury home and a programme's jury page: per programme and category the
 * actor judges, the deadline and how far they have got ("12 of 30 scored").
 * With `programmeId`, only that programme, and forbidden unless they judge in it.
 */
export async function listJuryCategories({
  actor,
  programmeId,
  now = new Date(),
}: {
  actor: SessionUser | null;
  programmeId?: string;
  now?: Date;
}): Promise<JuryProgrammeSummary[]> {
  const me = authorize(actor, "area.jury");
  const memberships = me.memberships.filter((m) => m.role === "juror" && (programmeId === undefined || m.programmeId === programmeId));
  if (memberships.length === 0) {
    if (programmeId !== undefined) throw new AppError("forbidden", "Not a juror of this programme.");
    return [];
  }
  const programmes = await db.programme.findMany({
    where: { id: { in: [...new Set(memberships.map((m) => m.programmeId))] } },
    orderBy: [{ createdAt: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      edition: true,
      phase: true,
      timeZone: true,
      categories: { select: { id: true, name: true, shortlistLockedAt: true }, orderBy: { position: "asc" } },
      phases: { where: { phase: "jury_review" }, select: { endsAt: true } },
    },
  });
  if (programmeId !== undefined && programmes.length === 0) throw new AppError("not_found", "No such programme.");
  const mine = programmes.flatMap((p) => p.categories.filter((c) => can(me, "nomination.score", { programmeId: p.id, categoryId: c.id })).map((c) => c.id));
  const [nominations, conflicts, sheets] = await Promise.all([
    db.nomination.findMany({ where: { ...REACHES_JURY_WHERE, categoryId: { in: mine } }, select: { id: true, categoryId: true } }),
    db.conflictDeclaration.findMany({ where: { jurorId: me.id, nomination: { categoryId: { in: mine } } }, select: { nominationId: true } }),
    db.scoreSheet.findMany({ where: { jurorId: me.id, status: "submitted", nomination: { categoryId: { in: mine } } }, select: { nominationId: true } }),
  ]);
  const conflictIds = new Set(conflicts.map((c) => c.nominationId));
  const submittedIds = new Set(sheets.map((s) => s.nominationId));

  return programmes.map((p) => {
    const deadline = p.phases[0]?.endsAt ?? null;
    return {
      programmeId: p.id,
      programmeName: p.name,
      edition: p.edition,
      phase: p.phase,
      timeZone: p.timeZone,
      deadline,
      isChair: memberships.some((m) => m.programmeId === p.id && m.isChair),
      categories: p.categories
        .filter((c) => mine.includes(c.id))
        .map((c) => {
          const ids = nominations.filter((n) => n.categoryId === c.id).map((n) => n.id);
          return {
            id: c.id,
            name: c.name,
            ...juryProgress({ nominationIds: ids, conflictIds, submittedIds }),
            conflicts: ids.filter((id) => conflictIds.has(id)).length,
            closed: scoringClosed({ phase: p.phase, deadline, shortlistLockedAt: c.shortlistLockedAt, now }),
            manageShortlist: can(me, "shortlist.manage", { programmeId: p.id, categoryId: c.id }),
          };
        }),
    };
  });
}
