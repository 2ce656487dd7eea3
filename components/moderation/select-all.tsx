"use client";
import { useTranslations } from "next-intl";

/** Ticks or clears every submission's box on this page (the boxes work one by one without JavaScript too). */
export function SelectAll() {
  const t = useTranslations("moderation.bulk");
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      className="size-6 accent-brand"
      onChange={(event) => {
        const form = event.currentTarget.form;
        form?.querySelectorAll<HTMLInputElement>('input[name="ids"]').forEach((box) => {
          box.checked = event.currentTarget.checked;
        });
      }}
    />
  );
}
