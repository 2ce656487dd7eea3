import type { ReactNode, TextareaHTMLAttributes } from "react";
import { controlClasses, Field } from "@/components/ui/field";

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: ReactNode;
  optionalText?: ReactNode;
}

/** A labelled multi-line input. */
export function TextArea({ id, name, label, hint, error, optionalText, required, className, rows = 5, ...rest }: TextAreaProps) {
  const fieldId = id ?? name;
  return (
    <Field id={fieldId} label={label} hint={hint} error={error} required={required} optionalText={optionalText}>
      {(control) => <textarea name={name} rows={rows} {...control} {...rest} className={controlClasses(Boolean(error), className)} />}
    </Field>
  );
}
