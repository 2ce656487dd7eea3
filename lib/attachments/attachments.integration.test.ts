import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimUploads } from "@/lib/attachments/claim-uploads";
import { deleteAttachment } from "@/lib/attachments/delete-attachment";
import { deleteAttachmentFiles, deleteUnclaimedUploads } from "@/lib/attachments/delete-attachments";
import { loadAttachmentForActor, loadAttachmentForSubmitter } from "@/lib/attachments/read-attachment";
import { storeUpload } from "@/lib/attachments/store-upload";
import { cleanPdf, executable, jpegWithGps, solidImage } from "@/lib/attachments/test-fixtures";
import { fileQuestionFor, makeNomination, makeStaff, storedFileExists, withTemporaryUploadDir } from "@/lib/attachments/attachment-test-setup";
import { hashPrivateToken } from "@/lib/nominations/private-token";

const uploadDir = withTemporaryUploadDir();
const HOUR = 60 * 60 * 1000;

/** Claims an upload: a photo as the nominee's photo, a document as the answer to a file question (unless told which). */
async function claim(nominationId: string, token: string, questionId?: string | null) {
  const upload = await db.attachment.findUnique({ where: { uploadTokenHash: hashPrivateToken(token) }, select: { kind: true } });
  const slot = questionId !== undefined ? questionId : upload?.kind === "document" ? await fileQuestionFor(db, nominationId) : null;
  return db.$transaction((tx) => claimUploads(tx, { nominationId, uploads: [{ token, questionId: slot }] }));
}

describe("storeUpload", () => {
  it("stores a re-encoded photo as a pending upload, keeping only the token's hash", async () => {
    const upload = await storeUpload({ bytes: await jpegWithGps(), kind: "photo" });
    expect(upload).toMatchObject({ kind: "photo", mimeType: "image/jpeg", width: 48, height: 64 });
    expect(upload.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db.attachment.findUniqueOrThrow({ where: { id: upload.id } });
    expect(row).toMatchObject({ nominationId: null, kind: "photo", sizeBytes: upload.sizeBytes });
    expect(row.uploadTokenHash).not.toBe(upload.token);
    expect(storedFileExists(uploadDir, row.storageKey)).toBe(true);
    // What is on disk has no EXIF, so no GPS position.
    const file = await import("node:fs/promises").then((fs) => fs.readFile(`${uploadDir}/${row.storageKey}`));
    expect((await sharp(file).metadata()).exif).toBeUndefined();
    expect(file.includes("MarkerPhone")).toBe(false);
  });

  it("writes nothing, neither row nor file, when it refuses a file", async () => {
    const before = await db.attachment.count();
    await expect(storeUpload({ bytes: executable("pe"), kind: "photo" })).rejects.toMatchObject({ code: "invalid_input", message: "upload.not_allowed_type" });
    expect(await db.attachment.count()).toBe(before);
  });
});

describe("claimUploads", () => {
  it("attaches an upload to a nomination once; the token then stops working", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const upload = await storeUpload({ bytes: cleanPdf(), kind: "document" });
    expect(await claim(nomination.id, upload.token, "question-1")).toBe(1);
    const row = await db.attachment.findUniqueOrThrow({ where: { id: upload.id } });
    expect(row).toMatchObject({ nominationId: nomination.id, questionId: "question-1", uploadTokenHash: null });

    const { nomination: second } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    await expect(claim(second.id, upload.token)).rejects.toMatchObject({ code: "invalid_input", message: "upload.expired" });
    expect((await db.attachment.findUniqueOrThrow({ where: { id: upload.id } })).nominationId).toBe(nomination.id);
  });

  it("refuses unknown, altered and malformed tokens, and attaches nothing from a refused batch", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const good = await storeUpload({ bytes: await solidImage("png", 10, 10), kind: "photo" });
    const altered = good.token.slice(0, -1) + (good.token.endsWith("A") ? "B" : "A");
    for (const token of [altered, "not-a-token", ""]) {
      await expect(claim(nomination.id, token)).rejects.toMatchObject({ message: "upload.expired" });
    }
    const batch = db.$transaction((tx) =>
      claimUploads(tx, { nominationId: nomination.id, uploads: [{ token: good.token, questionId: null }, { token: altered, questionId: null }] }),
    );
    await expect(batch).rejects.toMatchObject({ message: "upload.expired" });
    expect((await db.attachment.findUniqueOrThrow({ where: { id: good.id } })).nominationId).toBeNull();
  });

  it("refuses the same token twice in one submission and uploads older than a day", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const upload = await storeUpload({ bytes: await solidImage("webp", 10, 10), kind: "photo" });
    const twice = db.$transaction((tx) =>
      claimUploads(tx, { nominationId: nomination.id, uploads: [{ token: upload.token, questionId: null }, { token: upload.token, questionId: null }] }),
    );
    await expect(twice).rejects.toMatchObject({ message: "upload.expired" });
    const old = await storeUpload({ bytes: await solidImage("webp", 10, 10), kind: "photo", now: new Date(Date.now() - 25 * HOUR) });
    await expect(claim(nomination.id, old.token)).rejects.toMatchObject({ message: "upload.expired" });
  });
});

describe("claimUploads checks the kind against the slot", () => {
  it("refuses a document as the nominee's photo, attaching nothing", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const pdf = await storeUpload({ bytes: cleanPdf(), kind: "document" });
    await expect(claim(nomination.id, pdf.token, null)).rejects.toMatchObject({ code: "invalid_input", message: "upload.not_allowed_type" });
    expect((await db.attachment.findUniqueOrThrow({ where: { id: pdf.id } })).nominationId).toBeNull();
  });

  it("lets a file question take a document or a photo", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const question = await fileQuestionFor(db, nomination.id);
    const pdf = await storeUpload({ bytes: cleanPdf(), kind: "document" });
    const photo = await storeUpload({ bytes: await solidImage("png", 10, 10), kind: "photo" });
    await claim(nomination.id, pdf.token, question);
    await claim(nomination.id, photo.token, question);
    expect(await db.attachment.count({ where: { nominationId: nomination.id, questionId: question } })).toBe(2);
  });
});

describe("deleting attachments", () => {
  it("deleteAttachmentFiles removes a nomination's rows and files, and nobody else's", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const { nomination: other } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const mine = [await storeUpload({ bytes: cleanPdf(), kind: "document" }), await storeUpload({ bytes: await solidImage("jpeg", 20, 20), kind: "photo" })];
    const theirs = await storeUpload({ bytes: cleanPdf(), kind: "document" });
    for (const u of mine) await claim(nomination.id, u.token);
    await claim(other.id, theirs.token);
    const keys = (await db.attachment.findMany({ where: { nominationId: nomination.id } })).map((a) => a.storageKey);
    expect(keys).toHaveLength(2);

    expect(await deleteAttachmentFiles({ nominationId: nomination.id })).toBe(2);
    expect(await db.attachment.count({ where: { nominationId: nomination.id } })).toBe(0);
    for (const key of keys) expect(storedFileExists(uploadDir, key)).toBe(false);
    const kept = await db.attachment.findUniqueOrThrow({ where: { id: theirs.id } });
    expect(storedFileExists(uploadDir, kept.storageKey)).toBe(true);
  });

  it("deleteAttachmentFiles works inside the caller's transaction (as erasure uses it)", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const upload = await storeUpload({ bytes: cleanPdf(), kind: "document" });
    await claim(nomination.id, upload.token);
    const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id: upload.id } });
    expect(await db.$transaction((tx) => deleteAttachmentFiles({ nominationId: nomination.id, db: tx }))).toBe(1);
    expect(await db.attachment.count({ where: { nominationId: nomination.id } })).toBe(0);
    expect(storedFileExists(uploadDir, storageKey)).toBe(false);
  });

  it("deleteAttachment removes one row and its file", async () => {
    const upload = await storeUpload({ bytes: cleanPdf(), kind: "document" });
    const { storageKey } = await db.attachment.findUniqueOrThrow({ where: { id: upload.id } });
    expect(await deleteAttachment({ attachmentId: upload.id })).toBe(true);
    expect(await db.attachment.findUnique({ where: { id: upload.id } })).toBeNull();
    expect(storedFileExists(uploadDir, storageKey)).toBe(false);
    expect(await deleteAttachment({ attachmentId: upload.id })).toBe(false);
  });

  it("deleteUnclaimedUploads removes only pending uploads older than the cut-off", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const now = Date.now();
    const stale = await storeUpload({ bytes: cleanPdf(), kind: "document", now: new Date(now - 30 * HOUR) });
    const fresh = await storeUpload({ bytes: cleanPdf(), kind: "document", now: new Date(now - 1 * HOUR) });
    const claimedOld = await storeUpload({ bytes: cleanPdf(), kind: "document", now: new Date(now - 2 * HOUR) });
    await claim(nomination.id, claimedOld.token);
    await db.attachment.update({ where: { id: claimedOld.id }, data: { createdAt: new Date(now - 30 * HOUR) } });
    const staleKey = (await db.attachment.findUniqueOrThrow({ where: { id: stale.id } })).storageKey;

    const cutOff = new Date(now - 24 * HOUR);
    const pendingAndOld = await db.attachment.count({ where: { nominationId: null, createdAt: { lt: cutOff } } });
    expect(pendingAndOld).toBeGreaterThanOrEqual(1);
    expect(await deleteUnclaimedUploads({ olderThan: cutOff })).toBe(pendingAndOld);
    expect(await db.attachment.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(storedFileExists(uploadDir, staleKey)).toBe(false);
    expect(await db.attachment.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    expect(await db.attachment.findUnique({ where: { id: claimedOld.id } })).not.toBeNull();
    // The deleted upload's token is dead too.
    await expect(claim(nomination.id, stale.token)).rejects.toMatchObject({ message: "upload.expired" });
  });
});

describe("loadAttachmentForActor (staff)", () => {
  async function attached(gate: "submitted" | "at_jury" | "guardian_missing" | "consent_pending", questionVisibility?: "organisers" | "jury") {
    const staff = await makeStaff(db);
    const { nomination } = await makeNomination(db, { programmeId: staff.programme.id, categoryId: staff.categories[0].id, gate });
    const question = questionVisibility
      ? await db.formQuestion.create({ data: { categoryId: staff.categories[0].id, label: { en: "Reference", de: "Referenz" }, type: "file", visibility: questionVisibility } })
      : null;
    const upload = await storeUpload({ bytes: await solidImage("png", 12, 12), kind: "photo" });
    await claim(nomination.id, upload.token, question?.id ?? null);
    return { ...staff, nomination, attachmentId: upload.id };
  }

  it("serves the file to an organiser of the programme", async () => {
    const { organiser, attachmentId } = await attached("submitted");
    const file = await loadAttachmentForActor({ actor: organiser, attachmentId });
    expect(file).toMatchObject({ id: attachmentId, kind: "photo", mimeType: "image/png" });
    expect((await sharp(file.bytes).metadata()).width).toBe(12);
  });

  it("asks a signed-out visitor to sign in, whatever the id", async () => {
    const { attachmentId } = await attached("at_jury");
    await expect(loadAttachmentForActor({ actor: null, attachmentId })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(loadAttachmentForActor({ actor: null, attachmentId: "no-such-id" })).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("answers not_found to an organiser of another programme and a juror of another category", async () => {
    const { otherOrganiser, otherCategoryJuror, attachmentId } = await attached("at_jury");
    await expect(loadAttachmentForActor({ actor: otherOrganiser, attachmentId })).rejects.toMatchObject({ code: "not_found" });
    await expect(loadAttachmentForActor({ actor: otherCategoryJuror, attachmentId })).rejects.toMatchObject({ code: "not_found" });
  });

  it("shows a juror the file only once the nomination reaches the jury", async () => {
    for (const gate of ["submitted", "consent_pending", "guardian_missing"] as const) {
      const { juror, attachmentId } = await attached(gate);
      await expect(loadAttachmentForActor({ actor: juror, attachmentId })).rejects.toMatchObject({ code: "not_found" });
    }
    const { juror, attachmentId } = await attached("at_jury");
    await expect(loadAttachmentForActor({ actor: juror, attachmentId })).resolves.toMatchObject({ id: attachmentId });
  });

  it("never shows jurors a file answering an organisers-only question", async () => {
    const hidden = await attached("at_jury", "organisers");
    await expect(loadAttachmentForActor({ actor: hidden.juror, attachmentId: hidden.attachmentId })).rejects.toMatchObject({ code: "not_found" });
    await expect(loadAttachmentForActor({ actor: hidden.organiser, attachmentId: hidden.attachmentId })).resolves.toMatchObject({ id: hidden.attachmentId });
    const shown = await attached("at_jury", "jury");
    await expect(loadAttachmentForActor({ actor: shown.juror, attachmentId: shown.attachmentId })).resolves.toMatchObject({ id: shown.attachmentId });
  });

  it("never serves a pending upload, even to an admin", async () => {
    const { organiser } = await makeStaff(db);
    const upload = await storeUpload({ bytes: await solidImage("png", 12, 12), kind: "photo" });
    const admin = { ...organiser, isAdmin: true };
    await expect(loadAttachmentForActor({ actor: admin, attachmentId: upload.id })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("loadAttachmentForSubmitter (private link)", () => {
  it("serves the submitter's own file, and nothing to an altered token or for another nomination", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination, manageToken } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const { nomination: other, manageToken: otherToken } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const upload = await storeUpload({ bytes: cleanPdf(), kind: "document" });
    await claim(nomination.id, upload.token);
    const theirs = await storeUpload({ bytes: cleanPdf(), kind: "document" });
    await claim(other.id, theirs.token);

    const file = await loadAttachmentForSubmitter({ token: manageToken, attachmentId: upload.id });
    expect(file).toMatchObject({ kind: "document", mimeType: "application/pdf" });
    expect(file.bytes.subarray(0, 5).toString()).toBe("%PDF-");

    const altered = manageToken.slice(0, -1) + (manageToken.endsWith("A") ? "B" : "A");
    await expect(loadAttachmentForSubmitter({ token: altered, attachmentId: upload.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(loadAttachmentForSubmitter({ token: manageToken, attachmentId: theirs.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(loadAttachmentForSubmitter({ token: otherToken, attachmentId: upload.id })).rejects.toMatchObject({ code: "not_found" });
    // The upload token is not a manage link.
    await expect(loadAttachmentForSubmitter({ token: upload.token, attachmentId: upload.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("serves nothing once the submission has been anonymised", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination, manageToken } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const upload = await storeUpload({ bytes: cleanPdf(), kind: "document" });
    await claim(nomination.id, upload.token);
    await db.nomination.update({ where: { id: nomination.id }, data: { anonymisedAt: new Date() } });
    await expect(loadAttachmentForSubmitter({ token: manageToken, attachmentId: upload.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("serves nothing through an unconfirmed submission's link once it ran out, as its pages do", async () => {
    const { programme, categories } = await makeStaff(db);
    const { nomination, manageToken } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    const upload = await storeUpload({ bytes: await solidImage("jpeg", 20, 20), kind: "photo" });
    await claim(nomination.id, upload.token);
    const expiresAt = new Date("2026-03-01T10:00:00Z");
    await db.nomination.update({ where: { id: nomination.id }, data: { status: "pending_confirmation", confirmedAt: null, expiresAt } });
    const before = new Date(expiresAt.getTime() - 1000);
    await expect(loadAttachmentForSubmitter({ token: manageToken, attachmentId: upload.id, now: before })).resolves.toMatchObject({ kind: "photo" });
    const after = new Date(expiresAt.getTime() + 1000);
    await expect(loadAttachmentForSubmitter({ token: manageToken, attachmentId: upload.id, now: after })).rejects.toMatchObject({ code: "not_found" });
  });
});
