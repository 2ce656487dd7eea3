import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

/** Props a Field hands to its control so label, hint and error are announced with it. */
export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
}

export interface FieldProps {
  /** The control's id; the label and messages hang off it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** A message in the person's language; turns the field invalid. */
  error?: ReactNode;
  required?: boolean;
  /** Shown after the label, e.g. "(optional)" — pass the translated word. */
  optionalText?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

export function describedBy(id: string, { hint, error }: { hint?: ReactNode; error?: ReactNode }): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * Label, hint and error around one control. The error sits above the control
 * (where a screen magnifier user is already looking) and is linked with
 * aria-describedby; the control gets aria-invalid.
 */
export function Field({ id, label, hint, error, required, optionalText, className, children }: FieldProps) {
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="font-semibold">
        {label}
        {!required && optionalText ? <span className="font-normal text-ink-muted"> {optionalText}</span> : null}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({ id, "aria-describedby": describedBy(id, { hint, error }), "aria-invalid": error ? true : undefined, required })}
    </div>
  );
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="flex gap-1 text-sm font-semibold text-danger">
          <span aria-hidden="true">!</span>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** Shared look of text-like controls; the red edge repeats what the error text says. */
export function controlClasses(invalid: boolean, className?: string) {
  return cx(
    "w-full rounded-md border-2 bg-surface px-3 py-2 text-base text-ink placeholder:text-ink-muted",
    invalid ? "border-danger" : "border-line-strong",
    className,
  );
}
