"use client";
import { useEffect, useRef } from "react";

/** The problem with the last attempt, at the top of a form; it takes focus when it appears so keyboard and screen reader users land on it. */
export function FormProblem({ message, attempt, id }: { message: string | null; attempt: number; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message, attempt]);
  if (!message) return null;
  return (
    <div ref={ref} id={id} tabIndex={-1} role="alert" className="rounded-md border-s-4 border-danger bg-danger-soft p-4 font-semibold text-ink focus:outline-2 focus:outline-danger">
      <span aria-hidden="true">! </span>
      {message}
    </div>
  );
}
