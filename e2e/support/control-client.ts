// Clients of the e2e server's control API (the sink and the database live in
// the webServer process, not in the test workers).
import { isSignInLink } from "../../lib/testing/e2e-mail";
import type { SinkMessage } from "../../lib/testing/smtp-sink";
import type { CreatedPerson, JuryReadyProgramme, NewPerson, PlantedNominations, VoteReadyOptions, VoteReadyProgramme } from "./control-server";
import type { PlantVotes, PlantedVotes, VerifiedVoter } from "./control-server";
import { E2E_CONTROL_URL } from "./e2e-env";

export class Mailbox {
  constructor(private readonly appOrigin: string) {}

  async messages(): Promise<SinkMessage[]> {
    const response = await fetch(`${E2E_CONTROL_URL}/messages`);
    if (!response.ok) throw new Error(`The e2e mailbox answered ${response.status}; is e2e/support/e2e-server.ts running?`);
    return (await response.json()) as SinkMessage[];
  }

  /** How many messages have arrived so far; pass it as `after` to wait only for newer ones. */
  async count(): Promise<number> {
    return (await this.messages()).length;
  }

  /** Waits for a new message to `to` with a sign-in link to the app, and returns the link. */
  async waitForSignInLink(to: string, { after, timeoutMs = 20_000 }: { after: number; timeoutMs?: number }): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    const recipient = to.toLowerCase();
    for (;;) {
      const fresh = (await this.messages()).slice(after).filter((m) => m.to.includes(recipient));
      for (const message of fresh) {
        const link = message.links.find((l) => isSignInLink(l, this.appOrigin));
        if (link) return link;
      }
      if (Date.now() > deadline) {
        throw new Error(`No sign-in link for ${to} arrived within ${timeoutMs} ms (${fresh.length} new message(s) to that address).`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Waits for a new message to `to` with a link to `pathPrefix` on the app (e.g. "/submissions/"), and returns the message and link. */
export async function waitForAppLink(
  mailbox: Mailbox,
  appOrigin: string,
  to: string,
  pathPrefix: string,
  { after, timeoutMs = 20_000 }: { after: number; timeoutMs?: number },
): Promise<{ link: string; message: SinkMessage }> {
  const deadline = Date.now() + timeoutMs;
  const recipient = to.toLowerCase();
  for (;;) {
    const fresh = (await mailbox.messages()).slice(after).filter((m) => m.to.includes(recipient));
    for (const message of fresh) {
      const link = message.links.find((l) => l.startsWith(`${appOrigin}${pathPrefix}`));
      if (link) return { link, message };
    }
    if (Date.now() > deadline) throw new Error(`No ${pathPrefix} link for ${to} arrived within ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Plants nominations with marker values (see control-server.ts) and returns the markers. */
export async function plantNominations(): Promise<PlantedNominations> {
  const response = await fetch(`${E2E_CONTROL_URL}/nominations/plant`, { method: "POST" });
  if (response.status !== 201) throw new Error(`Could not plant nominations: ${response.status}`);
  return (await response.json()) as PlantedNominations;
}

/** A fresh programme in the jury phase (see control-server.ts). */
export async function createJuryReadyProgramme(): Promise<JuryReadyProgramme> {
  const response = await fetch(`${E2E_CONTROL_URL}/programmes/jury-ready`, { method: "POST" });
  if (response.status !== 201) throw new Error(`Could not create a programme in the jury phase: ${response.status} ${await response.text()}`);
  return (await response.json()) as JuryReadyProgramme;
}

/** A fresh programme whose public vote is open (see control-server.ts), optionally with printed voting codes. */
export async function createVoteReadyProgramme(options: VoteReadyOptions = {}): Promise<VoteReadyProgramme> {
  const response = await fetch(`${E2E_CONTROL_URL}/programmes/vote-ready`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(options),
  });
  if (response.status !== 201) throw new Error(`Could not create a programme with an open vote: ${response.status} ${await response.text()}`);
  return (await response.json()) as VoteReadyProgramme;
}

/** A voter already verified in the programme `slug`, with the cookie the app would have set (see control-server.ts). */
export async function createVerifiedVoter(slug: string, district?: string): Promise<VerifiedVoter> {
  const response = await fetch(`${E2E_CONTROL_URL}/voters/verified`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ slug, district }),
  });
  if (response.status !== 201) throw new Error(`Could not create a verified voter: ${response.status} ${await response.text()}`);
  return (await response.json()) as VerifiedVoter;
}

/** Puts ballots straight into the database: votes[c][f] for the f-th finalist of the c-th category. */
export async function plantVotes(plant: PlantVotes): Promise<PlantedVotes> {
  const response = await fetch(`${E2E_CONTROL_URL}/votes/plant`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(plant),
  });
  if (response.status !== 201) throw new Error(`Could not plant votes: ${response.status} ${await response.text()}`);
  return (await response.json()) as PlantedVotes;
}

/** Closes a programme's public vote, as its timeline would: it moves to results review. */
export async function closeVote(slug: string): Promise<{ programmeId: string }> {
  const response = await fetch(`${E2E_CONTROL_URL}/programmes/close-vote`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ slug }),
  });
  if (response.status !== 200) throw new Error(`Could not close the vote: ${response.status} ${await response.text()}`);
  return (await response.json()) as { programmeId: string };
}

/** Fresh people for journeys that change something about the person signing in. */
export class People {
  async create(person: NewPerson): Promise<CreatedPerson> {
    const response = await fetch(`${E2E_CONTROL_URL}/people`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(person),
    });
    const body = (await response.json()) as CreatedPerson & { error?: string };
    if (response.status !== 201) throw new Error(`Could not create an e2e ${person.role}: ${body.error ?? response.status}`);
    return body;
  }
}
