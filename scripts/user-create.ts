// `npm run user:create -- --email E --name N --role admin|editor|writer [--password P]`
// Without --password the password is read from standard input.
import { parseArgs } from "node:util";
import { createUserFromCli } from "../lib/server/users/create-user";
import { isAppError } from "../lib/server/errors";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write("Password (input is visible; pipe it in to avoid that): ");
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, password: { type: "string" } },
      strict: true,
    }));
  } catch (error) {
    console.error(`user:create: ${(error as Error).message}`);
    return 2;
  }
  const missing = (["email", "name", "role"] as const).filter((key) => !values[key]);
  if (missing.length) {
    console.error(`user:create: missing --${missing.join(", --")}. Usage: npm run user:create -- --email E --name N --role admin|editor|writer [--password P]`);
    return 2;
  }
  const password = values.password ?? (await readStdin());
  try {
    const user = await createUserFromCli({ email: values.email!, name: values.name!, role: values.role!, password });
    console.log(`Created ${user.role.toLowerCase()} ${user.email}`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(`user:create: ${error.message}`);
      return 1;
    }
    console.error(`user:create: ${(error as Error).message.split("\n")[0]}`);
    return 1;
  }
}

main().then((code) => process.exit(code));
