// Whether a programme takes submissions now, from its stored phase and the
// dates of its "nominations_open" window. Pure; the form page and the server
// action read the same answer (nomination-window.ts holds the rule itself).
import { nominationWindow, type NominationWindow } from "@/lib/programmes/nomination-window";
import { ZPhase } from "@/lib/validation/statuses";

export interface WindowSource {
  phase: string;
  phases: { phase: string; startsAt: Date | null; endsAt: Date | null }[];
}

export function submissionWindow(programme: WindowSource, now: Date): NominationWindow {
  // An unknown stored phase must not open the form.
  const phase = ZPhase.catch("archived").parse(programme.phase);
  const dates = programme.phases.find((p) => p.phase === "nominations_open");
  return nominationWindow(phase, { opensAt: dates?.startsAt ?? null, closesAt: dates?.endsAt ?? null }, now);
}
