import "server-only";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { changeNominationStatus } from "@/lib/nominations/change-status";
import { findNominationByManageToken } from "@/lib/nominations/load-submission-by-token";
import { sendConsentRequest } from "@/lib/nominations/send-consent-request";
import { sendGuardianRequest } from "@/lib/nominations/send-guardian-request";

type Env = Record<string, string | undefined>;

export interface ConfirmedSubmission {
  nominationId: string;
  /** false when it had been confirmed before (a second click, or two at once). */
  confirmedNow: boolean;
}

/**
 * The submitter pressed "Confirm" behind the link in their email (double
 * opt-in): the submission counts from now on. Then, after the commit, the
 * nominee is asked (a nomination) or the guardian of an applicant under 18
 * (an application). A dead or expired link is not_found; confirming twice is
 * fine and sends nothing the second time.
 */
export async function confirmSubmission({ token, now = new Date(), env = process.env }: { token: unknown; now?: Date; env?: Env }): Promise<ConfirmedSubmission> {
  let outcome: { nominationId: string; kind: string; confirmedNow: boolean };
  try {
    outcome = await db.$transaction(async (tx) => {
      const row = await findNominationByManageToken(tx, token, now);
      if (!row) throw new AppError("not_found", "privateLinkInvalid");
      if (row.status !== "pending_confirmation") return { nominationId: row.id, kind: row.kind, confirmedNow: false };
      await changeNominationStatus(tx, {
        nominationId: row.id,
        to: "submitted",
        from: ["pending_confirmation"],
        actorId: null,
        action: "nomination.confirmed",
        patch: { confirmedAt: now, expiresAt: null },
        now,
      });
      return { nominationId: row.id, kind: row.kind, confirmedNow: true };
    });
  } catch (error) {
    // Two clicks at once: the other request confirmed it.
    if (!isAppError(error) || error.code !== "conflict") throw error;
    const row = await findNominationByManageToken(db, token, now);
    if (!row) throw new AppError("not_found", "privateLinkInvalid");
    return { nominationId: row.id, confirmedNow: false };
  }

  if (outcome.confirmedNow) {
    // The confirmation stands even if an email fails; the failure is in the outbox and the log.
    try {
      if (outcome.kind === "nomination") await sendConsentRequest({ nominationId: outcome.nominationId, now, env });
      else await sendGuardianRequest({ nominationId: outcome.nominationId, now, env });
    } catch (error) {
      console.error(`[nominations] asking for consent after confirming ${outcome.nominationId} failed:`, error);
    }
  }
  return { nominationId: outcome.nominationId, confirmedNow: outcome.confirmedNow };
}
