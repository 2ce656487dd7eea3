import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, Notice, PageHeader } from "@/components/ui";
import { getVoteSettings } from "@/lib/voting/admin/get-vote-settings";
import { updateVoteSettingsAction } from "./actions";
import { loadVotePage } from "./load-vote-page";
import { VoteNav } from "./vote-nav";
import { VoteSettingsForm } from "./vote-settings-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.vote.settings");
  return { title: t("title"), robots: { index: false } };
}

export default async function VoteSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const view = await loadVotePage(id, (actor) => getVoteSettings({ actor, programmeId: id }));
  const t = await getTranslations("admin.vote.settings");
  const { programme } = view;
  const s = programme.settings;
  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <VoteNav programmeId={programme.id} current="settings" />
      {view.locked ? (
        <Card as="section" aria-labelledby="fixed-title" className="max-w-3xl">
          <h2 id="fixed-title" className="mb-4 text-xl font-semibold">
            {t("fixedTitle")}
          </h2>
          <Notice tone="info" className="mb-4">
            {t("locked")}
          </Notice>
          <dl className="grid gap-3 sm:grid-cols-2">
            <dt className="font-semibold">{t("verification")}</dt>
            <dd>{s.voteVerification === "email" ? t("email") : t("allowList")}</dd>
            <dt className="font-semibold">{t("votesPerCategory")}</dt>
            <dd>{s.votesPerCategory}</dd>
            <dt className="font-semibold">{t("voteChangeAllowed")}</dt>
            <dd>{s.voteChangeAllowed ? t("yes") : t("no")}</dd>
            <dt className="font-semibold">{t("staffMayVote")}</dt>
            <dd>{s.staffMayVote ? t("yes") : t("no")}</dd>
          </dl>
        </Card>
      ) : (
        <VoteSettingsForm action={updateVoteSettingsAction.bind(null, programme.id)} settings={s} maxVotes={view.maxVotesPerCategory} />
      )}
    </>
  );
}
