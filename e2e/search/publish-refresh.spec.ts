import { expect, test } from "@playwright/test";
import { releaseByTitle, startDraft } from "../newsroom/helpers";
import { createUser, signIn } from "../support/users";
import { feedAddresses, readFeed, sitemapAddresses } from "./channels";

// Feeds and sitemap are cached for 30 s; a publish must not wait for that:
// revalidatePublicSite() (revalidatePath("/", "layout")) refreshes the cached
// route handlers too.
test("a release published in the newsroom is in every feed and the sitemap within seconds, its hostile title intact", async ({ page, request }) => {
  const title = `R&D <b>not bold</b> "quoted" 'single' — Ответ посольства 🎉 ${Date.now()}`;
  const feeds = feedAddresses("press-releases");
  // Warm every cache entry first, so what follows is served from the cache.
  for (const feed of feeds) expect((await readFeed(request, feed.format, feed.path)).map((i) => i.title)).not.toContain(title);

  await signIn(page, createUser("editor"));
  await startDraft(page, title, "Fish & chips <3 — «кавычки» 🐟");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("heading", { name: "Status: Published" })).toBeVisible();
  const published = Date.now();
  const slug = releaseByTitle(title)?.slug ?? "";
  expect(slug).not.toBe("");

  for (const feed of feeds) {
    await expect(async () => {
      const item = (await readFeed(request, feed.format, feed.path)).find((i) => i.link.endsWith(`/news/${slug}`));
      expect(item?.title, feed.path).toBe(title);
      expect(item?.contentHtml).toContain("Fish &amp; chips &lt;3 — «кавычки» 🐟");
    }).toPass({ timeout: 10_000 });
  }
  await expect(async () => expect(await sitemapAddresses(request)).toContainEqual(expect.stringMatching(new RegExp(`/news/${slug}$`)))).toPass({ timeout: 10_000 });
  // Well inside the 30 s the cache would otherwise keep the old documents.
  expect(Date.now() - published).toBeLessThan(25_000);
});
