// A form issue in words (messages namespace "submission"). Pure: the form
// words its own live checks with it and the server action words the server's.
// Eligibility messages name the rule that failed ("This category is for people
// aged 16 to 25 on 31 January 2027. By then the nominee will be 27.").
import { formatDate } from "@/lib/i18n/format";
import type { SubmissionIssue } from "@/lib/validation/submission";

/** The part of next-intl's translator (client or server) this needs, for the "submission" namespace. */
export interface SubmissionTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export interface IssueContext {
  kind: "nomination" | "application";
  locale: string;
}

/** "aged 16 to 25 on 31 January 2027"; "" when the issue carries no age rule. */
export function ageRulePhrase(t: SubmissionTranslator, values: Record<string, number>, locale: string): string {
  const { ruleMin, ruleMax, year, month, day } = values;
  if (year == null || (ruleMin == null && ruleMax == null)) return "";
  // The reference date is a calendar date: format it at noon UTC, in UTC, so no zone moves it.
  const date = formatDate(new Date(Date.UTC(year, month - 1, day, 12)), { locale, timeZone: "UTC" });
  if (ruleMin != null && ruleMax != null) return t("ageRule.between", { min: ruleMin, max: ruleMax, date });
  if (ruleMax != null) return t("ageRule.under", { limit: ruleMax + 1, date });
  return t("ageRule.atLeast", { min: ruleMin, date });
}

export function issueMessage(t: SubmissionTranslator, issue: SubmissionIssue, { kind, locale }: IssueContext): string {
  const key = `errors.${issue.message}`;
  if (!t.has(key)) return t("errors.invalid");
  const values = issue.values ?? {};
  if (issue.message.startsWith("eligibility.")) {
    return t(key, { ...values, rule: ageRulePhrase(t, values, locale), who: kind === "application" ? "self" : "other" });
  }
  return t(key, values);
}
