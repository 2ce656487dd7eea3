// Printed voting codes, which an organiser hands out at events and schools and
// to people without email. They have no server-only import and no node:crypto,
// so a form can check a typed code in the browser before sending it.
//
// The alphabet has 31 characters: digits 2-9 and letters without I, L and O.
// 0/O and 1/I/L are never printed, so nobody has to guess which one they see.
// A code is 9 random characters (31^9 is about 2.6 × 10^13, or 44.6 bits) and
// then one check character, printed as XXXX-XXXX-XX. The check makes the
// weighted sum Σ i·value(char i), for positions i = 1…10, divisible by 31.
// Because 31 is prime and every weight is between 1 and 10, the check catches
// every single wrong character and every swap of two characters without a
// database. A random string passes it only once in 31 tries.

export const VOTING_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const BASE = VOTING_CODE_ALPHABET.length; // 31, a prime
const PAYLOAD_LENGTH = 9;
export const VOTING_CODE_LENGTH = PAYLOAD_LENGTH + 1;

function values(chars: string): number[] | null {
  const result: number[] = [];
  for (const c of chars) {
    const v = VOTING_CODE_ALPHABET.indexOf(c);
    if (v < 0) return null;
    result.push(v);
  }
  return result;
}

function weightedSum(vals: readonly number[]): number {
  return vals.reduce((sum, v, i) => (sum + (i + 1) * v) % BASE, 0);
}

function checkValue(payload: readonly number[]): number {
  // Solve weightedSum(payload) + 10·c ≡ 0 (mod 31). 10 has inverse 28 (mod 31), because 280 = 9·31 + 1.
  const INVERSE_OF_10 = 28;
  return (((BASE - weightedSum(payload)) % BASE) * INVERSE_OF_10) % BASE;
}

function format(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Uniform values from 0 to 30, by rejection sampling (248 = 8 · 31), so no character is more likely than another. */
function randomValues(count: number): number[] {
  const out: number[] = [];
  const bytes = new Uint8Array(32);
  while (out.length < count) {
    globalThis.crypto.getRandomValues(bytes);
    for (const b of bytes) if (b < 248 && out.length < count) out.push(b % BASE);
  }
  return out;
}

/** A new code, for example "K7QM-X4TZ-9P". Store only its hash (hashVotingCode). */
export function newVotingCode(): string {
  const payload = randomValues(PAYLOAD_LENGTH);
  const chars = [...payload, checkValue(payload)].map((v) => VOTING_CODE_ALPHABET[v]).join("");
  return format(chars);
}

/**
 * The canonical "XXXX-XXXX-XX" form of a typed code, or null. Case, spaces,
 * dashes, underscores and full-width characters are ignored. It returns null
 * when a character is outside the alphabet (including 0, O, 1, I and L), when
 * the length is wrong, or when the check character does not match.
 */
export function parseVotingCode(input: string): string | null {
  if (typeof input !== "string" || input.length > 64) return null;
  const chars = input.normalize("NFKC").toUpperCase().replace(/[\s\-‐‑‒–—_]/g, "");
  if (chars.length !== VOTING_CODE_LENGTH) return null;
  const vals = values(chars);
  if (!vals || weightedSum(vals) !== 0) return null;
  return format(chars);
}
