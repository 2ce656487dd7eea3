import { describe, expect, it } from "vitest";
import { isSameOriginPost } from "@/lib/team/same-origin-post";

const h = (values: Record<string, string>) => new Headers(values);

describe("isSameOriginPost", () => {
  it("trusts the browser's Sec-Fetch-Site first, even with Origin: null", () => {
    expect(isSameOriginPost(h({ "sec-fetch-site": "same-origin", origin: "null", host: "awards.example" }))).toBe(true);
    expect(isSameOriginPost(h({ "sec-fetch-site": "cross-site", origin: "https://awards.example", host: "awards.example" }))).toBe(false);
    expect(isSameOriginPost(h({ "sec-fetch-site": "same-site", host: "awards.example" }))).toBe(false);
  });

  it("falls back to comparing Origin with the host", () => {
    expect(isSameOriginPost(h({ origin: "https://awards.example", host: "awards.example" }))).toBe(true);
    expect(isSameOriginPost(h({ origin: "https://evil.example", host: "awards.example" }))).toBe(false);
    expect(isSameOriginPost(h({ origin: "https://awards.example", host: "internal:3000", "x-forwarded-host": "awards.example" }))).toBe(true);
  });

  it("refuses when the browser says nothing about where the post came from", () => {
    expect(isSameOriginPost(h({ host: "awards.example" }))).toBe(false);
    expect(isSameOriginPost(h({ origin: "null", host: "awards.example" }))).toBe(false);
    expect(isSameOriginPost(h({ origin: "not a url", host: "awards.example" }))).toBe(false);
  });
});
