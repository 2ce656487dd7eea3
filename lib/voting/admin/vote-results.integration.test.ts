// The count after the close: the embargo before it (for every role), the tally
// with quarantined votes, and the recount file (organisers after the close,
// everyone once published) recounting to the same numbers.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { organiserRecountFile, publicRecountFile } from "@/lib/voting/admin/build-recount-file";
import { getVoteResults } from "@/lib/voting/admin/get-vote-results";
import { castBallots, makeVoteWorld, type VoteWorld } from "@/lib/voting/admin/vote-fixtures";
import { recount, receiptInFile } from "@/lib/voting/tally/read-recount-file";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const organiserRoute = (await import("@/app/api/programmes/[id]/vote/recount/route")).GET;
const publicRoute = (await import("@/app/api/vote/[slug]/recount/route")).GET;

afterEach(() => {
  session.user = null;
});

async function download(actor: SessionUser | null, programmeId: string) {
  session.user = actor;
  const response = await organiserRoute(new Request(`http://localhost:3000/api/programmes/${programmeId}/vote/recount`), { params: Promise.resolve({ id: programmeId }) });
  return { status: response.status, headers: response.headers, body: await response.text() };
}
async function publicDownload(slug: string) {
  const response = await publicRoute(new Request(`http://localhost:3000/api/vote/${slug}/recount`), { params: Promise.resolve({ slug }) });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe("the vote count", () => {
  let world: VoteWorld;
  let receipts: string[];
  const setPhase = (phase: string) => db.programme.update({ where: { id: world.programme.id }, data: { phase } });

  beforeEach(async () => {
    world = await makeVoteWorld(db);
    const [young, hood] = world.categories;
    const at = new Date("2026-05-05T12:00:00Z");
    const votes = [
      ...[0, 0, 0, 1, 2, 2].map((i) => ({ categoryId: young.id, finalistId: young.finalistIds[i], castAt: at })),
      ...[1, 1, 2].map((i) => ({ categoryId: hood.id, finalistId: hood.finalistIds[i], castAt: at })),
    ];
    receipts = await castBallots(db, world.programme.id, votes);
    // One of Anna's votes is set aside.
    const anna = await db.ballot.findFirstOrThrow({ where: { finalistId: young.finalistIds[0] } });
    await db.ballot.update({ where: { id: anna.id }, data: { quarantinedAt: at, quarantineReason: "Burst from one network" } });
  });

  it("refuses every count before the close, to organisers and admins too", async () => {
    for (const phase of ["jury_review", "public_vote"]) {
      await setPhase(phase);
      for (const actor of [world.organiser, world.admin]) {
        await expect(getVoteResults({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code: "invalid_state", message: "voteNotClosed" });
        await expect(organiserRecountFile({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code: "invalid_state" });
        expect((await download(actor, world.programme.id)).status).toBe(409);
      }
      for (const [actor, code] of [[null, "unauthenticated"], [world.juror, "forbidden"], [world.outsider, "forbidden"]] as const) {
        await expect(getVoteResults({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code });
        await expect(organiserRecountFile({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code });
      }
      await expect(publicRecountFile({ slug: world.programme.slug })).rejects.toMatchObject({ code: "not_found" });
      const response = await publicDownload(world.programme.slug);
      expect(response.status).toBe(404);
      expect(response.body).not.toMatch(/\d/);
    }
  });

  it("counts each category after the close, quarantined votes apart, with the integrity summary", async () => {
    await setPhase("results_review");
    const [young, hood] = world.categories;
    const results = await getVoteResults({ actor: world.organiser, programmeId: world.programme.id });
    expect(results.categories.map((c) => [c.id, c.counted, c.quarantined])).toEqual([
      [young.id, 5, 1],
      [hood.id, 3, 0],
    ]);
    expect(results.categories[0].finalists.map((f) => [f.id, f.votes, f.rank])).toEqual(
      expect.arrayContaining([
        [young.finalistIds[0], 2, 1],
        [young.finalistIds[2], 2, 1],
        [young.finalistIds[1], 1, 3],
      ]),
    );
    expect(results.categories[1].finalists.map((f) => [f.publicName, f.votes])).toEqual([["Ben Neighbourhood", 2], ["Cem Neighbourhood", 1], ["Anna Neighbourhood", 0]]);
    expect(results.integrity).toEqual({ totalVotes: 9, counted: 8, quarantined: 1, byReason: [{ reason: "Burst from one network", count: 1 }] });
  });

  it("gives organisers a recount file after the close whose recount equals the tally", async () => {
    await setPhase("results_review");
    const results = await getVoteResults({ actor: world.organiser, programmeId: world.programme.id });
    const { status, headers, body } = await download(world.organiser, world.programme.id);
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toBe(`attachment; filename="${world.programme.slug}-recount.jsonl"`);
    expect(headers.get("cache-control")).toBe("private, no-store");
    const counted = recount(body);
    expect(counted.discrepancies).toEqual([]);
    expect(counted.categories.map((c) => ({ id: c.categoryId, counted: c.tally.counted, quarantined: c.tally.quarantined, finalists: c.tally.finalists.map((f) => [f.finalistId, f.votes, f.rank]) }))).toEqual(
      results.categories.map((c) => ({ id: c.id, counted: c.counted, quarantined: c.quarantined, finalists: c.finalists.map((f) => [f.id, f.votes, f.rank]) })),
    );
    expect(receiptInFile(body, receipts[6], world.categories[1].id)).toMatchObject({ status: "counted", publicName: "Ben Neighbourhood" });
    // Nothing about the voters or nominees beyond the public names.
    expect(body).not.toMatch(/Private-|private\.example|example\.org|10\.\d+\.\d+\.0/);
  });

  it("refuses the organiser route to the signed-out, a juror and another programme's organiser", async () => {
    await setPhase("results_review");
    expect((await download(null, world.programme.id)).status).toBe(401);
    expect((await download(world.juror, world.programme.id)).status).toBe(404);
    expect((await download(world.outsider, world.programme.id)).status).toBe(404);
    expect((await download(world.organiser, "unknown-programme")).status).toBe(404);
  });

  it("publishes the same file to everyone once the results are published, and not before", async () => {
    await setPhase("results_review");
    expect((await publicDownload(world.programme.slug)).status).toBe(404);
    const organisers = (await download(world.organiser, world.programme.id)).body;
    await setPhase("results_published");
    const published = await publicDownload(world.programme.slug);
    expect(published.status).toBe(200);
    expect(published.headers.get("content-type")).toBe("application/jsonl; charset=utf-8");
    expect(published.body).toBe(organisers);
    expect((await publicDownload("no-such-programme")).status).toBe(404);
    expect((await publicDownload("../etc/passwd")).status).toBe(404);
  });
});
