import type { NominationStatus } from "@/lib/validation/statuses";

// Which status a nomination may move to from which. Every status change goes
// through changeNominationStatus (change-status.ts), which checks this table,
// so an undo is only possible where a line here allows it.
export const NOMINATION_TRANSITIONS: Record<NominationStatus, readonly NominationStatus[]> = {
  // the submitter has not clicked the link in the confirmation email yet
  pending_confirmation: ["submitted", "withdrawn", "erased"],
  // confirmed; waiting for moderation (and, for nominations, for the nominee)
  submitted: ["eligible", "rejected", "duplicate", "merged", "withdrawn", "declined", "erased"],
  eligible: ["submitted", "rejected", "duplicate", "merged", "withdrawn", "declined", "erased"],
  // moderation decisions can be undone: back to the queue
  rejected: ["submitted", "erased"],
  duplicate: ["submitted", "erased"],
  merged: ["submitted", "erased"],
  // the submitter's and the nominee's own decisions are final
  withdrawn: ["erased"],
  declined: ["erased"],
  erased: [],
};

export function canChangeStatus(from: NominationStatus, to: NominationStatus): boolean {
  return NOMINATION_TRANSITIONS[from].includes(to);
}

/** Statuses in which the submitter may still edit through the private link (until the deadline). */
export const EDITABLE_BY_SUBMITTER: readonly NominationStatus[] = ["pending_confirmation", "submitted", "eligible"];

/** Statuses whose personal data is gone; the row stays for anonymous counts. */
export const ANONYMISED_STATUSES: readonly NominationStatus[] = ["declined", "erased"];
