import "server-only";
import type { z } from "zod";
import { isMinorOn, ZSubmission, type SubmissionInput, type SubmissionIssue } from "@/lib/validation/submission";
import { isDisposableEmail } from "@/lib/abuse/disposable-email";
import { appendAuditEvent, type Tx } from "@/lib/audit/append-audit-event";
import { claimUploads } from "@/lib/attachments/claim-uploads";
import { authSettings } from "@/lib/auth/auth-settings";
import { categoryEligibilityRule } from "@/lib/categories/category-eligibility-rule";
import { instantForLocalDate } from "@/lib/categories/local-date";
import { db } from "@/lib/db";
import { localDateIn, type LocalDate } from "@/lib/eligibility/age";
import { AppError, isAppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isSupportedLocale } from "@/lib/i18n/locales";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail, type SendEmailResult } from "@/lib/mail/send-email";
import { submissionConfirmationEmail } from "@/lib/mail/templates/submission-confirmation-email";
import { answerPath, answersToStore, fileUploadsOf } from "@/lib/nominations/answers";
import { checkSubmission } from "@/lib/nominations/check-submission";
import { loadSubmissionCategory, type SubmissionCategory } from "@/lib/nominations/load-submission-category";
import { newPrivateToken } from "@/lib/nominations/private-token";
import { submissionWindow } from "@/lib/nominations/submission-window";
import { ipRateLimitSubject, UNKNOWN_IP } from "@/lib/rate-limit/client-ip";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { ZSubmissionMode } from "@/lib/validation/statuses";

// The public form's one write: checks everything again on the server (the
// browser's checks are a courtesy), stores the submission as
// pending_confirmation and emails the submitter a private link to confirm it.

type Env = Record<string, string | undefined>;
const HOUR = 60 * 60 * 1000;

/** An unconfirmed submission is deleted this long after it was sent. */
export const CONFIRMATION_VALID_HOURS = 48;
/** People take longer than this to fill in the form; bots do not. */
export const MIN_FILL_MS = 3000;
export const SUBMISSIONS_PER_IP = { limit: 10, windowMs: HOUR };
/**
 * Without TRUSTED_PROXY_HEADER every visitor is "unknown" and shares one
 * bucket (client-ip.ts): a per-person limit there would close the form for
 * the whole city after ten entries, so that shared bucket is wider.
 */
export const SUBMISSIONS_PER_UNKNOWN_IP = { limit: 200, windowMs: HOUR };
export const SUBMISSIONS_PER_EMAIL = { limit: 5, windowMs: HOUR };
/** Confirmation emails one address receives: enough to fix a typo, too few to flood a mailbox. */
export const CONFIRMATION_EMAILS_PER_ADDRESS = { limit: 10, windowMs: 24 * HOUR };

/** The form has errors: one issue per field, keys under `submission.errors`. */
export class SubmissionRefused extends AppError {
  readonly issues: SubmissionIssue[];
  constructor(issues: SubmissionIssue[]) {
    super("invalid_input", "formHasErrors");
    this.issues = issues;
  }
}

/** A refused upload claim (claimUploads) as the form's message: a file of the wrong kind, or one that expired. */
export function uploadIssue(reason: string): string {
  return reason === "upload.not_allowed_type" ? "uploadWrongType" : "uploadExpired";
}

export interface SubmitNominationOptions {
  /** The programme from the URL; the category must belong to it. */
  slug: string;
  /** The form's payload as sent (parsed with ZSubmission here). */
  payload: unknown;
  ip: string;
  /** The language the form was filled in; the submitter's emails use it. */
  locale: string;
  now?: Date;
  env?: Env;
}

/**
 * Throws SubmissionRefused (field issues), AppError not_found (no such
 * category), invalid_state "notOpenYet"/"closed" (outside the window) or
 * rate_limited. Returns nominationId null when the submission looked like a
 * bot's: the caller answers exactly as on success, and nothing was stored.
 */
export async function submitNomination({ slug, payload, ip, locale, now = new Date(), env = process.env }: SubmitNominationOptions): Promise<{ nominationId: string | null }> {
  if (looksLikeBot(payload, now)) {
    // No personal data: only that it happened, so a "missing" confirmation email can be explained.
    console.warn("[submission] dropped a submission that looked automated (hidden field filled or sent within seconds).");
    return { nominationId: null };
  }
  const parsed = ZSubmission.safeParse(payload);
  if (!parsed.success) throw new SubmissionRefused(zodIssues(parsed.error));
  const input = parsed.data;

  const category = await loadSubmissionCategory({ slug, categoryId: input.categoryId, now });
  if (!category) throw new AppError("not_found", "categoryNotFound");
  const window = submissionWindow(category.programme, now);
  if (window.state !== "open") throw new AppError("invalid_state", window.state === "not_yet_open" ? "notOpenYet" : "closed");

  const { timeZone } = category.programme;
  const today = localDateIn(now, timeZone);
  const rules = {
    submissionMode: ZSubmissionMode.catch("both").parse(category.submissionMode),
    eligibility: categoryEligibilityRule(category, timeZone, now),
  };
  const issues = [...checkSubmission({ input, rules, questions: category.questions, today }), ...disposableIssues(input, env)];
  if (issues.length) throw new SubmissionRefused(firstPerPath(issues));

  const submitter = submitterAddress(input);
  await enforceLimits({ ip, address: submitter, now });

  const mailLocale = isSupportedLocale(locale) ? locale : DEFAULT_LOCALE;
  const manage = newPrivateToken();
  const nominationId = await db.$transaction((tx) => store(tx, { input, category, manageTokenHash: manage.hash, locale: mailLocale, now, minor: needsMinorFlag(input, today) }));

  // After the commit: a failed send is recorded in the outbox and never undoes the submission.
  await sendSubmissionConfirmation({
    to: submitter,
    token: manage.token,
    locale: mailLocale,
    programmeName: `${category.programme.name} ${category.programme.edition}`,
    categoryName: category.name,
    kind: input.kind,
    env,
  });
  return { nominationId };
}

/** A filled-in hidden field, or a form sent within seconds of being shown (or with no start time). */
export function looksLikeBot(payload: unknown, now: Date): boolean {
  if (!payload || typeof payload !== "object") return false;
  const { website, startedAt } = payload as { website?: unknown; startedAt?: unknown };
  if (typeof website === "string" && website.trim() !== "") return true;
  const started = typeof startedAt === "number" ? startedAt : typeof startedAt === "string" ? Number(startedAt) : NaN;
  return !Number.isFinite(started) || now.getTime() - started < MIN_FILL_MS;
}

/** Zod's issues as form issues: list positions dropped ("group.memberAges"), one per field. */
function zodIssues(error: z.ZodError): SubmissionIssue[] {
  return firstPerPath(error.issues.map((i) => ({ path: i.path.filter((p) => typeof p !== "number").map(String).join("."), message: i.message })));
}

function firstPerPath(issues: SubmissionIssue[]): SubmissionIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path) && seen.add(i.path));
}

function disposableIssues(input: SubmissionInput, env: Env): SubmissionIssue[] {
  const addresses: [string, string | undefined][] = [
    ["nominee.email", input.nominee.email],
    ["nominator.email", input.nominator?.email],
    ["guardianEmail", input.guardianEmail],
  ];
  return addresses.filter(([, a]) => a && isDisposableEmail(a, env)).map(([path]) => ({ path, message: "disposableEmail" }));
}

/** Who confirms: the nominator for a nomination, the applicant (or the group's contact person) for an application. */
function submitterAddress(input: SubmissionInput): string {
  const address = input.kind === "nomination" ? input.nominator?.email : input.nominee.email;
  return address!.trim().toLowerCase();
}

/**
 * Under 18 today (as far as the form tells): their guardian must confirm
 * before the jury sees them. An applicant gives the guardian's address now;
 * for a nominee it is asked when they answer through their own link.
 */
function needsMinorFlag(input: SubmissionInput, today: LocalDate): boolean {
  return input.nomineeKind === "individual" && isMinorOn(input.nominee.birthDate, today);
}

async function enforceLimits({ ip, address, now }: { ip: string; address: string; now: Date }): Promise<void> {
  const perIp = ip === UNKNOWN_IP ? SUBMISSIONS_PER_UNKNOWN_IP : SUBMISSIONS_PER_IP;
  const checks = [
    { key: `submission:ip:${ipRateLimitSubject(ip)}`, ...perIp },
    { key: `submission:email:${address}`, ...SUBMISSIONS_PER_EMAIL },
    { key: `submission-mail:${address}`, ...CONFIRMATION_EMAILS_PER_ADDRESS },
  ];
  for (const check of checks) {
    if (!(await hitRateLimit({ ...check, now })).allowed) throw new AppError("rate_limited", "rateLimited");
  }
}

interface StoreInput {
  input: SubmissionInput;
  category: SubmissionCategory;
  manageTokenHash: string;
  locale: string;
  now: Date;
  minor: boolean;
}

async function store(tx: Tx, { input, category, manageTokenHash, locale, now, minor }: StoreInput): Promise<string> {
  const { programme } = category;
  const individual = input.nomineeKind === "individual";
  const group = individual ? undefined : input.group;
  const nomination = await tx.nomination.create({
    data: {
      programmeId: programme.id,
      categoryId: category.id,
      kind: input.kind,
      status: "pending_confirmation",
      nomineeKind: input.nomineeKind,
      nomineeName: input.nominee.name,
      nomineeEmail: input.nominee.email ?? null,
      // A calendar date, stored like the category's reference date: noon that day in the programme's zone.
      nomineeBirthDate: individual && input.nominee.birthDate ? instantForLocalDate(input.nominee.birthDate, programme.timeZone) : null,
      nomineeDistrict: input.nominee.district || null,
      groupName: group?.name ?? null,
      groupSize: group?.size ?? null,
      groupMemberAges: group?.memberAges.length ? group.memberAges : undefined,
      nominatorName: input.kind === "nomination" ? (input.nominator?.name ?? null) : null,
      nominatorEmail: input.kind === "nomination" ? (input.nominator?.email.trim().toLowerCase() ?? null) : null,
      locale,
      story: input.story,
      manageTokenHash,
      submittedAt: now,
      expiresAt: new Date(now.getTime() + CONFIRMATION_VALID_HOURS * HOUR),
    },
    select: { id: true },
  });

  const answers = answersToStore(category.questions, input.answers);
  if (answers.length) await tx.nominationAnswer.createMany({ data: answers.map((a) => ({ nominationId: nomination.id, questionId: a.questionId, value: a.value })) });

  const appearance = input.kind === "application" ? input.appearance : undefined;
  await tx.nomineeConsent.create({
    data: {
      nominationId: nomination.id,
      // An applicant agrees by applying; a nominee is asked through their own link once the nomination is confirmed.
      status: appearance ? "accepted" : "pending",
      decidedAt: appearance ? now : null,
      ...(appearance
        ? {
            displayName: appearance.displayName,
            chosenName: appearance.displayName === "chosen_name" ? appearance.chosenName : null,
            showPhoto: appearance.showPhoto,
            showDistrict: appearance.showDistrict,
          }
        : {}),
      guardianRequired: minor,
      guardianEmail: input.kind === "application" && minor ? (input.guardianEmail?.trim().toLowerCase() ?? null) : null,
    },
  });

  const uploads = [
    ...(input.photoUpload ? [{ token: input.photoUpload, questionId: null, path: "photoUpload" }] : []),
    ...fileUploadsOf(category.questions, input.answers).map((u) => ({ ...u, path: answerPath(u.questionId) })),
  ];
  // One at a time, so an expired upload is reported next to its own field.
  for (const { token, questionId, path } of uploads) {
    try {
      await claimUploads(tx, { nominationId: nomination.id, uploads: [{ token, questionId }], now });
    } catch (error) {
      if (isAppError(error) && error.code === "invalid_input") throw new SubmissionRefused([{ path, message: uploadIssue(error.message) }]);
      throw error;
    }
  }

  await appendAuditEvent(
    tx,
    {
      programmeId: programme.id,
      actorId: null,
      action: "nomination.submitted",
      entityType: "Nomination",
      entityId: nomination.id,
      // Kinds and counts only: the audit log cannot be erased.
      data: { kind: input.kind, nomineeKind: input.nomineeKind, categoryId: category.id, answers: answers.length, uploads: uploads.length, guardianRequired: minor },
    },
    now,
  );
  return nomination.id;
}

/** The private link in the confirmation email; helper page /submissions/[token] answers it. */
export function submissionUrl(token: string, env: Env = process.env): string {
  return `${authSettings(env).publicUrl}/submissions/${token}`;
}

/** "Please confirm your email address", in the submitter's language; the link is blanked from the stored copy once sent. */
export async function sendSubmissionConfirmation({
  to,
  token,
  locale,
  programmeName,
  categoryName,
  kind,
  env = process.env,
}: {
  to: string;
  token: string;
  locale: string;
  programmeName: string;
  categoryName: string;
  kind: "nomination" | "application";
  env?: Env;
}): Promise<SendEmailResult> {
  const url = submissionUrl(token, env);
  const { t, locale: mailLocale } = await mailTranslator(locale);
  const mail = submissionConfirmationEmail({ t, locale: mailLocale, url, programmeName, categoryName, kind, validHours: CONFIRMATION_VALID_HOURS });
  return sendEmail({ to, ...mail, kind: "submission_confirmation", redact: [url, token] }, { env });
}
