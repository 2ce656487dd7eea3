import { describe, expect, it } from "vitest";
import { CONFLICT_NOTE_MAX, ZRecordConflict, ZWithdrawConflict } from "@/lib/transparency/conflict-form-schema";

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]);

describe("ZRecordConflict", () => {
  it("accepts a conflict and turns an empty note into null", () => {
    expect(ZRecordConflict.parse({ jurorId: "u1", nominationId: "n1", reason: "family", note: "  " })).toEqual({ jurorId: "u1", nominationId: "n1", reason: "family", note: null });
    expect(ZRecordConflict.parse({ jurorId: "u1", nominationId: "n1", reason: "other", note: "Coaches her team" }).note).toBe("Coaches her team");
  });

  it("names each missing or wrong field", () => {
    expect(issues(ZRecordConflict.safeParse({ jurorId: "", nominationId: null, reason: "bribe" }))).toEqual([
      ["jurorId", "jurorRequired"],
      ["nominationId", "nominationRequired"],
      ["reason", "reasonRequired"],
    ]);
  });

  it("refuses a note over the limit and an id of 1 MB", () => {
    expect(issues(ZRecordConflict.safeParse({ jurorId: "u", nominationId: "n", reason: "other", note: "x".repeat(CONFLICT_NOTE_MAX + 1) }))).toEqual([["note", "noteTooLong"]]);
    expect(issues(ZRecordConflict.safeParse({ jurorId: "u".repeat(1_000_000), nominationId: "n", reason: "other" }))).toEqual([["jurorId", "jurorRequired"]]);
  });
});

describe("ZWithdrawConflict", () => {
  it("needs a conflict id", () => {
    expect(issues(ZWithdrawConflict.safeParse({ conflictId: "" }))).toEqual([["conflictId", "conflictRequired"]]);
  });
});
