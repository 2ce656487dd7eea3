// Builders for the private-link integration tests: an open programme with a
// category that has an age rule and questions, and submissions written
// straight to the database the way the public form stores them. Test-only.
import { db } from "@/lib/db";
import { makeProgramme } from "@/lib/auth/test-fixtures";
import { instantForLocalDate } from "@/lib/categories/local-date";
import { newPrivateToken } from "@/lib/nominations/private-token";

export const NOW = new Date("2026-03-01T10:00:00Z");
export const CLOSES_AT = new Date("2026-05-31T22:00:00Z");
export const ENV = { AUTH_URL: "http://localhost:3100" };
const HOUR = 60 * 60 * 1000;

export async function makeOpenProgramme({ defaultLocale = "en", minAge = 16, maxAge = 25 }: { defaultLocale?: string; minAge?: number | null; maxAge?: number | null } = {}) {
  const { programme } = await makeProgramme(db, { name: "Bristol Volunteer Awards", phase: "nominations_open" });
  await db.programme.update({ where: { id: programme.id }, data: { timeZone: "Europe/London", defaultLocale, city: "Bristol" } });
  await db.programmePhase.create({ data: { programmeId: programme.id, phase: "nominations_open", startsAt: new Date("2026-01-01T00:00:00Z"), endsAt: CLOSES_AT } });
  const category = await db.category.create({
    data: {
      programmeId: programme.id,
      name: "Young volunteer of the year",
      minAge,
      maxAge,
      ageReferenceDate: instantForLocalDate("2026-06-30", "Europe/London"),
      nomineeKind: "individual",
      submissionMode: "both",
    },
  });
  const project = await db.formQuestion.create({
    data: { categoryId: category.id, position: 0, type: "short_text", label: { en: "Where do you volunteer?", de: "Wo engagieren Sie sich?" }, required: true, maxLength: 200 },
  });
  const days = await db.formQuestion.create({
    data: {
      categoryId: category.id,
      position: 1,
      type: "multi_choice",
      label: { en: "Which days?", de: "An welchen Tagen?" },
      options: [
        { value: "saturday", label: { en: "Saturday", de: "Samstag" } },
        { value: "sunday", label: { en: "Sunday", de: "Sonntag" } },
      ],
    },
  });
  return { programme: { ...programme, timeZone: "Europe/London", defaultLocale }, category, questions: { project, days } };
}

type Open = Awaited<ReturnType<typeof makeOpenProgramme>>;

export interface SubmissionFields {
  kind?: "nomination" | "application";
  status?: string;
  locale?: string;
  expiresAt?: Date | null;
  nomineeName?: string;
  nomineeEmail?: string;
  nomineeBirthDate?: string | null;
  nomineeDistrict?: string | null;
  nominatorName?: string;
  nominatorEmail?: string;
  story?: string;
  answer?: string;
  /** For applications: what they chose while applying. */
  appearance?: { displayName: string; chosenName?: string | null; showPhoto?: boolean; showDistrict?: boolean };
  guardianEmail?: string | null;
  guardianRequired?: boolean;
}

/** A submission as the public form stores it (pending_confirmation unless told), with its manage link. */
export async function makeSubmission(open: Open, f: SubmissionFields = {}) {
  const manage = newPrivateToken();
  const kind = f.kind ?? "nomination";
  const status = f.status ?? "pending_confirmation";
  const nomination = await db.nomination.create({
    data: {
      programmeId: open.programme.id,
      categoryId: open.category.id,
      kind,
      status,
      nomineeName: f.nomineeName ?? "Amira Haddad",
      nomineeEmail: f.nomineeEmail ?? "amira@example.org",
      nomineeBirthDate: f.nomineeBirthDate === null ? null : instantForLocalDate(f.nomineeBirthDate ?? "2004-05-10", "Europe/London"),
      nomineeDistrict: f.nomineeDistrict === undefined ? "Easton" : f.nomineeDistrict,
      nominatorName: kind === "nomination" ? (f.nominatorName ?? "Nora Nominator") : null,
      nominatorEmail: kind === "nomination" ? (f.nominatorEmail ?? "nora@example.org") : null,
      locale: f.locale ?? "en",
      story: f.story ?? "Runs the Saturday homework club for newcomers.",
      manageTokenHash: manage.hash,
      submittedAt: new Date(NOW.getTime() - HOUR),
      confirmedAt: status === "pending_confirmation" ? null : new Date(NOW.getTime() - HOUR),
      expiresAt: status === "pending_confirmation" ? (f.expiresAt === undefined ? new Date(NOW.getTime() + 47 * HOUR) : f.expiresAt) : null,
      answers: { create: [{ questionId: open.questions.project.id, value: f.answer ?? "Easton community centre" }] },
      consent: {
        create: {
          status: kind === "application" ? "accepted" : "pending",
          decidedAt: kind === "application" ? NOW : null,
          displayName: f.appearance?.displayName ?? "first_name",
          chosenName: f.appearance?.chosenName ?? null,
          showPhoto: f.appearance?.showPhoto ?? false,
          showDistrict: f.appearance?.showDistrict ?? false,
          guardianRequired: f.guardianRequired ?? false,
          guardianEmail: f.guardianEmail ?? null,
        },
      },
    },
  });
  return { nomination, token: manage.token };
}

/** The link token in the newest outbox email of `kind` to `to`. */
export async function tokenFromMail(to: string, kind: string, path: "consent" | "guardian" | "submissions"): Promise<string> {
  const mail = await db.outboxEmail.findFirst({ where: { toAddress: to, kind }, orderBy: { createdAt: "desc" } });
  const match = mail?.text.match(new RegExp(`http://localhost:3100/${path}/([A-Za-z0-9_-]{43})`));
  if (!match) throw new Error(`No ${path} link in a ${kind} email to ${to}`);
  return match[1];
}

/** A token with one character changed: same shape, different link. */
export function altered(token: string): string {
  const last = token.at(-1) === "A" ? "B" : "A";
  return token.slice(0, -1) + last;
}
