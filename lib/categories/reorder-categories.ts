import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { loadCategoryFor } from "@/lib/categories/load-category";
import { moveInList, type Direction } from "@/lib/categories/reorder";
import { db } from "@/lib/db";

/** Moves a category one place up or down; positions are rewritten as 0..n-1. */
export async function reorderCategories({
  actor,
  input,
}: {
  actor: SessionUser | null;
  input: { programmeId: string; categoryId: string; direction: Direction };
}) {
  return db.$transaction(async (tx) => {
    const category = await loadCategoryFor(tx, { actor, programmeId: input.programmeId, categoryId: input.categoryId });
    const rows = await tx.category.findMany({
      where: { programmeId: category.programmeId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const before = rows.map((r) => r.id);
    const after = moveInList(before, category.id, input.direction);
    if (after === before) return { order: before, moved: false };
    for (const [position, id] of after.entries()) await tx.category.update({ where: { id }, data: { position } });
    await appendAuditEvent(tx, {
      programmeId: category.programmeId,
      actorId: actor!.id,
      action: "category.reordered",
      entityType: "category",
      entityId: category.id,
      data: { direction: input.direction, from: before.indexOf(category.id), to: after.indexOf(category.id) },
    });
    return { order: after, moved: true };
  });
}
