/** An organiser's text ({ en, de }) in the visitor's language, falling back to English, then to any. */
export function inLocale(text: Partial<Record<string, string>> | null | undefined, locale: string): string {
  if (!text) return "";
  return text[locale] || text.en || Object.values(text).find(Boolean) || "";
}
