import { describe, expect, it } from "vitest";
import { csvCell, roundForExport, toCsv } from "@/lib/exports/csv";

describe("csvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Homework club")).toBe("Homework club");
    expect(csvCell(7.5)).toBe("7.5");
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it.each(["=1+1", "+49 911", "-5", "@SUM(A1)", "\tcmd", "\rcmd"])("puts an apostrophe before text starting like a formula: %j", (text) => {
    const cell = csvCell(text);
    expect(cell.replace(/^"/, "").startsWith("'")).toBe(true);
    expect(cell.replace(/^"/, "").slice(1, 1 + text.length).replace(/""/g, '"')).toBe(text);
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell('Say "hi", then go')).toBe('"Say ""hi"", then go"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("carriage\rreturn")).toBe('"carriage\rreturn"');
  });

  it("guards and quotes a formula that also needs quoting", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
  });

  it("does not touch a formula sign later in the text", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(" =1")).toBe(" =1");
  });
});

describe("toCsv", () => {
  it("joins cells with commas and rows with CRLF, ending in a line break", () => {
    expect(toCsv([["Rank", "Nomination"], [1, "=evil"], [null, "a,b"]])).toBe("Rank,Nomination\r\n1,'=evil\r\n,\"a,b\"\r\n");
  });
});

describe("roundForExport", () => {
  it("rounds to four decimal places by default", () => {
    expect(roundForExport(7.123456)).toBe(7.1235);
    expect(roundForExport(0.1 + 0.2)).toBe(0.3);
    expect(roundForExport(2.5, 0)).toBe(3);
  });
});
