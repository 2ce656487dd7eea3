import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { Button, EmptyState, Notice, PageHeader, Select, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import { listAuditEvents } from "@/lib/programmes/list-audit-events";
import { loadProgrammeForPage } from "../load-programme";
import { AuditData } from "./audit-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmeAdmin.audit");
  return { title: t("title") };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 200) : undefined);

export default async function ProgrammeAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const { actor, programme } = await loadProgrammeForPage(id, "audit.view");
  const action = one(query.action) || undefined;
  const actorId = one(query.actor) || undefined;
  const [log, chain, t, locale] = await Promise.all([
    listAuditEvents({ actor, programmeId: programme.id, page: Number(one(query.page) ?? 1), action, actorId }),
    verifyAuditLog(db),
    getTranslations("programmeAdmin.audit"),
    getLocale(),
  ]);
  const zone = { locale, timeZone: programme.timeZone };
  const pageHref = (page: number) =>
    `/admin/programmes/${programme.id}/audit?${new URLSearchParams({ ...(action ? { action } : {}), ...(actorId ? { actor: actorId } : {}), page: String(page) })}`;
  // Message keys cannot contain dots: "programme.created" is looked up as "programme_created".
  const actionLabel = (a: string) => {
    const key = `actions.${a.replaceAll(".", "_")}`;
    return t.has(key as never) ? t(key as never) : a;
  };

  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro", { zone: programme.timeZone })} />
      <ProgrammeTabs programmeId={programme.id} current="audit" />

      {chain.problem ? (
        <Notice tone="danger" title={t("chainBroken")} className="mb-6">
          {t("chainBrokenBody", { seq: chain.problem.seq })}
        </Notice>
      ) : (
        <Notice tone="success" title={t("chainIntact")} className="mb-6">
          {t("chainIntactBody", { entries: chain.entries })}
        </Notice>
      )}

      <form method="get" className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-end" aria-label={t("filterLabel")}>
        <Select
          name="action"
          label={t("filterAction")}
          defaultValue={action ?? ""}
          placeholder={t("all")}
          options={log.actions.map((a) => ({ value: a, label: actionLabel(a) }))}
        />
        <Select
          name="actor"
          label={t("filterActor")}
          defaultValue={actorId ?? ""}
          placeholder={t("all")}
          options={[{ value: "system", label: t("system") }, ...log.actors.map((a) => ({ value: a.id, label: a.name ? `${a.name} (${a.email})` : a.email }))]}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t("filter")}
          </Button>
        </div>
      </form>

      {log.entries.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("caption", { total: log.total })}>
          <THead>
            <Tr>
              <Th>{t("when")}</Th>
              <Th>{t("who")}</Th>
              <Th>{t("what")}</Th>
              <Th>{t("changes")}</Th>
            </Tr>
          </THead>
          <TBody>
            {log.entries.map((e) => (
              <Tr key={e.id}>
                <Td className="whitespace-nowrap">{formatDateTime(e.createdAt, zone)}</Td>
                <Td>{e.actor ? (e.actor.name ? `${e.actor.name} (${e.actor.email})` : e.actor.email) : t("system")}</Td>
                <Td>
                  <span className="font-semibold">{actionLabel(e.action)}</span>
                  <span className="block text-sm text-ink-muted">
                    {e.entityType}
                    {e.entityId ? ` ${e.entityId}` : ""} · #{e.seq}
                  </span>
                </Td>
                <Td>
                  <AuditData data={e.data} empty={t("emptyValue")} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}

      {log.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="mt-6 flex items-center gap-4">
          {log.page > 1 && (
            <Link href={pageHref(log.page - 1)} className="text-brand underline hover:no-underline">
              {t("newer")}
            </Link>
          )}
          <span>{t("pageOf", { page: log.page, pages: log.pageCount })}</span>
          {log.page < log.pageCount && (
            <Link href={pageHref(log.page + 1)} className="text-brand underline hover:no-underline">
              {t("older")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
