import { createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { REDACTED, sendEmail } from "@/lib/mail/send-email";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const link = "http://localhost:3000/sign-in/link?token=0123456789abcdef&email=a%40b.example";
const email = {
  to: "juror@laurel.example",
  subject: "Your sign-in link for Laurel",
  text: `Sign in: ${link}`,
  html: `<a href="${link.replace(/&/g, "&amp;")}">Sign in</a>`,
  kind: "sign_in_link",
  redact: [link, "0123456789abcdef"],
};

describe("sendEmail", () => {
  it("without SMTP_URL keeps the full email in the outbox and prints it to the log", async () => {
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const result = await sendEmail(email, { db, env: {} });
    expect(result.status).toBe("outbox");
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ toAddress: email.to, subject: email.subject, status: "outbox", kind: "sign_in_link", sentAt: null });
    // The outbox is the only copy, so the link stays usable there.
    expect(row.text).toContain(link);
    expect(log.mock.calls.flat().join("\n")).toContain(link);
    log.mockRestore();
  });

  it("with SMTP_URL delivers to the mail server, marks the row sent and keeps no live link", async () => {
    const env = { SMTP_URL: sink.url, MAIL_FROM: "Laurel Test <awards@city.example>" };
    const result = await sendEmail(email, { db, env });
    expect(result.status).toBe("sent");
    const arrived = await sink.waitFor((m) => m.to.includes("juror@laurel.example"), 5000);
    expect(arrived.subject).toBe(email.subject);
    expect(arrived.links).toContain(link);
    expect(arrived.from).toBe("awards@city.example");

    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.status).toBe("sent");
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.text).toBe(`Sign in: ${REDACTED}`);
    expect(row.html).not.toContain("0123456789abcdef");
  });

  it("records an unreachable mail server as failed without throwing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await sendEmail(email, { db, env: { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` } });
    expect(result.status).toBe("failed");
    const row = await db.outboxEmail.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.status).toBe("failed");
    expect(row.error).toMatch(/ECONNREFUSED|connect/i);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it("throws on failure when the caller asks for it, after recording it", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = await db.outboxEmail.count({ where: { status: "failed" } });
    await expect(sendEmail({ ...email, throwOnFailure: true }, { db, env: { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` } })).rejects.toThrow();
    expect(await db.outboxEmail.count({ where: { status: "failed" } })).toBe(before + 1);
    error.mockRestore();
  });

  it("refuses a recipient list or a subject with a line break", async () => {
    await expect(sendEmail({ ...email, to: "a@b.example, c@d.example" }, { db, env: {} })).rejects.toThrow();
    await expect(sendEmail({ ...email, subject: "Hi\r\nBcc: x@evil.example" }, { db, env: {} })).rejects.toThrow();
  });
});
