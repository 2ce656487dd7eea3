// Receipt codes. The voter keeps the code; the Ballot row and the published
// recount file hold only its hash. The code is random, so neither the code nor
// its hash says anything about who voted.

import { createHash, randomInt } from "node:crypto";

/** Crockford's base32: digits and capitals without I, L, O and U, so nothing reads as something else. */
export const RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 12 characters of base32 are 60 random bits: no two ballots will share a code. */
export const RECEIPT_CODE_LENGTH = 12;

/** Part of every hashed text, so a receipt hash cannot be mistaken for any other sha256 the app computes. */
export const RECEIPT_HASH_PREFIX = "laurel-receipt-v1";

/**
 * A fresh receipt code in groups of four, e.g. `7K2M-QX9D-4HRT`. One code per
 * ballot: a voter who votes in three categories gets three codes.
 */
export function newReceiptCode(): string {
  let code = "";
  for (let i = 0; i < RECEIPT_CODE_LENGTH; i++) code += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return formatReceiptCode(code);
}

/** `7K2MQX9D4HRT` → `7K2M-QX9D-4HRT`. */
export function formatReceiptCode(code: string): string {
  return code.match(/.{1,4}/g)!.join("-");
}

/**
 * The code as the voter might type it, made canonical: case, spaces and dashes
 * do not matter, and O, I and L are read as 0, 1 and 1. Null when it cannot be
 * a receipt code.
 */
export function normaliseReceiptCode(input: string): string | null {
  const code = input
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-_.]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (code.length !== RECEIPT_CODE_LENGTH) return null;
  for (const char of code) if (!RECEIPT_ALPHABET.includes(char)) return null;
  return code;
}

/**
 * What the Ballot row stores and the recount file publishes:
 * sha256 of `laurel-receipt-v1:<categoryId>:<code>` (code canonical, without
 * dashes), as lower-case hex. The category is part of it, so a code only checks
 * out for the category it was given in.
 */
export function receiptHash(receiptCode: string, categoryId: string): string {
  const code = normaliseReceiptCode(receiptCode);
  if (code === null) throw new RangeError("not a receipt code");
  return createHash("sha256").update(`${RECEIPT_HASH_PREFIX}:${categoryId}:${code}`, "utf8").digest("hex");
}
