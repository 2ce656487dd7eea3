import { domainToASCII, domainToUnicode } from "node:url";

// The canonical form of an email address that decides "same voter". Two
// addresses with the same canonical form are one voter. It is used only to
// derive the voter's identity hash, never to send mail (send to the address
// as typed). Folding too much can refuse an honest second voter. Folding too
// little lets one person vote again. Each rule below says which risk it takes.

/**
 * Look-alike letters mapped to the ASCII letter they imitate (after
 * lower-casing). The table is kept small on purpose. It covers the Cyrillic and
 * Greek letters that look the same as Latin ones in common fonts, plus two
 * Latin look-alikes. Full-width and other compatibility forms are not listed
 * because NFKC already folds them. Every key must already be in NFKC
 * lower-case form, or it could never match. That is why the lunate sigma ϲ,
 * which NFKC turns into ς, is not listed.
 */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  "а": "a", "с": "c", "ԁ": "d", "е": "e", "һ": "h", "і": "i", "ј": "j", "ӏ": "l",
  "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "ԝ": "w", "х": "x", "у": "y",
  // Greek
  "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
  "τ": "t", "υ": "u", "χ": "x",
  // Latin look-alikes: dotless i, script g
  "ı": "i", "ɡ": "g",
};

const CONFUSABLE_PATTERN = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`, "gu");

// Dot-atom specials, whitespace, and every "other" character (controls,
// invisible format characters such as zero-width spaces, lone surrogates,
// private use, unassigned). None of these belongs in an address someone types.
// Invisible characters would also make two addresses look the same while
// differing. Quoted local parts ("john doe"@…) are legal but nobody uses them.
const FORBIDDEN = /[\p{C}\p{Z}\s"(),:;<>[\]\\]/u;

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const GMAIL = "gmail.com";
const GMAIL_ALIASES = new Set([GMAIL, "googlemail.com"]);

// Bounds the work done on hostile input. Any real address is far shorter.
const MAX_INPUT_LENGTH = 1024;
const MAX_LOCAL_OCTETS = 64;
const MAX_ADDRESS_OCTETS = 254;

/**
 * NFKC folds compatibility forms such as full-width "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｏｒｇ",
 * ligatures and circled letters to their plain letters. Lower-casing comes
 * next because no provider treats case as meaningful in practice. NFKC runs a
 * second time because lower-casing can leave a few sequences that are not in
 * normal form.
 */
function foldCompatibilityAndCase(text: string): string {
  return text.normalize("NFKC").toLowerCase().normalize("NFKC");
}

/**
 * Maps look-alikes to ASCII, but only in a label that mixes scripts ("jоhn"
 * with a Cyrillic о, "ехample"). Mixing scripts is the sign of a spoof, and
 * most registries refuse mixed-script domain names. A label written wholly in
 * Cyrillic or wholly in Greek is a real word and stays as it is. If it were
 * folded, someone who registers the all-Cyrillic "уаһоо.com" could vote as any
 * "…@yahoo.com" voter and lock the real owner out. NFKC runs again afterwards
 * because a folded letter can combine with a following accent.
 */
function foldLookAlikes(label: string): string {
  const letters = label.match(/\p{L}/gu) ?? [];
  const wholeScript = (script: RegExp) => letters.length > 0 && letters.every((l) => script.test(l));
  if (wholeScript(/\p{Script=Cyrillic}/u) || wholeScript(/\p{Script=Greek}/u)) return label;
  return label.replace(CONFUSABLE_PATTERN, (c) => CONFUSABLES[c]).normalize("NFKC");
}

/**
 * The canonical domain in ASCII (punycode). Labels already in punycode are
 * decoded first so that "xn--xample-2of.com" and "еxample.com" are folded the
 * same way. A trailing dot (the fully qualified form) points to the same host,
 * so it is dropped. googlemail.com delivers to the same mailboxes as gmail.com.
 */
function canonicalDomain(raw: string): string | null {
  const unicode = domainToUnicode(raw.replace(/\.$/, ""));
  if (!unicode) return null;
  const folded = unicode.split(".").map(foldLookAlikes).join(".");
  const ascii = domainToASCII(folded);
  if (!ascii || ascii.length > 253) return null;
  const labels = ascii.split(".");
  // At least "name.tld". Every label is letters, digits and inner hyphens. The
  // top-level label is not all digits, which rules out bare IP addresses.
  if (labels.length < 2 || !labels.every((l) => DNS_LABEL.test(l)) || /^\d+$/.test(labels.at(-1)!)) return null;
  return GMAIL_ALIASES.has(ascii) ? GMAIL : ascii;
}

/**
 * Case folding for the local part. Lower-casing alone is not enough. Upper-
 * casing "straße" gives "STRASSE", which lower-cases to "strasse", not back to
 * "straße". An upper-case sigma lower-cases to σ or ς depending on its
 * position. Going through upper case
 * first gives the full folding ß → ss and ᾳ → αι, and ς is then merged into σ.
 * Domains are left to IDNA, where ß and ς are letters of their own and name
 * other domains.
 */
function fullCaseFold(local: string): string {
  return local.toUpperCase().toLowerCase().replaceAll("ς", "σ").normalize("NFKC");
}

/**
 * The canonical local part, or "" when nothing is left.
 * - Full case folding (see fullCaseFold), so that upper-casing an address
 *   never changes the voter.
 * - Plus-addressing ("name+tag") reaches the "name" mailbox at Gmail, Outlook,
 *   Fastmail, Proton and iCloud. The tag is dropped at every domain, because a
 *   free tag is the easiest way to get a second identity. This happens before
 *   look-alikes are folded, so the tag does not change how the name's script
 *   is judged.
 * - Gmail ignores dots in the local part. Leading, trailing and double dots are
 *   otherwise allowed, because some providers really issued such addresses.
 */
function canonicalLocal(raw: string, domain: string): string {
  const plus = raw.indexOf("+");
  const caseFolded = fullCaseFold(plus < 0 ? raw : raw.slice(0, plus));
  const name = foldLookAlikes(caseFolded);
  // NFKC again: taking a dot out can put a letter right before an accent.
  return domain === GMAIL ? name.replaceAll(".", "").normalize("NFKC") : name;
}

/**
 * The canonical form used to decide whether two addresses are the same voter,
 * or null when the input is not a plausible email address. It is idempotent:
 * the canonical form of a canonical form is itself.
 */
export function normaliseVoterEmail(raw: string): string | null {
  if (typeof raw !== "string" || raw.length > MAX_INPUT_LENGTH) return null;
  const text = foldCompatibilityAndCase(raw).trim();
  if (FORBIDDEN.test(text)) return null;
  const parts = text.split("@");
  if (parts.length !== 2) return null;
  const domain = canonicalDomain(parts[1]);
  if (!domain) return null;
  const local = canonicalLocal(parts[0], domain);
  if (!local || Buffer.byteLength(local, "utf8") > MAX_LOCAL_OCTETS) return null;
  const address = `${local}@${domain}`;
  return Buffer.byteLength(address, "utf8") <= MAX_ADDRESS_OCTETS ? address : null;
}
