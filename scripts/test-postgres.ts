// `npm run test:postgres [-- vitest args]`: the database-facing Vitest suite
// against PostgreSQL. PRESSROOM_TEST_PG_URL names a local server (default
// postgresql://postgres@127.0.0.1:5432/postgres); each run makes and drops its
// own databases. The Prisma client is generated for PostgreSQL for the run and
// regenerated for the embedded database afterwards.
import { bin, run, say } from "./lib/prepare";

const server = process.env.PRESSROOM_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const pgEnv = { ...process.env, DATABASE_URL: server, PRESSROOM_TEST_PG_URL: server };

say(`Running the database tests against PostgreSQL at ${new URL(server).host}`);
let ok = run(bin("tsx"), ["scripts/generate.ts"], pgEnv);
ok = ok && run(bin("vitest"), ["run", ...process.argv.slice(2)], pgEnv);
const restored = run(bin("tsx"), ["scripts/generate.ts"], { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "" });
process.exit(ok && restored ? 0 : 1);
