import { db } from "@/lib/db";
import { loadVoteContext } from "@/lib/voting/context/vote-context";
import { readCookie } from "@/lib/voting/http/voter-cookie-header";
import { json, refusalResponse } from "@/lib/voting/http/vote-http";
import { voterKey } from "@/lib/voting/identity/voter-identity";
import { readVoterSession, voterCookieName } from "@/lib/voting/session/voter-session";

// What this browser's voter has done: verified or not, their district, and the
// categories they voted in. Never anything about other voters or counts.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  const context = await loadVoteContext(slug, { maxAgeMs: 1000 });
  if (!context) return refusalResponse(request, "unknown_programme");
  const session = readVoterSession(readCookie(request, voterCookieName(context.programme.id)), context.programme.id, voterKey());
  if (!session) return json({ verified: false, district: null, votedCategoryIds: [] }, 200);
  const ballots = await db.ballot.findMany({ where: { voterId: session.voterId }, select: { categoryId: true }, distinct: ["categoryId"] });
  return json({ verified: true, district: session.district, votedCategoryIds: ballots.map((b) => b.categoryId) }, 200);
}
