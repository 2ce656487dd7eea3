// Pure rules behind the private emailed links (the submitter's manage link,
// the nominee's consent link, the guardian's link): what a submission's state
// means in plain words, who is under 18, how a nominee's name appears. No I/O,
// so pages, domain functions and unit tests share them.
import { ageOn, parseLocalDate, type LocalDate } from "@/lib/eligibility/age";
import { checkEligibility, type Eligibility, type EligibilityRule } from "@/lib/eligibility/check-eligibility";
import { isMinorOn } from "@/lib/validation/submission";

export type SubmissionStage =
  | "unconfirmed"
  | "waiting_for_nominee"
  | "waiting_for_guardian"
  | "under_review"
  | "accepted"
  | "not_accepted"
  | "duplicate"
  | "merged"
  | "withdrawn"
  | "declined"
  | "erased";

export interface ConsentFacts {
  status: string;
  guardianRequired: boolean;
  guardianConfirmedAt: Date | null;
}

/** Where a submission stands, in the words the submitter is shown. */
export function submissionStage(n: { kind: string; status: string; consent: ConsentFacts | null }): SubmissionStage {
  switch (n.status) {
    case "pending_confirmation":
      return "unconfirmed";
    case "rejected":
      return "not_accepted";
    case "duplicate":
    case "merged":
    case "withdrawn":
    case "declined":
    case "erased":
      return n.status;
  }
  const consent = n.consent;
  if (consent?.status === "declined") return "declined";
  if (n.kind === "nomination" && consent?.status !== "accepted") return "waiting_for_nominee";
  if (consent?.status === "accepted" && consent.guardianRequired && !consent.guardianConfirmedAt) {
    // A nominator is not told that the nominee is under 18: to them the nominee's side is simply not finished.
    return n.kind === "nomination" ? "waiting_for_nominee" : "waiting_for_guardian";
  }
  return n.status === "eligible" ? "accepted" : "under_review";
}

/** An unconfirmed submission whose confirmation link ran out: it is treated as if it never existed. */
export function isExpiredPending(n: { status: string; expiresAt: Date | null }, now: Date): boolean {
  return n.status === "pending_confirmation" && n.expiresAt !== null && n.expiresAt.getTime() < now.getTime();
}

/** The address the submitter confirmed: the nominator's, or for an application the applicant's own. */
export function submitterEmail(n: { kind: string; nominatorEmail: string | null; nomineeEmail: string | null }): string | null {
  return n.kind === "nomination" ? n.nominatorEmail : n.nomineeEmail;
}

export type DisplayNameChoice = "full_name" | "first_name" | "chosen_name";

/** The name a finalist or winner is shown with, as they chose. */
export function shownName(a: { displayName: string; chosenName: string | null }, nomineeName: string): string {
  const first = nomineeName.trim().split(/\s+/)[0] ?? "";
  if (a.displayName === "full_name") return nomineeName.trim();
  if (a.displayName === "chosen_name" && a.chosenName?.trim()) return a.chosenName.trim();
  return first;
}

export interface NomineeAgeCheck {
  eligibility: Eligibility;
  /** Under 18 today (in the programme's zone): a parent or guardian must confirm. */
  needsGuardian: boolean;
}

/**
 * What a nominee's birth date means: whether the category's age rule admits
 * them, and whether a parent or guardian has to confirm. Groups give no birth
 * date and need no guardian here.
 */
export function checkNomineeAge(birthDate: string, rule: EligibilityRule, today: LocalDate, nomineeKind: "individual" | "group"): NomineeAgeCheck {
  if (nomineeKind === "group") return { eligibility: { eligible: true }, needsGuardian: false };
  const parsed = parseLocalDate(birthDate);
  const eligibility = checkEligibility(rule, { kind: "individual", birthDate: parsed });
  // Without an age rule checkEligibility accepts a missing date; a nominee still has to give one.
  if (!parsed) return { eligibility: eligibility.eligible ? { eligible: false, rule: "birth_date_required" } : eligibility, needsGuardian: false };
  if (eligibility.eligible && ageOn(parsed, today) < 0) return { eligibility: { eligible: false, rule: "birth_date_in_future" }, needsGuardian: false };
  return { eligibility, needsGuardian: isMinorOn(birthDate, today) };
}

/** How a programme is named in emails and on the private pages: "#YoungEngagement Award 2026". */
export function programmeTitle(p: { name: string; edition: string }): string {
  return p.name.includes(p.edition) ? p.name : `${p.name} ${p.edition}`.trim();
}

/** Statuses in which the nominee (or their guardian) may still decide. */
export const OPEN_FOR_CONSENT = ["submitted", "eligible"] as const;

export function isOpenForConsent(status: string): boolean {
  return (OPEN_FOR_CONSENT as readonly string[]).includes(status);
}

/**
 * Statuses in which a nomination still holds the nominee's personal data, so
 * the nominee (or their guardian) may have it deleted through their link at
 * any time: while open they decline; once it ended otherwise (not accepted,
 * set aside, merged, withdrawn by the submitter) they ask for erasure.
 */
export const ERASABLE_BY_NOMINEE = ["submitted", "eligible", "rejected", "duplicate", "merged", "withdrawn"] as const;

export function isErasableByNominee(status: string): boolean {
  return (ERASABLE_BY_NOMINEE as readonly string[]).includes(status);
}
