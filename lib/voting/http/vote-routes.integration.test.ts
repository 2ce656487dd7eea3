import { beforeEach, describe, expect, it } from "vitest";
import { POST as postBallot } from "@/app/api/vote/[slug]/ballots/route";
import { POST as postEmailCode } from "@/app/api/vote/[slug]/email-code/route";
import { GET as getStatus } from "@/app/api/vote/[slug]/status/route";
import { POST as postVerify } from "@/app/api/vote/[slug]/verify/route";
import { POST as postVotingCode } from "@/app/api/vote/[slug]/voting-code/route";
import { db } from "@/lib/db";
import { makeVoteWorld, makeVoter, type VoteWorld } from "@/lib/voting/vote-fixtures";

// The JSON endpoints of the public vote over real Requests: status codes,
// messages in the voter's language, the cookie, and refusals for everyone who
// may not act. The vote itself is tested in lib/voting/cast; here the window
// is "now", so the world's vote is moved to run around the current time.

let w: VoteWorld;
beforeEach(async () => {
  w = await makeVoteWorld(db);
  await db.programmePhase.updateMany({ where: { programmeId: { in: [w.programmeId, w.other.programmeId] }, phase: "public_vote" }, data: { startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(Date.now() + 7 * 86400_000) } });
});

const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
function request(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`http://localhost:3000${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": "de", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

describe("POST /api/vote/[slug]/ballots", () => {
  it("casts for a verified voter (201 + receipt), answers 409 to a second vote and 401 to nobody", async () => {
    const v = await makeVoter(db, w.programmeId, { now: new Date() });
    const cookie = `${v.cookieName}=${v.cookieValue}`;
    const body = { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] };
    const first = await postBallot(request(`/api/vote/${w.slug}/ballots`, body, { cookie }), params(w.slug));
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ ok: true, receiptCode: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/) });
    const second = await postBallot(request(`/api/vote/${w.slug}/ballots`, body, { cookie }), params(w.slug));
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ reason: "already_voted", message: expect.stringContaining("schon abgestimmt") });
    const anonymous = await postBallot(request(`/api/vote/${w.slug}/ballots`, body), params(w.slug));
    expect(anonymous.status).toBe(401);
    expect(await db.ballot.count({ where: { programmeId: w.programmeId } })).toBe(1);
  });

  it("refuses cross-site requests, broken JSON and unknown programmes without a 500", async () => {
    const v = await makeVoter(db, w.programmeId, { now: new Date() });
    const cookie = `${v.cookieName}=${v.cookieValue}`;
    const body = { categoryId: w.categoryA, finalistIds: [w.finalistsA[0]] };
    expect((await postBallot(request(`/api/vote/${w.slug}/ballots`, body, { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" }), params(w.slug))).status).toBe(403);
    expect((await postBallot(request(`/api/vote/${w.slug}/ballots`, "{not json", { cookie }), params(w.slug))).status).toBe(400);
    expect((await postBallot(request(`/api/vote/${w.slug}/ballots`, "x".repeat(10_000), { cookie }), params(w.slug))).status).toBe(400);
    expect((await postBallot(request(`/api/vote/nope/ballots`, body, { cookie }), params("nope"))).status).toBe(404);
    expect(await db.ballot.count({ where: { programmeId: w.programmeId } })).toBe(0);
  });
});

describe("verification endpoints", () => {
  it("email code: 202, then the code sets an HttpOnly voter cookie that casts", async () => {
    const asked = await postEmailCode(request(`/api/vote/${w.slug}/email-code`, { email: "Route.Voter@example.org", website: "", startedAt: Date.now() - 10_000 }), params(w.slug));
    expect(asked.status).toBe(202);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "Route.Voter@example.org" } });
    const code = /code: (\d{6})/i.exec(mail.text)![1];
    const wrong = await postVerify(request(`/api/vote/${w.slug}/verify`, { email: "route.voter@example.org", code: code === "111111" ? "222222" : "111111" }), params(w.slug));
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ reason: "wrong_code", field: "code", message: expect.stringContaining("noch 4 Versuche") });
    const verified = await postVerify(request(`/api/vote/${w.slug}/verify`, { email: "route.voter@example.org", code }), params(w.slug));
    expect(verified.status, JSON.stringify(await verified.clone().json())).toBe(200);
    const setCookie = verified.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = setCookie.split(";")[0];
    const status = await getStatus(new Request(`http://localhost:3000/api/vote/${w.slug}/status`, { headers: { cookie } }), params(w.slug));
    expect(await status.json()).toEqual({ verified: true, district: null, votedCategoryIds: [] });
    const cast = await postBallot(request(`/api/vote/${w.slug}/ballots`, { categoryId: w.categoryA, finalistIds: [w.finalistsA[2]] }, { cookie }), params(w.slug));
    expect(cast.status).toBe(201);
    const after = await getStatus(new Request(`http://localhost:3000/api/vote/${w.slug}/status`, { headers: { cookie } }), params(w.slug));
    expect(await after.json()).toMatchObject({ votedCategoryIds: [w.categoryA] });
  });

  it("answers 429 with Retry-After once a network asked for too many codes", async () => {
    const headers = { "x-forwarded-for": "203.0.113.99" };
    process.env.TRUSTED_PROXY_HEADER = "x-forwarded-for";
    try {
      const statuses = [];
      for (let i = 0; i < 12; i++) {
        const r = await postEmailCode(request(`/api/vote/${w.slug}/email-code`, { email: `n${i}@example.org`, startedAt: Date.now() - 10_000 }, headers), params(w.slug));
        statuses.push(r.status);
        if (r.status === 429) expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
      }
      expect(statuses).toEqual([...Array(10).fill(202), 429, 429]);
    } finally {
      delete process.env.TRUSTED_PROXY_HEADER;
    }
  });

  it("field errors name their field; a voting code works once", async () => {
    const bad = await postEmailCode(request(`/api/vote/${w.slug}/email-code`, { email: "nope", startedAt: Date.now() - 10_000 }, { "accept-language": "en" }), params(w.slug));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ reason: "invalid_email", field: "email", message: expect.stringContaining("valid email") });
    const malformed = await postVotingCode(request(`/api/vote/${w.slug}/voting-code`, { code: "1234" }), params(w.slug));
    expect(await malformed.json()).toMatchObject({ reason: "malformed_voting_code", field: "code" });
  });
});
