// What a juror sends for one score sheet, shared by the scoring form (its
// limits and field names) and the domain functions (the zod check). Error
// messages are keys under `jury.errors`.
import { z } from "zod";

export const SCORE_SHEET_LIMITS = {
  /** Per criterion comment. */
  comment: 2000,
  overallNote: 4000,
} as const;

export interface ScoreEntry {
  /** null: not scored yet (allowed in a draft). */
  value: number | null;
  comment: string;
}

export interface ScoreSheetValues {
  scores: Record<string, ScoreEntry>;
  overallNote: string;
}

export interface ScoreSheetRules {
  scale: { min: number; max: number };
  /** The category's criteria: scores for anything else are refused. */
  criterionIds: readonly string[];
  /** true to submit: every criterion needs a score. */
  complete: boolean;
}

export const ZRecordId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "invalid" });

// Control characters other than line breaks and tabs hide text from readers.
const noControl = (s: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s);
const text = (max: number) =>
  z
    .string({ error: "invalid" })
    .max(max, { error: "tooLong" })
    .refine(noControl, { error: "invalidCharacters" })
    .transform((s) => s.trim());

/** The check for one sheet on a category's scale; a draft may leave criteria empty, a submission may not. */
export function scoreSheetSchema({ scale, criterionIds, complete }: ScoreSheetRules) {
  const known = new Set(criterionIds);
  const entry = z.object({
    value: z
      .number({ error: "notANumber" })
      .int({ error: "notWholeNumber" })
      .min(scale.min, { error: "outOfScale" })
      .max(scale.max, { error: "outOfScale" })
      .nullable(),
    comment: text(SCORE_SHEET_LIMITS.comment).default(""),
  });
  return z
    .object({
      scores: z.record(ZRecordId, entry).default({}),
      overallNote: text(SCORE_SHEET_LIMITS.overallNote).default(""),
    })
    .superRefine((sheet, ctx) => {
      for (const id of Object.keys(sheet.scores)) {
        if (!known.has(id)) ctx.addIssue({ code: "custom", path: ["scores"], message: "unknownCriterion" });
      }
      if (!complete) return;
      for (const id of criterionIds) {
        if (sheet.scores[id]?.value == null) ctx.addIssue({ code: "custom", path: ["scores", id, "value"], message: "scoreRequired" });
      }
    });
}

/** Field names of the scoring form, so the form and the parser cannot drift apart. */
export const scoreFieldName = (criterionId: string) => `score.${criterionId}`;
export const commentFieldName = (criterionId: string) => `comment.${criterionId}`;
export const OVERALL_NOTE_FIELD = "overallNote";

/** A form has at most this many criteria fields; more is not a real form. */
const MAX_FORM_CRITERIA = 100;

/**
 * The sheet as typed into the form (for the action that works without
 * JavaScript): "" is "not scored", anything else a number (NaN when it is not
 * one, which the schema refuses). The criteria are read from the field names;
 * unknown ones are refused by the schema. Text is cut just above the limits,
 * so a huge paste is refused as too long without being echoed back whole.
 */
export function scoreSheetFromForm(formData: FormData): ScoreSheetValues {
  const read = (name: string, max: number) => {
    const v = formData.get(name);
    return typeof v === "string" ? v.slice(0, max + 1) : "";
  };
  const ids = new Set<string>();
  for (const key of formData.keys()) {
    const match = /^(?:score|comment)\.(.+)$/.exec(key);
    if (match && ids.size < MAX_FORM_CRITERIA) ids.add(match[1].slice(0, 65));
  }
  const scores: Record<string, ScoreEntry> = {};
  for (const id of ids) {
    const raw = read(scoreFieldName(id), 32).trim();
    const comment = read(commentFieldName(id), SCORE_SHEET_LIMITS.comment);
    if (raw === "" && comment === "") continue;
    scores[id] = { value: raw === "" ? null : Number(raw), comment };
  }
  return { scores, overallNote: read(OVERALL_NOTE_FIELD, SCORE_SHEET_LIMITS.overallNote) };
}
