// Prints the permission table as JSON, for the end-to-end authorisation matrix
// (Playwright cannot import a "server-only" module itself). Run with
// tsx --conditions=react-server.
import { PERMISSIONS } from "@/lib/server/auth/permissions";

process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(PERMISSIONS).map(([role, actions]) => [role, [...actions]]))));
