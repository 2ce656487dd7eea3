import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { castVote, type CastVoteOptions } from "@/lib/voting/cast/cast-vote";
import { DURING, VOTE_CLOSES, VOTE_OPENS, makeVoteWorld, makeVoter, type VoteWorld } from "@/lib/voting/vote-fixtures";
import { receiptHash } from "@/lib/voting/tally/receipt-code";

let w: VoteWorld;
beforeEach(async () => {
  w = await makeVoteWorld(db);
});

const cast = (o: Partial<CastVoteOptions> & { cookieValue: string | undefined; input: unknown }) =>
  castVote({ slug: w.slug, ip: "203.0.113.7", userAgent: "Mozilla/5.0 test", staff: null, now: DURING, ...o });

describe("castVote", () => {
  it("stores one ballot with a receipt whose hash is on the row, and nothing personal", async () => {
    const v = await makeVoter(db, w.programmeId);
    const result = await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[1]] } });
    expect(result).toMatchObject({ ok: true, changed: false });
    const ballots = await db.ballot.findMany({ where: { voterId: v.voterId } });
    expect(ballots).toHaveLength(1);
    expect(ballots[0]).toMatchObject({ finalistId: w.finalistsA[1], categoryId: w.categoryA, slot: 0, networkPrefix: "203.0.113.0/24" });
    expect(ballots[0].castAt.toISOString()).toBe(DURING.toISOString());
    if (!result.ok) throw new Error("unreachable");
    expect(ballots[0].receiptHash).toBe(receiptHash(result.receiptCodes[0], w.categoryA));
    expect(ballots[0].userAgentHash).not.toContain("Mozilla");
  });

  it("refuses a second vote in the same category and keeps the first", async () => {
    const v = await makeVoter(db, w.programmeId);
    await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] } });
    expect(await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[2]] } })).toEqual({ ok: false, reason: "already_voted" });
    expect(await db.ballot.findMany({ where: { voterId: v.voterId }, select: { finalistId: true } })).toEqual([{ finalistId: w.finalistsA[0] }]);
  });

  it("stores exactly one of 50 simultaneous votes of one voter", async () => {
    const v = await makeVoter(db, w.programmeId);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[i % 3]] } })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "already_voted")).toHaveLength(49);
    expect(await db.ballot.count({ where: { voterId: v.voterId } })).toBe(1);
  });

  describe("the refusal table", () => {
    it("refuses an unverified voter, a forged cookie and another programme's cookie", async () => {
      const input = { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] };
      expect(await cast({ cookieValue: undefined, input })).toEqual({ ok: false, reason: "not_verified" });
      const v = await makeVoter(db, w.programmeId);
      expect(await cast({ cookieValue: v.cookieValue.slice(0, -2) + "00", input })).toEqual({ ok: false, reason: "not_verified" });
      const elsewhere = await makeVoter(db, w.other.programmeId);
      expect(await cast({ cookieValue: elsewhere.cookieValue, input })).toEqual({ ok: false, reason: "not_verified" });
      expect(await db.ballot.count({ where: { programmeId: { in: [w.programmeId, w.other.programmeId] } } })).toBe(0);
    });

    it("refuses outside the window, before and after, and once the phase moved on", async () => {
      const v = await makeVoter(db, w.programmeId, { now: new Date(VOTE_OPENS.getTime() - 3600_000) });
      const input = { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] };
      expect(await cast({ cookieValue: v.cookieValue, input, now: new Date(VOTE_OPENS.getTime() - 1) })).toEqual({ ok: false, reason: "not_open" });
      const late = await makeVoter(db, w.programmeId, { now: new Date(VOTE_CLOSES.getTime() - 1000) });
      expect(await cast({ cookieValue: late.cookieValue, input, now: VOTE_CLOSES })).toEqual({ ok: false, reason: "closed" });
      const v2 = await makeVoter(db, w.programmeId);
      await db.programme.update({ where: { id: w.programmeId }, data: { phase: "results_review" } });
      // The one-second cache may still say "open"; the insert's own guard refuses.
      expect(await cast({ cookieValue: v2.cookieValue, input })).toEqual({ ok: false, reason: "closed" });
      expect(await db.ballot.count({ where: { programmeId: { in: [w.programmeId, w.other.programmeId] } } })).toBe(0);
    });

    it("refuses a non-finalist, another category's finalist and another programme's finalist", async () => {
      const v = await makeVoter(db, w.programmeId);
      const nominee = await db.finalist.findUniqueOrThrow({ where: { id: w.finalistsA[0] }, select: { nominationId: true } });
      for (const finalistIds of [[nominee.nominationId], [w.finalistsB[0]], [w.other.finalistId], ["nope"]]) {
        expect(await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds } })).toEqual({ ok: false, reason: "not_finalist" });
      }
      expect(await cast({ cookieValue: v.cookieValue, input: { categoryId: w.other.categoryId, finalistIds: [w.other.finalistId] } })).toEqual({ ok: false, reason: "not_finalist" });
      expect(await db.ballot.count({ where: { programmeId: { in: [w.programmeId, w.other.programmeId] } } })).toBe(0);
    });

    it("refuses a finalist who withdrew after the shortlist", async () => {
      const v = await makeVoter(db, w.programmeId);
      const { nominationId } = await db.finalist.findUniqueOrThrow({ where: { id: w.finalistsA[2] } });
      await db.nomination.update({ where: { id: nominationId }, data: { status: "withdrawn" } });
      expect(await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[2]] }, now: new Date(DURING.getTime() + 5000) })).toEqual({ ok: false, reason: "not_finalist" });
    });

    it("lets only residents of the category's area vote there", async () => {
      const input = { categoryId: w.categoryB, finalistIds: [w.finalistsB[0]] };
      const outsider = await makeVoter(db, w.programmeId, { district: null });
      expect(await cast({ cookieValue: outsider.cookieValue, input })).toEqual({ ok: false, reason: "wrong_area" });
      const resident = await makeVoter(db, w.programmeId, { district: "südstadt" });
      expect(await cast({ cookieValue: resident.cookieValue, input })).toMatchObject({ ok: true });
      // The area rule is per category: the outsider still votes in A.
      expect(await cast({ cookieValue: outsider.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] } })).toMatchObject({ ok: true });
    });

    it("refuses staff of the programme unless the programme allows it", async () => {
      const v = await makeVoter(db, w.programmeId);
      const input = { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] };
      expect(await cast({ cookieValue: v.cookieValue, input, staff: w.juror })).toEqual({ ok: false, reason: "staff" });
      expect(await cast({ cookieValue: v.cookieValue, input, staff: w.organiser })).toEqual({ ok: false, reason: "staff" });
      expect(await cast({ cookieValue: v.cookieValue, input, staff: { isAdmin: true, memberships: [] } })).toEqual({ ok: false, reason: "staff" });
      await db.programme.update({ where: { id: w.programmeId }, data: { staffMayVote: true } });
      expect(await cast({ cookieValue: v.cookieValue, input, staff: w.juror, now: new Date(DURING.getTime() + 5000) })).toMatchObject({ ok: true });
    });

    it("refuses malformed input and too many choices", async () => {
      const v = await makeVoter(db, w.programmeId);
      for (const input of [null, "x", {}, { categoryId: w.categoryA }, { categoryId: w.categoryA, finalistIds: [] }, { categoryId: w.categoryA, finalistIds: ["a".repeat(65)] }]) {
        expect(await cast({ cookieValue: v.cookieValue, input })).toEqual({ ok: false, reason: "invalid_input" });
      }
      expect(await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[0], w.finalistsA[1]] } })).toEqual({ ok: false, reason: "too_many" });
      expect(await cast({ cookieValue: v.cookieValue, slug: "no-such-vote", input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] } })).toEqual({ ok: false, reason: "unknown_programme" });
      expect(await db.ballot.count({ where: { programmeId: { in: [w.programmeId, w.other.programmeId] } } })).toBe(0);
    });
  });

  it("limits the votes one network casts in ten minutes", async () => {
    process.env.VOTE_NETWORK_LIMIT = "3";
    try {
      const results = [];
      for (let i = 0; i < 5; i++) {
        const v = await makeVoter(db, w.programmeId);
        results.push(await cast({ cookieValue: v.cookieValue, ip: `198.51.100.${i + 1}`, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] } }));
      }
      expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["ok", "ok", "ok", "rate_limited", "rate_limited"]);
      const v = await makeVoter(db, w.programmeId);
      expect(await cast({ cookieValue: v.cookieValue, ip: "192.0.2.1", input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] } })).toMatchObject({ ok: true });
    } finally {
      delete process.env.VOTE_NETWORK_LIMIT;
    }
  });
});

describe("programme rules", () => {
  it("up to N choices: each a slot with its own receipt, never the same finalist twice", async () => {
    w = await makeVoteWorld(db, { votesPerCategory: 2 });
    const v = await makeVoter(db, w.programmeId);
    const result = await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[0], w.finalistsA[2]] } });
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(new Set(result.receiptCodes).size).toBe(2);
    expect(await db.ballot.count({ where: { voterId: v.voterId } })).toBe(2);
    expect(await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[0], w.finalistsA[0]] } })).toEqual({ ok: false, reason: "too_many" });
  });

  it("changing a vote replaces it until the close when the programme allows it, and never frees a quarantined ballot", async () => {
    w = await makeVoteWorld(db, { voteChangeAllowed: true });
    const v = await makeVoter(db, w.programmeId);
    const first = await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] } });
    const second = await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[1]] } });
    expect(second).toMatchObject({ ok: true, changed: true });
    const rows = await db.ballot.findMany({ where: { voterId: v.voterId } });
    expect(rows.map((r) => r.finalistId)).toEqual([w.finalistsA[1]]);
    if (first.ok) expect(rows[0].receiptHash).not.toBe(receiptHash(first.receiptCodes[0], w.categoryA));
    await db.ballot.updateMany({ where: { voterId: v.voterId }, data: { quarantinedAt: DURING, quarantineReason: "burst" } });
    expect(await cast({ cookieValue: v.cookieValue, input: { categoryId: w.categoryA, finalistIds: [w.finalistsA[2]] } })).toEqual({ ok: false, reason: "already_voted" });
    expect((await db.ballot.findMany({ where: { voterId: v.voterId } })).map((r) => r.finalistId)).toEqual([w.finalistsA[1]]);
  });
});
