import { getLocale, getTranslations } from "next-intl/server";
import type { JuryNominationDetails } from "@/lib/jury/load-jury-details";
import { inLocale } from "./localised";

/**
 * What the form's settings let the jury read: the stories (merged
 * nominations' too), answers to jury and public questions, the photo unless
 * the programme is blind, and files. Files come from /api/attachments/[id],
 * which checks the viewer on every request.
 */
export async function NominationDetails({ details, title, kind }: { details: JuryNominationDetails; title: string; kind: "nomination" | "application" }) {
  const [t, locale] = await Promise.all([getTranslations("jury.details"), getLocale()]);
  const h2 = "mb-3 text-xl font-semibold";
  return (
    <div className="flex flex-col gap-8">
      {details.photoId || details.groupSize ? (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          {details.photoId ? (
            // A permission-checked response, not a static asset: next/image would cache it outside that check.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={`/api/attachments/${details.photoId}`} alt={t("photoAlt", { title })} className="h-auto max-h-72 w-auto max-w-full rounded-md border border-line" />
          ) : null}
          {details.nomineeKind === "group" && details.groupSize ? <p>{t("groupSize", { count: details.groupSize })}</p> : null}
        </div>
      ) : null}

      <section aria-labelledby="stories-title">
        <h2 id="stories-title" className={h2}>
          {details.stories.length > 1 ? t("storiesTitle", { count: details.stories.length }) : t(kind === "application" ? "applicationTitle" : "storyTitle")}
        </h2>
        <div className="flex flex-col gap-6">
          {details.stories.map((s, i) => (
            <article key={i} className="max-w-prose">
              {details.stories.length > 1 || s.authorName ? (
                <h3 className="mb-1 font-semibold">
                  {s.authorName ? t("storyBy", { number: i + 1, name: s.authorName }) : t("storyNumber", { number: i + 1 })}
                </h3>
              ) : null}
              <p className="whitespace-pre-line">{s.story}</p>
            </article>
          ))}
        </div>
      </section>

      {details.answers.length > 0 ? (
        <section aria-labelledby="answers-title">
          <h2 id="answers-title" className={h2}>
            {t("answersTitle")}
          </h2>
          <dl className="flex max-w-prose flex-col gap-4">
            {details.answers.map((a) => (
              <div key={a.questionId}>
                <dt className="font-semibold">{inLocale(a.label, locale) || t("untitled")}</dt>
                <dd className="whitespace-pre-line">{"text" in a.value ? a.value.text : a.value.options.map((o) => inLocale(o, locale)).join(", ")}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}

      {details.files.length > 0 ? (
        <section aria-labelledby="files-title">
          <h2 id="files-title" className={h2}>
            {t("filesTitle")}
          </h2>
          <ul className="list-disc ps-6">
            {details.files.map((f, i) => (
              <li key={f.id}>
                <a href={`/api/attachments/${f.id}`} className="text-brand underline hover:no-underline">
                  {t(f.kind === "photo" ? "openPhoto" : "openFile", { label: inLocale(f.label, locale) || t("untitled"), number: i + 1 })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
