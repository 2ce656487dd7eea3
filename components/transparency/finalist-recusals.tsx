import { getTranslations } from "next-intl/server";
import type { TransparencyFinalist } from "@/lib/transparency/load-transparency-record";

/** Per finalist, which jurors stepped aside (by name, never why). */
export async function FinalistRecusals({ finalists, shortlistLocked }: { finalists: TransparencyFinalist[]; shortlistLocked: boolean }) {
  const t = await getTranslations("transparency.finalists");
  if (finalists.length === 0) return <p>{shortlistLocked ? t("none") : t("notYet")}</p>;
  return (
    <ul className="flex flex-col gap-3">
      {finalists.map((f, i) => (
        <li key={i} className="rounded-lg border border-line bg-surface p-4">
          <p className="font-semibold">{f.publicName}</p>
          <p className="mt-1 text-sm">
            {f.recusedJurors.length === 0
              ? t("noRecusals")
              : t("recused", { count: f.recusedJurors.length, jurors: f.recusedJurors.map((name) => name ?? t("unnamed")).join(", ") })}
          </p>
        </li>
      ))}
    </ul>
  );
}
