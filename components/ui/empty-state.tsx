import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  /** E.g. a Button that creates the first item. */
  action?: ReactNode;
  /** Heading level for the title, to fit the page outline. */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/** What a list shows when there is nothing in it yet, and what to do about it. */
export function EmptyState({ title, children, action, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx("rounded-lg border-2 border-dashed border-line-strong bg-surface p-8 text-center", className)}>
      <Heading className="text-lg font-semibold">{title}</Heading>
      {children ? <div className="mt-2 text-ink-muted">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
