import "server-only";
import { db } from "@/lib/db";
import { dueTransition } from "@/lib/programmes/due-transition";
import { PhaseTransitionRefused } from "@/lib/programmes/programme-errors";
import { transitionPhase } from "@/lib/programmes/transition-phase";
import { ZDecisionMode, ZPhase } from "@/lib/validation/statuses";

// At most one step per phase of the lifecycle, so a long-ignored programme catches up in one read.
const MAX_STEPS = 8;

/**
 * Scheduled phase changes happen "on read": pages that show a programme call
 * this first, so a deadline takes effect on the first request after it passed,
 * with no scheduler to keep alive. Safe to call from many requests at once:
 * each step names the phase it saw, and transitionPhase refuses the step if
 * another request got there first. A refused precondition (say, no categories)
 * leaves the programme where it is; the organiser sees why on the overview.
 */
export async function applyScheduledTransitions(target: { programmeId: string } | "all", now = new Date()): Promise<number> {
  const programmes = await db.programme.findMany({
    where: { ...(target === "all" ? {} : { id: target.programmeId }), phase: { notIn: ["archived"] } },
    select: { id: true, phase: true, decisionMode: true, phases: { select: { phase: true, startsAt: true, endsAt: true } } },
  });
  let applied = 0;
  for (const programme of programmes) {
    const mode = ZDecisionMode.catch("jury_only").parse(programme.decisionMode);
    let phase = ZPhase.catch("archived").parse(programme.phase);
    for (let step = 0; step < MAX_STEPS; step++) {
      const to = dueTransition(phase, mode, programme.phases, now);
      if (!to) break;
      try {
        await transitionPhase({ actor: { system: true }, programmeId: programme.id, from: phase, to, now });
        applied++;
        phase = to;
      } catch (error) {
        if (!(error instanceof PhaseTransitionRefused)) console.error("[programmes] scheduled phase change failed:", error);
        break;
      }
    }
  }
  return applied;
}
