import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeFinalist } from "@/lib/shortlist/authorize-finalist";
import { agreedAppearance, revealsHiddenName } from "@/lib/shortlist/public-profile";
import { ShortlistFieldError } from "@/lib/shortlist/shortlist-errors";
import { ZFinalistProfile, type FinalistProfileInput } from "@/lib/shortlist/shortlist-schemas";

/**
 * Saves a finalist's public profile. Only what the nominee agreed to can be
 * shown: no district or photo without their consent, and no more of their
 * name than they chose. The audit row names the fields changed, never values.
 */
export async function updateFinalistProfile({
  actor,
  finalistId,
  programmeId,
  profile,
  now = new Date(),
}: {
  actor: SessionUser | null;
  finalistId: string;
  programmeId?: string;
  profile: FinalistProfileInput;
  now?: Date;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const { me, finalist } = await authorizeFinalist(tx, { actor, finalistId, programmeId });
    const parsed = ZFinalistProfile.safeParse(profile);
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "form")] ??= issue.message;
      throw new ShortlistFieldError(fields);
    }
    if (finalist.category.programme.phase === "archived") throw new AppError("invalid_state", "archived");

    const p = parsed.data;
    const n = finalist.nomination;
    const agreed = agreedAppearance(n);
    const photo = n.attachments[0] ?? null;
    const refused: Record<string, string> = {};
    if (revealsHiddenName(p.publicName, n)) refused.publicName = "nameNotAgreed";
    if (p.publicDistrict && !agreed.showDistrict) refused.publicDistrict = "districtNotAgreed";
    // The summary is public too: no more of the name, and no district, than the nominee agreed to.
    if (p.publicSummary && revealsHiddenName(p.publicSummary, n)) refused.publicSummary = "nameInSummary";
    else if (p.publicSummary && !agreed.showDistrict && mentions(p.publicSummary, n.nomineeDistrict)) refused.publicSummary = "districtInSummary";
    if (p.showPhoto && !agreed.showPhoto) refused.showPhoto = "photoNotAgreed";
    else if (p.showPhoto && !photo) refused.showPhoto = "noPhoto";
    if (Object.keys(refused).length) throw new ShortlistFieldError(refused);

    const next = {
      publicName: p.publicName,
      publicSummary: p.publicSummary,
      publicDistrict: agreed.showDistrict && p.publicDistrict ? p.publicDistrict : null,
      photoKey: p.showPhoto && photo ? photo.id : null,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== finalist[k]);
    if (changed.length === 0) return;
    await tx.finalist.update({ where: { id: finalist.id }, data: next });
    await appendAuditEvent(
      tx,
      {
        programmeId: finalist.category.programmeId,
        actorId: me.id,
        action: "finalist.profile_updated",
        entityType: "Finalist",
        entityId: finalist.id,
        data: { nominationId: n.id, fields: changed },
      },
      now,
    );
  });
}

/** Whether `text` names `phrase` as whole words, ignoring case. */
function mentions(text: string, phrase: string | null): boolean {
  const wanted = phrase?.trim().toLocaleLowerCase();
  if (!wanted || wanted.length < 2) return false;
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(text.toLocaleLowerCase());
}
