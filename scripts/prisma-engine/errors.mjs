// Errors in the shapes the Prisma CLI understands.
// JSON-RPC: {"code":4466,"message":...,"data":{"is_panic","message","error_code","meta"}}
// (a data.error_code makes the CLI print "Pxxxx\n\n<message>"; is_panic makes
// it report an engine crash).

export class EngineError extends Error {
  constructor(code, message, meta = {}) {
    super(message);
    this.name = "EngineError";
    this.code = code ?? undefined;
    this.meta = meta;
  }
}

const pCode = (code) => (typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined);

function isWasmPanic(error) {
  return error instanceof WebAssembly.RuntimeError || error?.name === "RuntimeError";
}

// Known bug 6: a JS error thrown inside a driver adapter (or our own code
// around it) reaches us as "External error id#N"; the bound adapter
// factory's registry holds the real error, whose message (and Prisma error
// code, when it has one) we report instead.
export function toRpcError(error, registry, panicMessage) {
  if (isWasmPanic(error)) {
    // The CLI shows the top-level message of a panic response.
    const message = `Error in Schema engine.\nReason: ${panicMessage ?? String(error?.message ?? error)}`;
    return { code: 4466, message, data: { is_panic: true, message, backtrace: null } };
  }
  let code = pCode(error?.code);
  const message = String(error?.message ?? error).replace(/External error id#(\d+)/g, (whole, id) => {
    const inner = registry?.consumeError(Number(id))?.error;
    if (inner === undefined) return whole;
    code ??= pCode(inner?.code);
    return String(inner?.message ?? inner);
  });
  const data = { is_panic: false, message };
  if (code) Object.assign(data, { error_code: code, meta: error?.meta ?? {} });
  else data.backtrace = null;
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

// The native engine reports a migration script that fails on the main
// database as P3018 (with the database's own error code and message); the
// wasm engine passes on the adapter's error instead. The drivers record the
// last failing script's error so engine.mjs can answer like the native one.
export function recordScriptErrors(adapter, sink) {
  const executeScript = adapter.executeScript.bind(adapter);
  adapter.executeScript = async (script) => {
    try {
      return await executeScript(script);
    } catch (error) {
      const cause = error?.cause ?? {};
      sink.lastScriptError = {
        script,
        code: String(cause.originalCode ?? cause.code ?? error?.code ?? ""),
        message: String(cause.originalMessage ?? cause.message ?? error?.message ?? error),
      };
      throw error;
    }
  };
}

export function migrationFailedError(error, scriptError, migrationsList) {
  if (!scriptError || /^P3/.test(error?.code ?? "")) return error;
  const name = migrationsList?.migrationDirectories?.find(
    (dir) => dir.migrationFile?.content?.value === scriptError.script,
  )?.path;
  if (!name) return error;
  return new EngineError(
    "P3018",
    "A migration failed to apply. New migrations cannot be applied before the error is recovered from. " +
      "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n" +
      `Migration name: ${name}\n\nDatabase error code: ${scriptError.code}\n\nDatabase error:\n${scriptError.message}\n`,
    { migration_name: name, database_error_code: scriptError.code, database_error: scriptError.message },
  );
}
