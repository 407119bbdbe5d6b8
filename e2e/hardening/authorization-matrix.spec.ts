import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { ACTION_RULES, PAGE_RULES, ROUTE_RULES, actionCases, type Access } from "../../tests/security/access-rules";
import { ROOT, adminPages, routeHandlers, serverActions } from "../../tests/security/inventory";
import { publicReleases } from "../support/public-db";
import { createUser, type TestUser } from "../support/users";

// Every newsroom page, route handler and server action, over HTTP against the
// production server, as nobody, a writer, an editor, an admin, and an admin
// whose account was disabled after signing in. What each may do is read from
// the permission table; what exists is read from the file system and the
// build's server-action manifest, so nothing new can slip past untested.

const BASE = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const DB_FILE = path.join(ROOT, "data", "e2e", "pressroom.db");
const SIGN_IN_AGAIN = "Sign in to continue.";
const ROLE_REFUSED = /role does not allow/;

type Role = "WRITER" | "EDITOR" | "ADMIN";
type Identity = { label: string; role: Role | null; active: boolean; ctx: APIRequestContext; user?: TestUser; id?: string };

const table = JSON.parse(
  execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "tests/security/print-permissions.ts"], { cwd: ROOT, encoding: "utf8" }),
) as Record<Role, string[]>;

function allowed(identity: Identity, access: Access): boolean {
  if (access === "public") return true;
  return identity.active && identity.role !== null && table[identity.role].includes(access);
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(DB_FILE, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
const one = <T>(sql: string, ...params: unknown[]): T => {
  const row = query<T>(sql, ...params)[0];
  if (!row) throw new Error(`No row for ${sql}`);
  return row;
};
const auditCount = () => one<{ n: number }>("SELECT COUNT(*) AS n FROM AuditEvent").n;
const unique = (prefix: string) => `${prefix} ${crypto.randomBytes(4).toString("hex")}`;

async function signedIn(user: TestUser): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL: BASE });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email: user.email, password: user.password, json: "true" }, maxRedirects: 0 });
  const session = (await (await ctx.get("/api/auth/session")).json()) as { userId?: string };
  expect(session.userId, `sign-in as ${user.email}`).toBeTruthy();
  return ctx;
}

// ---- server actions over HTTP, encoded the way React's client encodes them ----

type Manifest = { node?: Record<string, { exportedName?: string; filename?: string; workers?: Record<string, unknown> }> };
type ActionRef = { id: string; page: string };
// The id of each action in this build, and a page that uses it (the request is posted there, as a browser would).
function actionIds(): Map<string, ActionRef> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  const found = new Map<string, ActionRef>();
  for (const { key, file, name } of serverActions()) {
    const match = Object.entries(manifest.node ?? {}).find(([, e]) => e.exportedName === name && (!e.filename || e.filename.split(path.sep).join("/").endsWith(file)));
    if (!match) continue;
    const worker = Object.keys(match[1].workers ?? {}).find((w) => w.endsWith("/page")) ?? "app/(admin)/admin/page";
    const page = "/" + worker.split("/").slice(1, -1).filter((s) => !/^\(.*\)$/.test(s)).join("/");
    found.set(key, { id: match[0], page });
  }
  return found;
}

type Call = { json: unknown[] } | { form: Record<string, string>; withState: boolean };
type Answer = { status: number; text: string };

async function callAction(ctx: APIRequestContext, ref: ActionRef, call: Call): Promise<Answer> {
  const headers = { "next-action": ref.id, accept: "text/x-component", origin: BASE };
  const page = ref.page.replace("[id]", sampleReleaseId);
  let response;
  if ("json" in call) {
    response = await ctx.post(page, { headers: { ...headers, "content-type": "text/plain;charset=UTF-8" }, data: JSON.stringify(call.json), maxRedirects: 0 });
  } else {
    // A FormData argument travels as fields "_1_<name>" and a reference "$K1" in the root part.
    const form = new FormData();
    for (const [key, value] of Object.entries(call.form)) form.append(`_1_${key}`, value);
    form.append("0", JSON.stringify(call.withState ? [{}, "$K1"] : ["$K1"]));
    response = await ctx.post(page, { headers, multipart: form, maxRedirects: 0 });
  }
  const redirect = decodeURIComponent(response.headers()["x-action-redirect"] ?? "");
  return { status: response.status(), text: `${await response.text()}\n${redirect}` };
}

let ids: Map<string, ActionRef>;
let sampleReleaseId: string;
let admin: Identity;
let category: { id: string; name: string };
let author: { id: string };

async function act(identity: Identity, key: string, call: Call): Promise<Answer> {
  const ref = ids.get(key);
  if (!ref) throw new Error(`No server action id for ${key}`);
  return callAction(identity.ctx, ref, call);
}

const RELEASES = "(admin)/admin/releases/[id]/actions.ts";
const content = (title = unique("Matrix release")) => ({ title, slug: "", categoryId: category.id, authorId: author.id, summary: "", body: "<p>Made by the authorisation matrix.</p>", question: "", featured: false, publishAt: null, changeSlug: false });

// A release made through the newsroom itself, taken to the status asked for.
async function release(creator: Identity, status: "DRAFT" | "IN_REVIEW" | "PUBLISHED"): Promise<{ id: string; version: number }> {
  const created = await act(creator, `${RELEASES}#createReleaseAction`, { json: [content()] });
  const id = /"id":"([^"]+)"/.exec(created.text)?.[1];
  expect(id, created.text).toBeTruthy();
  let version = 1;
  const step = async (kind: string) => {
    const answer = await act(admin, `${RELEASES}#workflowAction`, { json: [id, version, { kind }] });
    expect(answer.text).toContain('"ok":true');
    version += 1;
  };
  if (status === "IN_REVIEW") await step("submit");
  if (status === "PUBLISHED") await step("publish");
  return { id: id!, version };
}

async function taxonomy(kind: "author" | "category"): Promise<string> {
  const name = unique(`Matrix ${kind}`);
  const answer = await act(admin, `(admin)/admin/${kind === "author" ? "authors" : "categories"}/actions.ts#create${kind === "author" ? "Author" : "Category"}Action`, { form: { name, title: "", description: "" }, withState: true });
  expect(answer.text).toContain("Added.");
  return one<{ id: string }>(`SELECT id FROM ${kind === "author" ? "Author" : "Category"} WHERE name = ?`, name).id;
}

async function account(): Promise<string> {
  const email = `${crypto.randomBytes(4).toString("hex")}@matrix.example`;
  const answer = await act(admin, "(admin)/admin/users/actions.ts#createUserAction", { form: { email, name: "Matrix target", role: "writer" }, withState: true });
  expect(answer.text).toContain("Account created");
  return one<{ id: string }>("SELECT id FROM User WHERE email = ?", email).id;
}

// For each action: the request to send, the rows it would change, and what
// success looks like ("changed": only the database tells).
type Prepared = { call: Call; rows: () => unknown; done: RegExp | "changed" };
type Case = (me: Identity) => Promise<Prepared>;
const form = (fields: Record<string, string>): Call => ({ form: fields, withState: true });
const creatorFor = (me: Identity) => (me.active && me.role ? me : admin);

function taxonomyCases(kind: "author" | "category"): Record<string, Case> {
  const Table = kind === "author" ? "Author" : "Category";
  const file = `(admin)/admin/${kind === "author" ? "authors" : "categories"}/actions.ts`;
  const rowOf = (id: string) => () => query(`SELECT * FROM ${Table} WHERE id = ?`, id);
  return {
    [`${file}#create${Table}Action`]: async () => {
      const name = unique(`Matrix new ${kind}`);
      return { call: form({ name, title: "", description: "" }), rows: () => query(`SELECT id FROM ${Table} WHERE name = ?`, name), done: /Added\./ };
    },
    [`${file}#update${Table}Action`]: async () => {
      const id = await taxonomy(kind);
      return { call: form({ id, name: unique("Matrix renamed"), title: "", description: "" }), rows: rowOf(id), done: /Saved\./ };
    },
    [`${file}#move${Table}Action`]: async () => {
      const id = await taxonomy(kind);
      return { call: form({ id, direction: "up" }), rows: () => query(`SELECT id, sortOrder FROM ${Table} ORDER BY id`), done: /Moved\./ };
    },
    [`${file}#delete${Table}Action`]: async () => {
      const id = await taxonomy(kind);
      return { call: form({ id }), rows: rowOf(id), done: /Deleted\./ };
    },
  };
}

const releaseRow = (id: string) => () => query("SELECT * FROM Release WHERE id = ?", id);
const userRow = (id: string | undefined) => () => query("SELECT * FROM User WHERE id = ?", id ?? "");

function workflowCase(kind: string): Case {
  return async (me) => {
    const status = kind === "submit" ? "DRAFT" : kind === "publish" || kind === "schedule" ? "IN_REVIEW" : "PUBLISHED";
    const r = await release(kind === "submit" ? creatorFor(me) : admin, status);
    const request =
      kind === "withdraw" ? { kind, reason: "Issued in error; see today's statement." }
      : kind === "schedule" ? { kind, local: "2035-06-01T10:00", zone: "Europe/Moscow" }
      : kind === "correct" ? { kind, note: "The date of the visit is corrected", content: content() }
      : { kind };
    return { call: { json: [r.id, r.version, request] }, rows: releaseRow(r.id), done: /"ok":true/ };
  };
}

const CASES: Record<string, Case> = {
  ...taxonomyCases("author"),
  ...taxonomyCases("category"),
  "(admin)/admin/profile/actions.ts#updateNameAction": async (me) => ({ call: form({ name: unique("Matrix name") }), rows: userRow(me.id), done: /Name saved\./ }),
  // The wrong current password: an allowed caller reaches the password check, and no session ends.
  "(admin)/admin/profile/actions.ts#changePasswordAction": async (me) => ({
    call: form({ currentPassword: "not the password at all", newPassword: "another long passphrase 77", confirmPassword: "another long passphrase 77" }),
    rows: userRow(me.id),
    done: /Your current password is not right/,
  }),
  "(admin)/admin/settings/actions.ts#updateSettingsAction": async () => {
    const current = one<Record<string, string>>("SELECT * FROM Settings WHERE id = 'site'");
    const fields = Object.fromEntries(["siteName", "siteDescription", "consularPhone", "consularEmail", "clock1Label", "clock1Zone", "clock2Label", "clock2Zone"].map((k) => [k, String(current[k])]));
    return { call: form({ ...fields, siteDescription: unique("Press releases") }), rows: () => query("SELECT * FROM Settings"), done: /Settings saved/ };
  },
  "(admin)/admin/users/actions.ts#createUserAction": async () => {
    const email = `${crypto.randomBytes(4).toString("hex")}@matrix.example`;
    return { call: form({ email, name: "Matrix person", role: "writer" }), rows: () => query("SELECT id FROM User WHERE email = ?", email), done: /Account created/ };
  },
  "(admin)/admin/users/actions.ts#changeRoleAction": async () => {
    const id = await account();
    return { call: form({ userId: id, role: "editor" }), rows: userRow(id), done: /Role changed/ };
  },
  "(admin)/admin/users/actions.ts#setDisabledAction": async () => {
    const id = await account();
    return { call: form({ userId: id, disabled: "true" }), rows: userRow(id), done: /Account disabled/ };
  },
  "(admin)/admin/users/actions.ts#resetPasswordAction": async () => {
    const id = await account();
    return { call: form({ userId: id }), rows: userRow(id), done: /Password reset/ };
  },
  [`${RELEASES}#createReleaseAction`]: async () => {
    const title = unique("Matrix created");
    return { call: { json: [content(title)] }, rows: () => query("SELECT id FROM Release WHERE title = ?", title), done: /"ok":true/ };
  },
  // Someone else's draft: the case where the role decides.
  [`${RELEASES}#saveReleaseAction`]: async () => {
    const r = await release(admin, "DRAFT");
    return { call: { json: [r.id, r.version, content()] }, rows: releaseRow(r.id), done: /"ok":true/ };
  },
  [`${RELEASES}#heartbeatAction`]: async (me) => {
    const r = await release(admin, "DRAFT");
    return { call: { json: [r.id] }, rows: () => query("SELECT userId FROM Presence WHERE releaseId = ? AND userId = ?", r.id, me.id ?? ""), done: "changed" };
  },
  [`${RELEASES}#restoreRevisionAction`]: async (me) => {
    const r = await release(creatorFor(me), "DRAFT");
    const revision = one<{ id: string }>("SELECT id FROM Revision WHERE releaseId = ? AND version = 1", r.id);
    return { call: { form: { releaseId: r.id, revisionId: revision.id, version: String(r.version) }, withState: false }, rows: releaseRow(r.id), done: /restored=1/ };
  },
  "(auth)/setup/actions.ts#setupAction": async () => {
    const email = `${crypto.randomBytes(4).toString("hex")}@matrix.example`;
    return { call: form({ email, name: "Late visitor", password: "a long setup passphrase 9" }), rows: () => query("SELECT id FROM User WHERE email = ?", email), done: /Setup is already complete/ };
  },
};
for (const kind of Object.keys(ACTION_RULES[`${RELEASES}#workflowAction`] as object)) CASES[`${RELEASES}#workflowAction:${kind}`] = workflowCase(kind);

// ---- the identities ----

const identities: Identity[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  ids = actionIds();
  sampleReleaseId = one<{ id: string }>("SELECT id FROM Release ORDER BY id LIMIT 1").id;
  const make = async (label: string, role: Role) => {
    const user = createUser(role.toLowerCase() as TestUser["role"], `Matrix ${label}`);
    const ctx = await signedIn(user);
    const { id } = one<{ id: string }>("SELECT id FROM User WHERE email = ?", user.email);
    const identity: Identity = { label, role, active: true, ctx, user, id };
    return identity;
  };
  admin = await make("admin", "ADMIN");
  const writer = await make("writer", "WRITER");
  const editor = await make("editor", "EDITOR");
  // An admin who signed in, then was disabled by another admin: the old session must count for nothing.
  const disabled = await make("disabled admin", "ADMIN");
  // A category and an author of the matrix's own, whose names no other page shows.
  const categoryId = await taxonomy("category");
  category = one<{ id: string; name: string }>("SELECT id, name FROM Category WHERE id = ?", categoryId);
  author = { id: await taxonomy("author") };
  const off = await act(admin, "(admin)/admin/users/actions.ts#setDisabledAction", form({ userId: disabled.id!, disabled: "true" }));
  expect(off.text).toContain("Account disabled");
  disabled.active = false;
  const anonymous: Identity = { label: "anonymous", role: null, active: false, ctx: await playwrightRequest.newContext({ baseURL: BASE }) };
  identities.push(anonymous, writer, editor, admin, disabled);
});

test.afterAll(async () => {
  for (const identity of identities) await identity.ctx.dispose();
});

test("the build has a server action id for every action the rules name", () => {
  const missing = Object.keys(ACTION_RULES).filter((key) => !ids.has(key));
  expect(missing).toEqual([]);
  expect(Object.keys(ACTION_RULES).sort()).toEqual(serverActions().map((a) => a.key).sort());
});

test("every newsroom page answers each identity as the permission table says", async () => {
  const releaseId = sampleReleaseId;
  const adminEmail = admin.user!.email;
  // Data that must not appear on a page the role may not see.
  const secrets: Record<string, string> = {
    "/admin/users": adminEmail,
    "/admin/audit": "user.create",
    "/admin/settings": 'name="consularPhone"',
    "/admin/categories": category.name,
    "/admin/authors": one<{ name: string }>("SELECT name FROM Author WHERE id = ?", author.id).name,
  };
  expect(adminPages().map((p) => p.url).sort()).toEqual(Object.keys(PAGE_RULES).sort());
  const outcomes: string[] = [];
  for (const [pattern, needs] of Object.entries(PAGE_RULES)) {
    const url = pattern.replace("[id]", releaseId);
    for (const identity of identities) {
      const response = await identity.ctx.get(url, { maxRedirects: 0 });
      const status = response.status();
      const body = status === 200 ? await response.text() : "";
      let outcome: string;
      if (status >= 300 && status < 400) outcome = /^\/login\b/.test(new URL(response.headers().location ?? "", BASE).pathname) ? "login" : `redirect ${response.headers().location}`;
      else if (status === 200 && body.includes("Your role does not allow this.")) outcome = secrets[pattern] && body.includes(secrets[pattern]) ? "refused but leaked" : "refused";
      else outcome = String(status);
      const expected = !identity.active ? "login" : allowed(identity, needs) ? "200" : "refused";
      outcomes.push(`${pattern} ${identity.label}: ${outcome}${outcome === expected ? "" : ` (expected ${expected})`}`);
    }
  }
  expect(outcomes.filter((o) => o.includes("expected"))).toEqual([]);
  expect(outcomes.length).toBe(Object.keys(PAGE_RULES).length * identities.length);
});

test("every route handler answers each identity as its rule says", async () => {
  const slug = publicReleases()[0]!.slug;
  const sample: Record<string, string> = { "/api/auth/[...nextauth]": "/api/auth/providers" };
  // A category's feeds are asked for a category that exists (a release's slug would be a 404).
  for (const file of ["atom.xml", "feed.json", "feed.xml"]) sample[`/news/category/[slug]/${file}`] = `/news/category/${publicReleases()[0]!.categorySlug}/${file}`;
  expect(routeHandlers().map((r) => r.url).sort()).toEqual(Object.keys(ROUTE_RULES).sort());
  const outcomes: string[] = [];
  for (const [pattern, rule] of Object.entries(ROUTE_RULES)) {
    expect(rule.access, `${pattern} is public; a signed-in route needs its own check here`).toBe("public");
    for (const method of rule.methods) {
      const url = method === "POST" && pattern === "/api/auth/[...nextauth]" ? "/api/auth/callback/credentials" : (sample[pattern] ?? pattern.replace("[slug]", slug));
      const statuses: number[] = [];
      for (const identity of identities) {
        const response = method === "GET" ? await identity.ctx.get(url, { maxRedirects: 0 }) : await identity.ctx.post(url, { form: { email: "nobody@matrix.example", password: "wrong" }, maxRedirects: 0 });
        statuses.push(response.status());
      }
      // Public: the same answer for everyone, and never a server error.
      outcomes.push(`${method} ${pattern}: ${statuses.join(" ")}`);
      expect(new Set(statuses).size, `${method} ${url} ${statuses.join(" ")}`).toBe(1);
      expect(statuses[0]!, `${method} ${url}`).toBeLessThan(500);
    }
  }
  expect(outcomes.length).toBe(Object.values(ROUTE_RULES).reduce((n, r) => n + r.methods.length, 0));
});

test("every server action answers each identity as the permission table says, and a refusal writes nothing", async () => {
  test.setTimeout(300_000);
  const cases = actionCases();
  const outcomes: string[] = [];
  for (const { key, kind, access } of cases) {
    const prepare = CASES[kind ? `${key}:${kind}` : key];
    expect(prepare, `a case for ${key} ${kind ?? ""}`).toBeDefined();
    for (const identity of identities) {
      const { call, rows, done } = await prepare!(identity);
      const before = JSON.stringify(rows());
      const audit = auditCount();
      const answer = await callAction(identity.ctx, ids.get(key)!, call);
      const after = JSON.stringify(rows());
      const name = `${key.split("#")[1]}${kind ? `(${kind})` : ""} as ${identity.label}`;
      expect(answer.status, `${name}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
      if (allowed(identity, access)) {
        expect(answer.text, name).not.toContain(SIGN_IN_AGAIN);
        expect(answer.text, name).not.toMatch(ROLE_REFUSED);
        if (done === "changed") expect(after, name).not.toBe(before);
        else expect(answer.text, name).toMatch(done);
      } else {
        // The heartbeat shows nobody instead of a message; every other action says why.
        if (done !== "changed") expect(answer.text, name).toMatch(identity.active ? ROLE_REFUSED : SIGN_IN_AGAIN);
        expect(after, `${name} changed nothing`).toBe(before);
        expect(auditCount(), `${name} audited nothing`).toBe(audit);
      }
      outcomes.push(name);
    }
  }
  expect(outcomes.length).toBe(cases.length * identities.length);
});
