import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkReceipt, RECEIPT_CHECKS_PER_IP } from "@/lib/voting/receipts/check-receipt";
import { castBallotDirectly, makeVoteProgramme } from "@/lib/voting/finalists/public-vote-fixtures";

let ipCounter = 0;
// Each test its own address, so the rate limit of one never answers for another.
const freshIp = () => `198.51.100.${++ipCounter}`;

describe("checkReceipt", () => {
  it("says a ballot is in the count, in whatever way the code is typed, and nothing more", async () => {
    const { programme, category, finalists } = await makeVoteProgramme(db);
    const { receiptCode } = await castBallotDirectly(db, { programmeId: programme.id, categoryId: category.id, finalistId: finalists[0].id });
    const typed = ` ${receiptCode.replaceAll("-", " ").toLowerCase()} `;
    const result = await checkReceipt({ slug: programme.slug, input: { categoryId: category.id, receiptCode: typed }, ip: freshIp() });
    expect(result).toEqual({ ok: true, state: "counted" });
    expect(JSON.stringify(result)).not.toContain(finalists[0].id);
  });

  it("answers not found for a well-formed code nobody was given, or a code checked against another category", async () => {
    const { programme, category, finalists } = await makeVoteProgramme(db);
    const other = await db.category.create({ data: { programmeId: programme.id, name: "Neighbourhood" } });
    const { receiptCode } = await castBallotDirectly(db, { programmeId: programme.id, categoryId: category.id, finalistId: finalists[1].id });
    expect(await checkReceipt({ slug: programme.slug, input: { categoryId: category.id, receiptCode: "7K2M-QX9D-4HRT" }, ip: freshIp() })).toEqual({ ok: true, state: "not_found" });
    expect(await checkReceipt({ slug: programme.slug, input: { categoryId: other.id, receiptCode }, ip: freshIp() })).toEqual({ ok: true, state: "not_found" });
  });

  it("says a quarantined ballot is held for review, not counted", async () => {
    const { programme, category, finalists } = await makeVoteProgramme(db);
    const { receiptCode } = await castBallotDirectly(db, { programmeId: programme.id, categoryId: category.id, finalistId: finalists[0].id, quarantined: true });
    expect(await checkReceipt({ slug: programme.slug, input: { categoryId: category.id, receiptCode }, ip: freshIp() })).toEqual({ ok: true, state: "held" });
  });

  it("does not find another programme's ballot through this programme's page", async () => {
    const mine = await makeVoteProgramme(db);
    const theirs = await makeVoteProgramme(db);
    const { receiptCode } = await castBallotDirectly(db, { programmeId: theirs.programme.id, categoryId: theirs.category.id, finalistId: theirs.finalists[0].id });
    expect(await checkReceipt({ slug: mine.programme.slug, input: { categoryId: theirs.category.id, receiptCode }, ip: freshIp() })).toEqual({
      ok: false,
      reason: "invalid_input",
      field: "categoryId",
    });
  });

  it("names the field of malformed input and refuses programmes without a vote yet", async () => {
    const { programme, category } = await makeVoteProgramme(db);
    expect(await checkReceipt({ slug: programme.slug, input: { categoryId: category.id, receiptCode: "not a code" }, ip: freshIp() })).toEqual({ ok: false, reason: "invalid_input", field: "receiptCode" });
    expect(await checkReceipt({ slug: programme.slug, input: { categoryId: "", receiptCode: "7K2M-QX9D-4HRT" }, ip: freshIp() })).toEqual({ ok: false, reason: "invalid_input", field: "categoryId" });
    expect(await checkReceipt({ slug: programme.slug, input: null, ip: freshIp() })).toMatchObject({ ok: false, reason: "invalid_input" });
    const early = await makeVoteProgramme(db, { phase: "jury_review" });
    expect(await checkReceipt({ slug: early.programme.slug, input: { categoryId: early.category.id, receiptCode: "7K2M-QX9D-4HRT" }, ip: freshIp() })).toEqual({ ok: false, reason: "unknown_programme" });
    expect(await checkReceipt({ slug: "no-such-programme", input: { categoryId: category.id, receiptCode: "7K2M-QX9D-4HRT" }, ip: freshIp() })).toEqual({ ok: false, reason: "unknown_programme" });
  });

  it("stops answering one address after its limit, and answers another", async () => {
    const { programme, category } = await makeVoteProgramme(db);
    const ip = freshIp();
    const now = new Date("2026-11-25T10:00:00Z");
    const input = { categoryId: category.id, receiptCode: "7K2M-QX9D-4HRT" };
    for (let i = 0; i < RECEIPT_CHECKS_PER_IP.limit; i++) expect(await checkReceipt({ slug: programme.slug, input, ip, now })).toMatchObject({ ok: true });
    expect(await checkReceipt({ slug: programme.slug, input, ip, now })).toEqual({ ok: false, reason: "rate_limited" });
    expect(await checkReceipt({ slug: programme.slug, input, ip: freshIp(), now })).toEqual({ ok: true, state: "not_found" });
  });
});
