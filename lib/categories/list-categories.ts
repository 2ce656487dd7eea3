import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadProgrammeFor } from "@/lib/categories/load-category";
import { db } from "@/lib/db";

/** The programme's categories in order, for the organiser's list. */
export async function listCategories({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }) {
  const programme = await loadProgrammeFor(db, { actor, programmeId, capability: "programme.view" });
  const categories = await db.category.findMany({
    where: { programmeId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      position: true,
      prizeAmountMinor: true,
      prizeCurrency: true,
      prizeDescription: true,
      winnerCount: true,
      finalistCount: true,
      minAge: true,
      maxAge: true,
      ageReferenceDate: true,
      _count: { select: { nominations: true, criteria: true, questions: { where: { archivedAt: null } } } },
    },
  });
  return { programme, categories };
}
