#!/usr/bin/env node
// Deep-merges a patch {"en": {...}, "de": {...}} into messages/<locale>.json.
// Several people (and helpers) add strings at once: a lock directory makes each
// read-modify-write atomic, so nobody's keys are lost.
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const patchFile = process.argv[2];
if (!patchFile) {
  console.error("usage: node scripts/i18n/merge-messages.mjs patch.json");
  process.exit(2);
}
const patch = JSON.parse(readFileSync(patchFile, "utf8"));
const dir = path.join(process.cwd(), "messages");
const lock = path.join(dir, ".lock");

function merge(base, over) {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = v && typeof v === "object" && !Array.isArray(v) && out[k] && typeof out[k] === "object" ? merge(out[k], v) : v;
  }
  return out;
}

const deadline = Date.now() + 30_000;
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (Date.now() > deadline) throw new Error(`messages are locked: remove ${lock} if no merge is running`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
try {
  for (const [locale, messages] of Object.entries(patch)) {
    const file = path.join(dir, `${locale}.json`);
    const current = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify(merge(current, messages), null, 2) + "\n");
    console.log(`merged into ${file}`);
  }
} finally {
  rmdirSync(lock);
}
