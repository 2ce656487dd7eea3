import { getTranslations } from "next-intl/server";
import { StatusBadge, type Tone } from "@/components/ui";
import type { SubmissionStage } from "@/lib/nominations/private-link-rules";

const TONE: Record<SubmissionStage, Tone> = {
  unconfirmed: "warning",
  waiting_for_nominee: "info",
  waiting_for_guardian: "info",
  under_review: "info",
  accepted: "success",
  not_accepted: "danger",
  duplicate: "neutral",
  merged: "neutral",
  withdrawn: "neutral",
  declined: "neutral",
  erased: "neutral",
};

/** Where a submission stands, in plain words (the badge's colour only repeats them). */
export async function SubmissionStatus({ stage, rejectionReason }: { stage: SubmissionStage; rejectionReason: string | null }) {
  const t = await getTranslations("privateLink.stage");
  return (
    <div className="flex flex-col gap-2">
      <p>
        <StatusBadge tone={TONE[stage]}>{t(`${stage}.label`)}</StatusBadge>
      </p>
      <p>{t(`${stage}.body`)}</p>
      {stage === "not_accepted" && rejectionReason ? (
        <div>
          <p className="font-semibold">{t("reason")}</p>
          <p className="max-w-prose whitespace-pre-line break-words">{rejectionReason}</p>
        </div>
      ) : null}
    </div>
  );
}
