import "server-only";
import type { z } from "zod";
import { isDisposableEmail } from "@/lib/abuse/disposable-email";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { categoryEligibilityRule } from "@/lib/categories/category-eligibility-rule";
import { instantForLocalDate } from "@/lib/categories/local-date";
import { db } from "@/lib/db";
import { localDateIn } from "@/lib/eligibility/age";
import { AppError } from "@/lib/errors";
import { findConsentByToken } from "@/lib/nominations/load-consent-by-token";
import { checkNomineeAge, isOpenForConsent } from "@/lib/nominations/private-link-rules";
import { ZConsentAccept } from "@/lib/nominations/record-consent-input";
import { updateLiveNomination } from "@/lib/nominations/update-live-nomination";
import { sendGuardianRequest } from "@/lib/nominations/send-guardian-request";
import { submissionWindow } from "@/lib/nominations/submission-window";
import { ZAppearance, eligibilityIssue, type SubmissionIssue } from "@/lib/validation/submission";

type Env = Record<string, string | undefined>;

export type RecordConsentResult = { ok: true; status: "accepted" | "declined"; guardianRequired: boolean } | { ok: false; issues: SubmissionIssue[] };

class Refused extends Error {
  constructor(readonly issues: SubmissionIssue[]) {
    super("refused");
  }
}

function zodIssues(error: z.ZodError): SubmissionIssue[] {
  const seen = new Set<string>();
  return error.issues
    .map((i) => ({ path: i.path.map(String).join("."), message: i.message }))
    .filter((i) => !seen.has(i.path) && seen.add(i.path));
}

const same = (a?: string | null, b?: string | null) => Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

/**
 * The nominee accepts through their link: how they appear if they become a
 * finalist or winner, their date of birth (checked against the category's age
 * rule; an ineligible nominee is told and can still decline) and, when under
 * 18 today in the programme's zone, a parent's or guardian's address, who is
 * then asked to confirm. A decision already made is simply reported back.
 */
export async function acceptConsent({ token, input, now = new Date(), env = process.env }: { token: unknown; input: unknown; now?: Date; env?: Env }): Promise<RecordConsentResult> {
  let outcome: { result: RecordConsentResult; askGuardian: string | null };
  try {
    outcome = await db.$transaction(async (tx) => {
      const consent = await findConsentByToken(tx, token);
      if (!consent) throw new AppError("not_found", "privateLinkInvalid");
      if (consent.status !== "pending") {
        const status = consent.status === "declined" ? "declined" : "accepted";
        return { result: { ok: true, status, guardianRequired: consent.guardianRequired }, askGuardian: null };
      }
      if (!isOpenForConsent(consent.nomination.status)) throw new AppError("invalid_state", "consentClosed");
      const parsed = ZConsentAccept.safeParse(input);
      if (!parsed.success) throw new Refused(zodIssues(parsed.error));
      const { birthDate, appearance, guardianEmail } = parsed.data;

      const n = await tx.nomination.findUniqueOrThrow({
        where: { id: consent.nominationId },
        select: { nomineeKind: true, nomineeEmail: true, submittedAt: true, createdAt: true, programme: { select: { timeZone: true } }, category: true },
      });
      const tz = n.programme.timeZone;
      const nomineeKind = n.nomineeKind === "group" ? "group" : "individual";
      const rule = categoryEligibilityRule(n.category, tz, n.submittedAt ?? n.createdAt);
      const age = checkNomineeAge(birthDate, rule, localDateIn(now, tz), nomineeKind);
      const issues: SubmissionIssue[] = [];
      const ineligible = eligibilityIssue(age.eligibility);
      if (ineligible) {
        // The values the public form's eligibility messages name the rule with.
        const { minAge, maxAge, referenceDate } = rule;
        const ruleValues = { ...(minAge != null ? { ruleMin: minAge } : {}), ...(maxAge != null ? { ruleMax: maxAge } : {}), ...referenceDate };
        issues.push({ ...ineligible, path: "birthDate", values: { ...ineligible.values, ...ruleValues } });
      }
      if (age.needsGuardian) {
        if (!guardianEmail) issues.push({ path: "guardianEmail", message: "guardianRequired" });
        else if (same(guardianEmail, n.nomineeEmail)) issues.push({ path: "guardianEmail", message: "guardianSameAddress" });
        else if (isDisposableEmail(guardianEmail, env)) issues.push({ path: "guardianEmail", message: "disposableEmail" });
      }
      if (issues.length) throw new Refused(issues);

      // Conditional writes, the nomination first: an erasure or a decline committed meanwhile is never undone.
      await updateLiveNomination(tx, {
        nominationId: consent.nominationId,
        seenStatus: consent.nomination.status,
        data: nomineeKind === "individual" ? { nomineeBirthDate: instantForLocalDate(birthDate, tz) } : {},
      });
      const { count } = await tx.nomineeConsent.updateMany({
        where: { id: consent.id, status: "pending" },
        data: {
          status: "accepted",
          decidedAt: now,
          displayName: appearance.displayName,
          chosenName: appearance.displayName === "chosen_name" ? appearance.chosenName : null,
          showPhoto: appearance.showPhoto,
          showDistrict: appearance.showDistrict,
          guardianRequired: age.needsGuardian,
          guardianEmail: age.needsGuardian ? guardianEmail!.trim().toLowerCase() : null,
          guardianConfirmedAt: null,
          guardianTokenHash: null,
        },
      });
      if (count !== 1) throw new AppError("conflict", "The nominee's answer was recorded meanwhile.");
      await appendAuditEvent(
        tx,
        {
          programmeId: consent.nomination.programmeId,
          actorId: null,
          action: "consent.accepted",
          entityType: "Nomination",
          entityId: consent.nominationId,
          // Field names only: the audit log cannot be erased.
          data: { fields: ["displayName", "chosenName", "showPhoto", "showDistrict", ...(nomineeKind === "individual" ? ["nomineeBirthDate"] : []), ...(age.needsGuardian ? ["guardianEmail"] : [])] },
        },
        now,
      );
      return {
        result: { ok: true, status: "accepted", guardianRequired: age.needsGuardian },
        askGuardian: age.needsGuardian ? consent.nominationId : null,
      };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, issues: error.issues };
    throw error;
  }
  if (outcome.askGuardian) await sendGuardianRequest({ nominationId: outcome.askGuardian, now, env });
  return outcome.result;
}

/**
 * After accepting, the nominee may change how they appear until nominations
 * close. When a parent or guardian had to confirm, they are asked again: they
 * agreed to what was shown before.
 */
export async function updateAppearance({ token, input, now = new Date(), env = process.env }: { token: unknown; input: unknown; now?: Date; env?: Env }): Promise<{ ok: true; changed: string[] } | { ok: false; issues: SubmissionIssue[] }> {
  let outcome: { changed: string[]; askGuardian: boolean; nominationId: string };
  try {
    outcome = await db.$transaction(async (tx) => {
      const consent = await findConsentByToken(tx, token);
      if (!consent) throw new AppError("not_found", "privateLinkInvalid");
      const programme = await tx.programme.findUniqueOrThrow({
        where: { id: consent.nomination.programmeId },
        select: { phase: true, phases: { where: { phase: "nominations_open" }, select: { phase: true, startsAt: true, endsAt: true } } },
      });
      if (consent.status !== "accepted" || !isOpenForConsent(consent.nomination.status) || submissionWindow(programme, now).state !== "open") {
        throw new AppError("invalid_state", "appearanceClosed");
      }
      const parsed = ZAppearance.safeParse(input);
      if (!parsed.success) throw new Refused(zodIssues(parsed.error).map((i) => ({ ...i, path: `appearance.${i.path}` })));
      const a = parsed.data;
      const next = { displayName: a.displayName, chosenName: a.displayName === "chosen_name" ? a.chosenName : null, showPhoto: a.showPhoto, showDistrict: a.showDistrict };
      const changed = Object.entries(next)
        .filter(([field, value]) => (consent[field as keyof typeof next] ?? null) !== (value ?? null))
        .map(([field]) => field);
      // A guardian who holds no link (their last request was not sent: too many emails) is asked when the nominee saves again.
      const unasked = consent.guardianRequired && Boolean(consent.guardianEmail) && !consent.guardianConfirmedAt && !consent.guardianTokenHash;
      if (changed.length === 0) return { changed, askGuardian: unasked, nominationId: consent.nominationId };
      const askGuardian = consent.guardianRequired && Boolean(consent.guardianEmail);
      await updateLiveNomination(tx, { nominationId: consent.nominationId, seenStatus: consent.nomination.status });
      const { count } = await tx.nomineeConsent.updateMany({
        where: { id: consent.id, status: "accepted" },
        data: { ...next, ...(askGuardian ? { guardianConfirmedAt: null, guardianTokenHash: null } : {}) },
      });
      if (count !== 1) throw new AppError("conflict", "The nominee's answer changed meanwhile.");
      await appendAuditEvent(
        tx,
        { programmeId: consent.nomination.programmeId, actorId: null, action: "consent.appearance_changed", entityType: "Nomination", entityId: consent.nominationId, data: { fields: changed } },
        now,
      );
      return { changed, askGuardian, nominationId: consent.nominationId };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, issues: error.issues };
    throw error;
  }
  if (outcome.askGuardian) await sendGuardianRequest({ nominationId: outcome.nominationId, now, env });
  return { ok: true, changed: outcome.changed };
}
