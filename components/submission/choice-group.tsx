import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { describedBy, FieldMessages } from "@/components/ui/field";

export interface Choice {
  value: string;
  label: ReactNode;
}

interface Common {
  /** The fieldset's id; option ids are `${id}-${value}`. */
  id: string;
  legend: ReactNode;
  options: Choice[];
  hint?: ReactNode;
  error?: ReactNode;
  optionalText?: ReactNode;
  required?: boolean;
  onBlur?: () => void;
}

const optionRow = "flex min-h-11 items-start gap-3";
const box = "mt-0.5 size-6 shrink-0 accent-brand";

function Frame({ id, legend, hint, error, optionalText, required, children }: Omit<Common, "options" | "onBlur"> & { children: ReactNode }) {
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy(id, { hint, error })}
      className={cx("flex flex-col gap-1", error && "border-s-4 border-danger ps-3")}
    >
      <legend className="mb-1 font-semibold">
        {legend}
        {!required && optionalText ? <span className="font-normal text-ink-muted"> {optionalText}</span> : null}
      </legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

/** Controlled radios in a fieldset (components/ui/radio-group.tsx is uncontrolled). */
export function RadioChoices({ value, onChange, ...props }: Common & { value: string; onChange: (value: string) => void }) {
  return (
    <Frame {...props}>
      {props.options.map((o) => (
        <div key={o.value} className={optionRow}>
          <input
            type="radio"
            id={`${props.id}-${o.value}`}
            name={props.id}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            onBlur={props.onBlur}
            className={box}
          />
          <label htmlFor={`${props.id}-${o.value}`} className="pt-0.5">
            {o.label}
          </label>
        </div>
      ))}
    </Frame>
  );
}

/** Controlled checkboxes in a fieldset, for questions with several answers. */
export function CheckboxChoices({ value, onChange, ...props }: Common & { value: string[]; onChange: (value: string[]) => void }) {
  const toggle = (v: string, on: boolean) => onChange(on ? [...value.filter((x) => x !== v), v] : value.filter((x) => x !== v));
  return (
    <Frame {...props}>
      {props.options.map((o) => (
        <div key={o.value} className={optionRow}>
          <input
            type="checkbox"
            id={`${props.id}-${o.value}`}
            value={o.value}
            checked={value.includes(o.value)}
            onChange={(e) => toggle(o.value, e.target.checked)}
            onBlur={props.onBlur}
            aria-invalid={props.error ? true : undefined}
            className={box}
          />
          <label htmlFor={`${props.id}-${o.value}`} className="pt-0.5">
            {o.label}
          </label>
        </div>
      ))}
    </Frame>
  );
}
