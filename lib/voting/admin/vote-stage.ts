// Where a programme stands with its public vote, read from its phase. Pure, so
// the embargo rule (no per-finalist count before the close) sits in one place.
import { PHASES, type Phase } from "@/lib/validation/statuses";

export type VoteStage = "before" | "open" | "closed";

const OPEN_AT = PHASES.indexOf("public_vote");

/** before: the vote has not opened; open: phase public_vote; closed: results review or later. */
export function voteStage(phase: Phase): VoteStage {
  const at = PHASES.indexOf(phase);
  if (at < OPEN_AT) return "before";
  return at === OPEN_AT ? "open" : "closed";
}

/** Settings that voters rely on are fixed once the vote has opened. */
export function voteSettingsLocked(phase: Phase): boolean {
  return voteStage(phase) !== "before";
}

/** Per-finalist counts exist for nobody, organisers and admins included, until the vote has closed. */
export function tallyAvailable(phase: Phase): boolean {
  return voteStage(phase) === "closed";
}

/** The public may recount once the results are published. */
export function recountPublic(phase: Phase): boolean {
  return phase === "results_published" || phase === "archived";
}
