// The shortlist's server actions, called directly as a form would. Who is
// signed in comes from a stand-in for getCurrentUser (it reads the Auth.js
// cookie inside a Next.js request); translations come from the real English
// messages. Database, permission checks and domain functions are real.
import { createTranslator } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { getRanking } from "@/lib/shortlist/get-ranking";
import { makeJuryNomination, makeSheet, makeShortlistWorld, type ShortlistWorld } from "@/lib/shortlist/shortlist-fixtures";
import en from "@/messages/en.json";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next-intl/server", () => ({ getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: en, namespace: namespace as never }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { lockAction, unlockAction } = await import("@/app/jury/programmes/[id]/shortlist/[categoryId]/actions");
const { updateProfileAction } = await import("@/app/jury/programmes/[id]/shortlist/[categoryId]/finalists/[finalistId]/actions");

let w: ShortlistWorld;
let ids: string[];

beforeEach(async () => {
  w = await makeShortlistWorld(db);
  ids = [];
  for (const [i, name] of ["Anna Beispiel", "Ben Zwei", "Cem Drei"].entries()) {
    const n = await makeJuryNomination(db, { programmeId: w.programmeId, categoryId: w.categoryA, nomineeName: name });
    for (const juror of [w.chair, ...w.jurors]) await makeSheet(db, { jurorId: juror.id, nominationId: n.id, values: { [w.criteriaA[0]]: 9 - i, [w.criteriaA[1]]: 9 - i } });
    ids.push(n.id);
  }
});
afterEach(() => {
  session.user = null;
});

const initial = { ok: true, attempt: 0 };
function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}
/** Runs an action as `actor`; a redirect (success) comes back as its target. */
async function run<T>(actor: SessionUser | null, act: () => Promise<T>): Promise<T | { redirect: string }> {
  session.user = actor;
  try {
    return await act();
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest?.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}
const lockedAt = async () => (await db.category.findUniqueOrThrow({ where: { id: w.categoryA } })).shortlistLockedAt;

describe("lockAction", () => {
  const lock = (entries: [string, string][]) => lockAction(w.programmeId, w.categoryA, initial, form(entries));

  it("refuses the signed-out, a plain juror, another category's chair and another programme's organiser", async () => {
    const entries: [string, string][] = [["finalist", ids[0]], ["finalist", ids[1]]];
    expect(await run(null, () => lock(entries))).toMatchObject({ ok: false, message: "Please sign in again." });
    for (const actor of [w.jurors[0], w.chairB, w.outsider]) {
      expect(await run(actor, () => lock(entries))).toMatchObject({ ok: false, message: "You are not allowed to do this for this category." });
    }
    expect(await lockedAt()).toBeNull();
  });

  it("reports a missing reason next to the nomination, then locks with it", async () => {
    const refused = await run(w.chair, () => lock([["finalist", ids[0]], ["finalist", ids[2]]]));
    expect(refused).toMatchObject({ ok: false, message: "Please give a reason for every change to the proposed finalists." });
    expect(Object.keys((refused as { fieldErrors: Record<string, string> }).fieldErrors).sort()).toEqual([`reason.${ids[1]}`, `reason.${ids[2]}`].sort());
    expect(await lockedAt()).toBeNull();

    const done = await run(w.chair, () =>
      lock([
        ["finalist", ids[0]],
        ["finalist", ids[2]],
        [`reason.${ids[2]}`, "Reaches young people nobody else reaches."],
        [`reason.${ids[1]}`, "Close call; the jury preferred the other."],
      ]),
    );
    expect(done).toEqual({ redirect: `/jury/programmes/${w.programmeId}/shortlist/${w.categoryA}?notice=locked` });
    expect(await lockedAt()).toBeInstanceOf(Date);
    const added = await db.finalist.findUniqueOrThrow({ where: { nominationId: ids[2] } });
    expect(added.changeReason).toBe("Reaches young people nobody else reaches.");
  });

  it("says so when nothing is selected", async () => {
    expect(await run(w.organiser, () => lock([]))).toMatchObject({ ok: false, message: "Please select at least one finalist." });
  });
});

describe("unlockAction and updateProfileAction", () => {
  beforeEach(async () => {
    session.user = w.chair;
    const view = await getRanking({ actor: w.chair, categoryId: w.categoryA });
    await run(w.chair, () => lockAction(w.programmeId, w.categoryA, initial, form(view.proposal.finalistIds.map((id) => ["finalist", id]))));
    expect(await lockedAt()).toBeInstanceOf(Date);
  });

  it("unlocks for an organiser who confirms with a reason, and for nobody else", async () => {
    const unlock = (entries: [string, string][]) => unlockAction(w.programmeId, w.categoryA, initial, form(entries));
    const ok: [string, string][] = [["reason", "A conflict came to light."], ["confirm", "on"]];
    expect(await run(null, () => unlock(ok))).toMatchObject({ ok: false, message: "Please sign in again." });
    for (const actor of [w.chair, w.jurors[0], w.outsider]) expect(await run(actor, () => unlock(ok))).toMatchObject({ ok: false, message: "You are not allowed to do this for this category." });
    expect(await run(w.organiser, () => unlock([["reason", "A conflict came to light."]]))).toMatchObject({ ok: false, fieldErrors: { confirm: "Please tick the box to confirm." }, values: { reason: "A conflict came to light." } });
    expect(await run(w.organiser, () => unlock([["reason", ""], ["confirm", "on"]]))).toMatchObject({ ok: false, fieldErrors: { reason: "Please give a reason for this change." } });
    expect(await lockedAt()).toBeInstanceOf(Date);
    expect(await run(w.organiser, () => unlock(ok))).toEqual({ redirect: `/jury/programmes/${w.programmeId}/shortlist/${w.categoryA}?notice=unlocked` });
    expect(await lockedAt()).toBeNull();
  });

  it("saves a profile for organisers only, with refusals next to the field and the typed values kept", async () => {
    const finalist = await db.finalist.findUniqueOrThrow({ where: { nominationId: ids[0] } });
    const save = (entries: [string, string][]) => updateProfileAction(w.programmeId, finalist.id, initial, form(entries));
    const typed: [string, string][] = [["publicName", "Anna"], ["publicSummary", "Runs the repair café."], ["publicDistrict", "Gostenhof"]];
    expect(await run(null, () => save(typed))).toMatchObject({ ok: false, message: "Please sign in again." });
    for (const actor of [w.chair, w.jurors[0], w.outsider]) expect(await run(actor, () => save(typed))).toMatchObject({ ok: false, message: "You are not allowed to do this for this category." });
    expect(await run(w.organiser, () => save(typed))).toMatchObject({
      ok: false,
      fieldErrors: { publicDistrict: "The nominee did not agree to show their district." },
      values: { publicName: "Anna", publicSummary: "Runs the repair café.", publicDistrict: "Gostenhof" },
    });
    expect(await run(w.organiser, () => save([["publicName", "Anna"], ["publicSummary", "Runs the repair café."]]))).toMatchObject({ ok: true, message: "The public profile is saved." });
    expect((await db.finalist.findUniqueOrThrow({ where: { id: finalist.id } })).publicSummary).toBe("Runs the repair café.");
  });
});
