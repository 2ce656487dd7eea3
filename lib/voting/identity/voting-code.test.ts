import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashVotingCode } from "@/lib/voting/identity/hash-voting-code";
import { newVotingCode, parseVotingCode, VOTING_CODE_ALPHABET, VOTING_CODE_LENGTH } from "@/lib/voting/identity/voting-code";

const KEY = "k".repeat(40);
const alphabetChar = fc.constantFrom(...VOTING_CODE_ALPHABET);
const bare = (code: string) => code.replaceAll("-", "");

const payload = fc.array(alphabetChar, { minLength: 9, maxLength: 9 }).map((cs) => cs.join(""));
const checkCharacters = (body: string) => [...VOTING_CODE_ALPHABET].filter((c) => parseVotingCode(body + c) !== null);
/** A valid code built without newVotingCode: 9 characters and the check character that completes them. */
const validCode = payload.map((body) => parseVotingCode(body + checkCharacters(body)[0])!);

describe("newVotingCode", () => {
  it("prints ten characters as XXXX-XXXX-XX from an alphabet without 0, O, 1, I or L", () => {
    expect(VOTING_CODE_ALPHABET).toHaveLength(31);
    expect(VOTING_CODE_ALPHABET).not.toMatch(/[0O1IL]/);
    for (let i = 0; i < 2000; i++) {
      const code = newVotingCode();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
      expect(bare(code)).toHaveLength(VOTING_CODE_LENGTH);
      expect(parseVotingCode(code)).toBe(code);
    }
  });

  it("uses every character of the alphabet and does not repeat codes", () => {
    const codes = Array.from({ length: 2000 }, newVotingCode);
    expect(new Set(codes.join("").replaceAll("-", "")).size).toBe(31);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("parseVotingCode", () => {
  it("has exactly one check character for any 9 characters", () => {
    fc.assert(
      fc.property(payload, (body) => {
        expect(checkCharacters(body)).toHaveLength(1);
      }),
    );
  });

  it("accepts any casing, spacing and dashes, and returns the printed form", () => {
    const code = newVotingCode();
    const plain = bare(code);
    expect(parseVotingCode(plain.toLowerCase())).toBe(code);
    expect(parseVotingCode(` ${plain.slice(0, 3)} ${plain.slice(3, 7)}–${plain.slice(7)} `)).toBe(code);
    expect(parseVotingCode(plain.replace(/./g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))).toBe(code); // full-width
  });

  it.each(["", "K7QM-X4TZ", "K7QM-X4TZ-9P-2", "0000-0000-00", "IIII-IIII-II", "K7QM?X4TZ-9P"])("refuses %j", (input) => {
    expect(parseVotingCode(input)).toBeNull();
  });

  it("round-trips with random casing, spaces and dashes", () => {
    const separator = fc.constantFrom("", " ", "-", "  ", " - ", "\t");
    fc.assert(
      fc.property(validCode, fc.array(separator, { minLength: 11, maxLength: 11 }), fc.infiniteStream(fc.boolean()), (code, seps, lower) => {
        const chars = [...bare(code)].map((c) => (lower.next().value ? c.toLowerCase() : c));
        const typed = seps.map((s, i) => s + (chars[i] ?? "")).join("");
        expect(parseVotingCode(typed)).toBe(code);
      }),
    );
  });

  it("catches any single wrong character", () => {
    fc.assert(
      fc.property(validCode, fc.nat(VOTING_CODE_LENGTH - 1), fc.oneof(alphabetChar, fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)), fc.constantFrom("Ｋ", "k", "0", "O", "1", "I", "L")), (code, position, replacement) => {
        const chars = [...bare(code)];
        // Another way of writing the same character (lower case, full width) is not a typo.
        fc.pre(replacement.normalize("NFKC").toUpperCase() !== chars[position]);
        chars[position] = replacement;
        expect(parseVotingCode(chars.join(""))).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it("catches every swap of two different characters", () => {
    fc.assert(
      fc.property(validCode, fc.nat(VOTING_CODE_LENGTH - 1), fc.nat(VOTING_CODE_LENGTH - 1), (code, i, j) => {
        const chars = [...bare(code)];
        fc.pre(chars[i] !== chars[j]);
        [chars[i], chars[j]] = [chars[j], chars[i]];
        expect(parseVotingCode(chars.join(""))).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it("catches a dropped or doubled character", () => {
    fc.assert(
      fc.property(validCode, fc.nat(VOTING_CODE_LENGTH - 1), (code, i) => {
        const plain = bare(code);
        expect(parseVotingCode(plain.slice(0, i) + plain.slice(i + 1))).toBeNull();
        expect(parseVotingCode(plain.slice(0, i) + plain[i] + plain.slice(i))).toBeNull();
      }),
    );
  });
});

describe("hashVotingCode", () => {
  it("gives one hash for every way of typing the same code, and another for another code", () => {
    const code = newVotingCode();
    expect(hashVotingCode(bare(code).toLowerCase(), KEY)).toBe(hashVotingCode(code, KEY));
    expect(hashVotingCode(code, KEY)).toMatch(/^[0-9a-f]{64}$/);
    let other = newVotingCode();
    while (other === code) other = newVotingCode();
    expect(hashVotingCode(other, KEY)).not.toBe(hashVotingCode(code, KEY));
  });

  it("refuses an invalid code", () => {
    expect(() => hashVotingCode("K7QM-X4TZ-9Q", KEY)).toThrow(/valid voting code/);
  });
});
