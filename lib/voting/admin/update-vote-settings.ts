import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { maxVotesPerCategory } from "@/lib/voting/admin/get-vote-settings";
import { loadVoteProgramme } from "@/lib/voting/admin/load-vote-programme";
import { VoteFieldError } from "@/lib/voting/admin/vote-admin-errors";
import { VOTE_SETTING_FIELDS, ZVoteSettings, type TVoteSettings } from "@/lib/voting/admin/vote-admin-schemas";
import { voteSettingsLocked } from "@/lib/voting/admin/vote-stage";

/**
 * Saves how the public vote works. Refused once the vote has opened: voters
 * were told the rules, and a change mid-vote would treat them differently.
 * The audit row records each changed setting as { from, to }.
 */
export async function updateVoteSettings({
  actor,
  programmeId,
  input,
}: {
  actor: SessionUser | null;
  programmeId: string;
  input: TVoteSettings;
}): Promise<{ changed: (keyof TVoteSettings)[] }> {
  const { user, programme } = await loadVoteProgramme(db, actor, programmeId);
  const parsed = ZVoteSettings.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", "invalidSettings");
  const settings = parsed.data;

  return db.$transaction(async (tx) => {
    // Read again inside the transaction: the phase may have moved since the page loaded.
    const { programme: current } = await loadVoteProgramme(tx, user, programme.id);
    if (voteSettingsLocked(current.phase)) throw new AppError("invalid_state", "settingsLocked");
    const max = await maxVotesPerCategory(tx, programme.id);
    if (settings.votesPerCategory > max) throw new VoteFieldError("votesPerCategory", "votesPerCategoryTooMany", { max });

    const changes: Partial<Record<keyof TVoteSettings, { from: boolean | string | number; to: boolean | string | number }>> = {};
    for (const field of VOTE_SETTING_FIELDS) {
      if (current.settings[field] !== settings[field]) changes[field] = { from: current.settings[field], to: settings[field] };
    }
    const changed = Object.keys(changes) as (keyof TVoteSettings)[];
    if (changed.length === 0) return { changed };
    await tx.programme.update({ where: { id: programme.id }, data: settings });
    await appendAuditEvent(tx, { programmeId: programme.id, actorId: user.id, action: "vote.settings_changed", entityType: "Programme", entityId: programme.id, data: changes });
    return { changed };
  });
}
