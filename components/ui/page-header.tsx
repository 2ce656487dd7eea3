import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

export interface PageHeaderProps {
  /** The page's one h1. */
  title: ReactNode;
  /** A small line above the title, e.g. the city. */
  eyebrow?: ReactNode;
  description?: ReactNode;
  /** Badges or buttons shown with the title. */
  actions?: ReactNode;
  className?: string;
}

export function PageHeader({ title, eyebrow, description, actions, className }: PageHeaderProps) {
  return (
    <header className={cx("mb-8 flex flex-col gap-3", className)}>
      {eyebrow ? <p className="text-sm font-semibold tracking-wide text-brand uppercase">{eyebrow}</p> : null}
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
      {description ? <div className="max-w-prose text-lg text-ink-muted">{description}</div> : null}
      {actions ? <div className="flex flex-wrap items-center gap-3">{actions}</div> : null}
    </header>
  );
}
