// The public results on a real database: nothing before publication, and
// after it only what the public may see: the finalists' public profiles, the
// vote counts and the integrity summary (none of them for a jury-only programme).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmCategory } from "@/lib/results/confirm-category";
import { getPublicResults } from "@/lib/results/get-public-results";
import { publishResults } from "@/lib/results/publish-results";
import { recordDraw } from "@/lib/results/record-draw";
import { makeResultsWorld, type ResultsWorld } from "@/lib/results/results-fixtures";

const env = {};
const MARKER = "Zzmarkerqq";

async function confirmAll(w: ResultsWorld) {
  await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } });
  await recordDraw({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id, order: [w.hood.dana, w.hood.emil], note: "Drawn by lot." } });
  await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id } });
}

const slugOf = async (programmeId: string) => (await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { slug: true } })).slug;

describe("the public results", () => {
  let w: ResultsWorld;
  let slug: string;
  beforeEach(async () => {
    w = await makeResultsWorld(db);
    slug = await slugOf(w.programmeId);
    // Private data the public must never see, planted on every nomination.
    const finalists = await db.finalist.findMany({ where: { category: { programmeId: w.programmeId } }, select: { nominationId: true } });
    for (const [i, f] of finalists.entries()) {
      await db.nomination.update({ where: { id: f.nominationId }, data: { nomineeName: `${MARKER} Name${i}`, nomineeEmail: `${MARKER.toLowerCase()}${i}@example.org`, story: `${MARKER} story`, nominatorName: `${MARKER} nominator` } });
    }
  });

  it("does not exist for an unknown programme or before publication, confirmed or not", async () => {
    expect(await getPublicResults({ slug: "no-such-programme" })).toBeNull();
    expect(await getPublicResults({ slug })).toBeNull();
    await confirmAll(w);
    expect(await getPublicResults({ slug })).toBeNull();
    const open = await makeResultsWorld(db, { phase: "public_vote" });
    expect(await getPublicResults({ slug: await slugOf(open.programmeId) })).toBeNull();
  });

  it("shows winners first, then the finalists, with their public profiles, votes and the integrity summary", async () => {
    await db.finalist.update({ where: { id: w.young.bilal }, data: { publicSummary: "Runs the repair café.", publicDistrict: "Gostenhof" } });
    await confirmAll(w);
    // A ballot set aside after confirming still shows in the integrity summary.
    const ballot = await db.ballot.findFirstOrThrow({ where: { categoryId: w.young.id, finalistId: w.young.chiara } });
    await db.ballot.update({ where: { id: ballot.id }, data: { quarantinedAt: new Date(), quarantineReason: "One network" } });
    await publishResults({ actor: w.organiser, programmeId: w.programmeId, env });

    const results = (await getPublicResults({ slug }))!;
    expect(results.programme).toMatchObject({ slug, decisionMode: "combined" });
    const young = results.categories.find((c) => c.id === w.young.id)!;
    expect(young.finalists.map((f) => [f.name, f.rank, f.isWinner, f.votes])).toEqual([
      ["Bilal", 1, true, 4],
      ["Amira", 2, false, 1],
      ["Chiara", 3, false, 2],
    ]);
    expect(young.finalists[0]).toMatchObject({ summary: "Runs the repair café.", district: "Gostenhof" });
    expect(young.counted).toBe(7);
    expect(results.integrity).toEqual({ totalVotes: 12, counted: 11, quarantined: 1, byReason: [{ reason: "One network", count: 1 }] });

    const json = JSON.stringify(results);
    expect(json).not.toContain(MARKER);
    expect(json.toLowerCase()).not.toContain(MARKER.toLowerCase());
    expect(json).not.toContain("nominationId");
  });

  it("offers a photo only where the vote photo route would serve one", async () => {
    const photoFinalists = await db.finalist.findMany({ where: { id: { in: [w.young.amira, w.young.bilal] } }, select: { id: true, nominationId: true } });
    for (const f of photoFinalists) {
      const attachment = await db.attachment.create({ data: { nominationId: f.nominationId, kind: "photo", storageKey: `test/${f.id}.jpg`, mimeType: "image/jpeg", sizeBytes: 1000, width: 400, height: 300, sha256: f.id } });
      await db.finalist.update({ where: { id: f.id }, data: { photoKey: attachment.id } });
      await db.nomineeConsent.upsert({
        where: { nominationId: f.nominationId },
        create: { nominationId: f.nominationId, status: "accepted", displayName: "first_name", showPhoto: f.id === w.young.amira, showDistrict: false, decidedAt: new Date() },
        update: { status: "accepted", showPhoto: f.id === w.young.amira },
      });
    }
    await confirmAll(w);
    await publishResults({ actor: w.organiser, programmeId: w.programmeId, env });
    const young = (await getPublicResults({ slug }))!.categories.find((c) => c.id === w.young.id)!;
    expect(Object.fromEntries(young.finalists.map((f) => [f.name, f.hasPhoto]))).toEqual({ Amira: true, Bilal: false, Chiara: false });
  });

  it("shows no vote figures for a jury-only programme", async () => {
    const jury = await makeResultsWorld(db, { decisionMode: "jury_only", juryWeight: 100, publicWeight: 0 });
    await confirmAll(jury);
    await publishResults({ actor: jury.organiser, programmeId: jury.programmeId, env });
    const results = (await getPublicResults({ slug: await slugOf(jury.programmeId) }))!;
    expect(results.integrity).toBeNull();
    expect(results.categories.flatMap((c) => [c.counted, ...c.finalists.map((f) => f.votes)]).every((v) => v === null)).toBe(true);
    expect(results.categories.find((c) => c.id === jury.young.id)!.finalists.map((f) => [f.name, f.isWinner])).toEqual([
      ["Amira", true],
      ["Bilal", false],
      ["Chiara", false],
    ]);
  });
});
