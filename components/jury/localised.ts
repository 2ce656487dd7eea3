/** A { en, de } text in the reader's language, falling back to English, then to any. */
export function inLocale(text: Record<string, string | undefined>, locale: string): string {
  return text[locale] || text.en || Object.values(text).find(Boolean) || "";
}
