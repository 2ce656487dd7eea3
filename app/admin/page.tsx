import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutEverywhereButton } from "@/app/sign-out/sign-out-buttons";
import { Button, Card, EmptyState, PageHeader, StatusBadge } from "@/components/ui";
import { can } from "@/lib/permissions/can";
import { listOrganiserProgrammes } from "@/lib/permissions/list-organiser-programmes";
import { applyScheduledTransitions } from "@/lib/programmes/apply-scheduled-transitions";
import { requireStaff } from "@/lib/permissions/require-staff";
import { ZPhase } from "@/lib/validation/statuses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminHome");
  return { title: t("title") };
}

export default async function AdminHomePage() {
  const actor = await requireStaff("area.admin");
  // Phases whose time has come change before they are shown (scheduled transitions happen on read).
  await applyScheduledTransitions("all");
  const programmes = await listOrganiserProgrammes({ actor });
  const t = await getTranslations("adminHome");
  const phase = await getTranslations("phase");
  const programmeAdmin = await getTranslations("programmeAdmin");
  const phaseLabel = (value: string) => (ZPhase.safeParse(value).success ? phase(value as never) : value);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={actor.isAdmin ? t("introAdmin") : t("intro")}
        actions={can(actor, "programme.create") ? <Button href="/admin/programmes/new">{programmeAdmin("newProgramme")}</Button> : undefined}
      />
      {programmes.length === 0 ? (
        <EmptyState title={actor.isAdmin ? t("emptyAdmin") : t("empty")} />
      ) : (
        <ul className="flex flex-col gap-3">
          {programmes.map((p) => (
            <Card as="li" key={p.id} className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p className="text-lg font-semibold">
                  <Link href={`/admin/programmes/${p.id}`} className="text-brand underline hover:no-underline">
                    {p.name} {p.edition}
                  </Link>
                </p>
                <p className="text-sm text-ink-muted">{t("editionCity", { edition: p.edition, city: p.city })}</p>
              </div>
              <p>
                <span className="sr-only">{t("phase")}: </span>
                <StatusBadge tone={p.phase === "draft" || p.phase === "archived" ? "neutral" : "brand"}>{phaseLabel(p.phase)}</StatusBadge>
              </p>
            </Card>
          ))}
        </ul>
      )}

      {can(actor, "outbox.view") && (
        <section aria-labelledby="tools-title" className="mt-10">
          <h2 id="tools-title" className="text-xl font-semibold">
            {t("toolsTitle")}
          </h2>
          <p className="mt-2">
            <Link href="/admin/outbox" className="text-brand underline hover:no-underline">
              {t("outboxLink")}
            </Link>
          </p>
        </section>
      )}

      <section aria-labelledby="account-title" className="mt-10">
        <h2 id="account-title" className="mb-3 text-xl font-semibold">
          {t("accountTitle")}
        </h2>
        <SignOutEverywhereButton />
      </section>
    </>
  );
}
