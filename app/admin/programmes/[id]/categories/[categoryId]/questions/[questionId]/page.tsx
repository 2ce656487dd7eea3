import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { PageHeader } from "@/components/ui";
import { listQuestions } from "@/lib/categories/list-questions";
import { requireStaff } from "@/lib/permissions/require-staff";
import { requiredLabelLocale } from "@/lib/validation/form-question";
import { readOr404 } from "../../../page-helpers";
import { updateQuestionAction } from "../actions";
import { QuestionForm } from "../question-form";
import { questionFormValues } from "../question-values";

type Params = Promise<{ id: string; categoryId: string; questionId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("categoryAdmin");
  return { title: t("questions.editTitle"), robots: { index: false } };
}

export default async function EditQuestionPage({ params }: { params: Params }) {
  const { id, categoryId, questionId } = await params;
  const actor = await requireStaff("programme.edit", { programmeId: id });
  const { category, programme, current } = await readOr404(() => listQuestions({ actor, programmeId: id, categoryId }));
  // Archived questions are read-only: only current ones are edited here.
  const question = current.find((q) => q.id === questionId);
  if (!question) notFound();
  const t = await getTranslations("categoryAdmin");
  return (
    <>
      <PageHeader eyebrow={`${programme.name} · ${category.name}`} title={t("questions.editTitle")} />
      <ProgrammeTabs programmeId={id} current="categories" />
      <p className="mb-6">
        <Link href={`/admin/programmes/${id}/categories/${categoryId}/questions`} className="text-brand underline hover:no-underline">
          {t("questions.backToQuestions")}
        </Link>
      </p>
      {question.answerCount > 0 ? <p className="mb-4">{t("questions.answeredNote", { count: question.answerCount })}</p> : null}
      <QuestionForm
        mode="edit"
        action={updateQuestionAction.bind(null, id, categoryId, questionId)}
        initial={questionFormValues(question)}
        typeLocked={question.answerCount > 0}
        defaultLanguage={t(`languages.${requiredLabelLocale(programme.defaultLocale)}`)}
      />
    </>
  );
}
