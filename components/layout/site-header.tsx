import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { Container } from "@/components/ui/container";

/** The public header: the Laurel name, main navigation and the language switcher. */
export async function SiteHeader() {
  const [common, t] = await Promise.all([getTranslations("common"), getTranslations("layout")]);
  return (
    <header className="border-b border-line bg-surface">
      <Container size="wide" className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 py-4">
        <Link href="/" className="flex items-center gap-2 text-xl font-bold text-brand no-underline">
          <LaurelMark />
          {common("appName")}
        </Link>
        <nav aria-label={t("mainNavigation")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/" className="font-semibold text-ink underline-offset-4 hover:underline">
                {t("programmes")}
              </Link>
            </li>
            <li>
              <Link href="/privacy" className="font-semibold text-ink underline-offset-4 hover:underline">
                {t("privacy")}
              </Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher />
      </Container>
    </header>
  );
}

/** A small laurel sprig; decoration only. */
export function LaurelMark() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-7" fill="currentColor">
      <path d="M12 21c-.4-4.8-2.4-8.4-6-11 .6 3.9 2.6 7 6 11Zm0 0c.4-4.8 2.4-8.4 6-11-.6 3.9-2.6 7-6 11Z" />
      <ellipse cx="7" cy="6" rx="1.6" ry="3" transform="rotate(-30 7 6)" />
      <ellipse cx="17" cy="6" rx="1.6" ry="3" transform="rotate(30 17 6)" />
      <ellipse cx="4.5" cy="12" rx="1.4" ry="2.6" transform="rotate(-60 4.5 12)" />
      <ellipse cx="19.5" cy="12" rx="1.4" ry="2.6" transform="rotate(60 19.5 12)" />
    </svg>
  );
}
