import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isSupportedLocale, negotiateLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

// The locale lives in a cookie (set by the language switcher), falling back to
// the browser's Accept-Language. URLs stay the same in every language.
export default getRequestConfig(async ({ locale: explicit }) => {
  let locale = isSupportedLocale(explicit) ? explicit : undefined;
  if (!locale) {
    const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
    locale = isSupportedLocale(fromCookie) ? fromCookie : negotiateLocale((await headers()).get("accept-language"));
  }
  return {
    locale: locale ?? DEFAULT_LOCALE,
    messages: await loadMessages(locale ?? DEFAULT_LOCALE),
    timeZone: "Europe/Berlin",
  };
});
