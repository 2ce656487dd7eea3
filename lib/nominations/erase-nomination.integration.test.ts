import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fileStorage, newStorageKey } from "@/lib/attachments/file-storage";
import { Prisma } from "@/lib/generated/sqlite/client";
import { sendEmail } from "@/lib/mail/send-email";
import { correctNomination } from "@/lib/moderation/correct-nomination";
import { makeModerationWorld, makeNomination, type ModerationWorld } from "@/lib/moderation/moderation-fixtures";
import { rejectNomination } from "@/lib/moderation/reject-nomination";
import { eraseNomination, ERASED_NAME } from "@/lib/nominations/erase-nomination";

// Files go to a folder of this test's own, so the search below sees only them.
const uploadRoot = mkdtempSync(path.join(tmpdir(), "laurel-erase-"));
process.env.UPLOAD_DIR = uploadRoot;

let w: ModerationWorld;
beforeAll(async () => {
  w = await makeModerationWorld(db);
});

const marker = (what: string) => `MRK${what}${randomBytes(6).toString("hex")}`;

/** Every row of every table, as text: what a database dump would show. */
async function dumpEverything(): Promise<string> {
  const models = Object.values(Prisma.ModelName);
  expect(models.length).toBeGreaterThan(20);
  const parts: string[] = [];
  for (const model of models) {
    const delegate = (db as unknown as Record<string, { findMany: () => Promise<unknown[]> }>)[model[0].toLowerCase() + model.slice(1)];
    parts.push(JSON.stringify(await delegate.findMany()));
  }
  return parts.join("\n");
}

/** Every file under the upload folder, as text. */
function dumpFiles(dir = uploadRoot): string {
  return readdirSync(dir)
    .map((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? dumpFiles(full) : readFileSync(full).toString("latin1");
    })
    .join("\n");
}

async function plantEverywhere(categoryId: string) {
  const m = {
    nomineeName: marker("NomineeName"),
    nomineeEmail: `${marker("nomineemail").toLowerCase()}@example.org`,
    district: marker("District"),
    groupName: marker("GroupName"),
    nominatorName: marker("NominatorName"),
    nominatorEmail: `${marker("nominatormail").toLowerCase()}@example.org`,
    story: marker("Story"),
    answer: marker("Answer"),
    chosenName: marker("ChosenName"),
    guardianEmail: `${marker("guardianmail").toLowerCase()}@example.org`,
    rejection: marker("Rejection"),
    file: marker("FileContent"),
    finalist: marker("Finalist"),
    finalistChange: marker("FinalistChange"),
    jurorNote: marker("JurorNote"),
    scoreComment: marker("ScoreComment"),
    conflictNote: marker("ConflictNote"),
    override: marker("Override"),
  };
  const birthDate = "1987-03-14";
  const n = await makeNomination(db, {
    programmeId: w.programmeId,
    categoryId,
    nomineeKind: "group",
    nomineeName: m.nomineeName,
    nomineeEmail: m.nomineeEmail,
    nomineeBirthDate: new Date(`${birthDate}T11:00:00Z`),
    nomineeDistrict: m.district,
    groupName: m.groupName,
    nominatorName: m.nominatorName,
    nominatorEmail: m.nominatorEmail,
    story: m.story,
    consent: { status: "accepted", guardianRequired: true, guardianEmail: m.guardianEmail, chosenName: m.chosenName },
  });
  await db.nomination.update({
    where: { id: n.id },
    data: { groupSize: 4, groupMemberAges: [71, 73, 75, 77], manageTokenHash: marker("hash"), locale: "de" },
  });
  await db.nomineeConsent.update({ where: { nominationId: n.id }, data: { tokenHash: marker("consenthash"), guardianTokenHash: marker("guardianhash") } });

  const question = await db.formQuestion.create({ data: { categoryId, type: "long_text", label: { en: "Why?" } } });
  await db.nominationAnswer.create({ data: { nominationId: n.id, questionId: question.id, value: m.answer } });

  const storageKey = newStorageKey();
  await fileStorage().put(storageKey, Buffer.from(`%PDF-1.7 letter about ${m.nomineeName}: ${m.file}`));
  await db.attachment.create({
    data: { nominationId: n.id, kind: "document", storageKey, mimeType: "application/pdf", sizeBytes: 100, sha256: "0".repeat(64) },
  });

  // What the public flow sends: confirmation to the nominator, consent request to the nominee, guardian request.
  await sendEmail({ to: m.nominatorEmail, subject: "Confirm", text: `Please confirm your nomination of ${m.groupName}.`, kind: "submission_confirmation" });
  await sendEmail({ to: m.nomineeEmail, subject: "Nominated", text: `${m.nominatorName} nominated ${m.groupName}.`, kind: "consent_request" });
  await sendEmail({ to: m.guardianEmail, subject: "Guardian", text: `Please confirm for ${m.nomineeName}.`, kind: "guardian_request" });

  // The jury's and the shortlist's words about the person.
  const criterion = await db.criterion.create({ data: { categoryId, name: "Impact" } });
  const juror = await db.user.findUniqueOrThrow({ where: { id: w.juror.id } });
  const sheet = await db.scoreSheet.create({ data: { nominationId: n.id, jurorId: juror.id, overallNote: m.jurorNote } });
  await db.score.create({ data: { sheetId: sheet.id, criterionId: criterion.id, value: 8, comment: m.scoreComment } });
  await db.conflictDeclaration.create({ data: { nominationId: n.id, jurorId: juror.id, reason: "other", note: m.conflictNote, declaredById: juror.id } });
  await db.finalist.create({ data: { categoryId, nominationId: n.id, publicName: m.finalist, publicSummary: m.finalist, publicDistrict: m.district, changeReason: m.finalistChange } });
  await db.result.create({ data: { categoryId, nominationId: n.id, rank: 1, overrideReason: m.override } });

  // Moderation through the app: a typo fixed (audited) and a rejection (emailed with the reason).
  await correctNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id, correction: { story: `${m.story} (fixed)`, answers: {} } });
  await rejectNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id, reason: m.rejection });

  return { nomination: n, markers: Object.values(m), birthDate };
}

describe("eraseNomination", () => {
  it("leaves no personal data in any table or in the upload folder, and the counts stay", async () => {
    const categoryId = w.categoryIds[0];
    const bystander = await makeNomination(db, { programmeId: w.programmeId, categoryId, nomineeName: "Bystander Person" });
    const staffMail = await sendEmail({ to: "organiser@laurel.example", subject: "Sign in", text: "Your link", kind: "sign_in_link" });
    const { nomination, markers, birthDate } = await plantEverywhere(categoryId);

    const before = await dumpEverything();
    for (const m of markers) expect(before + dumpFiles()).toContain(m);
    expect(before).toContain(birthDate);

    const result = await eraseNomination({ nominationId: nomination.id, actorId: w.organiser.id, reason: "nominee_request" });
    expect(result).toMatchObject({ status: "erased", changed: true });

    const after = await dumpEverything();
    const files = dumpFiles();
    for (const m of markers) {
      expect(after, `database still holds ${m}`).not.toContain(m);
      expect(files, `upload folder still holds ${m}`).not.toContain(m);
    }
    expect(after).not.toContain(birthDate);

    const row = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id }, include: { consent: true, answers: true, attachments: true } });
    expect(row).toMatchObject({
      status: "erased",
      nomineeName: ERASED_NAME,
      nomineeEmail: null,
      nomineeBirthDate: null,
      groupName: null,
      groupSize: null,
      groupMemberAges: null,
      nominatorName: null,
      story: "",
      manageTokenHash: null,
      answers: [],
      attachments: [],
      consent: { status: "accepted", chosenName: null, guardianEmail: null, tokenHash: null, guardianTokenHash: null },
    });
    expect(row.anonymisedAt).toBeInstanceOf(Date);

    // Anonymous counts still work: the row is there with its category and status.
    const counts = await db.nomination.groupBy({ by: ["categoryId", "status"], where: { programmeId: w.programmeId }, _count: { _all: true } });
    expect(counts).toContainEqual({ categoryId, status: "erased", _count: { _all: 1 } });
    // Others' data is untouched: another nomination and a staff email.
    expect(await db.nomination.findUniqueOrThrow({ where: { id: bystander.id } })).toMatchObject({ nomineeName: "Bystander Person" });
    expect(await db.outboxEmail.findUnique({ where: { id: staffMail.id } })).not.toBeNull();

    const events = await db.auditEvent.findMany({ where: { entityId: nomination.id, action: "nomination.erased" } });
    expect(events.map((e) => [e.actorId, e.data])).toEqual([[w.organiser.id, { from: "rejected", to: "erased", reason: "nominee_request" }]]);
  });

  it("is idempotent: a second erasure changes nothing and writes no second audit row", async () => {
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[1] });
    await eraseNomination({ nominationId: n.id, actorId: null, reason: "submitter_request" });
    const again = await eraseNomination({ nominationId: n.id, actorId: null, reason: "submitter_request" });
    expect(again).toMatchObject({ status: "erased", changed: false });
    expect(await db.auditEvent.count({ where: { entityId: n.id, action: "nomination.erased" } })).toBe(1);
  });

  it("keeps a declined nomination declined, and records a nominee who declines as declined", async () => {
    const alreadyDeclined = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[1], status: "declined" });
    expect(await eraseNomination({ nominationId: alreadyDeclined.id, actorId: null, reason: "retention" })).toMatchObject({ status: "declined", changed: true });
    const declining = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[1], status: "eligible" });
    expect(await eraseNomination({ nominationId: declining.id, actorId: null, reason: "declined" })).toMatchObject({ status: "declined", changed: true });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: declining.id } })).toMatchObject({ status: "declined", nomineeName: ERASED_NAME });
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: declining.id } })).data).toEqual({ from: "eligible", to: "declined", reason: "declined" });
  });

  it("keeps a nominator's emails about their other nominations", async () => {
    const nominatorEmail = "busy.nominator@example.org";
    const erased = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[1], nomineeName: "First Nominee", nominatorEmail });
    const kept = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[1], nomineeName: "Second Nominee", nominatorEmail });
    const aboutErased = await sendEmail({ to: nominatorEmail, subject: "Confirm", text: "Your nomination of First Nominee", kind: "submission_confirmation" });
    const aboutKept = await sendEmail({ to: nominatorEmail, subject: "Confirm", text: "Your nomination of Second Nominee", kind: "submission_confirmation" });
    await eraseNomination({ nominationId: erased.id, actorId: null, reason: "submitter_request" });
    expect(await db.outboxEmail.findUnique({ where: { id: aboutErased.id } })).toBeNull();
    expect(await db.outboxEmail.findUnique({ where: { id: aboutKept.id } })).not.toBeNull();
    expect(await db.nomination.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ nominatorEmail });
  });

  it("answers not_found for an unknown nomination", async () => {
    await expect(eraseNomination({ nominationId: "nope", actorId: null, reason: "retention" })).rejects.toMatchObject({ code: "not_found" });
  });
});
