import { describe, expect, it } from "vitest";
import { participationByHour } from "@/lib/voting/admin/participation-by-hour";

describe("participationByHour", () => {
  it("counts votes per hour from the first to the last, quiet hours included", () => {
    const at = (iso: string) => new Date(iso);
    expect(participationByHour([at("2026-05-04T10:59:59Z"), at("2026-05-04T10:00:00Z"), at("2026-05-04T13:30:00Z")])).toEqual([
      { hourStart: at("2026-05-04T10:00:00Z"), votes: 2 },
      { hourStart: at("2026-05-04T11:00:00Z"), votes: 0 },
      { hourStart: at("2026-05-04T12:00:00Z"), votes: 0 },
      { hourStart: at("2026-05-04T13:00:00Z"), votes: 1 },
    ]);
  });

  it("has nothing to show before the first vote", () => {
    expect(participationByHour([])).toEqual([]);
  });
});
