import { useTranslations } from "next-intl";
import { StatusBadge, type Tone } from "@/components/ui/status-badge";
import type { Phase } from "@/lib/validation/statuses";

const TONE: Record<Phase, Tone> = {
  draft: "neutral",
  nominations_open: "success",
  moderation: "neutral",
  jury_review: "neutral",
  public_vote: "info",
  results_review: "neutral",
  results_published: "brand",
  archived: "neutral",
};

/** A programme's phase in words (messages namespace "phase"). */
export function PhaseBadge({ phase }: { phase: Phase }) {
  const t = useTranslations("phase");
  return <StatusBadge tone={TONE[phase]}>{t(phase)}</StatusBadge>;
}
