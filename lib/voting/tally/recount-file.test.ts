import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { receiptInFile, recount } from "@/lib/voting/tally/read-recount-file";
import { receiptHash } from "@/lib/voting/tally/receipt-code";
import { RecountFileError } from "@/lib/voting/tally/recount-format";
import { tallyCategory, type TallyBallot } from "@/lib/voting/tally/tally-category";
import { recountFile, type RecountFileOptions } from "@/lib/voting/tally/write-recount-file";

const QUARANTINED = new Date("2026-05-03T09:00:00Z");
const vote = (code: string, categoryId: string, finalistId: string, quarantined = false): TallyBallot => ({
  finalistId,
  receiptHash: receiptHash(code, categoryId),
  quarantinedAt: quarantined ? QUARANTINED : null,
});

const programme: RecountFileOptions = {
  programmeSlug: "young-engagement-2026",
  categories: [
    {
      categoryId: "individuals",
      categoryName: "Engaged young people",
      finalists: [
        { id: "fin-ana", publicName: "Ana" },
        { id: "fin-ben", publicName: "Ben K." },
      ],
      ballots: [
        vote("AAAA-AAAA-AAA1", "individuals", "fin-ana"),
        vote("AAAA-AAAA-AAA2", "individuals", "fin-ben"),
        vote("AAAA-AAAA-AAA3", "individuals", "fin-ana"),
        vote("AAAA-AAAA-AAA4", "individuals", "fin-ben", true),
      ],
    },
    {
      categoryId: "groups",
      categoryName: 'Groups, "buddies" & friends',
      finalists: [{ id: "fin-buddy", publicName: "Buddy-Projekt Nürnberg" }],
      ballots: [vote("BBBB-BBBB-BBB1", "groups", "fin-buddy")],
    },
  ],
};

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const lines = (file: string) => file.split("\n").slice(0, -1).map((l) => JSON.parse(l));
/** Rewrites the body and fixes the checksum, as someone editing the file on purpose would. */
function reseal(file: string, edit: (body: string[]) => string[]): string {
  const [header, ...body] = file.split("\n").slice(0, -1);
  const newBody = edit(body).map((l) => `${l}\n`).join("");
  return `${JSON.stringify({ ...JSON.parse(header), bodySha256: sha256(newBody) })}\n${newBody}`;
}

describe("recountFile", () => {
  const file = recountFile(programme);

  it("starts with a header that carries the totals and the body's checksum", () => {
    const header = lines(file)[0];
    expect(header).toMatchObject({ format: "laurel-recount", version: 1, programme: "young-engagement-2026", categories: 2, counted: 4, quarantined: 1 });
    expect(header.bodySha256).toBe(sha256(file.slice(file.indexOf("\n") + 1)));
    expect(header.receiptHash).toContain("laurel-receipt-v1:<categoryId>:");
  });

  it("lists counted ballots by receipt hash, then quarantined ones without their choice", () => {
    const body = lines(file).slice(1);
    expect(body.map((l) => l.type)).toEqual(["category", "ballot", "ballot", "ballot", "quarantined", "category", "ballot"]);
    const hashes = body.filter((l) => l.type === "ballot" && l.categoryId === "individuals").map((l) => l.receiptHash);
    expect(hashes).toEqual([...hashes].sort());
    expect(body[4]).toEqual({ type: "quarantined", categoryId: "individuals", receiptHash: receiptHash("AAAA-AAAA-AAA4", "individuals") });
    expect(body[0]).toMatchObject({ counted: 3, quarantined: 1, finalists: [{ id: "fin-ana", publicName: "Ana", votes: 2, rank: 1 }, { id: "fin-ben", votes: 1, rank: 2 }] });
  });

  it("writes the same bytes whatever order the ballots come in", () => {
    const shuffled = { ...programme, categories: programme.categories.map((c) => ({ ...c, ballots: [...c.ballots].reverse() })) };
    expect(recountFile(shuffled)).toBe(file);
  });

  it("refuses a malformed receipt hash and a category listed twice", () => {
    const badHash = { ...programme.categories[1], ballots: [{ finalistId: "fin-buddy", receiptHash: "ABC", quarantinedAt: null }] };
    expect(() => recountFile({ ...programme, categories: [badHash] })).toThrow(RangeError);
    expect(() => recountFile({ ...programme, categories: [programme.categories[1], programme.categories[1]] })).toThrow(/twice/);
  });
});

describe("recount", () => {
  const file = recountFile(programme);

  it("recomputes each category's official tally from the file alone", () => {
    const result = recount(file);
    expect(result.programmeSlug).toBe("young-engagement-2026");
    expect(result.discrepancies).toEqual([]);
    expect(result.categories.map((c) => c.tally)).toEqual(programme.categories.map((c) => tallyCategory({ finalistIds: c.finalists.map((f) => f.id), ballots: c.ballots })));
    expect(result.categories[1].categoryName).toBe('Groups, "buddies" & friends');
  });

  it("detects a changed ballot line by the body checksum", () => {
    const tampered = file.replace('"finalistId":"fin-ben"', '"finalistId":"fin-ana"');
    expect(tampered).not.toBe(file);
    expect(() => recount(tampered)).toThrow(RecountFileError);
    expect(() => recount(tampered)).toThrow(/checksum/);
  });

  it("reports a resealed file whose ballots no longer match its stated counts", () => {
    const moved = reseal(file, (body) => body.map((l) => l.replace('"finalistId":"fin-ben"', '"finalistId":"fin-ana"')));
    const result = recount(moved);
    expect(result.categories[0].tally.finalists).toEqual([{ finalistId: "fin-ana", votes: 3, rank: 1 }, { finalistId: "fin-ben", votes: 0, rank: 2 }]);
    expect(result.discrepancies).toEqual([expect.stringContaining("fin-ana at rank 1 with 3 votes"), expect.stringContaining("fin-ben at rank 2 with 0 votes")]);

    const dropped = reseal(file, (body) => body.filter((l) => !l.includes('"type":"quarantined"')));
    expect(recount(dropped).discrepancies).toEqual([expect.stringContaining("states 1 quarantined ballots, lists 0"), expect.stringContaining("header states 1 quarantined")]);
  });

  it("refuses a file whose form is broken, naming the line", () => {
    const cases: [string, (body: string[]) => string[], RegExp][] = [
      ["ballots out of order", (b) => [b[0], b[2], b[1], ...b.slice(3)], /line 4: .*ascending/],
      ["a receipt listed twice", (b) => [...b.slice(0, 4), b[3].replace('"ballot"', '"quarantined"').replace(/,"finalistId":"[^"]*"/, ""), ...b.slice(4)], /line 6: .*twice/],
      ["a vote for a non-finalist", (b) => b.map((l, i) => (i === 1 ? l.replace(/"fin-(ana|ben)"/, '"fin-zoe"') : l)), /line 3: fin-zoe is not a finalist/],
      ["a ballot before any category", (b) => [b[1], b[0], ...b.slice(2)], /line 2: a ballot outside/],
      ["a counted ballot after a quarantined one", (b) => [b[0], b[1], b[2], b[4], b[3], ...b.slice(5)], /line 6: a counted ballot after/],
      ["an unknown field", (b) => b.map((l, i) => (i === 1 ? l.replace("{", '{"castAt":"2026-05-01",') : l)), /line 3: not a category/],
      ["not JSON", (b) => [...b, "hello"], /line 9: not a JSON object/],
    ];
    for (const [, edit, message] of cases) expect(() => recount(reseal(file, edit)), String(message)).toThrow(message);
    expect(() => recount("")).toThrow(/no header/);
    expect(() => recount(file.replace('"version":1', '"version":2'))).toThrow(/line 1/);
    expect(() => recount(file.replace(/\n/g, "\r\n"))).toThrow(RecountFileError);
  });
});

describe("receiptInFile", () => {
  const file = recountFile(programme);

  it("tells a voter their ballot counted, and for whom", () => {
    expect(receiptInFile(file, "AAAA-AAAA-AAA2", "individuals")).toEqual({ status: "counted", finalistId: "fin-ben", publicName: "Ben K." });
    expect(receiptInFile(file, "bbbb bbbb bbb1", "groups")).toEqual({ status: "counted", finalistId: "fin-buddy", publicName: "Buddy-Projekt Nürnberg" });
  });

  it("tells a voter their ballot was quarantined, without the choice", () => {
    expect(receiptInFile(file, "AAAA-AAAA-AAA4", "individuals")).toEqual({ status: "quarantined" });
  });

  it("does not find a code in another category, an unknown code or an unknown category", () => {
    expect(receiptInFile(file, "AAAA-AAAA-AAA1", "groups")).toEqual({ status: "not_found" });
    expect(receiptInFile(file, "AAAA-AAAA-AAA9", "individuals")).toEqual({ status: "not_found" });
    expect(receiptInFile(file, "AAAA-AAAA-AAA1", "nope")).toEqual({ status: "not_found" });
  });

  it("says when the code cannot be a receipt code", () => {
    expect(receiptInFile(file, "AAAA-AAAA", "individuals")).toEqual({ status: "invalid_code" });
  });
});
