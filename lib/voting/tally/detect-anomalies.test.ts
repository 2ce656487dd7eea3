import { describe, expect, it } from "vitest";
import * as T from "@/lib/voting/tally/anomaly-thresholds";
import { detectAnomalies, type AnomalyFinding, type QuarantineSelector, type VoteSignal } from "@/lib/voting/tally/detect-anomalies";

const MINUTE = 60_000;
const BERLIN = "Europe/Berlin";

/** A small seeded generator (mulberry32), so the synthetic traffic is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Votes per local hour in an honest civic vote: quiet at night, busy in the evening.
const HOURLY = [2, 1, 0.5, 0.5, 0.5, 1, 3, 5, 6, 6, 7, 8, 8, 7, 7, 7, 8, 9, 10, 10, 9, 7, 5, 3];
const BIG = [...T.BIG_EMAIL_PROVIDERS];

/**
 * Honest traffic in May (Berlin is UTC+2): thousands of home networks, a
 * fifth of the votes through 50 mobile-carrier ranges, mostly big mail
 * providers, and browsers where the most common build is about a fifth of all
 * votes.
 */
function honestTraffic({ days = 5, perDay = 3000, seed = 1 } = {}): VoteSignal[] {
  const next = random(seed);
  const total = HOURLY.reduce((a, b) => a + b);
  const votes: VoteSignal[] = [];
  for (let day = 0; day < days; day++) {
    for (let i = 0; i < perDay; i++) {
      let r = next() * total;
      let hour = 0;
      while (r >= HOURLY[hour]) r -= HOURLY[hour++];
      const castAt = new Date(Date.UTC(2026, 4, 4 + day, hour - 2) + Math.floor(next() * 60 * MINUTE));
      votes.push(honestVote(castAt, next));
    }
  }
  return votes;
}

// Zipf over 40 browser builds: ua-0 takes about 23% of votes, ua-1 12%, ua-2 8%, ...
const BUILD_WEIGHTS = Array.from({ length: 40 }, (_, k) => 1 / (k + 1));
const BUILD_TOTAL = BUILD_WEIGHTS.reduce((a, b) => a + b);
function browserBuild(r: number): string {
  let rest = r * BUILD_TOTAL;
  let k = 0;
  while (k < BUILD_WEIGHTS.length - 1 && rest >= BUILD_WEIGHTS[k]) rest -= BUILD_WEIGHTS[k++];
  return `ua-${k}`;
}

function honestVote(castAt: Date, next: () => number): VoteSignal {
  const pick = <V,>(list: readonly V[]) => list[Math.floor(next() * list.length)];
  const carrier = next() < 0.2;
  return {
    castAt,
    networkPrefix: carrier ? `100.64.${Math.floor(next() * 50)}.0/24` : `10.${Math.floor(next() * 60)}.${Math.floor(next() * 60)}.0/24`,
    emailDomain: next() < 0.75 ? pick(BIG) : `verein-${Math.floor(next() * 400)}.de`,
    userAgentHash: browserBuild(next()),
  };
}

/** `count` votes spread evenly over `minutes` from `start`, honest in every respect except `override`. */
function group(start: string, minutes: number, count: number, override: Partial<VoteSignal>, seed = 7): VoteSignal[] {
  const next = random(seed);
  const from = new Date(start).getTime();
  return Array.from({ length: count }, (_, i) => ({ ...honestVote(new Date(from + Math.floor((i * minutes * MINUTE) / count)), next), emailDomain: "gmail.com", ...override }));
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

function selects(selector: QuarantineSelector, vote: VoteSignal): boolean {
  const t = vote.castAt.getTime();
  if (t < selector.castFrom.getTime() || t > selector.castTo.getTime()) return false;
  return (["networkPrefix", "emailDomain", "userAgentHash"] as const).every((field) => selector[field] === undefined || vote[field] === selector[field]);
}

/** The selector picks exactly the votes the finding lists: the organiser can quarantine by either. */
function expectSelectorMatches(finding: AnomalyFinding, votes: VoteSignal[]) {
  expect(votes.flatMap((v, i) => (selects(finding.selector, v) ? [i] : []))).toEqual(finding.voteIndexes);
}

const after = (votes: VoteSignal[]) => new Date(Math.max(...votes.map((v) => v.castAt.getTime())) + 86_400_000);

describe("detectAnomalies", () => {
  const honest = honestTraffic();

  it("finds nothing in honest traffic, however large", () => {
    expect(detectAnomalies({ votes: honest, timeZone: BERLIN, now: after(honest) })).toEqual([]);
    const busy = honestTraffic({ days: 2, perDay: 20_000, seed: 2 });
    expect(detectAnomalies({ votes: busy, timeZone: BERLIN, now: after(busy) })).toEqual([]);
    expect(detectAnomalies({ votes: [], timeZone: BERLIN, now: new Date() })).toEqual([]);
  });

  it("reports a burst from one network range with the exact votes in it", () => {
    const votes = [...honest, ...group("2026-05-05T12:00:00Z", 5, 30, { networkPrefix: "198.51.100.0/24" })];
    const findings = detectAnomalies({ votes, timeZone: BERLIN, now: after(votes) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "burst_from_network", key: "198.51.100.0/24", count: 30, ongoing: false, rule: { minVotes: 10, maxShare: 0.05, windowMinutes: 10 } });
    expect(findings[0].windowStart).toEqual(new Date("2026-05-05T12:00:00Z"));
    expect(findings[0].voteIndexes).toEqual(range(honest.length, 30));
    expect(findings[0].share).toBeGreaterThan(0.3);
    expectSelectorMatches(findings[0], votes);
  });

  it("needs more than the minimum within one window", () => {
    const at = (n: number, minutes: number) => detectAnomalies({ votes: group("2026-05-05T12:00:00Z", minutes, n, { networkPrefix: "p" }), timeZone: BERLIN, now: new Date("2026-06-01") });
    expect(at(T.NETWORK_BURST_MIN_VOTES, 1)).toEqual([]);
    expect(at(T.NETWORK_BURST_MIN_VOTES + 1, 1)).toHaveLength(1);
    // Eleven votes one minute apart: any ten-minute window holds ten of them.
    expect(at(T.NETWORK_BURST_MIN_VOTES + 1, T.NETWORK_WINDOW_MINUTES + 1)).toEqual([]);
  });

  it("raises the bar with the traffic: a busy carrier range in a peak is not a burst, the same votes at a quiet time are", () => {
    const peak = group("2026-05-05T18:00:00Z", 10, 400, {}, 11); // the vote is on the evening news
    const carrier = group("2026-05-05T18:00:00Z", 10, 16, { networkPrefix: "100.64.9.0/24" }, 12);
    const busy = [...honest, ...peak, ...carrier];
    expect(detectAnomalies({ votes: busy, timeZone: BERLIN, now: after(busy) })).toEqual([]);
    const quiet = [...honest, ...group("2026-05-06T08:00:00Z", 10, 16, { networkPrefix: "100.64.9.0/24" }, 12)];
    expect(detectAnomalies({ votes: quiet, timeZone: BERLIN, now: after(quiet) }).map((f) => f.kind)).toEqual(["burst_from_network"]);
  });

  it("keeps separate bursts from one network apart and joins overlapping ones", () => {
    const votes = [
      ...group("2026-05-05T12:00:00Z", 8, 20, { networkPrefix: "p" }),
      ...group("2026-05-05T12:08:00Z", 8, 20, { networkPrefix: "p" }),
      ...group("2026-05-05T16:00:00Z", 5, 20, { networkPrefix: "p" }),
    ];
    const findings = detectAnomalies({ votes, timeZone: BERLIN, now: after(votes) });
    expect(findings.map((f) => [f.kind, f.count])).toEqual([["burst_from_network", 40], ["burst_from_network", 20]]);
    findings.forEach((f) => expectSelectorMatches(f, votes));
  });

  it("reports one email domain taking an unusual share of an hour, whatever its case", () => {
    const votes = [...honest, ...group("2026-05-06T09:00:00Z", 45, 40, { emailDomain: "Beispiel-Firma.DE" })];
    const findings = detectAnomalies({ votes, timeZone: BERLIN, now: after(votes) });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "burst_from_domain", key: "beispiel-firma.de", count: 40, rule: { windowMinutes: 60 } });
    expect(findings[0].voteIndexes).toEqual(range(honest.length, 40));
  });

  it("never reports the big mail providers", () => {
    for (const domain of ["gmail.com", "GMX.de", "web.de", "t-online.de", "outlook.com", "icloud.com", "yahoo.com"]) {
      const votes = [...honest, ...group("2026-05-06T09:00:00Z", 45, 40, { emailDomain: domain })];
      expect(detectAnomalies({ votes, timeZone: BERLIN, now: after(votes) })).toEqual([]);
    }
  });

  it("reports a burst from one browser build", () => {
    const votes = [...honest, ...group("2026-05-07T07:00:00Z", 8, 60, { userAgentHash: "ua-headless" })];
    const findings = detectAnomalies({ votes, timeZone: BERLIN, now: after(votes) });
    expect(findings.map((f) => [f.kind, f.key, f.count])).toEqual([["burst_from_user_agent", "ua-headless", 60]]);
    expectSelectorMatches(findings[0], votes);
  });

  it("leaves votes without a network, domain or browser out of those groups", () => {
    const votes = group("2026-05-05T12:00:00Z", 2, 50, { networkPrefix: null, emailDomain: null, userAgentHash: null });
    expect(detectAnomalies({ votes, timeZone: BERLIN, now: after(votes) })).toEqual([]);
  });

  it("reports an unusual share of a day's votes between 01:00 and 05:00 in the programme's time zone", () => {
    const votes = [...honest, ...group("2026-05-06T00:00:00Z", 120, 400, {})];
    const findings = detectAnomalies({ votes, timeZone: BERLIN, now: after(votes) });
    expect(findings.map((f) => [f.kind, f.key])).toEqual([["odd_hours", "2026-05-06"]]);
    expect(findings[0].voteIndexes).toEqual(expect.arrayContaining(range(honest.length, 400)));
    expect(findings[0].count).toBeGreaterThan(400);
    expect(findings[0].share).toBeGreaterThan(T.ODD_HOURS_MAX_SHARE);
    expectSelectorMatches(findings[0], votes);
  });

  it("reads the hours in the programme's time zone", () => {
    // 02:00 to 04:00 in Berlin is 20:00 to 22:00 the evening before in New York.
    const votes = [...group("2026-05-05T12:00:00Z", 240, 200, {}, 8), ...group("2026-05-06T00:00:00Z", 120, 100, {}, 9)];
    expect(detectAnomalies({ votes, timeZone: BERLIN, now: after(votes) }).map((f) => f.kind)).toEqual(["odd_hours"]);
    expect(detectAnomalies({ votes, timeZone: "America/New_York", now: after(votes) })).toEqual([]);
  });

  it("reads the night on the local clock across the change to summer time", () => {
    // 29 March 2026: Berlin jumps from 02:00 to 03:00. 01:10 local is 00:10 UTC, 04:50 local is 02:50 UTC.
    const day = group("2026-03-28T09:00:00Z", 600, 100, {}, 3);
    const night = group("2026-03-29T00:10:00Z", 160, 30, {}, 4);
    const late = group("2026-03-29T03:10:00Z", 60, 10, {}, 5); // from 05:10 local: the next vote day
    const nextDay = group("2026-03-30T09:00:00Z", 600, 100, {}, 6);
    const votes = [...day, ...night, ...late, ...nextDay];
    const [finding, ...rest] = detectAnomalies({ votes, timeZone: BERLIN, now: after(votes) });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "odd_hours", key: "2026-03-29", count: 30, windowTotal: 130 });
    expect(finding.voteIndexes).toEqual(range(100, 30));
  });

  it("marks a group that may still be growing as ongoing", () => {
    const votes = [...honest, ...group("2026-05-05T12:00:00Z", 5, 30, { networkPrefix: "198.51.100.0/24" })];
    const during = detectAnomalies({ votes, timeZone: BERLIN, now: new Date("2026-05-05T12:06:00Z") });
    expect(during.find((f) => f.kind === "burst_from_network")?.ongoing).toBe(true);
    const night = [...honest, ...group("2026-05-06T00:00:00Z", 120, 400, {})];
    expect(detectAnomalies({ votes: night, timeZone: BERLIN, now: new Date("2026-05-06T02:30:00Z") })[0]).toMatchObject({ kind: "odd_hours", ongoing: true });
    expect(detectAnomalies({ votes: night, timeZone: BERLIN, now: new Date("2026-05-06T03:30:00Z") })[0]).toMatchObject({ kind: "odd_hours", ongoing: false });
  });
});
