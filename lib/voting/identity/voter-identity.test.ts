import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError } from "@/lib/config/config-error";
import { normaliseVoterEmail } from "@/lib/voting/identity/normalise-voter-email";
import { voterIdentityHash, voterKey } from "@/lib/voting/identity/voter-identity";

const KEY = "k".repeat(40);
const identity = (raw: string, programmeId = "young-engagement-2026", key: string | Buffer = KEY) =>
  voterIdentityHash(normaliseVoterEmail(raw)!, key, programmeId);

describe("voterIdentityHash", () => {
  it("is the hex HMAC-SHA256 of programme id, newline, canonical email", () => {
    const expected = createHmac("sha256", KEY).update("young-engagement-2026\namira@example.org").digest("hex");
    expect(identity("amira@example.org")).toBe(expected);
    expect(identity("amira@example.org")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is stable: the same person gets the same identity however they type the address", () => {
    const first = identity("amira.haddad@gmail.com");
    for (const variant of ["Amira.Haddad@Gmail.com", "amirahaddad+vote@googlemail.com", "ａｍｉｒａ．ｈａｄｄａｄ＠ｇｍａｉｌ．ｃｏｍ", "аmira.haddad@gmail.com", " a.m.i.r.a.haddad@GMAIL.COM. "]) {
      expect(identity(variant)).toBe(first);
    }
  });

  it("differs between programmes, so voters cannot be linked across them", () => {
    expect(identity("amira@example.org", "young-engagement-2026")).not.toBe(identity("amira@example.org", "young-engagement-2027"));
  });

  it("differs between keys", () => {
    expect(identity("amira@example.org", "p", KEY)).not.toBe(identity("amira@example.org", "p", "x".repeat(40)));
  });

  it("accepts the key as a string or as the same bytes in a Buffer", () => {
    expect(identity("amira@example.org", "p", Buffer.from(KEY))).toBe(identity("amira@example.org", "p", KEY));
  });

  it("refuses a raw or malformed email, so nobody hashes an address that was not normalised", () => {
    expect(() => voterIdentityHash("Amira@Example.org", KEY, "p")).toThrow(/normaliseVoterEmail/);
    expect(() => voterIdentityHash("amira+tag@example.org", KEY, "p")).toThrow(/normaliseVoterEmail/);
    expect(() => voterIdentityHash("not an email", KEY, "p")).toThrow(/normaliseVoterEmail/);
  });

  it("refuses an empty key and an empty or multi-line programme id", () => {
    expect(() => voterIdentityHash("amira@example.org", "", "p")).toThrow(/key/);
    expect(() => voterIdentityHash("amira@example.org", KEY, "")).toThrow(/programme/);
    expect(() => voterIdentityHash("amira@example.org", KEY, "p\nx")).toThrow(/programme/);
  });
});

describe("voterKey", () => {
  it("reads LAUREL_HMAC_KEY", () => {
    expect(voterKey({ LAUREL_HMAC_KEY: KEY })).toBe(KEY);
  });

  it("names the missing variable and how to make one", () => {
    expect(() => voterKey({})).toThrow(ConfigError);
    expect(() => voterKey({ LAUREL_HMAC_KEY: "" })).toThrow(/^LAUREL_HMAC_KEY is not set: .*openssl rand -base64 32/);
  });

  it("refuses a key too short to be a secret", () => {
    expect(() => voterKey({ LAUREL_HMAC_KEY: "short" })).toThrow(/at least 32 characters/);
  });
});
