import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { checkTimeline, type PhaseWindow, type TimelineIssue } from "@/lib/validation/programme";

export class TimelineRefused extends AppError {
  constructor(readonly issues: TimelineIssue[]) {
    super("invalid_input", "The timeline has reversed or overlapping windows.");
  }
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * Replaces the programme's phase windows. Checked again here (not only in the
 * form) so no caller can store a reversed or overlapping timeline; a refusal
 * saves nothing. Phases left out of `windows` lose their window.
 */
export async function updateTimeline({
  actor,
  programmeId,
  windows,
}: {
  actor: SessionUser | null;
  programmeId: string;
  windows: PhaseWindow[];
}): Promise<{ changed: number }> {
  if (!actor) authorize(actor, "programme.edit");
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { id: true } });
  if (!programme) throw new AppError("not_found", "No such programme.");
  const user = authorize(actor, "programme.edit", { programmeId: programme.id });
  const issues = checkTimeline(windows);
  if (issues.length > 0) throw new TimelineRefused(issues);

  return db.$transaction(async (tx) => {
    const before = await tx.programmePhase.findMany({ where: { programmeId } });
    const changes: Record<string, { from: { startsAt: string | null; endsAt: string | null }; to: { startsAt: string | null; endsAt: string | null } }> = {};
    const phases = new Set([...before.map((b) => b.phase), ...windows.map((w) => w.phase)]);
    for (const phase of phases) {
      const old = before.find((b) => b.phase === phase);
      const next = windows.find((w) => w.phase === phase);
      const from = { startsAt: iso(old?.startsAt), endsAt: iso(old?.endsAt) };
      const to = { startsAt: iso(next?.startsAt), endsAt: iso(next?.endsAt) };
      if (from.startsAt !== to.startsAt || from.endsAt !== to.endsAt) changes[phase] = { from, to };
    }
    if (Object.keys(changes).length === 0) return { changed: 0 };

    for (const phase of Object.keys(changes)) {
      const next = windows.find((w) => w.phase === phase);
      if (!next || (!next.startsAt && !next.endsAt)) {
        await tx.programmePhase.deleteMany({ where: { programmeId, phase } });
      } else {
        await tx.programmePhase.upsert({
          where: { programmeId_phase: { programmeId, phase } },
          create: { programmeId, phase, startsAt: next.startsAt, endsAt: next.endsAt },
          update: { startsAt: next.startsAt, endsAt: next.endsAt },
        });
      }
    }
    await appendAuditEvent(tx, { programmeId, actorId: user.id, action: "programme.timeline_changed", entityType: "Programme", entityId: programmeId, data: changes });
    return { changed: Object.keys(changes).length };
  });
}
