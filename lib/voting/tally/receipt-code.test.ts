import { describe, expect, it } from "vitest";
import { newReceiptCode, normaliseReceiptCode, receiptHash } from "@/lib/voting/tally/receipt-code";

describe("newReceiptCode", () => {
  it("gives 12 characters of Crockford base32 in three groups of four", () => {
    for (let i = 0; i < 200; i++) expect(newReceiptCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("does not repeat itself", () => {
    const codes = new Set(Array.from({ length: 5000 }, newReceiptCode));
    expect(codes.size).toBe(5000);
  });

  it("uses every character of the alphabet", () => {
    const seen = new Set(Array.from({ length: 500 }, newReceiptCode).join("").replace(/-/g, ""));
    expect(seen.size).toBe(32);
  });
});

describe("normaliseReceiptCode", () => {
  it("accepts the code as a person might type it", () => {
    for (const typed of ["7K2M-QX9D-4HRT", "7k2mqx9d4hrt", " 7K2M QX9D 4HRT ", "７Ｋ２Ｍ－ＱＸ９Ｄ－４ＨＲＴ"]) {
      expect(normaliseReceiptCode(typed)).toBe("7K2MQX9D4HRT");
    }
  });

  it("reads O as zero and I or L as one", () => {
    expect(normaliseReceiptCode("OOOO-IIII-LLLL")).toBe("000011111111");
  });

  it("refuses what cannot be a code", () => {
    for (const bad of ["", "7K2M-QX9D-4HR", "7K2M-QX9D-4HRTX", "7K2M-QX9D-4HRU", "7K2M-QX9D-4HR!"]) expect(normaliseReceiptCode(bad)).toBeNull();
  });
});

describe("receiptHash", () => {
  it("is sha256 of the documented text, as hex", () => {
    // printf 'laurel-receipt-v1:cat-1:7K2MQX9D4HRT' | sha256sum
    expect(receiptHash("7K2M-QX9D-4HRT", "cat-1")).toBe("1c5d52a89a54303b7bc242c5356c0cd6d10fe2696dc71fa9a8a7ceabdc8d89c2");
    expect(receiptHash("7K2M-QX9D-4HRT", "cat-2")).toBe("26f0b0cccb7f38901e950a6537adf1d32c8db002b7fb024a5b5abb759911b3b8");
  });

  it("is the same however the code is typed", () => {
    expect(receiptHash("7k2m qx9d 4hrt", "cat-1")).toBe(receiptHash("7K2M-QX9D-4HRT", "cat-1"));
  });

  it("refuses something that is not a receipt code", () => {
    expect(() => receiptHash("hello", "cat-1")).toThrow(RangeError);
  });
});
