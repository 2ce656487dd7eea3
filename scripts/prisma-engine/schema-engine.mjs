#!/usr/bin/env node
// Laurel's stand-in for Prisma's native `schema-engine` binary, which the CLI
// would otherwise download (that fails offline and behind city firewalls).
// It runs Prisma's WebAssembly schema engine through the SQLite and
// PostgreSQL driver adapters and speaks the native binary's protocol.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here.
//
//   schema-engine.mjs --version
//   schema-engine.mjs --datasource '<json>' cli can-connect-to-database|create-database|drop-database
//   schema-engine.mjs [--datamodels <file>...] --datasource '<json>'   (JSON-RPC on stdio)
import { readFileSync } from "node:fs";
import { installWarningHandler, logFatal, logStartup } from "./log.mjs";

function parseArgs(argv) {
  const args = { datamodels: [], positional: [] };
  for (let i = 0; i < argv.length; i++) {
    let [flag, value] = argv[i].startsWith("--") && argv[i].includes("=") ? argv[i].split(/=(.*)/s) : [argv[i]];
    const takeValue = () => value ?? argv[++i];
    if (flag === "--datamodels" || flag === "-d") args.datamodels.push(takeValue());
    else if (flag === "--datasource") args.datasource = takeValue();
    // Accepted for compatibility; the wasm engine reads preview features from
    // the schema, and Laurel uses no extension types.
    else if (flag === "--enabled-preview-features") args.previewFeatures = takeValue();
    else if (flag === "--extension-types") args.extensionTypes = takeValue();
    else if (flag === "--version" || flag === "-V") args.version = true;
    else if (flag === "--help" || flag === "-h") args.help = true;
    else args.positional.push(argv[i]);
  }
  return args;
}

async function main() {
  installWarningHandler();
  const args = parseArgs(process.argv.slice(2));

  if (args.version) {
    const { engineHash } = await import("./wasm.mjs");
    process.stdout.write(`schema-engine-cli ${engineHash()}\n`);
    return 0;
  }
  if (args.help) {
    const header = readFileSync(new URL(import.meta.url), "utf8").split("\n").slice(1, 10);
    process.stdout.write(`${header.map((line) => line.replace(/^\/\/ ?/, "")).join("\n")}\n`);
    return 0;
  }

  const { parseDatasource } = await import("./datasource.mjs");
  const datasource = parseDatasource(args.datasource);

  if (args.positional[0] === "cli") {
    const { runCliCommand } = await import("./oneshot.mjs");
    return runCliCommand(args.positional[1], datasource);
  }
  if (args.positional.length) {
    logFatal("", `Unexpected argument \`${args.positional[0]}\`. Run with --help for usage.`);
    return 1;
  }

  // Like the native engine: the schema files are read once, at start.
  const datamodels = args.datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  logStartup("Starting schema engine RPC server", { git_hash: (await import("./wasm.mjs")).engineHash() });
  const { serveRpc } = await import("./rpc.mjs");
  serveRpc({ datasource, datamodels: datamodels.length ? datamodels : undefined });
  return undefined; // keeps running until stdin closes
}

// Anything unexpected still has to reach the CLI as a JSON log line.
function crash(error) {
  logFatal("", String(error?.stack ?? error));
  process.exit(1);
}
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);

main().then((code) => {
  if (code !== undefined) process.exit(code);
}, crash);
