import "server-only";
import { categoryEligibilityRule } from "@/lib/categories/category-eligibility-rule";
import { localDateIn, type LocalDate } from "@/lib/eligibility/age";
import { loadSubmissionCategory } from "@/lib/nominations/load-submission-category";
import { submissionWindow } from "@/lib/nominations/submission-window";
import type { NominationWindow } from "@/lib/programmes/nomination-window";
import type { SubmissionRules } from "@/lib/validation/submission";
import { ZNomineeKind, ZSubmissionMode } from "@/lib/validation/statuses";

export interface PublicFormQuestion {
  id: string;
  type: string;
  required: boolean;
  maxLength: number | null;
  /** In the visitor's language, falling back to English. */
  label: string;
  help: string | null;
  options: { value: string; label: string }[];
  archivedAt: null;
}

/** What the public form needs; no other submission's data and no secrets. */
export interface SubmissionFormData {
  programme: { slug: string; name: string; edition: string; timeZone: string; privacyNotice: string; organiserName: string; organiserContact: string };
  window: NominationWindow;
  category: { id: string; name: string; description: string; nomineeKind: "individual" | "group" | "either"; hasAgeRule: boolean };
  rules: SubmissionRules;
  questions: PublicFormQuestion[];
  /** Today in the programme's time zone (who is under 18 is decided on it). */
  today: LocalDate;
  /** When the server showed the form (ms): the bot check compares server clocks only. */
  startedAt: number;
}

type Localized = Record<string, unknown> | null;

/** The text in `locale`, else English, else any language there is. */
export function localizedText(value: unknown, locale: string): string {
  const v = (value && typeof value === "object" ? value : null) as Localized;
  if (!v) return "";
  const pick = [v[locale], v.en, ...Object.values(v)].find((x) => typeof x === "string" && x.trim() !== "");
  return typeof pick === "string" ? pick : "";
}

function options(value: unknown, locale: string): { value: string; label: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((o) => (o && typeof o.value === "string" ? [{ value: o.value as string, label: localizedText(o.label, locale) || o.value }] : []));
}

/** The form for one category of a public programme; null answers 404. */
export async function loadSubmissionForm({ slug, categoryId, locale, now = new Date() }: { slug: string; categoryId: string; locale: string; now?: Date }): Promise<SubmissionFormData | null> {
  const category = await loadSubmissionCategory({ slug, categoryId, now });
  if (!category) return null;
  const { programme } = category;
  const eligibility = categoryEligibilityRule(category, programme.timeZone, now);
  return {
    programme: {
      slug: programme.slug,
      name: programme.name,
      edition: programme.edition,
      timeZone: programme.timeZone,
      privacyNotice: programme.privacyNotice,
      organiserName: programme.organiserName,
      organiserContact: programme.organiserContact,
    },
    window: submissionWindow(programme, now),
    category: {
      id: category.id,
      name: category.name,
      description: category.description,
      nomineeKind: ZNomineeKind.catch("individual").parse(category.nomineeKind),
      hasAgeRule: category.minAge != null || category.maxAge != null,
    },
    rules: { submissionMode: ZSubmissionMode.catch("both").parse(category.submissionMode), eligibility },
    questions: category.questions.map((q) => ({
      id: q.id,
      type: q.type,
      required: q.required,
      maxLength: q.maxLength,
      label: localizedText(q.label, locale) || q.id,
      help: localizedText(q.help, locale) || null,
      options: options(q.options, locale),
      archivedAt: null,
    })),
    today: localDateIn(now, programme.timeZone),
    startedAt: now.getTime(),
  };
}
