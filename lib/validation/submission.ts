// The public nomination/application form: one shape for the browser (checked
// as the person types), the server action (checked again) and the private-link
// edit. Messages are keys under `submission.errors`; paths ("nominee.email")
// name the field the message appears next to.
import { z } from "zod";
import { checkEligibility, type Candidate, type Eligibility, type EligibilityRule } from "@/lib/eligibility/check-eligibility";
import { ageOn, parseLocalDate, type LocalDate } from "@/lib/eligibility/age";
import { ZDisplayName } from "@/lib/validation/statuses";

/** Maximum lengths, also used as the inputs' maxLength so nobody types into a wall. */
export const SUBMISSION_LIMITS = {
  name: 120,
  email: 254,
  district: 80,
  groupName: 160,
  story: 5000,
  chosenName: 80,
  shortAnswer: 300,
  longAnswer: 5000,
  groupSize: 500,
} as const;

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });
const requiredText = (max: number) => text(max).min(1, { error: "required" });
// No control characters (other than newlines and tabs in long text): they hide content from moderators.
const noControl = (s: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s);
const email = z
  .string()
  .trim()
  .max(SUBMISSION_LIMITS.email, { error: "tooLong" })
  .min(1, { error: "required" })
  .pipe(z.email({ error: "emailInvalid" }));
const optionalEmail = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), email.optional());
const localDate = z
  .string()
  .trim()
  .refine((v) => v === "" || parseLocalDate(v) !== null, { error: "dateInvalid" });

export const ZAppearance = z
  .object({
    displayName: ZDisplayName,
    chosenName: text(SUBMISSION_LIMITS.chosenName).default(""),
    showPhoto: z.boolean().default(false),
    showDistrict: z.boolean().default(false),
  })
  .refine((a) => a.displayName !== "chosen_name" || a.chosenName.length > 0, { error: "chosenNameRequired", path: ["chosenName"] });
export type Appearance = z.infer<typeof ZAppearance>;

/** An answer to an organiser's question: text, a list of choices, or an upload token for file questions. */
export const ZAnswerValue = z.union([z.string().max(SUBMISSION_LIMITS.longAnswer, { error: "tooLong" }), z.array(z.string().max(300)).max(50)]);

export const ZSubmission = z.object({
  categoryId: z.string().min(1).max(64),
  kind: z.enum(["nomination", "application"]),
  nomineeKind: z.enum(["individual", "group"]),
  nominee: z.object({
    name: requiredText(SUBMISSION_LIMITS.name).refine(noControl, { error: "invalidCharacters" }),
    email: optionalEmail,
    birthDate: localDate.default(""),
    district: text(SUBMISSION_LIMITS.district).refine(noControl, { error: "invalidCharacters" }).default(""),
  }),
  group: z
    .object({
      name: requiredText(SUBMISSION_LIMITS.groupName).refine(noControl, { error: "invalidCharacters" }),
      size: z.coerce.number({ error: "numberInvalid" }).int({ error: "numberInvalid" }).min(2, { error: "groupTooSmall" }).max(SUBMISSION_LIMITS.groupSize, { error: "numberTooLarge" }),
      memberAges: z.array(z.coerce.number().int().min(0, { error: "ageInvalid" }).max(120, { error: "ageInvalid" })).max(SUBMISSION_LIMITS.groupSize).default([]),
    })
    .optional(),
  nominator: z
    .object({
      name: requiredText(SUBMISSION_LIMITS.name).refine(noControl, { error: "invalidCharacters" }),
      email,
    })
    .optional(),
  story: requiredText(SUBMISSION_LIMITS.story).refine((s) => noControl(s.replace(/[\n\r\t]/g, "")), { error: "invalidCharacters" }),
  answers: z.record(z.string().max(64), ZAnswerValue).default({}),
  /** Applicants choose how they appear while applying; nominees choose through their own link. */
  appearance: ZAppearance.optional(),
  /** Applicants under 18 give a parent's or guardian's address; the guardian confirms by email. */
  guardianEmail: optionalEmail,
  /** Upload token of the photo (see POST /api/uploads); "" or absent for none. */
  photoUpload: z.string().max(64).default(""),
  privacyAccepted: z.literal(true, { error: "privacyRequired" }),
  /** Hidden from people; bots fill it in. */
  website: z.string().max(500).default(""),
  /** When the form was first shown (ms since epoch): forms sent within seconds are bots. */
  startedAt: z.coerce.number().int().nonnegative().default(0),
});
export type SubmissionInput = z.infer<typeof ZSubmission>;

/** The rules of the category the form is for (what the browser also knows). */
export interface SubmissionRules {
  submissionMode: "self" | "nomination" | "both";
  eligibility: EligibilityRule;
}

export interface SubmissionIssue {
  path: string;
  message: string;
  /** For eligibility failures: the values the message needs (ages). */
  values?: Record<string, number>;
}

/** Turns the form's nominee into the candidate lib/eligibility checks. */
export function candidateOf(input: Pick<SubmissionInput, "nomineeKind" | "nominee" | "group">): Candidate {
  if (input.nomineeKind === "group") return { kind: "group", memberAges: input.group?.memberAges ?? [] };
  return { kind: "individual", birthDate: parseLocalDate(input.nominee.birthDate) };
}

const ELIGIBILITY_PATH: Record<Exclude<Eligibility, { eligible: true }>["rule"], string> = {
  individuals_only: "nomineeKind",
  groups_only: "nomineeKind",
  birth_date_required: "nominee.birthDate",
  birth_date_in_future: "nominee.birthDate",
  too_young: "nominee.birthDate",
  too_old: "nominee.birthDate",
  member_ages_required: "group.memberAges",
  member_too_young: "group.memberAges",
  member_too_old: "group.memberAges",
};

/** The eligibility failure as a form issue: the message names the rule that failed. */
export function eligibilityIssue(result: Eligibility): SubmissionIssue | null {
  if (result.eligible) return null;
  const { rule, ...rest } = result as Exclude<Eligibility, { eligible: true }> & { eligible: false };
  const values = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === "number")) as Record<string, number>;
  return { path: ELIGIBILITY_PATH[rule], message: `eligibility.${rule}`, values };
}

/**
 * Rules that need the category: who may submit, the group fields, the
 * nominator for nominations, the nominee's email (a nominee must be asked;
 * an applicant must confirm) and eligibility. Pure; runs in the browser too.
 */
export function checkSubmissionRules(input: SubmissionInput, rules: SubmissionRules): SubmissionIssue[] {
  const issues: SubmissionIssue[] = [];
  if (rules.submissionMode === "self" && input.kind === "nomination") issues.push({ path: "kind", message: "applicationsOnly" });
  if (rules.submissionMode === "nomination" && input.kind === "application") issues.push({ path: "kind", message: "nominationsOnly" });
  if (input.nomineeKind === "group" && !input.group) issues.push({ path: "group.name", message: "required" });
  if (input.kind === "nomination" && !input.nominator) issues.push({ path: "nominator.name", message: "required" });
  if (!input.nominee.email) issues.push({ path: "nominee.email", message: "required" });
  if (input.kind === "application" && !input.appearance) issues.push({ path: "appearance.displayName", message: "required" });
  if (input.kind === "nomination" && input.nominator && input.nominee.email && sameAddress(input.nominator.email, input.nominee.email)) {
    issues.push({ path: "nominee.email", message: "nominateYourself" });
  }
  const eligibility = eligibilityIssue(checkEligibility(rules.eligibility, candidateOf(input)));
  if (eligibility) issues.push(eligibility);
  return issues;
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Whether the person is under 18 on `on` (a date string in the programme's zone); false when unknown. */
export function isMinorOn(birthDate: string, on: LocalDate): boolean {
  const birth = parseLocalDate(birthDate);
  return birth !== null && ageOn(birth, on) < 18;
}
