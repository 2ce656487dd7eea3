import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { getOutboxEmail, listOutboxEmails } from "@/lib/mail/list-outbox";

async function actor(userId: string) {
  return (await loadSessionUser({ db, userId }))!;
}

describe("the outbox", () => {
  it("is closed to anonymous callers and to organisers", async () => {
    const row = await db.outboxEmail.create({ data: { toAddress: "a@b.example", subject: "s", text: "t", kind: "test", status: "outbox" } });
    await expect(listOutboxEmails({ db, actor: null })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(getOutboxEmail({ db, actor: null, id: row.id })).rejects.toMatchObject({ code: "unauthenticated" });

    const { programme } = await makeProgramme(db);
    const organiser = await makeUser(db);
    await makeMembership(db, { userId: organiser.id, programmeId: programme.id, role: "organiser" });
    const o = await actor(organiser.id);
    await expect(listOutboxEmails({ db, actor: o })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getOutboxEmail({ db, actor: o, id: row.id })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("shows admins the stored emails newest first, page by page, and one in full", async () => {
    await db.outboxEmail.deleteMany();
    const base = Date.parse("2026-03-01T08:00:00Z");
    for (let i = 0; i < 7; i++) {
      await db.outboxEmail.create({
        data: { toAddress: `p${i}@b.example`, subject: `Email ${i}`, text: `Body ${i}`, kind: "test", status: "outbox", createdAt: new Date(base + i * 1000) },
      });
    }
    const admin = await actor((await makeUser(db, { isAdmin: true })).id);
    const first = await listOutboxEmails({ db, actor: admin, page: 1, pageSize: 3 });
    expect(first).toMatchObject({ page: 1, pageCount: 3, total: 7 });
    expect(first.items.map((e) => e.subject)).toEqual(["Email 6", "Email 5", "Email 4"]);
    const last = await listOutboxEmails({ db, actor: admin, page: 99, pageSize: 3 });
    expect(last.page).toBe(3);
    expect(last.items.map((e) => e.subject)).toEqual(["Email 0"]);

    const one = await getOutboxEmail({ db, actor: admin, id: first.items[0].id });
    expect(one.text).toBe("Body 6");
    await expect(getOutboxEmail({ db, actor: admin, id: "missing" })).rejects.toMatchObject({ code: "not_found", status: 404 });
  });
});
