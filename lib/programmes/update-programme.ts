import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { isUniqueViolation, ProgrammeFieldError } from "@/lib/programmes/programme-errors";
import { PROGRAMME_FIELDS, type TProgrammeDetails } from "@/lib/validation/programme";
import { PHASES } from "@/lib/validation/statuses";

// Once the jury is at work, changing how winners are decided would change the rules mid-game.
const DECISION_MODE_FIXED_FROM = PHASES.indexOf("jury_review");

/** Saves the programme's details; the audit event records each changed field as { from, to }. */
export async function updateProgramme({
  actor,
  programmeId,
  input,
}: {
  actor: SessionUser | null;
  programmeId: string;
  input: TProgrammeDetails;
}): Promise<{ changed: string[] }> {
  if (!actor) authorize(actor, "programme.edit");
  const current = await db.programme.findUnique({ where: { id: programmeId } });
  if (!current) throw new AppError("not_found", "No such programme.");
  const user = authorize(actor, "programme.edit", { programmeId: current.id });

  const changes: Record<string, { from: string | number | null; to: string | number | null }> = {};
  for (const field of PROGRAMME_FIELDS) {
    if (current[field] !== input[field]) changes[field] = { from: current[field], to: input[field] };
  }
  if (Object.keys(changes).length === 0) return { changed: [] };

  const modeChanged = changes.decisionMode || changes.juryWeight || changes.publicWeight;
  if (modeChanged && PHASES.indexOf(current.phase as never) >= DECISION_MODE_FIXED_FROM) {
    throw new ProgrammeFieldError({ decisionMode: "decisionModeLocked" });
  }
  if (changes.slug && (await db.programme.findUnique({ where: { slug: input.slug }, select: { id: true } }))) {
    throw new ProgrammeFieldError({ slug: "slugTaken" });
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.programme.update({ where: { id: programmeId }, data: input });
      await appendAuditEvent(tx, { programmeId, actorId: user.id, action: "programme.updated", entityType: "Programme", entityId: programmeId, data: changes });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ProgrammeFieldError({ slug: "slugTaken" });
    throw error;
  }
  return { changed: Object.keys(changes) };
}
