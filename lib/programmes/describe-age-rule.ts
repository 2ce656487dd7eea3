// A category's age limits in words a visitor understands. Categories store
// inclusive bounds (maxAge 29 = "under 30"); the reference date is shown in
// the programme's time zone. Pure: returns a message key and its values so the
// page words it in the visitor's language.
import { formatDate, type DateFormatOptions } from "@/lib/i18n/format";

export interface AgeLimits {
  minAge: number | null;
  maxAge: number | null;
  /** The day ages are checked on; null means the day of submission. */
  ageReferenceDate: Date | null;
}

export type AgeRuleKey =
  | "underOn"
  | "underAtSubmission"
  | "atLeastOn"
  | "atLeastAtSubmission"
  | "betweenOn"
  | "betweenAtSubmission";

export interface AgeRuleText {
  /** Key under `programmePage.ageRule` in messages. */
  key: AgeRuleKey;
  values: { min?: number; max?: number; limit?: number; date?: string };
}

/** Null when the category has no age limits. */
export function describeAgeRule(limits: AgeLimits, format: DateFormatOptions): AgeRuleText | null {
  const { minAge, maxAge, ageReferenceDate } = limits;
  if (minAge == null && maxAge == null) return null;
  const on = ageReferenceDate ? { date: formatDate(ageReferenceDate, format) } : {};
  const suffix = ageReferenceDate ? "On" : "AtSubmission";
  if (minAge == null) return { key: `under${suffix}`, values: { limit: maxAge! + 1, ...on } };
  if (maxAge == null) return { key: `atLeast${suffix}`, values: { min: minAge, ...on } };
  return { key: `between${suffix}`, values: { min: minAge, max: maxAge, ...on } };
}
