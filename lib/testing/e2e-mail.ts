// Reading sign-in links out of raw emails the way a mail client would: email
// bodies are usually quoted-printable (long lines broken with "=", "=" itself
// written "=3D"), and HTML parts escape "&" in URLs as "&amp;".

/** Decodes a quoted-printable body (RFC 2045 §6.7) as UTF-8. */
export function decodeQuotedPrintable(input: string): string {
  const joined = input.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function unescapeHtmlUrl(url: string): string {
  return url.replace(/&amp;/g, "&").replace(/&#x3D;|&#61;/gi, "=");
}

/** Every distinct http(s) URL in a message, raw or decoded, in order of appearance. */
export function linksIn(message: string): string[] {
  const decoded = decodeQuotedPrintable(message);
  const found = new Set<string>();
  for (const match of decoded.matchAll(/https?:\/\/[^\s"'<>()]+/g)) {
    found.add(unescapeHtmlUrl(match[0]).replace(/[.,;]+$/, ""));
  }
  return [...found];
}

/** True for a link to the app at `origin` that carries a sign-in token. */
export function isSignInLink(link: string, origin: string): boolean {
  try {
    const url = new URL(link);
    return url.origin === new URL(origin).origin && url.searchParams.has("token");
  } catch {
    return false;
  }
}

/** The first link in the message that points at `origin` and carries a token. */
export function findSignInLink(message: string, origin: string): string | undefined {
  return linksIn(message).find((link) => isSignInLink(link, origin));
}
