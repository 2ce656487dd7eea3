// Category, criteria: the shapes organisers submit. Shared by the forms and the
// domain functions. Messages are keys under `categoryAdmin.errors`.
import { z } from "zod";
import { ZNomineeKind, ZSubmissionMode } from "@/lib/validation/statuses";

/** Currencies offered for prizes; all have two minor digits, so "12.50" is 1250. */
export const PRIZE_CURRENCIES = ["EUR", "GBP", "USD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK"] as const;
export const ZPrizeCurrency = z.enum(PRIZE_CURRENCIES, { error: "currencyInvalid" });
export const ZPrizeKind = z.enum(["money", "other", "none"]);
export const ZAgeReference = z.enum(["submission", "date"]);

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A whole number typed into a form ("" means not given). */
const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "numberInvalid" })
      .int({ error: "wholeNumber" })
      .min(min, { error: "numberTooSmall" })
      .max(max, { error: "numberTooLarge" }),
  );
const optionalWholeNumber = (min: number, max: number) =>
  z.preprocess(blankToUndefined, wholeNumber(min, max).optional());

/** "2000", "2000.5", "2,000.50" → minor units; null when it is not an amount. */
export function parseMajorAmount(value: string): number | null {
  const cleaned = value.trim().replace(/[,\s_]/g, "");
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Minor units back into the text the form shows ("2000", "2000.50"). */
export function formatMajorAmount(minor: number): string {
  const whole = Math.trunc(minor / 100);
  const cents = minor % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, "0")}`;
}

/** One district or postcode a line; trimmed, blank lines dropped, duplicates (ignoring case) removed. */
export function parseVoteAreas(value: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of value.split(/\r?\n/)) {
    const area = line.trim().replace(/\s+/g, " ");
    if (!area || seen.has(area.toLowerCase())) continue;
    seen.add(area.toLowerCase());
    out.push(area);
  }
  return out;
}

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateInvalid" }).refine(
  (v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  },
  { error: "dateInvalid" },
);

/** The category form as typed (all strings), checked field by field. */
export const ZCategoryForm = z
  .object({
    name: text(120).min(1, { error: "nameRequired" }),
    description: text(4000).default(""),
    prizeKind: ZPrizeKind.default("none"),
    prizeAmount: z.string().trim().default(""),
    prizeCurrency: z.string().trim().default("EUR"),
    prizeDescription: text(500).default(""),
    winnerCount: wholeNumber(1, 100),
    finalistCount: wholeNumber(1, 500),
    nomineeKind: ZNomineeKind,
    minAge: optionalWholeNumber(0, 120),
    maxAge: optionalWholeNumber(0, 120),
    ageReference: ZAgeReference.default("submission"),
    ageReferenceDate: z.string().trim().default(""),
    submissionMode: ZSubmissionMode,
    voteAreas: text(20000).default(""),
    scoreScaleMin: wholeNumber(0, 100),
    scoreScaleMax: wholeNumber(1, 100),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.prizeKind === "money") {
      const raw = v.prizeAmount;
      if (!raw) issue("prizeAmount", "prizeAmountRequired");
      else if (/^\s*-/.test(raw)) issue("prizeAmount", "prizeNegative");
      else if (parseMajorAmount(raw) === null) issue("prizeAmount", "prizeAmountInvalid");
      if (!ZPrizeCurrency.safeParse(v.prizeCurrency).success) issue("prizeCurrency", "currencyInvalid");
    }
    if (v.prizeKind === "other" && !v.prizeDescription) issue("prizeDescription", "prizeDescriptionRequired");
    if (v.winnerCount > v.finalistCount) issue("winnerCount", "winnersAboveFinalists");
    if (v.minAge != null && v.maxAge != null && v.minAge > v.maxAge) issue("maxAge", "ageRangeReversed");
    if (v.ageReference === "date") {
      if (!v.ageReferenceDate) issue("ageReferenceDate", "dateRequired");
      else if (!localDate.safeParse(v.ageReferenceDate).success) issue("ageReferenceDate", "dateInvalid");
    }
    if (v.scoreScaleMin >= v.scoreScaleMax) issue("scoreScaleMax", "scaleReversed");
  })
  .transform((v) => ({
    name: v.name,
    description: v.description,
    prizeAmountMinor: v.prizeKind === "money" ? parseMajorAmount(v.prizeAmount) : null,
    prizeCurrency: v.prizeKind === "money" ? (v.prizeCurrency as (typeof PRIZE_CURRENCIES)[number]) : null,
    prizeDescription: v.prizeKind === "none" ? null : v.prizeDescription || null,
    winnerCount: v.winnerCount,
    finalistCount: v.finalistCount,
    nomineeKind: v.nomineeKind,
    minAge: v.minAge ?? null,
    maxAge: v.maxAge ?? null,
    /** A calendar date (YYYY-MM-DD) in the programme's time zone; null = the day of submission. */
    ageReferenceDate: v.ageReference === "date" ? v.ageReferenceDate : null,
    submissionMode: v.submissionMode,
    voteAreas: parseVoteAreas(v.voteAreas),
    scoreScaleMin: v.scoreScaleMin,
    scoreScaleMax: v.scoreScaleMax,
  }));
export type TCategoryForm = z.input<typeof ZCategoryForm>;
export type TCategoryInput = z.output<typeof ZCategoryForm>;

export const CATEGORY_FORM_FIELDS = [
  "name",
  "description",
  "prizeKind",
  "prizeAmount",
  "prizeCurrency",
  "prizeDescription",
  "winnerCount",
  "finalistCount",
  "nomineeKind",
  "minAge",
  "maxAge",
  "ageReference",
  "ageReferenceDate",
  "submissionMode",
  "voteAreas",
  "scoreScaleMin",
  "scoreScaleMax",
] as const;
export type CategoryFormField = (typeof CATEGORY_FORM_FIELDS)[number];

export const ZMoveDirection = z.enum(["up", "down"]);

/** One criterion row; `id` is empty for a new one. */
export const ZCriterionRow = z.object({
  id: z.string().trim().max(64).optional(),
  name: text(120).min(1, { error: "nameRequired" }),
  description: text(1000).default(""),
  weight: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: "weightInvalid" }).refine(Number.isFinite, { error: "weightInvalid" }).gt(0, { error: "weightPositive" }).max(1000, { error: "numberTooLarge" }),
  ),
});
export const ZCriteriaList = z.array(ZCriterionRow).max(30, { error: "tooManyCriteria" });
export type TCriterionRow = z.output<typeof ZCriterionRow>;

/** Each criterion's share of the total weight, in whole percent for display. */
export function weightPercentages(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total > 0 ? Math.round((w / total) * 1000) / 10 : 0));
}
