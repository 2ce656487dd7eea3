// What the public form holds while someone fills it in, and how that becomes
// the payload the server parses with ZSubmission. Pure (no React), so the
// mapping is unit tested and the review step shows exactly what is sent.
import type { LocalDate } from "@/lib/eligibility/age";
import type { AnswerInput } from "@/lib/nominations/answers";
import { isMinorOn } from "@/lib/validation/submission";

export type SubmissionKind = "nomination" | "application";

/** A file the upload endpoint accepted; the token claims it when the form is sent. */
export interface UploadedFile {
  token: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
}

export interface FormValues {
  nomineeKind: "" | "individual" | "group";
  nomineeName: string;
  nomineeEmail: string;
  nomineeBirthDate: string;
  nomineeDistrict: string;
  groupName: string;
  groupSize: string;
  /** As typed: "17, 19, 24". */
  groupMemberAges: string;
  nominatorName: string;
  nominatorEmail: string;
  story: string;
  /** Per question id; a file question holds its upload token. */
  answers: AnswerInput;
  /** Names and sizes of uploaded files for the review step: "photoUpload" or a question id. */
  files: Record<string, UploadedFile>;
  displayName: "" | "full_name" | "first_name" | "chosen_name";
  chosenName: string;
  showPhoto: "yes" | "no";
  showDistrict: "yes" | "no";
  guardianEmail: string;
  privacyAccepted: boolean;
  /** The honeypot: people never see it, bots fill it in. */
  website: string;
  startedAt: number;
}

export interface FormContext {
  categoryId: string;
  kind: SubmissionKind;
  /** Member ages are asked only when the category has an age rule. */
  hasAgeRule: boolean;
  questionIds: readonly string[];
  today: LocalDate;
}

export const PHOTO_FIELD = "photoUpload";

export function emptyValues(categoryNomineeKind: "individual" | "group" | "either", startedAt: number): FormValues {
  return {
    // "either": the person chooses; nothing is ticked for them.
    nomineeKind: categoryNomineeKind === "either" ? "" : categoryNomineeKind,
    nomineeName: "",
    nomineeEmail: "",
    nomineeBirthDate: "",
    nomineeDistrict: "",
    groupName: "",
    groupSize: "",
    groupMemberAges: "",
    nominatorName: "",
    nominatorEmail: "",
    story: "",
    answers: {},
    files: {},
    displayName: "",
    chosenName: "",
    // Private unless the person says otherwise.
    showPhoto: "no",
    showDistrict: "no",
    guardianEmail: "",
    privacyAccepted: false,
    website: "",
    startedAt,
  };
}

/** "17, 19; 24" → [17, 19, 24]; null when something is not a whole number. */
export function parseMemberAges(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  return parts.map(Number);
}

/** An applicant under 18 today (in the programme's zone) is asked for a guardian's address. */
export function asksForGuardian(values: FormValues, ctx: FormContext): boolean {
  return ctx.kind === "application" && values.nomineeKind === "individual" && isMinorOn(values.nomineeBirthDate.trim(), ctx.today);
}

function currentAnswers(values: FormValues, questionIds: readonly string[]): AnswerInput {
  const out: AnswerInput = {};
  for (const id of questionIds) {
    const v = values.answers[id];
    if (v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === "")) continue;
    out[id] = v;
  }
  return out;
}

/** The JSON the server action receives. Only fields that apply to this kind and nominee are sent. */
export function toPayload(values: FormValues, ctx: FormContext) {
  const group = values.nomineeKind === "group";
  const ages = ctx.hasAgeRule ? (parseMemberAges(values.groupMemberAges) ?? []) : [];
  return {
    categoryId: ctx.categoryId,
    kind: ctx.kind,
    nomineeKind: values.nomineeKind,
    nominee: {
      name: values.nomineeName,
      email: values.nomineeEmail,
      birthDate: group ? "" : values.nomineeBirthDate.trim(),
      district: values.nomineeDistrict,
    },
    group: group ? { name: values.groupName, size: values.groupSize.trim(), memberAges: ages } : undefined,
    nominator: ctx.kind === "nomination" ? { name: values.nominatorName, email: values.nominatorEmail } : undefined,
    story: values.story,
    answers: currentAnswers(values, ctx.questionIds),
    appearance:
      ctx.kind === "application" && values.displayName
        ? {
            displayName: values.displayName,
            chosenName: values.displayName === "chosen_name" ? values.chosenName : "",
            showPhoto: values.showPhoto === "yes",
            showDistrict: values.showDistrict === "yes",
          }
        : undefined,
    guardianEmail: asksForGuardian(values, ctx) ? values.guardianEmail : undefined,
    photoUpload: values.files[PHOTO_FIELD]?.token ?? "",
    privacyAccepted: values.privacyAccepted,
    website: values.website,
    startedAt: values.startedAt,
  };
}
export type SubmissionPayload = ReturnType<typeof toPayload>;

/**
 * One draft per programme, category and kind, in sessionStorage (see
 * use-session-draft.ts for why not localStorage).
 */
export function draftKey(slug: string, categoryId: string, kind: SubmissionKind): string {
  return `laurel:submission-draft:${slug}:${categoryId}:${kind}`;
}

/** Set just before sending; the "check your email" page removes that draft. */
export const SENT_DRAFT_MARKER = "laurel:submission-sent";

/** A stored draft back into form values; anything unexpected falls back to the empty form's value. */
export function restoreValues(stored: unknown, empty: FormValues): FormValues {
  if (!stored || typeof stored !== "object") return empty;
  const s = stored as Record<string, unknown>;
  const out: FormValues = { ...empty };
  for (const key of Object.keys(empty) as (keyof FormValues)[]) {
    const value = s[key];
    const fallback = empty[key];
    if (key === "answers" || key === "files") {
      if (value && typeof value === "object" && !Array.isArray(value)) (out as unknown as Record<string, unknown>)[key] = value;
    } else if (typeof value === typeof fallback) {
      (out as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}
