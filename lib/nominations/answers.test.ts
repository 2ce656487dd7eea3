import { describe, expect, it } from "vitest";
import { answersToStore, fileUploadsOf, validateAnswers, type AnswerQuestion } from "@/lib/nominations/answers";

const q = (id: string, type: string, over: Partial<AnswerQuestion> = {}): AnswerQuestion => ({ id, type, required: false, maxLength: null, options: null, archivedAt: null, ...over });
const options = [
  { value: "sport", label: { en: "Sport", de: "Sport" } },
  { value: "culture", label: { en: "Culture", de: "Kultur" } },
];
const token = "A".repeat(43);

describe("validateAnswers", () => {
  it("asks for every required answer, with the message its type needs", () => {
    const questions = [q("title", "short_text", { required: true }), q("ok", "consent", { required: true }), q("cv", "file", { required: true }), q("tags", "multi_choice", { required: true, options })];
    expect(validateAnswers(questions, { title: "   ", tags: [] })).toEqual([
      { path: "answers.title", message: "required" },
      { path: "answers.ok", message: "consentRequired" },
      { path: "answers.cv", message: "fileRequired" },
      { path: "answers.tags", message: "required" },
    ]);
  });

  it("leaves optional questions alone when they are empty", () => {
    expect(validateAnswers([q("site", "url"), q("n", "number")], { site: "" })).toEqual([]);
  });

  it("refuses text over the organiser's limit and never allows more than the form's own", () => {
    expect(validateAnswers([q("t", "short_text", { maxLength: 10 })], { t: "x".repeat(11) })).toEqual([{ path: "answers.t", message: "tooLongMax", values: { max: 10 } }]);
    expect(validateAnswers([q("t", "short_text")], { t: "x".repeat(301) })).toEqual([{ path: "answers.t", message: "tooLongMax", values: { max: 300 } }]);
    expect(validateAnswers([q("l", "long_text", { maxLength: 20000 })], { l: "x".repeat(5001) })).toEqual([{ path: "answers.l", message: "tooLongMax", values: { max: 5000 } }]);
    expect(validateAnswers([q("l", "long_text", { maxLength: 3000 })], { l: "line\nnext\tline" })).toEqual([]);
  });

  it("keeps HTML as text but refuses control characters", () => {
    expect(validateAnswers([q("t", "short_text")], { t: "<script>alert(1)</script>" })).toEqual([]);
    expect(validateAnswers([q("t", "short_text")], { t: "a\u0000b" })).toEqual([{ path: "answers.t", message: "invalidCharacters" }]);
    expect(validateAnswers([q("t", "short_text")], { t: "a\nb" })).toEqual([{ path: "answers.t", message: "invalidCharacters" }]);
  });

  it("accepts only the offered options", () => {
    const questions = [q("one", "choice", { options }), q("many", "multi_choice", { options })];
    expect(validateAnswers(questions, { one: "sport", many: ["sport", "culture"] })).toEqual([]);
    expect(validateAnswers(questions, { one: "chess", many: ["sport", "sport"] })).toEqual([
      { path: "answers.one", message: "choiceInvalid" },
      { path: "answers.many", message: "choiceInvalid" },
    ]);
    expect(validateAnswers(questions, { one: ["sport"], many: "sport" })).toEqual([
      { path: "answers.one", message: "invalid" },
      { path: "answers.many", message: "invalid" },
    ]);
  });

  it("checks dates, numbers, web addresses, upload tokens and consent", () => {
    const questions = [q("d", "date"), q("n", "number"), q("u", "url"), q("f", "file"), q("c", "consent")];
    expect(validateAnswers(questions, { d: "2026-02-30", n: "12a", u: "javascript:alert(1)", f: "not-a-token", c: "no" }).map((i) => i.message)).toEqual([
      "dateInvalid",
      "numberInvalid",
      "urlInvalid",
      "fileInvalid",
      "invalid",
    ]);
    expect(validateAnswers(questions, { d: "2024-02-29", n: "3,5", u: "example.org/my-project", f: token, c: "yes" })).toEqual([]);
    expect(validateAnswers([q("u", "url")], { u: "https://localhost" })).toEqual([{ path: "answers.u", message: "urlInvalid" }]);
  });

  it("ignores archived and unknown questions rather than blocking the form", () => {
    const questions = [q("old", "short_text", { required: true, archivedAt: new Date() })];
    expect(validateAnswers(questions, { old: "", stranger: "x".repeat(9000) })).toEqual([]);
  });

  it("does not read answers from the object prototype", () => {
    expect(validateAnswers([q("toString", "short_text", { required: true })], {})).toEqual([{ path: "answers.toString", message: "required" }]);
  });
});

describe("answersToStore", () => {
  it("stores plain JSON per type and skips empty, archived, unknown and file answers", () => {
    const questions = [
      q("t", "short_text"),
      q("n", "number"),
      q("u", "url"),
      q("c", "consent"),
      q("m", "multi_choice", { options }),
      q("f", "file"),
      q("e", "short_text"),
      q("old", "short_text", { archivedAt: "2026-01-01" }),
    ];
    expect(answersToStore(questions, { t: "  My project  ", n: "3,5", u: "example.org", c: "yes", m: ["culture"], f: token, e: "", old: "x", other: "y" })).toEqual([
      { questionId: "t", value: "My project" },
      { questionId: "n", value: 3.5 },
      { questionId: "u", value: "https://example.org" },
      { questionId: "c", value: true },
      { questionId: "m", value: ["culture"] },
    ]);
  });
});

describe("fileUploadsOf", () => {
  it("names the question each upload answers", () => {
    expect(fileUploadsOf([q("f", "file"), q("g", "file"), q("t", "short_text")], { f: token, g: "", t: token })).toEqual([{ token, questionId: "f" }]);
  });
});
