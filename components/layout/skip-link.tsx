import { useTranslations } from "next-intl";

/** The first thing a keyboard user reaches: jumps past the navigation to #main. */
export function SkipLink({ targetId = "main" }: { targetId?: string }) {
  const t = useTranslations("common");
  return (
    <a
      href={`#${targetId}`}
      className="sr-only rounded-md bg-surface px-4 py-2 font-semibold text-brand focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-50"
    >
      {t("skipToContent")}
    </a>
  );
}
