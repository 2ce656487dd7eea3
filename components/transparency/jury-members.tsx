import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui";
import type { TransparencyJuror } from "@/lib/transparency/load-transparency-record";

/** The jury, by name only: chair and previous winner marked, and what each judged. */
export async function JuryMembers({ jurors }: { jurors: TransparencyJuror[] }) {
  const t = await getTranslations("transparency.jury");
  if (jurors.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-surface">
      {jurors.map((j, i) => (
        <li key={i} className="flex flex-col gap-1 p-4">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-semibold">{j.name ?? t("unnamed")}</span>
            {j.serves.some((s) => s.isChair) ? <StatusBadge tone="info">{t("chair")}</StatusBadge> : null}
            {j.isPreviousWinner ? <StatusBadge tone="brand">{t("previousWinner")}</StatusBadge> : null}
          </p>
          <p className="text-sm text-ink-muted">
            {j.serves.some((s) => s.categoryName === null)
              ? t("judgedAll")
              : t("judged", { categories: j.serves.map((s) => (s.isChair ? t("chairOf", { category: s.categoryName! }) : s.categoryName!)).join(", ") })}
          </p>
        </li>
      ))}
    </ul>
  );
}
