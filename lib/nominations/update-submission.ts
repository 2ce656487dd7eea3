import "server-only";
import type { z } from "zod";
import { isDisposableEmail } from "@/lib/abuse/disposable-email";
import { appendAuditEvent, type Tx } from "@/lib/audit/append-audit-event";
import { claimUploads } from "@/lib/attachments/claim-uploads";
import { deleteAttachment } from "@/lib/attachments/delete-attachment";
import { categoryEligibilityRule } from "@/lib/categories/category-eligibility-rule";
import { instantForLocalDate, localDateString } from "@/lib/categories/local-date";
import { db } from "@/lib/db";
import { localDateIn } from "@/lib/eligibility/age";
import { AppError, isAppError } from "@/lib/errors";
import { answerPath, answersToStore, fileUploadsOf, validateAnswers, type AnswerInput, type AnswerQuestion } from "@/lib/nominations/answers";
import { checkSubmission, needsGuardian } from "@/lib/nominations/check-submission";
import { findNominationByManageToken } from "@/lib/nominations/load-submission-by-token";
import { changeNominationStatus } from "@/lib/nominations/change-status";
import { sendGuardianRequest } from "@/lib/nominations/send-guardian-request";
import { EDITABLE_BY_SUBMITTER } from "@/lib/nominations/status-rules";
import { SubmissionRefused, uploadIssue } from "@/lib/nominations/submit-nomination";
import { updateLiveNomination } from "@/lib/nominations/update-live-nomination";
import { submissionWindow } from "@/lib/nominations/submission-window";
import { ZSubmissionEdit, type SubmissionEdit } from "@/lib/nominations/update-submission-input";
import { Prisma } from "@/lib/generated/sqlite/client";
import { ZDisplayName } from "@/lib/validation/statuses";
import type { SubmissionInput, SubmissionIssue } from "@/lib/validation/submission";

type Env = Record<string, string | undefined>;

export type UpdateSubmissionResult =
  /**
   * backToReview: the organisers had accepted it and its content changed, so
   * it is back in their queue. guardianNotEmailed: a guardian had to be asked
   * but too many emails went to them today; saving again later asks them.
   */
  | { ok: true; changed: string[]; backToReview: boolean; guardianNotEmailed: boolean }
  /** `kind` words the messages ("your date of birth" for an applicant, "their" for a nominator). */
  | { ok: false; issues: SubmissionIssue[]; kind: "nomination" | "application" };

/**
 * The submitter edits their submission through the private link, until
 * nominations close. Everything is checked again on the server with the
 * category's rules, eligibility and the organiser's questions; refused input
 * changes nothing. What cannot change: category and kind, the confirmed
 * address, a nominee's address once they were asked, and a nominee's birth
 * date, name and district once they accepted (they are the nominee's own). A
 * change of content after the organisers accepted it sends it back to them.
 * The audit row names changed fields only.
 */
export async function updateSubmission({ token, input, now = new Date(), env = process.env }: { token: unknown; input: unknown; now?: Date; env?: Env }): Promise<UpdateSubmissionResult> {
  let outcome: EditOutcome;
  const seen: { kind: "nomination" | "application" } = { kind: "nomination" };
  try {
    outcome = await db.$transaction((tx) => applyEdit(tx, { token, input, now, env, seen }));
  } catch (error) {
    if (error instanceof SubmissionRefused) return { ok: false, issues: error.issues, kind: seen.kind };
    throw error;
  }
  // After the commit: files cannot be rolled back. A file that fails to go is detached already; retention removes it.
  for (const attachmentId of outcome.removedAttachments) {
    await deleteAttachment({ attachmentId }).catch((error) => console.error(`[nominations] deleting replaced attachment ${attachmentId} failed:`, error));
  }
  const guardianMail = outcome.askGuardian ? await sendGuardianRequest({ nominationId: outcome.nominationId, now, env }) : null;
  return { ok: true, changed: outcome.changed, backToReview: outcome.backToReview, guardianNotEmailed: guardianMail === "rate_limited" };
}

interface EditOutcome {
  nominationId: string;
  changed: string[];
  removedAttachments: string[];
  askGuardian: boolean;
  backToReview: boolean;
}

/** What the organisers judged when they accepted it: a change to any of these needs their look again. */
const CONTENT_FIELDS = new Set(["nomineeName", "groupName", "groupSize", "groupMemberAges", "nomineeDistrict", "story", "photo"]);
const isContent = (field: string) => CONTENT_FIELDS.has(field) || field.startsWith("answers.");

const APPEARANCE_FIELDS = ["displayName", "chosenName", "showPhoto", "showDistrict"] as const;

/** The nominee's own name, district and group name once they accepted: whatever the form sends, the stored ones count. */
function withStoredNominee(input: unknown, stored: { name: string; district: string; groupName: string | null }): unknown {
  if (!input || typeof input !== "object") return input;
  const raw = input as Record<string, unknown>;
  const nominee = raw.nominee && typeof raw.nominee === "object" ? raw.nominee : {};
  const group = raw.group && typeof raw.group === "object" && stored.groupName !== null ? { group: { ...raw.group, name: stored.groupName } } : {};
  return { ...raw, nominee: { ...nominee, name: stored.name, district: stored.district }, ...group };
}

function zodIssues(error: z.ZodError): SubmissionIssue[] {
  return error.issues.map((i) => ({ path: i.path.filter((p) => typeof p !== "number").map(String).join("."), message: i.message }));
}

function firstPerPath(issues: SubmissionIssue[]): SubmissionIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path) && seen.add(i.path));
}

/** Answers in the shape each question takes: a list for multiple choice, one string otherwise. */
function normaliseAnswers(questions: readonly AnswerQuestion[], answers: AnswerInput): AnswerInput {
  const out: AnswerInput = {};
  for (const q of questions) {
    const v: unknown = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    if (v === undefined) continue;
    // Only text counts: anything else a hand-made request sends becomes an empty answer.
    const texts = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
    out[q.id] = q.type === "multi_choice" ? texts.filter((x) => x !== "") : (texts[0] ?? "");
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

async function loadForEdit(tx: Tx, id: string) {
  return tx.nomination.findUniqueOrThrow({
    where: { id },
    include: {
      programme: { select: { timeZone: true, phase: true, phases: { where: { phase: "nominations_open" }, select: { phase: true, startsAt: true, endsAt: true } } } },
      category: {
        select: {
          nomineeKind: true,
          minAge: true,
          maxAge: true,
          ageReferenceDate: true,
          questions: {
            where: { archivedAt: null },
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: { id: true, type: true, required: true, maxLength: true, options: true, archivedAt: true },
          },
        },
      },
      consent: true,
      answers: { select: { questionId: true, value: true } },
      attachments: { select: { id: true, kind: true, questionId: true } },
    },
  });
}

interface EditContext {
  token: unknown;
  input: unknown;
  now: Date;
  env: Env;
  /** Tells the caller which kind it was, to word refusals. */
  seen: { kind: "nomination" | "application" };
}

async function applyEdit(tx: Tx, { token, input: sent, now, env, seen }: EditContext): Promise<EditOutcome> {
  let input = sent;
  const found = await findNominationByManageToken(tx, token, now);
  if (!found) throw new AppError("not_found", "privateLinkInvalid");
  seen.kind = found.kind === "application" ? "application" : "nomination";
  const n = await loadForEdit(tx, found.id);
  if (!EDITABLE_BY_SUBMITTER.some((s) => s === n.status) || submissionWindow(n.programme, now).state !== "open") {
    throw new AppError("invalid_state", "editClosed");
  }

  const kind = n.kind === "application" ? "application" : "nomination";
  const nomineeKind = n.nomineeKind === "group" ? "group" : "individual";
  const tz = n.programme.timeZone;
  const today = localDateIn(now, tz);
  const emailLocked = kind === "application" || n.status !== "pending_confirmation";
  // Once the nominee accepted, who they are is theirs: birth date, name and district are no longer the nominator's to change.
  const nomineeLocked = kind === "nomination" && n.consent?.status === "accepted";
  const birthDateLocked = nomineeLocked;
  const storedBirthDate = n.nomineeBirthDate ? localDateString(n.nomineeBirthDate, tz) : "";
  // A file question already answered keeps its file unless a new one is sent.
  const withFile = new Set(n.attachments.map((a) => a.questionId).filter(Boolean));
  const questions = n.category.questions.map((q) => (q.type === "file" && withFile.has(q.id) ? { ...q, required: false } : q));
  if (nomineeLocked) input = withStoredNominee(input, { name: n.nomineeName, district: n.nomineeDistrict ?? "", groupName: n.groupName });
  const parsed = ZSubmissionEdit.safeParse(input);
  if (!parsed.success) {
    // The answers are checked too, so one round names every mistake.
    const raw = (input as { answers?: unknown } | null)?.answers;
    const answerIssues = raw && typeof raw === "object" ? validateAnswers(questions, normaliseAnswers(questions, raw as AnswerInput)) : [];
    throw new SubmissionRefused(firstPerPath([...zodIssues(parsed.error), ...answerIssues]));
  }
  const edit: SubmissionEdit = parsed.data;
  const answers = normaliseAnswers(questions, edit.answers);
  const consent = n.consent;
  const storedAppearance = consent
    ? { displayName: ZDisplayName.catch("first_name").parse(consent.displayName), chosenName: consent.chosenName ?? "", showPhoto: consent.showPhoto, showDistrict: consent.showDistrict }
    : undefined;

  const full: SubmissionInput = {
    categoryId: n.categoryId,
    kind,
    nomineeKind,
    nominee: {
      name: edit.nominee.name,
      email: emailLocked ? (n.nomineeEmail ?? undefined) : edit.nominee.email,
      birthDate: nomineeKind === "group" ? "" : birthDateLocked ? storedBirthDate : edit.nominee.birthDate,
      district: edit.nominee.district,
    },
    group: nomineeKind === "group" ? edit.group : undefined,
    nominator: kind === "nomination" ? { name: edit.nominatorName ?? n.nominatorName ?? "", email: n.nominatorEmail ?? "" } : undefined,
    story: edit.story,
    answers,
    appearance: kind === "application" ? (edit.appearance ?? storedAppearance) : undefined,
    guardianEmail: kind === "application" ? edit.guardianEmail : undefined,
    photoUpload: edit.photoUpload,
    privacyAccepted: true,
    website: "",
    startedAt: 0,
  };
  const rules = { submissionMode: "both" as const, eligibility: categoryEligibilityRule(n.category, tz, n.submittedAt ?? n.createdAt) };
  const issues = checkSubmission({ input: full, rules, questions, today }).filter((i) => i.path !== "kind");
  for (const [path, address, editable] of [
    ["nominee.email", full.nominee.email, !emailLocked],
    ["guardianEmail", full.guardianEmail, kind === "application"],
  ] as const) {
    if (editable && address && isDisposableEmail(address, env)) issues.push({ path, message: "disposableEmail" });
  }
  if (issues.length) throw new SubmissionRefused(firstPerPath(issues));

  const changed: string[] = [];
  const columns = {
    nomineeName: full.nominee.name,
    nomineeEmail: emailLocked ? n.nomineeEmail : (full.nominee.email?.trim() ?? null),
    nomineeBirthDate:
      nomineeKind === "individual" && !birthDateLocked ? (full.nominee.birthDate ? instantForLocalDate(full.nominee.birthDate, tz) : null) : n.nomineeBirthDate,
    nomineeDistrict: full.nominee.district || null,
    groupName: full.group ? full.group.name : n.groupName,
    groupSize: full.group ? full.group.size : n.groupSize,
    groupMemberAges: full.group ? (full.group.memberAges.length ? full.group.memberAges : null) : n.groupMemberAges,
    nominatorName: kind === "nomination" ? (full.nominator?.name ?? null) : n.nominatorName,
    story: full.story,
  };
  for (const [field, value] of Object.entries(columns)) {
    if (!same(value, n[field as keyof typeof columns])) changed.push(field);
  }
  const { groupMemberAges, ...plain } = columns;
  // Conditional on the status read above, before answers and files: an erasure committed meanwhile is never undone.
  await updateLiveNomination(tx, {
    nominationId: n.id,
    seenStatus: n.status,
    data: { ...plain, groupMemberAges: groupMemberAges === null ? Prisma.DbNull : (groupMemberAges as Prisma.InputJsonValue) },
  });

  changed.push(...(await saveAnswers(tx, n.id, questions, answers, n.answers)));
  const removedAttachments: string[] = [];
  const uploads = [
    ...(full.photoUpload ? [{ token: full.photoUpload, questionId: null as string | null, path: "photoUpload", field: "photo" }] : []),
    ...fileUploadsOf(questions, answers).map((u) => ({ ...u, path: answerPath(u.questionId), field: answerPath(u.questionId) })),
  ];
  for (const upload of uploads) {
    try {
      await claimUploads(tx, { nominationId: n.id, uploads: [{ token: upload.token, questionId: upload.questionId }] });
    } catch (error) {
      if (isAppError(error) && error.code === "invalid_input") throw new SubmissionRefused([{ path: upload.path, message: uploadIssue(error.message) }]);
      throw error;
    }
    removedAttachments.push(...n.attachments.filter((a) => a.questionId === upload.questionId && (upload.questionId || a.kind === "photo")).map((a) => a.id));
    changed.push(upload.field);
  }
  if (!full.photoUpload && edit.removePhoto) {
    const photos = n.attachments.filter((a) => a.kind === "photo" && a.questionId === null).map((a) => a.id);
    if (photos.length) {
      removedAttachments.push(...photos);
      changed.push("photo");
    }
  }
  // Detached in this transaction, so the submission never shows a file it let go of.
  if (removedAttachments.length) await tx.attachment.updateMany({ where: { id: { in: removedAttachments } }, data: { nominationId: null } });

  let askGuardian = false;
  if (kind === "application" && consent && full.appearance) {
    const a = full.appearance;
    const minor = needsGuardian(full, today);
    const guardianEmail = minor ? (full.guardianEmail?.trim().toLowerCase() ?? null) : null;
    const next = {
      displayName: a.displayName,
      chosenName: a.displayName === "chosen_name" ? a.chosenName : null,
      showPhoto: a.showPhoto,
      showDistrict: a.showDistrict,
      guardianRequired: minor,
      guardianEmail,
    };
    const renamed: Record<string, string> = { displayName: "appearance.displayName", chosenName: "appearance.chosenName", showPhoto: "appearance.showPhoto", showDistrict: "appearance.showDistrict" };
    for (const [field, value] of Object.entries(next)) {
      if (!same(value, consent[field as keyof typeof next])) changed.push(renamed[field] ?? field);
    }
    // A new guardian address needs that person's own confirmation; a guardian who
    // confirmed agreed to how the young person appeared, so a change asks them again
    // (as the nominee's own updateAppearance does).
    const newGuardian = minor && (guardianEmail !== consent.guardianEmail || !consent.guardianRequired);
    const appearanceChanged = APPEARANCE_FIELDS.some((field) => !same(next[field], consent[field]));
    const askAgain = newGuardian || (minor && appearanceChanged);
    await tx.nomineeConsent.update({
      where: { id: consent.id },
      data: { ...next, ...(askAgain ? { guardianConfirmedAt: null, guardianTokenHash: null } : {}) },
    });
    // A guardian who holds no link (their last request was not sent: too many emails) is asked on the next save.
    const unasked = minor && !consent.guardianConfirmedAt && !consent.guardianTokenHash;
    askGuardian = (askAgain || unasked) && n.status !== "pending_confirmation";
  }

  // Accepted, then changed: the organisers look at it again before the jury does.
  const content = [...new Set(changed.filter(isContent))];
  const backToReview = n.status === "eligible" && content.length > 0;
  if (backToReview) {
    await changeNominationStatus(tx, { nominationId: n.id, to: "submitted", from: ["eligible"], actorId: null, action: "nomination.edited_after_acceptance", data: { fields: content }, now });
  }

  if (changed.length) {
    await appendAuditEvent(
      tx,
      { programmeId: n.programmeId, actorId: null, action: "nomination.edited", entityType: "Nomination", entityId: n.id, data: { by: "submitter", fields: [...new Set(changed)] } },
      now,
    );
  }
  return { nominationId: n.id, changed: [...new Set(changed)], removedAttachments, askGuardian, backToReview };
}

/** Stores the current questions' answers; returns the changed ones as "answers.<questionId>". */
async function saveAnswers(
  tx: Tx,
  nominationId: string,
  questions: readonly AnswerQuestion[],
  answers: AnswerInput,
  stored: { questionId: string; value: unknown }[],
): Promise<string[]> {
  const next = new Map(answersToStore(questions, answers).map((a) => [a.questionId, a.value]));
  const before = new Map(stored.map((a) => [a.questionId, a.value]));
  const changed: string[] = [];
  for (const q of questions) {
    if (q.type === "file") continue;
    const value = next.get(q.id);
    if (same(value, before.get(q.id))) continue;
    changed.push(answerPath(q.id));
    if (value === undefined) await tx.nominationAnswer.deleteMany({ where: { nominationId, questionId: q.id } });
    else await tx.nominationAnswer.upsert({ where: { nominationId_questionId: { nominationId, questionId: q.id } }, create: { nominationId, questionId: q.id, value }, update: { value } });
  }
  return changed;
}
