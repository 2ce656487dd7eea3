import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db as defaultDb, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canViewAttachment } from "@/lib/attachments/can-view-attachment";
import { fileStorage, type FileStorage } from "@/lib/attachments/file-storage";
import { isExpiredPending } from "@/lib/nominations/private-link-rules";
import { hashPrivateToken, isWellFormedToken, tokenMatches } from "@/lib/nominations/private-token";

export interface AttachmentFile {
  id: string;
  kind: "photo" | "document";
  mimeType: string;
  bytes: Buffer;
}

// Anything that may not be shown is "not found", never "forbidden": the
// answer must not tell a prober which attachment ids exist.
const notFound = () => new AppError("not_found", "No such file.");

const GATE = {
  id: true,
  programmeId: true,
  categoryId: true,
  status: true,
  consent: { select: { status: true, guardianRequired: true, guardianConfirmedAt: true } },
} as const;

async function readFile(storage: FileStorage, row: { id: string; kind: string; mimeType: string; storageKey: string }): Promise<AttachmentFile> {
  const bytes = await storage.get(row.storageKey);
  if (!bytes) throw notFound();
  return { id: row.id, kind: row.kind === "document" ? "document" : "photo", mimeType: row.mimeType, bytes };
}

/**
 * A staff member opens a file attached to a nomination. Signed out:
 * unauthenticated. Not allowed, pending (unclaimed) or unknown: not_found.
 */
export async function loadAttachmentForActor({
  actor,
  attachmentId,
  db = defaultDb,
  storage = fileStorage(),
}: {
  actor: SessionUser | null;
  attachmentId: string;
  db?: Db;
  storage?: FileStorage;
}): Promise<AttachmentFile> {
  if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
  const row = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: {
      id: true,
      kind: true,
      mimeType: true,
      storageKey: true,
      questionId: true,
      nomination: { select: { ...GATE, programme: { select: { juryBlind: true } }, duplicateOf: { select: GATE } } },
    },
  });
  if (!row?.nomination) throw notFound();
  const conflicts = await db.conflictDeclaration.count({
    where: { jurorId: actor.id, nominationId: { in: [row.nomination.id, ...(row.nomination.duplicateOf ? [row.nomination.duplicateOf.id] : [])] } },
  });
  const question = row.questionId
    ? await db.formQuestion.findUnique({ where: { id: row.questionId }, select: { visibility: true } })
    : null;
  const { duplicateOf, programme, ...nomination } = row.nomination;
  const allowed = canViewAttachment(actor, {
    nomination,
    mergedInto: duplicateOf,
    questionVisibility: row.questionId ? (question?.visibility ?? "missing") : null,
    actorConflicted: conflicts > 0,
    blindPhoto: programme.juryBlind && row.questionId === null,
  });
  if (!allowed) throw notFound();
  return readFile(storage, row);
}

/**
 * The submitter opens a file of their own submission through the private
 * link in their confirmation email. Anything wrong (altered token, another
 * nomination's file, an erased submission, an unconfirmed one whose link ran
 * out, as the link's pages treat it): not_found.
 */
export async function loadAttachmentForSubmitter({
  token,
  attachmentId,
  db = defaultDb,
  storage = fileStorage(),
  now = new Date(),
}: {
  token: string;
  attachmentId: string;
  db?: Db;
  storage?: FileStorage;
  now?: Date;
}): Promise<AttachmentFile> {
  if (!isWellFormedToken(token)) throw notFound();
  const nomination = await db.nomination.findUnique({
    where: { manageTokenHash: hashPrivateToken(token) },
    select: { id: true, manageTokenHash: true, anonymisedAt: true, status: true, expiresAt: true },
  });
  if (!nomination || !tokenMatches(token, nomination.manageTokenHash) || nomination.anonymisedAt || isExpiredPending(nomination, now)) throw notFound();
  const row = await db.attachment.findFirst({
    where: { id: attachmentId, nominationId: nomination.id },
    select: { id: true, kind: true, mimeType: true, storageKey: true },
  });
  if (!row) throw notFound();
  return readFile(storage, row);
}
