// Input of the moderation forms, shared by the forms and the domain functions.
// Messages are keys under `moderation.errors`.
import { z } from "zod";
import { SUBMISSION_LIMITS } from "@/lib/validation/submission";

export const REJECTION_REASON_MAX = 1000;
export const BULK_MAX = 200;

// Control characters (other than line breaks and tabs) hide text from readers.
const noControl = (s: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "invalid" });

export const ZNominationId = id;

export const ZRejectionReason = z
  .string({ error: "reasonRequired" })
  .trim()
  .min(1, { error: "reasonRequired" })
  .max(REJECTION_REASON_MAX, { error: "tooLong" })
  .refine(noControl, { error: "invalidCharacters" });

const line = (max: number) => z.string().trim().max(max, { error: "tooLong" }).refine(noControl, { error: "invalidCharacters" });

/** Typo corrections; absent fields stay as they are. */
export const ZCorrection = z.object({
  nomineeName: line(SUBMISSION_LIMITS.name).min(1, { error: "required" }).optional(),
  groupName: line(SUBMISSION_LIMITS.groupName).optional(),
  nomineeDistrict: line(SUBMISSION_LIMITS.district).optional(),
  story: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(SUBMISSION_LIMITS.story, { error: "tooLong" })
    .refine((s) => noControl(s.replace(/[\n\r\t]/g, "")), { error: "invalidCharacters" })
    .optional(),
  answers: z.record(id, z.string().max(SUBMISSION_LIMITS.longAnswer, { error: "tooLong" })).default({}),
});
export type Correction = z.infer<typeof ZCorrection>;

export const ZBulkAction = z.enum(["accept", "reject"]);
export type BulkAction = z.infer<typeof ZBulkAction>;

export const ZBulkInput = z.object({
  action: ZBulkAction,
  nominationIds: z.array(id).min(1, { error: "noneSelected" }).max(BULK_MAX, { error: "tooMany" }),
  reason: z.string().optional(),
});
