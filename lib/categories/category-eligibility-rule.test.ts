import { describe, expect, it } from "vitest";
import { categoryEligibilityRule } from "@/lib/categories/category-eligibility-rule";
import { instantForLocalDate, localDateString } from "@/lib/categories/local-date";
import { checkEligibility } from "@/lib/eligibility/check-eligibility";
import { moveInList } from "@/lib/categories/reorder";
import { changedFields } from "@/lib/categories/changed-fields";

const category = { nomineeKind: "individual", minAge: 16, maxAge: 25, ageReferenceDate: null as Date | null };

describe("categoryEligibilityRule", () => {
  it("checks ages on the category's reference date as it falls in the programme's time zone", () => {
    // 23:30 UTC on 31 January is already 1 February in Berlin.
    const rule = categoryEligibilityRule({ ...category, ageReferenceDate: new Date("2027-01-31T23:30:00Z") }, "Europe/Berlin");
    expect(rule.referenceDate).toEqual({ year: 2027, month: 2, day: 1 });
    expect(categoryEligibilityRule({ ...category, ageReferenceDate: new Date("2027-01-31T23:30:00Z") }, "Europe/London").referenceDate).toEqual({
      year: 2027,
      month: 1,
      day: 31,
    });
    expect(rule).toMatchObject({ nomineeKind: "individual", minAge: 16, maxAge: 25 });
  });

  it("uses the day of submission when the category has no reference date", () => {
    const rule = categoryEligibilityRule(category, "Europe/London", new Date("2026-12-24T10:00:00Z"));
    expect(rule.referenceDate).toEqual({ year: 2026, month: 12, day: 24 });
  });

  it("gives a rule lib/eligibility applies to the 16-25 boundaries", () => {
    const rule = categoryEligibilityRule({ ...category, ageReferenceDate: instantForLocalDate("2027-01-31", "Europe/London") }, "Europe/London");
    expect(checkEligibility(rule, { kind: "individual", birthDate: { year: 2011, month: 1, day: 31 } }).eligible).toBe(true); // 16 that day
    expect(checkEligibility(rule, { kind: "individual", birthDate: { year: 2011, month: 2, day: 1 } }).eligible).toBe(false); // 15
    expect(checkEligibility(rule, { kind: "individual", birthDate: { year: 2001, month: 2, day: 1 } }).eligible).toBe(true); // 25
    expect(checkEligibility(rule, { kind: "individual", birthDate: { year: 2001, month: 1, day: 31 } }).eligible).toBe(false); // 26
  });

  it("reads an unknown nominee kind as individuals only", () => {
    expect(categoryEligibilityRule({ ...category, nomineeKind: "club" }, "Europe/Berlin").nomineeKind).toBe("individual");
  });
});

describe("local dates", () => {
  it("round-trips a date through the stored instant in far-apart time zones", () => {
    for (const tz of ["Europe/London", "Europe/Berlin", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Los_Angeles"]) {
      for (const d of ["2027-01-31", "2027-03-28", "2028-02-29", "2026-10-25"]) expect(localDateString(instantForLocalDate(d, tz), tz)).toBe(d);
    }
  });
});

describe("moveInList and changedFields", () => {
  it("moves an item and leaves the ends alone", () => {
    expect(moveInList(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveInList(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    const ids = ["a", "b"];
    expect(moveInList(ids, "a", "up")).toBe(ids);
    expect(moveInList(ids, "b", "down")).toBe(ids);
  });

  it("lists only the fields that changed", () => {
    expect(changedFields({ a: 1, b: ["x"], c: new Date(0) }, { a: 1, b: ["y"], c: new Date(0) })).toEqual({ b: { from: ["x"], to: ["y"] } });
  });
});
