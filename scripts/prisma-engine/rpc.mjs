// Line-delimited JSON-RPC 2.0 over stdin/stdout, as the Prisma CLI speaks it
// to the native engine. Requests are answered one at a time (the CLI sends
// them one at a time anyway). The engine may itself send the CLI a "print"
// request and wait for the answer. When stdin closes we clean up and exit 0.
import { createInterface } from "node:readline";
import { EngineHost } from "./engine.mjs";
import { log, trace } from "./log.mjs";

export function serveRpc({ datasource, datamodels }) {
  const waiting = new Map(); // our own requests to the CLI, by id
  let nextId = 1;

  const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);

  const print = (content) =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      send({ id, method: "print", params: { content } });
    });

  const host = new EngineHost({ datasource, datamodels, print });
  let queue = Promise.resolve();

  async function answer(request) {
    trace("request", request.method);
    const { result, error, fatal } = await host.handle(request.method, request.params);
    trace("response", request.method, error ?? "ok");
    if (request.id !== undefined) send({ id: request.id, ...(error ? { error } : { result }) });
    if (fatal) {
      // Nothing in a wasm instance is safe to use after a panic: exit like
      // the native engine does (code 101). We still answered first: when the
      // native engine dies without answering, the 7.10 CLI exits 0 silently.
      log("ERROR", error.data.message, { is_panic: true });
      host.closeSync();
      process.exit(101);
    }
  }

  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      log("INFO", `Received ${signal}`);
      host.closeSync();
      process.exit(0);
    });
  }

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (typeof message.method === "string") {
      queue = queue.then(() => answer(message));
    } else if (waiting.has(message.id)) {
      waiting.get(message.id)(message.result);
      waiting.delete(message.id);
    }
  });
  lines.on("close", async () => {
    for (const resolve of waiting.values()) resolve(null); // nobody left to print for
    waiting.clear();
    await queue;
    await host.close().catch(() => {});
    process.exit(0);
  });
}
