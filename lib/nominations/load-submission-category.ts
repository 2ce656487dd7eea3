import "server-only";
import { db } from "@/lib/db";
import { applyScheduledTransitions } from "@/lib/programmes/apply-scheduled-transitions";

/**
 * A category with what taking part in it needs: its rules, its current form
 * questions and its programme's window. Null for unknown ids, a category of
 * another programme and draft programmes (callers answer 404). Used by the
 * public form page and, again, by the server when the form is sent.
 */
export async function loadSubmissionCategory({ slug, categoryId, now = new Date() }: { slug: string; categoryId: string; now?: Date }) {
  const programme = await db.programme.findUnique({ where: { slug }, select: { id: true } });
  if (!programme) return null;
  // A deadline that passed takes effect on this read (see apply-scheduled-transitions.ts).
  await applyScheduledTransitions({ programmeId: programme.id }, now);
  const category = await db.category.findFirst({
    where: { id: categoryId, programmeId: programme.id },
    select: {
      id: true,
      name: true,
      description: true,
      nomineeKind: true,
      submissionMode: true,
      minAge: true,
      maxAge: true,
      ageReferenceDate: true,
      programme: {
        select: {
          id: true,
          slug: true,
          name: true,
          edition: true,
          phase: true,
          timeZone: true,
          privacyNotice: true,
          organiserName: true,
          organiserContact: true,
          phases: { where: { phase: "nominations_open" }, select: { phase: true, startsAt: true, endsAt: true } },
        },
      },
      questions: {
        where: { archivedAt: null },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, type: true, label: true, help: true, options: true, required: true, maxLength: true, archivedAt: true },
      },
    },
  });
  if (!category || category.programme.phase === "draft") return null;
  return category;
}

export type SubmissionCategory = NonNullable<Awaited<ReturnType<typeof loadSubmissionCategory>>>;
