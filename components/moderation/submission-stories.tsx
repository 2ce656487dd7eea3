import { getTranslations } from "next-intl/server";
import type { SubmissionDetail } from "@/lib/moderation/get-submission";

/** The nomination's own story and, under it, the story of every nomination merged into it. */
export async function SubmissionStories({ s }: { s: SubmissionDetail }) {
  const t = await getTranslations("moderation.stories");
  return (
    <div className="flex flex-col gap-6">
      {s.story ? <p className="max-w-prose whitespace-pre-line">{s.story}</p> : <p className="text-ink-muted">{t("none")}</p>}
      {s.mergedStories.map((story) => (
        <figure key={story.nominationId} className="max-w-prose border-s-4 border-brand ps-4">
          <figcaption className="mb-2 font-semibold">
            {story.authorName ? t("mergedBy", { name: story.authorName }) : t("mergedApplication")}
          </figcaption>
          <blockquote className="whitespace-pre-line">{story.story}</blockquote>
        </figure>
      ))}
    </div>
  );
}
