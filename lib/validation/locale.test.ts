import { describe, expect, it } from "vitest";
import { makeZSetLocale } from "@/lib/validation/locale";

const ZSetLocale = makeZSetLocale(["en", "de"]);

describe("ZSetLocale", () => {
  it("accepts a language Laurel has messages for and a local path", () => {
    expect(ZSetLocale.parse({ locale: "de", returnTo: "/programmes/young-2026?tab=1" })).toEqual({
      locale: "de",
      returnTo: "/programmes/young-2026?tab=1",
    });
  });

  it("refuses languages without a messages file", () => {
    expect(ZSetLocale.safeParse({ locale: "fr", returnTo: "/" }).success).toBe(false);
    expect(ZSetLocale.safeParse({ locale: "../en", returnTo: "/" }).success).toBe(false);
  });

  it("sends people home instead of to another site", () => {
    for (const returnTo of ["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "", undefined]) {
      expect(ZSetLocale.parse({ locale: "en", returnTo }).returnTo).toBe("/");
    }
  });
});
