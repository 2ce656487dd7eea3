// Participation and the anomaly report during the vote: counts without choices,
// and quarantining exactly a finding's votes (and letting them back in).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAnomalyReport } from "@/lib/voting/admin/get-anomaly-report";
import { getParticipation } from "@/lib/voting/admin/get-participation";
import { quarantineBallots } from "@/lib/voting/admin/quarantine-ballots";
import { releaseBallots } from "@/lib/voting/admin/release-ballots";
import { castBallots, makeVoteWorld, type BallotSeed, type VoteWorld } from "@/lib/voting/admin/vote-fixtures";
import type { QuarantineSelector } from "@/lib/voting/tally/detect-anomalies";

const MINUTE = 60_000;
const START = new Date("2026-05-05T06:00:00Z").getTime();
const NOW = new Date("2026-05-06T12:00:00Z");
const BURST_PREFIX = "198.51.100.0/24";

/** The selector as the quarantine form posts it back: ISO strings, keys only when set. */
const posted = (s: QuarantineSelector) => ({
  castFrom: s.castFrom.toISOString(),
  castTo: s.castTo.toISOString(),
  ...(s.networkPrefix ? { networkPrefix: s.networkPrefix } : {}),
  ...(s.emailDomain ? { emailDomain: s.emailDomain } : {}),
  ...(s.userAgentHash ? { userAgentHash: s.userAgentHash } : {}),
});

describe("participation and the anomaly report", () => {
  let world: VoteWorld;
  let burstIds: string[];
  beforeEach(async () => {
    world = await makeVoteWorld(db);
    const [young, neighbourhood] = world.categories;
    // Honest votes through the day, each from its own home network and a big mail provider…
    const honest: BallotSeed[] = Array.from({ length: 40 }, (_, i) => ({
      categoryId: i % 2 ? young.id : neighbourhood.id,
      finalistId: i % 2 ? young.finalistIds[i % 3] : neighbourhood.finalistIds[i % 3],
      castAt: new Date(START + i * 20 * MINUTE),
      emailDomain: "gmail.com",
    }));
    // …and thirty in five minutes from one network, all for the same finalist.
    const burst: BallotSeed[] = Array.from({ length: 30 }, (_, i) => ({
      categoryId: young.id,
      finalistId: young.finalistIds[2],
      castAt: new Date(START + 6 * 60 * MINUTE + i * 10_000),
      networkPrefix: BURST_PREFIX,
      emailDomain: "gmail.com",
    }));
    await castBallots(db, world.programme.id, [...honest, ...burst]);
    burstIds = (await db.ballot.findMany({ where: { programmeId: world.programme.id, networkPrefix: BURST_PREFIX }, select: { id: true } })).map((b) => b.id).sort();
  });

  const quarantinedIds = async () => (await db.ballot.findMany({ where: { programmeId: world.programme.id, quarantinedAt: { not: null } }, select: { id: true } })).map((b) => b.id).sort();

  it("counts votes in total, per category and per hour, and nothing per finalist", async () => {
    const p = await getParticipation({ actor: world.organiser, programmeId: world.programme.id });
    expect(p.totalVotes).toBe(70);
    expect(p.voters).toBe(70);
    expect(p.categories.map((c) => c.votes)).toEqual([50, 20]);
    expect(p.byHour.reduce((sum, h) => sum + h.votes, 0)).toBe(70);
    expect(p.byHour[0].hourStart).toEqual(new Date(START));
    const json = JSON.stringify(p);
    for (const id of world.categories.flatMap((c) => c.finalistIds)) expect(json).not.toContain(id);
  });

  it("reports the burst and quarantines exactly its votes, once, with an audit row of counts", async () => {
    const report = await getAnomalyReport({ actor: world.organiser, programmeId: world.programme.id, now: NOW });
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding).toMatchObject({ kind: "burst_from_network", key: BURST_PREFIX, count: 30, quarantined: 0 });
    expect(report.canChange).toBe(true);

    const reason = "Thirty votes in five minutes from one network";
    const done = await quarantineBallots({ actor: world.organiser, programmeId: world.programme.id, input: { selector: posted(finding.selector), reason }, now: NOW });
    expect(done).toEqual({ quarantined: 30 });
    expect(await quarantinedIds()).toEqual(burstIds);
    expect(new Set((await db.ballot.findMany({ where: { id: { in: burstIds } } })).map((b) => b.quarantineReason))).toEqual(new Set([reason]));

    const again = await getAnomalyReport({ actor: world.organiser, programmeId: world.programme.id, now: NOW });
    expect(again.findings[0].quarantined).toBe(30);
    expect(again.quarantines).toEqual([{ quarantinedAt: NOW, reason, count: 30 }]);
    expect(await quarantineBallots({ actor: world.organiser, programmeId: world.programme.id, input: { selector: posted(finding.selector), reason: "Same again, later" }, now: new Date(NOW.getTime() + 1000) })).toEqual({ quarantined: 0 });

    const audits = await db.auditEvent.findMany({ where: { programmeId: world.programme.id, action: "vote.ballots_quarantined" } });
    expect(audits.map((a) => a.data)).toEqual([{ kind: "burst_from_network", count: 30, reason }]);
    expect(JSON.stringify(audits)).not.toContain(BURST_PREFIX);
  });

  it("refuses a selector the report does not show, or a reason too short or long, changing nothing", async () => {
    const [finding] = (await getAnomalyReport({ actor: world.organiser, programmeId: world.programme.id, now: NOW })).findings;
    const wider = { ...posted(finding.selector), castTo: new Date(finding.selector.castTo.getTime() + 60 * MINUTE).toISOString() };
    await expect(quarantineBallots({ actor: world.organiser, programmeId: world.programme.id, input: { selector: wider, reason: "A long enough reason" }, now: NOW })).rejects.toMatchObject({ code: "conflict", message: "findingChanged" });
    const everything = { castFrom: new Date(0).toISOString(), castTo: NOW.toISOString() };
    await expect(quarantineBallots({ actor: world.admin, programmeId: world.programme.id, input: { selector: everything, reason: "A long enough reason" }, now: NOW })).rejects.toMatchObject({ message: "findingChanged" });
    for (const reason of ["abc", "x".repeat(301)]) {
      await expect(quarantineBallots({ actor: world.organiser, programmeId: world.programme.id, input: { selector: posted(finding.selector), reason }, now: NOW })).rejects.toMatchObject({ code: "invalid_input" });
    }
    expect(await quarantinedIds()).toEqual([]);
    expect(await db.auditEvent.count({ where: { programmeId: world.programme.id } })).toBe(0);
  });

  it("lets a quarantine's votes back in with a reason", async () => {
    const [finding] = (await getAnomalyReport({ actor: world.organiser, programmeId: world.programme.id, now: NOW })).findings;
    await quarantineBallots({ actor: world.organiser, programmeId: world.programme.id, input: { selector: posted(finding.selector), reason: "Looks like a bot" }, now: NOW });
    await expect(releaseBallots({ actor: world.organiser, programmeId: world.programme.id, input: { quarantinedAt: new Date(NOW.getTime() + 1).toISOString(), reason: "Wrong one entirely" } })).rejects.toMatchObject({ code: "not_found" });
    const released = await releaseBallots({ actor: world.organiser, programmeId: world.programme.id, input: { quarantinedAt: NOW.toISOString(), reason: "It was the school's vote day" } });
    expect(released).toEqual({ released: 30 });
    expect(await quarantinedIds()).toEqual([]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { programmeId: world.programme.id, action: "vote.ballots_released" } });
    expect(audit.data).toMatchObject({ count: 30, reason: "It was the school's vote day" });
  });

  it("refuses the signed-out, a juror and another programme's organiser, and any change after publication", async () => {
    const [finding] = (await getAnomalyReport({ actor: world.organiser, programmeId: world.programme.id, now: NOW })).findings;
    const input = { selector: posted(finding.selector), reason: "A long enough reason" };
    for (const [actor, code] of [[null, "unauthenticated"], [world.juror, "forbidden"], [world.outsider, "forbidden"]] as const) {
      await expect(getParticipation({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code });
      await expect(getAnomalyReport({ actor, programmeId: world.programme.id, now: NOW })).rejects.toMatchObject({ code });
      await expect(quarantineBallots({ actor, programmeId: world.programme.id, input, now: NOW })).rejects.toMatchObject({ code });
      await expect(releaseBallots({ actor, programmeId: world.programme.id, input: { quarantinedAt: NOW.toISOString(), reason: "A long enough reason" } })).rejects.toMatchObject({ code });
    }
    await db.programme.update({ where: { id: world.programme.id }, data: { phase: "results_published" } });
    await expect(quarantineBallots({ actor: world.organiser, programmeId: world.programme.id, input, now: NOW })).rejects.toMatchObject({ message: "quarantineLocked" });
    expect(await quarantinedIds()).toEqual([]);
    expect(await db.auditEvent.count({ where: { programmeId: world.programme.id } })).toBe(0);
  });
});
