import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZJuryScoresVisibility, type TJurySettings } from "@/lib/jury-settings/jury-settings-schema";
import { authorize } from "@/lib/permissions/authorize";
import { ZPhase, type Phase } from "@/lib/validation/statuses";

export interface JurySettingsView {
  programme: { id: string; name: string; edition: string; slug: string; phase: Phase };
  settings: TJurySettings;
  /** Normalisation is fixed once a shortlist was locked on its ranking. */
  normaliseLocked: boolean;
  categories: { id: string; name: string }[];
}

/** The jury settings of a programme, for its organisers. */
export async function getJurySettings({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<JurySettingsView> {
  if (!actor) authorize(actor, "programme.edit");
  const p = await db.programme.findUnique({
    where: { id: programmeId },
    select: {
      id: true,
      name: true,
      edition: true,
      slug: true,
      phase: true,
      juryBlind: true,
      juryNormalise: true,
      juryScoresVisibility: true,
      transparencyPublic: true,
      categories: { select: { id: true, name: true, shortlistLockedAt: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!p) throw new AppError("not_found", "programmeNotFound");
  authorize(actor, "programme.edit", { programmeId: p.id });
  return {
    programme: { id: p.id, name: p.name, edition: p.edition, slug: p.slug, phase: ZPhase.catch("draft").parse(p.phase) },
    settings: {
      juryBlind: p.juryBlind,
      juryNormalise: p.juryNormalise,
      juryScoresVisibility: ZJuryScoresVisibility.catch("after_own").parse(p.juryScoresVisibility),
      transparencyPublic: p.transparencyPublic,
    },
    normaliseLocked: p.categories.some((c) => c.shortlistLockedAt !== null),
    categories: p.categories.map(({ id, name }) => ({ id, name })),
  };
}
