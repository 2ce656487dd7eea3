import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every language file carries every key: a missing German string would silently
// fall back to English in front of a German-speaking nominee.
const dir = path.join(process.cwd(), "messages");
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

function keys(value: unknown, prefix = ""): string[] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message files", () => {
  const english = new Set(keys(JSON.parse(readFileSync(path.join(dir, "en.json"), "utf8"))));
  for (const file of files.filter((f) => f !== "en.json")) {
    it(`${file} has exactly the English keys`, () => {
      const own = new Set(keys(JSON.parse(readFileSync(path.join(dir, file), "utf8"))));
      expect([...english].filter((k) => !own.has(k))).toEqual([]);
      expect([...own].filter((k) => !english.has(k))).toEqual([]);
    });
  }
});
