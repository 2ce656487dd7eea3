import { describe, expect, it } from "vitest";
import { describeAgeRule } from "@/lib/programmes/describe-age-rule";

const berlin = { locale: "en", timeZone: "Europe/Berlin" };

describe("describeAgeRule", () => {
  it("says 'under 30' for a maximum age of 29, on the reference day in the programme's zone", () => {
    // 22:59:59 UTC is 23:59:59 on 31 May in Berlin.
    const rule = describeAgeRule({ minAge: null, maxAge: 29, ageReferenceDate: new Date("2026-05-31T21:59:59Z") }, berlin);
    expect(rule).toEqual({ key: "underOn", values: { limit: 30, date: "31 May 2026" } });
  });

  it("gives both bounds of an age band", () => {
    const rule = describeAgeRule({ minAge: 16, maxAge: 25, ageReferenceDate: new Date("2027-01-31T23:59:59Z") }, {
      locale: "de",
      timeZone: "Europe/London",
    });
    expect(rule).toEqual({ key: "betweenOn", values: { min: 16, max: 25, date: "31. Januar 2027" } });
  });

  it("checks ages on the day of submission when no reference date is set", () => {
    expect(describeAgeRule({ minAge: 16, maxAge: 25, ageReferenceDate: null }, berlin)).toEqual({
      key: "betweenAtSubmission",
      values: { min: 16, max: 25 },
    });
    expect(describeAgeRule({ minAge: 18, maxAge: null, ageReferenceDate: null }, berlin)).toEqual({
      key: "atLeastAtSubmission",
      values: { min: 18 },
    });
  });

  it("returns nothing for a category open to every age", () => {
    expect(describeAgeRule({ minAge: null, maxAge: null, ageReferenceDate: new Date() }, berlin)).toBeNull();
  });
});
