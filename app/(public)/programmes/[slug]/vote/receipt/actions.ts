"use server";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { z } from "zod";
import type { ReceiptCheckState } from "@/components/vote/receipt-check-state";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { checkReceipt } from "@/lib/voting/receipts/check-receipt";

const ZSlug = z.string().min(1).max(200);

/** "Check" on the receipt page. Public: the domain function validates, rate-limits and answers only found / not found. */
export async function checkReceiptAction(slug: string, _previous: ReceiptCheckState, formData: FormData): Promise<ReceiptCheckState> {
  const t = await getTranslations("vote.receipt");
  const values = { categoryId: String(formData.get("categoryId") ?? ""), receiptCode: String(formData.get("receiptCode") ?? "") };
  const attempt = Date.now();
  const parsedSlug = ZSlug.safeParse(slug);
  if (!parsedSlug.success) return { values, attempt, message: t("unavailable") };
  try {
    const result = await checkReceipt({ slug: parsedSlug.data, input: values, ip: clientIp(await headers()) });
    if (result.ok) return { values, attempt, found: result.state };
    if (result.reason === "invalid_input") return { values, attempt, fieldErrors: { [result.field]: t(`invalid.${result.field}`) } };
    return { values, attempt, message: t(result.reason === "rate_limited" ? "rateLimited" : "unavailable") };
  } catch (error) {
    console.error("[vote] receipt check failed:", error);
    return { values, attempt, message: t("failed") };
  }
}
