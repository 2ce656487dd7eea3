import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Emails that ask someone to decide (a nominee's consent request, a
 * guardian's confirmation request) go to addresses the submitter typed, so
 * Laurel must not become a way to flood someone's inbox: at most this many a
 * day to one address (whatever the nomination), and this many a day for one
 * nomination (whatever the address, so changing it does not help).
 */
export const REQUEST_MAIL_LIMITS = {
  perAddress: { limit: 5, windowMs: DAY },
  perNomination: { limit: 5, windowMs: DAY },
} as const;

export type RequestMailKind = "consent" | "guardian";

/**
 * Counts one request email and says whether it may go. When it may not, the
 * skip is recorded for the organisers (reason only: the audit log cannot be
 * erased), and the caller sends nothing and keeps the current link.
 */
export async function requestMailAllowed({
  kind,
  to,
  nominationId,
  programmeId,
  now,
}: {
  kind: RequestMailKind;
  to: string;
  nominationId: string;
  programmeId: string;
  now: Date;
}): Promise<boolean> {
  const perNomination = await hitRateLimit({ key: `${kind}-mail:nomination:${nominationId}`, ...REQUEST_MAIL_LIMITS.perNomination, now });
  const allowed = perNomination.allowed && (await hitRateLimit({ key: `${kind}-mail:${to.trim().toLowerCase()}`, ...REQUEST_MAIL_LIMITS.perAddress, now })).allowed;
  if (!allowed) {
    const action = kind === "consent" ? "consent.request_skipped" : "consent.guardian_request_skipped";
    await db.$transaction((tx) =>
      appendAuditEvent(tx, { programmeId, actorId: null, action, entityType: "Nomination", entityId: nominationId, data: { reason: "rate_limited" } }, now),
    );
  }
  return allowed;
}
