// Team forms (invite, change a juror, remove, resend/revoke an invitation),
// shared by the forms and the server actions. Messages are keys under
// "teamAdmin.errors" so both sides show them in the person's language.
import { z } from "zod";
import { ZEmail } from "@/lib/validation/auth";
import { ZMembershipRole } from "@/lib/validation/statuses";

/** An invitation token as we mint them: 32 random bytes, base64url, no padding. */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isInvitationTokenShape(value: unknown): value is string {
  return typeof value === "string" && INVITATION_TOKEN_PATTERN.test(value);
}

const ZId = z.string({ error: "missingId" }).trim().min(1, { error: "missingId" }).max(64, { error: "missingId" });

/** An unticked checkbox is simply absent from FormData. */
const ZFlag = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** "" (the "all categories" choice) means the whole programme. */
const ZCategoryChoice = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : v),
  z.string().trim().max(64, { error: "categoryUnknown" }).nullable(),
);

const ZLocaleChoice = z
  .string({ error: "localeInvalid" })
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: "localeInvalid" });

/** Chair and "previous winner" describe jurors; organisers work on the whole programme. */
function jurorOnly(value: { role: string; categoryId: string | null; isChair: boolean; isPreviousWinner: boolean }, ctx: z.RefinementCtx) {
  if (value.role !== "organiser") return;
  if (value.categoryId) ctx.addIssue({ code: "custom", path: ["categoryId"], message: "organiserWholeProgramme" });
  if (value.isChair) ctx.addIssue({ code: "custom", path: ["isChair"], message: "chairIsJuror" });
  if (value.isPreviousWinner) ctx.addIssue({ code: "custom", path: ["isPreviousWinner"], message: "previousWinnerIsJuror" });
}

export const ZInviteMember = z
  .object({
    email: ZEmail,
    role: z.enum(ZMembershipRole.options, { error: "roleRequired" }),
    categoryId: ZCategoryChoice,
    isChair: ZFlag,
    isPreviousWinner: ZFlag,
    locale: ZLocaleChoice,
  })
  .superRefine(jurorOnly);
export type TInviteMember = z.infer<typeof ZInviteMember>;

export const ZUpdateMembership = z.object({
  membershipId: ZId,
  categoryId: ZCategoryChoice,
  isChair: ZFlag,
  isPreviousWinner: ZFlag,
});
export type TUpdateMembership = z.infer<typeof ZUpdateMembership>;

export const ZRemoveMember = z.object({ membershipId: ZId });
export type TRemoveMember = z.infer<typeof ZRemoveMember>;

export const ZInvitationRef = z.object({ invitationId: ZId });
export type TInvitationRef = z.infer<typeof ZInvitationRef>;

/** Keys of teamAdmin.errors.* a field error can hold. */
export type TeamErrorKey =
  | "emailRequired"
  | "emailInvalid"
  | "roleRequired"
  | "categoryUnknown"
  | "localeInvalid"
  | "organiserWholeProgramme"
  | "chairIsJuror"
  | "previousWinnerIsJuror"
  | "missingId";
