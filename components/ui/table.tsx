import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cx } from "@/components/ui/cx";

export interface TableProps {
  /** Says what the table lists; also names the scroll region. */
  caption: string;
  /** Keep the caption for screen readers only when a heading above already says it. */
  captionHidden?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A data table that scrolls sideways on narrow screens instead of squashing.
 * The scroll region is focusable and named so keyboard users can scroll it.
 */
export function Table({ caption, captionHidden, className, children }: TableProps) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="max-w-full overflow-x-auto rounded-lg border border-line bg-surface">
      <table className={cx("w-full border-collapse text-start text-sm sm:text-base", className)}>
        <caption className={captionHidden ? "sr-only" : "px-4 pt-3 pb-2 text-start font-semibold"}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="bg-neutral-soft">{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-line">{children}</tbody>;
}

export function Tr({ children, className }: { children: ReactNode; className?: string }) {
  return <tr className={className}>{children}</tr>;
}

/** A header cell; `scope` defaults to "col" — use scope="row" for the first cell of a body row. */
export function Th({ scope = "col", className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope={scope} className={cx("px-4 py-3 text-start align-top font-semibold", className)} {...rest} />;
}

export function Td({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cx("px-4 py-3 align-top", className)} {...rest} />;
}
