import { describe, expect, it } from "vitest";
import { benchDoc, benchSection, checkBallots, judge, type BenchNumbers } from "./bench-report";
import { percentile, type LoadResult } from "./load";

const load = (rps: number, p95: number, statuses: Record<number, number>): LoadResult => ({
  rps, total: Object.values(statuses).reduce((a, b) => a + b, 0), statuses, errors: 0, p50: p95 / 2, p95, p99: p95 * 1.5, durationS: 10, times: [],
});

const numbers = (over: Partial<BenchNumbers> = {}): BenchNumbers => ({
  provider: "sqlite",
  date: new Date("2026-11-25T12:00:00Z"),
  machine: "test machine",
  seconds: 10,
  connections: 16,
  ping: load(2000, 10, { 200: 20_000 }),
  votes: load(1200, 30, { 201: 12_000 }),
  steady: load(50, 12, { 201: 500 }),
  raw: { rowsPerSecond: 8000, rows: 24_000, settings: { journal_mode: "wal", synchronous: "2" } },
  integrity: { accepted: 12_500, acceptedWithOneBallot: 12_500, ballotRows: 12_510, unanswered: 10, maxUnanswered: 48, refusedButStored: 0 },
  poolExhausted: false,
  ...over,
});

describe("judge", () => {
  it("passes when votes keep half the empty route's pace, answer fast at 50/s and match the ballots", () => {
    const verdict = judge(numbers());
    expect(verdict.failures).toEqual([]);
    expect(verdict.voteShareOfEmptyRoute).toBeCloseTo(0.6);
    expect(verdict.voteShareOfRawInsert).toBeCloseTo(0.15);
  });

  it("fails when votes/s is under half the empty route's requests/s", () => {
    expect(judge(numbers({ votes: load(980, 30, { 201: 9800 }) })).failures.join()).toMatch(/49\.0 % of the empty route/);
  });

  it("fails when p95 at 50 votes/s reaches 100 ms", () => {
    expect(judge(numbers({ steady: load(50, 100, { 201: 500 }) })).failures.join()).toMatch(/p95 at 50 votes\/s/);
  });

  it("fails when an accepted vote has no ballot, a refused one has, or too many rows have no answer", () => {
    const integrity = numbers().integrity;
    expect(judge(numbers({ integrity: { ...integrity, acceptedWithOneBallot: 12_499 } })).failures.join()).toMatch(/1 of 12500 accepted votes/);
    expect(judge(numbers({ integrity: { ...integrity, refusedButStored: 1 } })).failures.join()).toMatch(/refused/);
    expect(judge(numbers({ integrity: { ...integrity, unanswered: 49 } })).failures.join()).toMatch(/never answered/);
  });

  it("fails when a vote run answered anything but 201", () => {
    expect(judge(numbers({ votes: load(1200, 30, { 201: 11_990, 429: 10 }) })).failures.join()).toMatch(/10 × 429/);
  });
});

describe("checkBallots", () => {
  it("matches each answer with the rows of its voter", () => {
    const answers = new Map([["a", 201], ["b", 201], ["c", 409], ["d", 201]]);
    expect(checkBallots(answers, ["a", "b", "b", "c", "x"], 5)).toEqual({
      accepted: 3, acceptedWithOneBallot: 1, ballotRows: 5, unanswered: 1, maxUnanswered: 5, refusedButStored: 1,
    });
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe("benchDoc", () => {
  it("replaces this database's section and keeps the other's", () => {
    const first = benchDoc("", "postgresql", benchSection(numbers({ provider: "postgresql" })));
    const both = benchDoc(first, "sqlite", benchSection(numbers()));
    expect(both).toMatch(/## SQLite[\s\S]*## PostgreSQL/);
    const again = benchDoc(both, "sqlite", benchSection(numbers({ date: new Date("2026-12-01T00:00:00Z") })));
    expect(again.match(/## SQLite/g)).toHaveLength(1);
    expect(again).toContain("2026-12-01");
    expect(again).toContain("## PostgreSQL");
  });
});
