import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isSupportedLocale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import type { MailTranslator } from "@/lib/mail/templates/render-email";

/** A translator for the "mail" namespace from given messages (pure; used by tests). */
export function mailTranslatorFrom(locale: string, messages: Messages): MailTranslator {
  const t = createTranslator({ locale, messages, namespace: "mail" });
  return (key, values) => (t as unknown as MailTranslator)(key, values);
}

/** Emails go out in the recipient's language, which is not the request's: load it explicitly. */
export async function mailTranslator(locale: string): Promise<{ t: MailTranslator; locale: string }> {
  const chosen = isSupportedLocale(locale) ? locale : DEFAULT_LOCALE;
  return { t: mailTranslatorFrom(chosen, await loadMessages(chosen)), locale: chosen };
}
