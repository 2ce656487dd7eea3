import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui";
import type { CategoryProgress } from "@/lib/shortlist/jury-progress";

/** Shown while jurors are still scoring: the ranking may change, locking is still allowed. */
export async function JuryProgressNotice({ progress, deadline }: { progress: CategoryProgress; deadline: string | null }) {
  const t = await getTranslations("shortlist.progress");
  return (
    <Notice tone="warning" title={t("title")} className="mb-6">
      <p>{t("body", { submitted: progress.submitted, expected: progress.expected })}</p>
      {deadline ? <p className="mt-1">{t("deadline", { date: deadline })}</p> : null}
      <details className="mt-2">
        <summary className="cursor-pointer text-brand underline">{t("details")}</summary>
        <ul className="mt-2 list-disc ps-6">
          {progress.jurors.map((j) => (
            <li key={j.id}>{t("juror", { name: j.name || t("unnamed"), submitted: j.submitted, expected: j.expected })}</li>
          ))}
        </ul>
      </details>
    </Notice>
  );
}
