// `npm run admin:create -- --email ops@city.example --name "Ada Admin"`:
// creates the first admin of an installation (or promotes an existing account)
// and prints a one-time password. Runs with the "react-server" condition
// because the audit code it shares with the app is marked server-only.
import { parseArgs } from "node:util";
import { createDbClient } from "@/lib/db/create-client";
import { bootstrapAdmin } from "@/lib/team/bootstrap-admin";

const USAGE = 'Usage: npm run admin:create -- --email <address> [--name "<full name>"]';

async function main(): Promise<number> {
  let values: { email?: string; name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help || !values.email) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const db = createDbClient();
  try {
    const result = await bootstrapAdmin({ db, email: values.email, name: values.name });
    if (result.status === "already_admin") {
      console.log(`${result.email} is already an admin. Nothing changed.`);
    } else {
      console.log(result.status === "created" ? `Created admin ${result.email}.` : `${result.email} is now an admin.`);
      if (result.oneTimePassword) {
        console.log(`Initial password, shown only this once (sign in at /sign-in; they can also use an emailed sign-in link):\n\n  ${result.oneTimePassword}\n`);
      } else {
        console.log("Their existing password is unchanged; they can also sign in with an emailed link.");
      }
    }
    return 0;
  } catch (error) {
    const issues = (error as { issues?: { message: string }[] }).issues;
    console.error(issues ? `That is not a valid email address.\n${USAGE}` : `Could not create the admin: ${(error as Error).message}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => {
  process.exitCode = code;
});
