import type { useTranslations } from "next-intl";
import type { FormValues, SubmissionKind, UploadedFile } from "@/components/submission/form-values";

/** What every section of the form needs: the values, how to change them and the error next to a field. */
export interface FieldKit {
  values: FormValues;
  kind: SubmissionKind;
  set: <K extends keyof FormValues>(key: K, value: FormValues[K], path: string) => void;
  setAnswer: (questionId: string, value: string | string[]) => void;
  setFile: (field: string, file: UploadedFile | null, preview: string | null) => void;
  /** The field was left: its errors show from now on. */
  touch: (path: string) => void;
  /** The message to show next to the field, if any. */
  error: (path: string) => string | undefined;
  previews: Record<string, string>;
  t: ReturnType<typeof useTranslations<"submission">>;
}

/** A field's element id from its path ("nominee.email" → "nominee-email"). */
export const fieldId = (path: string) => path.replace(/\./g, "-");
