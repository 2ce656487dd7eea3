import { describe, expect, it } from "vitest";
import { readVoterSession, signVoterSession } from "@/lib/voting/session/voter-session";

const KEY = "k".repeat(40);
const now = new Date("2026-06-05T12:00:00Z");
const session = { voterId: "voter-1", programmeId: "prog-1", district: "Südstadt", expiresAt: new Date("2026-06-06T12:00:00Z") };

describe("voter session cookie", () => {
  it("reads back what was signed", () => {
    expect(readVoterSession(signVoterSession(session, KEY), "prog-1", KEY, now)).toEqual(session);
    expect(readVoterSession(signVoterSession({ ...session, district: null }, KEY), "prog-1", KEY, now)?.district).toBeNull();
  });

  it("refuses an altered voter, district or expiry, another key, another programme and an expired cookie", () => {
    const value = signVoterSession(session, KEY);
    const [v, p, d, e, sig] = value.split(".");
    const b64 = (s: string) => Buffer.from(s).toString("base64url");
    expect(readVoterSession([b64("voter-2"), p, d, e, sig].join("."), "prog-1", KEY, now)).toBeNull();
    expect(readVoterSession([v, p, b64("Gostenhof"), e, sig].join("."), "prog-1", KEY, now)).toBeNull();
    expect(readVoterSession([v, p, d, String(Number(e) + 1000), sig].join("."), "prog-1", KEY, now)).toBeNull();
    expect(readVoterSession(value, "prog-1", "x".repeat(40), now)).toBeNull();
    expect(readVoterSession(value, "prog-2", KEY, now)).toBeNull();
    expect(readVoterSession(value, "prog-1", KEY, session.expiresAt)).toBeNull();
  });

  it("refuses garbage without throwing", () => {
    for (const junk of [undefined, null, "", "a.b.c", "a.b.c.d.e", "x".repeat(2000), "....."]) expect(readVoterSession(junk, "prog-1", KEY, now)).toBeNull();
  });
});
