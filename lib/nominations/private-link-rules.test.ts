import { describe, expect, it } from "vitest";
import { parseLocalDate } from "@/lib/eligibility/age";
import type { EligibilityRule } from "@/lib/eligibility/check-eligibility";
import { checkNomineeAge, isErasableByNominee, isExpiredPending, isOpenForConsent, programmeTitle, shownName, submissionStage } from "@/lib/nominations/private-link-rules";

const accepted = { status: "accepted", guardianRequired: false, guardianConfirmedAt: null };
const today = parseLocalDate("2026-03-01")!;
const youngVolunteer: EligibilityRule = { nomineeKind: "individual", minAge: 16, maxAge: 25, referenceDate: parseLocalDate("2026-06-30")! };
const anyAge: EligibilityRule = { nomineeKind: "either", minAge: null, maxAge: null, referenceDate: today };

describe("submissionStage", () => {
  it("waits for the nominee until they accept, then (for an applicant) for a guardian where one is needed", () => {
    expect(submissionStage({ kind: "nomination", status: "pending_confirmation", consent: null })).toBe("unconfirmed");
    expect(submissionStage({ kind: "nomination", status: "submitted", consent: { ...accepted, status: "pending" } })).toBe("waiting_for_nominee");
    expect(submissionStage({ kind: "nomination", status: "submitted", consent: null })).toBe("waiting_for_nominee");
    // The nominator is never told the nominee is under 18.
    expect(submissionStage({ kind: "nomination", status: "eligible", consent: { ...accepted, guardianRequired: true } })).toBe("waiting_for_nominee");
    expect(submissionStage({ kind: "nomination", status: "submitted", consent: { ...accepted, guardianRequired: true } })).toBe("waiting_for_nominee");
    expect(submissionStage({ kind: "application", status: "submitted", consent: { ...accepted, guardianRequired: true } })).toBe("waiting_for_guardian");
    expect(submissionStage({ kind: "nomination", status: "eligible", consent: { ...accepted, guardianRequired: true, guardianConfirmedAt: new Date() } })).toBe("accepted");
    expect(submissionStage({ kind: "application", status: "submitted", consent: accepted })).toBe("under_review");
  });

  it("names every ending", () => {
    for (const status of ["duplicate", "merged", "withdrawn", "declined", "erased"]) expect(submissionStage({ kind: "nomination", status, consent: null })).toBe(status);
    expect(submissionStage({ kind: "nomination", status: "rejected", consent: accepted })).toBe("not_accepted");
    expect(submissionStage({ kind: "nomination", status: "submitted", consent: { ...accepted, status: "declined" } })).toBe("declined");
  });
});

describe("what the nominee's link may still do", () => {
  it("decides while open, and has the data deleted in every status that still holds it", () => {
    expect(["submitted", "eligible"].filter(isOpenForConsent)).toEqual(["submitted", "eligible"]);
    const statuses = ["pending_confirmation", "submitted", "eligible", "rejected", "duplicate", "merged", "withdrawn", "declined", "erased"];
    expect(statuses.filter(isErasableByNominee)).toEqual(["submitted", "eligible", "rejected", "duplicate", "merged", "withdrawn"]);
  });
});

describe("isExpiredPending", () => {
  const now = new Date("2026-03-01T10:00:00Z");
  it("expires only unconfirmed submissions whose time ran out", () => {
    expect(isExpiredPending({ status: "pending_confirmation", expiresAt: new Date("2026-03-01T09:59:59Z") }, now)).toBe(true);
    expect(isExpiredPending({ status: "pending_confirmation", expiresAt: new Date("2026-03-01T10:00:00Z") }, now)).toBe(false);
    expect(isExpiredPending({ status: "pending_confirmation", expiresAt: null }, now)).toBe(false);
    expect(isExpiredPending({ status: "submitted", expiresAt: new Date("2020-01-01T00:00:00Z") }, now)).toBe(false);
  });
});

describe("shownName", () => {
  it("shows the full name, the first name, or the chosen one", () => {
    expect(shownName({ displayName: "full_name", chosenName: null }, "  Amira  Haddad ")).toBe("Amira  Haddad");
    expect(shownName({ displayName: "first_name", chosenName: "Mira" }, "Amira Haddad")).toBe("Amira");
    expect(shownName({ displayName: "chosen_name", chosenName: " Mira " }, "Amira Haddad")).toBe("Mira");
    // A chosen name that went missing falls back to the most private choice.
    expect(shownName({ displayName: "chosen_name", chosenName: "" }, "Amira Haddad")).toBe("Amira");
    expect(shownName({ displayName: "something_else", chosenName: null }, "Amira Haddad")).toBe("Amira");
  });
});

describe("checkNomineeAge", () => {
  it("asks for a guardian when the nominee is under 18 today", () => {
    expect(checkNomineeAge("2008-09-15", youngVolunteer, today, "individual")).toEqual({ eligibility: { eligible: true }, needsGuardian: true });
    expect(checkNomineeAge("2008-03-01", youngVolunteer, today, "individual")).toEqual({ eligibility: { eligible: true }, needsGuardian: false });
    expect(checkNomineeAge("2008-03-02", youngVolunteer, today, "individual").needsGuardian).toBe(true);
  });

  it("applies the category's age rule on its reference date", () => {
    expect(checkNomineeAge("2000-06-30", youngVolunteer, today, "individual").eligibility).toEqual({ eligible: false, rule: "too_old", maxAge: 25, age: 26 });
    expect(checkNomineeAge("2010-07-01", youngVolunteer, today, "individual").eligibility).toEqual({ eligible: false, rule: "too_young", minAge: 16, age: 15 });
  });

  it("needs a real date even without an age rule, and none in the future", () => {
    expect(checkNomineeAge("", anyAge, today, "individual").eligibility).toEqual({ eligible: false, rule: "birth_date_required" });
    expect(checkNomineeAge("2026-02-30", anyAge, today, "individual").eligibility).toEqual({ eligible: false, rule: "birth_date_required" });
    expect(checkNomineeAge("2027-01-01", anyAge, today, "individual")).toEqual({ eligibility: { eligible: false, rule: "birth_date_in_future" }, needsGuardian: false });
    expect(checkNomineeAge("1960-01-01", anyAge, today, "individual")).toEqual({ eligibility: { eligible: true }, needsGuardian: false });
  });

  it("asks groups for no birth date", () => {
    expect(checkNomineeAge("", youngVolunteer, today, "group")).toEqual({ eligibility: { eligible: true }, needsGuardian: false });
  });
});

describe("programmeTitle", () => {
  it("adds the edition unless the name has it", () => {
    expect(programmeTitle({ name: "#YoungEngagement Award", edition: "2026" })).toBe("#YoungEngagement Award 2026");
    expect(programmeTitle({ name: "Volunteer of the month 2026", edition: "2026" })).toBe("Volunteer of the month 2026");
  });
});
