import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { auditableColumns, categoryColumns, recheckCategory } from "@/lib/categories/category-data";
import { loadProgrammeFor } from "@/lib/categories/load-category";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { TCategoryInput } from "@/lib/validation/category";

/** Adds a category at the end of the programme's list. */
export async function createCategory({ actor, input }: { actor: SessionUser | null; input: { programmeId: string; category: TCategoryInput } }) {
  const category = recheckCategory(input.category);
  return db.$transaction(async (tx) => {
    const programme = await loadProgrammeFor(tx, { actor, programmeId: input.programmeId });
    const last = await tx.category.findFirst({ where: { programmeId: programme.id }, orderBy: { position: "desc" }, select: { position: true } });
    const columns = categoryColumns(category, programme.timeZone);
    const created = await tx.category.create({
      data: { ...columns, programmeId: programme.id, position: (last?.position ?? -1) + 1 },
      select: { id: true, name: true, position: true },
    });
    await appendAuditEvent(tx, {
      programmeId: programme.id,
      actorId: actor!.id,
      action: "category.created",
      entityType: "category",
      entityId: created.id,
      data: { ...auditableColumns(columns), ageReferenceDate: category.ageReferenceDate, position: created.position } as Prisma.InputJsonObject,
    });
    return created;
  });
}
