import { describe, expect, it } from "vitest";
import { recountPublic, tallyAvailable, voteSettingsLocked, voteStage } from "@/lib/voting/admin/vote-stage";
import { PHASES } from "@/lib/validation/statuses";

describe("voteStage", () => {
  it("reads every phase as before, open or closed", () => {
    expect(PHASES.map((p) => [p, voteStage(p)])).toEqual([
      ["draft", "before"],
      ["nominations_open", "before"],
      ["moderation", "before"],
      ["jury_review", "before"],
      ["public_vote", "open"],
      ["results_review", "closed"],
      ["results_published", "closed"],
      ["archived", "closed"],
    ]);
  });

  it("locks the settings from the opening, shows a tally only after the close, and the recount only once published", () => {
    expect(PHASES.filter(voteSettingsLocked)).toEqual(["public_vote", "results_review", "results_published", "archived"]);
    expect(PHASES.filter(tallyAvailable)).toEqual(["results_review", "results_published", "archived"]);
    expect(PHASES.filter(recountPublic)).toEqual(["results_published", "archived"]);
  });
});
