import { describe, expect, it } from "vitest";
import { issuesByField } from "@/lib/jury/jury-input-refused";
import { commentFieldName, OVERALL_NOTE_FIELD, SCORE_SHEET_LIMITS, scoreFieldName, scoreSheetFromForm, scoreSheetSchema } from "@/lib/jury/score-sheet-input";

const rules = { scale: { min: 1, max: 5 }, criterionIds: ["c1", "c2"] };
const issues = (complete: boolean, input: unknown) => {
  const parsed = scoreSheetSchema({ ...rules, complete }).safeParse(input);
  return parsed.success ? {} : issuesByField(parsed.error);
};

describe("scoreSheetSchema", () => {
  it("accepts a partial draft and trims text", () => {
    const parsed = scoreSheetSchema({ ...rules, complete: false }).parse({ scores: { c1: { value: 5, comment: "  good  " }, c2: { value: null, comment: "" } }, overallNote: " n " });
    expect(parsed).toEqual({ scores: { c1: { value: 5, comment: "good" }, c2: { value: null, comment: "" } }, overallNote: "n" });
    expect(scoreSheetSchema({ ...rules, complete: false }).parse({})).toEqual({ scores: {}, overallNote: "" });
  });

  it("requires every criterion to submit", () => {
    expect(issues(true, { scores: { c1: { value: 3 } } })).toEqual({ "scores.c2.value": "scoreRequired" });
    expect(issues(true, { scores: { c1: { value: 3 }, c2: { value: null } } })).toEqual({ "scores.c2.value": "scoreRequired" });
    expect(issues(true, { scores: { c1: { value: 1 }, c2: { value: 5 } } })).toEqual({});
  });

  it("keeps scores on the scale, whole and numeric", () => {
    expect(issues(false, { scores: { c1: { value: 0 } } })).toEqual({ "scores.c1.value": "outOfScale" });
    expect(issues(false, { scores: { c1: { value: 6 } } })).toEqual({ "scores.c1.value": "outOfScale" });
    expect(issues(false, { scores: { c1: { value: 2.5 } } })).toEqual({ "scores.c1.value": "notWholeNumber" });
    expect(issues(false, { scores: { c1: { value: Number.NaN } } })).toEqual({ "scores.c1.value": "notANumber" });
    expect(issues(false, { scores: { c1: { value: Number.POSITIVE_INFINITY } } })["scores.c1.value"]).toBeDefined();
    expect(issues(false, { scores: { c1: { value: "3" } } })).toEqual({ "scores.c1.value": "notANumber" });
  });

  it("refuses unknown criteria, long and control-character text", () => {
    expect(issues(false, { scores: { other: { value: 3 } } })).toEqual({ scores: "unknownCriterion" });
    expect(issues(false, { scores: { c1: { value: 3, comment: "x".repeat(SCORE_SHEET_LIMITS.comment + 1) } } })).toEqual({ "scores.c1.comment": "tooLong" });
    expect(issues(false, { scores: {}, overallNote: "x".repeat(SCORE_SHEET_LIMITS.overallNote + 1) })).toEqual({ overallNote: "tooLong" });
    expect(issues(false, { scores: {}, overallNote: "a\u0000b" })).toEqual({ overallNote: "invalidCharacters" });
    expect(issues(false, { scores: {}, overallNote: "line one\nline two\ttab" })).toEqual({});
  });
});

describe("scoreSheetFromForm", () => {
  it("reads the criteria from the field names; empty is not scored, text is not a number", () => {
    const form = new FormData();
    form.set(scoreFieldName("c1"), "4");
    form.set(commentFieldName("c1"), "Fine");
    form.set(scoreFieldName("c2"), "");
    form.set(commentFieldName("c2"), "Needs a score");
    form.set(scoreFieldName("c3"), "");
    form.set(commentFieldName("c3"), "");
    form.set(scoreFieldName("c4"), "lots");
    form.set(OVERALL_NOTE_FIELD, "Overall");
    const sheet = scoreSheetFromForm(form);
    expect(sheet.overallNote).toBe("Overall");
    expect(sheet.scores.c1).toEqual({ value: 4, comment: "Fine" });
    expect(sheet.scores.c2).toEqual({ value: null, comment: "Needs a score" });
    expect(sheet.scores.c3).toBeUndefined();
    expect(sheet.scores.c4.value).toBeNaN();
  });

  it("cuts a huge paste just above the limit so it is refused as too long", () => {
    const form = new FormData();
    form.set(scoreFieldName("c1"), "3");
    form.set(commentFieldName("c1"), "x".repeat(1024 * 1024));
    const sheet = scoreSheetFromForm(form);
    expect(sheet.scores.c1.comment).toHaveLength(SCORE_SHEET_LIMITS.comment + 1);
    expect(issues(false, sheet)).toEqual({ "scores.c1.comment": "tooLong" });
  });
});
