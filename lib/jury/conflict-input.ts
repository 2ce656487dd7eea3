// A conflict-of-interest declaration as the forms send it. Messages are keys under jury.errors.
import { z } from "zod";
import { ZConflictReason } from "@/lib/validation/statuses";

export const CONFLICT_NOTE_MAX = 1000;
export const CONFLICT_REASONS = ZConflictReason.options;
export type ConflictReason = z.infer<typeof ZConflictReason>;

const noControl = (s: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s);

export const ZConflictInput = z.object({
  reason: z.enum(CONFLICT_REASONS, { error: "reasonRequired" }),
  note: z
    .string({ error: "invalid" })
    .max(CONFLICT_NOTE_MAX, { error: "tooLong" })
    .refine(noControl, { error: "invalidCharacters" })
    .transform((s) => s.trim() || null)
    .nullish()
    .transform((s) => s ?? null),
});
