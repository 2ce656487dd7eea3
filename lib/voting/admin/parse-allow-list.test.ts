import { describe, expect, it } from "vitest";
import { MAX_ALLOW_LIST_LINES, MAX_INVALID_LINES_LISTED, parseAllowList } from "@/lib/voting/admin/parse-allow-list";

describe("parseAllowList", () => {
  it("reads one address per line, in canonical form and each once, and numbers the bad lines", () => {
    const parsed = parseAllowList("anna@example.org\n\n  Anna+club@EXAMPLE.org \nnot an address\nbert@example.org\r\n@nope\n");
    expect(parsed).toEqual({ emails: ["anna@example.org", "bert@example.org"], invalidLines: [4, 6], invalidCount: 2, duplicates: 1, tooLong: false });
  });

  it("takes the first column of a CSV export and skips its heading", () => {
    const parsed = parseAllowList('\uFEFF"E-Mail";"Name"\n"carla@example.org";"Carla"\ndan@example.org,Dan\n"";"Nobody"\n');
    expect(parsed.emails).toEqual(["carla@example.org", "dan@example.org"]);
    expect(parsed.invalidLines).toEqual([]);
  });

  it("counts a heading-like line after the first as an error", () => {
    expect(parseAllowList("a@example.org\nemail\n").invalidLines).toEqual([2]);
  });

  it("lists a limited number of bad lines but counts them all, and stops reading at the line limit", () => {
    const bad = parseAllowList(Array.from({ length: 150 }, () => "x").join("\n"));
    expect(bad.invalidLines).toHaveLength(MAX_INVALID_LINES_LISTED);
    expect(bad.invalidCount).toBe(150);
    const long = parseAllowList(Array.from({ length: MAX_ALLOW_LIST_LINES + 5 }, (_, i) => `v${i}@example.org`).join("\n"));
    expect(long.tooLong).toBe(true);
    expect(long.emails).toHaveLength(MAX_ALLOW_LIST_LINES);
  });
});
