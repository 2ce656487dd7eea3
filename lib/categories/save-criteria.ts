import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { loadCategoryFor } from "@/lib/categories/load-category";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZCriteriaList, type TCriterionRow } from "@/lib/validation/category";

/**
 * Replaces a category's criteria with `criteria`, in that order: rows with an
 * id update that criterion, rows without one add a criterion, and criteria
 * not listed are removed — unless jurors have scored them, which is refused.
 */
export async function saveCriteria({
  actor,
  input,
}: {
  actor: SessionUser | null;
  input: { programmeId: string; categoryId: string; criteria: TCriterionRow[] };
}) {
  const parsed = ZCriteriaList.safeParse(input.criteria);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "invalidInput");
  const rows = parsed.data;
  return db.$transaction(async (tx) => {
    const category = await loadCategoryFor(tx, { actor, programmeId: input.programmeId, categoryId: input.categoryId });
    const existing = await tx.criterion.findMany({
      where: { categoryId: category.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, description: true, weight: true, position: true, _count: { select: { scores: true } } },
    });
    const byId = new Map(existing.map((c) => [c.id, c]));
    for (const row of rows) if (row.id && !byId.has(row.id)) throw new AppError("not_found", "criterionNotFound");
    const kept = new Set(rows.map((r) => r.id).filter(Boolean));
    const removed = existing.filter((c) => !kept.has(c.id));
    if (removed.some((c) => c._count.scores > 0)) throw new AppError("invalid_state", "criterionHasScores");

    const changes: Record<string, unknown>[] = [];
    for (const c of removed) {
      await tx.criterion.delete({ where: { id: c.id } });
      changes.push({ removed: c.id, name: c.name });
    }
    for (const [position, row] of rows.entries()) {
      const data = { name: row.name, description: row.description, weight: row.weight, position };
      const before = row.id ? byId.get(row.id) : undefined;
      if (!before) {
        const created = await tx.criterion.create({ data: { ...data, categoryId: category.id }, select: { id: true } });
        changes.push({ added: created.id, ...data });
        continue;
      }
      const diff = Object.fromEntries(
        (Object.keys(data) as (keyof typeof data)[]).filter((k) => before[k] !== data[k]).map((k) => [k, { from: before[k], to: data[k] }]),
      );
      if (Object.keys(diff).length === 0) continue;
      await tx.criterion.update({ where: { id: before.id }, data });
      changes.push({ updated: before.id, ...diff });
    }
    if (changes.length) {
      await appendAuditEvent(tx, {
        programmeId: category.programmeId,
        actorId: actor!.id,
        action: "category.criteria_saved",
        entityType: "category",
        entityId: category.id,
        data: { changes: changes as never },
      });
    }
    return { changed: changes.length };
  });
}
