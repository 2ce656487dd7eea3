import { describe, expect, it } from "vitest";
import { checkTimeline, makeZProgrammeDetails, parseTimeline, timelinePhases } from "./programme";

const Z = makeZProgrammeDetails(["en", "de"]);
const valid = {
  name: "#YoungEngagement Award",
  slug: "young-engagement-2027",
  edition: "2027",
  description: "",
  organiserName: "Volunteer department",
  organiserContact: "awards@city.example",
  city: "Nuremberg",
  timeZone: "Europe/Berlin",
  defaultLocale: "de",
  heroImage: "",
  privacyNotice: "",
  decisionMode: "jury_then_public",
  juryWeight: "100",
  publicWeight: "0",
  cadence: "yearly",
};
const messagesFor = (input: object) => {
  const r = Z.safeParse({ ...valid, ...input });
  const out: Record<string, string> = {};
  if (!r.success) for (const i of r.error.issues) out[i.path.join(".")] ??= i.message;
  return out;
};
const d = (iso: string) => new Date(iso);

describe("programme details", () => {
  it("accepts a complete programme and fixes the weights its mode implies", () => {
    const r = Z.parse(valid);
    expect(r).toMatchObject({ slug: "young-engagement-2027", heroImage: null, juryWeight: 0, publicWeight: 100 });
  });

  it("refuses slugs that are not lowercase kebab", () => {
    expect(messagesFor({ slug: "Young Engagement" })).toEqual({ slug: "slugFormat" });
    expect(messagesFor({ slug: "young--engagement" })).toEqual({ slug: "slugFormat" });
    expect(messagesFor({ slug: "-young" })).toEqual({ slug: "slugFormat" });
    expect(messagesFor({ slug: "" })).toEqual({ slug: "required" });
  });

  it("refuses combined weights that do not add up to 100", () => {
    expect(messagesFor({ decisionMode: "combined", juryWeight: "60", publicWeight: "30" })).toEqual({ publicWeight: "weightsSum" });
    expect(messagesFor({ decisionMode: "combined", juryWeight: "100", publicWeight: "0" })).toEqual({ publicWeight: "weightsBoth" });
    expect(messagesFor({ decisionMode: "combined", juryWeight: "-10", publicWeight: "110" })).toMatchObject({ juryWeight: "weightRange" });
    expect(Z.parse({ ...valid, decisionMode: "combined", juryWeight: "70", publicWeight: "30" })).toMatchObject({ juryWeight: 70, publicWeight: 30 });
  });

  it("refuses unknown time zones, languages, modes and image addresses", () => {
    expect(messagesFor({ timeZone: "Europe/Atlantis" })).toEqual({ timeZone: "timeZoneInvalid" });
    expect(messagesFor({ defaultLocale: "xx" })).toEqual({ defaultLocale: "localeInvalid" });
    expect(messagesFor({ decisionMode: "lottery" })).toEqual({ decisionMode: "decisionModeInvalid" });
    expect(messagesFor({ heroImage: "javascript:alert(1)" })).toEqual({ heroImage: "heroImageInvalid" });
    expect(messagesFor({ name: "  " })).toEqual({ name: "required" });
  });
});

describe("timeline", () => {
  it("refuses a window that ends before it starts, on that row", () => {
    const issues = checkTimeline([{ phase: "nominations_open", startsAt: d("2026-05-01T10:00Z"), endsAt: d("2026-04-01T10:00Z") }]);
    expect(issues).toEqual([{ phase: "nominations_open", field: "endsAt", code: "endBeforeStart" }]);
  });

  it("refuses a later phase that starts before the earlier one ends", () => {
    const issues = checkTimeline([
      { phase: "nominations_open", startsAt: d("2026-03-01T10:00Z"), endsAt: d("2026-05-01T10:00Z") },
      { phase: "jury_review", startsAt: d("2026-04-15T10:00Z"), endsAt: d("2026-06-01T10:00Z") },
    ]);
    expect(issues).toEqual([{ phase: "jury_review", field: "startsAt", code: "overlaps", other: "nominations_open" }]);
  });

  it("accepts back-to-back windows and open ends", () => {
    expect(
      checkTimeline([
        { phase: "nominations_open", startsAt: d("2026-03-01T10:00Z"), endsAt: d("2026-05-01T10:00Z") },
        { phase: "moderation", startsAt: d("2026-05-01T10:00Z"), endsAt: null },
        { phase: "jury_review", startsAt: null, endsAt: null },
        { phase: "public_vote", startsAt: d("2026-06-01T10:00Z"), endsAt: d("2026-06-15T10:00Z") },
      ]),
    ).toEqual([]);
  });

  it("reads the inputs in the programme's zone and reports unreadable ones", () => {
    const { windows, issues } = parseTimeline(
      [
        { phase: "nominations_open", startsAt: "2026-03-01T09:00", endsAt: "not a date" },
        { phase: "moderation", startsAt: "", endsAt: "" },
      ],
      "Europe/Berlin",
    );
    expect(windows[0].startsAt?.toISOString()).toBe("2026-03-01T08:00:00.000Z");
    expect(windows[1]).toEqual({ phase: "moderation", startsAt: null, endsAt: null });
    expect(issues).toEqual([{ phase: "nominations_open", field: "endsAt", code: "dateInvalid" }]);
  });

  it("lists only the phases a decision mode goes through", () => {
    expect(timelinePhases("jury_only")).not.toContain("public_vote");
    expect(timelinePhases("public_only")).not.toContain("jury_review");
    expect(timelinePhases("combined")).toEqual(["nominations_open", "moderation", "jury_review", "public_vote", "results_review", "results_published"]);
  });
});
