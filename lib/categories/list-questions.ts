import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadCategoryFor } from "@/lib/categories/load-category";
import { storedOptions } from "@/lib/categories/question-data";
import { db } from "@/lib/db";
import type { LocalizedText } from "@/lib/validation/form-question";

/** A category's form questions: current ones in order, then archived ones (their answers stay readable). */
export async function listQuestions({ actor, programmeId, categoryId }: { actor: SessionUser | null; programmeId: string; categoryId: string }) {
  const category = await loadCategoryFor(db, { actor, programmeId, categoryId, capability: "programme.view" });
  const rows = await db.formQuestion.findMany({
    where: { categoryId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { _count: { select: { answers: true } } },
  });
  const questions = rows.map(({ _count, ...q }) => ({
    id: q.id,
    type: q.type,
    label: (q.label ?? {}) as LocalizedText,
    help: (q.help ?? null) as LocalizedText | null,
    options: storedOptions(q.options),
    required: q.required,
    maxLength: q.maxLength,
    visibility: q.visibility,
    archivedAt: q.archivedAt,
    answerCount: _count.answers,
  }));
  return {
    category: { id: category.id, name: category.name },
    programme: category.programme,
    current: questions.filter((q) => !q.archivedAt),
    archived: questions.filter((q) => q.archivedAt),
  };
}
