import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { ConsentSummary } from "@/components/moderation/consent-summary";
import { CorrectionForm } from "@/components/moderation/correction-form";
import { EraseForm } from "@/components/moderation/erase-form";
import { LinkForm } from "@/components/moderation/link-form";
import { RejectForm } from "@/components/moderation/reject-form";
import { SubmissionAnswers } from "@/components/moderation/submission-answers";
import { SubmissionAttachments } from "@/components/moderation/submission-attachments";
import { SubmissionHistory } from "@/components/moderation/submission-history";
import { SubmissionStories } from "@/components/moderation/submission-stories";
import { SubmissionSummary } from "@/components/moderation/submission-summary";
import { Alert, Card, Notice, PageHeader, StatusBadge } from "@/components/ui";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { getSubmission } from "@/lib/moderation/get-submission";
import { requireStaff } from "@/lib/permissions/require-staff";
import { SUBMISSION_LIMITS } from "@/lib/validation/submission";
import { detailPath, queuePath } from "../action-helpers";
import { STATUS_TONE } from "../status-tone";
import { acceptAction, correctAction, duplicateAction, eraseAction, mergeAction, rejectAction, reopenAction, unmergeAction } from "./actions";

type Params = Promise<{ id: string; nominationId: string }>;

const NOTICES = new Set(["accepted", "reopened", "unmerged", "rejected", "duplicate", "merged", "erased"]);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.detail");
  return { title: t("title"), robots: { index: false } };
}

export default async function SubmissionPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id, nominationId } = await params;
  const actor = await requireStaff("nomination.moderate", { programmeId: id });
  const s = await getSubmission({ actor, programmeId: id, nominationId }).catch((error) => {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  });
  const [t, m, locale] = await Promise.all([getTranslations("moderation.detail"), getTranslations("moderation"), getLocale()]);
  const notice = (await searchParams).notice;
  const href = (other: string) => detailPath(id, other);
  const bind = <A extends unknown[], R>(fn: (programmeId: string, nominationId: string, ...rest: A) => R) => fn.bind(null, id, nominationId);
  const open = s.status === "submitted" || s.status === "eligible";
  const candidates = s.linkCandidates.map((c) => ({
    value: c.id,
    label: t("candidate", { name: c.title, status: m(`status.${c.status}` as never), date: c.submittedAt ? formatDate(c.submittedAt, { locale, timeZone: s.programme.timeZone }) : "—" }),
  }));
  const mergeCandidates = candidates.filter((c) => s.linkCandidates.find((l) => l.id === c.value)?.status !== "rejected");
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(s.locale) ?? s.locale;
  const section = "mt-10";
  const h2 = "mb-4 text-xl font-semibold";

  return (
    <>
      <PageHeader
        eyebrow={`${s.programme.name} · ${s.category.name}`}
        title={s.title}
        actions={<StatusBadge tone={STATUS_TONE[s.status]}>{m(`status.${s.status}`)}</StatusBadge>}
      />
      <ProgrammeTabs programmeId={id} current="submissions" />
      <p className="mb-6">
        <Link href={queuePath(id)} className="text-brand underline hover:no-underline">
          {t("back")}
        </Link>
      </p>
      {typeof notice === "string" && NOTICES.has(notice) ? (
        <Alert tone="success" className="mb-6">
          {t(`notice.${notice}` as never)}
        </Alert>
      ) : null}
      {s.anonymisedAt ? (
        <Notice tone="info" className="mb-6">
          {t("anonymised")}
        </Notice>
      ) : null}

      <Card as="section" aria-labelledby="facts-title">
        <h2 id="facts-title" className={h2}>
          {t("factsTitle")}
        </h2>
        <SubmissionSummary s={s} detailHref={href} />
      </Card>

      <section aria-labelledby="story-title" className={section}>
        <h2 id="story-title" className={h2}>
          {s.mergedStories.length ? t("storiesTitle", { count: s.mergedStories.length + 1 }) : t("storyTitle")}
        </h2>
        <SubmissionStories s={s} />
      </section>

      <section aria-labelledby="answers-title" className={section}>
        <h2 id="answers-title" className={h2}>
          {t("answersTitle")}
        </h2>
        <SubmissionAnswers s={s} />
      </section>

      <section aria-labelledby="attachments-title" className={section}>
        <h2 id="attachments-title" className={h2}>
          {t("attachmentsTitle")}
        </h2>
        <SubmissionAttachments s={s} />
      </section>

      <section aria-labelledby="consent-title" className={section}>
        <h2 id="consent-title" className={h2}>
          {t("consentTitle")}
        </h2>
        <ConsentSummary s={s} />
      </section>

      {s.dependants.length ? (
        <section aria-labelledby="dependants-title" className={section}>
          <h2 id="dependants-title" className={h2}>
            {t("dependantsTitle")}
          </h2>
          <ul className="list-disc ps-6">
            {s.dependants.map((d) => (
              <li key={d.id}>
                <Link href={href(d.id)} className="text-brand underline hover:no-underline">
                  {d.title}
                </Link>{" "}
                ({m(`status.${d.status}` as never)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Card as="section" aria-labelledby="decide-title" className={section}>
        <h2 id="decide-title" className={h2}>
          {t("decideTitle")}
        </h2>
        <div className="flex flex-col gap-8">
          {s.status === "submitted" ? (
            <ActionButtonForm action={bind(acceptAction)} label={t("accept")} pendingLabel={t("working")} description={t("acceptHint")} />
          ) : null}
          {s.status === "eligible" ? (
            <ActionButtonForm action={bind(reopenAction)} label={t("undoAccept")} pendingLabel={t("working")} variant="secondary" />
          ) : null}
          {s.status === "rejected" || s.status === "duplicate" ? (
            <ActionButtonForm action={bind(reopenAction)} label={t(s.status === "rejected" ? "undoReject" : "undoDuplicate")} pendingLabel={t("working")} variant="secondary" />
          ) : null}
          {s.status === "merged" ? (
            <ActionButtonForm action={bind(unmergeAction)} label={t("unmerge")} pendingLabel={t("working")} variant="secondary" description={t("unmergeHint")} />
          ) : null}
          {open ? (
            <>
              <div>
                <h3 className="mb-2 text-lg font-semibold">{m("reject.title")}</h3>
                <RejectForm action={bind(rejectAction)} submitterLanguage={language} />
              </div>
              {candidates.length ? (
                <>
                  <div>
                    <h3 className="mb-2 text-lg font-semibold">{t("mergeTitle")}</h3>
                    <LinkForm
                      action={bind(mergeAction)}
                      id="merge-target"
                      title={t("mergeTitle")}
                      label={t("mergeLabel")}
                      hint={t("mergeHint")}
                      placeholder={t("choose")}
                      submit={t("mergeSubmit")}
                      pendingLabel={t("working")}
                      options={mergeCandidates}
                    />
                  </div>
                  <div>
                    <h3 className="mb-2 text-lg font-semibold">{t("duplicateTitle")}</h3>
                    <LinkForm
                      action={bind(duplicateAction)}
                      id="duplicate-target"
                      title={t("duplicateTitle")}
                      label={t("duplicateLabel")}
                      hint={t("duplicateHint")}
                      placeholder={t("choose")}
                      submit={t("duplicateSubmit")}
                      pendingLabel={t("working")}
                      options={candidates}
                    />
                  </div>
                </>
              ) : (
                <p className="text-ink-muted">{t("noCandidates")}</p>
              )}
            </>
          ) : null}
          {["withdrawn", "declined", "erased"].includes(s.status) ? <p>{t(`final.${s.status}` as never)}</p> : null}
        </div>
      </Card>

      {!s.anonymisedAt ? (
        <section aria-labelledby="correct-title" className={section}>
          <h2 id="correct-title" className={h2}>
            {m("correct.title")}
          </h2>
          <p className="mb-4 max-w-prose text-ink-muted">{m("correct.hint")}</p>
          <CorrectionForm
            action={bind(correctAction)}
            isGroup={s.nomineeKind === "group"}
            initial={{ nomineeName: s.nomineeName, groupName: s.groupName ?? "", nomineeDistrict: s.nomineeDistrict ?? "", story: s.story }}
            answers={s.answers
              .filter((a) => a.correctable)
              .map((a) => ({
                questionId: a.questionId,
                label: a.label[locale] || a.label.en || t("untitledQuestion"),
                long: a.type === "long_text",
                maxLength: a.maxLength ?? (a.type === "long_text" ? SUBMISSION_LIMITS.longAnswer : SUBMISSION_LIMITS.shortAnswer),
                required: a.required,
                value: typeof a.value === "string" ? a.value : "",
              }))}
          />
        </section>
      ) : null}

      <section aria-labelledby="history-title" className={section}>
        <h2 id="history-title" className={h2}>
          {t("historyTitle")}
        </h2>
        <SubmissionHistory s={s} />
      </section>

      {s.status !== "erased" && !(s.status === "declined" && s.anonymisedAt) ? (
        <Card as="section" aria-labelledby="erase-title" className={section}>
          <h2 id="erase-title" className={h2}>
            {m("erase.title")}
          </h2>
          <p className="mb-4 max-w-prose text-ink-muted">{m("erase.hint")}</p>
          <EraseForm action={bind(eraseAction)} />
        </Card>
      ) : null}
    </>
  );
}
