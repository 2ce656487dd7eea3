import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { auditableColumns, categoryColumns, recheckCategory } from "@/lib/categories/category-data";
import { changedFields } from "@/lib/categories/changed-fields";
import { loadCategoryFor } from "@/lib/categories/load-category";
import { db } from "@/lib/db";
import type { TCategoryInput } from "@/lib/validation/category";

export async function updateCategory({
  actor,
  input,
}: {
  actor: SessionUser | null;
  input: { programmeId: string; categoryId: string; category: TCategoryInput };
}) {
  const category = recheckCategory(input.category);
  return db.$transaction(async (tx) => {
    const before = await loadCategoryFor(tx, { actor, programmeId: input.programmeId, categoryId: input.categoryId });
    const columns = categoryColumns(category, before.programme.timeZone);
    const changes = changedFields(before as unknown as Record<string, unknown>, auditableColumns(columns));
    if (Object.keys(changes).length === 0) return { id: before.id, changed: [] as string[] };
    await tx.category.update({ where: { id: before.id }, data: columns });
    await appendAuditEvent(tx, {
      programmeId: before.programmeId,
      actorId: actor!.id,
      action: "category.updated",
      entityType: "category",
      entityId: before.id,
      data: { changes },
    });
    return { id: before.id, changed: Object.keys(changes) };
  });
}
