// How many invitation emails (new ones and resends) one person may send: plenty
// for setting up a jury, too few to use Laurel as a mail cannon.
export const INVITATIONS_PER_INVITER = { limit: 30, windowMs: 60 * 60_000 };

export const invitationInviterKey = (userId: string) => `team-invite:user:${userId}`;
