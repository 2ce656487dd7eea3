import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { claimUploads } from "@/lib/attachments/claim-uploads";
import { storeUpload } from "@/lib/attachments/store-upload";
import { solidImage } from "@/lib/attachments/test-fixtures";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { confirmGuardian, refuseGuardian } from "@/lib/nominations/confirm-guardian";
import { confirmSubmission } from "@/lib/nominations/confirm-submission";
import { loadConsentByToken } from "@/lib/nominations/load-consent-by-token";
import { loadGuardianByToken } from "@/lib/nominations/load-guardian-by-token";
import { ENV, NOW, altered, makeOpenProgramme, makeSubmission, tokenFromMail, type SubmissionFields } from "@/lib/nominations/private-link-test-fixtures";
import { REACHES_JURY_WHERE, reachesJury } from "@/lib/nominations/reaches-jury";
import { acceptConsent, updateAppearance } from "@/lib/nominations/record-consent";
import { REQUEST_MAIL_LIMITS } from "@/lib/nominations/request-mail-limits";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { declineConsent } from "@/lib/nominations/record-consent-decline";
import { withdrawSubmission } from "@/lib/nominations/withdraw-submission";

// Files go to a temporary folder, never into data/.
const uploadDir = mkdtempSync(path.join(tmpdir(), "laurel-consent-"));
process.env.UPLOAD_DIR = uploadDir;
afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));
const storedFileExists = (storageKey: string) => existsSync(path.join(uploadDir, storageKey));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    return isAppError(error) ? error.code : `unexpected: ${String(error)}`;
  }
}

/** A confirmed nomination whose nominee holds the link from their email. */
async function askedNominee(fields: SubmissionFields = {}) {
  const open = await makeOpenProgramme();
  const nomineeEmail = fields.nomineeEmail ?? `nominee-${Math.random().toString(36).slice(2)}@example.org`;
  const { nomination, token: manageToken } = await makeSubmission(open, { ...fields, nomineeEmail });
  await confirmSubmission({ token: manageToken, now: NOW, env: ENV });
  const token = await tokenFromMail(nomineeEmail, "consent_request", "consent");
  return { open, nomination, manageToken, token, nomineeEmail };
}

const appearance = (over: Record<string, unknown> = {}) => ({ displayName: "chosen_name", chosenName: "Mira", showPhoto: true, showDistrict: false, ...over });

async function juryFacts(nominationId: string) {
  return db.nomination.findUniqueOrThrow({ where: { id: nominationId }, select: { status: true, consent: { select: { status: true, guardianRequired: true, guardianConfirmedAt: true } } } });
}

describe("the nominee answers through their link", () => {
  it("accepts with display choices, stores the birth date, and reaches the jury once eligible", async () => {
    const { nomination, token } = await askedNominee();
    const result = await acceptConsent({ token, input: { birthDate: "2003-02-14", appearance: appearance() }, now: NOW, env: ENV });
    expect(result).toEqual({ ok: true, status: "accepted", guardianRequired: false });

    const consent = await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: nomination.id } });
    expect(consent).toMatchObject({ status: "accepted", decidedAt: NOW, displayName: "chosen_name", chosenName: "Mira", showPhoto: true, showDistrict: false, guardianRequired: false, guardianEmail: null });
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } });
    expect(row.nomineeBirthDate?.toISOString().slice(0, 10)).toBe("2003-02-14");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: nomination.id, action: "consent.accepted" } });
    expect(JSON.stringify(audit)).not.toMatch(/2003|Mira/);

    expect(await loadConsentByToken({ token, now: NOW })).toMatchObject({ state: "accepted", appearance: { shownName: "Mira", showPhoto: true }, canChangeAppearance: true });
    // Moderation (another helper) accepts it as eligible: then, and only then, the jury sees it.
    expect(reachesJury(await juryFacts(nomination.id))).toBe(false);
    await db.nomination.update({ where: { id: nomination.id }, data: { status: "eligible" } });
    expect(reachesJury(await juryFacts(nomination.id))).toBe(true);
    expect(await db.nomination.count({ where: { id: nomination.id, ...REACHES_JURY_WHERE } })).toBe(1);

    // A second click shows the decision and writes nothing.
    expect(await acceptConsent({ token, input: { birthDate: "1950-01-01", appearance: appearance({ displayName: "full_name" }) }, now: NOW, env: ENV })).toEqual({
      ok: true,
      status: "accepted",
      guardianRequired: false,
    });
    expect(await db.auditEvent.count({ where: { entityId: nomination.id, action: "consent.accepted" } })).toBe(1);
    expect((await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: nomination.id } })).displayName).toBe("chosen_name");

    // Choices can change until the deadline; the audit names the fields.
    expect(await updateAppearance({ token, input: appearance({ displayName: "first_name", showDistrict: true }), now: NOW, env: ENV })).toEqual({
      ok: true,
      changed: ["displayName", "chosenName", "showDistrict"],
    });
    const changed = await db.auditEvent.findFirstOrThrow({ where: { entityId: nomination.id, action: "consent.appearance_changed" } });
    expect(changed.data).toEqual({ fields: ["displayName", "chosenName", "showDistrict"] });
  });

  it("refuses an accept without what it needs, keeping the consent pending", async () => {
    const { nomination, token } = await askedNominee();
    const result = await acceptConsent({ token, input: { birthDate: "", appearance: { displayName: "chosen_name", chosenName: "" } }, now: NOW, env: ENV });
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.message])).toEqual([["appearance.chosenName", "chosenNameRequired"]]);
    const noDate = await acceptConsent({ token, input: { birthDate: "", appearance: appearance() }, now: NOW, env: ENV });
    expect(noDate.ok ? [] : noDate.issues.map((i) => [i.path, i.message])).toEqual([["birthDate", "eligibility.birth_date_required"]]);
    expect((await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: nomination.id } })).status).toBe("pending");
  });

  it("tells an ineligible nominee why, and lets them decline", async () => {
    const { nomination, token } = await askedNominee();
    const result = await acceptConsent({ token, input: { birthDate: "1990-01-01", appearance: appearance() }, now: NOW, env: ENV });
    expect(result.ok ? null : result.issues).toEqual([
      { path: "birthDate", message: "eligibility.too_old", values: { maxAge: 25, age: 36, ruleMin: 16, ruleMax: 25, year: 2026, month: 6, day: 30 } },
    ]);
    expect((await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: nomination.id } })).status).toBe("pending");
    expect(await declineConsent({ token, now: NOW, env: ENV })).toEqual({ declinedNow: true });
    expect((await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).status).toBe("declined");
  });

  it("needs a guardian for a nominee of 17, and the jury only after the guardian confirmed", async () => {
    const { nomination, token } = await askedNominee();
    // 17 today (1 March 2026) and on the category's reference day (30 June 2026).
    const minor = { birthDate: "2008-09-15", appearance: appearance({ displayName: "first_name", showPhoto: false }) };
    const missing = await acceptConsent({ token, input: minor, now: NOW, env: ENV });
    expect(missing.ok ? [] : missing.issues.map((i) => [i.path, i.message])).toEqual([["guardianEmail", "guardianRequired"]]);

    const result = await acceptConsent({ token, input: { ...minor, guardianEmail: "Guardian.Of.Amira@example.org" }, now: NOW, env: ENV });
    expect(result).toEqual({ ok: true, status: "accepted", guardianRequired: true });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "guardian.of.amira@example.org", kind: "guardian_request" } });
    expect(mail.subject).toBe("Please confirm: Bristol Volunteer Awards 2026");
    expect(mail.text).toContain("Amira Haddad has been nominated for “Young volunteer of the year”");
    expect(mail.text).toContain("shown publicly as “Amira”, without a photo and without their district");
    const guardianToken = await tokenFromMail("guardian.of.amira@example.org", "guardian_request", "guardian");

    await db.nomination.update({ where: { id: nomination.id }, data: { status: "eligible" } });
    expect(reachesJury(await juryFacts(nomination.id))).toBe(false);
    expect(await loadGuardianByToken({ token: guardianToken })).toMatchObject({ state: "pending", nomineeName: "Amira Haddad", shown: { name: "Amira", photo: false, district: false } });
    expect(await loadConsentByToken({ token, now: NOW })).toMatchObject({ state: "accepted", guardianRequired: true, guardianConfirmed: false });

    expect(await confirmGuardian({ token: guardianToken, now: NOW })).toEqual({ confirmedNow: true });
    expect(reachesJury(await juryFacts(nomination.id))).toBe(true);
    expect(await confirmGuardian({ token: guardianToken, now: NOW })).toEqual({ confirmedNow: false });
    expect(await db.auditEvent.count({ where: { entityId: nomination.id, action: "consent.guardian_confirmed" } })).toBe(1);

    // Changing what is shown asks the guardian again: they agreed to the old choices.
    await updateAppearance({ token, input: appearance({ displayName: "full_name", showPhoto: false }), now: NOW, env: ENV });
    expect(reachesJury(await juryFacts(nomination.id))).toBe(false);
    expect(await loadGuardianByToken({ token: guardianToken })).toBeNull();
    const again = await tokenFromMail("guardian.of.amira@example.org", "guardian_request", "guardian");
    expect(again).not.toBe(guardianToken);
    expect(await loadGuardianByToken({ token: again })).toMatchObject({ state: "pending", shown: { name: "Amira Haddad" } });
  });
});

const MARKERS = {
  nomineeName: "Zelda Markerfield",
  nomineeEmail: "zelda.marker@example.org",
  nomineeDistrict: "Markerton",
  nominatorName: "Quentin Markerson",
  nominatorEmail: "quentin.marker@example.org",
  story: "MARKER-STORY volunteers every Sunday",
  answer: "MARKER-ANSWER community hall",
};
// Names, addresses, district, story, answer, chosen name, guardian, and both birth dates (the nominator's guess and the nominee's own).
const MARKER_PATTERN = /Zelda|zelda\.marker|Quentin|quentin\.marker|Markerton|MARKER-STORY|MARKER-ANSWER|MARKER-CHOSEN|guardian\.marker|2004-05-10|2008-09-1[45]/;

/** Every row that belongs to the nomination, as text. */
async function nominationRows(nominationId: string): Promise<string> {
  const rows = await Promise.all([
    db.nomination.findUniqueOrThrow({ where: { id: nominationId } }),
    db.nominationAnswer.findMany({ where: { nominationId } }),
    db.nomineeConsent.findMany({ where: { nominationId } }),
    db.attachment.findMany({ where: { nominationId } }),
    db.auditEvent.findMany({ where: { entityId: nominationId } }),
  ]);
  return JSON.stringify(rows);
}

async function withPhoto(nominationId: string) {
  const upload = await storeUpload({ bytes: await solidImage("jpeg", 40, 30), kind: "photo", now: NOW });
  await db.$transaction((tx) => claimUploads(tx, { nominationId, uploads: [{ token: upload.token, questionId: null }], now: NOW }));
  return db.attachment.findUniqueOrThrow({ where: { id: upload.id } });
}

describe("saying no removes the nomination's personal data at once", () => {
  it("declines: every planted value is gone, the file too; the nominator is told without a reason", async () => {
    const { nomination, token } = await askedNominee({ ...MARKERS, locale: "de" });
    const photo = await withPhoto(nomination.id);
    expect(storedFileExists(photo.storageKey)).toBe(true);
    expect(await nominationRows(nomination.id)).toMatch(MARKER_PATTERN);

    expect(await declineConsent({ token, now: NOW, env: ENV })).toEqual({ declinedNow: true });
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } });
    expect(row.status).toBe("declined");
    expect(row.anonymisedAt).not.toBeNull();
    expect(await nominationRows(nomination.id)).not.toMatch(MARKER_PATTERN);
    expect(await db.attachment.count({ where: { id: photo.id } })).toBe(0);
    expect(storedFileExists(photo.storageKey)).toBe(false);
    expect((await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: nomination.id } })).status).toBe("declined");
    const actions = (await db.auditEvent.findMany({ where: { entityId: nomination.id }, orderBy: { seq: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["nomination.confirmed", "consent.requested", "consent.declined", "nomination.declined", "nomination.erased"]);

    // The emails that named the nominee went with the data; the nominator's notice names nobody else.
    const outbox = await db.outboxEmail.findMany();
    expect(JSON.stringify(outbox)).not.toMatch(/Zelda|zelda\.marker|MARKER-STORY/);
    const notice = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: MARKERS.nominatorEmail, kind: "consent_outcome" } });
    expect(notice.subject).toBe("Zu Ihrer Nominierung für Bristol Volunteer Awards 2026");
    expect(notice.text).toContain("Die nominierte Person hat sich entschieden, nicht teilzunehmen.");

    // The nominee's own link keeps showing the decision, and nothing personal.
    const view = await loadConsentByToken({ token, now: NOW });
    expect(view).toMatchObject({ state: "declined", nomineeName: "", nominatorName: "", story: "" });
    expect(JSON.stringify(view)).not.toMatch(MARKER_PATTERN);
    expect(await declineConsent({ token, now: NOW, env: ENV })).toEqual({ declinedNow: false });
    expect(await acceptConsent({ token, input: { birthDate: "2003-01-01", appearance: appearance() }, now: NOW, env: ENV })).toMatchObject({ status: "declined" });
    expect(await db.outboxEmail.count({ where: { kind: "consent_outcome", toAddress: MARKERS.nominatorEmail } })).toBe(1);
  });

  it("a guardian who refuses ends the nomination the same way", async () => {
    const { nomination, token, manageToken } = await askedNominee({ ...MARKERS, nomineeEmail: "zelda.marker2@example.org", nominatorEmail: "quentin.marker2@example.org" });
    await acceptConsent({
      token,
      input: { birthDate: "2008-09-15", appearance: appearance({ chosenName: "MARKER-CHOSEN" }), guardianEmail: "guardian.marker@example.org" },
      now: NOW,
      env: ENV,
    });
    const guardianToken = await tokenFromMail("guardian.marker@example.org", "guardian_request", "guardian");
    await withPhoto(nomination.id);

    expect(await refuseGuardian({ token: guardianToken, now: NOW, env: ENV })).toEqual({ refusedNow: true });
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } });
    expect(row).toMatchObject({ status: "declined", manageTokenHash: null });
    expect(await nominationRows(nomination.id)).not.toMatch(MARKER_PATTERN);
    expect(await db.attachment.count({ where: { nominationId: nomination.id } })).toBe(0);
    expect((await db.auditEvent.findMany({ where: { entityId: nomination.id, action: { startsWith: "consent.guardian" } } })).map((a) => a.action)).toEqual([
      "consent.guardian_requested",
      "consent.guardian_refused",
    ]);
    expect(await db.outboxEmail.count({ where: { toAddress: "quentin.marker2@example.org", kind: "consent_outcome" } })).toBe(1);

    expect(await loadGuardianByToken({ token: guardianToken })).toMatchObject({ state: "ended", nomineeName: "", shown: { name: "" } });
    expect(await loadConsentByToken({ token, now: NOW })).toMatchObject({ state: "ended" });
    expect(await refuseGuardian({ token: guardianToken, now: NOW, env: ENV })).toEqual({ refusedNow: false });
    expect(await codeOf(confirmGuardian({ token: guardianToken, now: NOW }))).toBe("invalid_state");
    // The submitter's link went with the data.
    expect(await codeOf(confirmSubmission({ token: manageToken, now: NOW, env: ENV }))).toBe("not_found");
  });
});

describe("links that do not work", () => {
  it("refuses altered, malformed and foreign tokens on the nominee's and guardian's links", async () => {
    const { nomination, token, manageToken } = await askedNominee();
    await acceptConsent({ token, input: { birthDate: "2008-09-15", appearance: appearance(), guardianEmail: "g.check@example.org" }, now: NOW, env: ENV });
    const guardianToken = await tokenFromMail("g.check@example.org", "guardian_request", "guardian");
    const before = JSON.stringify(await db.nomination.findUniqueOrThrow({ where: { id: nomination.id }, include: { consent: true } }));
    const audit = await db.auditEvent.count();

    for (const bad of [altered(token), token.slice(1), "", undefined, manageToken, guardianToken]) {
      expect(await loadConsentByToken({ token: bad, now: NOW })).toBeNull();
      expect(await codeOf(acceptConsent({ token: bad, input: {}, now: NOW, env: ENV }))).toBe("not_found");
      expect(await codeOf(updateAppearance({ token: bad, input: appearance(), now: NOW, env: ENV }))).toBe("not_found");
      expect(await codeOf(declineConsent({ token: bad, now: NOW, env: ENV }))).toBe("not_found");
    }
    for (const bad of [altered(guardianToken), guardianToken.toLowerCase(), "x".repeat(43), manageToken, token]) {
      expect(await loadGuardianByToken({ token: bad })).toBeNull();
      expect(await codeOf(confirmGuardian({ token: bad, now: NOW }))).toBe("not_found");
      expect(await codeOf(refuseGuardian({ token: bad, now: NOW, env: ENV }))).toBe("not_found");
    }
    expect(JSON.stringify(await db.nomination.findUniqueOrThrow({ where: { id: nomination.id }, include: { consent: true } }))).toBe(before);
    expect(await db.auditEvent.count()).toBe(audit);
  });
});

describe("the nominee can have their data deleted in every status that still holds it", () => {
  it("after the submitter withdrew: the nominee's link still works, and deletes everything on request", async () => {
    const { nomination, token, manageToken } = await askedNominee({ ...MARKERS, nomineeEmail: "zelda.marker3@example.org", nominatorEmail: "quentin.marker3@example.org" });
    await withPhoto(nomination.id);
    await withdrawSubmission({ token: manageToken, now: NOW, env: ENV });
    const closed = await loadConsentByToken({ token, now: NOW });
    expect(closed).toMatchObject({ state: "closed", canErase: true, nomineeName: "", story: "" });
    expect(JSON.stringify(closed)).not.toMatch(MARKER_PATTERN);

    expect(await declineConsent({ token, now: NOW, env: ENV })).toEqual({ declinedNow: true });
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id }, include: { consent: true } });
    expect(row).toMatchObject({ status: "erased", consent: { status: "declined" } });
    expect(row.anonymisedAt).not.toBeNull();
    expect(await nominationRows(nomination.id)).not.toMatch(MARKER_PATTERN);
    expect(await db.attachment.count({ where: { nominationId: nomination.id } })).toBe(0);
    const erased = await db.auditEvent.findFirstOrThrow({ where: { entityId: nomination.id, action: "nomination.erased" } });
    expect(erased.data).toEqual({ from: "withdrawn", to: "erased", reason: "nominee_request" });
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: nomination.id, action: "consent.erasure_requested" } })).data).toEqual({ by: "nominee" });
    // The submitter had withdrawn: nobody is told about a deletion on request.
    expect(await db.outboxEmail.count({ where: { kind: "consent_outcome", toAddress: "quentin.marker3@example.org" } })).toBe(0);

    expect(await loadConsentByToken({ token, now: NOW })).toMatchObject({ state: "erased", canErase: false });
    expect(await declineConsent({ token, now: NOW, env: ENV })).toEqual({ declinedNow: false });
  });

  for (const status of ["rejected", "duplicate", "merged"] as const) {
    it(`after the nomination ended as ${status}`, async () => {
      const { nomination, token } = await askedNominee({ ...MARKERS, nomineeEmail: `zelda.marker.${status}@example.org`, nominatorEmail: `quentin.marker.${status}@example.org` });
      const primary = status === "rejected" ? null : await makeSubmission(await makeOpenProgramme(), { status: "submitted", nomineeEmail: `primary.${status}@example.org` });
      await db.nomination.update({ where: { id: nomination.id }, data: { status, duplicateOfId: primary?.nomination.id ?? null, rejectionReason: status === "rejected" ? "MARKER-STORY reason" : null } });
      expect(await loadConsentByToken({ token, now: NOW })).toMatchObject({ state: "closed", canErase: true });
      expect(await declineConsent({ token, now: NOW, env: ENV })).toEqual({ declinedNow: true });
      expect(await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).toMatchObject({ status: "erased" });
      expect(await nominationRows(nomination.id)).not.toMatch(MARKER_PATTERN);
    });
  }

  it("through the guardian's link, after the submitter withdrew", async () => {
    const { nomination, token, manageToken } = await askedNominee({ ...MARKERS, nomineeEmail: "zelda.marker4@example.org", nominatorEmail: "quentin.marker4@example.org" });
    await acceptConsent({ token, input: { birthDate: "2008-09-15", appearance: appearance({ chosenName: "MARKER-CHOSEN" }), guardianEmail: "guardian.marker4@example.org" }, now: NOW, env: ENV });
    const guardianToken = await tokenFromMail("guardian.marker4@example.org", "guardian_request", "guardian");
    await withdrawSubmission({ token: manageToken, now: NOW, env: ENV });
    expect(await loadGuardianByToken({ token: guardianToken })).toMatchObject({ state: "closed", canErase: true, nomineeName: "" });

    expect(await refuseGuardian({ token: guardianToken, now: NOW, env: ENV })).toEqual({ refusedNow: true });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).toMatchObject({ status: "erased" });
    expect(await nominationRows(nomination.id)).not.toMatch(MARKER_PATTERN);
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: nomination.id, action: "consent.erasure_requested" } })).data).toEqual({ by: "guardian" });
    expect(await loadGuardianByToken({ token: guardianToken })).toMatchObject({ state: "ended" });
    expect(await loadConsentByToken({ token, now: NOW })).toMatchObject({ state: "erased" });
    expect(await refuseGuardian({ token: guardianToken, now: NOW, env: ENV })).toEqual({ refusedNow: false });
  });

  it("takes the same person's duplicates and merged nominations along, and tells each nominator once", async () => {
    const { open, nomination, token } = await askedNominee({ nomineeEmail: "same.person@example.org", nominatorEmail: "first.nominator@example.org" });
    const second = await makeSubmission(open, { status: "merged", nomineeEmail: "same.person@example.org", nominatorEmail: "second.nominator@example.org", story: "MARKER-STORY merged" });
    const again = await makeSubmission(open, { status: "duplicate", nomineeEmail: "same.person@example.org", nominatorEmail: "second.nominator@example.org", story: "MARKER-STORY twice" });
    const other = await makeSubmission(open, { status: "submitted", nomineeEmail: "someone.else@example.org", story: "Someone else" });
    const elsewhere = await makeSubmission(open, { status: "duplicate", story: "MARKER-STORY elsewhere" });
    for (const { nomination: n } of [second, again]) await db.nomination.update({ where: { id: n.id }, data: { duplicateOfId: nomination.id } });
    await db.nomination.update({ where: { id: elsewhere.nomination.id }, data: { duplicateOfId: other.nomination.id } });
    const photo = await withPhoto(second.nomination.id);

    expect(await declineConsent({ token, now: NOW, env: ENV })).toEqual({ declinedNow: true });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).toMatchObject({ status: "declined" });
    for (const { nomination: n } of [second, again]) {
      const row = await db.nomination.findUniqueOrThrow({ where: { id: n.id }, include: { consent: true } });
      expect(row).toMatchObject({ status: "erased", consent: { status: "declined" } });
      expect(row.anonymisedAt).not.toBeNull();
      expect(await nominationRows(n.id)).not.toMatch(/MARKER|same\.person|second\.nominator/);
      expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: n.id, action: "nomination.erased" } })).data).toMatchObject({ reason: "declined" });
    }
    expect(storedFileExists(photo.storageKey)).toBe(false);
    // Another person's nominations are left alone.
    expect(await db.nomination.findUniqueOrThrow({ where: { id: elsewhere.nomination.id } })).toMatchObject({ status: "duplicate", story: "MARKER-STORY elsewhere" });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: other.nomination.id } })).toMatchObject({ status: "submitted" });
    const told = await db.outboxEmail.findMany({ where: { kind: "consent_outcome", toAddress: { endsWith: ".nominator@example.org" } } });
    expect(told.map((m) => m.toAddress).sort()).toEqual(["first.nominator@example.org", "second.nominator@example.org"]);
  });
});

describe("a guardian request that could not be sent", () => {
  it("is said on the nominee's page, and sent when the nominee saves their choices again the next day", async () => {
    const { nomination, token } = await askedNominee();
    const guardianEmail = "much.mailed.guardian@example.org";
    // Five requests to this address today already (other young people of the same family).
    for (let i = 0; i < REQUEST_MAIL_LIMITS.perAddress.limit; i++) await hitRateLimit({ key: `guardian-mail:${guardianEmail}`, ...REQUEST_MAIL_LIMITS.perAddress, now: NOW });
    const minor = { birthDate: "2008-09-15", appearance: appearance(), guardianEmail };
    expect(await acceptConsent({ token, input: minor, now: NOW, env: ENV })).toMatchObject({ ok: true, guardianRequired: true });
    expect(await db.outboxEmail.count({ where: { toAddress: guardianEmail } })).toBe(0);
    expect(await loadConsentByToken({ token, now: NOW })).toMatchObject({ state: "accepted", guardianNotEmailed: true });

    const tomorrow = new Date(NOW.getTime() + 24 * 60 * 60 * 1000);
    expect(await updateAppearance({ token, input: appearance(), now: tomorrow, env: ENV })).toEqual({ ok: true, changed: [] });
    expect(await db.outboxEmail.count({ where: { toAddress: guardianEmail, kind: "guardian_request" } })).toBe(1);
    expect(await loadConsentByToken({ token, now: tomorrow })).toMatchObject({ guardianNotEmailed: false });
    expect(await db.auditEvent.count({ where: { entityId: nomination.id, action: "consent.guardian_request_skipped" } })).toBe(1);
  });
});
