"use client";
import type { useTranslations } from "next-intl";
import type { VoteAnswer } from "@/components/vote/vote-api";

type T = ReturnType<typeof useTranslations<"vote">>;

/** What to tell the person about a refused request: the server's own words, else ours for the reason, else a generic line. */
export function answerMessage(t: T, answer: VoteAnswer): string {
  if (answer.message) return answer.message;
  if (answer.reason === "network") return t("common.network");
  return t("common.failed");
}
