import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { fileStorage, type FileStorage } from "@/lib/attachments/file-storage";
import { loadVoteContext } from "@/lib/voting/context/vote-context";
import { PHOTO_CONSENT_SELECT, photoAllowed } from "@/lib/voting/finalists/photo-allowed";

export interface FinalistPhoto {
  mimeType: string;
  bytes: Buffer;
}

/** Phases in which finalists are public: the vote and everything after it. */
const PUBLIC_FINALIST_PHASES = new Set(["public_vote", "results_review", "results_published", "archived"]);

/**
 * A finalist's photo for the public, or null. Only while the finalists are
 * public, only the photo the organiser chose for the profile (Finalist.photoKey),
 * and only while the nominee's accepted consent still allows a photo: a nominee
 * who changes their mind is hidden at once, whatever the profile says.
 */
export async function loadFinalistPhoto({
  slug,
  finalistId,
  db = defaultDb,
  storage = fileStorage(),
}: {
  slug: string;
  finalistId: string;
  db?: Db;
  storage?: FileStorage;
}): Promise<FinalistPhoto | null> {
  // Not before the vote opens (the finalist pages answer 404 then too), and not for programmes without a public vote.
  const context = await loadVoteContext(slug, { maxAgeMs: 1000 });
  if (!context || context.status === "not_yet") return null;
  const finalist = await db.finalist.findUnique({
    where: { id: finalistId },
    select: {
      photoKey: true,
      category: { select: { programme: { select: { slug: true, phase: true } } } },
      nomination: {
        select: {
          id: true,
          status: true,
          anonymisedAt: true,
          consent: { select: PHOTO_CONSENT_SELECT },
        },
      },
    },
  });
  if (!finalist?.photoKey) return null;
  const { programme } = finalist.category;
  const n = finalist.nomination;
  if (programme.slug !== slug || !PUBLIC_FINALIST_PHASES.has(programme.phase)) return null;
  if (!photoAllowed(finalist)) return null;
  const attachment = await db.attachment.findFirst({
    where: { id: finalist.photoKey, nominationId: n.id, kind: "photo" },
    select: { mimeType: true, storageKey: true },
  });
  if (!attachment || !attachment.mimeType.startsWith("image/")) return null;
  const bytes = await storage.get(attachment.storageKey);
  return bytes ? { mimeType: attachment.mimeType, bytes } : null;
}
