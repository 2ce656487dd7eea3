// The organiser's "record a conflict for a juror" and "withdraw" forms, shared
// by the server actions and tests. Messages are keys under "conflictsAdmin.errors".
import { z } from "zod";
import { CONFLICT_NOTE_MAX } from "@/lib/jury/conflict-input";
import { ZConflictReason } from "@/lib/validation/statuses";

// The same limit declareConflict applies, checked here first so the error sits next to the field.
export { CONFLICT_NOTE_MAX };

const ZRef = (error: string) => z.string({ error }).trim().min(1, { error }).max(64, { error });

export const ZRecordConflict = z.object({
  jurorId: ZRef("jurorRequired"),
  nominationId: ZRef("nominationRequired"),
  reason: z.string({ error: "reasonRequired" }).pipe(ZConflictReason.catch(() => null as never).refine((r) => r !== null, { error: "reasonRequired" })),
  note: z
    .string()
    .trim()
    .max(CONFLICT_NOTE_MAX, { error: "noteTooLong" })
    .nullish()
    .transform((v) => v || null),
});
export type TRecordConflict = z.infer<typeof ZRecordConflict>;
export const RECORD_CONFLICT_FIELDS = ["jurorId", "nominationId", "reason", "note"] as const;

export const ZWithdrawConflict = z.object({ conflictId: ZRef("conflictRequired") });
