import { formattingLocale } from "@/lib/i18n/format";

/** A criterion's part of the weighted score as a percentage ("40%" in English, "40 %" in German), at most one decimal. */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(formattingLocale(locale), { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** A weight as people wrote it: "2", "1.5" / "1,5". */
export function formatWeight(weight: number, locale: string): string {
  return new Intl.NumberFormat(formattingLocale(locale), { maximumFractionDigits: 2 }).format(weight);
}
