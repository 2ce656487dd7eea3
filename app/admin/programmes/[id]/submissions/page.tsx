import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { BulkForm } from "@/components/moderation/bulk-form";
import { SelectAll } from "@/components/moderation/select-all";
import { Button, EmptyState, PageHeader, Select, StatusBadge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { listSubmissions } from "@/lib/moderation/list-submissions";
import { parseQueueFilters, QUEUE_STATUSES, queueQuery, SUBMISSION_FLAGS } from "@/lib/moderation/queue-filters";
import { requireStaff } from "@/lib/permissions/require-staff";
import { bulkModerateAction } from "./actions";
import { STATUS_TONE } from "./status-tone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.queue");
  return { title: t("title"), robots: { index: false } };
}

export default async function SubmissionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await requireStaff("nomination.moderate", { programmeId: id });
  const filters = parseQueueFilters(await searchParams);
  const queue = await listSubmissions({ actor, programmeId: id, filters }).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, m, locale] = await Promise.all([getTranslations("moderation.queue"), getTranslations("moderation"), getLocale()]);
  const zone = { locale, timeZone: queue.programme.timeZone };
  const base = `/admin/programmes/${id}/submissions`;
  const filtered = Boolean(filters.category || filters.status || filters.flag);
  const allCount = Object.values(queue.counts).reduce((a, b) => a + b, 0);

  return (
    <>
      <PageHeader eyebrow={`${queue.programme.name} ${queue.programme.edition}`} title={t("title")} description={t("intro")} />
      <ProgrammeTabs programmeId={id} current="submissions" />

      <nav aria-label={t("countsLabel")} className="mb-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              href={`${base}${queueQuery({ category: filters.category })}`}
              aria-current={!filters.status ? "page" : undefined}
              className="inline-flex min-h-9 items-center rounded-full border border-line px-3 text-sm underline-offset-2 hover:underline aria-[current=page]:border-brand aria-[current=page]:font-semibold"
            >
              {t("allStatuses", { count: allCount })}
            </Link>
          </li>
          {QUEUE_STATUSES.map((status) => (
            <li key={status}>
              <Link
                href={`${base}${queueQuery({ category: filters.category, status })}`}
                aria-current={filters.status === status ? "page" : undefined}
                className="inline-flex min-h-9 items-center rounded-full border border-line px-3 text-sm underline-offset-2 hover:underline aria-[current=page]:border-brand aria-[current=page]:font-semibold"
              >
                {t("statusCount", { status: m(`status.${status}`), count: queue.counts[status] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" action={base} aria-label={t("filterLabel")} className="mb-6 flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        <Select
          name="category"
          id="filter-category"
          label={t("filterCategory")}
          placeholder={t("all")}
          defaultValue={filters.category ?? ""}
          options={queue.categories.map((c) => ({ value: c.id, label: c.name }))}
        />
        <Select
          name="status"
          id="filter-status"
          label={t("filterStatus")}
          placeholder={t("all")}
          defaultValue={filters.status ?? ""}
          options={QUEUE_STATUSES.map((s) => ({ value: s, label: m(`status.${s}`) }))}
        />
        <Select
          name="flag"
          id="filter-flag"
          label={t("filterFlag")}
          placeholder={t("any")}
          defaultValue={filters.flag ?? ""}
          options={SUBMISSION_FLAGS.map((f) => ({ value: f, label: m(`flag.${f}`) }))}
        />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
          {filtered ? (
            <Link href={base} className="text-brand underline hover:no-underline">
              {t("clearFilters")}
            </Link>
          ) : null}
        </div>
      </form>

      {queue.total === 0 ? (
        filtered ? (
          <EmptyState title={t("emptyFiltered")} action={<Button href={base} variant="secondary">{t("clearFilters")}</Button>}>
            {t("emptyFilteredHint")}
          </EmptyState>
        ) : (
          <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
        )
      ) : (
        <BulkForm action={bulkModerateAction.bind(null, id)}>
          <Table caption={t("caption", { total: queue.total, page: queue.page, pages: queue.pageCount })}>
            <THead>
              <Tr>
                <Th>
                  <SelectAll />
                </Th>
                <Th>{t("col.nominee")}</Th>
                <Th>{t("col.category")}</Th>
                <Th>{t("col.kind")}</Th>
                <Th>{t("col.submitted")}</Th>
                <Th>{t("col.status")}</Th>
                <Th>{t("col.consent")}</Th>
                <Th>{t("col.flags")}</Th>
              </Tr>
            </THead>
            <TBody>
              {queue.rows.map((row) => (
                <Tr key={row.id}>
                  <Td>
                    <input type="checkbox" name="ids" value={row.id} aria-label={t("select", { name: row.title })} className="size-6 accent-brand" />
                  </Td>
                  <Th scope="row">
                    <Link href={`${base}/${row.id}`} className="text-brand underline hover:no-underline">
                      {row.title}
                    </Link>
                    {row.nomineeKind === "group" ? <span className="block text-sm font-normal text-ink-muted">{m("nomineeKind.group")}</span> : null}
                  </Th>
                  <Td>{row.categoryName}</Td>
                  <Td>{m(`kind.${row.kind}`)}</Td>
                  <Td className="whitespace-nowrap">{row.submittedAt ? formatDate(row.submittedAt, zone) : "—"}</Td>
                  <Td>
                    <StatusBadge tone={STATUS_TONE[row.status]}>{m(`status.${row.status}`)}</StatusBadge>
                  </Td>
                  <Td>
                    {m(`consent.${row.consent}`)}
                    {row.guardian !== "not_needed" ? <span className="block text-sm text-ink-muted">{m(`guardian.${row.guardian}`)}</span> : null}
                  </Td>
                  <Td>
                    {row.flags.length === 0 ? (
                      <span className="text-ink-muted">{t("noFlags")}</span>
                    ) : (
                      <ul className="flex flex-wrap gap-1">
                        {row.flags.map((flag) => (
                          <li key={flag}>
                            <StatusBadge tone={flag === "possible_duplicate" || flag === "declined" ? "warning" : "neutral"}>{m(`flag.${flag}`)}</StatusBadge>
                          </li>
                        ))}
                      </ul>
                    )}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        </BulkForm>
      )}

      {queue.pageCount > 1 ? (
        <nav aria-label={t("pagination")} className="mt-6 flex flex-wrap items-center gap-4">
          {queue.page > 1 ? (
            <Link href={`${base}${queueQuery({ ...filters, page: queue.page - 1 })}`} className="text-brand underline hover:no-underline">
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("pageOf", { page: queue.page, pages: queue.pageCount })}</span>
          {queue.page < queue.pageCount ? (
            <Link href={`${base}${queueQuery({ ...filters, page: queue.page + 1 })}`} className="text-brand underline hover:no-underline">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
