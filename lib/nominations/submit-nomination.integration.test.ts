import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { makeProgramme } from "@/lib/auth/test-fixtures";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { instantForLocalDate, localDateString } from "@/lib/categories/local-date";
import { AppError } from "@/lib/errors";
import { loadSubmissionForm } from "@/lib/nominations/load-submission-form";
import { hashPrivateToken, newPrivateToken, tokenMatches } from "@/lib/nominations/private-token";
import {
  CONFIRMATION_VALID_HOURS,
  SUBMISSIONS_PER_EMAIL,
  SUBMISSIONS_PER_IP,
  SubmissionRefused,
  submitNomination,
} from "@/lib/nominations/submit-nomination";

const NOW = new Date("2026-11-25T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const ENV = { AUTH_URL: "https://awards.example.org" };
const IP = "203.0.113.7";

let slug: string;
let programmeId: string;
let young: string; // individuals aged 16-25 on 31 January 2027, nominate or apply
let longest: string; // individuals of any age, nominations only
let groups: string; // groups whose members are under 30 on 15 December 2026, applications only
let title: string; // young: required short answer
let letter: string; // young: optional file

async function setUp({ phase = "nominations_open", opensAt = new Date(NOW.getTime() - DAY), closesAt = new Date(NOW.getTime() + 20 * DAY) } = {}) {
  const { programme } = await makeProgramme(db, { phase });
  await db.programme.update({ where: { id: programme.id }, data: { name: "Bristol Volunteer Awards", edition: "2027", timeZone: "Europe/London" } });
  await db.programmePhase.create({ data: { programmeId: programme.id, phase: "nominations_open", startsAt: opensAt, endsAt: closesAt } });
  const category = (data: object) => db.category.create({ data: { programmeId: programme.id, name: "Category", ...data } });
  const y = await category({ name: "Young volunteer of the year", nomineeKind: "individual", minAge: 16, maxAge: 25, ageReferenceDate: instantForLocalDate("2027-01-31", "Europe/London"), submissionMode: "both" });
  const l = await category({ name: "Longest serving volunteer", nomineeKind: "individual", submissionMode: "nomination" });
  const g = await category({ name: "Groups supporting youth engagement", nomineeKind: "group", maxAge: 29, ageReferenceDate: instantForLocalDate("2026-12-15", "Europe/London"), submissionMode: "self" });
  const q1 = await db.formQuestion.create({ data: { categoryId: y.id, type: "short_text", label: { en: "Project title", de: "Projekttitel" }, required: true, maxLength: 120, position: 0 } });
  const q2 = await db.formQuestion.create({ data: { categoryId: y.id, type: "file", label: { en: "Letter", de: "Brief" }, required: false, position: 1 } });
  await db.formQuestion.create({ data: { categoryId: y.id, type: "short_text", label: { en: "Old" }, required: true, archivedAt: NOW, position: 2 } });
  return { slug: programme.slug, programmeId: programme.id, young: y.id, longest: l.id, groups: g.id, title: q1.id, letter: q2.id };
}

beforeEach(async () => {
  ({ slug, programmeId, young, longest, groups, title, letter } = await setUp());
});

const tag = () => randomBytes(3).toString("hex");

function nomination(over: Record<string, unknown> = {}) {
  return {
    categoryId: young,
    kind: "nomination",
    nomineeKind: "individual",
    nominee: { name: "Amira Haddad", email: `amira-${tag()}@example.org`, birthDate: "2005-06-01", district: "Easton" },
    nominator: { name: "Tom Baker", email: `tom-${tag()}@example.org` },
    story: "She has run the Saturday food bank for four years.",
    answers: { [title]: "Food bank" },
    privacyAccepted: true,
    website: "",
    startedAt: NOW.getTime() - 5 * 60_000,
    ...over,
  };
}

function application(over: Record<string, unknown> = {}) {
  return {
    ...nomination(),
    nominator: undefined,
    kind: "application",
    appearance: { displayName: "chosen_name", chosenName: "Mimi", showPhoto: true, showDistrict: false },
    ...over,
  };
}

const submit = (payload: unknown, opts: { now?: Date; ip?: string; locale?: string; slug?: string } = {}) =>
  submitNomination({ slug: opts.slug ?? slug, payload, ip: opts.ip ?? IP, locale: opts.locale ?? "en", now: opts.now ?? NOW, env: ENV });

/** The issues a refused submission names, as "path: message". */
async function refusal(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SubmissionRefused);
  return (error as SubmissionRefused).issues.map((i) => `${i.path}: ${i.message}`);
}

async function nothingStored() {
  expect(await db.nomination.count({ where: { programmeId } })).toBe(0);
  expect(await db.outboxEmail.count({ where: { kind: "submission_confirmation" } })).toBe(0);
}

/** A pending upload as POST /api/uploads leaves it, without a file on disk (nothing here reads the file). */
async function pendingUpload(kind: "photo" | "document" = "photo") {
  const { token, hash } = newPrivateToken();
  const row = await db.attachment.create({
    data: { uploadTokenHash: hash, kind, storageKey: `test/${tag()}`, mimeType: kind === "photo" ? "image/jpeg" : "application/pdf", sizeBytes: 1234, sha256: "0".repeat(64) },
  });
  return { token, id: row.id };
}

beforeEach(async () => {
  // Without SMTP_URL every email is also printed; the outbox rows are what these tests read.
  vi.spyOn(console, "info").mockImplementation(() => {});
  await db.outboxEmail.deleteMany({});
  await db.rateLimitBucket.deleteMany({});
});

describe("submitNomination", () => {
  it("stores a nomination awaiting confirmation and emails the nominator a working private link", async () => {
    const payload = nomination();
    const { nominationId } = await submit(payload);
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nominationId! }, include: { answers: true, consent: true } });
    expect(row).toMatchObject({
      status: "pending_confirmation",
      kind: "nomination",
      nomineeName: "Amira Haddad",
      nomineeEmail: payload.nominee.email,
      nominatorEmail: payload.nominator.email,
      nomineeDistrict: "Easton",
      locale: "en",
      confirmedAt: null,
    });
    expect(localDateString(row.nomineeBirthDate!, "Europe/London")).toBe("2005-06-01");
    expect(row.submittedAt).toEqual(NOW);
    expect(row.expiresAt).toEqual(new Date(NOW.getTime() + CONFIRMATION_VALID_HOURS * 60 * 60 * 1000));
    expect(row.answers.map((a) => [a.questionId, a.value])).toEqual([[title, "Food bank"]]);
    // The nominee decides later, through their own link.
    expect(row.consent).toMatchObject({ status: "pending", decidedAt: null, tokenHash: null, guardianRequired: false });

    const mail = await db.outboxEmail.findFirstOrThrow({ where: { kind: "submission_confirmation" } });
    expect(mail.toAddress).toBe(payload.nominator.email);
    expect(mail.subject).toBe("Please confirm your email address");
    const token = /https:\/\/awards\.example\.org\/submissions\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
    expect(token).toBeDefined();
    expect(hashPrivateToken(token!)).toBe(row.manageTokenHash);
    expect(tokenMatches(token, row.manageTokenHash)).toBe(true);
    expect(mail.text).toContain("expires in 48 hours");
  });

  it("records the submission in the audit log without personal data", async () => {
    const payload = nomination();
    const { nominationId } = await submit(payload);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: nominationId!, action: "nomination.submitted" } });
    expect(audit.actorId).toBeNull();
    const text = JSON.stringify(audit.data);
    for (const personal of ["Amira", payload.nominee.email, payload.nominator.email, "Tom", "2005", "Easton", "food bank"]) expect(text).not.toContain(personal);
    expect((await verifyAuditLog(db)).problem).toBeNull();
  });

  it("stores an applicant's own choices, their guardian when under 18, their photo, and writes to them in German", async () => {
    const photo = await pendingUpload("photo");
    const doc = await pendingUpload("document");
    const payload = application({
      nominee: { name: "Mia Schulz", email: "mia@example.org", birthDate: "2010-06-01", district: "" },
      guardianEmail: "Parent@Example.org",
      photoUpload: photo.token,
      answers: { [title]: "Repair café", [letter]: doc.token },
    });
    const { nominationId } = await submit(payload, { locale: "de" });
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nominationId! }, include: { consent: true, attachments: true } });
    expect(row).toMatchObject({ kind: "application", locale: "de", nominatorName: null, nominatorEmail: null, nomineeDistrict: null });
    expect(row.consent).toMatchObject({
      status: "accepted",
      decidedAt: NOW,
      displayName: "chosen_name",
      chosenName: "Mimi",
      showPhoto: true,
      showDistrict: false,
      guardianRequired: true,
      guardianEmail: "parent@example.org",
    });
    expect(row.attachments.map((a) => [a.id, a.questionId, a.uploadTokenHash]).sort()).toEqual([[photo.id, null, null], [doc.id, letter, null]].sort());

    const mail = await db.outboxEmail.findFirstOrThrow({ where: { kind: "submission_confirmation" } });
    expect(mail.toAddress).toBe("mia@example.org");
    expect(mail.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse");
    expect(mail.text).toContain("Vielen Dank für Ihre Bewerbung");
  });

  it("asks an applicant under 18 for a guardian and refuses their own address as the guardian's", async () => {
    const minor = { name: "Mia Schulz", email: "mia@example.org", birthDate: "2010-06-01", district: "" };
    expect(await refusal(submit(application({ nominee: minor })))).toEqual(["guardianEmail: guardianRequired"]);
    expect(await refusal(submit(application({ nominee: minor, guardianEmail: "MIA@example.org" })))).toEqual(["guardianEmail: guardianSameAddress"]);
    await nothingStored();
  });

  it("refuses an ineligible age on the category's reference date and names the rule", async () => {
    const error = await submit(nomination({ nominee: { name: "Amira", email: "amira@example.org", birthDate: "2000-01-01", district: "" } })).catch((e) => e);
    expect(error).toBeInstanceOf(SubmissionRefused);
    expect(error.issues).toEqual([{ path: "nominee.birthDate", message: "eligibility.too_old", values: { maxAge: 25, age: 27, ruleMin: 16, ruleMax: 25, year: 2027, month: 1, day: 31 } }]);
    // 16 on the reference date, though 15 today: eligible.
    await expect(submit(nomination({ nominee: { name: "Sam", email: "sam@example.org", birthDate: "2011-01-31", district: "" } }))).resolves.toMatchObject({ nominationId: expect.any(String) });
    expect(await refusal(submit(nomination({ nominee: { name: "Sam", email: "sam@example.org", birthDate: "2011-02-01", district: "" } })))).toEqual([
      "nominee.birthDate: eligibility.too_young",
    ]);
  });

  it("keeps individuals and groups to their own categories and checks every member's age", async () => {
    const group = { name: "Kickers for All", size: 3, memberAges: [17, 19, 24] };
    expect(await refusal(submit(nomination({ nomineeKind: "group", group })))).toEqual(["nomineeKind: eligibility.individuals_only"]);
    expect(await refusal(submit(application({ categoryId: groups, answers: {}, nomineeKind: "individual" })))).toEqual(["nomineeKind: eligibility.groups_only"]);
    expect(await refusal(submit(application({ categoryId: groups, answers: {}, nomineeKind: "group", group: { ...group, memberAges: [17, 19, 31] } })))).toEqual([
      "group.memberAges: eligibility.member_too_old",
    ]);
    expect(await refusal(submit(application({ categoryId: groups, answers: {}, nomineeKind: "group", group: { ...group, memberAges: [17, 19] } })))).toEqual([
      "group.memberAges: memberAgesCount",
    ]);
    await nothingStored();
    const { nominationId } = await submit(application({ categoryId: groups, answers: {}, nomineeKind: "group", group }));
    expect(await db.nomination.findUniqueOrThrow({ where: { id: nominationId! } })).toMatchObject({ groupName: "Kickers for All", groupSize: 3, groupMemberAges: [17, 19, 24], nomineeBirthDate: null });
  });

  it("refuses a missing required answer, over-long text and a kind the category does not take", async () => {
    expect(await refusal(submit(nomination({ answers: {} })))).toEqual([`answers.${title}: required`]);
    expect(await refusal(submit(nomination({ answers: { [title]: "x".repeat(121) } })))).toEqual([`answers.${title}: tooLongMax`]);
    expect(await refusal(submit(nomination({ story: "x".repeat(5001) })))).toEqual(["story: tooLong"]);
    expect(await refusal(submit(nomination({ nominee: { name: "x".repeat(121), email: "a@example.org", birthDate: "2005-01-01", district: "" } })))).toEqual(["nominee.name: tooLong"]);
    expect(await refusal(submit(application({ categoryId: longest, answers: {} })))).toEqual(["kind: nominationsOnly"]);
    await nothingStored();
  });

  it("stores script and HTML as typed text and never carries it into the email", async () => {
    const script = "<script>alert(1)</script>";
    const { nominationId } = await submit(nomination({ nominee: { name: script, email: "amira@example.org", birthDate: "2005-06-01", district: '"><img src=x onerror=alert(2)>' }, story: `<b>bold</b> ${script}`, answers: { [title]: script } }));
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nominationId! }, include: { answers: true } });
    expect(row.nomineeName).toBe(script);
    expect(row.nomineeDistrict).toBe('"><img src=x onerror=alert(2)>');
    expect(row.story).toBe(`<b>bold</b> ${script}`);
    expect(row.answers[0].value).toBe(script);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { kind: "submission_confirmation" } });
    expect(mail.html).not.toMatch(/<script|onerror|<b>/);
    expect(mail.text).not.toContain("alert(");
  });

  it("refuses throwaway email addresses next to the field", async () => {
    expect(await refusal(submit(nomination({ nominator: { name: "Tom", email: "tom@mailinator.com" } })))).toEqual(["nominator.email: disposableEmail"]);
    expect(await refusal(submit(nomination({ nominee: { name: "A", email: "a@sub.guerrillamail.com", birthDate: "2005-06-01", district: "" } })))).toEqual(["nominee.email: disposableEmail"]);
    await nothingStored();
  });

  it("answers a filled honeypot or a form sent within seconds as if it worked, and stores nothing", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    await expect(submit(nomination({ website: "https://spam.example" }))).resolves.toEqual({ nominationId: null });
    await expect(submit(nomination({ startedAt: NOW.getTime() - 1000 }))).resolves.toEqual({ nominationId: null });
    await expect(submit(nomination({ startedAt: NOW.getTime() + 60_000 }))).resolves.toEqual({ nominationId: null });
    await expect(submit({ ...nomination(), startedAt: undefined })).resolves.toEqual({ nominationId: null });
    await nothingStored();
    expect(warn).toHaveBeenCalledTimes(4);
    expect(JSON.stringify(warn.mock.calls)).not.toContain("amira");
  });

  it("refuses a second submission after the deadline with a clear reason", async () => {
    const closesAt = new Date(NOW.getTime() + DAY);
    ({ slug, programmeId, young, title } = await setUp({ closesAt }));
    await submit(nomination());
    const late = new Date(closesAt.getTime() + 60_000);
    await expect(submit(nomination({ startedAt: NOW.getTime() }), { now: late })).rejects.toMatchObject({ code: "invalid_state", message: "closed" });
    expect(await db.nomination.count({ where: { programmeId } })).toBe(1);
  });

  it("refuses programmes that are not open: drafts are not found, future windows not open yet", async () => {
    ({ slug, young, title } = await setUp({ phase: "draft", opensAt: new Date(NOW.getTime() + 2 * DAY) }));
    await expect(submit(nomination())).rejects.toMatchObject({ code: "not_found" });
    ({ slug, young, title } = await setUp({ opensAt: new Date(NOW.getTime() + 2 * DAY) }));
    await expect(submit(nomination())).rejects.toMatchObject({ code: "invalid_state", message: "notOpenYet" });
    ({ slug, young, title } = await setUp({ phase: "moderation" }));
    await expect(submit(nomination())).rejects.toMatchObject({ code: "invalid_state", message: "closed" });
  });

  it("refuses a category of another programme", async () => {
    const other = await setUp();
    await expect(submit(nomination({ categoryId: other.young }))).rejects.toMatchObject({ code: "not_found" });
    await expect(submit(nomination(), { slug: "no-such-programme" })).rejects.toBeInstanceOf(AppError);
  });

  it("refuses an upload token that is unknown or already used, next to its field, keeping nothing", async () => {
    expect(await refusal(submit(nomination({ photoUpload: newPrivateToken().token })))).toEqual(["photoUpload: uploadExpired"]);
    const doc = await pendingUpload("document");
    await submit(nomination({ answers: { [title]: "x", [letter]: doc.token } }));
    expect(await refusal(submit(nomination({ answers: { [title]: "x", [letter]: doc.token } })))).toEqual([`answers.${letter}: uploadExpired`]);
    expect(await db.nomination.count({ where: { programmeId } })).toBe(1);
  });

  it("limits submissions per submitter email", async () => {
    const nominator = { name: "Tom", email: "busy@example.org" };
    for (let i = 0; i < SUBMISSIONS_PER_EMAIL.limit; i++) await submit(nomination({ nominator }), { ip: `198.51.100.${i}` });
    await expect(submit(nomination({ nominator }), { ip: "198.51.100.99" })).rejects.toMatchObject({ code: "rate_limited" });
    expect(await db.outboxEmail.count({ where: { toAddress: "busy@example.org" } })).toBe(SUBMISSIONS_PER_EMAIL.limit);
  });

  it("limits submissions per IP address, but not the shared bucket of unknown addresses as tightly", async () => {
    for (let i = 0; i < SUBMISSIONS_PER_IP.limit; i++) await submit(nomination());
    await expect(submit(nomination())).rejects.toMatchObject({ code: "rate_limited" });
    for (let i = 0; i < SUBMISSIONS_PER_IP.limit + 1; i++) await submit(nomination(), { ip: "unknown" });
    expect(await db.nomination.count({ where: { programmeId } })).toBe(2 * SUBMISSIONS_PER_IP.limit + 1);
  });
});

describe("loadSubmissionForm", () => {
  it("gives the form the category's rules and current questions in the visitor's language, English when missing", async () => {
    await db.formQuestion.update({ where: { id: letter }, data: { label: { en: "Letter of support" } } });
    const form = await loadSubmissionForm({ slug, categoryId: young, locale: "de", now: NOW });
    expect(form?.questions.map((q) => q.label)).toEqual(["Projekttitel", "Letter of support"]);
    expect(form?.rules).toEqual({ submissionMode: "both", eligibility: { nomineeKind: "individual", minAge: 16, maxAge: 25, referenceDate: { year: 2027, month: 1, day: 31 } } });
    expect(form?.window.state).toBe("open");
    expect(form?.today).toEqual({ year: 2026, month: 11, day: 25 });
    expect(form?.startedAt).toBe(NOW.getTime());
  });

  it("finds nothing for another programme's category or a draft programme", async () => {
    const other = await setUp();
    expect(await loadSubmissionForm({ slug, categoryId: other.young, locale: "en", now: NOW })).toBeNull();
    const draft = await setUp({ phase: "draft", opensAt: new Date(NOW.getTime() + 2 * DAY) });
    expect(await loadSubmissionForm({ slug: draft.slug, categoryId: draft.young, locale: "en", now: NOW })).toBeNull();
  });
});
