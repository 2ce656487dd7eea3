import { describe, expect, it } from "vitest";
import { shiftOneYear } from "./shift-year";

describe("shifting a date by one year", () => {
  it("keeps the wall-clock time in the programme's zone", () => {
    // 31 March 2026 18:00 CEST; 31 March 2027 is also summer time.
    expect(shiftOneYear(new Date("2026-03-31T16:00:00Z"), "Europe/Berlin").toISOString()).toBe("2027-03-31T16:00:00.000Z");
    // 28 March 2026 is winter time, 28 March 2027 summer time: 18:00 stays 18:00, so UTC moves by an hour.
    expect(shiftOneYear(new Date("2026-03-28T17:00:00Z"), "Europe/Berlin").toISOString()).toBe("2027-03-28T16:00:00.000Z");
  });

  it("moves 29 February to 28 February", () => {
    expect(shiftOneYear(new Date("2028-02-29T11:00:00Z"), "Europe/Berlin").toISOString()).toBe("2029-02-28T11:00:00.000Z");
  });
});
