import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { listJuryAssignments } from "@/lib/permissions/list-jury-assignments";
import { listOrganiserProgrammes } from "@/lib/permissions/list-organiser-programmes";

async function actor(userId: string) {
  return (await loadSessionUser({ db, userId }))!;
}

describe("listOrganiserProgrammes", () => {
  it("refuses anonymous callers and people who organise nothing", async () => {
    await expect(listOrganiserProgrammes({ db, actor: null })).rejects.toMatchObject({ code: "unauthenticated", status: 401 });
    const nobody = await makeUser(db);
    await expect(listOrganiserProgrammes({ db, actor: await actor(nobody.id) })).rejects.toMatchObject({ code: "forbidden", status: 403 });
  });

  it("refuses a juror: the organiser area is not theirs", async () => {
    const { programme } = await makeProgramme(db);
    const juror = await makeUser(db);
    await makeMembership(db, { userId: juror.id, programmeId: programme.id, role: "juror" });
    await expect(listOrganiserProgrammes({ db, actor: await actor(juror.id) })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("shows an organiser only their own programmes, and an admin all of them", async () => {
    const own = await makeProgramme(db, { name: "Own programme", phase: "nominations_open" });
    const other = await makeProgramme(db, { name: "Someone else's programme" });
    const organiser = await makeUser(db);
    await makeMembership(db, { userId: organiser.id, programmeId: own.programme.id, role: "organiser" });

    const mine = await listOrganiserProgrammes({ db, actor: await actor(organiser.id) });
    expect(mine.map((p) => [p.name, p.phase])).toEqual([["Own programme", "nominations_open"]]);

    const admin = await makeUser(db, { isAdmin: true });
    const all = (await listOrganiserProgrammes({ db, actor: await actor(admin.id) })).map((p) => p.id);
    expect(all).toEqual(expect.arrayContaining([own.programme.id, other.programme.id]));
  });
});

describe("listJuryAssignments", () => {
  it("refuses anonymous callers and organisers who are not jurors", async () => {
    await expect(listJuryAssignments({ db, actor: null })).rejects.toMatchObject({ code: "unauthenticated" });
    const { programme } = await makeProgramme(db);
    const organiser = await makeUser(db);
    await makeMembership(db, { userId: organiser.id, programmeId: programme.id, role: "organiser" });
    await expect(listJuryAssignments({ db, actor: await actor(organiser.id) })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("lists the juror's programmes with the categories they serve and the chair flag", async () => {
    const bristol = await makeProgramme(db, { name: "Bristol Volunteer Awards", categories: ["Young volunteer of the year", "Longest serving volunteer"] });
    const nuremberg = await makeProgramme(db, { name: "#YoungEngagement Award", categories: ["Individuals", "Groups"] });
    const unrelated = await makeProgramme(db, { name: "Riga volunteers" });
    const juror = await makeUser(db);
    await makeMembership(db, { userId: juror.id, programmeId: bristol.programme.id, role: "juror", categoryId: bristol.categories[1].id });
    await makeMembership(db, { userId: juror.id, programmeId: nuremberg.programme.id, role: "juror", isChair: true });
    await makeMembership(db, { userId: juror.id, programmeId: unrelated.programme.id, role: "organiser" });

    const assignments = await listJuryAssignments({ db, actor: await actor(juror.id) });
    const byName = Object.fromEntries(assignments.map((a) => [a.programmeName, a]));
    expect(Object.keys(byName).sort()).toEqual(["#YoungEngagement Award", "Bristol Volunteer Awards"]);
    expect(byName["Bristol Volunteer Awards"]).toMatchObject({ isChair: false, categories: [{ name: "Longest serving volunteer" }] });
    expect(byName["#YoungEngagement Award"]).toMatchObject({ isChair: true, categories: null });
  });
});
