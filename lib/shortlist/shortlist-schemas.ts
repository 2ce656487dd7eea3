// Input of the shortlist forms and domain functions. Messages are keys under
// `shortlist.errors`.
import { z } from "zod";
import { SUBMISSION_LIMITS } from "@/lib/validation/submission";

export const SHORTLIST_LIMITS = {
  reason: 1000,
  /** A category never has more nominations on its shortlist than this. */
  finalists: 100,
  publicName: SUBMISSION_LIMITS.groupName,
  publicSummary: 600,
  publicDistrict: SUBMISSION_LIMITS.district,
} as const;

// Control characters (other than line breaks and tabs) hide text from readers.
const noControl = (s: string) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s);
const noControlOrBreak = (s: string) => noControl(s) && !/[\n\r\t]/.test(s);

export const ZShortlistId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "invalid" });

/** Why a nomination was added to or taken off the proposed shortlist, or why it was unlocked. Empty is allowed here: a missing reason is reported per nomination. */
export const ZShortlistReason = z
  .string()
  .trim()
  .max(SHORTLIST_LIMITS.reason, { error: "tooLong" })
  .refine(noControl, { error: "invalidCharacters" });

export const ZRequiredReason = ZShortlistReason.pipe(z.string().min(1, { error: "reasonRequired" }));

export const ZShortlistChange = z.object({
  nominationId: ZShortlistId,
  action: z.enum(["add", "remove"]),
  reason: ZShortlistReason,
});
export type ShortlistChange = z.infer<typeof ZShortlistChange>;

export const ZLockShortlist = z.object({
  categoryId: ZShortlistId,
  finalistIds: z
    .array(ZShortlistId)
    .min(1, { error: "noneSelected" })
    .max(SHORTLIST_LIMITS.finalists, { error: "tooMany" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "invalid" }),
  changes: z.array(ZShortlistChange).max(SHORTLIST_LIMITS.finalists * 2, { error: "tooMany" }).default([]),
});

/** The public profile an organiser prepares for a finalist. */
export const ZFinalistProfile = z.object({
  publicName: z
    .string()
    .trim()
    .min(1, { error: "required" })
    .max(SHORTLIST_LIMITS.publicName, { error: "tooLong" })
    .refine(noControlOrBreak, { error: "invalidCharacters" }),
  publicSummary: z
    .string()
    .trim()
    .max(SHORTLIST_LIMITS.publicSummary, { error: "tooLong" })
    .refine((s) => noControl(s.replace(/[\n\r\t]/g, "")), { error: "invalidCharacters" }),
  publicDistrict: z
    .string()
    .trim()
    .max(SHORTLIST_LIMITS.publicDistrict, { error: "tooLong" })
    .refine(noControlOrBreak, { error: "invalidCharacters" })
    .default(""),
  showPhoto: z.boolean().default(false),
});
export type FinalistProfileInput = z.input<typeof ZFinalistProfile>;
