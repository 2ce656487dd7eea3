// The languages Laurel speaks are the files in messages/: adding a language is
// adding messages/<code>.json (with meta.languageName). English is the fallback.
import { readdirSync } from "node:fs";
import path from "node:path";

export const DEFAULT_LOCALE = "en";
export const LOCALE_COOKIE = "laurel_locale";

let cached: string[] | undefined;

export function supportedLocales(): string[] {
  if (!cached) {
    const dir = path.join(process.cwd(), "messages");
    cached = readdirSync(dir)
      .filter((f) => /^[a-z]{2}(-[A-Z]{2})?\.json$/.test(f))
      .map((f) => f.replace(/\.json$/, ""))
      .sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b)));
  }
  return cached;
}

export function isSupportedLocale(value: unknown): value is string {
  return typeof value === "string" && supportedLocales().includes(value);
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined, locales = supportedLocales()): string {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const wanted = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const exact = locales.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const base = locales.find((l) => l.toLowerCase() === tag.split("-")[0]);
    if (base) return base;
  }
  return DEFAULT_LOCALE;
}
