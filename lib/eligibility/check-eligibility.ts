// Whether a nominee fits a category's rules. Pure: the browser runs it as the
// person types and the server runs it again before saving.
import { ageOn, type LocalDate } from "@/lib/eligibility/age";

export interface EligibilityRule {
  nomineeKind: "individual" | "group" | "either";
  minAge: number | null;
  maxAge: number | null;
  /** The date ages are checked on, in the programme's time zone. */
  referenceDate: LocalDate;
}

export type Candidate =
  | { kind: "individual"; birthDate: LocalDate | null }
  | { kind: "group"; memberAges: number[] };

export type EligibilityFailure =
  | { rule: "individuals_only" }
  | { rule: "groups_only" }
  | { rule: "birth_date_required" }
  | { rule: "birth_date_in_future" }
  | { rule: "too_young"; minAge: number; age: number }
  | { rule: "too_old"; maxAge: number; age: number }
  | { rule: "member_ages_required" }
  | { rule: "member_too_young"; minAge: number; age: number }
  | { rule: "member_too_old"; maxAge: number; age: number };

export type Eligibility = { eligible: true } | ({ eligible: false } & EligibilityFailure);

const fail = (f: EligibilityFailure): Eligibility => ({ eligible: false, ...f });
const hasAgeRule = (r: EligibilityRule) => r.minAge != null || r.maxAge != null;

export function checkEligibility(rule: EligibilityRule, candidate: Candidate): Eligibility {
  if (rule.nomineeKind === "individual" && candidate.kind === "group") return fail({ rule: "individuals_only" });
  if (rule.nomineeKind === "group" && candidate.kind === "individual") return fail({ rule: "groups_only" });
  if (!hasAgeRule(rule)) return { eligible: true };

  if (candidate.kind === "individual") {
    if (!candidate.birthDate) return fail({ rule: "birth_date_required" });
    const age = ageOn(candidate.birthDate, rule.referenceDate);
    if (age < 0) return fail({ rule: "birth_date_in_future" });
    if (rule.minAge != null && age < rule.minAge) return fail({ rule: "too_young", minAge: rule.minAge, age });
    if (rule.maxAge != null && age > rule.maxAge) return fail({ rule: "too_old", maxAge: rule.maxAge, age });
    return { eligible: true };
  }
  // Groups state their members' ages; every member must fit the rule.
  if (candidate.memberAges.length === 0) return fail({ rule: "member_ages_required" });
  for (const age of candidate.memberAges) {
    if (rule.minAge != null && age < rule.minAge) return fail({ rule: "member_too_young", minAge: rule.minAge, age });
    if (rule.maxAge != null && age > rule.maxAge) return fail({ rule: "member_too_old", maxAge: rule.maxAge, age });
  }
  return { eligible: true };
}
