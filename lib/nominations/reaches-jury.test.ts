import { describe, expect, it } from "vitest";
import { reachesJury } from "@/lib/nominations/reaches-jury";

const accepted = { status: "accepted", guardianRequired: false, guardianConfirmedAt: null };

describe("reachesJury", () => {
  it("needs moderation and consent", () => {
    expect(reachesJury({ status: "eligible", consent: accepted })).toBe(true);
    expect(reachesJury({ status: "submitted", consent: accepted })).toBe(false);
    expect(reachesJury({ status: "eligible", consent: null })).toBe(false);
    expect(reachesJury({ status: "eligible", consent: { ...accepted, status: "pending" } })).toBe(false);
  });

  it("needs the guardian for a minor", () => {
    const minor = { ...accepted, guardianRequired: true };
    expect(reachesJury({ status: "eligible", consent: minor })).toBe(false);
    expect(reachesJury({ status: "eligible", consent: { ...minor, guardianConfirmedAt: new Date() } })).toBe(true);
  });
});
