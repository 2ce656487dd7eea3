// Programme details and timeline forms, shared by the server actions and tests.
// Messages are keys under "programmeAdmin.errors" so they reach people in their language.
import { z } from "zod";
import { isValidTimeZone, zonedLocalToUtc } from "@/lib/programmes/zoned-time";
import { PHASES, ZCadence, ZDecisionMode, type DecisionMode, type Phase } from "@/lib/validation/statuses";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (max: number, required = true) => {
  const base = z.string({ error: "required" }).trim().max(max, { error: "tooLong" });
  return required ? base.min(1, { error: "required" }) : base;
};

export const ZSlug = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(80, { error: "tooLong" })
  .regex(SLUG_PATTERN, { error: "slugFormat" });

const ZWeight = z.coerce.number({ error: "weightNumber" }).int({ error: "weightNumber" }).min(0, { error: "weightRange" }).max(100, { error: "weightRange" });

/** The fixed split a mode implies; only "combined" takes the organiser's numbers. */
export function weightsFor(mode: DecisionMode, jury: number, pub: number): { juryWeight: number; publicWeight: number } {
  if (mode === "combined") return { juryWeight: jury, publicWeight: pub };
  if (mode === "jury_only") return { juryWeight: 100, publicWeight: 0 };
  // Jury preselection then public vote, and public vote only: the public decides.
  return { juryWeight: 0, publicWeight: 100 };
}

export function makeZProgrammeDetails(locales: readonly string[]) {
  return z
    .object({
      name: text(120),
      slug: ZSlug,
      edition: text(40),
      description: text(5000, false),
      organiserName: text(160),
      organiserContact: text(254),
      city: text(120),
      timeZone: z.string({ error: "required" }).trim().min(1, { error: "required" }).refine(isValidTimeZone, { error: "timeZoneInvalid" }),
      defaultLocale: z.string({ error: "required" }).refine((l) => locales.includes(l), { error: "localeInvalid" }),
      heroImage: z
        .string()
        .trim()
        .max(500, { error: "tooLong" })
        .refine((v) => v === "" || /^(\/[^\s/\\][^\s]*|https:\/\/[^\s]+)$/.test(v), { error: "heroImageInvalid" })
        .transform((v) => (v === "" ? null : v)),
      privacyNotice: text(10000, false),
      decisionMode: z.string({ error: "decisionModeInvalid" }).pipe(ZDecisionMode.catch(() => null as never).refine((m) => m !== null, { error: "decisionModeInvalid" })),
      juryWeight: ZWeight,
      publicWeight: ZWeight,
      cadence: z.string({ error: "cadenceInvalid" }).pipe(ZCadence.catch(() => null as never).refine((c) => c !== null, { error: "cadenceInvalid" })),
    })
    .superRefine((v, ctx) => {
      if (v.decisionMode === "combined") {
        if (v.juryWeight + v.publicWeight !== 100) ctx.addIssue({ code: "custom", path: ["publicWeight"], message: "weightsSum" });
        else if (v.juryWeight === 0 || v.publicWeight === 0) ctx.addIssue({ code: "custom", path: ["publicWeight"], message: "weightsBoth" });
      }
    })
    .transform((v) => ({ ...v, ...weightsFor(v.decisionMode, v.juryWeight, v.publicWeight) }));
}
export type TProgrammeDetails = z.output<ReturnType<typeof makeZProgrammeDetails>>;
export const PROGRAMME_FIELDS = [
  "name",
  "slug",
  "edition",
  "description",
  "organiserName",
  "organiserContact",
  "city",
  "timeZone",
  "defaultLocale",
  "heroImage",
  "privacyNotice",
  "decisionMode",
  "juryWeight",
  "publicWeight",
  "cadence",
] as const;
export type ProgrammeField = (typeof PROGRAMME_FIELDS)[number];

export const ZDuplicateProgramme = z.object({
  name: text(120),
  edition: text(40),
  slug: ZSlug,
});
export type TDuplicateProgramme = z.infer<typeof ZDuplicateProgramme>;

// ---------- Timeline ----------

/** Phases that can have a window: draft and archived have none. */
export const WINDOW_PHASES = PHASES.filter((p) => p !== "draft" && p !== "archived");

/** The phases a programme with this decision mode goes through, for its timeline. */
export function timelinePhases(mode: DecisionMode): Phase[] {
  return WINDOW_PHASES.filter((p) => (p === "public_vote" ? mode !== "jury_only" : p === "jury_review" ? mode !== "public_only" : true));
}

export interface PhaseWindow {
  phase: Phase;
  startsAt: Date | null;
  endsAt: Date | null;
}

export type TimelineIssueCode = "dateInvalid" | "endBeforeStart" | "overlaps";
export interface TimelineIssue {
  phase: Phase;
  field: "startsAt" | "endsAt";
  code: TimelineIssueCode;
  /** For "overlaps": the earlier phase it collides with. */
  other?: Phase;
}

/** Reads datetime-local strings in the programme's zone; each unreadable value is an issue. */
export function parseTimeline(
  raw: { phase: Phase; startsAt: string; endsAt: string }[],
  timeZone: string,
): { windows: PhaseWindow[]; issues: TimelineIssue[] } {
  const issues: TimelineIssue[] = [];
  const windows = raw.map(({ phase, startsAt, endsAt }) => {
    const read = (value: string, field: "startsAt" | "endsAt") => {
      if (value.trim() === "") return null;
      const date = zonedLocalToUtc(value.trim(), timeZone);
      if (!date) issues.push({ phase, field, code: "dateInvalid" });
      return date;
    };
    return { phase, startsAt: read(startsAt, "startsAt"), endsAt: read(endsAt, "endsAt") };
  });
  return { windows, issues: [...issues, ...checkTimeline(windows)] };
}

/**
 * Reversed windows (end not after start) and windows that overlap an earlier
 * phase's window. The issue sits on the later row, the one that moved into
 * the other's time. Open ends do not overlap anything: a phase without an end
 * lasts until the next one starts.
 */
export function checkTimeline(windows: PhaseWindow[]): TimelineIssue[] {
  const issues: TimelineIssue[] = [];
  const ordered = [...windows].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
  for (const w of ordered) {
    if (w.startsAt && w.endsAt && w.endsAt.getTime() <= w.startsAt.getTime()) issues.push({ phase: w.phase, field: "endsAt", code: "endBeforeStart" });
  }
  for (const [i, later] of ordered.entries()) {
    const laterBegins = later.startsAt ?? later.endsAt;
    if (!laterBegins) continue;
    for (const earlier of ordered.slice(0, i)) {
      const earlierEnds = earlier.endsAt ?? earlier.startsAt;
      if (earlierEnds && laterBegins.getTime() < earlierEnds.getTime()) {
        issues.push({ phase: later.phase, field: later.startsAt ? "startsAt" : "endsAt", code: "overlaps", other: earlier.phase });
        break;
      }
    }
  }
  return issues;
}
