// stderr logging in the native schema engine's format: one JSON object per line,
// {"timestamp","level","fields":{"message",...},"target"}.
// The Prisma CLI parses every stderr line as JSON in one-shot mode (and drops
// the first line), so nothing else may ever reach stderr: Node warnings are
// rerouted here too (see installWarningHandler).
import { appendFileSync } from "node:fs";

const LEVELS = { ERROR: 1, WARN: 2, INFO: 3, DEBUG: 4, TRACE: 5 };

// The CLI spawns us with RUST_LOG=info; honour a more verbose setting.
function maxLevel() {
  const wanted = String(process.env.RUST_LOG ?? "info").toUpperCase();
  const found = Object.keys(LEVELS).find((level) => wanted.includes(level));
  return LEVELS[found ?? "INFO"];
}
const MAX_LEVEL = maxLevel();

function writeLine(entry) {
  process.stderr.write(`${JSON.stringify(entry)}\n`);
}

export function log(level, message, fields = {}, target = "schema_engine") {
  if ((LEVELS[level] ?? LEVELS.INFO) > MAX_LEVEL) return;
  writeLine({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target });
}

// The start-up line is written whatever RUST_LOG says: in one-shot mode the
// CLI throws away the first stderr line, which must not be the error.
export function logStartup(message, fields = {}) {
  writeLine({ timestamp: new Date().toISOString(), level: "INFO", fields: { message, ...fields }, target: "schema_engine" });
}

// Final error of a one-shot `cli ...` command. The CLI looks for exactly this
// target and reads `fields.error_code` and `fields.message`.
export function logFatal(errorCode, message) {
  writeLine({
    timestamp: new Date().toISOString(),
    level: "ERROR",
    fields: { is_panic: false, error_code: errorCode ?? "", message },
    target: "schema_engine::logger",
  });
}

// The wasm engine already logs native-format lines (minus the timestamp).
export function forwardWasmLog(line) {
  for (const text of String(line).split("\n")) {
    if (!text.trim()) continue;
    let entry;
    try {
      entry = JSON.parse(text);
    } catch {
      entry = { level: "INFO", fields: { message: text }, target: "schema_engine_wasm" };
    }
    if ((LEVELS[entry.level] ?? LEVELS.INFO) > MAX_LEVEL) continue;
    writeLine({ timestamp: new Date().toISOString(), ...entry });
  }
}

// Optional trace file for debugging the stand-in itself (never stderr).
const TRACE_FILE = process.env.SCHEMA_ENGINE_TRACE;
export function trace(...parts) {
  if (!TRACE_FILE) return;
  const text = parts.map((p) => (typeof p === "string" ? p : JSON.stringify(p))).join(" ");
  appendFileSync(TRACE_FILE, `[${process.pid} ${new Date().toISOString()}] ${text}\n`);
}

export function installWarningHandler() {
  process.removeAllListeners("warning");
  process.on("warning", (warning) => log("WARN", `${warning.name}: ${warning.message}`));
}
