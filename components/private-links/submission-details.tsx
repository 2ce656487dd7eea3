import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import type { SubmissionQuestion, SubmissionView } from "@/lib/nominations/load-submission-by-token";
import { inLocale } from "@/components/private-links/in-locale";

function answerText(q: SubmissionQuestion, value: string | string[], locale: string, yes: string): string {
  const labelOf = (v: string) => {
    const option = q.options.find((o) => o.value === v);
    return option ? inLocale(option.label, locale) : v;
  };
  if (q.type === "consent") return value ? yes : "";
  return Array.isArray(value) ? value.map(labelOf).join(", ") : labelOf(value);
}

function Facts({ items }: { items: [ReactNode, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[minmax(8rem,auto)_1fr]">
      {items.map(([label, value], i) => (
        <div key={i} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Everything the submitter sent, as text (never as HTML: it is what people
 * typed). The photo and files come through the link's own attachment route,
 * which checks the token again.
 */
export async function SubmissionDetails({ view, token }: { view: SubmissionView; token: string }) {
  const [t, locale] = await Promise.all([getTranslations("privateLink.details"), getLocale()]);
  const none = <span className="text-ink-muted">{t("notGiven")}</span>;
  const or = (v: string | number | null | undefined) => (v === "" || v == null ? none : v);
  const fileUrl = (id: string) => `/api/submissions/${encodeURIComponent(token)}/attachments/${encodeURIComponent(id)}`;

  const nominee: [ReactNode, ReactNode][] = view.group
    ? [
        [t("groupName"), or(view.group.name)],
        [t("groupSize"), or(view.group.size)],
        ...(view.group.memberAges.length ? [[t("memberAges"), view.group.memberAges.join(", ")] as [ReactNode, ReactNode]] : []),
        [t("contactName"), or(view.nominee.name)],
        [t("email"), or(view.nominee.email)],
        [t("district"), or(view.nominee.district)],
      ]
    : [
        [t("name"), or(view.nominee.name)],
        [t("email"), or(view.nominee.email)],
        [t("birthDate"), view.birthDateFromNominee ? <span className="text-ink-muted">{t("birthDateFromNominee")}</span> : or(view.nominee.birthDate)],
        [t("district"), or(view.nominee.district)],
      ];

  const answered = view.questions.filter((q) => q.type !== "file");
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="details-nominee">
        <h3 id="details-nominee" className="mb-3 text-lg font-bold">
          {t(`nominee.${view.kind}`)}
        </h3>
        <Facts items={nominee} />
      </section>

      {view.nominator ? (
        <section aria-labelledby="details-nominator">
          <h3 id="details-nominator" className="mb-3 text-lg font-bold">
            {t("nominator")}
          </h3>
          <Facts items={[[t("name"), or(view.nominator.name)], [t("email"), or(view.nominator.email)]]} />
        </section>
      ) : null}

      <section aria-labelledby="details-story">
        <h3 id="details-story" className="mb-3 text-lg font-bold">
          {t(`story.${view.kind}`)}
        </h3>
        <p className="max-w-prose whitespace-pre-line break-words">{view.story || none}</p>
      </section>

      {answered.length ? (
        <section aria-labelledby="details-answers">
          <h3 id="details-answers" className="mb-3 text-lg font-bold">
            {t("answers")}
          </h3>
          <Facts
            items={answered.map((q) => [
              inLocale(q.label, locale),
              <span key={q.id} className="whitespace-pre-line">
                {or(answerText(q, view.answers[q.id] ?? "", locale, t("yes")))}
              </span>,
            ])}
          />
        </section>
      ) : null}

      <section aria-labelledby="details-photo">
        <h3 id="details-photo" className="mb-3 text-lg font-bold">
          {t("photo")}
        </h3>
        {view.photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by a permission-checked route, not next/image
          <img src={fileUrl(view.photo.id)} alt={t("photoAlt")} width={view.photo.width ?? undefined} height={view.photo.height ?? undefined} className="h-auto max-h-64 w-auto max-w-full rounded-md border border-line" />
        ) : (
          <p className="text-ink-muted">{t("noPhoto")}</p>
        )}
        {view.documents.length ? (
          <ul className="mt-4 flex flex-col gap-2">
            {view.documents.map((d, i) => {
              const q = view.questions.find((x) => x.id === d.questionId);
              return (
                <li key={d.id}>
                  <a href={fileUrl(d.id)} className="text-brand underline" target="_blank" rel="noopener noreferrer">
                    {q ? inLocale(q.label, locale) : t("document", { n: i + 1 })} ({d.mimeType === "application/pdf" ? "PDF" : t("image")})
                  </a>
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>

      {view.appearance ? (
        <section aria-labelledby="details-appearance">
          <h3 id="details-appearance" className="mb-3 text-lg font-bold">
            {t("appearance")}
          </h3>
          <Facts
            items={[
              [t("displayName"), view.appearance.displayName === "chosen_name" ? `${t(`displayNameOption.chosen_name`)}: ${view.appearance.chosenName}` : t(`displayNameOption.${view.appearance.displayName}`)],
              [t("showPhoto"), view.appearance.showPhoto ? t("yes") : t("no")],
              [t("showDistrict"), view.appearance.showDistrict ? t("yes") : t("no")],
              ...(view.guardianEmail ? [[t("guardianEmail"), view.guardianEmail] as [ReactNode, ReactNode]] : []),
            ]}
          />
        </section>
      ) : null}
    </div>
  );
}
