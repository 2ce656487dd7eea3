import "server-only";
import { supportedLocales } from "@/lib/i18n/locales";

export interface LanguageOption {
  locale: string;
  /** The language's name in itself ("Deutsch"), from its messages file's meta.languageName. */
  name: string;
}

/** Every language Laurel speaks: one per messages file, so adding a file adds a language. */
export async function languageOptions(): Promise<LanguageOption[]> {
  return Promise.all(
    supportedLocales().map(async (locale) => {
      // Read the file itself, not merged with English, so a missing name shows the code, not "English".
      const messages = (await import(`../../messages/${locale}.json`)).default as { meta?: { languageName?: string } };
      return { locale, name: messages.meta?.languageName ?? locale };
    }),
  );
}
