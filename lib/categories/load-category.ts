import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import type { Capability } from "@/lib/permissions/capabilities";

/**
 * Loads a category for a staff member and checks `capability` in the
 * category's OWN programme. `programmeId` is what the URL claimed: a category
 * of another programme is "not found" here, whatever the actor may do there.
 */
export async function loadCategoryFor(
  client: Tx,
  { actor, programmeId, categoryId, capability = "programme.edit" }: { actor: SessionUser | null; programmeId: string; categoryId: string; capability?: Capability },
) {
  if (!actor) authorize(actor, capability, { programmeId });
  const category = await client.category.findUnique({
    where: { id: categoryId },
    include: { programme: { select: { id: true, timeZone: true, defaultLocale: true, name: true } } },
  });
  if (!category) throw new AppError("not_found", "categoryNotFound");
  authorize(actor, capability, { programmeId: category.programmeId });
  if (category.programmeId !== programmeId) throw new AppError("not_found", "categoryNotFound");
  return category;
}

export async function loadProgrammeFor(
  client: Tx,
  { actor, programmeId, capability = "programme.edit" }: { actor: SessionUser | null; programmeId: string; capability?: Capability },
) {
  authorize(actor, capability, { programmeId });
  const programme = await client.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, name: true, timeZone: true, defaultLocale: true },
  });
  if (!programme) throw new AppError("not_found", "programmeNotFound");
  return programme;
}
