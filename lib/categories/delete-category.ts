import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { loadCategoryFor } from "@/lib/categories/load-category";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Deletes a category that has no nominations yet (with those, nothing may be lost). */
export async function deleteCategory({ actor, input }: { actor: SessionUser | null; input: { programmeId: string; categoryId: string } }) {
  return db.$transaction(async (tx) => {
    const category = await loadCategoryFor(tx, { actor, ...input });
    const nominations = await tx.nomination.count({ where: { categoryId: category.id } });
    if (nominations > 0) throw new AppError("invalid_state", "categoryHasNominations");
    await tx.category.delete({ where: { id: category.id } });
    // Close the gap so positions stay 0..n-1.
    const rest = await tx.category.findMany({ where: { programmeId: category.programmeId }, orderBy: { position: "asc" }, select: { id: true } });
    for (const [position, { id }] of rest.entries()) await tx.category.update({ where: { id }, data: { position } });
    await appendAuditEvent(tx, {
      programmeId: category.programmeId,
      actorId: actor!.id,
      action: "category.deleted",
      entityType: "category",
      entityId: category.id,
      data: { name: category.name },
    });
    return { id: category.id };
  });
}
