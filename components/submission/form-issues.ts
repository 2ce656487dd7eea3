// The form's problems right now, computed from its values with the same
// schema and rules the server uses (ZSubmission, checkSubmission). Pure.
import type { AnswerQuestion } from "@/lib/nominations/answers";
import { checkSubmission } from "@/lib/nominations/check-submission";
import { ZSubmission, type SubmissionInput, type SubmissionIssue, type SubmissionRules } from "@/lib/validation/submission";
import { parseMemberAges, toPayload, type FormContext, type FormValues } from "@/components/submission/form-values";

export interface IssueInputs {
  values: FormValues;
  ctx: FormContext;
  rules: SubmissionRules;
  questions: readonly AnswerQuestion[];
}

/** What only the browser can tell (the raw text before it becomes numbers). */
function typingIssues({ values, ctx }: IssueInputs): SubmissionIssue[] {
  const issues: SubmissionIssue[] = [];
  if (!values.nomineeKind) issues.push({ path: "nomineeKind", message: "chooseOne" });
  if (values.nomineeKind === "group") {
    if (!values.groupSize.trim()) issues.push({ path: "group.size", message: "required" });
    if (ctx.hasAgeRule && parseMemberAges(values.groupMemberAges) === null) issues.push({ path: "group.memberAges", message: "memberAgesInvalid" });
  }
  if (ctx.kind === "application" && !values.displayName) issues.push({ path: "appearance.displayName", message: "chooseOne" });
  return issues;
}

/**
 * The values as the rules see them, even while other fields still fail the
 * schema: eligibility is checked as soon as a birth date is typed, not only
 * once the whole form is valid.
 */
function lenientInput(values: FormValues, ctx: FormContext): SubmissionInput {
  const payload = toPayload(values, ctx);
  const trimmed = (s: string | undefined) => s?.trim() || undefined;
  const size = Number(payload.group?.size);
  return {
    ...payload,
    nomineeKind: values.nomineeKind || "individual",
    nominee: { ...payload.nominee, name: payload.nominee.name.trim(), email: trimmed(payload.nominee.email), district: payload.nominee.district.trim() },
    group: payload.group ? { name: payload.group.name.trim(), size: Number.isFinite(size) ? size : 0, memberAges: payload.group.memberAges } : undefined,
    nominator: payload.nominator ? { name: payload.nominator.name.trim(), email: payload.nominator.email.trim() } : undefined,
    appearance: payload.appearance ? { ...payload.appearance, chosenName: payload.appearance.chosenName.trim() } : undefined,
    guardianEmail: trimmed(payload.guardianEmail),
    privacyAccepted: true,
  };
}

/** Every issue, at most one per field: typing first, then the schema, then the category's rules. */
export function formIssues(inputs: IssueInputs): Map<string, SubmissionIssue> {
  const { values, ctx, rules, questions } = inputs;
  const parsed = ZSubmission.safeParse(toPayload(values, ctx));
  const schemaIssues: SubmissionIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.filter((p) => typeof p !== "number").map(String).join("."), message: i.message }));
  const input = parsed.success ? parsed.data : lenientInput(values, ctx);
  const ruleIssues = checkSubmission({ input, rules, questions, today: ctx.today });

  const out = new Map<string, SubmissionIssue>();
  for (const issue of [...typingIssues(inputs), ...schemaIssues, ...ruleIssues]) {
    if (!out.has(issue.path)) out.set(issue.path, issue);
  }
  return out;
}
