// Locale-aware formatting for money, dates and ranges. Pure: every function
// takes the locale and the programme's IANA time zone explicitly, so a page
// shows a Nuremberg deadline in Nuremberg time wherever the visitor is.

/**
 * The locale Intl formats with. Laurel's "en" is European English: day before
 * month ("15 December 2026") and zone names like "CET" rather than "GMT+1".
 */
export function formattingLocale(locale: string): string {
  return locale === "en" ? "en-GB" : locale;
}

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ps", "ur", "ckb", "dv", "yi"]);

/** "rtl" for right-to-left scripts, so adding e.g. messages/ar.json just works. */
export function textDirection(locale: string): "ltr" | "rtl" {
  return RTL_LANGUAGES.has(locale.split("-")[0].toLowerCase()) ? "rtl" : "ltr";
}

export interface Money {
  /** Integer amount in the currency's minor unit (cents for EUR). */
  amountMinor: number;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
}

/** "€2,000" (en) / "2.000 €" (de); cents only when there are any ("€2,000.50"). */
export function formatMoney({ amountMinor, currency }: Money, locale: string): string {
  const format = new Intl.NumberFormat(formattingLocale(locale), {
    style: "currency",
    currency,
    trailingZeroDisplay: "stripIfInteger",
  });
  // JPY has no minor unit, EUR has two, a few currencies have three.
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountMinor / 10 ** digits);
}

export interface DateFormatOptions {
  locale: string;
  timeZone: string;
}

/** "15 December 2026" (en) / "15. Dezember 2026" (de), as the date falls in `timeZone`. */
export function formatDate(date: Date, { locale, timeZone }: DateFormatOptions): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: "long", timeZone }).format(date);
}

/**
 * "15 December 2026 at 23:59 CET" (en) / "15. Dezember 2026 um 23:59 MEZ" (de).
 * The zone name is always shown: visitors may be elsewhere than the programme.
 */
export function formatDateTime(date: Date, { locale, timeZone }: DateFormatOptions): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone,
  }).format(date);
}

/**
 * "1 October – 15 December 2026". Intl leaves out what both ends share and
 * separates them with thin spaces around an en dash. Returns null when neither
 * end is known; callers word open ends themselves ("from …", "until …").
 */
export function formatDateRange(
  start: Date | null,
  end: Date | null,
  { locale, timeZone }: DateFormatOptions,
): { kind: "range" | "from" | "until"; text: string } | null {
  const format = new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: "long", timeZone });
  if (start && end) return { kind: "range", text: format.formatRange(start, end) };
  if (start) return { kind: "from", text: format.format(start) };
  if (end) return { kind: "until", text: format.format(end) };
  return null;
}
