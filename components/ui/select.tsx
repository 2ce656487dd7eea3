import type { ReactNode, SelectHTMLAttributes } from "react";
import { controlClasses, Field } from "@/components/ui/field";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  name: string;
  label: ReactNode;
  options: SelectOption[];
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  optionalText?: ReactNode;
  /** A first, empty choice such as "Choose a category". */
  placeholder?: string;
}

/** A labelled native select (native keeps keyboard and screen reader support for free). */
export function Select({ id, name, label, options, hint, error, optionalText, placeholder, required, className, ...rest }: SelectProps) {
  const fieldId = id ?? name;
  return (
    <Field id={fieldId} label={label} hint={hint} error={error} required={required} optionalText={optionalText}>
      {(control) => (
        <select name={name} {...control} {...rest} className={controlClasses(Boolean(error), className)}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
