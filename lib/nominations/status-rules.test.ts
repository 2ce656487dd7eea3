import { describe, expect, it } from "vitest";
import { canChangeStatus, NOMINATION_TRANSITIONS } from "@/lib/nominations/status-rules";
import { ZNominationStatus } from "@/lib/validation/statuses";

describe("nomination status rules", () => {
  it("cover every status", () => {
    expect(Object.keys(NOMINATION_TRANSITIONS).sort()).toEqual([...ZNominationStatus.options].sort());
  });

  it("let every status except erased be erased, and nothing leave erased", () => {
    for (const s of ZNominationStatus.options) {
      if (s === "erased") expect(NOMINATION_TRANSITIONS[s]).toEqual([]);
      else expect(canChangeStatus(s, "erased")).toBe(true);
    }
  });

  it("allow moderators to undo their decisions but not the nominee's", () => {
    expect(canChangeStatus("rejected", "submitted")).toBe(true);
    expect(canChangeStatus("merged", "submitted")).toBe(true);
    expect(canChangeStatus("declined", "submitted")).toBe(false);
    expect(canChangeStatus("withdrawn", "submitted")).toBe(false);
    expect(canChangeStatus("pending_confirmation", "eligible")).toBe(false);
  });
});
