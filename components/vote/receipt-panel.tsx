"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

/** After a vote: the receipt code, large, with what it is for. It takes focus so everyone hears it. */
/** One code per chosen finalist when several votes per category are allowed. */
export function ReceiptPanel({ slug, receiptCodes, categoryName, changed }: { slug: string; receiptCodes: string[]; categoryName: string; changed: boolean }) {
  const t = useTranslations("vote.ballot");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="status" aria-labelledby="receipt-title" className="flex flex-col gap-3 rounded-md border-s-4 border-success bg-success-soft p-6 focus:outline-2 focus:outline-success">
      <h2 id="receipt-title" className="text-2xl font-bold">
        <span aria-hidden="true">✓ </span>
        {changed ? t("changedTitle", { category: categoryName }) : t("castTitle", { category: categoryName })}
      </h2>
      <p>{t("receiptLabel", { count: receiptCodes.length })}</p>
      <ul className="flex flex-col gap-1">
        {receiptCodes.map((code) => (
          <li key={code} className="font-mono text-3xl font-bold tracking-widest">
            {code}
          </li>
        ))}
      </ul>
      <p>{t("receiptExplain")}</p>
      <p className="flex flex-wrap gap-4">
        <Link href={`/programmes/${slug}/vote`} className="font-semibold text-brand underline">
          {t("backToCategories")}
        </Link>
        <Link href={`/programmes/${slug}/vote/receipt`} className="text-brand underline">
          {t("checkReceipt")}
        </Link>
      </p>
    </div>
  );
}
