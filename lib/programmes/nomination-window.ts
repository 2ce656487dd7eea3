// Whether a programme takes nominations right now. The phase is the
// organiser's switch; the dates keep the page honest if the phase has not been
// moved on yet after the deadline passed.
import type { Phase } from "@/lib/validation/statuses";

export type NominationWindowState = "open" | "not_yet_open" | "closed";

export interface NominationWindow {
  state: NominationWindowState;
  opensAt: Date | null;
  closesAt: Date | null;
  /** The closing date is known and behind us ("closed on …" can be said). */
  deadlinePassed: boolean;
}

export function nominationWindow(
  phase: Phase,
  dates: { opensAt: Date | null; closesAt: Date | null },
  now: Date,
): NominationWindow {
  const { opensAt, closesAt } = dates;
  let state: NominationWindowState;
  if (phase === "draft") state = "not_yet_open";
  else if (phase !== "nominations_open") state = "closed";
  else if (closesAt && now >= closesAt) state = "closed";
  else if (opensAt && now < opensAt) state = "not_yet_open";
  else state = "open";
  return { state, opensAt, closesAt, deadlinePassed: closesAt != null && now >= closesAt };
}
