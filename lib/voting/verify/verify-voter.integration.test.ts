import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { normaliseVoterEmail } from "@/lib/voting/identity/normalise-voter-email";
import { voterIdentityHash } from "@/lib/voting/identity/voter-identity";
import { hashVotingCode } from "@/lib/voting/identity/hash-voting-code";
import { newVotingCode } from "@/lib/voting/identity/voting-code";
import { readVoterSession } from "@/lib/voting/session/voter-session";
import { requestEmailCode } from "@/lib/voting/verify/request-email-code";
import { redeemVotingCode } from "@/lib/voting/verify/redeem-voting-code";
import { verifyEmailCode } from "@/lib/voting/verify/verify-email-code";
import { DURING, makeVoteWorld, type VoteWorld } from "@/lib/voting/vote-fixtures";

let w: VoteWorld;
let ipCounter = 0;
beforeEach(async () => {
  w = await makeVoteWorld(db);
  ipCounter++;
});

const later = (ms: number) => new Date(DURING.getTime() + ms);
const ip = () => `198.51.${ipCounter % 250}.9`;
const ask = (email: string, o: { now?: Date; slug?: string; district?: string; website?: string; startedAt?: number; ip?: string } = {}) =>
  requestEmailCode({ slug: o.slug ?? w.slug, input: { email, district: o.district, website: o.website ?? "", startedAt: o.startedAt ?? DURING.getTime() - 20_000 }, ip: o.ip ?? ip(), locale: "de", now: o.now ?? DURING });
const check = (email: string, code: string, o: { now?: Date; slug?: string; district?: string } = {}) =>
  verifyEmailCode({ slug: o.slug ?? w.slug, input: { email, code, district: o.district }, ip: ip(), now: o.now ?? later(60_000) });

async function lastCodeTo(address: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: address, kind: "vote_code" }, orderBy: { createdAt: "desc" } });
  return /code: (\d{6})/i.exec(mail.text)![1];
}

describe("email verification", () => {
  it("sends a code in the voter's language, verifies it once, and makes one voter for every spelling of the address", async () => {
    expect(await ask("Anna.Voter@Example.org")).toEqual({ ok: true });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "Anna.Voter@Example.org" } });
    expect(mail.subject).toContain("Code");
    const code = await lastCodeTo("Anna.Voter@Example.org");
    const ok = await check("anna.voter@example.org", code);
    expect(ok).toMatchObject({ ok: true });
    if (!ok.ok) throw new Error("unreachable");
    const session = readVoterSession(ok.cookie.value, w.programmeId, process.env.LAUREL_HMAC_KEY!, later(60_000));
    expect(session?.voterId).toBeTruthy();
    // Nothing stores the address: the voter row holds a hash and the domain.
    const voter = await db.voter.findUniqueOrThrow({ where: { id: session!.voterId } });
    expect(JSON.stringify(voter)).not.toMatch(/anna/i);
    expect(voter.emailDomain).toBe("example.org");

    // Replayed: the same code again.
    expect(await check("anna.voter@example.org", code, { now: later(70_000) })).toMatchObject({ ok: false, reason: "code_used", field: "code" });
    // A plus-tag and another case are the same voter.
    await ask("ANNA.VOTER+second@example.org", { now: later(120_000) });
    const again = await check("anna.voter+other@EXAMPLE.org", await lastCodeTo("ANNA.VOTER+second@example.org"), { now: later(130_000) });
    if (!again.ok) throw new Error(`expected ok, got ${again.reason}`);
    expect(readVoterSession(again.cookie.value, w.programmeId, process.env.LAUREL_HMAC_KEY!, later(130_000))?.voterId).toBe(session!.voterId);
    expect(await db.voter.count({ where: { programmeId: w.programmeId } })).toBe(1);
  });

  it("refuses a forged code, counts wrong tries and locks out growing", async () => {
    await ask("ben@example.org");
    const code = await lastCodeTo("ben@example.org");
    const wrong = code === "000000" ? "000001" : "000000";
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await check("ben@example.org", wrong, { now: later(10_000 + i) }));
    expect(answers.slice(0, 4).map((a) => !a.ok && a.reason)).toEqual(["wrong_code", "wrong_code", "wrong_code", "wrong_code"]);
    expect(answers[0]).toMatchObject({ triesLeft: 4 });
    expect(answers[4]).toMatchObject({ ok: false, reason: "locked", retryAfterMs: 60_000 });
    // Even the right code is refused while locked, and the dead code stays dead.
    expect(await check("ben@example.org", code, { now: later(20_000) })).toMatchObject({ ok: false, reason: "locked" });
    expect(await check("ben@example.org", code, { now: later(200_000) })).toMatchObject({ ok: false, reason: "locked" });
    // A new code after the lock: one more wrong try locks for five minutes.
    await ask("ben@example.org", { now: later(200_000) });
    expect(await check("ben@example.org", wrong === "000000" ? "000002" : wrong, { now: later(210_000) })).toMatchObject({ reason: "locked", retryAfterMs: 5 * 60_000 });
  });

  it("compares at most five of many guesses sent at once", async () => {
    await ask("gus@example.org");
    const code = await lastCodeTo("gus@example.org");
    const guesses = Array.from({ length: 40 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
    // From many networks at once, as an attacker would, so no per-network limit hides the race.
    const answers = await Promise.all(
      guesses.map((g, i) => verifyEmailCode({ slug: w.slug, input: { email: "gus@example.org", code: g }, ip: `192.0.2.${i + 1}`, now: later(5000) })),
    );
    expect(answers.filter((a) => !a.ok && a.reason === "wrong_code").length).toBeLessThanOrEqual(4);
    expect(answers.every((a) => !a.ok)).toBe(true);
    expect((await db.voteEmailCode.findFirstOrThrow({ where: { programmeId: w.programmeId }, orderBy: { createdAt: "desc" } })).failures).toBe(5);
    // The right code is refused now too: the code is dead.
    expect(await check("gus@example.org", code, { now: later(10 * 60_000 - 1) })).toMatchObject({ ok: false, reason: "locked" });
  });

  it("refuses addresses the mailer would not take, before writing anything, instead of failing", async () => {
    for (const address of ["jöhn@example.de", "a..b@example.com", "johndoe@gmail.com."]) {
      expect(await ask(address)).toMatchObject({ ok: false, reason: "invalid_email" });
    }
    expect(await db.voteEmailCode.count({ where: { programmeId: w.programmeId } })).toBe(0);
  });

  it("gives clients behind no trusted proxy (all 'unknown') a shared but wide limit", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => ask(`u${i}@example.org`, { ip: "unknown" })));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it("refuses an expired code, a code of another programme and a malformed code without counting it", async () => {
    await ask("cem@example.org");
    const code = await lastCodeTo("cem@example.org");
    expect(await check("cem@example.org", code, { now: later(10 * 60_000) })).toMatchObject({ ok: false, reason: "code_expired" });
    await ask("cem@example.org", { slug: w.other.slug, now: later(11 * 60_000) });
    const otherCode = await lastCodeTo("cem@example.org");
    // The other programme's code is not a code here: this programme's newest is the expired one.
    expect(await check("cem@example.org", otherCode, { now: later(11 * 60_000 + 1000) })).toMatchObject({ ok: false, reason: "code_expired" });
    expect(await check("cem@example.org", "12345", { now: later(11 * 60_000 + 2000) })).toMatchObject({ ok: false, reason: "malformed_code", field: "code" });
    expect(await check("dora@example.org", "123456")).toMatchObject({ ok: false, reason: "no_code" });
  });

  it("refuses malformed and throwaway addresses, unknown areas, staff and, in allow-list mode, anyone not listed", async () => {
    for (const bad of ["", "not-an-email", "a@b", "x@.org", "<script>@example.org"]) expect(await ask(bad)).toMatchObject({ ok: false, reason: "invalid_email", field: "email" });
    expect(await ask("someone@mailinator.com")).toMatchObject({ ok: false, reason: "disposable_email" });
    expect(await ask("eve@example.org", { district: "Atlantis" })).toMatchObject({ ok: false, reason: "unknown_area", field: "district" });
    expect(await ask(w.juror.email.toUpperCase())).toMatchObject({ ok: false, reason: "staff" });
    await db.programme.update({ where: { id: w.programmeId }, data: { voteVerification: "allow_list" } });
    const listed = voterIdentityHash(normaliseVoterEmail("listed@example.org")!, process.env.LAUREL_HMAC_KEY!, w.programmeId);
    await db.voteAllowListEntry.create({ data: { programmeId: w.programmeId, identityHash: listed } });
    expect(await ask("unlisted@example.org")).toMatchObject({ ok: false, reason: "not_on_list" });
    expect(await ask("Listed+tag@Example.org")).toEqual({ ok: true });
    expect(await ask("x", { slug: "nope" })).toMatchObject({ ok: false, reason: "unknown_programme" });
    for (const input of [null, 42, { email: 5 }, { email: "a".repeat(400) }]) {
      expect(await requestEmailCode({ slug: w.slug, input, ip: ip(), locale: "en", now: DURING })).toMatchObject({ ok: false, reason: "invalid_input" });
    }
  });

  it("answers a filled honeypot like a success and sends nothing; a form sent too fast is refused", async () => {
    expect(await ask("bot@example.org", { website: "http://spam.example" })).toEqual({ ok: true });
    expect(await ask("bot@example.org", { startedAt: DURING.getTime() - 200 })).toMatchObject({ ok: false, reason: "too_fast" });
    expect(await db.outboxEmail.count({ where: { toAddress: "bot@example.org" } })).toBe(0);
  });

  it("refuses outside the window", async () => {
    expect(await ask("fay@example.org", { now: new Date("2026-05-01T00:00:00Z") })).toMatchObject({ ok: false, reason: "not_open" });
    expect(await ask("fay@example.org", { now: new Date("2026-07-01T00:00:00Z") })).toMatchObject({ ok: false, reason: "closed" });
  });

  it("holds 10,000 code requests from one network to its limit: the rest are rate limited and send nothing", async () => {
    const before = await db.outboxEmail.count();
    const results: Awaited<ReturnType<typeof ask>>[] = [];
    for (let batch = 0; batch < 100; batch++) {
      results.push(...(await Promise.all(Array.from({ length: 100 }, (_, i) => ask(`v${batch * 100 + i}@example.org`, { ip: "203.0.113.50", now: later(batch) })))));
    }
    const outcome = (r: Awaited<ReturnType<typeof ask>>) => (r.ok ? "ok" : r.reason);
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => outcome(r) === "rate_limited")).toHaveLength(9990);
    expect((await db.outboxEmail.count()) - before).toBe(10);
    // Another network is not affected.
    expect(await ask("other@example.org", { ip: "192.0.2.77", now: later(200) })).toEqual({ ok: true });
  }, 300_000);
});

describe("printed voting codes", () => {
  async function printCodes(programmeId: string, n: number) {
    const codes = Array.from({ length: n }, newVotingCode);
    for (const code of codes) await db.votingCode.create({ data: { programmeId, batch: "school", codeHash: hashVotingCode(code, process.env.LAUREL_HMAC_KEY!) } });
    return codes;
  }

  it("work once, in their own programme only, typed any way", async () => {
    const [code] = await printCodes(w.programmeId, 1);
    const [otherCode] = await printCodes(w.other.programmeId, 1);
    const redeem = (c: string, slug = w.slug) => redeemVotingCode({ slug, input: { code: c }, ip: ip(), now: DURING });
    expect(await redeem(otherCode)).toMatchObject({ ok: false, reason: "unknown_voting_code" });
    const first = await redeem(` ${code.toLowerCase().replace(/-/g, " ")} `);
    expect(first).toMatchObject({ ok: true });
    expect(await redeem(code)).toMatchObject({ ok: false, reason: "voting_code_used", field: "code" });
    expect(await redeem("ABCD-EFGH-JK")).toMatchObject({ ok: false, reason: "malformed_voting_code" });
    const row = await db.votingCode.findFirstOrThrow({ where: { programmeId: w.programmeId } });
    expect(row.usedAt).not.toBeNull();
    expect(row.voterId).not.toBeNull();
  });

  it("let exactly one of many simultaneous redemptions of one code through", async () => {
    const [code] = await printCodes(w.programmeId, 1);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => redeemVotingCode({ slug: w.slug, input: { code }, ip: `192.0.2.${i}`, now: DURING })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.voter.count({ where: { programmeId: w.programmeId, method: "voting_code" } })).toBe(1);
  });
});
