import { describe, expect, it } from "vitest";
import {
  conflictDeclarationClosed,
  conflictWithdrawalClosed,
  deadlinePassed,
  isPastJuryPhase,
  juryProgress,
  nominationTitle,
  otherScoresVisible,
  scoringClosed,
  sheetState,
} from "@/lib/jury/jury-rules";

const deadline = new Date("2026-06-30T21:59:00Z");
const before = new Date("2026-06-30T21:58:59Z");

describe("scoringClosed", () => {
  it("is open in the jury phase before the deadline with an open shortlist", () => {
    expect(scoringClosed({ phase: "jury_review", deadline, shortlistLockedAt: null, now: before })).toBeNull();
    expect(scoringClosed({ phase: "jury_review", deadline: null, shortlistLockedAt: null, now: new Date("2099-01-01") })).toBeNull();
  });

  it("closes at the deadline itself, outside the jury phase and once the shortlist is locked", () => {
    expect(scoringClosed({ phase: "jury_review", deadline, shortlistLockedAt: null, now: deadline })).toBe("deadlinePassed");
    for (const phase of ["moderation", "public_vote", "results_review", "archived", "nonsense"]) {
      expect(scoringClosed({ phase, deadline, shortlistLockedAt: null, now: before })).toBe("notJuryPhase");
    }
    expect(scoringClosed({ phase: "jury_review", deadline, shortlistLockedAt: before, now: before })).toBe("shortlistLocked");
  });
});

describe("conflict windows", () => {
  it("accepts declarations after the deadline but not past the jury phase or with a locked shortlist", () => {
    expect(conflictDeclarationClosed({ phase: "moderation", shortlistLockedAt: null })).toBeNull();
    expect(conflictDeclarationClosed({ phase: "jury_review", shortlistLockedAt: null })).toBeNull();
    expect(conflictDeclarationClosed({ phase: "public_vote", shortlistLockedAt: null })).toBe("notJuryPhase");
    expect(conflictDeclarationClosed({ phase: "jury_review", shortlistLockedAt: before })).toBe("shortlistLocked");
  });

  it("accepts withdrawals only before the deadline", () => {
    expect(conflictWithdrawalClosed({ phase: "jury_review", deadline, shortlistLockedAt: null, now: before })).toBeNull();
    expect(conflictWithdrawalClosed({ phase: "jury_review", deadline, shortlistLockedAt: null, now: deadline })).toBe("deadlinePassed");
  });

  it("knows which phases come after the jury", () => {
    expect(["draft", "nominations_open", "moderation", "jury_review"].map(isPastJuryPhase)).toEqual([false, false, false, false]);
    expect(["public_vote", "results_review", "results_published", "archived"].map(isPastJuryPhase)).toEqual([true, true, true, true]);
    expect(isPastJuryPhase("unknown")).toBe(false);
    expect(deadlinePassed(null, new Date())).toBe(false);
  });
});

describe("otherScoresVisible", () => {
  const base = { visibility: "after_own", phase: "jury_review", ownStatus: null, conflicted: false } as const;

  it("after_own: only once the juror's own sheet is submitted", () => {
    expect(otherScoresVisible(base)).toBe(false);
    expect(otherScoresVisible({ ...base, ownStatus: "draft" })).toBe(false);
    expect(otherScoresVisible({ ...base, ownStatus: "submitted" })).toBe(true);
  });

  it("after_review: only once the jury phase is over, whatever the juror did", () => {
    const review = { ...base, visibility: "after_review" };
    expect(otherScoresVisible({ ...review, ownStatus: "submitted" })).toBe(false);
    expect(otherScoresVisible({ ...review, phase: "public_vote" })).toBe(true);
  });

  it("never with a conflict, and never for an unknown setting during the jury phase", () => {
    expect(otherScoresVisible({ ...base, ownStatus: "submitted", conflicted: true })).toBe(false);
    expect(otherScoresVisible({ ...base, phase: "archived", conflicted: true })).toBe(false);
    expect(otherScoresVisible({ ...base, visibility: "always", ownStatus: "submitted" })).toBe(false);
  });
});

describe("states and progress", () => {
  it("names where a juror stands, conflict first", () => {
    expect(sheetState({ conflicted: false, sheetStatus: null })).toBe("not_started");
    expect(sheetState({ conflicted: false, sheetStatus: "draft" })).toBe("draft");
    expect(sheetState({ conflicted: false, sheetStatus: "submitted" })).toBe("submitted");
    expect(sheetState({ conflicted: true, sheetStatus: "submitted" })).toBe("conflict");
  });

  it("counts submitted sheets against nominations minus conflicts", () => {
    const progress = juryProgress({ nominationIds: ["a", "b", "c", "d"], conflictIds: new Set(["b", "x"]), submittedIds: new Set(["a", "b", "z"]) });
    expect(progress).toEqual({ scored: 1, total: 3 });
  });

  it("titles a group by its name", () => {
    expect(nominationTitle({ nomineeKind: "group", nomineeName: "Contact", groupName: "Tafel Team" })).toBe("Tafel Team");
    expect(nominationTitle({ nomineeKind: "group", nomineeName: "Contact", groupName: null })).toBe("Contact");
    expect(nominationTitle({ nomineeKind: "individual", nomineeName: "Alma", groupName: "x" })).toBe("Alma");
  });
});
