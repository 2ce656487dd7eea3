import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { canViewAttachment, type AttachmentFacts, type NominationGate } from "@/lib/attachments/can-view-attachment";

const user = (memberships: SessionUser["memberships"], isAdmin = false): SessionUser => ({
  id: "u",
  email: "u@laurel.example",
  name: null,
  isAdmin,
  locale: "en",
  memberships,
});
const organiserOf = (programmeId: string) => user([{ programmeId, role: "organiser", categoryId: null, isChair: false }]);
const jurorOf = (programmeId: string, categoryId: string | null) => user([{ programmeId, role: "juror", categoryId, isChair: false }]);

const atJury: NominationGate = {
  programmeId: "p1",
  categoryId: "c1",
  status: "eligible",
  consent: { status: "accepted", guardianRequired: false, guardianConfirmedAt: null },
};
const facts = (over: Partial<AttachmentFacts> = {}): AttachmentFacts => ({ nomination: atJury, mergedInto: null, questionVisibility: null, ...over });

describe("canViewAttachment", () => {
  it("refuses a signed-out visitor", () => {
    expect(canViewAttachment(null, facts())).toBe(false);
  });

  it("lets the programme's organisers and admins see every file", () => {
    const submitted = facts({ nomination: { ...atJury, status: "submitted", consent: null }, questionVisibility: "organisers" });
    expect(canViewAttachment(organiserOf("p1"), submitted)).toBe(true);
    expect(canViewAttachment(user([], true), submitted)).toBe(true);
  });

  it("refuses organisers of another programme", () => {
    expect(canViewAttachment(organiserOf("p2"), facts())).toBe(false);
  });

  it("lets a juror of the category see a nomination's files once it reaches the jury", () => {
    expect(canViewAttachment(jurorOf("p1", "c1"), facts())).toBe(true);
    expect(canViewAttachment(jurorOf("p1", null), facts())).toBe(true);
  });

  it("refuses a juror who declared a conflict, and every juror the photo in blind mode", () => {
    expect(canViewAttachment(jurorOf("p1", "c1"), facts({ actorConflicted: true }))).toBe(false);
    expect(canViewAttachment(jurorOf("p1", "c1"), facts({ blindPhoto: true }))).toBe(false);
    expect(canViewAttachment(organiserOf("p1"), facts({ blindPhoto: true }))).toBe(true);
  });

  it("refuses a juror of another category or programme", () => {
    expect(canViewAttachment(jurorOf("p1", "c2"), facts())).toBe(false);
    expect(canViewAttachment(jurorOf("p2", null), facts())).toBe(false);
  });

  it.each([
    ["not yet accepted as eligible", { status: "submitted" }],
    ["rejected", { status: "rejected" }],
    ["the nominee has not answered", { consent: { status: "pending", guardianRequired: false, guardianConfirmedAt: null } }],
    ["the nominee declined", { consent: { status: "declined", guardianRequired: false, guardianConfirmedAt: null } }],
    ["the guardian has not confirmed", { consent: { status: "accepted", guardianRequired: true, guardianConfirmedAt: null } }],
  ] as [string, Partial<NominationGate>][])("refuses a juror while %s", (_label, change) => {
    expect(canViewAttachment(jurorOf("p1", "c1"), facts({ nomination: { ...atJury, ...change } }))).toBe(false);
  });

  it("hides files answering an organisers-only (or deleted) question from jurors", () => {
    expect(canViewAttachment(jurorOf("p1", "c1"), facts({ questionVisibility: "organisers" }))).toBe(false);
    expect(canViewAttachment(jurorOf("p1", "c1"), facts({ questionVisibility: "missing" }))).toBe(false);
    expect(canViewAttachment(jurorOf("p1", "c1"), facts({ questionVisibility: "jury" }))).toBe(true);
    expect(canViewAttachment(jurorOf("p1", "c1"), facts({ questionVisibility: "public" }))).toBe(true);
  });

  it("shows a merged nomination's files to the jury of the nomination it was merged into", () => {
    const merged = { ...atJury, status: "merged", consent: null };
    expect(canViewAttachment(jurorOf("p1", "c1"), facts({ nomination: merged, mergedInto: atJury }))).toBe(true);
    expect(canViewAttachment(jurorOf("p1", "c1"), facts({ nomination: merged, mergedInto: { ...atJury, status: "submitted" } }))).toBe(false);
    // A discarded duplicate is not merged: its files stay with the organisers.
    expect(canViewAttachment(jurorOf("p1", "c1"), facts({ nomination: { ...merged, status: "duplicate" }, mergedInto: atJury }))).toBe(false);
  });
});
