import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { authSettings } from "@/lib/auth/auth-settings";
import { db } from "@/lib/db";
import { isSupportedLocale } from "@/lib/i18n/locales";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail, type SendEmailResult } from "@/lib/mail/send-email";
import { consentRequestEmail } from "@/lib/mail/templates/consent-request-email";
import { isOpenForConsent, programmeTitle } from "@/lib/nominations/private-link-rules";
import { newPrivateToken } from "@/lib/nominations/private-token";
import { requestMailAllowed } from "@/lib/nominations/request-mail-limits";

type Env = Record<string, string | undefined>;

export function consentUrl(token: string, env: Env = process.env): string {
  return `${authSettings(env).publicUrl}/consent/${token}`;
}

const REQUEST_SELECT = {
  kind: true,
  status: true,
  programmeId: true,
  nomineeName: true,
  nomineeEmail: true,
  nominatorName: true,
  locale: true,
  programme: { select: { name: true, edition: true, defaultLocale: true } },
  category: { select: { name: true } },
  consent: { select: { status: true } },
} as const;

/** A nomination in play whose nominee has an address and has not decided yet. */
function wantsConsent(row: { kind: string; status: string; nomineeEmail: string | null; consent: { status: string } | null } | null): boolean {
  return Boolean(row && row.kind === "nomination" && row.nomineeEmail && isOpenForConsent(row.status) && (!row.consent || row.consent.status === "pending"));
}

/**
 * Asks a nominee whether they want to take part: gives the consent record a
 * fresh link (an older one stops working) and emails it. Runs after the
 * confirmation committed; does nothing for applications, for nominations no
 * longer in play, or once the nominee has decided. Too many requests to one
 * address or for one nomination in a day (request-mail-limits.ts): nothing is
 * sent, the current link stays, and "rate_limited" is returned. The email is
 * in the submitter's language (we do not know the nominee's), with one line in
 * the programme's own language when that differs.
 */
export async function sendConsentRequest({
  nominationId,
  now = new Date(),
  env = process.env,
}: {
  nominationId: string;
  now?: Date;
  env?: Env;
}): Promise<SendEmailResult | "rate_limited" | null> {
  const seen = await db.nomination.findUnique({ where: { id: nominationId }, select: REQUEST_SELECT });
  if (!seen || !wantsConsent(seen)) return null;
  if (!(await requestMailAllowed({ kind: "consent", to: seen.nomineeEmail!, nominationId, programmeId: seen.programmeId, now }))) return "rate_limited";

  const { token, hash } = newPrivateToken();
  const n = await db.$transaction(async (tx) => {
    const row = await tx.nomination.findUnique({ where: { id: nominationId }, select: REQUEST_SELECT });
    if (!row || !wantsConsent(row)) return null;
    await tx.nomineeConsent.upsert({
      where: { nominationId },
      create: { nominationId, status: "pending", tokenHash: hash },
      update: { tokenHash: hash },
    });
    await appendAuditEvent(tx, { programmeId: row.programmeId, actorId: null, action: "consent.requested", entityType: "Nomination", entityId: nominationId }, now);
    return row;
  });
  if (!n?.nomineeEmail) return null;

  const url = consentUrl(token, env);
  const programme = programmeTitle(n.programme);
  const { t, locale } = await mailTranslator(n.locale);
  const home = n.programme.defaultLocale;
  const otherLanguageNote =
    home !== locale && isSupportedLocale(home) ? (await mailTranslator(home)).t("consentRequest.otherLanguage", { programme }) : null;
  const mail = consentRequestEmail({
    t,
    locale,
    url,
    nomineeName: n.nomineeName,
    nominatorName: n.nominatorName ?? "",
    programmeName: programme,
    categoryName: n.category.name,
    otherLanguageNote,
  });
  return sendEmail({ to: n.nomineeEmail, ...mail, kind: "consent_request", redact: [url, token] }, { env });
}
