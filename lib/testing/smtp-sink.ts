// A local SMTP server that accepts every message and keeps it in memory, for
// integration and e2e tests of real email delivery (Debian has no mail catcher).
// Plain SMTP on 127.0.0.1 only: no AUTH, no STARTTLS, so nodemailer connects
// with the URL `smtp://127.0.0.1:<port>`.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { decodeQuotedPrintable } from "@/lib/testing/e2e-mail";

export interface SinkMessage {
  /** The message as received, headers and all (first, so text searches meet the undecoded original first). */
  raw: string;
  from: string;
  /** Envelope recipients, lower-cased. */
  to: string[];
  subject: string;
  /** The text/plain part, decoded. */
  text: string;
  /** The text/html part, decoded ("" when there is none). */
  html: string;
  /** Every distinct http(s) link in the decoded parts, in order, HTML entities undone. */
  links: string[];
  receivedAt: string;
}

export interface SmtpSink {
  port: number;
  url: string;
  messages: SinkMessage[];
  /** Resolves with the first message (already received or arriving) that matches, or rejects after timeoutMs. */
  waitFor(predicate: (message: SinkMessage) => boolean, timeoutMs?: number): Promise<SinkMessage>;
  close(): Promise<void>;
}

function splitHead(part: string): { headers: Map<string, string>; body: string } {
  const at = part.search(/\r?\n\r?\n/);
  const head = at === -1 ? part : part.slice(0, at);
  const body = at === -1 ? "" : part.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** Decodes RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) in a header. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  const e = (encoding ?? "").toLowerCase();
  if (e === "quoted-printable") return decodeQuotedPrintable(body);
  if (e === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

/** Links in already-decoded text or HTML. */
export function linksInDecoded(content: string): string[] {
  const found = new Set<string>();
  for (const match of content.matchAll(/https?:\/\/[^\s"'<>()]+/g)) {
    found.add(match[0].replace(/&amp;/g, "&").replace(/[.,;]+$/, ""));
  }
  return [...found];
}

/** The decoded text/plain and text/html parts of a MIME message. */
export function parseMessage(raw: string): { subject: string; text: string; html: string } {
  const out = { subject: "", text: "", html: "" };
  const walk = (part: string, top: boolean) => {
    const { headers, body } = splitHead(part);
    if (top) out.subject = decodeHeader(headers.get("subject") ?? "");
    const type = (headers.get("content-type") ?? "text/plain").toLowerCase();
    const boundary = /boundary="?([^";]+)"?/i.exec(headers.get("content-type") ?? "")?.[1];
    if (type.startsWith("multipart/") && boundary) {
      for (const child of body.split(`--${boundary}`).slice(1)) {
        if (!child.startsWith("--")) walk(child.replace(/^\r?\n/, ""), false);
      }
      return;
    }
    const decoded = decodeBody(body, headers.get("content-transfer-encoding"));
    if (type.startsWith("text/html")) out.html ||= decoded;
    else if (type.startsWith("text/plain")) out.text ||= decoded;
  };
  walk(raw, true);
  return out;
}

export async function startSmtpSink({ port = 0 }: { port?: number } = {}): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const parsed = parseMessage(raw);
        messages.push({
          raw,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          ...parsed,
          links: linksInDecoded(`${parsed.text}\n${parsed.html}`),
          receivedAt: new Date().toISOString(),
        });
        for (const wake of waiters) wake();
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.server.address() as AddressInfo).port;

  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    messages,
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (!found) return false;
          cleanup();
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`No matching email arrived within ${timeoutMs} ms (${messages.length} received).`));
        }, timeoutMs);
        const wake = () => void check();
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        waiters.add(wake);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
