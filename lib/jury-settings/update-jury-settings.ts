import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { JURY_SETTING_FIELDS, ZJurySettings, type TJurySettings } from "@/lib/jury-settings/jury-settings-schema";
import { authorize } from "@/lib/permissions/authorize";

/** A refusal that belongs next to one field of the form; `message` is a key under jurySettings.errors. */
export class JurySettingsFieldError extends AppError {
  readonly field: keyof TJurySettings;
  constructor(field: keyof TJurySettings, key: string) {
    super("invalid_state", key);
    this.field = field;
  }
}

/**
 * Saves a programme's jury settings; the audit event records each changed
 * setting as { from, to } (setting names and values only, nothing personal).
 * Normalisation cannot change once a shortlist was locked: the locked
 * shortlist was chosen on the ranking it produced.
 */
export async function updateJurySettings({
  actor,
  programmeId,
  input,
}: {
  actor: SessionUser | null;
  programmeId: string;
  input: TJurySettings;
}): Promise<{ changed: (keyof TJurySettings)[] }> {
  if (!actor) authorize(actor, "programme.edit");
  const parsed = ZJurySettings.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", "invalidSettings");
  const settings = parsed.data;
  const current = await db.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, juryBlind: true, juryNormalise: true, juryScoresVisibility: true, transparencyPublic: true },
  });
  if (!current) throw new AppError("not_found", "programmeNotFound");
  const user = authorize(actor, "programme.edit", { programmeId: current.id });

  const changes: Partial<Record<keyof TJurySettings, { from: boolean | string; to: boolean | string }>> = {};
  for (const field of JURY_SETTING_FIELDS) {
    if (current[field] !== settings[field]) changes[field] = { from: current[field], to: settings[field] };
  }
  const changed = Object.keys(changes) as (keyof TJurySettings)[];
  if (changed.length === 0) return { changed };

  await db.$transaction(async (tx) => {
    if (changes.juryNormalise && (await tx.category.count({ where: { programmeId, shortlistLockedAt: { not: null } } })) > 0) {
      throw new JurySettingsFieldError("juryNormalise", "normaliseLocked");
    }
    await tx.programme.update({ where: { id: programmeId }, data: settings });
    await appendAuditEvent(tx, {
      programmeId,
      actorId: user.id,
      action: "programme.jury_settings_changed",
      entityType: "Programme",
      entityId: programmeId,
      data: changes,
    });
  });
  return { changed };
}
