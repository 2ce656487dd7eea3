import "server-only";
import { Prisma } from "@/lib/generated/sqlite/client";
import { instantForLocalDate } from "@/lib/categories/local-date";
import { AppError } from "@/lib/errors";
import { formatMajorAmount, ZCategoryForm, type TCategoryInput } from "@/lib/validation/category";

/** The validated form as the columns of a Category row. */
export function categoryColumns(input: TCategoryInput, timeZone: string) {
  return {
    name: input.name,
    description: input.description,
    prizeAmountMinor: input.prizeAmountMinor,
    prizeCurrency: input.prizeCurrency,
    prizeDescription: input.prizeDescription,
    winnerCount: input.winnerCount,
    finalistCount: input.finalistCount,
    nomineeKind: input.nomineeKind,
    minAge: input.minAge,
    maxAge: input.maxAge,
    ageReferenceDate: input.ageReferenceDate ? instantForLocalDate(input.ageReferenceDate, timeZone) : null,
    submissionMode: input.submissionMode,
    // null (not []) means anyone may vote
    voteAreas: input.voteAreas.length ? input.voteAreas : Prisma.DbNull,
    scoreScaleMin: input.scoreScaleMin,
    scoreScaleMax: input.scoreScaleMax,
  };
}

/** The same columns in the shape the audit log compares (no Prisma sentinels). */
export function auditableColumns(columns: ReturnType<typeof categoryColumns>) {
  return { ...columns, voteAreas: columns.voteAreas === Prisma.DbNull ? null : columns.voteAreas };
}

/** Runs the form's rules again: the domain never trusts that the caller validated. */
export function recheckCategory(input: TCategoryInput): TCategoryInput {
  const parsed = ZCategoryForm.safeParse(toForm(input));
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "invalidInput");
  return parsed.data;
}

/** The validated input as form strings again, so the one schema checks both paths. */
export function toForm(c: TCategoryInput) {
  const money = c.prizeAmountMinor != null;
  return {
    name: c.name,
    description: c.description,
    prizeKind: money ? "money" : c.prizeDescription ? "other" : "none",
    prizeAmount: money ? (c.prizeAmountMinor! < 0 ? "-" : "") + formatMajorAmount(Math.abs(c.prizeAmountMinor!)) : "",
    prizeCurrency: c.prizeCurrency ?? "EUR",
    prizeDescription: c.prizeDescription ?? "",
    winnerCount: String(c.winnerCount),
    finalistCount: String(c.finalistCount),
    nomineeKind: c.nomineeKind,
    minAge: c.minAge == null ? "" : String(c.minAge),
    maxAge: c.maxAge == null ? "" : String(c.maxAge),
    ageReference: c.ageReferenceDate ? "date" : "submission",
    ageReferenceDate: c.ageReferenceDate ?? "",
    submissionMode: c.submissionMode,
    voteAreas: c.voteAreas.join("\n"),
    scoreScaleMin: String(c.scoreScaleMin),
    scoreScaleMax: String(c.scoreScaleMax),
  };
}
