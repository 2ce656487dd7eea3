import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { authSettings } from "@/lib/auth/auth-settings";
import { db } from "@/lib/db";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail, type SendEmailResult } from "@/lib/mail/send-email";
import { guardianRequestEmail } from "@/lib/mail/templates/guardian-request-email";
import { isOpenForConsent, programmeTitle, shownName } from "@/lib/nominations/private-link-rules";
import { newPrivateToken } from "@/lib/nominations/private-token";
import { requestMailAllowed } from "@/lib/nominations/request-mail-limits";

type Env = Record<string, string | undefined>;

export function guardianUrl(token: string, env: Env = process.env): string {
  return `${authSettings(env).publicUrl}/guardian/${token}`;
}

const REQUEST_SELECT = {
  kind: true,
  status: true,
  programmeId: true,
  nomineeName: true,
  locale: true,
  programme: { select: { name: true, edition: true } },
  category: { select: { name: true } },
  consent: true,
} as const;

/** The young person agreed, a guardian is needed and has not confirmed yet, and the nomination is still in play. */
function wantsGuardian(row: { status: string; consent: { status: string; guardianRequired: boolean; guardianEmail: string | null; guardianConfirmedAt: Date | null } | null } | null): boolean {
  const c = row?.consent;
  return Boolean(row && c && isOpenForConsent(row.status) && c.status === "accepted" && c.guardianRequired && c.guardianEmail && !c.guardianConfirmedAt);
}

/**
 * Asks the parent or guardian of a nominee under 18 to confirm: a fresh link
 * (an older one stops working), emailed in the nomination's language. Runs
 * after the decision that needs it committed; does nothing unless a guardian
 * is still needed (wantsGuardian). Too many requests to one address or for one
 * nomination in a day (request-mail-limits.ts): nothing is sent, the current
 * link stays, and "rate_limited" is returned so the caller can say so.
 */
export async function sendGuardianRequest({
  nominationId,
  now = new Date(),
  env = process.env,
}: {
  nominationId: string;
  now?: Date;
  env?: Env;
}): Promise<SendEmailResult | "rate_limited" | null> {
  const seen = await db.nomination.findUnique({ where: { id: nominationId }, select: REQUEST_SELECT });
  if (!seen?.consent || !wantsGuardian(seen)) return null;
  if (!(await requestMailAllowed({ kind: "guardian", to: seen.consent.guardianEmail!, nominationId, programmeId: seen.programmeId, now }))) return "rate_limited";

  const { token, hash } = newPrivateToken();
  const n = await db.$transaction(async (tx) => {
    const row = await tx.nomination.findUnique({ where: { id: nominationId }, select: REQUEST_SELECT });
    const consent = row?.consent;
    if (!row || !consent || !wantsGuardian(row)) return null;
    await tx.nomineeConsent.update({ where: { nominationId }, data: { guardianTokenHash: hash } });
    await appendAuditEvent(
      tx,
      { programmeId: row.programmeId, actorId: null, action: "consent.guardian_requested", entityType: "Nomination", entityId: nominationId },
      now,
    );
    return { ...row, consent };
  });
  if (!n?.consent.guardianEmail) return null;

  const url = guardianUrl(token, env);
  const { t, locale } = await mailTranslator(n.locale);
  const mail = guardianRequestEmail({
    t,
    locale,
    url,
    kind: n.kind === "application" ? "application" : "nomination",
    nomineeName: n.nomineeName,
    programmeName: programmeTitle(n.programme),
    categoryName: n.category.name,
    shown: { name: shownName(n.consent, n.nomineeName), photo: n.consent.showPhoto, district: n.consent.showDistrict },
  });
  return sendEmail({ to: n.consent.guardianEmail, ...mail, kind: "guardian_request", redact: [url, token] }, { env });
}
