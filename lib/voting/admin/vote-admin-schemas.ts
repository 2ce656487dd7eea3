// The organiser's vote forms, shared by the server actions, the domain
// functions and tests. Messages are keys under "admin.vote.errors".
import { z } from "zod";

export const VOTE_VERIFICATIONS = ["email", "allow_list"] as const;
export const ZVoteVerification = z.enum(VOTE_VERIFICATIONS, { error: "verificationInvalid" });
export const MAX_VOTES_PER_CATEGORY = 10;

export const ZVoteSettings = z.strictObject({
  voteVerification: ZVoteVerification,
  votesPerCategory: z.number({ error: "votesPerCategoryInvalid" }).int("votesPerCategoryInvalid").min(1, "votesPerCategoryInvalid").max(MAX_VOTES_PER_CATEGORY, "votesPerCategoryInvalid"),
  voteChangeAllowed: z.boolean(),
  staffMayVote: z.boolean(),
});
export type TVoteSettings = z.infer<typeof ZVoteSettings>;
export const VOTE_SETTING_FIELDS = ["voteVerification", "votesPerCategory", "voteChangeAllowed", "staffMayVote"] as const satisfies readonly (keyof TVoteSettings)[];

/** A ticked checkbox posts "on"; an unticked one posts nothing. Anything else is tampering. */
const ZCheckbox = z.union([z.literal("on"), z.null()], { error: "checkboxInvalid" }).transform((v) => v === "on");

const ZVoteSettingsForm = z
  .object({
    voteVerification: z.string({ error: "verificationInvalid" }).pipe(ZVoteVerification),
    votesPerCategory: z
      .string({ error: "votesPerCategoryInvalid" })
      .trim()
      .regex(/^\d{1,3}$/, "votesPerCategoryInvalid")
      .transform(Number),
    voteChangeAllowed: ZCheckbox,
    staffMayVote: ZCheckbox,
  })
  .pipe(ZVoteSettings);

export function voteSettingsFromForm(formData: FormData) {
  return ZVoteSettingsForm.safeParse(Object.fromEntries(VOTE_SETTING_FIELDS.map((f) => [f, formData.get(f)])));
}

export const MAX_CODES_PER_BATCH = 2000;

/** A batch of printed voting codes: a label the organiser recognises (an event, a school) and how many. */
export const ZVotingCodeBatch = z.strictObject({
  label: z.string({ error: "labelInvalid" }).trim().min(1, "labelRequired").max(60, "labelTooLong"),
  count: z.number({ error: "countInvalid" }).int("countInvalid").min(1, "countInvalid").max(MAX_CODES_PER_BATCH, "countInvalid"),
});
export type TVotingCodeBatch = z.infer<typeof ZVotingCodeBatch>;

export function votingCodeBatchFromForm(formData: FormData) {
  const count = formData.get("count");
  return ZVotingCodeBatch.safeParse({
    label: formData.get("label"),
    count: typeof count === "string" && /^\s*\d{1,5}\s*$/.test(count) ? Number(count) : Number.NaN,
  });
}

/** Why votes are set aside or let back in: it is published with the integrity summary, so it must say something. */
export const ZQuarantineReason = z.string({ error: "reasonInvalid" }).trim().min(5, "reasonTooShort").max(300, "reasonTooLong");

const ZDate = z.iso.datetime({ error: "findingInvalid" }).transform((s) => new Date(s));
const ZKey = z.string().min(1).max(200).optional();

/** One finding of the anomaly report, as its quarantine form posts it back. */
export const ZQuarantineRequest = z.strictObject({
  selector: z.strictObject({ castFrom: ZDate, castTo: ZDate, networkPrefix: ZKey, emailDomain: ZKey, userAgentHash: ZKey }),
  reason: ZQuarantineReason,
});
export type TQuarantineRequest = z.input<typeof ZQuarantineRequest>;

export function quarantineFromForm(formData: FormData) {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  return ZQuarantineRequest.safeParse({
    selector: { castFrom: text("castFrom"), castTo: text("castTo"), networkPrefix: text("networkPrefix"), emailDomain: text("emailDomain"), userAgentHash: text("userAgentHash") },
    reason: formData.get("reason") ?? "",
  });
}

/** Letting one quarantine's votes back in: the quarantine is named by when it was made. */
export const ZReleaseRequest = z.strictObject({
  quarantinedAt: z.iso.datetime({ error: "quarantineInvalid" }).transform((s) => new Date(s)),
  reason: ZQuarantineReason,
});
export type TReleaseRequest = z.input<typeof ZReleaseRequest>;

export function releaseFromForm(formData: FormData) {
  return ZReleaseRequest.safeParse({ quarantinedAt: formData.get("quarantinedAt") ?? "", reason: formData.get("reason") ?? "" });
}
