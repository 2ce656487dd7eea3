import { describe, expect, it } from "vitest";
import {
  burnPasswordCheck,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  needsRehash,
  parsePasswordHash,
  verifyPassword,
} from "@/lib/auth/password";

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe("password hashing", () => {
  it("stores the scrypt parameters, a 16-byte salt and a 32-byte key in the hash", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    const parsed = parsePasswordHash(hash)!;
    expect(parsed.salt).toHaveLength(16);
    expect(parsed.key).toHaveLength(32);
  });

  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stable", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts every hash, so the same password hashes differently", async () => {
    const [a, b] = await Promise.all([hashPassword("same", FAST), hashPassword("same", FAST)]);
    expect(a).not.toBe(b);
  });

  it("verifies hashes made with other parameters and asks for those to be upgraded", async () => {
    const old = await hashPassword("pw", FAST);
    expect(await verifyPassword("pw", old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword("pw"))).toBe(false);
  });

  it("never matches a missing or malformed hash", async () => {
    expect(await verifyPassword("pw", null)).toBe(false);
    expect(await verifyPassword("pw", "")).toBe(false);
    expect(await verifyPassword("pw", "bcrypt$10$abc")).toBe(false);
    expect(await verifyPassword("pw", "scrypt$1000$8$1$AAAA$AAAA")).toBe(false);
    expect(parsePasswordHash("scrypt$x$8$1$AAAA$AAAA")).toBeNull();
  });

  it("refuses absurdly long passwords instead of hashing them", async () => {
    const long = "x".repeat(MAX_PASSWORD_LENGTH + 1);
    await expect(hashPassword(long)).rejects.toThrow();
    expect(await verifyPassword(long, await hashPassword("x", FAST))).toBe(false);
  });

  it("treats NFC and NFD spellings of the same password as equal", async () => {
    const hash = await hashPassword("Grüße", FAST);
    expect(await verifyPassword("Gru\u0308ße", hash)).toBe(true);
  });

  it("spends a verification on unknown accounts and always says no", async () => {
    expect(await burnPasswordCheck("anything")).toBe(false);
  });
});
