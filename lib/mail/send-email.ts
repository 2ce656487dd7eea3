import "server-only";
import { z } from "zod";
import { db as defaultDb, type Db } from "@/lib/db";
import { mailFrom, smtpTransport } from "@/lib/mail/transport";

// Every email goes through here. The OutboxEmail row is written first, so there
// is always a record of what was sent to whom. With SMTP_URL set the message is
// sent and the row marked sent/failed; without it the row is the delivery
// ("outbox": the demo works offline and admins read mail at /admin/outbox) and
// the message is printed to the server log.

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** What the email is about, snake_case, e.g. "sign_in_link", "invitation". */
  kind: string;
  /**
   * Secrets in the body (sign-in or invitation URLs). Once a real mail server
   * took the message, the stored copy has them blanked out so nobody can reuse
   * a link read from the database or the outbox page.
   */
  redact?: string[];
  /** Throw when sending fails (default: record, log and carry on). */
  throwOnFailure?: boolean;
}

export interface SendEmailResult {
  id: string;
  status: "sent" | "failed" | "outbox";
}

const ZOutgoing = z.object({
  to: z.email().max(254),
  // Line breaks in a subject would be header injection; nodemailer encodes them, we refuse them.
  subject: z.string().min(1).max(300).regex(/^[^\r\n]*$/),
  text: z.string().min(1),
  html: z.string().optional(),
  kind: z.string().regex(/^[a-z][a-z0-9_]{0,63}$/),
});

export const REDACTED = "[link removed after sending]";

function redactAll(body: string, secrets: string[]): string {
  return secrets.filter(Boolean).reduce((out, secret) => out.split(secret).join(REDACTED), body);
}

export async function sendEmail(
  email: OutgoingEmail,
  { db = defaultDb, env = process.env }: { db?: Db; env?: Record<string, string | undefined> } = {},
): Promise<SendEmailResult> {
  const message = ZOutgoing.parse(email);
  const smtpUrl = env.SMTP_URL?.trim();
  const redact = email.redact ?? [];
  // Sent mail keeps no live links; outbox mail must keep them, it is the only copy.
  const stored = smtpUrl
    ? { text: redactAll(message.text, redact), html: message.html && redactAll(message.html, redact) }
    : { text: message.text, html: message.html };

  const row = await db.outboxEmail.create({
    data: { toAddress: message.to, subject: message.subject, text: stored.text, html: stored.html ?? null, kind: message.kind, status: "queued" },
    select: { id: true },
  });

  if (!smtpUrl) {
    await db.outboxEmail.update({ where: { id: row.id }, data: { status: "outbox" } });
    console.info(`[mail] No SMTP_URL: kept in the outbox.\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`);
    return { id: row.id, status: "outbox" };
  }

  try {
    await smtpTransport(smtpUrl).sendMail({
      from: mailFrom(env),
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
    await db.outboxEmail.update({ where: { id: row.id }, data: { status: "sent", sentAt: new Date() } });
    return { id: row.id, status: "sent" };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`[mail] Sending ${message.kind} email ${row.id} failed: ${reason}`);
    await db.outboxEmail.update({ where: { id: row.id }, data: { status: "failed", error: reason.slice(0, 500) } });
    if (email.throwOnFailure) throw error;
    return { id: row.id, status: "failed" };
  }
}
