import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { Card, Notice, PageHeader } from "@/components/ui";
import { getAllowListSummary } from "@/lib/voting/admin/get-allow-list-summary";
import { loadVotePage } from "../load-vote-page";
import { VoteNav } from "../vote-nav";
import { clearAllowListAction, replaceAllowListAction } from "./actions";
import { AllowListForm } from "./allow-list-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.vote.allowList");
  return { title: t("title"), robots: { index: false } };
}

export default async function AllowListPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { programme, count } = await loadVotePage(id, (actor) => getAllowListSummary({ actor, programmeId: id }));
  const t = await getTranslations("admin.vote.allowList");
  const open = programme.stage !== "closed";
  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <VoteNav programmeId={programme.id} current="allowList" />
      <div className="flex max-w-3xl flex-col gap-6">
        {programme.settings.voteVerification !== "allow_list" ? <Notice tone="info">{t("notInUse")}</Notice> : null}
        <Card as="section" aria-labelledby="current-title">
          <h2 id="current-title" className="mb-2 text-xl font-semibold">
            {t("currentTitle")}
          </h2>
          <p className="mb-2 text-lg">{t("count", { count })}</p>
          <p className="text-ink-muted">{t("privacy")}</p>
          {open && count > 0 ? (
            <div className="mt-4">
              <ActionButtonForm action={clearAllowListAction.bind(null, programme.id)} label={t("clear")} pendingLabel={t("clearing")} variant="danger" description={t("clearHint")} />
            </div>
          ) : null}
        </Card>
        {open ? (
          <Card as="section" aria-labelledby="replace-title">
            <h2 id="replace-title" className="mb-2 text-xl font-semibold">
              {t("replaceTitle")}
            </h2>
            <p className="mb-4">{t("replaceIntro")}</p>
            <AllowListForm action={replaceAllowListAction.bind(null, programme.id)} />
          </Card>
        ) : (
          <Notice tone="info">{t("closed")}</Notice>
        )}
      </div>
    </>
  );
}
