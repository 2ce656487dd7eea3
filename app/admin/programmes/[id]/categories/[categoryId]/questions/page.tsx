import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { Button, Card, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { listQuestions } from "@/lib/categories/list-questions";
import { requireStaff } from "@/lib/permissions/require-staff";
import { requiredLabelLocale } from "@/lib/validation/form-question";
import { CategoryNotice } from "../../notice";
import { noticeParam, readOr404, type SearchParams } from "../../page-helpers";
import { createQuestionAction, questionListAction } from "./actions";
import { QuestionForm } from "./question-form";
import { labelIn } from "./question-values";

type Params = Promise<{ id: string; categoryId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("categoryAdmin");
  return { title: t("questionsLink"), robots: { index: false } };
}

export default async function QuestionsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id, categoryId } = await params;
  const actor = await requireStaff("programme.edit", { programmeId: id });
  const { category, programme, current, archived } = await readOr404(() => listQuestions({ actor, programmeId: id, categoryId }));
  const t = await getTranslations("categoryAdmin");
  const locale = await getLocale();
  const listAction = questionListAction.bind(null, id, categoryId);
  const base = `/admin/programmes/${id}/categories/${categoryId}`;
  const head = (
    <THead>
      <Tr>
        <Th>{t("questions.col.label")}</Th>
        <Th>{t("questions.col.type")}</Th>
        <Th>{t("questions.col.visibility")}</Th>
        <Th>{t("questions.col.required")}</Th>
        <Th>{t("questions.col.answers")}</Th>
        <Th>{t("questions.col.actions")}</Th>
      </Tr>
    </THead>
  );

  return (
    <>
      <PageHeader eyebrow={programme.name} title={t("questions.title", { name: category.name })} description={t("questions.intro")} />
      <ProgrammeTabs programmeId={id} current="categories" />
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/admin/programmes/${id}/categories`} className="text-brand underline hover:no-underline">
          {t("backToList")}
        </Link>
        <Link href={base} className="text-brand underline hover:no-underline">
          {t("editNamed", { name: category.name })}
        </Link>
      </p>
      <CategoryNotice notice={await noticeParam(searchParams)} />

      <section aria-labelledby="current-title">
        <h2 id="current-title" className="mb-4 text-xl font-semibold">
          {t("questions.current")}
        </h2>
        {current.length === 0 ? (
          <EmptyState title={t("questions.empty")} headingLevel={3} />
        ) : (
          <Table caption={t("questions.caption", { name: category.name })} captionHidden>
            {head}
            <TBody>
              {current.map((q, index) => {
                const label = labelIn(q.label, locale);
                return (
                  <Tr key={q.id}>
                    <Th scope="row">{label}</Th>
                    <Td>{t(`questions.type.${q.type}` as never)}</Td>
                    <Td>{t(`questions.visibility.${q.visibility}` as never)}</Td>
                    <Td>{q.required ? t("questions.yes") : t("questions.no")}</Td>
                    <Td>{q.answerCount}</Td>
                    <Td>
                      <form action={listAction} className="flex flex-wrap gap-2">
                        <input type="hidden" name="questionId" value={q.id} />
                        <Button href={`${base}/questions/${q.id}`} size="sm" variant="secondary">
                          <span aria-hidden="true">{t("edit")}</span>
                          <span className="sr-only">{t("questions.editNamed", { label })}</span>
                        </Button>
                        <Button type="submit" name="intent" value="up" size="sm" variant="secondary" disabled={index === 0}>
                          <span aria-hidden="true">↑</span>
                          <span className="sr-only">{t("questions.moveUpNamed", { label })}</span>
                        </Button>
                        <Button type="submit" name="intent" value="down" size="sm" variant="secondary" disabled={index === current.length - 1}>
                          <span aria-hidden="true">↓</span>
                          <span className="sr-only">{t("questions.moveDownNamed", { label })}</span>
                        </Button>
                        <Button type="submit" name="intent" value="archive" size="sm" variant="ghost">
                          <span aria-hidden="true">{t("questions.archive")}</span>
                          <span className="sr-only">{t("questions.archiveNamed", { label })}</span>
                        </Button>
                      </form>
                    </Td>
                  </Tr>
                );
              })}
            </TBody>
          </Table>
        )}
      </section>

      <Card as="section" aria-labelledby="add-title" className="mt-10">
        <h2 id="add-title" className="mb-4 text-xl font-semibold">
          {t("questions.addTitle")}
        </h2>
        <QuestionForm
          mode="create"
          action={createQuestionAction.bind(null, id, categoryId)}
          initial={{}}
          defaultLanguage={t(`languages.${requiredLabelLocale(programme.defaultLocale)}`)}
        />
      </Card>

      {archived.length > 0 ? (
        <section aria-labelledby="archived-title" className="mt-10">
          <h2 id="archived-title" className="mb-2 text-xl font-semibold">
            {t("questions.archivedTitle")}
          </h2>
          <p className="mb-4 text-ink-muted">{t("questions.archivedIntro")}</p>
          <Table caption={t("questions.archivedCaption", { name: category.name })} captionHidden>
            <THead>
              <Tr>
                <Th>{t("questions.col.label")}</Th>
                <Th>{t("questions.col.type")}</Th>
                <Th>{t("questions.col.answers")}</Th>
              </Tr>
            </THead>
            <TBody>
              {archived.map((q) => (
                <Tr key={q.id}>
                  <Th scope="row">{labelIn(q.label, locale)}</Th>
                  <Td>{t(`questions.type.${q.type}` as never)}</Td>
                  <Td>{q.answerCount}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </section>
      ) : null}
    </>
  );
}
