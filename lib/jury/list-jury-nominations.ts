import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listCategoryNominations } from "@/lib/jury/list-category-nominations";
import { juryProgress, scoringClosed, sheetState, type ScoringClosed, type SheetState } from "@/lib/jury/jury-rules";
import { ZRecordId } from "@/lib/jury/score-sheet-input";
import { authorize, requireActor } from "@/lib/permissions/authorize";

export interface JuryNominationRow {
  id: string;
  /** 1-based, fixed order: shown as "Nomination 3" in blind mode. */
  number: number;
  /** The nominee's or group's name; null in blind mode. Never contact details. */
  title: string | null;
  kind: "nomination" | "application";
  /** Where this juror stands with it. */
  state: SheetState;
}

export interface JuryCategoryView {
  programme: { id: string; name: string; edition: string; phase: string; timeZone: string; blind: boolean };
  category: { id: string; name: string; scale: { min: number; max: number } };
  deadline: Date | null;
  closed: ScoringClosed | null;
  progress: { scored: number; total: number };
  nominations: JuryNominationRow[];
}

/**
 * One category's nominations for one juror, each with its state for them (not
 * started, draft, submitted, conflict declared). Only nominations that reached
 * the jury, only in a category the actor scores; names hidden in blind mode.
 */
export async function listJuryNominations({
  actor,
  programmeId,
  categoryId,
  now = new Date(),
}: {
  actor: SessionUser | null;
  programmeId: string;
  categoryId: string;
  now?: Date;
}): Promise<JuryCategoryView> {
  const me = requireActor(actor);
  if (!me.memberships.some((m) => m.programmeId === programmeId && m.role === "juror")) throw new AppError("forbidden", "Not a juror of this programme.");
  if (!ZRecordId.safeParse(categoryId).success) throw new AppError("not_found", "No such category.");
  const category = await db.category.findUnique({
    where: { id: categoryId },
    select: {
      id: true,
      name: true,
      programmeId: true,
      scoreScaleMin: true,
      scoreScaleMax: true,
      shortlistLockedAt: true,
      programme: {
        select: { id: true, name: true, edition: true, phase: true, timeZone: true, juryBlind: true, phases: { where: { phase: "jury_review" }, select: { endsAt: true } } },
      },
    },
  });
  if (!category || category.programmeId !== programmeId) throw new AppError("not_found", "No such category.");
  authorize(me, "nomination.score", { programmeId, categoryId });

  const nominations = await listCategoryNominations(db, categoryId);
  const ids = nominations.map((n) => n.id);
  const [sheets, conflicts] = await Promise.all([
    db.scoreSheet.findMany({ where: { jurorId: me.id, nominationId: { in: ids } }, select: { nominationId: true, status: true } }),
    db.conflictDeclaration.findMany({ where: { jurorId: me.id, nominationId: { in: ids } }, select: { nominationId: true } }),
  ]);
  const status = new Map(sheets.map((s) => [s.nominationId, s.status]));
  const conflictIds = new Set(conflicts.map((c) => c.nominationId));
  const submittedIds = new Set(sheets.filter((s) => s.status === "submitted").map((s) => s.nominationId));
  const p = category.programme;
  const deadline = p.phases[0]?.endsAt ?? null;
  return {
    programme: { id: p.id, name: p.name, edition: p.edition, phase: p.phase, timeZone: p.timeZone, blind: p.juryBlind },
    category: { id: category.id, name: category.name, scale: { min: category.scoreScaleMin, max: category.scoreScaleMax } },
    deadline,
    closed: scoringClosed({ phase: p.phase, deadline, shortlistLockedAt: category.shortlistLockedAt, now }),
    progress: juryProgress({ nominationIds: ids, conflictIds, submittedIds }),
    nominations: nominations.map((n) => ({
      id: n.id,
      number: n.number,
      title: p.juryBlind ? null : n.title,
      kind: n.kind,
      state: sheetState({ conflicted: conflictIds.has(n.id), sheetStatus: status.get(n.id) ?? null }),
    })),
  };
}
