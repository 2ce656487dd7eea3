"use client";
import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/select";

/** Where the voter lives, asked when some category is limited to districts. */
export function AreaSelect({ id, areas, value, onChange, error }: { id: string; areas: string[]; value: string; onChange: (value: string) => void; error?: string }) {
  const t = useTranslations("vote.verify");
  if (!areas.length) return null;
  return (
    <Select
      id={id}
      name="district"
      label={t("district")}
      hint={t("districtHint")}
      optionalText={t("optional")}
      placeholder={t("districtNone")}
      options={areas.map((a) => ({ value: a, label: a }))}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
