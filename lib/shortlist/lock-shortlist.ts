import "server-only";
import { z } from "zod";
import { appendAuditEvent, type Tx } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { can } from "@/lib/permissions/can";
import { proposeShortlist } from "@/lib/scoring/propose-shortlist";
import { authorizeShortlist } from "@/lib/shortlist/authorize-shortlist";
import { LOCK_PHASES } from "@/lib/shortlist/jury-progress";
import { loadCategoryScoring } from "@/lib/shortlist/load-category-scoring";
import { notifyFinalists } from "@/lib/shortlist/notify-finalists";
import { scoresWithheld } from "@/lib/shortlist/own-scores-first";
import { defaultPublicProfile } from "@/lib/shortlist/public-profile";
import { invalidInput, ShortlistReasonsMissing } from "@/lib/shortlist/shortlist-errors";
import { ZLockShortlist, type ShortlistChange } from "@/lib/shortlist/shortlist-schemas";
import { diffSelection, orderFinalists, reasonsFor } from "@/lib/shortlist/shortlist-selection";

export interface LockShortlistInput {
  actor: SessionUser | null;
  categoryId: string;
  /** The programme in the URL, when there is one: the category must belong to it. */
  programmeId?: string;
  /** The chosen finalists (nomination ids). */
  finalistIds: string[];
  /** A reason for every nomination added to or taken off the proposed top N. */
  changes?: ShortlistChange[];
  now?: Date;
  env?: Record<string, string | undefined>;
}

/**
 * Locks a category's shortlist: checks the choice against the current ranking
 * (every departure from the proposed top N needs a reason), creates the
 * Finalist rows with a public profile drawn from what each nominee agreed to,
 * and records it all in the audit log, in one transaction. Then each finalist
 * is told by email in their language; a failed email does not undo the lock.
 */
export async function lockShortlist(input: LockShortlistInput): Promise<{ finalistIds: string[]; notified: number }> {
  if (!input.actor) authorize(input.actor, "shortlist.manage");
  const parsed = ZLockShortlist.safeParse({ categoryId: input.categoryId, finalistIds: input.finalistIds, changes: input.changes ?? [] });
  if (!parsed.success) {
    // Permission first: a refusal must not depend on what an outsider sent.
    if (ZLockShortlist.shape.categoryId.safeParse(input.categoryId).success) await authorizeShortlist(db, { actor: input.actor, categoryId: input.categoryId, programmeId: input.programmeId });
    throw invalidInput(parsed.error.issues);
  }
  const { categoryId, finalistIds, changes } = parsed.data;
  const now = input.now ?? new Date();

  const created = await db.$transaction(async (tx) => {
    const { me, category } = await authorizeShortlist(tx, { actor: input.actor, categoryId, programmeId: input.programmeId });
    if (category.shortlistLockedAt) throw new AppError("invalid_state", "alreadyLocked");
    if (!LOCK_PHASES.includes(category.programme.phase)) throw new AppError("invalid_state", "notInJuryReview");

    const scoring = await loadCategoryScoring({ categoryId, db: tx });
    const withheld = scoresWithheld(me, scoring, category.programme);
    if (withheld) throw new AppError("invalid_state", withheld.outstanding ? "ownScoresOutstanding" : "scoresHiddenUntilJuryEnds");
    const known = new Set(scoring.nominations.map((n) => n.id));
    if (finalistIds.some((id) => !known.has(id))) throw new AppError("invalid_input", "unknownNomination");

    const proposal = proposeShortlist(scoring.result.ranking, category.finalistCount);
    const diff = diffSelection(proposal.finalistIds, finalistIds);
    // A chair does not decide on a nomination they declared a conflict on: only an organiser may change it.
    if (!can(me, "jury.manage", { programmeId: category.programmeId, categoryId })) {
      const mine = new Set(scoring.conflicts.filter((c) => c.jurorId === me.id).map((c) => c.nominationId));
      if ([...diff.added, ...diff.removed].some((id) => mine.has(id))) throw new AppError("forbidden", "conflictedNomination");
    }
    const { reasons, missing } = reasonsFor(diff, changes);
    if (missing.length) throw new ShortlistReasonsMissing(missing);

    // Conditional on "not locked": of two chairs locking at once, only one succeeds.
    const moved = await tx.category.updateMany({ where: { id: categoryId, shortlistLockedAt: null }, data: { shortlistLockedAt: now } });
    if (moved.count !== 1) throw new AppError("invalid_state", "alreadyLocked");

    const ordered = orderFinalists(finalistIds, scoring.result.ranking);
    const notifiedBefore = await earlierNotifications(tx, categoryId);
    const added = new Set(diff.added);
    const ids: string[] = [];
    for (const [position, nominationId] of ordered.entries()) {
      const profile = defaultPublicProfile(await nomineeFacts(tx, nominationId));
      const row = await tx.finalist.create({
        data: {
          categoryId,
          nominationId,
          position,
          changeReason: added.has(nominationId) ? (reasons.get(nominationId) ?? null) : null,
          ...profile,
          notifiedAt: notifiedBefore.get(nominationId) ?? null,
        },
        select: { id: true },
      });
      ids.push(row.id);
    }

    await appendAuditEvent(
      tx,
      {
        programmeId: category.programmeId,
        actorId: me.id,
        action: "shortlist.locked",
        entityType: "Category",
        entityId: categoryId,
        // Ids and the process's reasons only: names stay on the erasable rows.
        data: {
          finalists: ordered,
          proposed: proposal.finalistIds,
          boundaryTie: proposal.boundaryTie ? { rank: proposal.boundaryTie.rank, nominationIds: proposal.boundaryTie.nominationIds } : null,
          added: diff.added.map((nominationId) => ({ nominationId, reason: reasons.get(nominationId)! })),
          removed: diff.removed.map((nominationId) => ({ nominationId, reason: reasons.get(nominationId)! })),
        },
      },
      now,
    );
    return ids;
  });

  const notified = await notifyFinalists({ finalistIds: created, now, env: input.env });
  return { finalistIds: created, notified };
}

async function nomineeFacts(tx: Tx, nominationId: string) {
  const n = await tx.nomination.findUniqueOrThrow({
    where: { id: nominationId },
    select: {
      nomineeKind: true,
      nomineeName: true,
      groupName: true,
      nomineeDistrict: true,
      consent: { select: { status: true, displayName: true, chosenName: true, showPhoto: true, showDistrict: true } },
      attachments: { where: { kind: "photo", questionId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1, select: { id: true } },
    },
  });
  return { ...n, photoId: n.attachments[0]?.id ?? null };
}

const ZUnlockData = z.object({ notified: z.array(z.object({ nominationId: z.string(), at: z.iso.datetime() })) });

/**
 * Who was already told they are a finalist, before the shortlist was last
 * unlocked: they are not emailed again when they are on it once more.
 */
async function earlierNotifications(tx: Tx, categoryId: string): Promise<Map<string, Date>> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType: "Category", entityId: categoryId, action: "shortlist.unlocked" },
    orderBy: { seq: "desc" },
    select: { data: true },
  });
  const parsed = ZUnlockData.safeParse(last?.data);
  if (!parsed.success) return new Map();
  return new Map(parsed.data.notified.map((n) => [n.nominationId, new Date(n.at)]));
}
