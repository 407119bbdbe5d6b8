// Generates the Prisma client for the provider DATABASE_URL names (run at install).
import fs from "node:fs";
import path from "node:path";
import { bin, databaseTarget, ROOT, run, say } from "./lib/prepare";

const target = databaseTarget();
const provider = "error" in target ? "sqlite" : target.provider;
if ("error" in target) say(`DATABASE_URL problem (${target.error}); generating the client for SQLite.`);
if (!run(bin("prisma"), ["generate"], "error" in target ? { ...process.env, DATABASE_URL: "" } : process.env)) process.exit(1);
fs.writeFileSync(path.join(ROOT, "lib", "generated", "prisma", ".provider"), provider);
