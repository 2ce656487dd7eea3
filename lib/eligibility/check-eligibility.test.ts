import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ageOn, localDateIn, parseLocalDate, type LocalDate } from "@/lib/eligibility/age";
import { checkEligibility, type EligibilityRule } from "@/lib/eligibility/check-eligibility";

const d = (s: string): LocalDate => parseLocalDate(s)!;
const under30: EligibilityRule = { nomineeKind: "individual", minAge: null, maxAge: 29, referenceDate: d("2026-12-15") };
const bristolYoung: EligibilityRule = { nomineeKind: "individual", minAge: 16, maxAge: 25, referenceDate: d("2027-01-31") };

describe("ageOn", () => {
  it("counts a year from the birthday itself", () => {
    expect(ageOn(d("1996-12-15"), d("2026-12-14"))).toBe(29);
    expect(ageOn(d("1996-12-15"), d("2026-12-15"))).toBe(30);
  });

  it("makes a leap-day child a year older on 1 March in common years", () => {
    expect(ageOn(d("2008-02-29"), d("2025-02-28"))).toBe(16);
    expect(ageOn(d("2008-02-29"), d("2025-03-01"))).toBe(17);
    expect(ageOn(d("2008-02-29"), d("2024-02-29"))).toBe(16);
  });

  it("is never negative-or-off-by-one across random dates", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }), fc.integer({ min: 0, max: 120 }), (birth, years) => {
        const b = localDateIn(birth, "UTC");
        // The day before the birthday `years` later: still years-1 (or the date doesn't exist, skip).
        const on = parseLocalDate(`${String(b.year + years).padStart(4, "0")}-${String(b.month).padStart(2, "0")}-${String(b.day).padStart(2, "0")}`);
        if (on) expect(ageOn(b, on)).toBe(years);
      }),
    );
  });
});

describe("parseLocalDate", () => {
  it("rejects impossible dates and other formats", () => {
    expect(parseLocalDate("2025-02-29")).toBeNull();
    expect(parseLocalDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseLocalDate("15.12.2026")).toBeNull();
  });
});

describe("localDateIn", () => {
  it("uses the programme's time zone, not UTC", () => {
    const lateEvening = new Date("2026-12-15T23:30:00Z");
    expect(localDateIn(lateEvening, "Europe/Berlin")).toEqual({ year: 2026, month: 12, day: 16 });
    expect(localDateIn(lateEvening, "Europe/London")).toEqual({ year: 2026, month: 12, day: 15 });
  });
});

describe("checkEligibility", () => {
  it("accepts someone who is 29 on the closing date and refuses someone who is 30", () => {
    expect(checkEligibility(under30, { kind: "individual", birthDate: d("1996-12-16") })).toEqual({ eligible: true });
    expect(checkEligibility(under30, { kind: "individual", birthDate: d("1996-12-15") })).toEqual({ eligible: false, rule: "too_old", maxAge: 29, age: 30 });
  });

  it("applies both ends of the 16-25 rule", () => {
    expect(checkEligibility(bristolYoung, { kind: "individual", birthDate: d("2011-02-01") })).toMatchObject({ rule: "too_young", age: 15 });
    expect(checkEligibility(bristolYoung, { kind: "individual", birthDate: d("2011-01-31") })).toEqual({ eligible: true });
    expect(checkEligibility(bristolYoung, { kind: "individual", birthDate: d("2001-01-31") })).toMatchObject({ rule: "too_old", age: 26 });
    expect(checkEligibility(bristolYoung, { kind: "individual", birthDate: d("2001-02-01") })).toEqual({ eligible: true });
  });

  it("asks for a birth date only when the category has an age rule", () => {
    expect(checkEligibility(under30, { kind: "individual", birthDate: null })).toMatchObject({ rule: "birth_date_required" });
    expect(checkEligibility({ ...under30, maxAge: null }, { kind: "individual", birthDate: null })).toEqual({ eligible: true });
  });

  it("refuses a birth date after the reference date", () => {
    expect(checkEligibility(under30, { kind: "individual", birthDate: d("2027-01-01") })).toMatchObject({ rule: "birth_date_in_future" });
  });

  it("keeps individuals and groups to their own categories", () => {
    expect(checkEligibility(under30, { kind: "group", memberAges: [20] })).toMatchObject({ rule: "individuals_only" });
    const groups = { ...under30, nomineeKind: "group" as const };
    expect(checkEligibility(groups, { kind: "individual", birthDate: d("2000-01-01") })).toMatchObject({ rule: "groups_only" });
    const either = { ...under30, nomineeKind: "either" as const };
    expect(checkEligibility(either, { kind: "group", memberAges: [19, 24] })).toEqual({ eligible: true });
  });

  it("checks every group member's age", () => {
    const groups = { ...under30, nomineeKind: "group" as const };
    expect(checkEligibility(groups, { kind: "group", memberAges: [] })).toMatchObject({ rule: "member_ages_required" });
    expect(checkEligibility(groups, { kind: "group", memberAges: [22, 31] })).toMatchObject({ rule: "member_too_old", age: 31 });
    expect(checkEligibility(groups, { kind: "group", memberAges: [22, 29] })).toEqual({ eligible: true });
  });
});
