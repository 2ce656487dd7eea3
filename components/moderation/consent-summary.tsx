import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import type { SubmissionDetail } from "@/lib/moderation/get-submission";
import { FactList } from "./fact-list";

/** The nominee's own decision, a guardian's confirmation, and how they chose to appear in public. */
export async function ConsentSummary({ s }: { s: SubmissionDetail }) {
  const [t, locale] = await Promise.all([getTranslations("moderation"), getLocale()]);
  const c = s.consent;
  const yesNo = (value: boolean) => (value ? t("yes") : t("no"));
  // The nominee's choices mean something only once they agreed; before that they are defaults.
  const chosen = c.state === "accepted";
  return (
    <FactList
      items={[
        [t("consentFact.state"), t(`consent.${c.state}`)],
        [t("consentFact.decidedAt"), c.decidedAt ? formatDateTime(c.decidedAt, { locale, timeZone: s.programme.timeZone }) : null],
        [t("consentFact.guardian"), t(`guardian.${c.guardian}`)],
        [t("consentFact.guardianEmail"), c.guardian !== "not_needed" ? s.personal?.guardianEmail : null],
        [t("consentFact.displayName"), chosen ? t(`displayName.${c.displayName}`) : null],
        [t("consentFact.chosenName"), chosen && c.displayName === "chosen_name" ? c.chosenName : null],
        [t("consentFact.showPhoto"), chosen ? yesNo(c.showPhoto) : null],
        [t("consentFact.showDistrict"), chosen ? yesNo(c.showDistrict) : null],
      ]}
    />
  );
}
