// Loads Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm).
// The package's entry does `import * as wasm from "./x.wasm"`, which Node 20
// cannot do, so we compile the .wasm ourselves and hand its exports to the
// wasm-bindgen glue module, as that entry would.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";

const require = createRequire(import.meta.url);
const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
const packageDir = dirname(gluePath);

let loaded;
let lastPanic;

// The wasm panic hook reports the Rust panic message here before trapping
// (otherwise all we would see is "RuntimeError: unreachable").
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message) {
    lastPanic = message;
  },
};

export function takePanicMessage() {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

export function loadWasm() {
  loaded ??= (async () => {
    // Each CLI command is a short-lived process: V8's optimising tier-up
    // costs more CPU than it saves here (first migrate call ~400 -> ~180 ms).
    if (!process.env.SCHEMA_ENGINE_WASM_TIER_UP) v8.setFlagsFromString("--liftoff-only");
    const glue = await import(pathToFileURL(gluePath).href);
    const compiled = new WebAssembly.Module(readFileSync(join(packageDir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return loaded;
}

// The engine's git hash, as `schema-engine-cli --version` prints it. The wasm
// package version ends in it ("7.10.0-4.<hash>"), so no wasm load is needed.
export function engineHash() {
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  return version.split(".").pop();
}
