import type { Tone } from "@/components/ui";

/** Badge colours per status; the badge text always says the status in words. */
export const STATUS_TONE: Record<string, Tone> = {
  submitted: "info",
  eligible: "success",
  rejected: "danger",
  duplicate: "neutral",
  merged: "brand",
  withdrawn: "neutral",
  declined: "warning",
  erased: "neutral",
};
