import { describe, expect, it } from "vitest";
import { normalizeEmail, safeCallbackUrl, ZRequestSignInLink, ZSignInWithPassword } from "@/lib/validation/auth";

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Olivia.Organiser@Laurel.Example ")).toBe("olivia.organiser@laurel.example");
  });
});

describe("safeCallbackUrl", () => {
  it("keeps same-site paths with query and hash", () => {
    expect(safeCallbackUrl("/admin")).toBe("/admin");
    expect(safeCallbackUrl("/admin/programmes/abc?tab=jury#top")).toBe("/admin/programmes/abc?tab=jury#top");
  });

  it("drops anything that could leave the site", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "admin",
      "/\t/evil.example",
      "",
      undefined,
      42,
      "/" + "a".repeat(2001),
    ]) {
      expect(safeCallbackUrl(bad), String(bad)).toBeUndefined();
    }
  });
});

describe("ZSignInWithPassword", () => {
  it("normalises the email and keeps a safe callback", () => {
    const parsed = ZSignInWithPassword.parse({ email: " A@B.example ", password: "x", callbackUrl: "/jury" });
    expect(parsed).toEqual({ email: "a@b.example", password: "x", callbackUrl: "/jury" });
  });

  it("names the field and the problem as message keys", () => {
    const result = ZSignInWithPassword.safeParse({ email: "not-an-email", password: "" });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(issues).toEqual({ email: "emailInvalid", password: "passwordRequired" });
  });

  it("asks for an email when it is empty", () => {
    const result = ZRequestSignInLink.safeParse({ email: "   " });
    expect(result.error!.issues[0].message).toBe("emailRequired");
  });

  it("turns an unsafe callback into none instead of failing the form", () => {
    expect(ZRequestSignInLink.parse({ email: "a@b.example", callbackUrl: "//evil.example" }).callbackUrl).toBeUndefined();
  });
});
