import { describe, expect, it } from "vitest";
import { isSameOriginRequest, readBodyCapped, requestLocale, uploadTranslator } from "@/lib/attachments/upload-request";

const headers = (h: Record<string, string>) => new Headers(h);

describe("isSameOriginRequest", () => {
  it("accepts requests from our own pages", () => {
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "same-origin", origin: "https://awards.example" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://awards.example", host: "app:3000" }), "https://awards.example")).toBe(true);
  });

  it("accepts clients that are not browsers (no Origin, no Sec-Fetch-Site)", () => {
    expect(isSameOriginRequest(headers({}))).toBe(true);
  });

  it("refuses requests from other sites", () => {
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "cross-site", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(headers({ "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", host: "localhost:3000" }), "http://localhost:3000")).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "null", host: "localhost:3000" }))).toBe(false);
  });
});

describe("readBodyCapped", () => {
  it("returns the body when it fits", async () => {
    const body = await readBodyCapped(new Request("http://x/", { method: "POST", body: "hello" }), 10);
    expect(Buffer.from(body!).toString()).toBe("hello");
  });

  it("refuses a declared Content-Length over the cap without reading", async () => {
    const request = new Request("http://x/", { method: "POST", body: "hello", headers: { "content-length": "999999" } });
    expect(await readBodyCapped(request, 10)).toBeNull();
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading a streamed body as soon as it passes the cap", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        controller.enqueue(new Uint8Array(1024));
        if (sent > 1024 * 1024) controller.close();
      },
    });
    const request = new Request("http://x/", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(await readBodyCapped(request, 10 * 1024)).toBeNull();
    expect(sent).toBeLessThan(64 * 1024);
  });
});

describe("requestLocale and uploadTranslator", () => {
  it("answers in the cookie's language, then the browser's, then English", async () => {
    expect(requestLocale(headers({ cookie: "a=b; laurel_locale=de", "accept-language": "en" }))).toBe("de");
    expect(requestLocale(headers({ "accept-language": "de-DE,de;q=0.9" }))).toBe("de");
    expect(requestLocale(headers({ cookie: "laurel_locale=%E0%A4%A", "accept-language": "fr" }))).toBe("en");
    const t = await uploadTranslator(headers({ "accept-language": "de" }));
    expect(t("errors.too_large", { maxMegabytes: 10 })).toBe("Die Datei ist zu groß. Erlaubt sind höchstens 10 MB.");
  });
});
