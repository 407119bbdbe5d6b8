import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { disallowedMarkup } from "../../tests/fixtures/allowlist";
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS, ALLOWED_SCHEMES, BODY_PAYLOADS, TEXT_PAYLOADS, type XssClass } from "../../tests/fixtures/xss-corpus";
import { createUser, signIn } from "../support/users";

// Hostile content saved through the real editor, then every page that shows
// it is visited in a real browser that watches for anything running.

const DB_FILE = path.resolve(__dirname, "..", "..", "data", "e2e", "pressroom.db");
const TOKEN = `hostile${Date.now().toString(36)}`;
const KINDS: XssClass[] = ["script", "event-handler", "url-scheme", "svg", "css", "broken-markup"];
const marker = (kind: string) => `XSSMARK${kind.replace(/-/g, "")}`;

type Made = { id: string; slug: string; title: string; kind: string };
const made: Made[] = [];
let editorUser: { email: string; password: string } | null = null;

// Every channel a payload can report through, plus page errors and console
// errors (a CSP refusal of an inline handler is one, and means markup leaked).
function watch(context: BrowserContext) {
  const hits: string[] = [];
  const errors: string[] = [];
  const follow = (page: Page) => {
    page.on("dialog", (dialog) => {
      hits.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
  };
  context.on("page", follow);
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.includes("__xss") || !["localhost", "127.0.0.1"].includes(url.hostname)) hits.push(`request: ${request.url()}`);
  });
  return {
    hits,
    errors,
    follow,
    async install() {
      await context.exposeFunction("__xss", (id: string) => hits.push(`__xss: ${id}`));
      // Nothing in these tests needs the network beyond the app itself.
      await context.route(/^(?!http:\/\/localhost)/, (route) => route.abort());
    },
  };
}

function storedRows(): { id: string; title: string; summary: string; question: string | null; bodies: string[] }[] {
  const database = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return made.map((m) => {
      const row = database.prepare("SELECT id, title, summary, question, body FROM Release WHERE id = ?").get(m.id) as { id: string; title: string; summary: string; question: string | null; body: string };
      const revisions = database.prepare("SELECT body FROM Revision WHERE releaseId = ?").all(m.id) as { body: string }[];
      return { ...row, bodies: [row.body, ...revisions.map((r) => r.body)] };
    });
  } finally {
    database.close();
  }
}

// Checked by the browser itself on the DOM it built: elements, attributes and
// the scheme it resolved for every link.
async function renderedProblems(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).first().evaluate(
    (root, allow) => {
      const problems: string[] = [];
      for (const element of Array.from(root.querySelectorAll("*"))) {
        const tag = element.tagName.toLowerCase();
        if (!allow.elements.includes(tag)) problems.push(`<${tag}>`);
        for (const attr of Array.from(element.attributes)) {
          if (!(allow.attributes[tag] ?? []).includes(attr.name)) problems.push(`${attr.name} on <${tag}>`);
        }
        if (element instanceof HTMLAnchorElement && element.hasAttribute("href") && !allow.schemes.includes(element.protocol)) problems.push(`link to ${element.protocol}`);
      }
      return problems;
    },
    { elements: [...ALLOWED_ELEMENTS], attributes: Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([k, v]) => [k, [...v]])), schemes: [...ALLOWED_SCHEMES] },
  );
}

// Moves the pointer over and focuses every element of the body, so that
// handlers needing a user (mouseover, focus) would get their chance.
async function poke(page: Page, selector: string) {
  const elements = page.locator(`${selector} *`);
  const count = await elements.count();
  for (let i = 0; i < count; i++) {
    const element = elements.nth(i);
    if (await element.isVisible()) await element.hover({ force: true, timeout: 2000 }).catch(() => undefined);
  }
  await page.keyboard.press("Tab");
}

async function fillCommon(page: Page, kind: string) {
  await page.goto("/admin/releases/new");
  await page.getByLabel("Title").fill(`${TEXT_PAYLOADS.title} ${kind} ${TOKEN}`);
  await page.getByLabel("Category").selectOption({ label: "Press releases" });
  await page.getByLabel("Author byline").selectOption({ label: "Embassy Press Officer" });
  await page.getByLabel("Summary").fill(TEXT_PAYLOADS.summary);
  await page.getByLabel(/^Media question/).fill(TEXT_PAYLOADS.question);
}

async function publish(page: Page, kind: string) {
  await expect(page).toHaveURL(/\/admin\/releases\/[a-z0-9]+$/);
  const id = page.url().split("/").pop() ?? "";
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("heading", { name: "Status: Published" })).toBeVisible();
  const database = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  const row = database.prepare("SELECT slug, title FROM Release WHERE id = ?").get(id) as { slug: string; title: string };
  database.close();
  made.push({ id, slug: row.slug, title: row.title, kind });
  expect(row.title).toBe(`${TEXT_PAYLOADS.title} ${kind} ${TOKEN}`);
}

test.describe.configure({ mode: "serial" });

test("hostile HTML sent to the editor's save action, and pasted into the editor, never runs in the newsroom", async ({ browser }) => {
  test.setTimeout(300_000);
  const editor = createUser("editor", "Hostile Content Editor");
  editorUser = editor;
  // The newsroom's nonce-based CSP would block an injected handler and only
  // log a refusal; without it, anything that got through really runs and
  // reports itself. (Chromium also logs a refusal, never a run, when the
  // editor parses pasted HTML in its inert document, so that noise goes too.)
  const context = await browser.newContext({ bypassCSP: true });
  const watcher = watch(context);
  await watcher.install();
  const page = await context.newPage();
  watcher.follow(page);
  await signIn(page, editor);

  // As an attacker would send it: the editor's own save request, with the
  // typed marker replaced by raw HTML before it leaves the browser.
  await context.route("**/admin/releases/**", async (route) => {
    const request = route.request();
    let data = request.method() === "POST" && request.headers()["next-action"] ? (request.postData() ?? "") : null;
    if (data === null) return route.continue();
    for (const kind of KINDS) {
      const html = BODY_PAYLOADS.filter((p) => p.kind === kind).map((p) => `<p>[${p.id}]</p>${p.html}`).join("");
      data = data.replaceAll(marker(kind), JSON.stringify(html).slice(1, -1));
    }
    return route.continue({ postData: data });
  });

  for (const kind of KINDS) {
    await fillCommon(page, kind);
    const body = page.getByRole("textbox", { name: "Body", exact: true });
    await body.click();
    await page.keyboard.type(marker(kind));
    await expect(page.getByText(/Saved at .* \(version \d+\)/)).toBeVisible();
    // A second, different save, so the history has a diff to show.
    await page.keyboard.type(" second save");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText(/Saved at .* \(version [2-9]\)/)).toBeVisible();
    await publish(page, kind);
    // The editor now shows the stored body, loaded into Tiptap.
    await expect(body).toContainText(`[${BODY_PAYLOADS.find((p) => p.kind === kind)?.id}]`);
  }

  // The ordinary way in: pasting the whole corpus as HTML into the editor.
  await fillCommon(page, "pasted");
  const body = page.getByRole("textbox", { name: "Body", exact: true });
  await body.click();
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "pasted corpus");
    document.getElementById("field-body")?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, BODY_PAYLOADS.map((p) => `<p>[${p.id}]</p>${p.html}`).join(""));
  await expect(body).toContainText("[script-plain]");
  await expect(page.getByText(/Saved at .* \(version \d+\)/)).toBeVisible();
  await publish(page, "pasted");

  // What the database holds, parsed with a WHATWG parser.
  const rows = storedRows();
  expect(rows).toHaveLength(KINDS.length + 1);
  for (const row of rows) {
    expect(row.bodies.length).toBeGreaterThanOrEqual(2);
    for (const stored of row.bodies) expect(disallowedMarkup(stored), `${row.title}: ${stored}`).toEqual([]);
    expect(row.summary).toBe(TEXT_PAYLOADS.summary);
    expect(row.question).toBe(TEXT_PAYLOADS.question);
  }

  // Every newsroom page that shows them.
  await page.goto("/admin/releases");
  for (const m of made) await expect(page.getByRole("link", { name: m.title })).toBeVisible();
  for (const m of made) {
    await page.goto(`/admin/releases/${m.id}`);
    await expect(page.getByLabel("Title")).toHaveValue(m.title);
    await expect(page.getByLabel("Summary")).toHaveValue(TEXT_PAYLOADS.summary);
    await page.goto(`/admin/releases/${m.id}/preview`);
    await expect(page.getByRole("heading", { level: 1, name: m.title })).toBeVisible();
    expect(await renderedProblems(page, ".release-body")).toEqual([]);
    await page.goto(`/admin/releases/${m.id}/history`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(m.title);
    // Typed releases were saved at least twice with different bodies.
    if (m.kind !== "pasted") await expect(page.getByTestId("diff")).toContainText("second save");
  }

  expect(watcher.hits).toEqual([]);
  expect(watcher.errors).toEqual([]);
  await context.close();
});

test("the published hostile releases never run anything on the public site, in feeds or in the API", async ({ browser, request }) => {
  test.setTimeout(300_000);
  expect(made).toHaveLength(KINDS.length + 1);
  const context = await browser.newContext();
  const watcher = watch(context);
  await watcher.install();
  const page = await context.newPage();
  watcher.follow(page);

  for (const m of made) {
    await page.goto(`/news/${m.slug}`);
    await expect(page.locator("article h1")).toHaveText(m.title);
    // The question is shown as text above the answer; the summary is the page's description.
    await expect(page.getByText(TEXT_PAYLOADS.question, { exact: true })).toBeVisible();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", TEXT_PAYLOADS.summary);
    expect(await page.title()).toContain(m.title);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as { headline: string };
    expect(m.title.startsWith(jsonLd.headline)).toBe(true);
    expect(await renderedProblems(page, ".release-body")).toEqual([]);
    await poke(page, ".release-body");
  }

  const oldest = made[0]?.title ?? "none";
  const newest = made.at(-1)?.title ?? "none";
  await page.goto("/");
  await expect(page.getByText(oldest).first()).toBeVisible();
  await page.goto("/news");
  await expect(page.getByRole("link", { name: newest })).toBeVisible();
  const month = await page.locator('a[href^="/news/archive/"]').first().getAttribute("href");
  await page.goto(month ?? "/news/archive");
  await expect(page.getByRole("link", { name: newest })).toBeVisible();
  await page.goto(`/search?q=${TOKEN}`);
  for (const m of made) await expect(page.getByRole("link", { name: m.title })).toBeVisible();
  for (const feed of ["/feed.xml", "/atom.xml", "/feed.json"]) {
    const response = await page.goto(feed);
    expect(response?.status()).toBe(200);
  }

  // The HTML the feeds and the API hand to other programs is just as clean.
  const jsonFeed = (await (await request.get("/feed.json")).json()) as { items: { title: string; content_html: string }[] };
  const ours = jsonFeed.items.filter((item) => item.title.includes(TOKEN));
  expect(ours).toHaveLength(made.length);
  for (const item of ours) expect(disallowedMarkup(item.content_html)).toEqual([]);
  for (const m of made) {
    const api = (await (await request.get(`/api/v1/releases/${m.slug}`)).json()) as { data: { title: string; bodyHtml: string } };
    expect(api.data.title).toBe(m.title);
    expect(disallowedMarkup(api.data.bodyHtml)).toEqual([]);
  }

  expect(watcher.hits).toEqual([]);
  expect(watcher.errors).toEqual([]);
  await context.close();

  // Back to drafts, so the public archive other journeys count is as it was.
  const cleanup = await browser.newPage();
  await signIn(cleanup, editorUser ?? { email: "", password: "" });
  for (const m of made) {
    await cleanup.goto(`/admin/releases/${m.id}`);
    await cleanup.getByRole("button", { name: "Unpublish (back to draft)" }).click();
    await expect(cleanup.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
  }
  await cleanup.close();
});
