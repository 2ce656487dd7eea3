import { describe, expect, it } from "vitest";
import { isMinor, normaliseName, submissionFlags, type FlagFacts } from "@/lib/moderation/submission-flags";

const today = { year: 2026, month: 6, day: 15 };
const now = new Date("2026-06-15T10:00:00Z");
const tz = "Europe/Berlin";
// How the submission form stores a birth date: noon of that day in the programme's zone.
const born = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 10));
let n = 0;
function row(over: Partial<FlagFacts> = {}): FlagFacts {
  n++;
  return {
    id: `n${n}`,
    categoryId: "c1",
    status: "submitted",
    nomineeKind: "individual",
    nomineeName: `Person ${n}`,
    nomineeEmail: null,
    nomineeBirthDate: null,
    groupName: null,
    groupMemberAges: null,
    consent: null,
    ...over,
  };
}

describe("normaliseName", () => {
  it("ignores case, accents and extra spaces", () => {
    expect(normaliseName("  José   MÜLLER ")).toBe("jose muller");
    expect(normaliseName("jose muller")).toBe("jose muller");
  });
});

describe("isMinor", () => {
  it("counts the 18th birthday as the day someone stops being a minor", () => {
    expect(isMinor({ nomineeKind: "individual", nomineeBirthDate: born(2008, 6, 16), groupMemberAges: null }, today, tz)).toBe(true);
    expect(isMinor({ nomineeKind: "individual", nomineeBirthDate: born(2008, 6, 15), groupMemberAges: null }, today, tz)).toBe(false);
    expect(isMinor({ nomineeKind: "individual", nomineeBirthDate: null, groupMemberAges: null }, today, tz)).toBe(false);
  });

  it("flags a group with any member under 18", () => {
    expect(isMinor({ nomineeKind: "group", nomineeBirthDate: null, groupMemberAges: [19, 17, 30] }, today, tz)).toBe(true);
    expect(isMinor({ nomineeKind: "group", nomineeBirthDate: null, groupMemberAges: [18, 40] }, today, tz)).toBe(false);
  });
});

describe("submissionFlags", () => {
  it("flags possible duplicates by email or normalised name within one category only", () => {
    const a = row({ nomineeName: "Amira Haddad", nomineeEmail: "Amira@example.org" });
    const b = row({ nomineeName: "Someone else", nomineeEmail: "amira@example.org " });
    const c = row({ nomineeName: "amira  HADDAD" });
    const otherCategory = row({ categoryId: "c2", nomineeName: "Amira Haddad" });
    const single = row({ nomineeName: "Ben" });
    const flags = submissionFlags([a, b, c, otherCategory, single], now, tz);
    expect(flags.get(a.id)).toContain("possible_duplicate");
    expect(flags.get(b.id)).toContain("possible_duplicate");
    expect(flags.get(c.id)).toContain("possible_duplicate");
    expect(flags.get(otherCategory.id)).not.toContain("possible_duplicate");
    expect(flags.get(single.id)).toEqual([]);
  });

  it("does not flag a pair once one of them was handled or erased", () => {
    const primary = row({ nomineeName: "Carla" });
    const merged = row({ nomineeName: "Carla", status: "merged" });
    const erased = row({ nomineeName: "Carla", status: "erased" });
    const flags = submissionFlags([primary, merged, erased], now, tz);
    expect(flags.get(primary.id)).toEqual([]);
    expect(flags.get(merged.id)).toEqual([]);
  });

  it("compares groups by the group's name", () => {
    const a = row({ nomineeKind: "group", nomineeName: "Contact A", groupName: "Easton Litter Pickers" });
    const b = row({ nomineeKind: "group", nomineeName: "Contact B", groupName: "easton litter pickers" });
    expect(submissionFlags([a, b], now, tz).get(a.id)).toContain("possible_duplicate");
  });

  it("shows who is still waiting: the nominee, a guardian, or who declined", () => {
    const waiting = row({ consent: { status: "pending", guardianRequired: false, guardianConfirmedAt: null } });
    const guardian = row({ consent: { status: "accepted", guardianRequired: true, guardianConfirmedAt: null } });
    const confirmed = row({ consent: { status: "accepted", guardianRequired: true, guardianConfirmedAt: new Date() } });
    const declined = row({ status: "declined", consent: { status: "declined", guardianRequired: true, guardianConfirmedAt: null } });
    const erased = row({ status: "erased", consent: { status: "pending", guardianRequired: true, guardianConfirmedAt: null } });
    const flags = submissionFlags([waiting, guardian, confirmed, declined, erased], now, tz);
    expect(flags.get(waiting.id)).toEqual(["waiting_nominee"]);
    expect(flags.get(guardian.id)).toEqual(["waiting_guardian"]);
    expect(flags.get(confirmed.id)).toEqual([]);
    expect(flags.get(declined.id)).toEqual(["declined"]);
    expect(flags.get(erased.id)).toEqual([]);
  });
});
