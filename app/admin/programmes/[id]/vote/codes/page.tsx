import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { EmptyState, PageHeader, Table, TBody, THead, Td, Th, Tr } from "@/components/ui";
import { formatDateTime } from "@/lib/i18n/format";
import { listVotingCodeBatches } from "@/lib/voting/admin/list-voting-code-batches";
import { loadVotePage } from "../load-vote-page";
import { VoteNav } from "../vote-nav";
import { createVotingCodesAction, voidVotingCodesAction } from "./actions";
import { CreateCodesForm } from "./create-codes-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.vote.codes");
  return { title: t("title"), robots: { index: false } };
}

export default async function VotingCodesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { programme, batches } = await loadVotePage(id, (actor) => listVotingCodeBatches({ actor, programmeId: id }));
  const [t, locale] = await Promise.all([getTranslations("admin.vote.codes"), getLocale()]);
  const open = programme.stage !== "closed";
  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} className="print:hidden" />
      <VoteNav programmeId={programme.id} current="codes" />
      {open ? <CreateCodesForm action={createVotingCodesAction.bind(null, programme.id)} /> : null}
      <section aria-labelledby="batches-title" className="mt-10 print:hidden">
        <h2 id="batches-title" className="mb-4 text-xl font-semibold">
          {t("batchesTitle")}
        </h2>
        {batches.length === 0 ? (
          <EmptyState title={t("noBatches")} headingLevel={3} />
        ) : (
          <Table caption={t("batchesTitle")} captionHidden>
            <THead>
              <Tr>
                <Th>{t("batch")}</Th>
                <Th>{t("created")}</Th>
                <Th>{t("total")}</Th>
                <Th>{t("used")}</Th>
                <Th>{t("voidedCol")}</Th>
                <Th>{t("unused")}</Th>
                <Th>
                  <span className="sr-only">{t("actions")}</span>
                </Th>
              </Tr>
            </THead>
            <TBody>
              {batches.map((b) => (
                <Tr key={b.batch}>
                  <Th scope="row">{b.batch}</Th>
                  <Td>{formatDateTime(b.createdAt, { locale, timeZone: programme.timeZone })}</Td>
                  <Td>{b.total}</Td>
                  <Td>{b.used}</Td>
                  <Td>{b.voided}</Td>
                  <Td>{b.unused}</Td>
                  <Td>
                    {open && b.unused > 0 ? (
                      <ActionButtonForm
                        action={voidVotingCodesAction.bind(null, programme.id, b.batch)}
                        label={t("void", { batch: b.batch })}
                        pendingLabel={t("voiding")}
                        variant="secondary"
                      />
                    ) : null}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </>
  );
}
