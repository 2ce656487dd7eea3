import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getVoteSettings } from "@/lib/voting/admin/get-vote-settings";
import { updateVoteSettings } from "@/lib/voting/admin/update-vote-settings";
import { VoteFieldError } from "@/lib/voting/admin/vote-admin-errors";
import type { TVoteSettings } from "@/lib/voting/admin/vote-admin-schemas";
import { makeVoteWorld, type VoteWorld } from "@/lib/voting/admin/vote-fixtures";

const SETTINGS: TVoteSettings = { voteVerification: "allow_list", votesPerCategory: 2, voteChangeAllowed: true, staffMayVote: true };
const DEFAULTS: TVoteSettings = { voteVerification: "email", votesPerCategory: 1, voteChangeAllowed: false, staffMayVote: false };

describe("vote settings", () => {
  let world: VoteWorld;
  beforeEach(async () => {
    world = await makeVoteWorld(db, { phase: "jury_review" });
  });

  const stored = () =>
    db.programme.findUniqueOrThrow({ where: { id: world.programme.id }, select: { voteVerification: true, votesPerCategory: true, voteChangeAllowed: true, staffMayVote: true } });
  const audits = () => db.auditEvent.findMany({ where: { programmeId: world.programme.id, action: "vote.settings_changed" } });

  it("saves the settings before the vote and audits each change", async () => {
    const { changed } = await updateVoteSettings({ actor: world.organiser, programmeId: world.programme.id, input: SETTINGS });
    expect(changed.sort()).toEqual(["staffMayVote", "voteChangeAllowed", "voteVerification", "votesPerCategory"]);
    expect(await stored()).toEqual(SETTINGS);
    const [event] = await audits();
    expect(event).toMatchObject({ actorId: world.organiser.id, entityType: "Programme", entityId: world.programme.id });
    expect(event.data).toMatchObject({ votesPerCategory: { from: 1, to: 2 }, voteVerification: { from: "email", to: "allow_list" } });
    const view = await getVoteSettings({ actor: world.organiser, programmeId: world.programme.id });
    expect(view).toMatchObject({ locked: false, maxVotesPerCategory: 3, programme: { settings: SETTINGS } });
  });

  it("writes nothing when nothing changed", async () => {
    expect(await updateVoteSettings({ actor: world.admin, programmeId: world.programme.id, input: DEFAULTS })).toEqual({ changed: [] });
    expect(await audits()).toHaveLength(0);
  });

  it("refuses more votes per category than the smallest category has finalists", async () => {
    const refused = updateVoteSettings({ actor: world.organiser, programmeId: world.programme.id, input: { ...SETTINGS, votesPerCategory: 4 } });
    await expect(refused).rejects.toBeInstanceOf(VoteFieldError);
    await expect(refused).rejects.toMatchObject({ field: "votesPerCategory", message: "votesPerCategoryTooMany", values: { max: 3 } });
    await expect(updateVoteSettings({ actor: world.organiser, programmeId: world.programme.id, input: { ...SETTINGS, votesPerCategory: 11 } })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await stored()).toEqual(DEFAULTS);
  });

  it("refuses any change once the vote has opened, and after it", async () => {
    for (const phase of ["public_vote", "results_review", "archived"]) {
      await db.programme.update({ where: { id: world.programme.id }, data: { phase } });
      await expect(updateVoteSettings({ actor: world.organiser, programmeId: world.programme.id, input: SETTINGS })).rejects.toMatchObject({ code: "invalid_state", message: "settingsLocked" });
      expect((await getVoteSettings({ actor: world.organiser, programmeId: world.programme.id })).locked).toBe(true);
    }
    expect(await stored()).toEqual(DEFAULTS);
    expect(await audits()).toHaveLength(0);
  });

  it("refuses the signed-out, a juror and another programme's organiser, changing nothing", async () => {
    const refusals = [
      [null, "unauthenticated"],
      [world.juror, "forbidden"],
      [world.outsider, "forbidden"],
    ] as const;
    for (const [actor, code] of refusals) {
      await expect(updateVoteSettings({ actor, programmeId: world.programme.id, input: SETTINGS })).rejects.toMatchObject({ code });
      await expect(getVoteSettings({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code });
    }
    await expect(updateVoteSettings({ actor: world.organiser, programmeId: "nope", input: SETTINGS })).rejects.toMatchObject({ code: "not_found" });
    expect(await stored()).toEqual(DEFAULTS);
    expect(await audits()).toHaveLength(0);
  });
});
