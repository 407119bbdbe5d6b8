-- The search triggers found a release's old full-text row by "releaseId", a
-- column FTS5 cannot index, so every edit read the whole index (about half a
-- second a save at 100,000 releases). "release_search_key" maps each release
-- to the rowid of its full-text row, so an edit deletes that one row by rowid.
-- Release's own rowid is not used: VACUUM may renumber it. prisma/drift.test.ts
-- ignores this table with the FTS5 ones.
CREATE TABLE "release_search_key" (
  "releaseId" TEXT NOT NULL PRIMARY KEY,
  "searchRowid" INTEGER NOT NULL
);

DROP TRIGGER "release_search_ai";
DROP TRIGGER "release_search_au";
DROP TRIGGER "release_search_ad";

CREATE TRIGGER "release_search_ai" AFTER INSERT ON "Release" BEGIN
  INSERT INTO "release_search" ("releaseId", "title", "summary", "body")
  VALUES (NEW."id", NEW."title", NEW."summary", coalesce(NEW."question", '') || ' ' || NEW."body");
  INSERT OR REPLACE INTO "release_search_key" ("releaseId", "searchRowid") VALUES (NEW."id", last_insert_rowid());
END;

CREATE TRIGGER "release_search_au" AFTER UPDATE OF "title", "summary", "body", "question", "id" ON "Release" BEGIN
  DELETE FROM "release_search" WHERE "rowid" = (SELECT "searchRowid" FROM "release_search_key" WHERE "releaseId" = OLD."id");
  DELETE FROM "release_search_key" WHERE "releaseId" = OLD."id";
  INSERT INTO "release_search" ("releaseId", "title", "summary", "body")
  VALUES (NEW."id", NEW."title", NEW."summary", coalesce(NEW."question", '') || ' ' || NEW."body");
  INSERT OR REPLACE INTO "release_search_key" ("releaseId", "searchRowid") VALUES (NEW."id", last_insert_rowid());
END;

CREATE TRIGGER "release_search_ad" AFTER DELETE ON "Release" BEGIN
  DELETE FROM "release_search" WHERE "rowid" = (SELECT "searchRowid" FROM "release_search_key" WHERE "releaseId" = OLD."id");
  DELETE FROM "release_search_key" WHERE "releaseId" = OLD."id";
END;

-- The rows written before this migration: their keys, read once from the index.
INSERT OR REPLACE INTO "release_search_key" ("releaseId", "searchRowid") SELECT "releaseId", "rowid" FROM "release_search";
