import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export type Tone = "neutral" | "info" | "success" | "warning" | "danger" | "brand";

const TONES: Record<Tone, string> = {
  neutral: "bg-neutral-soft text-neutral border-neutral",
  info: "bg-info-soft text-info border-info",
  success: "bg-success-soft text-success border-success",
  warning: "bg-warning-soft text-warning border-warning",
  danger: "bg-danger-soft text-danger border-danger",
  brand: "bg-brand-soft text-brand border-brand",
};

/** A short status in words; the colour only repeats what the text says. */
export function StatusBadge({ tone = "neutral", children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <span className={cx("inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap", TONES[tone], className)}>
      {children}
    </span>
  );
}
