import "server-only";
import { appendAuditEvent, type Tx } from "@/lib/audit/append-audit-event";
import { authSettings } from "@/lib/auth/auth-settings";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail } from "@/lib/mail/send-email";
import { consentOutcomeEmail } from "@/lib/mail/templates/consent-outcome-email";
import { changeNominationStatus } from "@/lib/nominations/change-status";
import { eraseNomination } from "@/lib/nominations/erase-nomination";
import { findConsentByToken } from "@/lib/nominations/load-consent-by-token";
import { isOpenForConsent, OPEN_FOR_CONSENT, programmeTitle } from "@/lib/nominations/private-link-rules";

type Env = Record<string, string | undefined>;

/** Who said no: the nominee themselves, or the parent or guardian of a nominee under 18. */
export type RefusedBy = "nominee" | "guardian";

/**
 * Ends a nomination because the person it is about (or their guardian) said
 * no, inside the caller's transaction: status declined, then every piece of
 * personal data removed at once (erase-nomination.ts, which keeps "declined").
 * The nominee's and guardian's own links keep answering, with the outcome and
 * nothing personal, so a second click or a later visit shows the decision.
 */
export async function endNominationRefused(tx: Tx, { nominationId, by, now }: { nominationId: string; by: RefusedBy; now: Date }): Promise<{ deleteFiles: () => Promise<number>; notice: OutcomeNotice | null }> {
  const n = await tx.nomination.findUniqueOrThrow({
    where: { id: nominationId },
    select: {
      kind: true,
      locale: true,
      programmeId: true,
      nomineeName: true,
      nomineeEmail: true,
      nominatorName: true,
      nominatorEmail: true,
      programme: { select: { name: true, edition: true, slug: true, organiserContact: true } },
      category: { select: { name: true } },
      consent: { select: { id: true, tokenHash: true, guardianTokenHash: true } },
    },
  });
  if (by === "nominee" && n.consent) {
    await tx.nomineeConsent.update({ where: { id: n.consent.id }, data: { status: "declined", decidedAt: now } });
  }
  await appendAuditEvent(
    tx,
    { programmeId: n.programmeId, actorId: null, action: by === "nominee" ? "consent.declined" : "consent.guardian_refused", entityType: "Nomination", entityId: nominationId },
    now,
  );
  await changeNominationStatus(tx, { nominationId, to: "declined", from: OPEN_FOR_CONSENT, actorId: null, action: "nomination.declined", data: { by }, now });
  const erased = await eraseNomination({ nominationId, actorId: null, reason: "declined", tx, now });
  if (n.consent) {
    // Erasure ends every link; the two that decided keep working to show the outcome (their pages show nothing personal).
    await tx.nomineeConsent.update({ where: { id: n.consent.id }, data: { tokenHash: n.consent.tokenHash, guardianTokenHash: n.consent.guardianTokenHash } });
  }

  const application = n.kind === "application";
  const to = application ? n.nomineeEmail : n.nominatorEmail;
  const notice: OutcomeNotice | null = to
    ? {
        to,
        locale: n.locale,
        recipient: application ? "applicant" : "nominator",
        name: (application ? n.nomineeName : n.nominatorName) ?? "",
        programmeName: programmeTitle(n.programme),
        categoryName: n.category.name,
        organiserContact: n.programme.organiserContact,
        programmeSlug: n.programme.slug,
      }
    : null;
  return { deleteFiles: erased.deleteFiles, notice };
}

export interface OutcomeNotice {
  to: string;
  locale: string;
  recipient: "nominator" | "applicant";
  name: string;
  programmeName: string;
  categoryName: string;
  organiserContact: string;
  programmeSlug: string;
}

/** After the commit: the files go, and the submitter is told kindly, in their language, without a reason. */
export async function finishRefusal({ deleteFiles, notice }: { deleteFiles: () => Promise<number>; notice: OutcomeNotice | null }, env: Env): Promise<void> {
  await deleteFiles().catch((error) => console.error("[nominations] deleting a declined nomination's files failed (retention retries):", error));
  if (!notice) return;
  const { t, locale } = await mailTranslator(notice.locale);
  const mail = consentOutcomeEmail({
    t,
    locale,
    recipient: notice.recipient,
    name: notice.name,
    programmeName: notice.programmeName,
    categoryName: notice.categoryName,
    organiserContact: notice.organiserContact,
    programmeUrl: `${authSettings(env).publicUrl}/programmes/${notice.programmeSlug}`,
  });
  await sendEmail({ to: notice.to, ...mail, kind: "consent_outcome" }, { env });
}

/**
 * The nominee declines (before or after having accepted): the nomination ends
 * and its personal data is deleted at once; the nominator is told. Declining
 * twice shows the decision.
 */
export async function declineConsent({ token, now = new Date(), env = process.env }: { token: unknown; now?: Date; env?: Env }): Promise<{ declinedNow: boolean }> {
  const ended = await db.$transaction(async (tx) => {
    const consent = await findConsentByToken(tx, token);
    if (!consent) throw new AppError("not_found", "privateLinkInvalid");
    if (consent.status === "declined" || consent.nomination.status === "declined") return null;
    if (!isOpenForConsent(consent.nomination.status)) throw new AppError("invalid_state", "consentClosed");
    return endNominationRefused(tx, { nominationId: consent.nominationId, by: "nominee", now });
  });
  if (!ended) return { declinedNow: false };
  await finishRefusal(ended, env);
  return { declinedNow: true };
}
