import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type ProgrammeTab =
  | "overview"
  | "details"
  | "timeline"
  | "categories"
  | "submissions"
  | "jurySettings"
  | "conflicts"
  | "shortlist"
  | "vote"
  | "results"
  | "team"
  | "audit";

// In the order of the programme's work. The shortlist lives in the jury area,
// where the jury chair works on it too.
const TABS: { key: ProgrammeTab; href: (programmeId: string) => string }[] = [
  { key: "overview", href: (id) => `/admin/programmes/${id}` },
  { key: "details", href: (id) => `/admin/programmes/${id}/edit` },
  { key: "timeline", href: (id) => `/admin/programmes/${id}/timeline` },
  { key: "categories", href: (id) => `/admin/programmes/${id}/categories` },
  { key: "submissions", href: (id) => `/admin/programmes/${id}/submissions` },
  { key: "jurySettings", href: (id) => `/admin/programmes/${id}/jury-settings` },
  { key: "conflicts", href: (id) => `/admin/programmes/${id}/conflicts` },
  { key: "shortlist", href: (id) => `/jury/programmes/${id}/shortlist` },
  { key: "vote", href: (id) => `/admin/programmes/${id}/vote` },
  { key: "results", href: (id) => `/admin/programmes/${id}/results` },
  { key: "team", href: (id) => `/admin/programmes/${id}/team` },
  { key: "audit", href: (id) => `/admin/programmes/${id}/audit` },
];

/** The organiser's sections of one programme; the current one is marked for screen readers too. */
export async function ProgrammeTabs({ programmeId, current }: { programmeId: string; current: ProgrammeTab }) {
  const t = await getTranslations("programmeAdmin.tabs");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {TABS.map(({ key, href }) => {
          const active = key === current;
          return (
            <li key={key}>
              <Link
                href={href(programmeId)}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${
                  active ? "border-current text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"
                }`}
              >
                {t(key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
