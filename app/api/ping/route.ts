import { connection } from "next/server";

// Does nothing, on purpose: the benchmark's baseline for what one request
// through Next.js (routing, headers, response) costs before any domain work.
// POST is the like-for-like baseline of a vote (same method, headers and
// body, which it does not read); GET is reported next to it.
async function empty() {
  await connection();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}

export const GET = empty;
export const POST = empty;
