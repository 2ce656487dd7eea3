// `schema-engine --datasource '<json>' cli <command>`: what the CLI runs
// before migrate dev/deploy/reset and db push (ensureDatabaseExists).
// Protocol: exit 0 on success; on failure an ERROR line with error_code and
// message, then exit 1. The CLI drops the first stderr line, hence the
// INFO line first (as the native engine writes).
import { canConnect, createDatabase, dropDatabase } from "./databases.mjs";
import { log, logFatal, logStartup } from "./log.mjs";
import { engineHash } from "./wasm.mjs";

const COMMANDS = {
  "can-connect-to-database": async (url) => {
    await canConnect(url);
    return "Connection successful";
  },
  "create-database": async (url) => `Database '${await createDatabase(url)}' was successfully created.`,
  "drop-database": async (url) => {
    await dropDatabase(url);
    return "The database was successfully dropped.";
  },
};

export async function runCliCommand(command, datasource) {
  logStartup("Starting schema engine CLI", { git_hash: engineHash() });
  const run = COMMANDS[command];
  if (!run) {
    logFatal("", `Unknown cli command \`${command}\`. Expected one of: ${Object.keys(COMMANDS).join(", ")}.`);
    return 1;
  }
  try {
    log("INFO", await run(datasource.url));
    return 0;
  } catch (error) {
    logFatal(error?.code && /^P\d{4}$/.test(error.code) ? error.code : "", String(error?.message ?? error));
    return 1;
  }
}
