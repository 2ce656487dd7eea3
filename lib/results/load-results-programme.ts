import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { ZDecisionMode, ZPhase, type DecisionMode, type Phase } from "@/lib/validation/statuses";

export interface ResultsProgramme {
  id: string;
  name: string;
  edition: string;
  phase: Phase;
  decisionMode: DecisionMode;
  juryWeight: number;
  publicWeight: number;
  juryNormalise: boolean;
}

/**
 * The programme behind every results review page and action, after checking
 * "results.manage" in it. Signed out fails before the database is asked; an
 * unknown programme is not_found.
 */
export async function loadResultsProgramme(db: Tx, actor: SessionUser | null, programmeId: string): Promise<{ user: SessionUser; programme: ResultsProgramme }> {
  if (!actor) authorize(actor, "results.manage");
  const p = await db.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, name: true, edition: true, phase: true, decisionMode: true, juryWeight: true, publicWeight: true, juryNormalise: true },
  });
  if (!p) throw new AppError("not_found", "programmeNotFound");
  const user = authorize(actor, "results.manage", { programmeId: p.id });
  return {
    user,
    programme: { ...p, phase: ZPhase.catch("draft").parse(p.phase), decisionMode: ZDecisionMode.catch("jury_only").parse(p.decisionMode) },
  };
}
