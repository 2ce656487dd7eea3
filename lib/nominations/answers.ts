// Answers to the organiser's own questions (FormQuestion). Pure: the public
// form checks them as the person types and the server checks them again
// against the questions loaded from the database. Messages are keys under
// `submission.errors`; paths are "answers.<questionId>".
import { parseLocalDate } from "@/lib/eligibility/age";
import { SUBMISSION_LIMITS, type SubmissionIssue } from "@/lib/validation/submission";

export interface AnswerQuestion {
  id: string;
  type: string;
  required: boolean;
  maxLength: number | null;
  /** Stored options ({ value, label }[]) for choice questions; anything else is treated as none. */
  options: unknown;
  archivedAt: Date | string | null;
}

export type AnswerInput = Record<string, string | string[]>;

/** A value as the database keeps it (NominationAnswer.value). */
export type StoredAnswerValue = string | number | boolean | string[];

const UPLOAD_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const NUMBER = /^-?\d{1,15}(?:[.,]\d{1,6})?$/;
const MAX_URL = 2000;
// Control characters hide text from moderators; long answers may keep line breaks and tabs.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F]/;

export const answerPath = (questionId: string) => `answers.${questionId}`;

function optionValues(options: unknown): Set<string> {
  if (!Array.isArray(options)) return new Set();
  return new Set(options.flatMap((o) => (o && typeof o === "object" && typeof (o as { value?: unknown }).value === "string" ? [(o as { value: string }).value] : [])));
}

/** The longest answer a text question takes: the organiser's limit, never above the form's own. */
export function answerMaxLength(q: Pick<AnswerQuestion, "type" | "maxLength">): number {
  const fallback = q.type === "long_text" ? SUBMISSION_LIMITS.longAnswer : SUBMISSION_LIMITS.shortAnswer;
  return Math.min(q.maxLength ?? fallback, SUBMISSION_LIMITS.longAnswer);
}

function isEmpty(value: string | string[] | undefined): boolean {
  if (value === undefined) return true;
  return Array.isArray(value) ? value.length === 0 : value.trim() === "";
}

/** Adds https:// to "example.org/page", which people type without a scheme. */
export function normaliseUrl(value: string): string {
  const v = value.trim();
  return /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
}

function isWebAddress(value: string): boolean {
  if (value.length > MAX_URL || /\s/.test(value)) return false;
  try {
    const url = new URL(normaliseUrl(value));
    // Only web links: javascript:, data: and the like never become clickable in moderation.
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

function issueFor(q: AnswerQuestion, value: string | string[]): SubmissionIssue | null {
  const path = answerPath(q.id);
  if (q.type === "multi_choice") {
    if (!Array.isArray(value)) return { path, message: "invalid" };
    const allowed = optionValues(q.options);
    const ok = value.length <= 50 && new Set(value).size === value.length && value.every((v) => allowed.has(v));
    return ok ? null : { path, message: "choiceInvalid" };
  }
  if (typeof value !== "string") return { path, message: "invalid" };
  const v = value.trim();
  switch (q.type) {
    case "short_text":
    case "long_text": {
      const max = answerMaxLength(q);
      if (v.length > max) return { path, message: "tooLongMax", values: { max } };
      return (q.type === "long_text" ? CONTROL : CONTROL_IN_LINE).test(v) ? { path, message: "invalidCharacters" } : null;
    }
    case "choice":
      return optionValues(q.options).has(v) ? null : { path, message: "choiceInvalid" };
    case "date":
      return parseLocalDate(v) ? null : { path, message: "dateInvalid" };
    case "number":
      return NUMBER.test(v) ? null : { path, message: "numberInvalid" };
    case "url":
      return isWebAddress(v) ? null : { path, message: "urlInvalid" };
    case "file":
      return UPLOAD_TOKEN.test(v) ? null : { path, message: "fileInvalid" };
    case "consent":
      return v === "yes" ? null : { path, message: "invalid" };
    default:
      // A question type this version does not know takes no answer.
      return { path, message: "invalid" };
  }
}

const current = (questions: readonly AnswerQuestion[]) => questions.filter((q) => !q.archivedAt);

/**
 * One issue per question at most. Answers to archived or unknown questions are
 * not errors (a form opened before the organiser archived a question must
 * still be sendable); they are simply not stored.
 */
export function validateAnswers(questions: readonly AnswerQuestion[], answers: AnswerInput): SubmissionIssue[] {
  const issues: SubmissionIssue[] = [];
  for (const q of current(questions)) {
    const value = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (isEmpty(value)) {
      if (q.required) issues.push({ path: answerPath(q.id), message: q.type === "consent" ? "consentRequired" : q.type === "file" ? "fileRequired" : "required" });
      continue;
    }
    const issue = issueFor(q, value!);
    if (issue) issues.push(issue);
  }
  return issues;
}

/**
 * The answers to store, one per current question answered, as plain JSON:
 * text trimmed, numbers as numbers, links with their scheme, consent as true.
 * File questions are not stored here: their upload becomes an Attachment with
 * the question's id (see fileUploadsOf). Call after validateAnswers passed.
 */
export function answersToStore(questions: readonly AnswerQuestion[], answers: AnswerInput): { questionId: string; value: StoredAnswerValue }[] {
  const out: { questionId: string; value: StoredAnswerValue }[] = [];
  for (const q of current(questions)) {
    const value = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (isEmpty(value) || q.type === "file") continue;
    if (Array.isArray(value)) out.push({ questionId: q.id, value: [...value] });
    else if (q.type === "number") out.push({ questionId: q.id, value: Number(value!.trim().replace(",", ".")) });
    else if (q.type === "url") out.push({ questionId: q.id, value: normaliseUrl(value!) });
    else if (q.type === "consent") out.push({ questionId: q.id, value: true });
    else out.push({ questionId: q.id, value: value!.trim() });
  }
  return out;
}

/** Upload tokens given for file questions, with the question they answer. */
export function fileUploadsOf(questions: readonly AnswerQuestion[], answers: AnswerInput): { token: string; questionId: string }[] {
  return current(questions).flatMap((q) => {
    const value = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    return q.type === "file" && typeof value === "string" && value.trim() ? [{ token: value.trim(), questionId: q.id }] : [];
  });
}
