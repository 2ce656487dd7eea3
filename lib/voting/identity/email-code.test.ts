import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  codesMatch,
  codeState,
  EMAIL_CODE_TTL_MS,
  hashCode,
  lockoutAfter,
  MAX_WRONG_TRIES,
  newEmailCode,
  parseEmailCode,
  type CodeStateInput,
} from "@/lib/voting/identity/email-code";

const KEY = "k".repeat(40);
const MINUTE = 60_000;
const T0 = new Date("2026-05-04T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const fresh = (over: Partial<CodeStateInput> = {}): CodeStateInput => ({ createdAt: T0, usedAt: null, failures: 0, lockedUntil: null, now: T0, ...over });

describe("newEmailCode", () => {
  it("is always six digits and keeps leading zeros", () => {
    const codes = Array.from({ length: 5000 }, newEmailCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    // About 10% start with 0. Seeing none in 5000 would mean the zeros were dropped.
    expect(codes.some((c) => c.startsWith("0"))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(4900);
  });
});

describe("parseEmailCode", () => {
  it("accepts the code with spaces, dashes or full-width digits", () => {
    expect(parseEmailCode("042917")).toBe("042917");
    expect(parseEmailCode(" 042 917 ")).toBe("042917");
    expect(parseEmailCode("042-917")).toBe("042917");
    expect(parseEmailCode("０４２９１７")).toBe("042917");
  });

  it.each(["", "42917", "0429170", "04291a", "04291٧", "0429.17", "x".repeat(100)])("refuses %j", (input) => {
    expect(parseEmailCode(input)).toBeNull();
  });
});

describe("hashCode and codesMatch", () => {
  it("matches the same code and nothing else", () => {
    const stored = hashCode("042917", KEY);
    expect(codesMatch(hashCode("042917", KEY), stored)).toBe(true);
    expect(codesMatch(hashCode("042918", KEY), stored)).toBe(false);
    expect(codesMatch(hashCode("042917", "x".repeat(40)), stored)).toBe(false);
    expect(codesMatch("", stored)).toBe(false);
    expect(codesMatch(stored.slice(0, 63), stored)).toBe(false);
  });

  it("does not store the code itself", () => {
    expect(hashCode("042917", KEY)).not.toContain("042917");
    expect(hashCode("042917", KEY)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a code that was not parsed first", () => {
    expect(() => hashCode("042 917", KEY)).toThrow(/parseEmailCode/);
  });
});

describe("lockoutAfter", () => {
  it("does not lock below five failures, then locks for 1, 5, 15 and 60 minutes, and stays at 60", () => {
    expect([0, 1, 2, 3, 4].map(lockoutAfter)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 50].map(lockoutAfter)).toEqual([1, 5, 15, 60, 60, 60].map((m) => m * MINUTE));
  });

  it("never shrinks as failures grow and never exceeds an hour", () => {
    fc.assert(
      fc.property(fc.nat(10_000), (n) => {
        expect(lockoutAfter(n + 1)).toBeGreaterThanOrEqual(lockoutAfter(n));
        expect(lockoutAfter(n)).toBeLessThanOrEqual(60 * MINUTE);
      }),
    );
  });

  it("refuses a count that is not a non-negative integer", () => {
    for (const bad of [-1, 1.5, Number.NaN]) expect(() => lockoutAfter(bad)).toThrow(RangeError);
  });

  it("keeps a guesser who waits out every lock-out to a few dozen guesses a day", () => {
    let now = 0;
    let failures = 0;
    while (now < 24 * 60 * MINUTE) {
      failures += 1;
      now += lockoutAfter(failures) || 1000;
    }
    expect(failures).toBeLessThan(40);
  });
});

describe("codeState", () => {
  it("is valid when fresh", () => {
    expect(codeState(fresh())).toBe("valid");
  });

  it("expires at exactly ten minutes", () => {
    expect(EMAIL_CODE_TTL_MS).toBe(10 * MINUTE);
    expect(codeState(fresh({ now: at(EMAIL_CODE_TTL_MS - 1) }))).toBe("valid");
    expect(codeState(fresh({ now: at(EMAIL_CODE_TTL_MS) }))).toBe("expired");
    expect(codeState(fresh({ now: at(EMAIL_CODE_TTL_MS + 1) }))).toBe("expired");
  });

  it("is valid for exactly the first ten minutes, whatever the time", () => {
    fc.assert(
      fc.property(fc.integer({ min: -MINUTE, max: 3 * EMAIL_CODE_TTL_MS }), (age) => {
        expect(codeState(fresh({ now: at(age) }))).toBe(age < EMAIL_CODE_TTL_MS ? "valid" : "expired");
      }),
    );
  });

  it("is used once used, even while locked or after expiry", () => {
    expect(codeState(fresh({ usedAt: at(1000), now: at(2000) }))).toBe("used");
    expect(codeState(fresh({ usedAt: at(1000), now: at(EMAIL_CODE_TTL_MS * 2), lockedUntil: at(EMAIL_CODE_TTL_MS * 3) }))).toBe("used");
  });

  it("allows four wrong tries and locks the code at the fifth", () => {
    expect(MAX_WRONG_TRIES).toBe(5);
    expect(codeState(fresh({ failures: MAX_WRONG_TRIES - 1, now: at(MINUTE) }))).toBe("valid");
    expect(codeState(fresh({ failures: MAX_WRONG_TRIES, now: at(MINUTE) }))).toBe("locked");
    // The code stays dead after the lock-out ends: the voter needs a new code.
    expect(codeState(fresh({ failures: MAX_WRONG_TRIES, lockedUntil: at(2 * MINUTE), now: at(3 * MINUTE) }))).toBe("locked");
  });

  it("is locked while the voter is locked out, up to the exact end of the lock-out", () => {
    const lockedUntil = at(5 * MINUTE);
    expect(codeState(fresh({ lockedUntil, now: at(5 * MINUTE - 1) }))).toBe("locked");
    expect(codeState(fresh({ lockedUntil, now: at(5 * MINUTE) }))).toBe("valid");
    // A lock-out that outlasts the code reads as locked, so the voter waits before asking for a new one.
    expect(codeState(fresh({ lockedUntil: at(EMAIL_CODE_TTL_MS * 2), now: at(EMAIL_CODE_TTL_MS + 1) }))).toBe("locked");
  });

  it("follows a voter through growing lock-outs across fresh codes", () => {
    // Five wrong tries on the first code: locked for a minute.
    let failures = MAX_WRONG_TRIES;
    let lockedUntil = at(lockoutAfter(failures));
    expect(codeState(fresh({ failures: 5, lockedUntil, now: at(30_000) }))).toBe("locked");
    // A new code after the minute: one more wrong try locks for five minutes.
    const second = { createdAt: at(2 * MINUTE), usedAt: null, failures: 1 };
    failures += 1;
    lockedUntil = at(2 * MINUTE + lockoutAfter(failures));
    expect(lockedUntil.getTime() - at(2 * MINUTE).getTime()).toBe(5 * MINUTE);
    expect(codeState({ ...second, lockedUntil, now: at(6 * MINUTE) })).toBe("locked");
    expect(codeState({ ...second, lockedUntil, now: at(7 * MINUTE) })).toBe("valid");
  });

  it("fails closed on invalid dates and counts", () => {
    expect(codeState(fresh({ createdAt: new Date(Number.NaN) }))).toBe("expired");
    expect(codeState(fresh({ lockedUntil: new Date(Number.NaN) }))).toBe("locked");
    expect(codeState(fresh({ failures: Number.NaN }))).toBe("locked");
  });
});
