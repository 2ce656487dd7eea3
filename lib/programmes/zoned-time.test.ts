import { describe, expect, it } from "vitest";
import { isValidTimeZone, utcToZonedLocal, zonedLocalToUtc } from "./zoned-time";

describe("zoned time", () => {
  it("reads a winter wall time in Berlin as UTC+1", () => {
    expect(zonedLocalToUtc("2026-12-15T23:59", "Europe/Berlin")?.toISOString()).toBe("2026-12-15T22:59:00.000Z");
  });

  it("reads a summer wall time in Berlin as UTC+2", () => {
    expect(zonedLocalToUtc("2026-07-01T12:00", "Europe/Berlin")?.toISOString()).toBe("2026-07-01T10:00:00.000Z");
  });

  it("moves a wall time inside the spring-forward gap past the gap", () => {
    expect(zonedLocalToUtc("2026-03-29T02:30", "Europe/Berlin")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("takes the earlier instant for an ambiguous autumn wall time", () => {
    expect(zonedLocalToUtc("2026-10-25T02:30", "Europe/Berlin")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("handles zones west of UTC and London's summer time", () => {
    expect(zonedLocalToUtc("2026-06-01T09:00", "Europe/London")?.toISOString()).toBe("2026-06-01T08:00:00.000Z");
    expect(zonedLocalToUtc("2026-01-01T00:00", "America/New_York")?.toISOString()).toBe("2026-01-01T05:00:00.000Z");
  });

  it("refuses text that is not a datetime-local value", () => {
    expect(zonedLocalToUtc("tomorrow", "Europe/Berlin")).toBeNull();
    expect(zonedLocalToUtc("2026-02-30T10:00", "Europe/Berlin")).toBeNull();
  });

  it("shows an instant back as the same wall time", () => {
    for (const local of ["2026-12-15T23:59", "2026-07-01T12:00", "2026-10-25T02:30", "2026-03-29T03:30"]) {
      expect(utcToZonedLocal(zonedLocalToUtc(local, "Europe/Berlin")!, "Europe/Berlin")).toBe(local);
    }
  });

  it("knows IANA zones and refuses made-up ones", () => {
    expect(isValidTimeZone("Europe/Riga")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});
