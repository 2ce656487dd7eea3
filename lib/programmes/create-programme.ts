import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { authorize } from "@/lib/permissions/authorize";
import { isUniqueViolation, ProgrammeFieldError } from "@/lib/programmes/programme-errors";
import type { TProgrammeDetails } from "@/lib/validation/programme";

/**
 * A new programme in draft. Whoever creates it becomes its organiser, so an
 * organiser never creates something they then cannot see.
 */
export async function createProgramme({ actor, input }: { actor: SessionUser | null; input: TProgrammeDetails }): Promise<{ id: string }> {
  const user = authorize(actor, "programme.create");
  if (await db.programme.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw new ProgrammeFieldError({ slug: "slugTaken" });
  }
  try {
    return await db.$transaction(async (tx) => {
      const programme = await tx.programme.create({ data: { ...input, phase: "draft" }, select: { id: true } });
      await tx.membership.create({ data: { programmeId: programme.id, userId: user.id, role: "organiser" } });
      await appendAuditEvent(tx, {
        programmeId: programme.id,
        actorId: user.id,
        action: "programme.created",
        entityType: "Programme",
        entityId: programme.id,
        data: { ...input },
      });
      return programme;
    });
  } catch (error) {
    // Two people choosing the same slug at the same moment: the database decides.
    if (isUniqueViolation(error)) throw new ProgrammeFieldError({ slug: "slugTaken" });
    throw error;
  }
}
