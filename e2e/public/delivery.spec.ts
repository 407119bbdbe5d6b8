import { expect, test } from "@playwright/test";

// Cached pages and feeds are written to the socket as bytes, with their length
// (patches/next+16.4.6.patch: sendRenderResult and sendResponse). A reader's
// browser or feed reader must get the whole document, exactly as long as the
// Content-Length says, with its accented letters and punctuation intact, and a
// HEAD request the same length without a body.
const IDENTITY = { "accept-encoding": "identity" };

const DOCUMENTS = [
  { path: "/", ends: "</html>", text: " · " },
  { path: "/news", ends: "</html>", text: " · " },
  { path: "/news/category/events-and-visits", ends: "</html>", text: "Agricultural Attaché visits the Royal Agricultural University" },
  { path: "/feed.xml", ends: "</rss>", text: "Agricultural Attaché visits the Royal Agricultural University" },
  { path: "/feed.json", ends: "}", text: "Agricultural Attaché visits the Royal Agricultural University" },
];

test("cached pages and feeds arrive whole, as long as they say, with their accented text intact", async ({ request }) => {
  for (const { path, ends, text } of DOCUMENTS) {
    // The first answer may be rendered; the second comes from the cache.
    for (const attempt of ["first", "cached"]) {
      const response = await request.get(path, { headers: IDENTITY });
      expect(response.status(), `${path} (${attempt})`).toBe(200);
      expect(response.headers()["content-encoding"], path).toBeUndefined();
      const bytes = await response.body();
      expect(Number(response.headers()["content-length"]), `${path} (${attempt}): Content-Length`).toBe(bytes.length);
      const body = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      expect(body.trimEnd().endsWith(ends), `${path} (${attempt}) ends with ${ends}`).toBe(true);
      expect(body, path).toContain(text);
    }
    const head = await request.head(path, { headers: IDENTITY });
    expect(head.status(), `HEAD ${path}`).toBe(200);
    expect((await head.body()).length, `HEAD ${path} has no body`).toBe(0);
  }
});

test("a compressed cached page decompresses to the same document", async ({ request }) => {
  const plain = await (await request.get("/news/category/events-and-visits", { headers: IDENTITY })).text();
  const compressed = await request.get("/news/category/events-and-visits", { headers: { "accept-encoding": "gzip" } });
  expect(compressed.headers()["content-encoding"]).toBe("gzip");
  expect(await compressed.text()).toBe(plain);
});
