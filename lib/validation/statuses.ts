// Every status and kind stored as a string, in one place, so SQLite and
// PostgreSQL share one model and nothing unknown is ever written.
import { z } from "zod";

export const PHASES = [
  "draft",
  "nominations_open",
  "moderation",
  "jury_review",
  "public_vote",
  "results_review",
  "results_published",
  "archived",
] as const;
export const ZPhase = z.enum(PHASES);
export type Phase = z.infer<typeof ZPhase>;

export const ZDecisionMode = z.enum(["jury_only", "jury_then_public", "combined", "public_only"]);
export type DecisionMode = z.infer<typeof ZDecisionMode>;

export const ZCadence = z.enum(["once", "monthly", "yearly"]);
export const ZNomineeKind = z.enum(["individual", "group", "either"]);
export const ZSubmissionMode = z.enum(["self", "nomination", "both"]);
export const ZMembershipRole = z.enum(["organiser", "juror"]);
export type MembershipRole = z.infer<typeof ZMembershipRole>;

export const ZNominationKind = z.enum(["nomination", "application"]);
export const ZNominationStatus = z.enum([
  "pending_confirmation",
  "submitted",
  "eligible",
  "rejected",
  "duplicate",
  "merged",
  "withdrawn",
  "declined",
  "erased",
]);
export type NominationStatus = z.infer<typeof ZNominationStatus>;

export const ZConsentStatus = z.enum(["pending", "accepted", "declined"]);
export const ZDisplayName = z.enum(["full_name", "first_name", "chosen_name"]);
export const ZQuestionType = z.enum([
  "short_text",
  "long_text",
  "choice",
  "multi_choice",
  "date",
  "number",
  "url",
  "file",
  "consent",
]);
export const ZQuestionVisibility = z.enum(["organisers", "jury", "public"]);
export const ZAttachmentKind = z.enum(["photo", "document"]);
export const ZConflictReason = z.enum(["knows_nominee", "same_organisation", "family", "other"]);
export const ZScoreSheetStatus = z.enum(["draft", "submitted"]);
export const ZVoterMethod = z.enum(["email_code", "voting_code", "allow_list"]);
export const ZEmailStatus = z.enum(["queued", "sent", "failed", "outbox"]);
