import { describe, expect, it } from "vitest";
import { retentionEnabled } from "@/lib/retention/retention-enabled";

describe("retentionEnabled", () => {
  it("runs by default", () => {
    expect(retentionEnabled({})).toBe(true);
    expect(retentionEnabled({ LAUREL_RETENTION: "on" })).toBe(true);
  });

  it("stays off while Next builds and when switched off", () => {
    expect(retentionEnabled({ NEXT_PHASE: "phase-production-build" })).toBe(false);
    expect(retentionEnabled({ LAUREL_RETENTION: "off" })).toBe(false);
    expect(retentionEnabled({ LAUREL_RETENTION: " OFF " })).toBe(false);
  });
});
