import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export interface CardProps {
  /** "article" for a self-contained item (a programme in a list), "li" inside a list. */
  as?: "div" | "article" | "section" | "li";
  className?: string;
  children: ReactNode;
  "aria-labelledby"?: string;
}

/** A white panel with a quiet border. */
export function Card({ as: Tag = "div", className, children, ...rest }: CardProps) {
  return (
    <Tag className={cx("rounded-lg border border-line bg-surface p-5 shadow-sm sm:p-6", className)} {...rest}>
      {children}
    </Tag>
  );
}
