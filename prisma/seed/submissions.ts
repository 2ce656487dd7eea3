import type { Db } from "@/lib/db/create-client";

// A few fictional submissions so the demo's moderation queue and jury pages
// are not empty: one waiting for moderation, one accepted, one waiting for
// the nominee's answer. Their emails are at example.org, which is reserved.

interface DemoSubmission {
  kind: "nomination" | "application";
  status: "submitted" | "eligible";
  consent: "accepted" | "pending";
  nominee: string;
  email: string;
  birthDate?: string;
  district?: string;
  nominator?: { name: string; email: string };
  story: string;
  locale: string;
}

export async function seedSubmissions(db: Db, programmeId: string, categoryId: string, submissions: DemoSubmission[]) {
  const submittedAt = new Date("2026-11-10T10:00:00Z");
  for (const s of submissions) {
    await db.nomination.create({
      data: {
        programmeId,
        categoryId,
        kind: s.kind,
        status: s.status,
        nomineeName: s.nominee,
        nomineeEmail: s.email,
        nomineeBirthDate: s.birthDate ? new Date(`${s.birthDate}T00:00:00Z`) : null,
        nomineeDistrict: s.district ?? null,
        nominatorName: s.nominator?.name ?? null,
        nominatorEmail: s.nominator?.email ?? null,
        story: s.story,
        locale: s.locale,
        submittedAt,
        confirmedAt: submittedAt,
        consent: {
          create: {
            status: s.consent,
            decidedAt: s.consent === "accepted" ? submittedAt : null,
            displayName: "first_name",
            showDistrict: false,
          },
        },
      },
    });
  }
}

export const YOUNG_ENGAGEMENT_DEMO: DemoSubmission[] = [
  {
    kind: "application",
    status: "submitted",
    consent: "accepted",
    nominee: "Samira Haddad",
    email: "samira.haddad@example.org",
    birthDate: "2003-05-14",
    district: "Gostenhof",
    story: "I run a Saturday bike repair workshop where young people who arrived recently teach each other to fix bikes.",
    locale: "de",
  },
  {
    kind: "application",
    status: "eligible",
    consent: "accepted",
    nominee: "Jonas Weber",
    email: "jonas.weber@example.org",
    birthDate: "2001-09-02",
    district: "St. Johannis",
    story: "Our podcast lets pupils from five schools talk about what they want to change in their neighbourhood.",
    locale: "de",
  },
];

export const BRISTOL_DEMO: DemoSubmission[] = [
  {
    kind: "nomination",
    status: "submitted",
    consent: "pending",
    nominee: "Margaret Okafor",
    email: "margaret.okafor@example.org",
    nominator: { name: "Tom Reed", email: "tom.reed@example.org" },
    story: "Margaret has run the Tuesday English conversation club for twelve years and never missed a week.",
    locale: "en",
  },
];
