"use client";
import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { parseLocalDate } from "@/lib/eligibility/age";
import { formatDate } from "@/lib/i18n/format";
import type { PublicFormQuestion } from "@/lib/nominations/load-submission-form";
import type { FieldKit } from "@/components/submission/field-kit";
import { PHOTO_FIELD, type FormValues } from "@/components/submission/form-values";

interface Row {
  key: string;
  term: string;
  value: ReactNode;
}

function dateText(value: string, locale: string): string {
  const d = parseLocalDate(value.trim());
  return d ? formatDate(new Date(Date.UTC(d.year, d.month - 1, d.day, 12)), { locale, timeZone: "UTC" }) : value;
}

function answerText(q: PublicFormQuestion, values: FormValues, yes: string, locale: string): string {
  const raw = values.answers[q.id];
  if (raw === undefined || raw.length === 0) return "";
  const option = (v: string) => q.options.find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(raw)) return raw.map(option).join(", ");
  if (q.type === "choice") return option(raw);
  if (q.type === "consent") return raw === "yes" ? yes : "";
  if (q.type === "file") return values.files[q.id]?.name ?? "";
  if (q.type === "date") return dateText(raw, locale);
  return raw.trim();
}

/**
 * Everything entered, as it will be sent, before anything is sent. Values are
 * React text (escaped), so typed HTML shows as typed.
 */
export function ReviewList({ kit, questions, showGuardian, categoryKind }: { kit: FieldKit; questions: PublicFormQuestion[]; showGuardian: boolean; categoryKind: string }) {
  const { t, kind, values, previews } = kit;
  const locale = useLocale();
  const group = values.nomineeKind === "group";
  const variant = group ? (kind === "nomination" ? "groupNomination" : "groupApplication") : kind;
  const yes = t("review.yes");
  const photo = values.files[PHOTO_FIELD];

  const rows: Row[] = [
    ...(categoryKind === "either" ? [{ key: "kind", term: t("review.kind"), value: values.nomineeKind ? t(`field.nomineeKind.${values.nomineeKind}`) : "" }] : []),
    ...(group
      ? [
          { key: "groupName", term: t("field.groupName"), value: values.groupName },
          { key: "groupSize", term: t("field.groupSize"), value: values.groupSize },
          { key: "groupAges", term: t("field.groupMemberAges"), value: values.groupMemberAges },
        ]
      : []),
    { key: "name", term: t(`field.nomineeName.${variant}`), value: values.nomineeName },
    { key: "email", term: t(`field.nomineeEmail.${variant}`), value: values.nomineeEmail },
    ...(group ? [] : [{ key: "birthDate", term: t(`field.nomineeBirthDate.${kind}`), value: values.nomineeBirthDate ? dateText(values.nomineeBirthDate, locale) : "" }]),
    { key: "district", term: t(group ? "field.nomineeDistrict.group" : `field.nomineeDistrict.${kind}`), value: values.nomineeDistrict },
    ...(kind === "nomination"
      ? [
          { key: "nominatorName", term: t("field.nominatorName"), value: values.nominatorName },
          { key: "nominatorEmail", term: t("field.nominatorEmail"), value: values.nominatorEmail },
        ]
      : []),
    {
      key: "story",
      term: t(`field.story.${kind === "application" ? "application" : group ? "nominationGroup" : "nomination"}`),
      value: values.story ? <span className="whitespace-pre-line">{values.story}</span> : "",
    },
    ...questions.map((q) => ({ key: `q-${q.id}`, term: q.label, value: answerText(q, values, yes, locale) })),
    {
      key: "photo",
      term: t("field.photo.label"),
      value: photo ? (
        <span className="flex flex-wrap items-center gap-3">
          {previews[PHOTO_FIELD] ? (
            // A local blob: preview; next/image cannot optimise it.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={previews[PHOTO_FIELD]} alt={t("upload.previewAlt")} className="h-24 w-24 rounded object-cover" />
          ) : null}
          <span className="break-all">{photo.name}</span>
        </span>
      ) : (
        ""
      ),
    },
    ...(kind === "application"
      ? [
          { key: "displayName", term: t("field.displayName.legend"), value: values.displayName ? t(`field.displayName.${values.displayName}`) : "" },
          ...(values.displayName === "chosen_name" ? [{ key: "chosenName", term: t("field.chosenName"), value: values.chosenName }] : []),
          { key: "showPhoto", term: t("field.showPhoto"), value: t(`review.${values.showPhoto}`) },
          { key: "showDistrict", term: t("field.showDistrict"), value: t(`review.${values.showDistrict}`) },
        ]
      : []),
    ...(showGuardian ? [{ key: "guardian", term: t("field.guardianEmail"), value: values.guardianEmail }] : []),
  ];

  return (
    <dl className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
      {rows.map((row) => (
        <div key={row.key} className="flex flex-col gap-1 p-4 sm:grid sm:grid-cols-[minmax(0,14rem)_1fr] sm:gap-4">
          <dt className="font-semibold">{row.term}</dt>
          <dd className="break-words">{row.value === "" || row.value == null ? <span className="text-ink-muted">{t("review.notGiven")}</span> : row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
