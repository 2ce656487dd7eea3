import { connection } from "next/server";

// Does nothing, on purpose: the benchmark's baseline for what one request
// through Next.js (routing, headers, a small JSON answer) costs before any
// domain work. It answers like the vote endpoint answers (JSON, no-store), so
// the benchmark's ratio is the vote's own work: reading the body, checking,
// writing. POST is the like-for-like baseline of a vote (same method, headers
// and body, which it does not read); GET is reported next to it.
async function empty() {
  await connection();
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}

export const GET = empty;
export const POST = empty;
