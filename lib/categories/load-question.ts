import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/audit/append-audit-event";
import { loadCategoryFor } from "@/lib/categories/load-category";
import { AppError } from "@/lib/errors";
import type { Capability } from "@/lib/permissions/capabilities";

/** A question of the category named in the URL, with the number of answers it has. */
export async function loadQuestionFor(
  client: Tx,
  input: { actor: SessionUser | null; programmeId: string; categoryId: string; questionId: string; capability?: Capability },
) {
  const category = await loadCategoryFor(client, input);
  const question = await client.formQuestion.findUnique({
    where: { id: input.questionId },
    include: { _count: { select: { answers: true } } },
  });
  if (!question || question.categoryId !== category.id) throw new AppError("not_found", "questionNotFound");
  return { category, question, answerCount: question._count.answers };
}
