import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LinkNotice } from "@/components/private-links/link-notice";
import { SubmissionDetails } from "@/components/private-links/submission-details";
import { SubmissionStatus } from "@/components/private-links/submission-status";
import { Button, Card, Container, PageHeader } from "@/components/ui";
import { formatDateTime } from "@/lib/i18n/format";
import { loadSubmissionByToken, type SubmissionView } from "@/lib/nominations/load-submission-by-token";
import { programmeTitle } from "@/lib/nominations/private-link-rules";
import { confirmSubmissionAction } from "./actions";
import { privatePageMetadata } from "@/lib/nominations/private-page-metadata";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ notice?: string | string[] }> };

export const generateMetadata = () => privatePageMetadata("privateLink");

const SUCCESS = ["confirmed", "saved", "savedForReview", "unchanged", "withdrawn"];
const WARNING = ["savedGuardianNotEmailed"];

/**
 * The submitter's private link. Opening it never changes anything (mail
 * scanners open every link): an unconfirmed submission shows a "Confirm"
 * button; a confirmed one shows where it stands and what can still be done.
 */
export default async function SubmissionPage({ params, searchParams }: Props) {
  const [{ token }, { notice }] = await Promise.all([params, searchParams]);
  const view = await loadSubmissionByToken({ token });
  if (!view) notFound();
  return view.status === "pending_confirmation" ? (
    <ConfirmView view={view} token={token} notice={typeof notice === "string" ? notice : undefined} />
  ) : (
    <ManageView view={view} token={token} notice={typeof notice === "string" ? notice : undefined} />
  );
}

function nomineeLabel(view: SubmissionView): string {
  return view.group?.name || view.nominee.name;
}

async function ConfirmView({ view, token, notice }: { view: SubmissionView; token: string; notice?: string }) {
  const [t, locale] = await Promise.all([getTranslations("privateLink"), getLocale()]);
  const about = { programme: programmeTitle(view.programme), category: view.category.name, nominee: nomineeLabel(view) };
  return (
    <Container size="narrow">
      <PageHeader eyebrow={about.programme} title={t("confirm.title")} description={t(`confirm.intro.${view.kind}`, about)} />
      <LinkNotice notice={notice} success={SUCCESS} namespace="privateLink" />
      <form action={confirmSubmissionAction} className="mb-6">
        <input type="hidden" name="token" value={token} />
        <Button type="submit" size="lg">
          {t("confirm.button")}
        </Button>
      </form>
      <div className="mb-10 flex flex-col gap-2">
        {view.kind === "nomination" ? <p>{t("confirm.nominee", about)}</p> : null}
        {view.expiresAt ? <p>{t("confirm.validUntil", { date: formatDateTime(view.expiresAt, { locale, timeZone: view.programme.timeZone }) })}</p> : null}
        <p className="text-ink-muted">{t("confirm.notYou")}</p>
      </div>
      <Card as="section" aria-labelledby="what-you-sent">
        <h2 id="what-you-sent" className="mb-4 text-xl font-bold">
          {t("manage.detailsTitle")}
        </h2>
        <SubmissionDetails view={view} token={token} />
      </Card>
    </Container>
  );
}

async function ManageView({ view, token, notice }: { view: SubmissionView; token: string; notice?: string }) {
  const [t, locale] = await Promise.all([getTranslations("privateLink"), getLocale()]);
  const about = { programme: programmeTitle(view.programme), category: view.category.name, nominee: nomineeLabel(view) };
  const base = `/submissions/${encodeURIComponent(token)}`;
  const gone = view.status === "erased" || view.status === "declined";
  return (
    <Container size="narrow">
      <PageHeader eyebrow={about.programme} title={t(`manage.title.${view.kind}`)} description={t("manage.forCategory", about)} />
      <LinkNotice
        notice={notice}
        success={SUCCESS}
        warning={WARNING}
        namespace="privateLink"
        values={notice === "confirmed" && view.kind === "nomination" ? { nominee: about.nominee } : undefined}
        variant={view.kind}
      />

      <Card as="section" aria-labelledby="status" className="mb-8">
        <h2 id="status" className="mb-3 text-xl font-bold">
          {t("manage.statusTitle")}
        </h2>
        <SubmissionStatus stage={view.stage} rejectionReason={view.rejectionReason} />
      </Card>

      {view.canEdit || view.canWithdraw || view.canErase ? (
        <section aria-labelledby="actions" className="mb-10">
          <h2 id="actions" className="mb-3 text-xl font-bold">
            {t("manage.actionsTitle")}
          </h2>
          {view.canEdit ? (
            <p className="mb-3">
              {view.deadline ? t("manage.editUntil", { date: formatDateTime(view.deadline, { locale, timeZone: view.programme.timeZone }) }) : t("manage.editOpen")}
            </p>
          ) : view.canWithdraw ? (
            <p className="mb-3">{t("manage.noChanges")}</p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            {view.canEdit ? <Button href={`${base}/edit`}>{t("manage.edit")}</Button> : null}
            {view.canWithdraw ? (
              <Button href={`${base}/withdraw`} variant="secondary">
                {t("manage.withdraw")}
              </Button>
            ) : null}
            {view.canErase ? (
              <Button href={`${base}/delete`} variant="secondary">
                {t("manage.erase")}
              </Button>
            ) : null}
          </div>
          {view.canErase ? <p className="mt-3 text-sm text-ink-muted">{t("manage.eraseHint")}</p> : null}
        </section>
      ) : null}

      {gone ? null : (
        <Card as="section" aria-labelledby="what-you-sent" className="mb-8">
          <h2 id="what-you-sent" className="mb-4 text-xl font-bold">
            {t("manage.detailsTitle")}
          </h2>
          <SubmissionDetails view={view} token={token} />
        </Card>
      )}
      <p className="text-sm text-ink-muted">{t("manage.keepLink")}</p>
      <p className="mt-2 text-sm text-ink-muted">{t("manage.contact", { organiser: view.programme.organiserName, contact: view.programme.organiserContact })}</p>
    </Container>
  );
}
