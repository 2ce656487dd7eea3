import { describe, expect, it } from "vitest";
import { parseOptionLines, questionFormSchema } from "@/lib/validation/form-question";

const base = { type: "short_text", labelEn: "Your role", labelDe: "Ihre Rolle", helpEn: "", helpDe: "", visibility: "organisers", maxLength: "", options: "" };

function errorsOf(defaultLocale: string, input: Record<string, string>) {
  const parsed = questionFormSchema(defaultLocale).safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("questionFormSchema", () => {
  it("requires a label in the programme's default language", () => {
    expect(errorsOf("de", { ...base, labelDe: "" })).toEqual({ labelDe: "labelRequiredDefault" });
    expect(errorsOf("en", { ...base, labelEn: "  " })).toEqual({ labelEn: "labelRequiredDefault" });
    // The other language is optional.
    expect(errorsOf("en", { ...base, labelDe: "" })).toEqual({});
  });

  it("needs a length limit for long text", () => {
    expect(errorsOf("en", { ...base, type: "long_text" })).toEqual({ maxLength: "maxLengthRequired" });
    expect(questionFormSchema("en").parse({ ...base, type: "long_text", maxLength: "500" }).maxLength).toBe(500);
  });

  it("refuses choice questions with bad options", () => {
    expect(errorsOf("en", { ...base, type: "choice", options: "Only one" })).toEqual({ options: "optionsTooFew" });
    expect(errorsOf("en", { ...base, type: "choice", options: "Yes | Ja\nyes | ja" })).toEqual({ options: "optionsDuplicate" });
    expect(errorsOf("de", { ...base, type: "multi_choice", options: "Yes | Ja\nNo" })).toEqual({ options: "optionLabelMissing" });
  });

  it("reads the required checkbox and drops options from non-choice questions", () => {
    const q = questionFormSchema("en").parse({ ...base, required: "on", options: "a\nb" });
    expect(q.required).toBe(true);
    expect(q.optionLines).toBeNull();
    expect(q.label).toEqual({ en: "Your role", de: "Ihre Rolle" });
    expect(q.help).toBeNull();
  });
});

describe("parseOptionLines", () => {
  it("keeps the stored value of an option whose label stayed", () => {
    const first = parseOptionLines("Weekly | Wöchentlich\nMonthly | Monatlich");
    expect(first.map((o) => o.value)).toEqual(["weekly", "monthly"]);
    const second = parseOptionLines("Every month | Monatlich\nDaily | Täglich\nWeekly | Wöchentlich", first);
    expect(second.map((o) => o.value)).toEqual(["monthly", "daily", "weekly"]);
    expect(second[0].label).toEqual({ en: "Every month", de: "Monatlich" });
  });

  it("never gives two options the same value", () => {
    const values = parseOptionLines("A!\nA?").map((o) => o.value);
    expect(new Set(values).size).toBe(2);
  });
});
