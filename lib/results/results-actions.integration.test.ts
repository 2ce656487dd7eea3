// The results review's server actions, called directly as a form would: what
// the organiser is told next to which field. Who is signed in comes from a
// stand-in for getCurrentUser; translations are the real English messages.
import { createTranslator } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { makeResultsWorld, type ResultsWorld } from "@/lib/results/results-fixtures";
import en from "@/messages/en.json";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next-intl/server", () => ({ getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: en, namespace: namespace as never }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { confirmAction, overrideAction, recordDrawAction, reopenAction } = await import("@/app/admin/programmes/[id]/results/actions");

const initial = { ok: true, attempt: 0 };
const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};
const errors = en.admin.results.errors;

let w: ResultsWorld;
beforeEach(async () => {
  w = await makeResultsWorld(db);
});
afterEach(() => {
  session.user = null;
});
const resultRows = () => db.result.count({ where: { category: { programmeId: w.programmeId } } });

describe("the results actions", () => {
  it("shows a missing override reason next to the reason field, keeps what was ticked, and saves nothing", async () => {
    session.user = w.organiser;
    const state = await overrideAction(w.programmeId, initial, form([["categoryId", w.young.id], ["winners", w.young.amira], ["reason", ""]]));
    expect(state).toMatchObject({ ok: false, fieldErrors: { reason: errors.reasonRequired }, values: { reason: "", winners: w.young.amira } });
    expect(await resultRows()).toBe(0);
  });

  it("refuses confirming while a draw is needed with a message above the form", async () => {
    session.user = w.organiser;
    const state = await confirmAction(w.programmeId, initial, form([["categoryId", w.hood.id]]));
    expect(state).toMatchObject({ ok: false, message: errors.drawNeeded });
    expect(state.fieldErrors).toBeUndefined();
  });

  it("records a draw from the places chosen, then confirms and reopens", async () => {
    session.user = w.organiser;
    const bad = await recordDrawAction(w.programmeId, initial, form([["categoryId", w.hood.id], ["finalist", w.hood.dana], ["place", "1"], ["finalist", w.hood.emil], ["place", "1"], ["note", "Drawn by lot."]]));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { order: errors.orderInvalid }, values: { note: "Drawn by lot." } });
    const drawn = await recordDrawAction(w.programmeId, initial, form([["categoryId", w.hood.id], ["finalist", w.hood.dana], ["place", "2"], ["finalist", w.hood.emil], ["place", "1"], ["note", "Drawn by lot."]]));
    expect(drawn).toMatchObject({ ok: true });
    expect(await confirmAction(w.programmeId, initial, form([["categoryId", w.hood.id]]))).toMatchObject({ ok: true });
    const winner = await db.result.findFirstOrThrow({ where: { categoryId: w.hood.id, isWinner: true }, include: { nomination: { select: { finalist: { select: { id: true } } } } } });
    expect(winner.nomination.finalist!.id).toBe(w.hood.emil);
    expect(await reopenAction(w.programmeId, initial, form([["categoryId", w.hood.id]]))).toMatchObject({ ok: true });
    expect(await resultRows()).toBe(0);
  });

  it("tells a juror and the signed-out they may not, and saves nothing", async () => {
    for (const [actor, message] of [[w.juror, errors.forbidden], [null, errors.unauthenticated]] as const) {
      session.user = actor;
      expect(await confirmAction(w.programmeId, initial, form([["categoryId", w.young.id]]))).toMatchObject({ ok: false, message });
      expect(await overrideAction(w.programmeId, initial, form([["categoryId", w.young.id], ["winners", w.young.amira], ["reason", "The jury's clear favourite."]]))).toMatchObject({ ok: false, message });
    }
    expect(await resultRows()).toBe(0);
  });
});
