import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { SIGN_IN_LINK_PER_EMAIL, SIGN_IN_LINK_PER_IP } from "@/lib/auth/sign-in-limits";
import { hashSignInToken } from "@/lib/auth/sign-in-link-token";
import { makeUser } from "@/lib/auth/test-fixtures";
import type { OutgoingEmail } from "@/lib/mail/send-email";

const SECRET = "test-secret-".padEnd(40, "x");
const env = { AUTH_SECRET: SECRET, AUTH_URL: "http://localhost:3100" };
const t0 = new Date("2026-03-01T08:00:00Z");
let ipCounter = 0;
const freshIp = () => `203.0.113.${++ipCounter}`;

function collect() {
  const sent: OutgoingEmail[] = [];
  return { sent, deliver: async (mail: OutgoingEmail) => void sent.push(mail) };
}

describe("requestSignInLink", () => {
  it("emails an existing staff member a 15-minute link whose token Auth.js can redeem", async () => {
    const user = await makeUser(db, { email: "jonas@laurel.example" });
    const { sent, deliver } = collect();
    const result = await requestSignInLink({ db, env, deliver, email: "Jonas@Laurel.example", callbackUrl: "/jury", ip: freshIp(), locale: "de", now: t0 });
    expect(result).toEqual({ status: "sent" });

    expect(sent).toHaveLength(1);
    const mail = sent[0];
    expect(mail.to).toBe(user.email);
    expect(mail.kind).toBe("sign_in_link");
    expect(mail.subject).toBe("Ihr Anmeldelink für Laurel");
    const link = new URL(/http:\/\/localhost:3100\/sign-in\/link\?\S+/.exec(mail.text)![0]);
    expect(link.searchParams.get("email")).toBe(user.email);
    expect(link.searchParams.get("callbackUrl")).toBe("/jury");
    const token = link.searchParams.get("token")!;
    expect(mail.redact).toContain(token);

    const stored = await db.verificationToken.findMany({ where: { identifier: user.email } });
    expect(stored).toHaveLength(1);
    // Stored hashed the way Auth.js looks it up: sha256(token + secret); the raw token is never stored.
    expect(stored[0].token).toBe(hashSignInToken(token, SECRET));
    expect(stored[0].token).not.toContain(token);
    expect(stored[0].expires.getTime() - t0.getTime()).toBe(15 * 60_000);
  });

  it("replaces an earlier link with the new one", async () => {
    const user = await makeUser(db);
    const { deliver } = collect();
    await requestSignInLink({ db, env, deliver, email: user.email, ip: freshIp(), locale: "en", now: t0 });
    await requestSignInLink({ db, env, deliver, email: user.email, ip: freshIp(), locale: "en", now: t0 });
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(1);
  });

  it("gives an unknown address the same answer but creates no token and sends nothing", async () => {
    const { sent, deliver } = collect();
    const tokensBefore = await db.verificationToken.count();
    const result = await requestSignInLink({ db, env, deliver, email: "stranger@elsewhere.example", ip: freshIp(), locale: "en", now: t0 });
    expect(result).toEqual({ status: "sent" });
    expect(sent).toHaveLength(0);
    expect(await db.verificationToken.count()).toBe(tokensBefore);
    expect(await db.user.count({ where: { email: "stranger@elsewhere.example" } })).toBe(0);
  });

  it("sends nothing to a disabled account", async () => {
    const user = await makeUser(db, { disabled: true });
    const { sent, deliver } = collect();
    expect(await requestSignInLink({ db, env, deliver, email: user.email, ip: freshIp(), locale: "en", now: t0 })).toEqual({ status: "sent" });
    expect(sent).toHaveLength(0);
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);
  });

  it("stops mailing one address after a few links, without saying so", async () => {
    const user = await makeUser(db);
    const { sent, deliver } = collect();
    for (let i = 0; i < SIGN_IN_LINK_PER_EMAIL.limit + 2; i++) {
      expect(await requestSignInLink({ db, env, deliver, email: user.email, ip: freshIp(), locale: "en", now: t0 })).toEqual({ status: "sent" });
    }
    expect(sent).toHaveLength(SIGN_IN_LINK_PER_EMAIL.limit);
  });

  it("tells a single address that asks too often to wait", async () => {
    const ip = freshIp();
    const { deliver } = collect();
    for (let i = 0; i < SIGN_IN_LINK_PER_IP.limit; i++) {
      await requestSignInLink({ db, env, deliver, email: `someone-${i}@laurel.example`, ip, locale: "en", now: t0 });
    }
    const result = await requestSignInLink({ db, env, deliver, email: "one-more@laurel.example", ip, locale: "en", now: t0 });
    expect(result).toEqual({ status: "rate_limited", retryAfterMs: 15 * 60_000 });
  });

  it("stores the email in the outbox when delivered the default way", async () => {
    const user = await makeUser(db);
    await requestSignInLink({ db, env, email: user.email, ip: freshIp(), locale: "en", now: t0 });
    const row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: user.email } });
    expect(row).toMatchObject({ kind: "sign_in_link", status: "outbox", subject: "Your sign-in link for Laurel" });
    expect(row.text).toContain("http://localhost:3100/sign-in/link?token=");
  });
});
