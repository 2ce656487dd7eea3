// The score export route, called directly with a Request, and the printable
// jury sheet's loader. Route handlers learn who is signed in from
// getCurrentUser(), which reads the Auth.js cookie inside a Next.js request;
// here it is replaced by a stand-in returning a real SessionUser from the test
// database. Everything else (database, permission checks, maths) is real.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { anonymousNumbers } from "@/lib/exports/anonymous-labels";
import { loadJurySheet } from "@/lib/exports/load-jury-sheet";
import { CONFLICT_NOTE, makeJuryWorld, type JuryWorld } from "@/lib/transparency/jury-world-fixtures";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { GET } = await import("@/app/api/programmes/[id]/categories/[categoryId]/scores/route");

afterEach(() => {
  session.user = null;
});

async function download(actor: SessionUser | null, programmeId: string, categoryId: string, { query = "", headers = {} as Record<string, string> } = {}) {
  session.user = actor;
  const request = new Request(`http://localhost:3000/api/programmes/${programmeId}/categories/${categoryId}/scores${query}`, { headers });
  const response = await GET(request, { params: Promise.resolve({ id: programmeId, categoryId }) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  // TextDecoder drops a leading byte order mark, so the body parses as plain CSV.
  return { status: response.status, headers: response.headers, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, body: new TextDecoder().decode(bytes) };
}

/** Splits our CSV (quoted cells may hold commas, quotes and line breaks) into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe("GET /api/programmes/[id]/categories/[categoryId]/scores", () => {
  let world: JuryWorld;
  let young: string;
  beforeEach(async () => {
    world = await makeJuryWorld(db);
    young = world.categoryIds[0];
  });

  it("gives the category's chair the anonymous scores of every counted sheet, as a CSV download", async () => {
    const { status, headers, bom, body } = await download(world.jurors.chris, world.programme.id, young);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toBe('attachment; filename="jury-scores-young-volunteer.csv"');
    expect(headers.get("cache-control")).toBe("private, no-store");
    expect(bom).toBe(true);
    const numbers = anonymousNumbers(young, Object.values(world.jurors).map((j) => j.id));
    const [ada, ben, chris] = [world.jurors.ada, world.jurors.ben, world.jurors.chris].map((j) => `Juror ${numbers.get(j.id)}`);
    expect(new Set([ada, ben, chris]).size).toBe(3);
    const rows = parseCsv(body);
    expect(rows[0]).toEqual(["Nomination", "Juror", "Criterion", "Weight", "Score"]);
    // The formula-like title and criterion name stay text; Chris's conflict keeps him off the first nomination,
    // and (as he declared a conflict on it) its other jurors' scores are left out of his file: organisers get them.
    const formula = `'=HYPERLINK("http://evil.example","click")`;
    const bea = [
      ["Bea Example", ada, "Impact", "2", "4"],
      ["Bea Example", ada, "'@Reach", "1", "4"],
      ["Bea Example", ben, "Impact", "2", "5"],
      ["Bea Example", ben, "'@Reach", "1", "2"],
      ["Bea Example", chris, "Impact", "2", "9"],
      ["Bea Example", chris, "'@Reach", "1", "6"],
    ];
    expect(rows.slice(1).sort()).toEqual([...bea].sort());
    const full = parseCsv((await download(world.organiser, world.programme.id, young)).body);
    expect(full.slice(1).sort()).toEqual(
      [
        [formula, ada, "Impact", "2", "8"],
        [formula, ada, "'@Reach", "1", "5"],
        [formula, ben, "Impact", "2", "6"],
        [formula, ben, "'@Reach", "1", "9"],
        ["Bea Example", ada, "Impact", "2", "4"],
        ["Bea Example", ada, "'@Reach", "1", "4"],
        ["Bea Example", ben, "Impact", "2", "5"],
        ["Bea Example", ben, "'@Reach", "1", "2"],
        ["Bea Example", chris, "Impact", "2", "9"],
        ["Bea Example", chris, "'@Reach", "1", "6"],
      ].sort(),
    );
  });

  it("names no juror, no email, no note or comment, and no nomination that has not reached the jury", async () => {
    for (const query of ["", "?part=ranking"]) {
      const { body } = await download(world.organiser, world.programme.id, young, { query });
      for (const secret of ["Ada", "Ben", "Chris", "Juror Chair", CONFLICT_NOTE, "private comment", "overall note", "Una Unmoderated", "Gostenhof", ...world.emails]) {
        expect(body).not.toContain(secret);
      }
      for (const juror of Object.values(world.jurors)) expect(body).not.toContain(juror.id);
    }
  });

  it("gives the ranking with mean, spread and count, ties and formulas handled", async () => {
    const { status, headers, body } = await download(world.organiser, world.programme.id, young, { query: "?part=ranking" });
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toBe('attachment; filename="jury-ranking-young-volunteer.csv"');
    // Formula: (2·8+5)/3 = 7 and (2·6+9)/3 = 7. Bea: 4, 4, 8 → mean 16/3, population SD √(32/9).
    expect(parseCsv(body)).toEqual([
      ["Rank", "Nomination", "Mean", "Standard deviation", "Sheets counted"],
      ["1", `'=HYPERLINK("http://evil.example","click")`, "7", "0", "2"],
      ["2", "Bea Example", "5.3333", "1.8856", "3"],
    ]);
  });

  it("numbers nominations as the jury list does in blind mode, and speaks the request's language", async () => {
    await db.programme.update({ where: { id: world.programme.id }, data: { juryBlind: true } });
    const { body } = await download(world.organiser, world.programme.id, young, { query: "?part=ranking", headers: { "accept-language": "de-DE,de;q=0.9" } });
    expect(parseCsv(body)).toEqual([
      ["Rang", "Nominierung", "Mittelwert", "Standardabweichung", "Gezählte Bögen"],
      ["1", "Nominierung 1", "7", "0", "2"],
      ["2", "Nominierung 2", "5.3333", "1.8856", "3"],
    ]);
    expect(body).not.toContain("Bea");
  });

  it("answers 401 when signed out and 404 to jurors, other chairs, other programmes' organisers and mismatched ids", async () => {
    expect((await download(null, world.programme.id, young)).status).toBe(401);
    for (const actor of [world.jurors.ada, world.jurors.ben, world.otherChair, world.outsider]) {
      const { status, body } = await download(actor, world.programme.id, young);
      expect([status, body]).toEqual([404, "Not found."]);
    }
    expect((await download(world.organiser, world.programme.id, "no-such-category")).status).toBe(404);
    expect((await download(world.outsider, (await db.membership.findFirstOrThrow({ where: { userId: world.outsider.id } })).programmeId, young)).status).toBe(404);
    expect((await download(world.organiser, world.programme.id, "x".repeat(200))).status).toBe(404);
    expect((await download(world.organiser, world.programme.id, young, { query: "?part=everything" })).status).toBe(404);
  });

  it("lets the chair of the other category export only their own", async () => {
    expect((await download(world.otherChair, world.programme.id, world.categoryIds[1])).status).toBe(200);
  });
});

describe("loadJurySheet", () => {
  let world: JuryWorld;
  beforeEach(async () => {
    world = await makeJuryWorld(db);
  });

  it("gives organisers the criteria, the scale and the titles of nominations that reached the jury, in the jury's order", async () => {
    const sheet = await loadJurySheet({ actor: world.organiser, programmeId: world.programme.id, categoryId: world.categoryIds[0] });
    expect(sheet.category).toMatchObject({ name: "Young volunteer", scale: { min: 1, max: 10 } });
    expect(sheet.criteria.map((c) => [c.name, c.weight, c.share])).toEqual([
      ["Impact", 2, 2 / 3],
      ["@Reach", 1, 1 / 3],
    ]);
    expect(sheet.nominations).toEqual([
      { id: world.nominations.formula, number: 1, title: '=HYPERLINK("http://evil.example","click")' },
      { id: world.nominations.bea, number: 2, title: "Bea Example" },
    ]);
    for (const email of world.emails) expect(JSON.stringify(sheet)).not.toContain(email);
  });

  it("leaves the titles off in blind mode", async () => {
    await db.programme.update({ where: { id: world.programme.id }, data: { juryBlind: true } });
    const sheet = await loadJurySheet({ actor: world.organiser, programmeId: world.programme.id, categoryId: world.categoryIds[0] });
    expect(sheet.nominations.map((n) => [n.number, n.title])).toEqual([
      [1, null],
      [2, null],
    ]);
  });

  it("refuses the signed-out, jurors, the chair and another programme's organiser; a category of another programme is not found", async () => {
    const args = { programmeId: world.programme.id, categoryId: world.categoryIds[0] };
    await expect(loadJurySheet({ actor: null, ...args })).rejects.toMatchObject({ code: "unauthenticated" });
    for (const actor of [world.jurors.ada, world.jurors.chris, world.outsider]) {
      await expect(loadJurySheet({ actor, ...args })).rejects.toMatchObject({ code: "forbidden" });
    }
    const otherProgramme = (await db.membership.findFirstOrThrow({ where: { userId: world.outsider.id } })).programmeId;
    await expect(loadJurySheet({ actor: world.organiser, programmeId: otherProgramme, categoryId: world.categoryIds[0] })).rejects.toMatchObject({ code: "not_found" });
    await expect(loadJurySheet({ actor: world.organiser, programmeId: world.programme.id, categoryId: "nope" })).rejects.toMatchObject({ code: "not_found" });
  });
});
