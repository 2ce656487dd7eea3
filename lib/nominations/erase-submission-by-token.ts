import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { eraseNomination } from "@/lib/nominations/erase-nomination";
import { findNominationByManageToken } from "@/lib/nominations/load-submission-by-token";

/**
 * "Delete my data" behind the submitter's link: erasure on request. Removes
 * the nomination's personal data and files (lib/nominations/erase-nomination.ts),
 * which also ends the link itself. A link that no longer works is not_found.
 */
export async function eraseSubmissionByToken({ token, now = new Date() }: { token: unknown; now?: Date }): Promise<void> {
  const row = await findNominationByManageToken(db, token, now);
  if (!row) throw new AppError("not_found", "privateLinkInvalid");
  await eraseNomination({ nominationId: row.id, actorId: null, reason: "submitter_request", now });
}
