import { formatOptionLines, type LocalizedText, type QuestionOption } from "@/lib/validation/form-question";

/** A stored question as the form's typed values. */
export function questionFormValues(q: {
  type: string;
  label: LocalizedText;
  help: LocalizedText | null;
  required: boolean;
  visibility: string;
  maxLength: number | null;
  options: QuestionOption[];
}): Record<string, string> {
  return {
    type: q.type,
    labelEn: q.label.en ?? "",
    labelDe: q.label.de ?? "",
    helpEn: q.help?.en ?? "",
    helpDe: q.help?.de ?? "",
    required: q.required ? "on" : "",
    visibility: q.visibility,
    maxLength: q.maxLength == null ? "" : String(q.maxLength),
    options: formatOptionLines(q.options),
  };
}

/** The label in the person's language, else any label there is. */
export function labelIn(label: LocalizedText, locale: string): string {
  return label[locale as keyof LocalizedText] ?? label.en ?? label.de ?? "";
}
