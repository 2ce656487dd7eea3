import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { receiptInFile, recount } from "@/lib/voting/tally/read-recount-file";
import { RECEIPT_ALPHABET, receiptHash } from "@/lib/voting/tally/receipt-code";
import { tallyCategory } from "@/lib/voting/tally/tally-category";
import { recountFile, type RecountFileOptions } from "@/lib/voting/tally/write-recount-file";

// Random programmes: up to 3 categories of up to 4 finalists, up to 40 ballots
// each, some quarantined, with real receipt codes so the voter check can run.
const code = fc.array(fc.constantFrom(...RECEIPT_ALPHABET), { minLength: 12, maxLength: 12 }).map((chars) => chars.join(""));
const category = fc.record({
  finalistCount: fc.integer({ min: 1, max: 4 }),
  ballots: fc.uniqueArray(fc.record({ code, pick: fc.nat(), quarantined: fc.nat(5).map((n) => n === 0) }), { maxLength: 40, selector: (b) => b.code }),
  name: fc.string(),
});
const programme = fc.array(category, { minLength: 1, maxLength: 3 }).map((categories) => ({
  slug: "p",
  codes: categories.map((c) => c.ballots),
  options: {
    programmeSlug: "p",
    categories: categories.map((c, ci) => {
      const categoryId = `cat-${ci}`;
      const finalists = Array.from({ length: c.finalistCount }, (_, fi) => ({ id: `fin-${ci}-${fi}`, publicName: `${c.name} ${fi}` }));
      return {
        categoryId,
        categoryName: c.name,
        finalists,
        ballots: c.ballots.map((b) => ({
          finalistId: finalists[b.pick % finalists.length].id,
          receiptHash: receiptHash(b.code, categoryId),
          quarantinedAt: b.quarantined ? new Date(0) : null,
        })),
      };
    }),
  } satisfies RecountFileOptions,
}));

const tallies = (options: RecountFileOptions) => options.categories.map((c) => tallyCategory({ finalistIds: c.finalists.map((f) => f.id), ballots: c.ballots }));
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("recount file properties", () => {
  it("recounts exactly the official tally of every category", () => {
    fc.assert(
      fc.property(programme, ({ options }) => {
        const result = recount(recountFile(options));
        expect(result.discrepancies).toEqual([]);
        expect(result.categories.map((c) => c.tally)).toEqual(tallies(options));
      }),
    );
  });

  it("finds every voter's receipt, counted for their finalist or quarantined", () => {
    fc.assert(
      fc.property(programme, ({ options, codes }) => {
        const file = recountFile(options);
        options.categories.forEach((c, ci) => {
          c.ballots.forEach((ballot, bi) => {
            const check = receiptInFile(file, codes[ci][bi].code, c.categoryId);
            if (ballot.quarantinedAt) expect(check).toEqual({ status: "quarantined" });
            else expect(check).toMatchObject({ status: "counted", finalistId: ballot.finalistId });
          });
        });
      }),
      { numRuns: 30 },
    );
  });

  it("notices any edit of one ballot: the checksum fails and, resealed in good order, the recount differs from the file's own totals", () => {
    const edit = fc.record({ pick: fc.nat(), how: fc.constantFrom("drop", "other-finalist", "unquarantine", "quarantine") });
    fc.assert(
      fc.property(programme, edit, ({ options }, { pick, how }) => {
        const file = recountFile(options);
        const [header, ...body] = file.split("\n").slice(0, -1);
        type Line = { type: string; categoryId: string; receiptHash?: string; finalistId?: string };
        const lines: Line[] = body.map((l) => JSON.parse(l));
        const ballots = lines.filter((l) => l.type !== "category");
        fc.pre(ballots.length > 0);
        const target = ballots[pick % ballots.length];
        const finalists = options.categories.find((c) => c.categoryId === target.categoryId)!.finalists;
        let replacement: Line | null;
        if (how === "drop") replacement = null;
        else if (how === "other-finalist") {
          fc.pre(target.type === "ballot" && finalists.length > 1);
          replacement = { ...target, finalistId: finalists[(finalists.findIndex((f) => f.id === target.finalistId) + 1) % finalists.length].id };
        } else if (how === "unquarantine") {
          fc.pre(target.type === "quarantined");
          replacement = { type: "ballot", categoryId: target.categoryId, receiptHash: target.receiptHash, finalistId: finalists[0].id };
        } else {
          fc.pre(target.type === "ballot");
          replacement = { type: "quarantined", categoryId: target.categoryId, receiptHash: target.receiptHash };
        }
        const edited = lines.flatMap((l) => (l !== target ? [l] : replacement ? [replacement] : []));
        // Laid out again the way the writer does, so only the counts can give the edit away.
        const byHash = (a: Line, b: Line) => (a.receiptHash! < b.receiptHash! ? -1 : 1);
        const newBody = edited
          .filter((l) => l.type === "category")
          .flatMap((c) => [
            c,
            ...edited.filter((l) => l.categoryId === c.categoryId && l.type === "ballot").sort(byHash),
            ...edited.filter((l) => l.categoryId === c.categoryId && l.type === "quarantined").sort(byHash),
          ])
          .map((l) => `${JSON.stringify(l)}\n`)
          .join("");

        expect(() => recount(`${header}\n${newBody}`)).toThrow(/checksum/);
        const result = recount(`${JSON.stringify({ ...JSON.parse(header), bodySha256: sha256(newBody) })}\n${newBody}`);
        expect(result.discrepancies.length).toBeGreaterThan(0);
        expect(result.categories.map((c) => c.tally)).not.toEqual(tallies(options));
      }),
    );
  });
});
