// A vote answered 201 is on disk: the instance that took it is killed at once
// (SIGKILL, no chance to flush anything), and after a restart the vote is
// still there and still stops a second one.
import { expect, test } from "./fixtures";
import { createVerifiedVoter, createVoteReadyProgramme } from "./support/control-client";
import { ballotsOf, postBallot, startAppInstance, type AppInstance } from "./support/vote-servers";

let instance: AppInstance | undefined;

test.afterAll(async () => {
  await instance?.stop();
});

test("a vote survives the instance being killed right after answering", async () => {
  test.setTimeout(180_000);
  const programme = await createVoteReadyProgramme();
  const category = programme.categories[1];
  const finalist = category.finalists[2];
  const voter = await createVerifiedVoter(programme.slug);
  const cookie = `${voter.cookie.name}=${voter.cookie.value}`;

  instance = await startAppInstance(0, voter.databaseUrl);
  const cast = await postBallot(instance.origin, programme.slug, { cookie, categoryId: category.id, finalistId: finalist.id, ip: "198.51.100.7" });
  expect(cast.status).toBe(201);
  await instance.stop("SIGKILL");

  expect(await ballotsOf(voter.databaseUrl, voter.voterId)).toEqual([{ finalistId: finalist.id }]);

  instance = await startAppInstance(0, voter.databaseUrl);
  const again = await postBallot(instance.origin, programme.slug, { cookie, categoryId: category.id, finalistId: category.finalists[0].id, ip: "198.51.100.7" });
  expect(again).toEqual({ status: 409, body: expect.objectContaining({ ok: false, reason: "already_voted" }) });
  expect(await ballotsOf(voter.databaseUrl, voter.voterId)).toEqual([{ finalistId: finalist.id }]);
});
