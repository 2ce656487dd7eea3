import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fileStorage, newStorageKey, uploadDir } from "@/lib/attachments/file-storage";
import { sendEmail } from "@/lib/mail/send-email";
import { makeModerationWorld, makeNomination, type ModerationWorld } from "@/lib/moderation/moderation-fixtures";
import { ENDED_SUBMISSION_KEEP_DAYS, runRetention } from "@/lib/retention/run-retention";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "laurel-retention-"));

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const now = new Date("2026-05-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

let w: ModerationWorld;
beforeAll(async () => {
  w = await makeModerationWorld(db);
});

async function attachFile(nominationId: string | null, createdAt = now) {
  const storageKey = newStorageKey();
  await fileStorage().put(storageKey, Buffer.from("file"));
  const row = await db.attachment.create({
    data: { nominationId, kind: "photo", storageKey, mimeType: "image/jpeg", sizeBytes: 4, sha256: "0".repeat(64), createdAt },
  });
  return { id: row.id, file: path.join(uploadDir(), storageKey) };
}

describe("runRetention", () => {
  it("deletes what must go, keeps what may stay, and a second run is harmless", async () => {
    const category = w.categoryIds[0];
    const expired = await makeNomination(db, { programmeId: w.programmeId, categoryId: category, status: "pending_confirmation", expiresAt: ago(HOUR), submittedAt: null });
    const expiredFile = await attachFile(expired.id);
    await sendEmail({ to: expired.nominatorEmail!, subject: "Confirm", text: `Confirm your nomination of ${expired.nomineeName}`, kind: "submission_confirmation" });
    const fresh = await makeNomination(db, { programmeId: w.programmeId, categoryId: category, status: "pending_confirmation", expiresAt: new Date(now.getTime() + HOUR), submittedAt: null });
    const confirmed = await makeNomination(db, { programmeId: w.programmeId, categoryId: category, status: "submitted", expiresAt: ago(HOUR) });
    const declined = await makeNomination(db, { programmeId: w.programmeId, categoryId: category, status: "declined", consent: { status: "declined" } });
    const declinedFile = await attachFile(declined.id);
    const oldUpload = await attachFile(null, ago(25 * HOUR));
    const newUpload = await attachFile(null, ago(HOUR));
    await db.rateLimitBucket.createMany({
      data: [
        { key: "old:1", count: 3, windowStart: ago(48 * HOUR) },
        { key: "new:1", count: 3, windowStart: ago(HOUR) },
      ],
    });

    // A voter's address lives only in the email that carried their code: it goes a day later.
    await db.outboxEmail.createMany({
      data: [
        { toAddress: "old-voter@example.org", subject: "123456", text: "123456", kind: "vote_code", status: "outbox", createdAt: ago(25 * HOUR) },
        { toAddress: "new-voter@example.org", subject: "654321", text: "654321", kind: "vote_code", status: "outbox", createdAt: ago(HOUR) },
      ],
    });
    await db.voteEmailCode.createMany({
      data: [
        { programmeId: w.programmeId, identityHash: "a".repeat(64), codeHash: "b".repeat(64), createdAt: ago(25 * HOUR) },
        { programmeId: w.programmeId, identityHash: "c".repeat(64), codeHash: "d".repeat(64), createdAt: ago(HOUR) },
      ],
    });

    const first = await runRetention({ now });
    expect(first).toEqual({ expiredSubmissions: 1, anonymisedDeclined: 1, anonymisedEnded: 0, leftoverAttachments: 0, unclaimedUploads: 1, rateLimitBuckets: 1, voteCodeEmails: 1, voteCodes: 1 });
    expect((await db.outboxEmail.findMany({ where: { kind: "vote_code" } })).map((m) => m.toAddress)).toEqual(["new-voter@example.org"]);
    expect((await db.voteEmailCode.findMany()).map((c) => c.identityHash)).toEqual(["c".repeat(64)]);

    expect(await db.nomination.findUnique({ where: { id: expired.id } })).toBeNull();
    expect(existsSync(expiredFile.file)).toBe(false);
    expect(await db.outboxEmail.count({ where: { toAddress: expired.nominatorEmail! } })).toBe(0);
    expect(await db.nomination.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    expect(await db.nomination.findUnique({ where: { id: confirmed.id } })).toMatchObject({ status: "submitted" });

    const anonymised = await db.nomination.findUniqueOrThrow({ where: { id: declined.id } });
    expect(anonymised).toMatchObject({ status: "declined", nomineeEmail: null, story: "" });
    expect(anonymised.anonymisedAt).toBeInstanceOf(Date);
    expect(existsSync(declinedFile.file)).toBe(false);

    expect(await db.attachment.findUnique({ where: { id: oldUpload.id } })).toBeNull();
    expect(existsSync(oldUpload.file)).toBe(false);
    expect(await db.attachment.findUnique({ where: { id: newUpload.id } })).not.toBeNull();
    expect(existsSync(newUpload.file)).toBe(true);
    expect((await db.rateLimitBucket.findMany({ orderBy: { key: "asc" } })).map((b) => b.key)).toEqual(["new:1"]);

    const second = await runRetention({ now });
    expect(second).toEqual({ expiredSubmissions: 0, anonymisedDeclined: 0, anonymisedEnded: 0, leftoverAttachments: 0, unclaimedUploads: 0, rateLimitBuckets: 0, voteCodeEmails: 0, voteCodes: 0 });
    // One audit row per run that deleted something, with counts only.
    const runs = await db.auditEvent.findMany({ where: { action: "retention.ran" } });
    expect(runs.map((r) => [r.actorId, r.data])).toEqual([[null, first]]);
    expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: declined.id, action: "nomination.erased" } })).data).toEqual({ reason: "declined" });
  });

  it("two instances running at once delete each row once", async () => {
    const category = w.categoryIds[1];
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await makeNomination(db, { programmeId: w.programmeId, categoryId: category, status: "pending_confirmation", expiresAt: ago(HOUR), submittedAt: null })).id);
    }
    const declined = await makeNomination(db, { programmeId: w.programmeId, categoryId: category, status: "declined" });
    const [a, b] = await Promise.all([runRetention({ now }), runRetention({ now })]);
    expect(a.expiredSubmissions + b.expiredSubmissions).toBe(3);
    expect(a.anonymisedDeclined + b.anonymisedDeclined).toBe(1);
    expect(await db.nomination.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: declined.id, action: "nomination.erased" } })).toBe(1);
  });

  it("removes files an interrupted erasure left behind", async () => {
    const erased = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[1], status: "erased" });
    await db.nomination.update({ where: { id: erased.id }, data: { anonymisedAt: ago(HOUR) } });
    const leftover = await attachFile(erased.id);
    expect((await runRetention({ now })).leftoverAttachments).toBe(1);
    expect(existsSync(leftover.file)).toBe(false);
  });

  it(`anonymises withdrawn and rejected submissions ${ENDED_SUBMISSION_KEEP_DAYS} days after they last changed, and nothing else`, async () => {
    expect(ENDED_SUBMISSION_KEEP_DAYS).toBe(30);
    const category = w.categoryIds[1];
    const ended = async (status: string, daysAgo: number) => {
      const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: category, status, story: `MARKER-ENDED ${status} ${daysAgo}`, consent: { status: "accepted", chosenName: "MARKER-CHOSEN" } });
      await db.nomination.update({ where: { id: n.id }, data: { ...(status === "rejected" ? { rejectionReason: "MARKER-REASON" } : {}), updatedAt: ago(daysAgo * DAY) } });
      return n;
    };
    const withdrawn = await ended("withdrawn", 31);
    const rejected = await ended("rejected", 31);
    const recent = await ended("rejected", 29);
    const accepted = await ended("eligible", 90);
    const duplicate = await ended("duplicate", 90);
    const file = await attachFile(withdrawn.id);

    const counts = await runRetention({ now });
    expect(counts.anonymisedEnded).toBe(2);
    for (const { id } of [withdrawn, rejected]) {
      const row = await db.nomination.findUniqueOrThrow({ where: { id }, include: { consent: true } });
      expect(row).toMatchObject({ status: "erased", nomineeEmail: null, nominatorEmail: null, story: "", rejectionReason: null, manageTokenHash: null });
      expect(row.anonymisedAt).toEqual(now);
      expect(JSON.stringify(row)).not.toMatch(/MARKER/);
      expect((await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "nomination.erased" } })).data).toEqual({ from: row.id === withdrawn.id ? "withdrawn" : "rejected", to: "erased", reason: "retention" });
    }
    expect(existsSync(file.file)).toBe(false);
    for (const { id, status } of [
      { id: recent.id, status: "rejected" },
      { id: accepted.id, status: "eligible" },
      { id: duplicate.id, status: "duplicate" },
    ]) {
      expect(await db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ status, anonymisedAt: null, story: expect.stringContaining("MARKER-ENDED") });
    }
    expect((await runRetention({ now })).anonymisedEnded).toBe(0);
  });
});
