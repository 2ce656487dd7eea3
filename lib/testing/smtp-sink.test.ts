import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeHeader, startSmtpSink, type SmtpSink } from "@/lib/testing/smtp-sink";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

describe("startSmtpSink", () => {
  it("receives mail sent with nodemailer and decodes subject, parts and links", async () => {
    const transport = nodemailer.createTransport(sink.url);
    const link = "http://localhost:3000/sign-in/link?token=" + "ab".repeat(40) + "&email=juror%40laurel.example";
    await transport.sendMail({
      from: "Laurel <no-reply@localhost>",
      to: "Juror@Laurel.example",
      subject: "Ihr Anmeldelink für Laurel",
      text: `Grüße! Öffnen Sie ${link} innerhalb von 15 Minuten.`,
      html: `<p>Grüße</p><a href="${link.replace(/&/g, "&amp;")}">Anmelden</a>`,
    });
    const message = await sink.waitFor((m) => m.to.includes("juror@laurel.example"), 5000);
    expect(message.subject).toBe("Ihr Anmeldelink für Laurel");
    expect(message.text).toContain("Grüße! Öffnen Sie");
    expect(message.html).toContain("<p>Grüße</p>");
    expect(message.links).toEqual([link]);
  });

  it("gives up waiting after the timeout", async () => {
    await expect(sink.waitFor((m) => m.subject === "never", 100)).rejects.toThrow(/within 100 ms/);
  });
});

describe("decodeHeader", () => {
  it("decodes Q and B encoded words", () => {
    expect(decodeHeader("=?UTF-8?Q?Ihr_Anmeldelink_f=C3=BCr_Laurel?=")).toBe("Ihr Anmeldelink für Laurel");
    expect(decodeHeader("=?UTF-8?B?R3LDvMOfZQ==?=")).toBe("Grüße");
    expect(decodeHeader("plain")).toBe("plain");
  });
});
