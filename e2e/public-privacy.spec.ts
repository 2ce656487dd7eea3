// Nominees' personal data never reaches a public page or public response: plant
// nominations full of marker values in every programme (reached the jury,
// waiting for the nominee, declined, and a finalist who chose to show only a
// first name), crawl everything public from the home page, and look for the
// markers in the HTML and in the React Server Component payloads.
import { expect, test } from "./fixtures";
import { plantNominations } from "./support/control-client";

const PRIVATE_PREFIXES = ["/admin", "/jury", "/sign-in", "/sign-out", "/api/auth", "/_next", "/invitations", "/submissions", "/consent", "/guardian"];
const MAX_PAGES = 150;

function publicLinks(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/href="(\/[^"#]*)"/g)) {
    const path = m[1].replace(/&amp;/g, "&");
    if (!PRIVATE_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}?`))) out.add(path);
  }
  return [...out];
}

test("no public page or response contains a nominee's personal data", async ({ request }) => {
  test.setTimeout(180_000);
  const { markers } = await plantNominations();
  expect(markers.length).toBeGreaterThan(10);

  const queue = ["/", "/privacy", "/api/health"];
  const seen = new Set<string>();
  const leaks: string[] = [];
  while (queue.length && seen.size < MAX_PAGES) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), `${path} answered ${response.status()}`).toBeLessThan(500);
      const body = await response.text();
      for (const marker of markers) if (body.includes(marker)) leaks.push(`${path}${"RSC" in headers ? " (RSC)" : ""}: ${marker}`);
      if (!("RSC" in headers) && (response.headers()["content-type"] ?? "").includes("text/html")) {
        for (const link of publicLinks(body)) if (!seen.has(link)) queue.push(link);
      }
    }
  }
  expect(seen.size, "the crawl reached the programme pages").toBeGreaterThan(5);
  expect(leaks).toEqual([]);
});
