import "server-only";
import { appendAuditEvent, type Tx } from "@/lib/audit/append-audit-event";
import { authSettings } from "@/lib/auth/auth-settings";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail } from "@/lib/mail/send-email";
import { consentOutcomeEmail } from "@/lib/mail/templates/consent-outcome-email";
import { changeNominationStatus } from "@/lib/nominations/change-status";
import { eraseNomination, type ErasureReason } from "@/lib/nominations/erase-nomination";
import { findConsentByToken } from "@/lib/nominations/load-consent-by-token";
import { isErasableByNominee, isOpenForConsent, OPEN_FOR_CONSENT, programmeTitle } from "@/lib/nominations/private-link-rules";
import { updateLiveNomination } from "@/lib/nominations/update-live-nomination";

type Env = Record<string, string | undefined>;

/** Who said no: the nominee themselves, or the parent or guardian of a nominee under 18. */
export type RefusedBy = "nominee" | "guardian";

/** What a refusal leaves to do after the commit: files to delete, submitters to tell. */
export interface Refusal {
  deleteFiles: () => Promise<number>;
  notices: OutcomeNotice[];
}

/**
 * Ends a nomination because the person it is about (or their guardian) said
 * no, inside the caller's transaction, and removes every piece of personal
 * data at once (erase-nomination.ts). While the nomination is open that is a
 * decline (status declined; the submitter is told). Once it ended otherwise
 * (not accepted, set aside, merged, withdrawn) it is an erasure on the
 * nominee's request (status erased; nobody is told). Nominations of the same
 * person set aside as duplicates of this one, or merged into it, hold the
 * same person's data and go with it. The nominee's and guardian's own links
 * keep answering, with the outcome and nothing personal. A decline or
 * erasure that got there first makes this a conflict.
 */
export async function endNominationRefused(tx: Tx, { nominationId, by, now }: { nominationId: string; by: RefusedBy; now: Date }): Promise<Refusal> {
  const n = await tx.nomination.findUniqueOrThrow({ where: { id: nominationId }, select: { status: true, programmeId: true } });
  const open = isOpenForConsent(n.status);
  const sameperson = await tx.nomination.findMany({
    where: { duplicateOfId: nominationId, status: { in: ["duplicate", "merged"] }, anonymisedAt: null },
    select: { id: true, kind: true, status: true },
  });
  // Every row this touches is claimed first, in one order and before the audit log's lock (as erasure and
  // accepting do), so concurrent changes queue up instead of deadlocking; one that got there first is a conflict.
  const rows = [{ id: nominationId, status: n.status }, ...sameperson].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const row of rows) await updateLiveNomination(tx, { nominationId: row.id, seenStatus: row.status });
  if (by === "nominee") await tx.nomineeConsent.updateMany({ where: { nominationId }, data: { status: "declined", decidedAt: now } });
  const action = !open ? "consent.erasure_requested" : by === "nominee" ? "consent.declined" : "consent.guardian_refused";
  await appendAuditEvent(tx, { programmeId: n.programmeId, actorId: null, action, entityType: "Nomination", entityId: nominationId, ...(open ? {} : { data: { by } }) }, now);

  const notices: OutcomeNotice[] = [];
  const first = open ? await outcomeNotice(tx, nominationId) : null;
  if (first) notices.push(first);
  if (open) await changeNominationStatus(tx, { nominationId, to: "declined", from: OPEN_FOR_CONSENT, actorId: null, action: "nomination.declined", data: { by }, now });
  const reason = open ? "declined" : "nominee_request";
  const deletes = [await eraseKeepingLinks(tx, { nominationId, reason, now })];

  for (const other of sameperson) {
    if (by === "nominee") await tx.nomineeConsent.updateMany({ where: { nominationId: other.id }, data: { status: "declined", decidedAt: now } });
    // Its nominator is told too, once per address; an application of the same person is the nominee's own.
    const notice = open && other.kind === "nomination" ? await outcomeNotice(tx, other.id) : null;
    if (notice && !notices.some((known) => known.to.toLowerCase() === notice.to.toLowerCase())) notices.push(notice);
    deletes.push(await eraseKeepingLinks(tx, { nominationId: other.id, reason, now }));
  }
  return { deleteFiles: async () => (await Promise.all(deletes.map((d) => d()))).reduce((a, b) => a + b, 0), notices };
}

/** eraseNomination in the caller's transaction, keeping the nominee's and guardian's links (their pages show nothing personal). */
async function eraseKeepingLinks(tx: Tx, { nominationId, reason, now }: { nominationId: string; reason: ErasureReason; now: Date }): Promise<() => Promise<number>> {
  const consent = await tx.nomineeConsent.findUnique({ where: { nominationId }, select: { id: true, tokenHash: true, guardianTokenHash: true } });
  const erased = await eraseNomination({ nominationId, actorId: null, reason, tx, now });
  if (consent) await tx.nomineeConsent.update({ where: { id: consent.id }, data: { tokenHash: consent.tokenHash, guardianTokenHash: consent.guardianTokenHash } });
  return erased.deleteFiles;
}

/** The submitter's notice, read before the erasure removes their address. */
async function outcomeNotice(tx: Tx, nominationId: string): Promise<OutcomeNotice | null> {
  const n = await tx.nomination.findUniqueOrThrow({
    where: { id: nominationId },
    select: {
      kind: true,
      locale: true,
      nomineeName: true,
      nomineeEmail: true,
      nominatorName: true,
      nominatorEmail: true,
      programme: { select: { name: true, edition: true, slug: true, organiserContact: true } },
      category: { select: { name: true } },
    },
  });
  const application = n.kind === "application";
  const to = application ? n.nomineeEmail : n.nominatorEmail;
  if (!to) return null;
  return {
    to,
    locale: n.locale,
    recipient: application ? "applicant" : "nominator",
    name: (application ? n.nomineeName : n.nominatorName) ?? "",
    programmeName: programmeTitle(n.programme),
    categoryName: n.category.name,
    organiserContact: n.programme.organiserContact,
    programmeSlug: n.programme.slug,
  };
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

/** After the commit: the files go, and the submitters are told kindly, in their language, without a reason. */
export async function finishRefusal({ deleteFiles, notices }: Refusal, env: Env): Promise<void> {
  await deleteFiles().catch((error) => console.error("[nominations] deleting a declined nomination's files failed (retention retries):", error));
  for (const notice of notices) await sendOutcomeNotice(notice, env);
}

async function sendOutcomeNotice(notice: OutcomeNotice, env: Env): Promise<void> {
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
 * The nominee says no through their link: before or after having accepted
 * (the nomination ends, the nominator is told) or after it ended otherwise
 * (their data is deleted on request). Either way its personal data goes at
 * once. Saying no twice shows the decision.
 */
export async function declineConsent({ token, now = new Date(), env = process.env }: { token: unknown; now?: Date; env?: Env }): Promise<{ declinedNow: boolean }> {
  const ended = await db.$transaction(async (tx) => {
    const consent = await findConsentByToken(tx, token);
    if (!consent) throw new AppError("not_found", "privateLinkInvalid");
    const status = consent.nomination.status;
    if (consent.status === "declined" || status === "declined" || status === "erased") return null;
    if (!isErasableByNominee(status)) throw new AppError("invalid_state", "consentClosed");
    return endNominationRefused(tx, { nominationId: consent.nominationId, by: "nominee", now });
  });
  if (!ended) return { declinedNow: false };
  await finishRefusal(ended, env);
  return { declinedNow: true };
}
