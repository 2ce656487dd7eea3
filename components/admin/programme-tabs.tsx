import Link from "next/link";
import { getTranslations } from "next-intl/server";

export type ProgrammeTab = "overview" | "details" | "timeline" | "categories" | "submissions" | "team" | "audit";

const TABS: { key: ProgrammeTab; path: string }[] = [
  { key: "overview", path: "" },
  { key: "details", path: "/edit" },
  { key: "timeline", path: "/timeline" },
  { key: "categories", path: "/categories" },
  { key: "submissions", path: "/submissions" },
  { key: "team", path: "/team" },
  { key: "audit", path: "/audit" },
];

/** The organiser's sections of one programme; the current one is marked for screen readers too. */
export async function ProgrammeTabs({ programmeId, current }: { programmeId: string; current: ProgrammeTab }) {
  const t = await getTranslations("programmeAdmin.tabs");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {TABS.map(({ key, path }) => {
          const active = key === current;
          return (
            <li key={key}>
              <Link
                href={`/admin/programmes/${programmeId}${path}`}
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
