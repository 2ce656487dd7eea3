import { describe, expect, it } from "vitest";
import { isDisposableEmail } from "@/lib/abuse/disposable-email";

describe("isDisposableEmail", () => {
  it("refuses known throwaway services, in any case and on subdomains", () => {
    expect(isDisposableEmail("someone@mailinator.com", {})).toBe(true);
    expect(isDisposableEmail("Someone@YOPMAIL.com", {})).toBe(true);
    expect(isDisposableEmail("x@eu.mailinator.com", {})).toBe(true);
    expect(isDisposableEmail("x@mailinator.com.", {})).toBe(true);
  });

  it("accepts ordinary providers and look-alikes that are not on the list", () => {
    expect(isDisposableEmail("amira@gmail.com", {})).toBe(false);
    expect(isDisposableEmail("amira@notmailinator.com", {})).toBe(false);
    expect(isDisposableEmail("no-at-sign", {})).toBe(false);
  });

  it("takes extra domains from the environment", () => {
    expect(isDisposableEmail("a@spam.example", { DISPOSABLE_EMAIL_DOMAINS: "spam.example, other.example" })).toBe(true);
    expect(isDisposableEmail("a@spam.example", {})).toBe(false);
  });
});
