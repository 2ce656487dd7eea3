import { getTranslations } from "next-intl/server";
import type { SubmissionDetail } from "@/lib/moderation/get-submission";

/**
 * Photos as thumbnails, documents as links. Both come from
 * /api/attachments/[id], which checks the viewer's permission on every request.
 */
export async function SubmissionAttachments({ s }: { s: SubmissionDetail }) {
  const t = await getTranslations("moderation.attachments");
  if (s.attachments.length === 0) return <p className="text-ink-muted">{t("none")}</p>;
  return (
    <ul className="flex flex-wrap gap-6">
      {s.attachments.map((a, index) => {
        const href = `/api/attachments/${a.id}`;
        const size = Math.max(1, Math.round(a.sizeBytes / 1024));
        return (
          <li key={a.id} className="flex max-w-56 flex-col gap-2">
            {a.kind === "photo" ? (
              <a href={href} className="text-brand underline hover:no-underline">
                {/* A permission-checked response, not a static asset: next/image would cache it outside that check. */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={href} alt={t("photoAlt", { number: index + 1 })} width={a.width ?? undefined} height={a.height ?? undefined} className="h-auto max-h-48 w-auto rounded border border-line" loading="lazy" />
                <span className="mt-1 block text-sm">{t("openPhoto", { size })}</span>
              </a>
            ) : (
              <a href={href} className="text-brand underline hover:no-underline">
                {t("openDocument", { number: index + 1, size })}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
