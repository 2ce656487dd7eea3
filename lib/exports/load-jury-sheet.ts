import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadCategoryFor } from "@/lib/categories/load-category";
import { db } from "@/lib/db";
import { listCategoryNominations } from "@/lib/jury/list-category-nominations";

export interface JurySheet {
  programme: { id: string; name: string; edition: string; blind: boolean };
  category: { id: string; name: string; description: string; scale: { min: number; max: number } };
  /** `share` is the criterion's part of the weighted score, 0–1. */
  criteria: { id: string; name: string; description: string; weight: number; share: number }[];
  /** In the jury list's order; `title` is null in blind mode, when the sheet shows the number jurors see. */
  nominations: { id: string; number: number; title: string | null }[];
}

/**
 * What a printed jury sheet needs: the criteria with their weights, the scale,
 * and the nominations that reached the jury, by title only (no name in blind
 * mode). Nothing else about a nominee is read.
 */
export async function loadJurySheet({ actor, programmeId, categoryId }: { actor: SessionUser | null; programmeId: string; categoryId: string }): Promise<JurySheet> {
  const category = await loadCategoryFor(db, { actor, programmeId, categoryId, capability: "programme.view" });
  const [programme, criteria, nominations] = await Promise.all([
    db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { id: true, name: true, edition: true, juryBlind: true } }),
    db.criterion.findMany({ where: { categoryId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true, description: true, weight: true } }),
    listCategoryNominations(db, categoryId),
  ]);
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  return {
    programme: { id: programme.id, name: programme.name, edition: programme.edition, blind: programme.juryBlind },
    category: { id: category.id, name: category.name, description: category.description, scale: { min: category.scoreScaleMin, max: category.scoreScaleMax } },
    criteria: criteria.map((c) => ({ ...c, share: totalWeight > 0 ? c.weight / totalWeight : 0 })),
    nominations: nominations.map((n) => ({ id: n.id, number: n.number, title: programme.juryBlind ? null : n.title })),
  };
}
