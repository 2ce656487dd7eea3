// One voter, fifty simultaneous ballots, two app instances on one database:
// exactly one vote counts. The uniqueness of (voter, category, slot) lives in
// the database, so neither instance's memory nor timing can let a second one in.
import { expect, test } from "./fixtures";
import { createVerifiedVoter, createVoteReadyProgramme } from "./support/control-client";
import { ballotsOf, postBallot, startAppInstance, type AppInstance } from "./support/vote-servers";

test.describe.configure({ mode: "serial" });

let instances: AppInstance[] = [];

test.afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  instances = [];
});

test("fifty simultaneous ballots from one voter across two instances store exactly one vote", async () => {
  test.setTimeout(180_000);
  const programme = await createVoteReadyProgramme();
  const category = programme.categories[0];
  const voter = await createVerifiedVoter(programme.slug);
  const cookie = `${voter.cookie.name}=${voter.cookie.value}`;
  instances = await Promise.all([startAppInstance(0, voter.databaseUrl), startAppInstance(1, voter.databaseUrl)]);

  // Warm both instances up (first requests compile and cache), with a request that is refused and stores nothing.
  for (const instance of instances) {
    const warmUp = await postBallot(instance.origin, programme.slug, { cookie: "", categoryId: category.id, finalistId: category.finalists[0].id, ip: "203.0.113.200" });
    expect(warmUp.body.reason).toBe("not_verified");
  }

  // Each attempt names a different finalist, so the one that wins is visible in the database.
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      postBallot(instances[i % 2].origin, programme.slug, {
        cookie,
        categoryId: category.id,
        finalistId: category.finalists[i % category.finalists.length].id,
        ip: `203.0.113.${i + 1}`,
      }).then((answer) => ({ ...answer, i })),
    ),
  );

  const accepted = answers.filter((a) => a.status === 201);
  const refused = answers.filter((a) => a.status === 409);
  expect(accepted).toHaveLength(1);
  expect(accepted[0].body.receiptCode).toEqual(expect.any(String));
  expect(refused).toHaveLength(49);
  for (const answer of refused) expect(answer.body).toMatchObject({ ok: false, reason: "already_voted" });

  const stored = await ballotsOf(voter.databaseUrl, voter.voterId);
  expect(stored).toEqual([{ finalistId: category.finalists[accepted[0].i % category.finalists.length].id }]);
});
