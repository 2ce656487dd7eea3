import type { InputHTMLAttributes, ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { describedBy, FieldMessages } from "@/components/ui/field";

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
}

/** One checkbox with its label beside it; hint and error below, linked to it. */
export function Checkbox({ id, name, label, hint, error, className, ...rest }: CheckboxProps) {
  const fieldId = id ?? name;
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={fieldId}
          name={name}
          aria-describedby={describedBy(fieldId, { hint, error })}
          aria-invalid={error ? true : undefined}
          className="mt-0.5 size-6 shrink-0 accent-brand"
          {...rest}
        />
        <label htmlFor={fieldId} className="pt-0.5">
          {label}
        </label>
      </div>
      <div className="ps-9">
        <FieldMessages id={fieldId} hint={hint} error={error} />
      </div>
    </div>
  );
}
