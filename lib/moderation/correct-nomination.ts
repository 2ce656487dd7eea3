import "server-only";
import { appendAuditEvent, type Tx } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ModerationTarget } from "@/lib/moderation/accept-nomination";
import { authorizeModeration } from "@/lib/moderation/authorize-moderation";
import { ZCorrection, type Correction } from "@/lib/moderation/moderation-schemas";
import { updateLiveNomination } from "@/lib/nominations/update-live-nomination";
import { SUBMISSION_LIMITS } from "@/lib/validation/submission";

/** Answers an organiser may correct: free text. Choices, dates and files are the submitter's to change. */
export const CORRECTABLE_ANSWER_TYPES = new Set(["short_text", "long_text"]);

export class CorrectionRefused extends AppError {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super("invalid_input", message);
  }
}

/**
 * Corrects obvious typos in the nominee's or group's name, the district, the
 * story and text answers. The audit row names the fields that changed, never
 * their old or new values (the audit log cannot be erased).
 */
export async function correctNomination({ correction, ...target }: ModerationTarget & { correction: Correction }): Promise<{ fields: string[] }> {
  const parsed = ZCorrection.safeParse(correction);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorrectionRefused(issue?.path.map(String).join(".") ?? "", issue?.message ?? "invalid");
  }
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const { me, nomination } = await authorizeModeration(tx, target);
    if (nomination.anonymisedAt) throw new AppError("invalid_state", "anonymised");
    const current = await tx.nomination.findUniqueOrThrow({
      where: { id: nomination.id },
      select: { nomineeKind: true, nomineeName: true, groupName: true, nomineeDistrict: true, story: true },
    });

    const patch: Record<string, string | null> = {};
    if (input.nomineeName !== undefined && input.nomineeName !== current.nomineeName) patch.nomineeName = input.nomineeName;
    if (input.groupName !== undefined && current.nomineeKind === "group" && input.groupName !== (current.groupName ?? "")) {
      if (!input.groupName) throw new CorrectionRefused("groupName", "required");
      patch.groupName = input.groupName;
    }
    if (input.nomineeDistrict !== undefined && input.nomineeDistrict !== (current.nomineeDistrict ?? "")) patch.nomineeDistrict = input.nomineeDistrict || null;
    if (input.story !== undefined && input.story !== current.story) patch.story = input.story;
    // Conditional on what was read, before any answer is written: an erasure committed meanwhile is never undone.
    if (Object.keys(patch).length > 0 || Object.keys(input.answers).length > 0) {
      await updateLiveNomination(tx, { nominationId: nomination.id, seenStatus: nomination.status, data: patch });
    }

    const answerFields = await correctAnswers(tx, nomination.id, input.answers);
    const fields = [...Object.keys(patch), ...answerFields];
    if (fields.length > 0) {
      await appendAuditEvent(
        tx,
        { programmeId: nomination.programmeId, actorId: me.id, action: "nomination.edited", entityType: "Nomination", entityId: nomination.id, data: { fields } },
        target.now,
      );
    }
    return { fields };
  });
}

/** Updates text answers that changed; returns their field names ("answers.<questionId>"). */
async function correctAnswers(tx: Tx, nominationId: string, answers: Record<string, string>): Promise<string[]> {
  const ids = Object.keys(answers);
  if (ids.length === 0) return [];
  const rows = await tx.nominationAnswer.findMany({
    where: { nominationId, questionId: { in: ids } },
    select: { id: true, questionId: true, value: true, question: { select: { type: true, required: true, maxLength: true } } },
  });
  const changed: string[] = [];
  for (const questionId of ids) {
    const row = rows.find((r) => r.questionId === questionId);
    const path = `answers.${questionId}`;
    // Only existing text answers: a correction does not answer questions on the submitter's behalf.
    if (!row || !CORRECTABLE_ANSWER_TYPES.has(row.question.type) || typeof row.value !== "string") throw new CorrectionRefused(path, "notCorrectable");
    const value = answers[questionId].trim();
    const max = row.question.maxLength ?? (row.question.type === "long_text" ? SUBMISSION_LIMITS.longAnswer : SUBMISSION_LIMITS.shortAnswer);
    if (value.length > max) throw new CorrectionRefused(path, "tooLong");
    if (row.question.required && !value) throw new CorrectionRefused(path, "required");
    if (value === row.value) continue;
    await tx.nominationAnswer.update({ where: { id: row.id }, data: { value } });
    changed.push(path);
  }
  return changed;
}
