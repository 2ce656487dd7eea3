import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export interface TimelineItem {
  key: string;
  label: ReactNode;
  /** Already formatted in the programme's time zone, e.g. "1 October – 15 December 2026". */
  dates?: ReactNode;
  state: "past" | "current" | "upcoming";
}

export interface TimelineProps {
  items: TimelineItem[];
  /** The word shown on the current step, e.g. "Now" — it is what marks it, not the colour. */
  currentLabel: string;
  /** Read before each past step, e.g. "Done:"; shown only to screen readers. */
  pastLabel?: string;
  /** Names the list, e.g. "Timeline". */
  label: string;
  className?: string;
}

/** The phases of a programme in order; the current one says so in words and with aria-current. */
export function Timeline({ items, currentLabel, pastLabel, label, className }: TimelineProps) {
  return (
    <ol aria-label={label} className={cx("relative flex flex-col gap-0", className)}>
      {items.map((item, i) => {
        const current = item.state === "current";
        return (
          <li key={item.key} aria-current={current ? "step" : undefined} className="relative flex gap-4 pb-6 last:pb-0">
            {i < items.length - 1 ? (
              <span aria-hidden="true" className="absolute start-[0.6875rem] top-7 bottom-0 w-0.5 bg-line-strong" />
            ) : null}
            <span
              aria-hidden="true"
              className={cx(
                "relative mt-1 flex size-6 shrink-0 items-center justify-center rounded-full border-2",
                item.state === "past" && "border-brand bg-brand text-white",
                current && "border-brand bg-surface ring-4 ring-brand-soft",
                item.state === "upcoming" && "border-line-strong bg-surface",
              )}
            >
              {item.state === "past" ? "✓" : current ? <span className="size-2.5 rounded-full bg-brand" /> : null}
            </span>
            <div className={cx("flex flex-col", current && "font-semibold")}>
              <span className="flex flex-wrap items-center gap-2">
                {item.state === "past" && pastLabel ? <span className="sr-only">{pastLabel} </span> : null}
                <span>{item.label}</span>
                {current ? (
                  <span className="rounded-full bg-brand px-2 py-0.5 text-xs font-bold tracking-wide text-white uppercase">
                    {currentLabel}
                  </span>
                ) : null}
              </span>
              {item.dates ? <span className="text-sm font-normal text-ink-muted">{item.dates}</span> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
