import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui";
import { formatDateTime } from "@/lib/i18n/format";
import type { SubmissionDetail } from "@/lib/moderation/get-submission";
import { FactList } from "./fact-list";

/** What was submitted about the nominee and by whom. Contact details only for those allowed to see them. */
export async function SubmissionSummary({ s, detailHref }: { s: SubmissionDetail; detailHref: (id: string) => string }) {
  const [t, locale] = await Promise.all([getTranslations("moderation"), getLocale()]);
  const zone = { locale, timeZone: s.programme.timeZone };
  const language = new Intl.DisplayNames([locale], { type: "language" }).of(s.locale) ?? s.locale;
  const isGroup = s.nomineeKind === "group";
  return (
    <FactList
      items={[
        [t("fact.kind"), t(`kind.${s.kind}`)],
        [t("fact.nomineeKind"), t(`nomineeKind.${s.nomineeKind}`)],
        [t("fact.category"), s.category.name],
        [isGroup ? t("fact.groupName") : t("fact.nomineeName"), isGroup ? s.groupName : s.nomineeName],
        [t("fact.groupSize"), isGroup && s.groupSize != null ? String(s.groupSize) : null],
        [t("fact.memberAges"), isGroup && s.groupMemberAges.length ? s.groupMemberAges.join(", ") : null],
        [isGroup ? t("fact.contactName") : "", isGroup ? s.nomineeName : null],
        [t("fact.nomineeEmail"), s.personal?.nomineeEmail],
        [t("fact.birthDate"), s.personal?.nomineeBirthDate],
        [t("fact.district"), s.nomineeDistrict],
        [t("fact.nominatorName"), s.kind === "nomination" ? s.nominatorName : null],
        [t("fact.nominatorEmail"), s.kind === "nomination" ? s.personal?.nominatorEmail : null],
        [t("fact.language"), language],
        [t("fact.submittedAt"), s.submittedAt ? formatDateTime(s.submittedAt, zone) : null],
        [
          t("fact.flags"),
          s.flags.length ? (
            <ul className="flex flex-wrap gap-1">
              {s.flags.map((flag) => (
                <li key={flag}>
                  <StatusBadge tone={flag === "possible_duplicate" || flag === "declined" ? "warning" : "neutral"}>{t(`flag.${flag}`)}</StatusBadge>
                </li>
              ))}
            </ul>
          ) : null,
        ],
        [t("fact.rejectionReason"), s.rejectionReason ? <span className="whitespace-pre-line">{s.rejectionReason}</span> : null],
        [
          s.status === "merged" ? t("fact.mergedInto") : t("fact.duplicateOf"),
          s.duplicateOf ? (
            <Link href={detailHref(s.duplicateOf.id)} className="text-brand underline hover:no-underline">
              {s.duplicateOf.title}
            </Link>
          ) : null,
        ],
        [t("fact.anonymisedAt"), s.anonymisedAt ? formatDateTime(s.anonymisedAt, zone) : null],
      ]}
    />
  );
}
