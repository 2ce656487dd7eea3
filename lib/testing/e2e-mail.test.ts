import { describe, expect, it } from "vitest";
import { decodeQuotedPrintable, findSignInLink, linksIn } from "@/lib/testing/e2e-mail";

describe("decodeQuotedPrintable", () => {
  it("joins soft line breaks and decodes escaped bytes", () => {
    expect(decodeQuotedPrintable("http://localhost:3100/a?token=3D12=\r\n34&x=3Dy")).toBe(
      "http://localhost:3100/a?token=1234&x=y",
    );
  });

  it("decodes multi-byte UTF-8 sequences", () => {
    expect(decodeQuotedPrintable("Gr=C3=BC=C3=9Fe")).toBe("Grüße");
  });

  it("leaves a lone equals sign that starts no escape alone", () => {
    expect(decodeQuotedPrintable("a = b")).toBe("a = b");
  });
});

describe("findSignInLink", () => {
  const origin = "http://localhost:3100";
  const raw = [
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    '<a href=3D"https://example.org/help">Help</a>',
    '<a href=3D"http://localhost:3100/api/auth/callback/nodemailer?callbackUrl=3Dht=',
    "tp%3A%2F%2Flocalhost%3A3100%2Fjury&amp;token=3Dabc123&amp;email=3Djuror%40laurel.=",
    'example">Sign in</a>',
  ].join("\r\n");

  it("finds the token link on the app's origin in a quoted-printable HTML part", () => {
    const link = findSignInLink(raw, origin);
    expect(link).toBe(
      "http://localhost:3100/api/auth/callback/nodemailer?callbackUrl=http%3A%2F%2Flocalhost%3A3100%2Fjury&token=abc123&email=juror%40laurel.example",
    );
    expect(new URL(link!).searchParams.get("token")).toBe("abc123");
  });

  it("ignores links to other origins and links without a token", () => {
    expect(findSignInLink("see https://evil.example/?token=1 and http://localhost:3100/about", origin)).toBeUndefined();
  });

  it("lists each link once", () => {
    expect(linksIn("http://a.example/x http://a.example/x.")).toEqual(["http://a.example/x"]);
  });
});
