import { StatusBadge, type Tone } from "@/components/ui";
import type { SheetState } from "@/lib/jury/jury-rules";

const TONE: Record<SheetState, Tone> = { not_started: "neutral", draft: "warning", submitted: "success", conflict: "info" };

/** Where a juror stands with a nomination, in words (the colour only repeats them). */
export function SheetStateBadge({ state, label }: { state: SheetState; label: string }) {
  return <StatusBadge tone={TONE[state]}>{label}</StatusBadge>;
}
