import "server-only";
import { authSettings } from "@/lib/auth/auth-settings";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail } from "@/lib/mail/send-email";
import { withdrawalEmail } from "@/lib/mail/templates/withdrawal-email";
import { changeNominationStatus } from "@/lib/nominations/change-status";
import { findNominationByManageToken } from "@/lib/nominations/load-submission-by-token";
import { programmeTitle, submitterEmail } from "@/lib/nominations/private-link-rules";
import { EDITABLE_BY_SUBMITTER } from "@/lib/nominations/status-rules";

type Env = Record<string, string | undefined>;

export function manageUrl(token: string, env: Env = process.env): string {
  return `${authSettings(env).publicUrl}/submissions/${token}`;
}

/**
 * The submitter withdraws through their link. The nominee's and guardian's
 * links keep working: there is nothing left to decide, but the nominee may
 * still have their data deleted at once (run-retention.ts anonymises
 * withdrawn submissions after a while anyway). Withdrawing twice is fine; a submission that has already ended otherwise
 * (rejected, declined, …) cannot be withdrawn. A receipt goes to the submitter.
 */
export async function withdrawSubmission({ token, now = new Date(), env = process.env }: { token: unknown; now?: Date; env?: Env }): Promise<{ withdrawnNow: boolean }> {
  const done = await db.$transaction(async (tx) => {
    const row = await findNominationByManageToken(tx, token, now);
    if (!row) throw new AppError("not_found", "privateLinkInvalid");
    if (row.status === "withdrawn") return null;
    if (!EDITABLE_BY_SUBMITTER.some((s) => s === row.status)) throw new AppError("invalid_state", "withdrawNotPossible");
    await changeNominationStatus(tx, {
      nominationId: row.id,
      to: "withdrawn",
      from: EDITABLE_BY_SUBMITTER,
      actorId: null,
      action: "nomination.withdrawn",
      now,
    });
    return tx.nomination.findUniqueOrThrow({
      where: { id: row.id },
      select: {
        kind: true,
        locale: true,
        nomineeName: true,
        nomineeEmail: true,
        nominatorName: true,
        nominatorEmail: true,
        programme: { select: { name: true, edition: true, organiserContact: true } },
        category: { select: { name: true } },
      },
    });
  });
  if (!done) return { withdrawnNow: false };

  const to = submitterEmail(done);
  if (to) {
    const kind = done.kind === "application" ? "application" : "nomination";
    const url = manageUrl(String(token), env);
    const { t, locale } = await mailTranslator(done.locale);
    const mail = withdrawalEmail({
      t,
      locale,
      kind,
      name: (kind === "nomination" ? done.nominatorName : done.nomineeName) ?? "",
      programmeName: programmeTitle(done.programme),
      categoryName: done.category.name,
      organiserContact: done.programme.organiserContact,
      url,
    });
    await sendEmail({ to, ...mail, kind: "submission_withdrawn", redact: [url, String(token)] }, { env });
  }
  return { withdrawnNow: true };
}
