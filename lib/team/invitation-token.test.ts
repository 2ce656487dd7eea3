import { describe, expect, it, vi } from "vitest";
import {
  hashInvitationToken,
  invitationExpiry,
  invitationTokenMatches,
  invitationValidDays,
  newInvitationToken,
} from "@/lib/team/invitation-token";
import { isInvitationTokenShape } from "@/lib/validation/team";

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url and differ every time", () => {
    const a = newInvitationToken();
    const b = newInvitationToken();
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(isInvitationTokenShape(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  it("are stored as a sha256 that matches only the same token", () => {
    const token = newInvitationToken();
    const hash = hashInvitationToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(invitationTokenMatches(token, hash)).toBe(true);
    expect(invitationTokenMatches(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"), hash)).toBe(false);
    expect(invitationTokenMatches(token, "abc")).toBe(false);
  });
});

describe("invitation lifetime", () => {
  it("is seven days unless INVITATION_DAYS says otherwise", () => {
    expect(invitationValidDays({})).toBe(7);
    expect(invitationValidDays({ INVITATION_DAYS: "14" })).toBe(14);
    const now = new Date("2026-03-01T10:00:00Z");
    expect(invitationExpiry(now, { INVITATION_DAYS: "2" }).toISOString()).toBe("2026-03-03T10:00:00.000Z");
  });

  it("falls back to seven days for nonsense", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(invitationValidDays({ INVITATION_DAYS: "-1" })).toBe(7);
    expect(invitationValidDays({ INVITATION_DAYS: "1.5" })).toBe(7);
    expect(invitationValidDays({ INVITATION_DAYS: "soon" })).toBe(7);
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });
});
