import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/actions/set-locale";
import { CurrentPathInput } from "@/components/layout/current-path-input";
import { cx } from "@/components/ui/cx";
import { languageOptions } from "@/lib/i18n/language-options";

/**
 * One button per language, each named in its own language and marked with its
 * `lang`. A plain form post, so it works without JavaScript; the form is
 * named "Language" / "Sprache" for assistive technology.
 */
export async function LanguageSwitcher({ className }: { className?: string }) {
  const [t, current, languages] = await Promise.all([getTranslations("common"), getLocale(), languageOptions()]);
  return (
    <form action={setLocale} aria-label={t("language")} className={cx("flex flex-wrap items-center gap-1", className)}>
      {/* The form's aria-label already says this to assistive technology. */}
      <span aria-hidden="true" className="me-1 text-sm text-ink-muted">
        {t("language")}
      </span>
      <CurrentPathInput />
      {languages.map(({ locale, name }) => {
        const selected = locale === current;
        return (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-current={selected ? "true" : undefined}
            className={cx(
              "min-h-9 rounded-md px-2.5 text-sm",
              selected ? "bg-brand-soft font-bold text-brand underline decoration-2" : "text-ink hover:bg-neutral-soft",
            )}
          >
            {name}
          </button>
        );
      })}
    </form>
  );
}
