import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { isErasableByNominee, isOpenForConsent, programmeTitle, shownName } from "@/lib/nominations/private-link-rules";
import { hashPrivateToken, isWellFormedToken, tokenMatches } from "@/lib/nominations/private-token";

/** The consent record a guardian's link belongs to, or null for a link that does not work. */
export async function findConsentByGuardianToken(client: Tx, token: unknown) {
  if (!isWellFormedToken(token)) return null;
  const row = await client.nomineeConsent.findUnique({
    where: { guardianTokenHash: hashPrivateToken(token) },
    include: { nomination: { select: { id: true, status: true, kind: true, programmeId: true } } },
  });
  if (!row || !tokenMatches(token, row.guardianTokenHash)) return null;
  return row;
}

/**
 * pending: waiting for the guardian; confirmed: they confirmed; ended: the
 * nomination ended with a "no" (theirs or the young person's) or its details
 * were deleted on request; closed: it ended otherwise, nothing to decide (but
 * its details can still be deleted).
 */
export type GuardianState = "pending" | "confirmed" | "ended" | "closed";

export interface GuardianView {
  state: GuardianState;
  kind: "nomination" | "application";
  programme: { title: string; city: string; slug: string; organiserName: string; organiserContact: string; privacyNotice: string };
  categoryName: string;
  /** Empty once the details were deleted. */
  nomineeName: string;
  shown: { name: string; photo: boolean; district: boolean };
  /** A closed nomination still holds the young person's data: the guardian may have it deleted. */
  canErase: boolean;
}

/** What the guardian's page shows; null for a link that does not work. Reads only. */
export async function loadGuardianByToken({ token }: { token: unknown }): Promise<GuardianView | null> {
  const found = await findConsentByGuardianToken(db, token);
  if (!found) return null;
  const n = await db.nomination.findUniqueOrThrow({
    where: { id: found.nominationId },
    select: { status: true, kind: true, nomineeName: true, anonymisedAt: true, programme: true, category: { select: { name: true } } },
  });
  const state: GuardianState =
    n.status === "declined" || n.status === "erased" || n.anonymisedAt || found.status === "declined"
      ? "ended"
      : !isOpenForConsent(n.status) || found.status !== "accepted"
        ? "closed"
        : found.guardianConfirmedAt
          ? "confirmed"
          : "pending";
  const live = state === "pending" || state === "confirmed";
  return {
    state,
    kind: n.kind === "application" ? "application" : "nomination",
    programme: {
      title: programmeTitle(n.programme),
      city: n.programme.city,
      slug: n.programme.slug,
      organiserName: n.programme.organiserName,
      organiserContact: n.programme.organiserContact,
      privacyNotice: n.programme.privacyNotice,
    },
    categoryName: n.category.name,
    nomineeName: live ? n.nomineeName : "",
    shown: { name: live ? shownName(found, n.nomineeName) : "", photo: found.showPhoto, district: found.showDistrict },
    canErase: state === "closed" && isErasableByNominee(n.status),
  };
}
