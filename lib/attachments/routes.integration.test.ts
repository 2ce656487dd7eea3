// The upload and download route handlers, called directly with a Request.
// Route handlers learn who is signed in from getCurrentUser(), which reads
// the Auth.js cookie inside a Next.js request; here it is replaced by a
// stand-in that returns a real SessionUser loaded from the test database.
// Everything else (database, files, permission checks) is real.
import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { claimUploads } from "@/lib/attachments/claim-uploads";
import { storeUpload } from "@/lib/attachments/store-upload";
import { buildPdf, cleanPdf, executable, onePage, solidImage } from "@/lib/attachments/test-fixtures";
import { fileQuestionFor, makeNomination, makeStaff, withTemporaryUploadDir } from "@/lib/attachments/attachment-test-setup";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { POST: upload } = await import("@/app/api/uploads/route");
const { GET: staffFile } = await import("@/app/api/attachments/[id]/route");
const { GET: submitterFile } = await import("@/app/api/submissions/[token]/attachments/[id]/route");

withTemporaryUploadDir();
afterEach(() => {
  session.user = null;
  delete process.env.UPLOAD_MAX_BYTES;
  delete process.env.TRUSTED_PROXY_HEADER;
});

function uploadRequest(file: Buffer | null, { kind = "photo", name = "photo.jpg", type = "image/jpeg", headers = {} as Record<string, string> } = {}) {
  const form = new FormData();
  if (file) form.set("file", new File([new Uint8Array(file)], name, { type }));
  form.set("kind", kind);
  return new Request("http://localhost:3000/api/uploads", { method: "POST", body: form, headers: { host: "localhost:3000", ...headers } });
}

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const params = <T extends object>(value: T) => ({ params: Promise.resolve(value) });

describe("POST /api/uploads", () => {
  it("stores a photo and answers with the token that attaches it", async () => {
    const { status, body } = await answer(await upload(uploadRequest(await solidImage("webp", 40, 30), { headers: { origin: "http://localhost:3000" } })));
    expect(status).toBe(201);
    expect(body).toMatchObject({ kind: "photo", mimeType: "image/webp", width: 40, height: 30 });
    expect(body).not.toHaveProperty("id");
    expect(await db.attachment.count({ where: { nominationId: null, mimeType: "image/webp" } })).toBeGreaterThan(0);
    const { programme, categories } = await makeStaff(db);
    const { nomination } = await makeNomination(db, { programmeId: programme.id, categoryId: categories[0].id });
    await db.$transaction((tx) => claimUploads(tx, { nominationId: nomination.id, uploads: [{ token: body.token as string, questionId: null }] }));
  });

  it("refuses a renamed executable sent as a JPEG, in the request's language", async () => {
    const en = await answer(await upload(uploadRequest(executable("pe"), { name: "holiday.jpg" })));
    expect(en).toEqual({ status: 400, body: { error: "not_allowed_type", message: expect.stringContaining("JPEG, PNG or WebP") } });
    const de = await answer(await upload(uploadRequest(executable("elf"), { name: "urlaub.jpg", headers: { "accept-language": "de-DE,de;q=0.9" } })));
    expect(de).toEqual({ status: 400, body: { error: "not_allowed_type", message: expect.stringContaining("Dieser Dateityp ist nicht erlaubt") } });
  });

  it("refuses a 50-megapixel image", async () => {
    const huge = await sharp({ create: { width: 8000, height: 6250, channels: 3, background: "#fff" } }).png().toBuffer();
    const { status, body } = await answer(await upload(uploadRequest(huge, { name: "poster.png", type: "image/png" })));
    expect(status).toBe(400);
    expect(body).toEqual({ error: "too_many_pixels", message: "The image has too many pixels (at most 40 megapixels). Please upload a smaller version." });
  });

  it("refuses a PDF with JavaScript and accepts a clean one", async () => {
    const scripted = buildPdf(onePage(" /Names << /JavaScript << /Names [(a) << /S /JavaScript /JS (app.alert\\(1\\)) >>] >> >>"));
    const refused = await answer(await upload(uploadRequest(scripted, { kind: "document", name: "cv.pdf", type: "application/pdf" })));
    expect(refused).toMatchObject({ status: 400, body: { error: "pdf_active_content" } });
    const accepted = await answer(await upload(uploadRequest(cleanPdf(), { kind: "document", name: "cv.pdf", type: "application/pdf" })));
    expect(accepted).toMatchObject({ status: 201, body: { kind: "document", mimeType: "application/pdf", width: null, height: null } });
  });

  it("answers 413 for a body over the limit, declared or not", async () => {
    const declared = new Request("http://localhost:3000/api/uploads", {
      method: "POST",
      body: "x",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(200 * 1024 * 1024) },
    });
    expect(await answer(await upload(declared))).toMatchObject({ status: 413, body: { error: "too_large", message: "The file is too large. The limit is 10 MB." } });
    process.env.UPLOAD_MAX_BYTES = "2048";
    const bigFile = Buffer.concat([await solidImage("jpeg", 10, 10), Buffer.alloc(10_000)]);
    expect(await answer(await upload(uploadRequest(bigFile)))).toMatchObject({ status: 413, body: { error: "too_large", message: "The file is too large. The limit is 0.1 MB." } });
  });

  it("answers 400, never 500, to requests that are not a proper upload", async () => {
    const notMultipart = new Request("http://localhost:3000/api/uploads", { method: "POST", body: "file=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    const brokenMultipart = new Request("http://localhost:3000/api/uploads", { method: "POST", body: "--x\r\ngarbage", headers: { "content-type": "multipart/form-data; boundary=x" } });
    const noBody = new Request("http://localhost:3000/api/uploads", { method: "POST" });
    for (const request of [notMultipart, brokenMultipart, noBody, uploadRequest(null), uploadRequest(await solidImage("png", 5, 5), { kind: "executable" })]) {
      expect(await answer(await upload(request))).toMatchObject({ status: 400, body: { error: "invalid_request" } });
    }
  });

  it("refuses uploads sent from another site", async () => {
    const crossSite = uploadRequest(await solidImage("png", 5, 5), { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } });
    expect(await answer(await upload(crossSite))).toMatchObject({ status: 403, body: { error: "cross_origin" } });
  });

  it("limits uploads per address", async () => {
    process.env.TRUSTED_PROXY_HEADER = "x-real-ip";
    const from = (ip: string) => uploadRequest(null, { headers: { "x-real-ip": ip } });
    for (let i = 0; i < 30; i++) expect((await upload(from("203.0.113.77"))).status).toBe(400);
    const limited = await upload(from("203.0.113.77"));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: "rate_limited" });
    expect((await upload(from("203.0.113.78"))).status).toBe(400);
  });
});

describe("GET /api/attachments/[id] and /api/submissions/[token]/attachments/[id]", () => {
  async function setUp(gate: "submitted" | "at_jury") {
    const staff = await makeStaff(db);
    const { nomination, manageToken } = await makeNomination(db, { programmeId: staff.programme.id, categoryId: staff.categories[0].id, gate });
    const photo = await storeUpload({ bytes: await solidImage("jpeg", 30, 20), kind: "photo" });
    const pdf = await storeUpload({ bytes: cleanPdf(), kind: "document" });
    const letter = await fileQuestionFor(db, nomination.id);
    await db.$transaction((tx) =>
      claimUploads(tx, { nominationId: nomination.id, uploads: [{ token: photo.token, questionId: null }, { token: pdf.token, questionId: letter }] }),
    );
    return { ...staff, nomination, manageToken, photoId: photo.id, pdfId: pdf.id };
  }

  const get = (id: string) => staffFile(new Request(`http://localhost:3000/api/attachments/${id}`), params({ id }));

  it("serves a photo inline to the programme's organiser, with locked-down headers", async () => {
    const { organiser, photoId } = await setUp("submitted");
    session.user = organiser;
    const response = await get(photoId);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/jpeg",
      "content-disposition": 'inline; filename="photo.jpg"',
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).format).toBe("jpeg");
  });

  it("sends a PDF as a download with a generic name", async () => {
    const { organiser, pdfId } = await setUp("submitted");
    session.user = organiser;
    const response = await get(pdfId);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="document.pdf"');
  });

  it("answers 401 to a signed-out visitor, for real and made-up ids alike", async () => {
    const { photoId } = await setUp("at_jury");
    expect((await get(photoId)).status).toBe(401);
    expect((await get("made-up")).status).toBe(401);
  });

  it("answers 404 to staff who may not see the file", async () => {
    const before = await setUp("submitted");
    for (const actor of [before.juror, before.otherCategoryJuror, before.otherOrganiser]) {
      session.user = actor;
      expect((await get(before.photoId)).status).toBe(404);
    }
    const atJury = await setUp("at_jury");
    for (const actor of [atJury.otherCategoryJuror, atJury.otherOrganiser]) {
      session.user = actor;
      expect((await get(atJury.photoId)).status).toBe(404);
    }
    session.user = atJury.juror;
    expect((await get(atJury.photoId)).status).toBe(200);
    session.user = atJury.organiser;
    expect((await get("made-up")).status).toBe(404);
  });

  it("never serves an upload that is not attached yet", async () => {
    const { organiser } = await setUp("submitted");
    const pending = await storeUpload({ bytes: await solidImage("png", 5, 5), kind: "photo" });
    session.user = { ...organiser, isAdmin: true };
    expect((await get(pending.id)).status).toBe(404);
  });

  it("serves the submitter's file through their private link, and 404 to an altered link", async () => {
    const { manageToken, pdfId, photoId } = await setUp("submitted");
    const fetchAs = (token: string, id: string) => submitterFile(new Request(`http://localhost:3000/api/submissions/${token}/attachments/${id}`), params({ token, id }));
    const ok = await fetchAs(manageToken, pdfId);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toBe('attachment; filename="document.pdf"');
    expect(ok.headers.get("referrer-policy")).toBe("no-referrer");
    expect((await fetchAs(manageToken, photoId)).headers.get("content-type")).toBe("image/jpeg");

    const altered = manageToken.slice(0, -1) + (manageToken.endsWith("A") ? "B" : "A");
    expect((await fetchAs(altered, pdfId)).status).toBe(404);
    expect((await fetchAs("x".repeat(500), pdfId)).status).toBe(404);
    const other = await setUp("submitted");
    expect((await fetchAs(manageToken, other.pdfId)).status).toBe(404);
  });
});
