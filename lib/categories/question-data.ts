import "server-only";
import { Prisma } from "@/lib/generated/sqlite/client";
import { AppError } from "@/lib/errors";
import { parseOptionLines, questionFormSchema, type QuestionOption, type TQuestionInput } from "@/lib/validation/form-question";

/** The form's fields for a validated question, so the domain re-runs the same schema. */
function toForm(q: TQuestionInput) {
  return {
    type: q.type,
    labelEn: q.label.en ?? "",
    labelDe: q.label.de ?? "",
    helpEn: q.help?.en ?? "",
    helpDe: q.help?.de ?? "",
    required: q.required,
    visibility: q.visibility,
    maxLength: q.maxLength == null ? "" : String(q.maxLength),
    options: q.optionLines ?? "",
  };
}

/** Checks a question against the programme's default language; AppError with the first message key. */
export function recheckQuestion(input: TQuestionInput, defaultLocale: string): TQuestionInput {
  const parsed = questionFormSchema(defaultLocale).safeParse(toForm(input));
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "invalidInput");
  return parsed.data;
}

export function storedOptions(value: unknown): QuestionOption[] {
  return Array.isArray(value) ? (value as QuestionOption[]) : [];
}

/** The columns of a FormQuestion row; options keep the values answers already point at. */
export function questionColumns(q: TQuestionInput, existingOptions: QuestionOption[] = []) {
  const options = q.optionLines == null ? null : parseOptionLines(q.optionLines, existingOptions);
  return {
    type: q.type,
    label: q.label as Prisma.InputJsonObject,
    help: (q.help ?? Prisma.DbNull) as Prisma.InputJsonObject | typeof Prisma.DbNull,
    options: (options ?? Prisma.DbNull) as unknown as Prisma.InputJsonArray | typeof Prisma.DbNull,
    required: q.required,
    maxLength: q.maxLength,
    visibility: q.visibility,
  };
}

export function auditableQuestion(columns: ReturnType<typeof questionColumns>) {
  const plain = (v: unknown) => (v === Prisma.DbNull ? null : v);
  return { ...columns, help: plain(columns.help), options: plain(columns.options) };
}
