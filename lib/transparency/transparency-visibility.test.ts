import { describe, expect, it } from "vitest";
import { isTransparencyPublic } from "@/lib/transparency/transparency-visibility";
import { PHASES } from "@/lib/validation/statuses";

describe("isTransparencyPublic", () => {
  it("is public only with the setting on once results are published or archived", () => {
    const open = PHASES.filter((phase) => isTransparencyPublic({ transparencyPublic: true, phase }));
    expect(open).toEqual(["results_published", "archived"]);
  });

  it("is never public with the setting off", () => {
    expect(PHASES.some((phase) => isTransparencyPublic({ transparencyPublic: false, phase }))).toBe(false);
  });
});
