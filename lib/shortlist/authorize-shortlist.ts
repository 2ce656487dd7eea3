import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import type { Capability } from "@/lib/permissions/capabilities";

export interface ShortlistCategory {
  id: string;
  programmeId: string;
  name: string;
  finalistCount: number;
  shortlistLockedAt: Date | null;
  programme: { phase: string; juryScoresVisibility: string };
}

/**
 * The per-object check every shortlist act starts with: the category must
 * exist (and belong to the programme in the URL, when one is given, else 404),
 * and the actor must hold every capability in that programme and category.
 * Outsiders learn "forbidden" before anything about the category.
 */
export async function authorizeShortlist(
  tx: Tx,
  { actor, categoryId, programmeId, capabilities = ["shortlist.manage"] }: { actor: SessionUser | null; categoryId: string; programmeId?: string; capabilities?: Capability[] },
): Promise<{ me: SessionUser; category: ShortlistCategory }> {
  if (!actor) authorize(actor, capabilities[0]);
  const category = await tx.category.findUnique({
    where: { id: categoryId },
    select: { id: true, programmeId: true, name: true, finalistCount: true, shortlistLockedAt: true, programme: { select: { phase: true, juryScoresVisibility: true } } },
  });
  if (!category || (programmeId !== undefined && category.programmeId !== programmeId)) {
    if (programmeId !== undefined) for (const c of capabilities) authorize(actor, c, { programmeId });
    throw new AppError("not_found", "No such category.");
  }
  let me = actor!;
  for (const c of capabilities) me = authorize(actor, c, { programmeId: category.programmeId, categoryId });
  return { me, category };
}
