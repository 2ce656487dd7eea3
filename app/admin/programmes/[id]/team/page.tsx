import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { Card, EmptyState, PageHeader, StatusBadge, Table, TBody, Td, Th, THead, Tr } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { languageOptions } from "@/lib/i18n/language-options";
import { requireStaff } from "@/lib/permissions/require-staff";
import { listTeam, type Team, type TeamMember } from "@/lib/team/list-team";
import { InviteForm } from "./invite-form";
import { ChangeJurorForm, RemoveMemberButton, ResendInvitationButton, RevokeInvitationButton } from "./row-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teamAdmin");
  return { title: t("title") };
}

const person = (m: TeamMember) => m.name ?? m.email;

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaff("team.manage", { programmeId: id });
  let team: Team;
  try {
    team = await listTeam({ actor, programmeId: id });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const [t, locale, languages] = await Promise.all([getTranslations("teamAdmin"), getLocale(), languageOptions()]);
  const { programme, categories } = team;
  const organisers = team.members.filter((m) => m.role === "organiser");
  const jurors = team.members.filter((m) => m.role === "juror");
  const when = (date: Date) => formatDateTime(date, { locale, timeZone: programme.timeZone });
  const roleName = (role: string) => (role === "organiser" ? t("roles.organiser") : t("roles.juror"));

  return (
    <>
      <PageHeader eyebrow={`${programme.name} ${programme.edition}`} title={t("title")} description={t("intro")} />
      <ProgrammeTabs programmeId={programme.id} current="team" />

      <section className="mb-10">
        <h2 id="organisers-title" className="mb-3 text-xl font-semibold">
          {t("organisers.title")}
        </h2>
        <Table caption={t("organisers.title")} captionHidden>
          <THead>
            <Tr>
              <Th>{t("columns.name")}</Th>
              <Th>{t("columns.email")}</Th>
              <Th>{t("columns.actions")}</Th>
            </Tr>
          </THead>
          <TBody>
            {organisers.map((m) => (
              <Tr key={m.membershipId}>
                <Th scope="row">{person(m)}</Th>
                <Td className="break-all">{m.email}</Td>
                <Td>
                  <RemoveMemberButton programmeId={programme.id} membershipId={m.membershipId} person={person(m)} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
        <p className="mt-2 text-sm text-ink-muted">{t("organisers.lastHint")}</p>
      </section>

      <section className="mb-10">
        <h2 id="jurors-title" className="mb-3 text-xl font-semibold">
          {t("jurors.title")}
        </h2>
        {jurors.length === 0 ? (
          <EmptyState headingLevel={3} title={t("jurors.empty")} />
        ) : (
          <Table caption={t("jurors.title")} captionHidden>
            <THead>
              <Tr>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.email")}</Th>
                <Th>{t("columns.category")}</Th>
                <Th>{t("columns.roles")}</Th>
                <Th>{t("columns.actions")}</Th>
              </Tr>
            </THead>
            <TBody>
              {jurors.map((m) => (
                <Tr key={m.membershipId}>
                  <Th scope="row">{person(m)}</Th>
                  <Td className="break-all">{m.email}</Td>
                  <Td>{m.categoryName ?? t("allCategories")}</Td>
                  <Td>
                    <span className="flex flex-wrap gap-1">
                      {m.isChair && <StatusBadge tone="info">{t("chair")}</StatusBadge>}
                      {m.isPreviousWinner && <StatusBadge tone="brand">{t("previousWinner")}</StatusBadge>}
                      {!m.isChair && !m.isPreviousWinner && <span className="text-ink-muted">{t("none")}</span>}
                    </span>
                  </Td>
                  <Td>
                    <div className="flex flex-col items-start gap-3">
                    <ChangeJurorForm
                      programmeId={programme.id}
                      categories={categories}
                      juror={{ membershipId: m.membershipId, person: person(m), categoryId: m.categoryId, isChair: m.isChair, isPreviousWinner: m.isPreviousWinner }}
                    />
                    <RemoveMemberButton programmeId={programme.id} membershipId={m.membershipId} person={person(m)} />
                    </div>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>

      <section className="mb-10">
        <h2 id="invitations-title" className="mb-3 text-xl font-semibold">
          {t("invitations.title")}
        </h2>
        {team.invitations.length === 0 ? (
          <EmptyState headingLevel={3} title={t("invitations.empty")} />
        ) : (
          <Table caption={t("invitations.title")} captionHidden>
            <THead>
              <Tr>
                <Th>{t("columns.email")}</Th>
                <Th>{t("columns.role")}</Th>
                <Th>{t("columns.category")}</Th>
                <Th>{t("columns.validUntil")}</Th>
                <Th>{t("columns.actions")}</Th>
              </Tr>
            </THead>
            <TBody>
              {team.invitations.map((i) => (
                <Tr key={i.id}>
                  <Th scope="row" className="break-all">
                    {i.email}
                  </Th>
                  <Td>
                    {roleName(i.role)}
                    {i.isChair && <span className="block text-sm text-ink-muted">{t("chair")}</span>}
                    {i.isPreviousWinner && <span className="block text-sm text-ink-muted">{t("previousWinner")}</span>}
                  </Td>
                  <Td>{i.role === "juror" ? (i.categoryName ?? t("allCategories")) : "—"}</Td>
                  <Td>{i.expired ? <StatusBadge tone="warning">{t("invitations.expired")}</StatusBadge> : when(i.expiresAt)}</Td>
                  <Td>
                    <div className="flex flex-col items-start gap-2">
                      <ResendInvitationButton programmeId={programme.id} invitationId={i.id} email={i.email} />
                      <RevokeInvitationButton programmeId={programme.id} invitationId={i.id} email={i.email} />
                    </div>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>

      <Card as="section" aria-labelledby="invite-title">
        <h2 id="invite-title" className="mb-1 text-xl font-semibold">
          {t("invite.title")}
        </h2>
        <p className="mb-4 text-ink-muted">{t("invite.intro")}</p>
        <InviteForm
          programmeId={programme.id}
          categories={categories}
          defaultLocale={programme.defaultLocale}
          languages={languages.map((l) => ({ value: l.locale, label: l.name }))}
        />
      </Card>
    </>
  );
}
