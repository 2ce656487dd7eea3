import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { localDateString } from "@/lib/categories/local-date";
import { loadCategoryFor } from "@/lib/categories/load-category";
import { db } from "@/lib/db";
import { formatMajorAmount, type TCategoryForm } from "@/lib/validation/category";

/** A category with its criteria, and its fields as the edit form shows them. */
export async function getCategoryForEditing({ actor, programmeId, categoryId }: { actor: SessionUser | null; programmeId: string; categoryId: string }) {
  const category = await loadCategoryFor(db, { actor, programmeId, categoryId, capability: "programme.view" });
  const criteria = await db.criterion.findMany({
    where: { categoryId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true, description: true, weight: true, _count: { select: { scores: true } } },
  });
  const tz = category.programme.timeZone;
  const money = category.prizeAmountMinor != null && category.prizeCurrency != null;
  const form: Record<keyof TCategoryForm, string> = {
    name: category.name,
    description: category.description,
    prizeKind: money ? "money" : category.prizeDescription ? "other" : "none",
    prizeAmount: money ? formatMajorAmount(category.prizeAmountMinor!) : "",
    prizeCurrency: category.prizeCurrency ?? "EUR",
    prizeDescription: category.prizeDescription ?? "",
    winnerCount: String(category.winnerCount),
    finalistCount: String(category.finalistCount),
    nomineeKind: category.nomineeKind,
    minAge: category.minAge == null ? "" : String(category.minAge),
    maxAge: category.maxAge == null ? "" : String(category.maxAge),
    ageReference: category.ageReferenceDate ? "date" : "submission",
    ageReferenceDate: category.ageReferenceDate ? localDateString(category.ageReferenceDate, tz) : "",
    submissionMode: category.submissionMode,
    voteAreas: Array.isArray(category.voteAreas) ? category.voteAreas.join("\n") : "",
    scoreScaleMin: String(category.scoreScaleMin),
    scoreScaleMax: String(category.scoreScaleMax),
  };
  return {
    id: category.id,
    name: category.name,
    programme: category.programme,
    form,
    criteria: criteria.map(({ _count, ...c }) => ({ ...c, scoreCount: _count.scores })),
  };
}
