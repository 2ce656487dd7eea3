// The organiser's results review forms, shared by the server actions, the
// domain functions and tests. Messages are keys under "admin.results.errors".
import { z } from "zod";

const ZId = z.string({ error: "categoryInvalid" }).min(1, "categoryInvalid").max(64, "categoryInvalid");
const ZFinalistId = z.string({ error: "finalistInvalid" }).min(1, "finalistInvalid").max(64, "finalistInvalid");

/** A recorded draw: the tied finalists in the order they were drawn, first drawn first, and how it was done. */
export const ZRecordDraw = z.strictObject({
  categoryId: ZId,
  order: z.array(ZFinalistId, { error: "orderInvalid" }).min(2, "orderInvalid").max(50, "orderInvalid"),
  note: z.string({ error: "noteRequired" }).trim().min(3, "noteTooShort").max(500, "noteTooLong"),
});
export type TRecordDraw = z.input<typeof ZRecordDraw>;

/** `expected` is the signature of the ranking the organiser was shown (see decisionSignature). */
export const ZConfirmCategory = z.strictObject({
  categoryId: ZId,
  expected: z.string({ error: "resultsChanged" }).max(10_000, "resultsChanged").optional(),
});
export type TConfirmCategory = z.input<typeof ZConfirmCategory>;

/** Choosing the winners differently: the reason is kept with the results and in the audit log. */
export const ZOverrideResult = z.strictObject({
  categoryId: ZId,
  winners: z.array(ZFinalistId, { error: "winnersRequired" }).min(1, "winnersRequired").max(50, "winnersInvalid"),
  reason: z.string({ error: "reasonRequired" }).trim().min(1, "reasonRequired").min(10, "reasonTooShort").max(500, "reasonTooLong"),
});
export type TOverrideResult = z.input<typeof ZOverrideResult>;

export const ZReopenCategory = z.strictObject({ categoryId: ZId });
export type TReopenCategory = z.input<typeof ZReopenCategory>;

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : undefined;
};

/**
 * The draw form posts each tied finalist (`finalist`) with the place it was
 * drawn at (`place`), in the same order. The places must be 1…n, each once.
 */
export function drawFromForm(formData: FormData) {
  const finalists = formData.getAll("finalist").map(String);
  const places = formData.getAll("place").map((p) => (typeof p === "string" && /^\d{1,2}$/.test(p.trim()) ? Number(p) : Number.NaN));
  const permutation = places.length === finalists.length && [...places].sort((a, b) => a - b).every((p, i) => p === i + 1);
  const order = permutation ? finalists.map((id, i) => ({ id, place: places[i] })).sort((a, b) => a.place - b.place).map((f) => f.id) : [];
  return ZRecordDraw.safeParse({ categoryId: text(formData, "categoryId"), order, note: text(formData, "note") ?? "" });
}

export function confirmFromForm(formData: FormData) {
  return ZConfirmCategory.safeParse({ categoryId: text(formData, "categoryId"), expected: text(formData, "expected") });
}

export function overrideFromForm(formData: FormData) {
  return ZOverrideResult.safeParse({ categoryId: text(formData, "categoryId"), winners: formData.getAll("winners").map(String), reason: text(formData, "reason") ?? "" });
}

export function reopenFromForm(formData: FormData) {
  return ZReopenCategory.safeParse({ categoryId: text(formData, "categoryId") });
}
