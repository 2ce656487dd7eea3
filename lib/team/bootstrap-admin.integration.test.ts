import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { makeUser } from "@/lib/auth/test-fixtures";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { bootstrapAdmin } from "@/lib/team/bootstrap-admin";

describe("bootstrapAdmin", () => {
  it("creates an admin with a one-time password that works, and records it", async () => {
    const result = await bootstrapAdmin({ db, email: " Ops@City.Example ", name: "Ada Admin" });
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    const user = await db.user.findUniqueOrThrow({ where: { email: "ops@city.example" } });
    expect(user).toMatchObject({ isAdmin: true, name: "Ada Admin" });
    expect(await verifyPassword(result.oneTimePassword, user.passwordHash)).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id } });
    expect(event.action).toBe("user.admin_created");
    expect(JSON.stringify(event.data)).not.toContain(result.oneTimePassword);
    expect((await verifyAuditLog(db)).problem).toBeNull();
    expect(await bootstrapAdmin({ db, email: "ops@city.example" })).toEqual({ status: "already_admin", email: "ops@city.example" });
  });

  it("promotes an existing account without touching its password", async () => {
    const existing = await makeUser(db, { email: "organiser@city.example", password: "their own password", disabled: true });
    const result = await bootstrapAdmin({ db, email: existing.email });
    expect(result).toEqual({ status: "promoted", email: existing.email, oneTimePassword: null });
    const user = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(user).toMatchObject({ isAdmin: true, disabledAt: null, passwordHash: existing.passwordHash });
  });

  it("refuses something that is not an email address", async () => {
    const before = await db.user.count();
    await expect(bootstrapAdmin({ db, email: "not an address" })).rejects.toThrow();
    expect(await db.user.count()).toBe(before);
  });
});
