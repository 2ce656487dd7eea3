import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader, StatusBadge } from "@/components/ui";
import { formatDateTime } from "@/lib/i18n/format";
import { getAnomalyReport } from "@/lib/voting/admin/get-anomaly-report";
import { loadVotePage } from "../load-vote-page";
import { VoteNav } from "../vote-nav";
import { quarantineAction, releaseAction } from "./actions";
import { ReasonForm } from "./reason-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.vote.anomalies");
  return { title: t("title"), robots: { index: false } };
}

export default async function AnomaliesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const report = await loadVotePage(id, (actor) => getAnomalyReport({ actor, programmeId: id }));
  const [t, locale] = await Promise.all([getTranslations("admin.vote.anomalies"), getLocale()]);
  const { programme } = report;
  const when = (d: Date) => formatDateTime(d, { locale, timeZone: programme.timeZone });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <VoteNav programmeId={programme.id} current="anomalies" />
      <section aria-labelledby="findings-title" className="max-w-3xl">
        <h2 id="findings-title" className="mb-4 text-xl font-semibold">
          {t("findingsTitle")}
        </h2>
        {report.findings.length === 0 ? (
          <EmptyState title={t("none")} headingLevel={3}>
            {t("noneHint")}
          </EmptyState>
        ) : (
          <ol className="flex flex-col gap-4">
            {report.findings.map((f, i) => {
              const open = f.count - f.quarantined;
              const hidden: Record<string, string> = { castFrom: f.selector.castFrom.toISOString(), castTo: f.selector.castTo.toISOString() };
              for (const key of ["networkPrefix", "emailDomain", "userAgentHash"] as const) if (f.selector[key]) hidden[key] = f.selector[key];
              return (
                <Card as="li" key={`${f.kind}-${f.key}-${f.windowStart.toISOString()}`} aria-labelledby={`finding-${i}`}>
                  <h3 id={`finding-${i}`} className="mb-2 text-lg font-semibold">
                    {t(`kind.${f.kind}`, { key: f.key })}
                  </h3>
                  <p className="mb-2 flex flex-wrap gap-2">
                    {f.ongoing ? <StatusBadge tone="warning">{t("ongoing")}</StatusBadge> : null}
                    {f.quarantined > 0 ? <StatusBadge tone="neutral">{t("quarantinedBadge", { count: f.quarantined })}</StatusBadge> : null}
                  </p>
                  <p className="mb-4">
                    {t("summary", { count: f.count, total: f.windowTotal, share: percent.format(f.share), from: when(f.windowStart), to: when(f.windowEnd) })}
                  </p>
                  {report.canChange && open > 0 ? (
                    <ReasonForm
                      action={quarantineAction.bind(null, programme.id)}
                      hidden={hidden}
                      id={`quarantine-reason-${i}`}
                      label={t("quarantineReason", { count: open })}
                      submit={t("quarantine", { count: open })}
                      pendingLabel={t("quarantining")}
                      variant="danger"
                    />
                  ) : null}
                </Card>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby="quarantines-title" className="mt-10 max-w-3xl">
        <h2 id="quarantines-title" className="mb-4 text-xl font-semibold">
          {t("quarantinesTitle")}
        </h2>
        {report.quarantines.length === 0 ? (
          <p className="text-ink-muted">{t("noQuarantines")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {report.quarantines.map((q, i) => (
              <Card as="li" key={q.quarantinedAt.toISOString()} aria-labelledby={`quarantine-${i}`}>
                <h3 id={`quarantine-${i}`} className="mb-2 font-semibold">
                  {t("quarantineEntry", { count: q.count, when: when(q.quarantinedAt) })}
                </h3>
                <p className="mb-4">
                  {t("reasonGiven")} <q>{q.reason}</q>
                </p>
                {report.canChange ? (
                  <ReasonForm
                    action={releaseAction.bind(null, programme.id)}
                    hidden={{ quarantinedAt: q.quarantinedAt.toISOString() }}
                    id={`release-reason-${i}`}
                    label={t("releaseReason")}
                    submit={t("release", { count: q.count })}
                    pendingLabel={t("releasing")}
                    variant="secondary"
                  />
                ) : null}
              </Card>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
