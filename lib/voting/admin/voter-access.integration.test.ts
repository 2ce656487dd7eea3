// Printed voting codes and the allow-list: what is stored (hashes only), the
// counts the organiser sees, and who may do it.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearAllowList } from "@/lib/voting/admin/clear-allow-list";
import { createVotingCodes } from "@/lib/voting/admin/create-voting-codes";
import { getAllowListSummary } from "@/lib/voting/admin/get-allow-list-summary";
import { listVotingCodeBatches } from "@/lib/voting/admin/list-voting-code-batches";
import { AllowListLinesError, replaceAllowList } from "@/lib/voting/admin/replace-allow-list";
import { voidVotingCodes } from "@/lib/voting/admin/void-voting-codes";
import { ensureTestVoterKey, makeVoteWorld, type VoteWorld } from "@/lib/voting/admin/vote-fixtures";
import { hashVotingCode } from "@/lib/voting/identity/hash-voting-code";
import { normaliseVoterEmail } from "@/lib/voting/identity/normalise-voter-email";
import { voterIdentityHash, voterKey } from "@/lib/voting/identity/voter-identity";
import { parseVotingCode } from "@/lib/voting/identity/voting-code";

beforeAll(ensureTestVoterKey);

describe("printed voting codes", () => {
  let world: VoteWorld;
  beforeEach(async () => {
    world = await makeVoteWorld(db, { phase: "jury_review" });
  });
  const codesOf = (batch: string) => db.votingCode.findMany({ where: { programmeId: world.programme.id, batch } });

  it("makes a batch of distinct valid codes, storing only their keyed hashes", async () => {
    const { batch, codes } = await createVotingCodes({ actor: world.organiser, programmeId: world.programme.id, input: { label: "Youth centre evening", count: 25 } });
    expect(batch).toBe("Youth centre evening");
    expect(new Set(codes).size).toBe(25);
    for (const code of codes) expect(parseVotingCode(code)).toBe(code);
    const rows = await codesOf(batch);
    expect(rows.map((r) => r.codeHash).sort()).toEqual(codes.map((c) => hashVotingCode(c, voterKey())).sort());
    expect(JSON.stringify(rows)).not.toContain(codes[0]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { programmeId: world.programme.id, action: "vote.codes_created" } });
    expect(audit.data).toEqual({ batch, count: 25 });
    expect(JSON.stringify(audit)).not.toContain(codes[0]);
  });

  it("lists batches with used, voided and unused codes, and voids only the unused ones", async () => {
    await createVotingCodes({ actor: world.organiser, programmeId: world.programme.id, input: { label: "School", count: 5 } });
    const [first, second] = await codesOf("School");
    const voter = await db.voter.create({ data: { programmeId: world.programme.id, identityHash: "h1", method: "voting_code", verifiedAt: new Date() } });
    await db.votingCode.update({ where: { id: first.id }, data: { usedAt: new Date(), voterId: voter.id } });
    expect((await voidVotingCodes({ actor: world.organiser, programmeId: world.programme.id, batch: "School" })).voided).toBe(4);
    expect((await voidVotingCodes({ actor: world.organiser, programmeId: world.programme.id, batch: "School" })).voided).toBe(0);
    const { batches } = await listVotingCodeBatches({ actor: world.organiser, programmeId: world.programme.id });
    expect(batches).toMatchObject([{ batch: "School", total: 5, used: 1, voided: 4, unused: 0 }]);
    expect((await db.votingCode.findUniqueOrThrow({ where: { id: second.id } })).voterId).toBeNull();
    const audits = await db.auditEvent.findMany({ where: { programmeId: world.programme.id, action: "vote.codes_voided" } });
    expect(audits.map((a) => a.data)).toEqual([{ batch: "School", count: 4 }]);
  });

  it("refuses a second batch with the same label, a count out of range, and codes after the close", async () => {
    await createVotingCodes({ actor: world.organiser, programmeId: world.programme.id, input: { label: "Fair", count: 1 } });
    await expect(createVotingCodes({ actor: world.organiser, programmeId: world.programme.id, input: { label: "Fair", count: 1 } })).rejects.toMatchObject({ field: "label", message: "labelTaken" });
    for (const count of [0, 2001, 1.5]) {
      await expect(createVotingCodes({ actor: world.organiser, programmeId: world.programme.id, input: { label: "Big", count } })).rejects.toMatchObject({ code: "invalid_input" });
    }
    await db.programme.update({ where: { id: world.programme.id }, data: { phase: "results_review" } });
    await expect(createVotingCodes({ actor: world.organiser, programmeId: world.programme.id, input: { label: "Late", count: 1 } })).rejects.toMatchObject({ message: "voteClosed" });
    expect(await db.votingCode.count({ where: { programmeId: world.programme.id } })).toBe(1);
  });

  it("refuses the signed-out, a juror and another programme's organiser, writing nothing", async () => {
    await createVotingCodes({ actor: world.organiser, programmeId: world.programme.id, input: { label: "Fair", count: 2 } });
    const before = await db.auditEvent.count();
    for (const [actor, code] of [[null, "unauthenticated"], [world.juror, "forbidden"], [world.outsider, "forbidden"]] as const) {
      await expect(createVotingCodes({ actor, programmeId: world.programme.id, input: { label: "Mine", count: 3 } })).rejects.toMatchObject({ code });
      await expect(voidVotingCodes({ actor, programmeId: world.programme.id, batch: "Fair" })).rejects.toMatchObject({ code });
      await expect(listVotingCodeBatches({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code });
    }
    expect(await db.votingCode.count({ where: { programmeId: world.programme.id, usedAt: null } })).toBe(2);
    expect(await db.auditEvent.count()).toBe(before);
  });
});

describe("the allow-list", () => {
  let world: VoteWorld;
  beforeEach(async () => {
    world = await makeVoteWorld(db, { phase: "jury_review" });
  });
  const hashes = async () => (await db.voteAllowListEntry.findMany({ where: { programmeId: world.programme.id } })).map((e) => e.identityHash).sort();
  const hashOf = (email: string) => voterIdentityHash(normaliseVoterEmail(email)!, voterKey(), world.programme.id);

  it("stores the identity hash of each address once and never the address", async () => {
    const report = await replaceAllowList({ actor: world.organiser, programmeId: world.programme.id, text: "email\nAnna.Voter@Example.org\nanna.voter+club@example.org\nbert@example.org\n" });
    expect(report).toEqual({ count: 2, invalidLines: [], invalidCount: 0, duplicates: 1 });
    expect(await hashes()).toEqual([hashOf("anna.voter@example.org"), hashOf("bert@example.org")].sort());
    const rows = JSON.stringify(await db.voteAllowListEntry.findMany()) + JSON.stringify(await db.auditEvent.findMany());
    expect(rows).not.toMatch(/anna|bert|example\.org/i);
    expect((await getAllowListSummary({ actor: world.organiser, programmeId: world.programme.id })).count).toBe(2);
  });

  it("replaces the whole list, and clears it", async () => {
    await replaceAllowList({ actor: world.organiser, programmeId: world.programme.id, text: "a@example.org\nb@example.org" });
    await replaceAllowList({ actor: world.organiser, programmeId: world.programme.id, text: "c@example.org" });
    expect(await hashes()).toEqual([hashOf("c@example.org")]);
    expect(await clearAllowList({ actor: world.organiser, programmeId: world.programme.id })).toEqual({ removed: 1 });
    expect(await hashes()).toEqual([]);
    const audits = await db.auditEvent.findMany({ where: { programmeId: world.programme.id, action: { startsWith: "vote.allow_list" } }, orderBy: { seq: "asc" } });
    expect(audits.map((a) => [a.action, a.data])).toEqual([
      ["vote.allow_list_replaced", { removed: 0, added: 2, duplicates: 0 }],
      ["vote.allow_list_replaced", { removed: 2, added: 1, duplicates: 0 }],
      ["vote.allow_list_cleared", { removed: 1 }],
    ]);
  });

  it("refuses a list with bad lines whole, naming the lines, and keeps the old list", async () => {
    await replaceAllowList({ actor: world.organiser, programmeId: world.programme.id, text: "a@example.org" });
    const refused = replaceAllowList({ actor: world.organiser, programmeId: world.programme.id, text: "b@example.org\nnot-an-address\n\nc@@example.org\n" });
    await expect(refused).rejects.toBeInstanceOf(AllowListLinesError);
    await expect(refused).rejects.toMatchObject({ lines: [2, 4], total: 2 });
    await expect(replaceAllowList({ actor: world.organiser, programmeId: world.programme.id, text: "\n\n" })).rejects.toMatchObject({ message: "allowListEmpty" });
    expect(await hashes()).toEqual([hashOf("a@example.org")]);
  });

  it("refuses changes after the close and to anyone but the programme's organisers", async () => {
    await replaceAllowList({ actor: world.organiser, programmeId: world.programme.id, text: "a@example.org" });
    const before = await db.auditEvent.count();
    for (const [actor, code] of [[null, "unauthenticated"], [world.juror, "forbidden"], [world.outsider, "forbidden"]] as const) {
      await expect(replaceAllowList({ actor, programmeId: world.programme.id, text: "x@example.org" })).rejects.toMatchObject({ code });
      await expect(clearAllowList({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code });
      await expect(getAllowListSummary({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code });
    }
    await db.programme.update({ where: { id: world.programme.id }, data: { phase: "results_review" } });
    await expect(replaceAllowList({ actor: world.organiser, programmeId: world.programme.id, text: "x@example.org" })).rejects.toMatchObject({ message: "voteClosed" });
    await expect(clearAllowList({ actor: world.organiser, programmeId: world.programme.id })).rejects.toMatchObject({ message: "voteClosed" });
    expect(await hashes()).toEqual([hashOf("a@example.org")]);
    expect(await db.auditEvent.count()).toBe(before);
  });
});
