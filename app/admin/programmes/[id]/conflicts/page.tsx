import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { Card, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { requireStaff } from "@/lib/permissions/require-staff";
import { listProgrammeConflicts, type ConflictsOverview } from "@/lib/transparency/list-programme-conflicts";
import { recordConflictAction, withdrawConflictAction } from "./actions";
import { RecordConflictForm } from "./record-conflict-form";
import { WithdrawConflictButton } from "./withdraw-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conflictsAdmin");
  return { title: t("title"), robots: { index: false } };
}

export default async function ConflictsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaff("jury.manage", { programmeId: id });
  let view: ConflictsOverview;
  try {
    view = await listProgrammeConflicts({ actor, programmeId: id });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const [t, locale] = await Promise.all([getTranslations("conflictsAdmin"), getLocale()]);
  const { programme, conflicts } = view;
  const when = (date: Date) => formatDateTime(date, { locale, timeZone: programme.timeZone });
  const withdraw = withdrawConflictAction.bind(null, programme.id);

  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <ProgrammeTabs programmeId={programme.id} current="conflicts" />

      <section aria-labelledby="declarations-title" className="mb-10">
        <h2 id="declarations-title" className="mb-3 text-xl font-semibold">
          {t("list.title", { count: conflicts.length })}
        </h2>
        {conflicts.length === 0 ? (
          <EmptyState headingLevel={3} title={t("list.empty")}>
            {t("list.emptyHint")}
          </EmptyState>
        ) : (
          <Table caption={t("list.caption")} captionHidden>
            <THead>
              <Tr>
                <Th>{t("columns.juror")}</Th>
                <Th>{t("columns.nomination")}</Th>
                <Th>{t("columns.reason")}</Th>
                <Th>{t("columns.declared")}</Th>
                <Th>{t("columns.actions")}</Th>
              </Tr>
            </THead>
            <TBody>
              {conflicts.map((c) => (
                <Tr key={c.id}>
                  <Th scope="row">{c.jurorName}</Th>
                  <Td>
                    {c.nominationTitle ?? <span className="text-ink-muted">{t("list.erased")}</span>}
                    <span className="block text-sm text-ink-muted">{c.categoryName}</span>
                  </Td>
                  <Td>
                    {t(`reasons.${c.reason}`)}
                    {c.note ? <span className="mt-1 block text-sm break-words whitespace-pre-line">{c.note}</span> : null}
                  </Td>
                  <Td>
                    {c.declaredBySelf ? t("list.bySelf") : t("list.byOther", { person: c.declaredByName ?? t("list.unknownPerson") })}
                    <span className="block text-sm text-ink-muted">{when(c.createdAt)}</span>
                  </Td>
                  <Td>
                    <WithdrawConflictButton action={withdraw} conflictId={c.id} context={t("list.withdrawContext", { juror: c.jurorName, nomination: c.nominationTitle ?? t("list.erased") })} />
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>

      <Card as="section" aria-labelledby="record-title">
        <h2 id="record-title" className="mb-1 text-xl font-semibold">
          {t("record.title")}
        </h2>
        <p className="mb-4 text-ink-muted">{t("record.intro")}</p>
        {view.jurors.length === 0 || view.nominations.length === 0 ? (
          <p>{view.jurors.length === 0 ? t("record.noJurors") : t("record.noNominations")}</p>
        ) : (
          <RecordConflictForm action={recordConflictAction.bind(null, programme.id)} jurors={view.jurors} nominations={view.nominations} />
        )}
      </Card>
    </>
  );
}
