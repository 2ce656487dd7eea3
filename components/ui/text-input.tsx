import type { InputHTMLAttributes, ReactNode } from "react";
import { controlClasses, Field } from "@/components/ui/field";

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  name: string;
  label: ReactNode;
  /** Defaults to `name`. */
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  optionalText?: ReactNode;
}

/** A labelled single-line input (text, email, date, number, ...). */
export function TextInput({ id, name, label, hint, error, optionalText, required, className, type = "text", ...rest }: TextInputProps) {
  const fieldId = id ?? name;
  return (
    <Field id={fieldId} label={label} hint={hint} error={error} required={required} optionalText={optionalText}>
      {(control) => <input type={type} name={name} {...control} {...rest} className={controlClasses(Boolean(error), className)} />}
    </Field>
  );
}
