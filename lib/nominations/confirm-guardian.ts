import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findConsentByGuardianToken } from "@/lib/nominations/load-guardian-by-token";
import { isErasableByNominee, isOpenForConsent } from "@/lib/nominations/private-link-rules";
import { endNominationRefused, finishRefusal } from "@/lib/nominations/record-consent-decline";

type Env = Record<string, string | undefined>;

/** A link whose nomination is still waiting for this guardian; anything else is not_found / invalid_state. */
async function openGuardianConsent(tx: Parameters<typeof findConsentByGuardianToken>[0], token: unknown) {
  const consent = await findConsentByGuardianToken(tx, token);
  if (!consent) throw new AppError("not_found", "privateLinkInvalid");
  return consent;
}

/**
 * The parent or guardian confirms what the young person agreed to; from now on
 * the nomination can reach the jury (once moderated as eligible). Confirming
 * twice is fine.
 */
export async function confirmGuardian({ token, now = new Date() }: { token: unknown; now?: Date }): Promise<{ confirmedNow: boolean }> {
  return db.$transaction(async (tx) => {
    const consent = await openGuardianConsent(tx, token);
    if (consent.guardianConfirmedAt) return { confirmedNow: false };
    if (consent.status !== "accepted" || !consent.guardianRequired || !isOpenForConsent(consent.nomination.status)) {
      throw new AppError("invalid_state", "guardianClosed");
    }
    const { count } = await tx.nomineeConsent.updateMany({ where: { id: consent.id, guardianConfirmedAt: null }, data: { guardianConfirmedAt: now } });
    if (count === 0) return { confirmedNow: false };
    await appendAuditEvent(
      tx,
      { programmeId: consent.nomination.programmeId, actorId: null, action: "consent.guardian_confirmed", entityType: "Nomination", entityId: consent.nominationId },
      now,
    );
    return { confirmedNow: true };
  });
}

/**
 * The parent or guardian says no: the same as the young person declining. The
 * nomination is declined, its personal data deleted at once, and the
 * nominator (or the applicant) told without a reason. Once the nomination
 * ended otherwise (withdrawn, not accepted, …) they can still have its data
 * deleted. Refusing twice is fine.
 */
export async function refuseGuardian({ token, now = new Date(), env = process.env }: { token: unknown; now?: Date; env?: Env }): Promise<{ refusedNow: boolean }> {
  const ended = await db.$transaction(async (tx) => {
    const consent = await openGuardianConsent(tx, token);
    const status = consent.nomination.status;
    if (status === "declined" || status === "erased") return null;
    if (!isErasableByNominee(status) || (isOpenForConsent(status) && consent.status !== "accepted")) throw new AppError("invalid_state", "guardianClosed");
    return endNominationRefused(tx, { nominationId: consent.nominationId, by: "guardian", now });
  });
  if (!ended) return { refusedNow: false };
  await finishRefusal(ended, env);
  return { refusedNow: true };
}
