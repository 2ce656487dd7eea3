// When the timeline says a programme should move on by itself. Pure, so the
// rules are unit tested; apply-scheduled-transitions.ts acts on the answer.
import { nextPhases } from "@/lib/programmes/phase-rules";
import { PHASES, type DecisionMode, type Phase } from "@/lib/validation/statuses";

export interface TimelineWindow {
  phase: string;
  startsAt: Date | null;
  endsAt: Date | null;
}

/**
 * The phase the programme is due to enter now, or null.
 * - draft → nominations open once that window's start has passed: setting a
 *   start for nominations is how an organiser schedules the opening.
 * - nominations open → moderation once nominations' end has passed.
 * - otherwise the next forward phase (for this decision mode), once the
 *   current window has ended and the next one's start has passed. A current
 *   phase without an end counts as ended when the next one starts.
 * Preconditions (categories, finalists, …) are still checked by transitionPhase.
 */
export function dueTransition(phase: Phase, mode: DecisionMode, windows: TimelineWindow[], now: Date): Phase | null {
  const windowOf = (p: Phase) => windows.find((w) => w.phase === p);
  const passed = (date: Date | null | undefined) => date != null && date.getTime() <= now.getTime();

  if (phase === "draft") return passed(windowOf("nominations_open")?.startsAt) ? "nominations_open" : null;
  if (phase === "nominations_open") return passed(windowOf("nominations_open")?.endsAt) ? "moderation" : null;

  const next = nextPhases(phase, mode).find((p) => PHASES.indexOf(p) > PHASES.indexOf(phase));
  if (!next) return null;
  const nextStart = windowOf(next)?.startsAt;
  if (!passed(nextStart)) return null;
  const currentEnd = windowOf(phase)?.endsAt ?? nextStart;
  return passed(currentEnd) ? next : null;
}
