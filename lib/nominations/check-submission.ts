// Every rule a submission must meet that needs the category, in one pure
// function: the browser runs it as the person types and the server runs it
// again with the category and questions from the database (it never trusts
// the browser's copy of the rules).
import type { LocalDate } from "@/lib/eligibility/age";
import { validateAnswers, type AnswerQuestion } from "@/lib/nominations/answers";
import { checkSubmissionRules, isMinorOn, type SubmissionInput, type SubmissionIssue, type SubmissionRules } from "@/lib/validation/submission";

export interface SubmissionCheck {
  input: SubmissionInput;
  rules: SubmissionRules;
  questions: readonly AnswerQuestion[];
  /** Today in the programme's time zone: who is under 18 is decided on it. */
  today: LocalDate;
}

/** An applicant under 18 (today, in the programme's zone) gives a parent's or guardian's address. */
export function needsGuardian(input: Pick<SubmissionInput, "kind" | "nomineeKind" | "nominee">, today: LocalDate): boolean {
  return input.kind === "application" && input.nomineeKind === "individual" && isMinorOn(input.nominee.birthDate, today);
}

const same = (a: string | undefined, b: string | undefined) => Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

/**
 * The category's rules, the organiser's questions, the guardian and the
 * group's member ages. Eligibility issues carry what their message needs to
 * name the rule: the bounds (ruleMin/ruleMax) and the reference date.
 */
export function checkSubmission({ input, rules, questions, today }: SubmissionCheck): SubmissionIssue[] {
  const issues = checkSubmissionRules(input, rules).map((issue) => {
    if (!issue.message.startsWith("eligibility.")) return issue;
    const { minAge, maxAge, referenceDate } = rules.eligibility;
    return {
      ...issue,
      values: {
        ...issue.values,
        ...(minAge != null ? { ruleMin: minAge } : {}),
        ...(maxAge != null ? { ruleMax: maxAge } : {}),
        year: referenceDate.year,
        month: referenceDate.month,
        day: referenceDate.day,
      },
    };
  });

  if (needsGuardian(input, today)) {
    if (!input.guardianEmail) issues.push({ path: "guardianEmail", message: "guardianRequired" });
    else if (same(input.guardianEmail, input.nominee.email)) issues.push({ path: "guardianEmail", message: "guardianSameAddress" });
  }
  // Ages are asked only when the category has an age rule; then every member's age counts.
  const group = input.nomineeKind === "group" ? input.group : undefined;
  if (group && group.memberAges.length > 0 && group.memberAges.length !== group.size) {
    issues.push({ path: "group.memberAges", message: "memberAgesCount", values: { size: group.size, count: group.memberAges.length } });
  }
  issues.push(...validateAnswers(questions, input.answers));
  return issues;
}
