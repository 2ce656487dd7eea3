import { describe, expect, it } from "vitest";
import { isInvitationTokenShape, ZInvitationRef, ZInviteMember, ZRemoveMember, ZUpdateMembership } from "@/lib/validation/team";

const form = (values: Record<string, string>) => Object.fromEntries(Object.entries(values));
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("ZInviteMember", () => {
  it("accepts a juror for one category with both flags, normalising the address", () => {
    const parsed = ZInviteMember.parse(
      form({ email: "  Ada@Example.ORG ", role: "juror", categoryId: "cat1", isChair: "on", isPreviousWinner: "on", locale: "de" }),
    );
    expect(parsed).toEqual({ email: "ada@example.org", role: "juror", categoryId: "cat1", isChair: true, isPreviousWinner: true, locale: "de" });
  });

  it("reads the empty category choice as the whole programme and missing checkboxes as no", () => {
    const parsed = ZInviteMember.parse(form({ email: "a@b.example", role: "organiser", categoryId: "", locale: "en" }));
    expect(parsed).toMatchObject({ categoryId: null, isChair: false, isPreviousWinner: false });
  });

  it("names the field for a missing or malformed address and an unknown role", () => {
    expect(messages(ZInviteMember.safeParse(form({ email: "", role: "judge", locale: "en" })))).toMatchObject({
      email: "emailRequired",
      role: "roleRequired",
    });
    expect(messages(ZInviteMember.safeParse(form({ email: "not-an-address", role: "juror", locale: "en" })))).toMatchObject({
      email: "emailInvalid",
    });
  });

  it("refuses categories and jury flags for organisers", () => {
    const result = ZInviteMember.safeParse(
      form({ email: "a@b.example", role: "organiser", categoryId: "cat1", isChair: "on", isPreviousWinner: "on", locale: "en" }),
    );
    expect(messages(result)).toEqual({
      categoryId: "organiserWholeProgramme",
      isChair: "chairIsJuror",
      isPreviousWinner: "previousWinnerIsJuror",
    });
  });

  it("refuses a language code that is not one", () => {
    expect(messages(ZInviteMember.safeParse(form({ email: "a@b.example", role: "juror", locale: "../../etc" })))).toEqual({
      locale: "localeInvalid",
    });
  });
});

describe("membership and invitation references", () => {
  it("needs an id", () => {
    expect(ZRemoveMember.safeParse({}).success).toBe(false);
    expect(ZInvitationRef.safeParse({ invitationId: " " }).success).toBe(false);
    expect(ZUpdateMembership.parse({ membershipId: "m1", categoryId: "" })).toEqual({
      membershipId: "m1",
      categoryId: null,
      isChair: false,
      isPreviousWinner: false,
    });
  });
});

describe("isInvitationTokenShape", () => {
  it("accepts 43 base64url characters only", () => {
    expect(isInvitationTokenShape("A".repeat(43))).toBe(true);
    expect(isInvitationTokenShape("a-_".padEnd(43, "z"))).toBe(true);
    expect(isInvitationTokenShape("A".repeat(42))).toBe(false);
    expect(isInvitationTokenShape("A".repeat(42) + "=")).toBe(false);
    expect(isInvitationTokenShape("A".repeat(42) + "/")).toBe(false);
    expect(isInvitationTokenShape(undefined)).toBe(false);
  });
});
