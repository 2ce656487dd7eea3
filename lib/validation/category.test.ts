import { describe, expect, it } from "vitest";
import { parseMajorAmount, parseVoteAreas, weightPercentages, ZCategoryForm, ZCriterionRow } from "@/lib/validation/category";

const valid = {
  name: "Young volunteer of the year",
  description: "",
  prizeKind: "money",
  prizeAmount: "2000",
  prizeCurrency: "EUR",
  prizeDescription: "",
  winnerCount: "1",
  finalistCount: "3",
  nomineeKind: "individual",
  minAge: "16",
  maxAge: "25",
  ageReference: "date",
  ageReferenceDate: "2027-01-31",
  submissionMode: "both",
  voteAreas: "",
  scoreScaleMin: "1",
  scoreScaleMax: "10",
};

function errorsOf(input: Record<string, string>) {
  const parsed = ZCategoryForm.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("ZCategoryForm", () => {
  it("turns a typed prize in major units into minor units", () => {
    const parsed = ZCategoryForm.parse({ ...valid, prizeAmount: "2,000.5" });
    expect(parsed.prizeAmountMinor).toBe(200050);
    expect(parsed.prizeCurrency).toBe("EUR");
    expect(parsed.ageReferenceDate).toBe("2027-01-31");
  });

  it("refuses a negative prize", () => {
    expect(errorsOf({ ...valid, prizeAmount: "-100" })).toEqual({ prizeAmount: "prizeNegative" });
  });

  it("refuses an unknown currency and a missing amount", () => {
    expect(errorsOf({ ...valid, prizeCurrency: "XYZ" })).toEqual({ prizeCurrency: "currencyInvalid" });
    expect(errorsOf({ ...valid, prizeAmount: "" })).toEqual({ prizeAmount: "prizeAmountRequired" });
  });

  it("keeps no amount for a non-monetary prize and wants its description", () => {
    expect(errorsOf({ ...valid, prizeKind: "other" })).toEqual({ prizeDescription: "prizeDescriptionRequired" });
    const parsed = ZCategoryForm.parse({ ...valid, prizeKind: "other", prizeDescription: "A trophy" });
    expect(parsed.prizeAmountMinor).toBeNull();
    expect(parsed.prizeCurrency).toBeNull();
    expect(parsed.prizeDescription).toBe("A trophy");
  });

  it("refuses more winners than finalists, and allows as many", () => {
    expect(errorsOf({ ...valid, winnerCount: "4", finalistCount: "3" })).toEqual({ winnerCount: "winnersAboveFinalists" });
    expect(ZCategoryForm.safeParse({ ...valid, winnerCount: "3", finalistCount: "3" }).success).toBe(true);
  });

  it("refuses a minimum age above the maximum and ages outside 0-120", () => {
    expect(errorsOf({ ...valid, minAge: "26", maxAge: "25" })).toEqual({ maxAge: "ageRangeReversed" });
    expect(errorsOf({ ...valid, maxAge: "121" })).toEqual({ maxAge: "numberTooLarge" });
    expect(errorsOf({ ...valid, minAge: "-1" })).toEqual({ minAge: "numberTooSmall" });
  });

  it("needs a real reference date when ages are checked on a date", () => {
    expect(errorsOf({ ...valid, ageReferenceDate: "" })).toEqual({ ageReferenceDate: "dateRequired" });
    expect(errorsOf({ ...valid, ageReferenceDate: "2027-02-30" })).toEqual({ ageReferenceDate: "dateInvalid" });
    expect(ZCategoryForm.parse({ ...valid, ageReference: "submission" }).ageReferenceDate).toBeNull();
  });

  it("refuses a score scale whose minimum is not below its maximum", () => {
    expect(errorsOf({ ...valid, scoreScaleMin: "10", scoreScaleMax: "10" })).toEqual({ scoreScaleMax: "scaleReversed" });
  });

  it("reads vote areas one a line, trimmed and without duplicates", () => {
    expect(ZCategoryForm.parse({ ...valid, voteAreas: " St Pauls \n\nEaston\nst pauls\r\nBS5  0AA" }).voteAreas).toEqual(["St Pauls", "Easton", "BS5 0AA"]);
  });
});

describe("helpers", () => {
  it("parses amounts and refuses anything else", () => {
    expect(parseMajorAmount("12.5")).toBe(1250);
    expect(parseMajorAmount("0")).toBe(0);
    expect(parseMajorAmount("-3")).toBeNull();
    expect(parseMajorAmount("1.234")).toBeNull();
    expect(parseMajorAmount("abc")).toBeNull();
  });

  it("drops blank vote-area lines", () => {
    expect(parseVoteAreas("\n \n")).toEqual([]);
  });

  it("shows weights as percentages", () => {
    expect(weightPercentages([1, 1, 2])).toEqual([25, 25, 50]);
    expect(weightPercentages([])).toEqual([]);
  });

  it("refuses a criterion weight of zero or less", () => {
    expect(ZCriterionRow.safeParse({ name: "Impact", weight: "0" }).success).toBe(false);
    expect(ZCriterionRow.safeParse({ name: "Impact", weight: "-1" }).success).toBe(false);
    expect(ZCriterionRow.parse({ name: "Impact", weight: "1.5" }).weight).toBe(1.5);
  });
});
