// Organiser-defined nomination form questions. Labels come in both UI
// languages; the programme's default language is required. Messages are keys
// under `categoryAdmin.errors`.
import { z } from "zod";
import { ZQuestionType, ZQuestionVisibility } from "@/lib/validation/statuses";

export const QUESTION_LOCALES = ["en", "de"] as const;
export type QuestionLocale = (typeof QUESTION_LOCALES)[number];
export type LocalizedText = Partial<Record<QuestionLocale, string>>;
export interface QuestionOption {
  value: string;
  label: LocalizedText;
}

export const CHOICE_TYPES = new Set(["choice", "multi_choice"]);
export const LENGTH_TYPES = new Set(["short_text", "long_text"]);

/** The language a label is required in: the programme's default if it is a UI language, else English. */
export function requiredLabelLocale(defaultLocale: string): QuestionLocale {
  return (QUESTION_LOCALES as readonly string[]).includes(defaultLocale) ? (defaultLocale as QuestionLocale) : "en";
}

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "option";

/**
 * Options typed one a line as "English | Deutsch". An option keeps the stored
 * value of an existing option with the same label, so answers already given
 * still point at it after the wording of other options changes.
 */
export function parseOptionLines(text: string, existing: QuestionOption[] = []): QuestionOption[] {
  const used = new Set<string>();
  const out: QuestionOption[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const [en = "", de = ""] = line.split("|").map((p) => p.trim());
    const label: LocalizedText = {};
    if (en) label.en = en;
    if (de) label.de = de;
    const match = existing.find((o) => !used.has(o.value) && ((en && o.label.en === en) || (de && o.label.de === de)));
    let value = match?.value ?? slug(en || de);
    for (let n = 2; used.has(value) || (!match && existing.some((o) => o.value === value)); n++) value = `${slug(en || de)}-${n}`;
    used.add(value);
    out.push({ value, label });
  }
  return out;
}

export function formatOptionLines(options: QuestionOption[]): string {
  return options.map((o) => [o.label.en ?? "", o.label.de ?? ""].join(" | ")).join("\n");
}

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" }).default("");

/** The question form as typed; `defaultLocale` is the programme's. */
export function questionFormSchema(defaultLocale: string) {
  const required = requiredLabelLocale(defaultLocale);
  return z
    .object({
      type: ZQuestionType,
      labelEn: text(300),
      labelDe: text(300),
      helpEn: text(1000),
      helpDe: text(1000),
      required: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
      visibility: ZQuestionVisibility,
      maxLength: z.preprocess(
        (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
        z.coerce.number({ error: "numberInvalid" }).int({ error: "wholeNumber" }).min(1, { error: "numberTooSmall" }).max(20000, { error: "numberTooLarge" }).optional(),
      ),
      options: text(10000),
    })
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      const label = required === "en" ? v.labelEn : v.labelDe;
      if (!label) issue(required === "en" ? "labelEn" : "labelDe", "labelRequiredDefault");
      if (v.type === "long_text" && v.maxLength == null) issue("maxLength", "maxLengthRequired");
      if (CHOICE_TYPES.has(v.type)) {
        const lines = v.options.split(/\r?\n/).filter((l) => l.trim());
        const parsed = parseOptionLines(v.options);
        if (lines.length < 2) issue("options", "optionsTooFew");
        else if (lines.length > 50) issue("options", "optionsTooMany");
        else if (parsed.some((o) => !o.label[required])) issue("options", "optionLabelMissing");
        else {
          const labels = parsed.map((o) => (o.label[required] ?? "").toLowerCase());
          if (new Set(labels).size !== labels.length) issue("options", "optionsDuplicate");
        }
      }
    })
    .transform((v) => {
      const label: LocalizedText = {};
      if (v.labelEn) label.en = v.labelEn;
      if (v.labelDe) label.de = v.labelDe;
      const help: LocalizedText = {};
      if (v.helpEn) help.en = v.helpEn;
      if (v.helpDe) help.de = v.helpDe;
      return {
        type: v.type,
        label,
        help: Object.keys(help).length ? help : null,
        required: v.required,
        visibility: v.visibility,
        maxLength: LENGTH_TYPES.has(v.type) ? (v.maxLength ?? null) : null,
        /** Raw lines; the domain turns them into options, keeping existing values. */
        optionLines: CHOICE_TYPES.has(v.type) ? v.options : null,
      };
    });
}
export type TQuestionInput = z.output<ReturnType<typeof questionFormSchema>>;

export const QUESTION_FORM_FIELDS = ["type", "labelEn", "labelDe", "helpEn", "helpDe", "required", "visibility", "maxLength", "options"] as const;
export type QuestionFormField = (typeof QUESTION_FORM_FIELDS)[number];
