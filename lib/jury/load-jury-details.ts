import "server-only";
import { db } from "@/lib/db";
import { loadNominationStories } from "@/lib/moderation/load-nomination-stories";

type Localised = Record<string, string | undefined>;

export interface JuryAnswer {
  questionId: string;
  label: Localised;
  /** Text, or the chosen options' labels (localised), or a date as YYYY-MM-DD. */
  value: { text: string } | { options: Localised[] };
}

export interface JuryNominationDetails {
  nomineeKind: "individual" | "group";
  groupSize: number | null;
  /** Its own story first, then those of nominations merged into it. Author names are hidden in blind mode. */
  stories: { authorName: string | null; story: string; primary: boolean }[];
  answers: JuryAnswer[];
  /** The nominee photo (served by GET /api/attachments/[id]); null in blind mode or when there is none. */
  photoId: string | null;
  /** Files answering jury or public questions; photos among them are left out in blind mode. */
  files: { id: string; label: Localised; kind: string; mimeType: string }[];
}

const JURY_VISIBLE = ["jury", "public"];
// A consent box says nothing about the nominee; files are listed on their own.
const NOT_ANSWERS = ["consent", "file"];

/**
 * The parts of a nomination the form's settings show the jury. Never reads
 * the nominee's email, birth date or district, the nominator's email or
 * anything about the guardian. No permission check: loadJuryNomination
 * authorizes first.
 */
export async function loadJuryDetails({ nominationId, blind }: { nominationId: string; blind: boolean }): Promise<JuryNominationDetails> {
  const [n, stories] = await Promise.all([
    db.nomination.findUniqueOrThrow({
      where: { id: nominationId },
      select: {
        nomineeKind: true,
        groupSize: true,
        answers: {
          where: { question: { visibility: { in: JURY_VISIBLE }, type: { notIn: NOT_ANSWERS } } },
          select: { questionId: true, value: true, question: { select: { label: true, type: true, options: true, position: true } } },
        },
        attachments: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, mimeType: true, questionId: true } },
      },
    }),
    loadNominationStories(nominationId),
  ]);
  // Attachments name their question without a relation: read the jury-visible ones to filter and label the files.
  const questionIds = [...new Set(n.attachments.flatMap((a) => (a.questionId ? [a.questionId] : [])))];
  const questions = await db.formQuestion.findMany({ where: { id: { in: questionIds }, visibility: { in: JURY_VISIBLE } }, select: { id: true, label: true } });
  const labels = new Map(questions.map((q) => [q.id, (q.label ?? {}) as Localised]));
  const photo = n.attachments.find((a) => a.questionId === null && a.kind === "photo");
  return {
    nomineeKind: n.nomineeKind === "group" ? "group" : "individual",
    groupSize: n.groupSize,
    stories: stories.map((s) => ({ authorName: blind ? null : s.authorName, story: s.story, primary: s.primary })),
    answers: n.answers
      .sort((a, b) => a.question.position - b.question.position)
      .flatMap((a) => {
        const value = answerValue(a.value, a.question.options);
        return value ? [{ questionId: a.questionId, label: (a.question.label ?? {}) as Localised, value }] : [];
      }),
    photoId: blind || !photo ? null : photo.id,
    files: n.attachments
      .filter((a) => a.questionId !== null && labels.has(a.questionId) && !(blind && a.kind === "photo"))
      .map((a) => ({ id: a.id, label: labels.get(a.questionId!)!, kind: a.kind, mimeType: a.mimeType })),
  };
}

function answerValue(value: unknown, options: unknown): JuryAnswer["value"] | null {
  const choices = Array.isArray(options) ? (options as { value: string; label: Localised }[]) : [];
  const labelOf = (v: string): Localised => choices.find((o) => o.value === v)?.label ?? { en: v };
  if (Array.isArray(value)) return value.length ? { options: value.map((v) => labelOf(String(v))) } : null;
  if (typeof value === "string") {
    if (!value.trim()) return null;
    return choices.length ? { options: [labelOf(value)] } : { text: value };
  }
  if (typeof value === "number" || typeof value === "boolean") return { text: String(value) };
  return null;
}
