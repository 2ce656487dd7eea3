import { getTranslations } from "next-intl/server";
import type { NominationLink } from "@/lib/jury/load-jury-nomination";
import { FlushLink } from "./autosave-boundary";
import { displayTitle } from "./display-title";

/** Previous and next nomination of the category; they wait for the form's last save. */
export async function NominationNav({ previous, next, hrefOf }: { previous: NominationLink | null; next: NominationLink | null; hrefOf: (id: string) => string }) {
  const t = await getTranslations("jury");
  if (!previous && !next) return null;
  const link = "inline-flex min-h-11 items-center text-brand underline hover:no-underline";
  return (
    <nav aria-label={t("nav.label")} className="flex flex-wrap justify-between gap-4 border-t border-line pt-6">
      {previous ? (
        <FlushLink href={hrefOf(previous.id)} className={link}>
          <span aria-hidden="true">←&nbsp;</span>
          {t("nav.previous", { title: displayTitle(t, previous) })}
        </FlushLink>
      ) : (
        <span />
      )}
      {next ? (
        <FlushLink href={hrefOf(next.id)} className={link}>
          {t("nav.next", { title: displayTitle(t, next) })}
          <span aria-hidden="true">&nbsp;→</span>
        </FlushLink>
      ) : null}
    </nav>
  );
}
