// The embargo: while the vote is open nobody — the public, a voter, a juror,
// the organiser, an admin — can see how many votes a finalist has. Plant votes
// with counts that cannot appear by accident, then read every page each role
// reaches (HTML and the React Server Component payload) and every vote route
// and export, and look for those counts in any common number format.
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../prisma/seed/users";
import { expect, test } from "./fixtures";
import { People, createVerifiedVoter, createVoteReadyProgramme, plantVotes } from "./support/control-client";
import type { PlantedVotes, VoteReadyProgramme } from "./support/control-server";
import { E2E_BASE_URL } from "./support/e2e-env";
import { postBallot } from "./support/vote-servers";
import { signInWithPassword } from "./support/sign-in";

/** Votes per finalist: [category][finalist]. */
const COUNTS = [
  [1237, 2309, 1571],
  [1873, 1429, 2141],
];
const MAX_PAGES = 120;
const NEVER_FOLLOW = ["/sign-out", "/api/auth", "/_next"];

/** "1237", "1,237", "1.237", "1 237" (also with no-break spaces), not inside a longer number, word or path. */
function countPattern(n: number): RegExp {
  const s = String(n);
  return new RegExp(`(?<![\\w.,/-])${s.slice(0, -3)}[.,\\u00a0\\u202f ]?${s.slice(-3)}(?![\\w/-]|[.,]\\d)`);
}

/** A finalist's share of their category, to one or two decimals, in English or German style ("24.2 %", "24,17%"). */
function sharePattern(votes: number, total: number): RegExp {
  const share = (100 * votes) / total;
  const forms = [share.toFixed(1), share.toFixed(2), (Math.floor(share * 10) / 10).toFixed(1)].map((f) => f.replace(".", "[.,]"));
  return new RegExp(`(?<![\\d.,])(${[...new Set(forms)].join("|")})\\s?%`);
}

const FORBIDDEN: { what: string; pattern: RegExp }[] = COUNTS.flatMap((counts, c) => {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.flatMap((n, f) => [
    { what: `${n} votes (category ${c + 1}, finalist ${f + 1})`, pattern: countPattern(n) },
    { what: `${((100 * n) / total).toFixed(2)} % (category ${c + 1}, finalist ${f + 1})`, pattern: sharePattern(n, total) },
  ]);
});

function leaksIn(body: string): string[] {
  return FORBIDDEN.filter(({ pattern }) => pattern.test(body)).map(({ what, pattern }) => `${what}: "${body.match(pattern)![0]}"`);
}

function sameOriginLinks(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/href="(\/[^"#]*)"/g)) {
    const path = m[1].replace(/&amp;/g, "&");
    if (!path.startsWith("//") && !NEVER_FOLLOW.some((p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}?`))) out.add(path);
  }
  return [...out];
}

/**
 * Reads `seeds` and what they link to, as whoever `request` is signed in as:
 * each page's HTML and RSC payload. Links are followed from the seeds, and
 * deeper only while they stay in the vote's programme (its id or slug in the
 * path), so other programmes' pages do not crowd it out. Returns every leak.
 */
async function crawl(request: APIRequestContext, seeds: string[], staysInProgramme: (path: string) => boolean): Promise<{ leaks: string[]; read: string[] }> {
  const queue = seeds.map((path) => ({ path, depth: 0 }));
  const seen = new Set<string>();
  const leaks: string[] = [];
  while (queue.length && seen.size < MAX_PAGES) {
    const { path, depth } = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const response = await request.get(path, { headers, maxRedirects: 0 });
      expect(response.status(), `${path} answered ${response.status()}`).toBeLessThan(500);
      const body = await response.text();
      for (const leak of leaksIn(body)) leaks.push(`${path}${"RSC" in headers ? " (RSC)" : ""}: ${leak}`);
      if (!("RSC" in headers) && (response.headers()["content-type"] ?? "").includes("text/html")) {
        for (const link of sameOriginLinks(body)) {
          if (!seen.has(link) && (depth === 0 || staysInProgramme(link))) queue.push({ path: link, depth: depth + 1 });
        }
      }
    }
  }
  return { leaks, read: [...seen] };
}

let programme: VoteReadyProgramme;
let planted: PlantedVotes;
let voterCookie: { name: string; value: string };

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  programme = await createVoteReadyProgramme();
  planted = await plantVotes({ slug: programme.slug, votes: COUNTS });
  // A voter who has voted in the first category: their pages may show more than a stranger's.
  const voter = await createVerifiedVoter(programme.slug);
  voterCookie = voter.cookie;
  const cast = await postBallot(E2E_BASE_URL, programme.slug, {
    cookie: `${voter.cookie.name}=${voter.cookie.value}`,
    categoryId: programme.categories[0].id,
    finalistId: programme.categories[0].finalists[1].id,
    ip: "192.0.2.10",
  });
  expect(cast.status).toBe(201);
});

function inProgramme(path: string): boolean {
  return path.includes(programme.programmeId) || path.includes(programme.slug);
}

/** The vote's own routes and exports, whether or not a page links to them. */
function voteRoutes(): string[] {
  return [
    `/api/vote/${programme.slug}/status`,
    `/api/vote/${programme.slug}/recount`,
    `/api/programmes/${programme.programmeId}/vote/recount`,
    ...programme.categories.map((c) => `/api/programmes/${programme.programmeId}/categories/${c.id}/scores`),
  ];
}

function publicVotePages(): string[] {
  const vote = `/programmes/${programme.slug}/vote`;
  return [
    `/programmes/${programme.slug}`,
    vote,
    ...programme.categories.map((c) => `${vote}/${c.id}`),
    ...programme.categories.flatMap((c) => c.finalists.map((f) => `${vote}/finalists/${f.id}`)),
    `${vote}/receipt`,
    `/programmes/${programme.slug}/results`,
  ];
}

async function visit(page: Page, a11y: { check: (label: string) => Promise<void> }, paths: string[]): Promise<void> {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} answered ${response?.status()}`).toBeLessThan(500);
    expect(leaksIn(await page.content()), path).toEqual([]);
    await a11y.check(path);
  }
}

test("the planted votes are in the database, and the search finds their counts in any format", async () => {
  expect(planted.categories.map((c) => c.finalists.map((f) => f.votes))).toEqual(COUNTS);
  for (const sample of ["<td>1237</td>", '"votes":2309,', "1.571 Stimmen", "1,873 votes", "1\u202f429", "(2141)", "24,2 %", "45.12%"]) {
    expect(leaksIn(sample), sample).toHaveLength(1);
  }
  for (const sample of ["11237", "1237px", "/chunks/1237-ab.js", "5117 votes in all", "2.1237", "cm1237x"]) expect(leaksIn(sample), sample).toEqual([]);
});

test("the public and a voter who has voted see no finalist's vote count", async ({ page, a11y, baseURL }) => {
  test.setTimeout(300_000);
  await page.context().addCookies([{ ...voterCookie, url: baseURL! }]);
  const vote = `/programmes/${programme.slug}/vote`;
  await visit(page, a11y, ["/", vote, `${vote}/${programme.categories[0].id}`, `${vote}/finalists/${programme.categories[1].finalists[0].id}`]);
  const { leaks, read } = await crawl(page.request, [...publicVotePages(), ...voteRoutes(), "/"], () => true);
  await test.info().attach("pages-read.json", { body: JSON.stringify(read, null, 2), contentType: "application/json" });
  expect(read).toEqual(expect.arrayContaining(publicVotePages()));
  expect(leaks).toEqual([]);
});

for (const role of ["juror", "organiser", "admin"] as const) {
  test(`the ${role} sees no finalist's vote count before the vote closes`, async ({ page, a11y }) => {
    test.setTimeout(300_000);
    if (role === "admin") {
      await signInWithPassword(page, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password);
    } else {
      const person = await new People().create({ role, programmes: [programme.slug], password: "correct horse battery staple" });
      await signInWithPassword(page, person.email, person.password!);
    }
    const home = role === "juror" ? "/jury" : "/admin";
    const own =
      role === "juror"
        ? [`/jury/programmes/${programme.programmeId}`, `/jury/programmes/${programme.programmeId}/shortlist`]
        : [...["", "/participation", "/anomalies", "/results", "/codes", "/allow-list"].map((p) => `/admin/programmes/${programme.programmeId}/vote${p}`), `/admin/programmes/${programme.programmeId}/results`];
    await visit(page, a11y, [home, ...own]);
    const { leaks, read } = await crawl(page.request, [home, ...own, `/admin/programmes/${programme.programmeId}`, ...voteRoutes(), ...publicVotePages()], inProgramme);
    await test.info().attach("pages-read.json", { body: JSON.stringify(read, null, 2), contentType: "application/json" });
    expect(read.length).toBeGreaterThan(own.length + voteRoutes().length + publicVotePages().length);
    expect(leaks).toEqual([]);
  });
}
