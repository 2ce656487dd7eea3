import "server-only";
import nodemailer, { type Transporter } from "nodemailer";

// One pooled-free SMTP transport per SMTP_URL (e.g. "smtp://user:pass@mail.example:587",
// "smtps://…:465"); nodemailer reads host, port, auth and TLS from the URL.

const transports = new Map<string, Transporter>();

export function smtpTransport(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport({
      url,
      // Fail within seconds, not minutes, when the mail server is down: the
      // failure is recorded and the person's request carries on.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as nodemailer.TransportOptions);
    transports.set(url, transport);
  }
  return transport;
}

export function mailFrom(env: Record<string, string | undefined>): string {
  return env.MAIL_FROM?.trim() || "Laurel <no-reply@localhost>";
}
