import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

export type Messages = Record<string, unknown>;

function merge(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === "object" && !Array.isArray(v) && b && typeof b === "object"
        ? merge(b as Messages, v as Messages)
        : v;
  }
  return out;
}

/** A locale's messages over the English ones, so a missing key never shows a raw id. */
export async function loadMessages(locale: string): Promise<Messages> {
  const base = (await import("../../messages/en.json")).default as Messages;
  if (locale === DEFAULT_LOCALE) return base;
  const own = (await import(`../../messages/${locale}.json`)).default as Messages;
  return merge(base, own);
}
