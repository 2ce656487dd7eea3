import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import type { JuryNominationView } from "@/lib/jury/load-jury-nomination";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import type { JuryFormAction } from "./form-state";

/** A declared conflict: the juror sees no more than this, and may withdraw their own declaration while that is allowed. */
export async function ConflictNotice({
  conflict,
  date,
  withdrawAction,
}: {
  conflict: NonNullable<JuryNominationView["conflict"]>;
  date: string;
  withdrawAction: JuryFormAction;
}) {
  const t = await getTranslations("jury.conflict");
  const reason = t(`reasons.${conflict.reason}`);
  return (
    <Card as="section" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="mb-2 text-xl font-semibold">
        {t("declaredTitle")}
      </h2>
      <p className="max-w-prose">{conflict.declaredByMe ? t("declaredByYou", { reason, date }) : t("declaredForYou", { reason, date })}</p>
      {conflict.note ? <p className="mt-2 max-w-prose whitespace-pre-line text-ink-muted">{t("yourNote", { note: conflict.note })}</p> : null}
      <p className="mt-2 max-w-prose">{t("declaredEffect")}</p>
      <div className="mt-4">
        {conflict.declaredByMe && conflict.withdrawClosed === null ? (
          <ActionButtonForm action={withdrawAction} label={t("withdraw")} pendingLabel={t("working")} variant="secondary" description={t("withdrawHint")} />
        ) : !conflict.declaredByMe ? (
          <p className="text-sm text-ink-muted">{t("askOrganisers")}</p>
        ) : null}
      </div>
    </Card>
  );
}
