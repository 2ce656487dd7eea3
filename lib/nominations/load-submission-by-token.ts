import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { localDateString } from "@/lib/categories/local-date";
import { db } from "@/lib/db";
import { hashPrivateToken, isWellFormedToken, tokenMatches } from "@/lib/nominations/private-token";
import { isExpiredPending, submissionStage, type SubmissionStage } from "@/lib/nominations/private-link-rules";
import { EDITABLE_BY_SUBMITTER } from "@/lib/nominations/status-rules";
import { nominationWindow } from "@/lib/programmes/nomination-window";
import type { LocalizedText, QuestionOption } from "@/lib/validation/form-question";
import { ZDisplayName, ZNominationStatus, ZPhase, type NominationStatus } from "@/lib/validation/statuses";

/**
 * The nomination a manage link belongs to, or null for any link that does not
 * work: malformed, unknown, altered, or an unconfirmed submission whose time
 * ran out. Looked up by the token's hash, then compared in constant time.
 */
export async function findNominationByManageToken(client: Tx, token: unknown, now: Date) {
  if (!isWellFormedToken(token)) return null;
  const row = await client.nomination.findUnique({
    where: { manageTokenHash: hashPrivateToken(token) },
    select: { id: true, programmeId: true, categoryId: true, kind: true, status: true, expiresAt: true, manageTokenHash: true },
  });
  if (!row || !tokenMatches(token, row.manageTokenHash) || isExpiredPending(row, now)) return null;
  return row;
}

export interface SubmissionQuestion {
  id: string;
  type: string;
  label: LocalizedText;
  help: LocalizedText | null;
  options: QuestionOption[];
  required: boolean;
  maxLength: number | null;
  archived: boolean;
}

export interface SubmissionView {
  id: string;
  kind: "nomination" | "application";
  status: NominationStatus;
  stage: SubmissionStage;
  nomineeKind: "individual" | "group";
  programme: { name: string; edition: string; city: string; slug: string; timeZone: string; organiserName: string; organiserContact: string };
  /** hasAgeRule: the date of birth is needed (eligibility is checked with it). */
  category: { id: string; name: string; hasAgeRule: boolean };
  nominee: { name: string; email: string; district: string; birthDate: string };
  /** For a nomination the birth date is the nominee's own once they answered: not shown to the nominator. */
  birthDateFromNominee: boolean;
  group: { name: string; size: number | null; memberAges: number[] } | null;
  nominator: { name: string; email: string } | null;
  story: string;
  rejectionReason: string | null;
  /** Every question of the category (archived ones only when answered), in form order. */
  questions: SubmissionQuestion[];
  answers: Record<string, string | string[]>;
  photo: { id: string; width: number | null; height: number | null } | null;
  documents: { id: string; questionId: string | null; mimeType: string }[];
  /** Applicants' own choices of how they appear; null for nominations (the nominee's, not the nominator's). */
  appearance: { displayName: "full_name" | "first_name" | "chosen_name"; chosenName: string; showPhoto: boolean; showDistrict: boolean } | null;
  /** The parent's or guardian's address an applicant gave. */
  guardianEmail: string;
  /** The nominee has been emailed (the nomination was confirmed): their address can no longer be changed here. */
  nomineeAsked: boolean;
  expiresAt: Date | null;
  /** When nominations close (edits end then). */
  deadline: Date | null;
  canEdit: boolean;
  canWithdraw: boolean;
  canErase: boolean;
}

function answerValue(value: unknown): string | string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value == null || value === false) return "";
  // A ticked consent question is stored as true; the form's checkbox sends "yes".
  if (value === true) return "yes";
  return typeof value === "string" ? value : String(value);
}

/** Everything the submitter may see and change through their link; null for a link that does not work. Reads only. */
export async function loadSubmissionByToken({ token, now = new Date() }: { token: unknown; now?: Date }): Promise<SubmissionView | null> {
  const found = await findNominationByManageToken(db, token, now);
  if (!found) return null;
  const n = await db.nomination.findUniqueOrThrow({
    where: { id: found.id },
    include: {
      programme: { include: { phases: { where: { phase: "nominations_open" } } } },
      category: { include: { questions: { orderBy: { position: "asc" } } } },
      answers: true,
      consent: true,
      attachments: { select: { id: true, kind: true, questionId: true, mimeType: true, width: true, height: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const status = ZNominationStatus.parse(n.status);
  const kind = n.kind === "application" ? "application" : "nomination";
  const window = n.programme.phases[0];
  const phase = ZPhase.catch("archived").parse(n.programme.phase);
  const nominations = nominationWindow(phase, { opensAt: window?.startsAt ?? null, closesAt: window?.endsAt ?? null }, now);
  const editable = EDITABLE_BY_SUBMITTER.includes(status);
  const consent = n.consent;
  const answers = Object.fromEntries(n.answers.map((a) => [a.questionId, answerValue(a.value)]));
  const answered = new Set(Object.keys(answers));
  const photo = n.attachments.find((a) => a.kind === "photo" && a.questionId === null);
  const birthDateFromNominee = kind === "nomination" && consent?.status === "accepted";

  return {
    id: n.id,
    kind,
    status,
    stage: submissionStage({ kind, status, consent }),
    nomineeKind: n.nomineeKind === "group" ? "group" : "individual",
    programme: {
      name: n.programme.name,
      edition: n.programme.edition,
      city: n.programme.city,
      slug: n.programme.slug,
      timeZone: n.programme.timeZone,
      organiserName: n.programme.organiserName,
      organiserContact: n.programme.organiserContact,
    },
    category: { id: n.category.id, name: n.category.name, hasAgeRule: n.category.minAge !== null || n.category.maxAge !== null },
    nominee: {
      name: n.nomineeName,
      email: n.nomineeEmail ?? "",
      district: n.nomineeDistrict ?? "",
      birthDate: birthDateFromNominee || !n.nomineeBirthDate ? "" : localDateString(n.nomineeBirthDate, n.programme.timeZone),
    },
    birthDateFromNominee,
    group:
      n.nomineeKind === "group"
        ? { name: n.groupName ?? "", size: n.groupSize, memberAges: Array.isArray(n.groupMemberAges) ? n.groupMemberAges.map(Number).filter(Number.isFinite) : [] }
        : null,
    nominator: kind === "nomination" ? { name: n.nominatorName ?? "", email: n.nominatorEmail ?? "" } : null,
    story: n.story,
    rejectionReason: status === "rejected" ? n.rejectionReason : null,
    questions: n.category.questions
      .filter((q) => !q.archivedAt || answered.has(q.id))
      .map((q) => ({
        id: q.id,
        type: q.type,
        label: (q.label ?? {}) as LocalizedText,
        help: (q.help ?? null) as LocalizedText | null,
        options: Array.isArray(q.options) ? (q.options as unknown as QuestionOption[]) : [],
        required: q.required,
        maxLength: q.maxLength,
        archived: q.archivedAt !== null,
      })),
    answers,
    photo: photo ? { id: photo.id, width: photo.width, height: photo.height } : null,
    documents: n.attachments.filter((a) => a !== photo).map((a) => ({ id: a.id, questionId: a.questionId, mimeType: a.mimeType })),
    appearance:
      kind === "application" && consent
        ? {
            displayName: ZDisplayName.catch("first_name").parse(consent.displayName),
            chosenName: consent.chosenName ?? "",
            showPhoto: consent.showPhoto,
            showDistrict: consent.showDistrict,
          }
        : null,
    guardianEmail: kind === "application" ? (consent?.guardianEmail ?? "") : "",
    nomineeAsked: kind === "nomination" && (status !== "pending_confirmation" || Boolean(consent?.tokenHash)),
    expiresAt: status === "pending_confirmation" ? n.expiresAt : null,
    deadline: nominations.closesAt,
    canEdit: editable && nominations.state === "open",
    canWithdraw: editable,
    canErase: status !== "erased" && status !== "declined",
  };
}
