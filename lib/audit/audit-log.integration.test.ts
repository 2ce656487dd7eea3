import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";

describe("audit log", () => {
  it("keeps an intact chain when many changes are recorded at once", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.$transaction((tx) => appendAuditEvent(tx, { action: "test.event", entityType: "Test", data: { i } })),
      ),
    );
    const { entries, problem } = await verifyAuditLog(db);
    expect(entries).toBe(12);
    expect(problem).toBeNull();
  });

  it("shows a row changed behind the application's back", async () => {
    for (let i = 0; i < 3; i++) {
      await db.$transaction((tx) => appendAuditEvent(tx, { action: "phase.change", entityType: "Programme", data: { to: `p${i}` } }));
    }
    const second = await db.auditEvent.findUniqueOrThrow({ where: { seq: 2 } });
    await db.auditEvent.update({ where: { id: second.id }, data: { action: "phase.forged" } });
    expect((await verifyAuditLog(db)).problem).toEqual({ seq: 2, problem: "hash_mismatch" });
  });
});
