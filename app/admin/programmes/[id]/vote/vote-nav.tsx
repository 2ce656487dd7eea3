import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProgrammeTabs } from "@/components/admin/programme-tabs";

export type VoteSection = "settings" | "codes" | "allowList" | "participation" | "anomalies" | "results";

const SECTIONS: { key: VoteSection; path: string }[] = [
  { key: "settings", path: "" },
  { key: "codes", path: "/codes" },
  { key: "allowList", path: "/allow-list" },
  { key: "participation", path: "/participation" },
  { key: "anomalies", path: "/anomalies" },
  { key: "results", path: "/results" },
];

/** The sections of the organiser's public vote pages, with the way back to the programme. */
export async function VoteNav({ programmeId, current }: { programmeId: string; current: VoteSection }) {
  const t = await getTranslations("admin.vote.nav");
  return (
    <>
    <div className="print:hidden">
      <ProgrammeTabs programmeId={programmeId} current="vote" />
    </div>
    <nav aria-label={t("label")} className="mb-6 border-b border-line print:hidden">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {SECTIONS.map(({ key, path }) => (
          <li key={key}>
            <Link
              href={`/admin/programmes/${programmeId}/vote${path}`}
              aria-current={key === current ? "page" : undefined}
              className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${key === current ? "border-current text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
    </>
  );
}
