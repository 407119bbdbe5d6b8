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

// Each cached page's ETag and bytes are kept by its text (the same patch,
// pressroomSent): the ETag must be the one of the bytes sent, change when the
// page changes, and let a browser that has them revalidate with a 304.
test("a cached page's ETag names the bytes it came with, changes with them, and answers If-None-Match with 304", async ({ request }) => {
  const { generateETag } = (await import("next/dist/server/lib/etag.js")) as { generateETag: (payload: string) => string };
  const seen = new Map<string, string>();
  for (const path of ["/", "/news", "/news/page/2", "/news/category/events-and-visits"]) {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await request.get(path, { headers: IDENTITY });
      expect(response.status(), path).toBe(200);
      const body = await response.text();
      const etag = response.headers()["etag"] ?? "";
      expect(etag, `${path}: the ETag of the body sent`).toBe(generateETag(body));
      const other = seen.get(etag);
      expect(other === undefined || other === body, `${path}: one ETag, one text`).toBe(true);
      seen.set(etag, body);
      const again = await request.get(path, { headers: { ...IDENTITY, "if-none-match": etag } });
      // A 200 here means the page was regenerated in between, with a new ETag.
      if (again.status() === 200) expect(again.headers()["etag"]).not.toBe(etag);
      else {
        expect(again.status(), path).toBe(304);
        expect((await again.body()).length).toBe(0);
      }
    }
  }
  expect(new Set([...seen.values()]).size, "different pages, different ETags").toBe(seen.size);
});
