// Turns a stored category into the rule lib/eligibility checks nominees with.
// Pure, so the nomination form (browser) and the server build the same rule.
import { localDateIn } from "@/lib/eligibility/age";
import type { EligibilityRule } from "@/lib/eligibility/check-eligibility";
import { ZNomineeKind } from "@/lib/validation/statuses";

export interface CategoryRuleSource {
  nomineeKind: string;
  minAge: number | null;
  maxAge: number | null;
  ageReferenceDate: Date | null;
}

/**
 * Ages are checked on the category's reference date, read as a calendar date in
 * the programme's time zone, or (when it has none) on the day `submittedAt`
 * falls on there.
 */
export function categoryEligibilityRule(
  category: CategoryRuleSource,
  programmeTimeZone: string,
  submittedAt: Date = new Date(),
): EligibilityRule {
  return {
    // An unknown stored value must not widen the rule: fall back to the strictest reading.
    nomineeKind: ZNomineeKind.catch("individual").parse(category.nomineeKind),
    minAge: category.minAge,
    maxAge: category.maxAge,
    referenceDate: localDateIn(category.ageReferenceDate ?? submittedAt, programmeTimeZone),
  };
}
