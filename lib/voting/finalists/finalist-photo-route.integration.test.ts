// GET /api/vote/[slug]/finalists/[finalistId]/photo, called directly with a
// Request; the database and the files are real.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fileStorage, newStorageKey } from "@/lib/attachments/file-storage";
import { withTemporaryUploadDir } from "@/lib/attachments/attachment-test-setup";
import { makeVoteProgramme, type FinalistSeed } from "@/lib/voting/finalists/public-vote-fixtures";

const { GET } = await import("@/app/api/vote/[slug]/finalists/[finalistId]/photo/route");

withTemporaryUploadDir();
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

async function world(seed: Omit<FinalistSeed, "name" | "photoStorageKey"> & { phase?: string } = {}) {
  const key = newStorageKey();
  await fileStorage().put(key, PNG);
  const { phase, ...finalist } = seed;
  const made = await makeVoteProgramme(db, { phase, finalists: [{ name: "Lina", photoStorageKey: key, ...finalist }] });
  return { ...made, finalist: made.finalists[0] };
}

const photo = (slug: string, finalistId: string) =>
  GET(new Request(`http://localhost:3000/api/vote/${slug}/finalists/${finalistId}/photo`), { params: Promise.resolve({ slug, finalistId }) });

describe("the public finalist photo", () => {
  it("is served during the vote when the nominee allowed it, cacheable for a short while", async () => {
    const { programme, finalist } = await world();
    const response = await photo(programme.slug, finalist.id);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("is served after the vote too", async () => {
    const { programme, finalist } = await world({ phase: "results_published" });
    expect((await photo(programme.slug, finalist.id)).status).toBe(200);
  });

  it("is not found before the vote, without consent to a photo, after consent is withdrawn, or when the profile has none", async () => {
    const early = await world({ phase: "jury_review" });
    const noPhoto = await world({ consent: { showPhoto: false } });
    const declined = await world({ consent: { status: "declined" } });
    const notOnProfile = await world({ photoOnProfile: false });
    // In the vote phase, but its window opens tomorrow: the finalists are not public yet.
    const notYet = await world({});
    await db.programmePhase.create({ data: { programmeId: notYet.programme.id, phase: "public_vote", startsAt: new Date(Date.now() + 86_400_000), endsAt: null } });
    for (const w of [early, noPhoto, declined, notOnProfile, notYet]) {
      const response = await photo(w.programme.slug, w.finalist.id);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("is not found through another programme's address, for an unknown finalist, or a withdrawn nomination", async () => {
    const { programme, finalist } = await world();
    const other = await world();
    expect((await photo(other.programme.slug, finalist.id)).status).toBe(404);
    expect((await photo(programme.slug, "no-such-finalist")).status).toBe(404);
    expect((await photo(programme.slug, "x".repeat(500))).status).toBe(404);
    await db.nomination.update({ where: { id: finalist.nominationId }, data: { status: "withdrawn" } });
    expect((await photo(programme.slug, finalist.id)).status).toBe(404);
  });
});
