import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getJurySettings } from "@/lib/jury-settings/get-jury-settings";
import { JurySettingsFieldError, updateJurySettings } from "@/lib/jury-settings/update-jury-settings";
import type { TJurySettings } from "@/lib/jury-settings/jury-settings-schema";
import { makeJuryWorld, type JuryWorld } from "@/lib/transparency/jury-world-fixtures";

const SETTINGS: TJurySettings = { juryBlind: true, juryNormalise: true, juryScoresVisibility: "after_review", transparencyPublic: true };

describe("jury settings", () => {
  let world: JuryWorld;
  beforeEach(async () => {
    world = await makeJuryWorld(db);
  });

  const stored = () =>
    db.programme.findUniqueOrThrow({
      where: { id: world.programme.id },
      select: { juryBlind: true, juryNormalise: true, juryScoresVisibility: true, transparencyPublic: true },
    });
  const audits = () => db.auditEvent.findMany({ where: { programmeId: world.programme.id, action: "programme.jury_settings_changed" } });

  it("saves the settings and audits each changed setting by name, without anything personal", async () => {
    const { changed } = await updateJurySettings({ actor: world.organiser, programmeId: world.programme.id, input: { ...SETTINGS, juryNormalise: false } });
    expect(changed.sort()).toEqual(["juryBlind", "juryScoresVisibility", "transparencyPublic"]);
    expect(await stored()).toEqual({ ...SETTINGS, juryNormalise: false });
    const [event] = await audits();
    expect(event).toMatchObject({ actorId: world.organiser.id, entityType: "Programme", entityId: world.programme.id });
    expect(event.data).toEqual({
      juryBlind: { from: false, to: true },
      juryScoresVisibility: { from: "after_own", to: "after_review" },
      transparencyPublic: { from: false, to: true },
    });
    for (const email of world.emails) expect(JSON.stringify(event)).not.toContain(email);
  });

  it("writes no audit row when nothing changed", async () => {
    const current = (await getJurySettings({ actor: world.organiser, programmeId: world.programme.id })).settings;
    expect(await updateJurySettings({ actor: world.organiser, programmeId: world.programme.id, input: current })).toEqual({ changed: [] });
    expect(await audits()).toHaveLength(0);
  });

  it("refuses the signed-out, jurors, a jury chair and another programme's organiser, changing nothing", async () => {
    const refusals = [
      [null, "unauthenticated"],
      [world.jurors.ada, "forbidden"],
      [world.jurors.chris, "forbidden"],
      [world.outsider, "forbidden"],
    ] as const;
    for (const [actor, code] of refusals) {
      await expect(updateJurySettings({ actor, programmeId: world.programme.id, input: SETTINGS })).rejects.toMatchObject({ code });
      await expect(getJurySettings({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code });
    }
    expect(await stored()).toEqual({ juryBlind: false, juryNormalise: false, juryScoresVisibility: "after_own", transparencyPublic: false });
    expect(await audits()).toHaveLength(0);
  });

  it("answers not found for an unknown programme and invalid input for a tampered value", async () => {
    await expect(updateJurySettings({ actor: world.organiser, programmeId: "nope", input: SETTINGS })).rejects.toMatchObject({ code: "not_found" });
    const tampered = { ...SETTINGS, juryScoresVisibility: "always" } as unknown as TJurySettings;
    await expect(updateJurySettings({ actor: world.organiser, programmeId: world.programme.id, input: tampered })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("keeps normalisation fixed once a shortlist is locked, while other settings still change", async () => {
    await db.category.update({ where: { id: world.categoryIds[0] }, data: { shortlistLockedAt: new Date() } });
    expect((await getJurySettings({ actor: world.organiser, programmeId: world.programme.id })).normaliseLocked).toBe(true);
    const refused = updateJurySettings({ actor: world.organiser, programmeId: world.programme.id, input: SETTINGS });
    await expect(refused).rejects.toBeInstanceOf(JurySettingsFieldError);
    await expect(refused).rejects.toMatchObject({ field: "juryNormalise", message: "normaliseLocked" });
    expect((await stored()).juryBlind).toBe(false);
    await updateJurySettings({ actor: world.organiser, programmeId: world.programme.id, input: { ...SETTINGS, juryNormalise: false } });
    expect(await stored()).toEqual({ ...SETTINGS, juryNormalise: false });
  });
});
