import { describe, expect, it } from "vitest";
import { jurySettingsFromForm } from "@/lib/jury-settings/jury-settings-schema";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("jurySettingsFromForm", () => {
  it("reads ticked and unticked checkboxes and the visibility choice", () => {
    const parsed = jurySettingsFromForm(form({ juryBlind: "on", juryScoresVisibility: "after_review", transparencyPublic: "on" }));
    expect(parsed.success && parsed.data).toEqual({ juryBlind: true, juryNormalise: false, juryScoresVisibility: "after_review", transparencyPublic: true });
  });

  it("refuses an unknown visibility with a message key for the field", () => {
    const parsed = jurySettingsFromForm(form({ juryScoresVisibility: "always" }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["juryScoresVisibility", "visibilityInvalid"]]);
  });

  it("refuses a checkbox value other than on", () => {
    const parsed = jurySettingsFromForm(form({ juryBlind: "true", juryScoresVisibility: "after_own" }));
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["juryBlind", "checkboxInvalid"]]);
  });
});
