// The publish action as the organiser's button calls it: what the page is told.
import { createTranslator } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { confirmCategory } from "@/lib/results/confirm-category";
import { recordDraw } from "@/lib/results/record-draw";
import { makeResultsWorld, type ResultsWorld } from "@/lib/results/results-fixtures";
import en from "@/messages/en.json";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next-intl/server", () => ({ getTranslations: async (namespace: string) => createTranslator({ locale: "en", messages: en, namespace: namespace as never }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { publishResultsAction } = await import("@/app/admin/programmes/[id]/results/publish-action");

const initial = { ok: true, attempt: 0 };
const errors = en.admin.results.errors;

let w: ResultsWorld;
beforeEach(async () => {
  w = await makeResultsWorld(db);
});
afterEach(() => {
  session.user = null;
});

describe("the publish action", () => {
  it("tells the organiser to confirm every category first", async () => {
    session.user = w.organiser;
    expect(await publishResultsAction(w.programmeId, initial)).toMatchObject({ ok: false, message: errors.notAllConfirmed });
  });

  it("publishes, says how many were emailed, and refuses a second time politely", async () => {
    session.user = w.organiser;
    await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } });
    await recordDraw({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id, order: [w.hood.dana, w.hood.emil], note: "Drawn by lot." } });
    await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id } });
    expect(await publishResultsAction(w.programmeId, initial)).toMatchObject({ ok: true, message: "The results are published. 5 winners and finalists were emailed." });
    expect(await publishResultsAction(w.programmeId, initial)).toMatchObject({ ok: false, message: errors.alreadyPublished });
  });

  it("refuses a juror without saying more", async () => {
    session.user = w.juror;
    expect(await publishResultsAction(w.programmeId, initial)).toMatchObject({ ok: false, message: errors.forbidden });
  });
});
