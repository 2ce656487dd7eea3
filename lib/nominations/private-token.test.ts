import { describe, expect, it } from "vitest";
import { hashPrivateToken, isWellFormedToken, newPrivateToken, tokenMatches } from "@/lib/nominations/private-token";

describe("private tokens", () => {
  it("are long, random and stored only as a hash", () => {
    const a = newPrivateToken();
    const b = newPrivateToken();
    expect(a.token).toHaveLength(43);
    expect(a.token).not.toBe(b.token);
    expect(a.hash).toBe(hashPrivateToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });

  it("match only their own hash", () => {
    const a = newPrivateToken();
    expect(tokenMatches(a.token, a.hash)).toBe(true);
    const altered = (a.token[0] === "A" ? "B" : "A") + a.token.slice(1);
    expect(tokenMatches(altered, a.hash)).toBe(false);
    expect(tokenMatches(a.token, newPrivateToken().hash)).toBe(false);
    expect(tokenMatches(a.token, null)).toBe(false);
  });

  it("refuses malformed input before hashing", () => {
    expect(isWellFormedToken("short")).toBe(false);
    expect(isWellFormedToken("x".repeat(43) + "<")).toBe(false);
    expect(isWellFormedToken(undefined)).toBe(false);
    expect(tokenMatches("../../etc/passwd", "abc")).toBe(false);
  });
});
