import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState, PageHeader, StatusBadge, Table, TBody, Td, Th, THead, Tr, type Tone } from "@/components/ui";
import { listOutboxEmails } from "@/lib/mail/list-outbox";
import { requireStaff } from "@/lib/permissions/require-staff";
import { ZEmailStatus } from "@/lib/validation/statuses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("outbox");
  return { title: t("title"), robots: { index: false } };
}

const STATUS_TONE: Record<string, Tone> = { sent: "success", failed: "danger", outbox: "info", queued: "neutral" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaff("outbox.view");
  const raw = (await searchParams).page;
  const requested = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  const { items, page, pageCount, total } = await listOutboxEmails({ actor, page: requested });
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const statusLabel = (s: string) => (ZEmailStatus.safeParse(s).success ? t(`status.${s}` as never) : s);

  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      {total === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <>
          <Table caption={t("caption", { page, pageCount })} captionHidden>
            <THead>
              <Tr>
                <Th>{t("columns.created")}</Th>
                <Th>{t("columns.to")}</Th>
                <Th>{t("columns.subject")}</Th>
                <Th>{t("columns.kind")}</Th>
                <Th>{t("columns.status")}</Th>
              </Tr>
            </THead>
            <TBody>
              {items.map((email) => (
                <Tr key={email.id}>
                  <Td className="whitespace-nowrap">{format.dateTime(email.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                  <Td className="break-all">{email.toAddress}</Td>
                  <Td>
                    <Link href={`/admin/outbox/${email.id}`} className="text-brand underline hover:no-underline">
                      {email.subject}
                    </Link>
                  </Td>
                  <Td>
                    <code>{email.kind}</code>
                  </Td>
                  <Td>
                    <StatusBadge tone={STATUS_TONE[email.status] ?? "neutral"}>{statusLabel(email.status)}</StatusBadge>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4">
            {page > 1 && (
              <Link href={`/admin/outbox?page=${page - 1}`} className="text-brand underline hover:no-underline">
                {t("previous")}
              </Link>
            )}
            <p>{t("pageOf", { page, pageCount })}</p>
            {page < pageCount && (
              <Link href={`/admin/outbox?page=${page + 1}`} className="text-brand underline hover:no-underline">
                {t("next")}
              </Link>
            )}
          </nav>
        </>
      )}
    </>
  );
}
