"use client";
import type { Ref } from "react";
import { useTranslations } from "next-intl";

export interface SummaryItem {
  /** The field's element id (a fieldset's first control is focused). */
  target: string | null;
  text: string;
}

/** Focus the field itself: a jump to the anchor alone leaves keyboard focus behind. */
function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  const control = el.matches("fieldset") ? el.querySelector<HTMLElement>("input, select, textarea") : el;
  (control ?? el).focus();
  el.scrollIntoView({ block: "center" });
}

/** The list of problems at the top after "Check your answers"/"Send", each linking to its field. */
export function ErrorSummary({ items, message, ref }: { items: SummaryItem[]; message?: string; ref?: Ref<HTMLDivElement> }) {
  const t = useTranslations("submission");
  if (!items.length && !message) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="rounded-md border-s-4 border-danger bg-danger-soft p-4 text-ink focus:outline-2 focus:outline-danger">
      <h2 id="error-summary-title" className="text-lg font-bold">
        {items.length ? t("summary.title", { count: items.length }) : message}
      </h2>
      {items.length && message ? <p className="mt-1">{message}</p> : null}
      {items.length ? (
        <ul className="mt-2 flex list-disc flex-col gap-1 ps-5">
          {items.map((item, i) => (
            <li key={`${item.target}-${i}`}>
              {item.target ? (
                <a
                  href={`#${item.target}`}
                  className="font-semibold text-danger underline"
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(item.target!);
                  }}
                >
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
