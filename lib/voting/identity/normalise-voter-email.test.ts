import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONFUSABLES, normaliseVoterEmail as normalise } from "@/lib/voting/identity/normalise-voter-email";

describe("normaliseVoterEmail", () => {
  it("ignores case and surrounding whitespace", () => {
    expect(normalise("  Amira.Haddad@Example.ORG \n")).toBe("amira.haddad@example.org");
    expect(normalise("AMIRA.HADDAD@EXAMPLE.ORG")).toBe("amira.haddad@example.org");
  });

  it("drops a plus tag at every domain", () => {
    expect(normalise("amira+vote2026@example.org")).toBe("amira@example.org");
    expect(normalise("amira+a+b@posteo.de")).toBe("amira@posteo.de");
    expect(normalise("amira+@example.org")).toBe("amira@example.org");
  });

  it("folds full-width and other compatibility characters", () => {
    expect(normalise("ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｏｒｇ")).toBe("john@example.org");
    expect(normalise("ｊｏｈｎ＋ｔａｇ＠ｅｘａｍｐｌｅ．ｏｒｇ")).toBe("john@example.org");
    expect(normalise("ﬁona@example.org")).toBe("fiona@example.org");
  });

  it("maps Cyrillic look-alikes mixed into Latin names and domains", () => {
    expect(normalise("jоhn@example.org")).toBe("john@example.org"); // Cyrillic о
    expect(normalise("ѕаrа@ехаmple.org")).toBe("sara@example.org"); // Cyrillic ѕ а а, е х а
    expect(normalise("јоhn.dое@gmаil.com")).toBe("johndoe@gmail.com");
    expect(normalise("JОHN@EXAMPLE.ORG")).toBe("john@example.org"); // upper-case Cyrillic О
  });

  it("maps Greek look-alikes mixed into Latin names and domains", () => {
    expect(normalise("tοm@example.org")).toBe("tom@example.org"); // Greek ο
    expect(normalise("κατyα@example.org")).toBe("katya@example.org"); // Greek κ α τ α with a Latin y
    expect(normalise("mario@εxample.org")).toBe("mario@example.org");
    expect(normalise("ɡeorg@example.org")).toBe("georg@example.org"); // Latin script g
  });

  it("applies full case folding to ß and the final sigma in the local part", () => {
    expect(normalise("STRAßE@example.de")).toBe("strasse@example.de");
    expect(normalise("STRASSE@example.de")).toBe("strasse@example.de");
    // In a domain, IDNA treats ß as a letter of its own: straße.de is not strasse.de.
    expect(normalise("a@straße.de")).not.toBe(normalise("a@strasse.de"));
  });

  it("lists only look-alikes that can match: each already in NFKC lower-case form", () => {
    for (const c of Object.keys(CONFUSABLES)) expect(c.normalize("NFKC").toLowerCase()).toBe(c);
  });

  it("keeps names written wholly in Cyrillic or Greek, which are real words and not spoofs", () => {
    expect(normalise("соре@example.org")).toBe("соре@example.org");
    expect(normalise("ΑΛΕΞΗΣ@example.gr")).toBe("αλεξησ@example.gr");
    expect(normalise("αλεξης@example.gr")).toBe("αλεξησ@example.gr");
    // Folding an all-Cyrillic domain would let its owner vote as every yahoo.com voter.
    expect(normalise("x@уаһоо.com")).toBe("x@xn--80a2aar51d.com");
    expect(normalise("x@уаһоо.com")).not.toBe(normalise("x@yahoo.com"));
  });

  it("removes dots from Gmail local parts and treats googlemail.com as gmail.com", () => {
    expect(normalise("j.o.h.n.doe@gmail.com")).toBe("johndoe@gmail.com");
    expect(normalise("John.Doe+news@GoogleMail.com")).toBe("johndoe@gmail.com");
    expect(normalise("johndoe@gmail.com.")).toBe("johndoe@gmail.com");
    // Other providers keep their dots: there, j.doe and jdoe are two people.
    expect(normalise("j.doe@example.org")).toBe("j.doe@example.org");
  });

  it("writes international domains in punycode, whether typed in Unicode or already encoded", () => {
    expect(normalise("jan@bücher.de")).toBe("jan@xn--bcher-kva.de");
    expect(normalise("jan@BÜCHER.DE")).toBe("jan@xn--bcher-kva.de");
    expect(normalise("jan@xn--bcher-kva.de")).toBe("jan@xn--bcher-kva.de");
    expect(normalise("ivan@почта.рф")).toBe("ivan@xn--80a1acny.xn--p1ai");
    // A Cyrillic е hidden in punycode is found and folded too.
    expect(normalise("jan@xn--xample-2of.com")).toBe("jan@example.com");
  });

  it.each([
    "",
    "   ",
    "amira",
    "amira@",
    "@example.org",
    "+tag@example.org",
    "amira@@example.org",
    "amira@bob@example.org",
    "amira@example",
    "amira@localhost",
    "amira@1.2.3.4",
    "amira@[192.0.2.1]",
    "amira@exa_mple.org",
    "amira@-example.org",
    "amira@example..org",
    "amira haddad@example.org",
    "amira@exam ple.org",
    '"amira"@example.org',
    "amira<x>@example.org",
    "am\u200Bira@example.org", // zero-width space
    "am\u0000ira@example.org",
    "am\uD800ira@example.org", // lone surrogate
    "Amira <amira@example.org>",
    `${"a".repeat(65)}@example.org`,
    `amira@${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(60)}.org`,
    "x".repeat(5000),
  ])("refuses %j", (input) => {
    expect(normalise(input)).toBeNull();
  });

  it("refuses input that is not a string", () => {
    expect(normalise(undefined as unknown as string)).toBeNull();
    expect(normalise(42 as unknown as string)).toBeNull();
  });
});

// Addresses close to what people type and what an attacker would try: ASCII,
// accents, full-width forms, every look-alike in the table, Greek and Cyrillic
// names, and gmail, googlemail and international domains. ß and the final
// sigma appear only in local parts. In a domain, upper-casing ß gives "SS",
// which names a different domain.
const localChar = fc.oneof(
  { arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"), weight: 8 },
  { arbitrary: fc.constantFrom(..."._-'!#$%&*/=?^`{|}~"), weight: 2 },
  { arbitrary: fc.constantFrom(...Object.keys(CONFUSABLES)), weight: 3 },
  { arbitrary: fc.constantFrom(..."éüñçøжлдбπλμßςσｊｏｈｎ\u0301"), weight: 2 },
);
const localPart = fc.array(localChar, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(""));
const label = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"), weight: 8 }, fc.constantFrom(..."аеорсхуοαερüé")), { minLength: 1, maxLength: 10 })
  .map((cs) => cs.join(""));
const domain = fc.oneof(
  fc.constantFrom("gmail.com", "googlemail.com", "GMail.com", "example.org", "ｅｘａｍｐｌｅ．ｏｒｇ", "bücher.de", "почта.рф", "xn--bcher-kva.de", "nürnberg.de", "gmаil.com"),
  fc.tuple(label, fc.constantFrom("com", "org", "de", "рф", "ελ", "co.uk")).map(([l, tld]) => `${l}.${tld}`),
);
const tag = fc.array(fc.constantFrom(..."abcxyz019.-_+éжｔａｇ"), { maxLength: 8 }).map((cs) => cs.join(""));
const address = fc.tuple(localPart, domain).map(([l, d]) => `${l}@${d}`);
const validAddress = address.filter((a) => normalise(a) !== null);
const anyString = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }), address);

describe("normaliseVoterEmail properties", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const once = normalise(input);
        expect(once === null ? null : normalise(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it.each(["a.\u0301b@gmail.com", "о\u0301x@example.org", "ᾳ@example.org", "İx@example.org", "x@xn--xample-2of.com"])("is idempotent on the tricky case %j", (input) => {
    const once = normalise(input);
    expect(once).not.toBeNull();
    expect(normalise(once!)).toBe(once);
  });

  it("accepts most generated addresses (so the properties below are not vacuous)", () => {
    const accepted = fc.sample(address, { numRuns: 500, seed: 1 }).filter((a) => normalise(a) !== null).length;
    expect(accepted).toBeGreaterThan(400);
  });

  it("gives the same identity when a +tag is added to the local part", () => {
    fc.assert(
      fc.property(localPart, domain, tag, (local, dom, t) => {
        const plain = normalise(`${local}@${dom}`);
        fc.pre(plain !== null);
        expect(normalise(`${local}+${t}@${dom}`)).toBe(plain);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same identity when the address is upper-cased", () => {
    fc.assert(
      fc.property(validAddress, (a) => {
        expect(normalise(a.toUpperCase())).toBe(normalise(a));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same identity under random mixed casing and surrounding spaces", () => {
    fc.assert(
      fc.property(validAddress.chain((a) => fc.tuple(fc.constant(a), fc.mixedCase(fc.constant(a)))), fc.constantFrom("", " ", "\t", "\u3000"), ([a, mixed], pad) => {
        expect(normalise(`${pad}${mixed}${pad}`)).toBe(normalise(a));
      }),
      { numRuns: 1000 },
    );
  });

  it("produces only plausible addresses: one @, no whitespace or control characters, an ASCII domain with a dot, at most 254 octets", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const out = normalise(input);
        if (out === null) return;
        expect(out.split("@")).toHaveLength(2);
        expect(out).not.toMatch(/[\p{C}\p{Z}\s]/u);
        expect(out.split("@")[1]).toMatch(/^[a-z0-9.-]+\.[a-z0-9-]+$/);
        expect(Buffer.byteLength(out)).toBeLessThanOrEqual(254);
      }),
      { numRuns: 2000 },
    );
  });
});
