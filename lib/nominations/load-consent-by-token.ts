import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { isErasableByNominee, isOpenForConsent, programmeTitle, shownName } from "@/lib/nominations/private-link-rules";
import { hashPrivateToken, isWellFormedToken, tokenMatches } from "@/lib/nominations/private-token";
import { submissionWindow } from "@/lib/nominations/submission-window";
import { ZDisplayName } from "@/lib/validation/statuses";

/** The consent record a nominee's link belongs to (with its nomination's status), or null for a link that does not work. */
export async function findConsentByToken(client: Tx, token: unknown) {
  if (!isWellFormedToken(token)) return null;
  const row = await client.nomineeConsent.findUnique({
    where: { tokenHash: hashPrivateToken(token) },
    include: { nomination: { select: { id: true, status: true, kind: true, programmeId: true } } },
  });
  if (!row || !tokenMatches(token, row.tokenHash)) return null;
  return row;
}

/**
 * pending: the nominee has not answered; accepted / declined: their answer;
 * ended: a parent or guardian said no (details deleted); closed: the
 * nomination ended otherwise (not accepted, merged, withdrawn, …): nothing to
 * decide, but its details can still be deleted; erased: they were deleted on
 * request.
 */
export type ConsentState = "pending" | "accepted" | "declined" | "ended" | "closed" | "erased";

export interface ConsentView {
  state: ConsentState;
  programme: { title: string; city: string; slug: string; timeZone: string; organiserName: string; organiserContact: string; privacyNotice: string };
  category: { name: string; minAge: number | null; maxAge: number | null; ageReferenceDate: Date | null };
  nomineeKind: "individual" | "group";
  /** The nominee's own name and the nomination; empty once the details were deleted. */
  nomineeName: string;
  groupName: string;
  nominatorName: string;
  story: string;
  hasPhoto: boolean;
  appearance: { displayName: "full_name" | "first_name" | "chosen_name"; chosenName: string; showPhoto: boolean; showDistrict: boolean; shownName: string };
  guardianRequired: boolean;
  guardianConfirmed: boolean;
  /** A guardian must confirm but holds no link: the request was not sent (too many emails today). */
  guardianNotEmailed: boolean;
  /** Appearance choices can change until nominations close. */
  canChangeAppearance: boolean;
  /** A closed nomination still holds the nominee's data: they may have it deleted. */
  canErase: boolean;
  deadline: Date | null;
}

/** What the nominee's page shows; null for a link that does not work. Reads only. */
export async function loadConsentByToken({ token, now = new Date() }: { token: unknown; now?: Date }): Promise<ConsentView | null> {
  const found = await findConsentByToken(db, token);
  if (!found) return null;
  const c = await db.nomineeConsent.findUniqueOrThrow({
    where: { id: found.id },
    include: {
      nomination: {
        include: {
          programme: { include: { phases: { where: { phase: "nominations_open" } } } },
          category: true,
          attachments: { where: { kind: "photo", questionId: null }, select: { id: true } },
        },
      },
    },
  });
  const n = c.nomination;
  const state: ConsentState =
    n.status === "declined"
      ? c.status === "declined"
        ? "declined"
        : "ended"
      : n.status === "erased" || n.anonymisedAt || c.status === "declined"
        ? "erased"
        : !isOpenForConsent(n.status)
          ? "closed"
          : c.status === "accepted"
            ? "accepted"
            : "pending";
  const live = state === "pending" || state === "accepted";
  const window = submissionWindow(n.programme, now);
  const displayName = ZDisplayName.catch("first_name").parse(c.displayName);
  return {
    state,
    programme: {
      title: programmeTitle(n.programme),
      city: n.programme.city,
      slug: n.programme.slug,
      timeZone: n.programme.timeZone,
      organiserName: n.programme.organiserName,
      organiserContact: n.programme.organiserContact,
      privacyNotice: n.programme.privacyNotice,
    },
    category: { name: n.category.name, minAge: n.category.minAge, maxAge: n.category.maxAge, ageReferenceDate: n.category.ageReferenceDate },
    nomineeKind: n.nomineeKind === "group" ? "group" : "individual",
    nomineeName: live ? n.nomineeName : "",
    groupName: live ? (n.groupName ?? "") : "",
    nominatorName: live ? (n.nominatorName ?? "") : "",
    story: live ? n.story : "",
    hasPhoto: live && n.attachments.length > 0,
    appearance: {
      displayName,
      chosenName: c.chosenName ?? "",
      showPhoto: c.showPhoto,
      showDistrict: c.showDistrict,
      shownName: live ? shownName({ displayName, chosenName: c.chosenName }, n.nomineeName) : "",
    },
    guardianRequired: c.guardianRequired,
    guardianConfirmed: c.guardianConfirmedAt !== null,
    guardianNotEmailed: state === "accepted" && c.guardianRequired && c.guardianConfirmedAt === null && c.guardianTokenHash === null,
    canChangeAppearance: state === "accepted" && window.state === "open",
    canErase: state === "closed" && isErasableByNominee(n.status),
    deadline: window.closesAt,
  };
}
