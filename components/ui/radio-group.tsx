import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { describedBy, FieldMessages } from "@/components/ui/field";

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps {
  name: string;
  legend: ReactNode;
  options: RadioOption[];
  /** Prefix for the ids; defaults to `name`. */
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  defaultValue?: string;
  required?: boolean;
  className?: string;
}

/** Radios in a fieldset: the legend names the question, hint and error describe the group. */
export function RadioGroup({ name, legend, options, id, hint, error, defaultValue, required, className }: RadioGroupProps) {
  const groupId = id ?? name;
  return (
    <fieldset
      aria-describedby={describedBy(groupId, { hint, error })}
      className={cx("flex flex-col gap-2", error && "border-s-4 border-danger ps-3", className)}
    >
      <legend className="mb-1 font-semibold">{legend}</legend>
      <FieldMessages id={groupId} hint={hint} error={error} />
      {options.map((o) => {
        const optionId = `${groupId}-${o.value}`;
        return (
          <div key={o.value} className="flex items-start gap-3">
            <input
              type="radio"
              id={optionId}
              name={name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              disabled={o.disabled}
              required={required}
              aria-describedby={o.hint ? `${optionId}-hint` : undefined}
              className="mt-0.5 size-6 shrink-0 accent-brand"
            />
            <div>
              <label htmlFor={optionId}>{o.label}</label>
              {o.hint ? (
                <p id={`${optionId}-hint`} className="text-sm text-ink-muted">
                  {o.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
