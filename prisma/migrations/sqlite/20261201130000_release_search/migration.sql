-- Full-text index over releases (search module: lib/server/search/).
-- Hand-written: Prisma cannot model an FTS5 table. Triggers on "Release" keep
-- it current on every insert, edit, status change and delete, so no
-- application code path can forget it. prisma/drift.test.ts ignores exactly
-- the "release_search" table and its FTS5 shadow tables.
CREATE VIRTUAL TABLE "release_search" USING fts5(
  "releaseId" UNINDEXED,
  "title",
  "summary",
  "body",
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "release_search_ai" AFTER INSERT ON "Release" BEGIN
  INSERT INTO "release_search" ("releaseId", "title", "summary", "body")
  VALUES (NEW."id", NEW."title", NEW."summary", coalesce(NEW."question", '') || ' ' || NEW."body");
END;

CREATE TRIGGER "release_search_au" AFTER UPDATE OF "title", "summary", "body", "question", "id" ON "Release" BEGIN
  DELETE FROM "release_search" WHERE "releaseId" = OLD."id";
  INSERT INTO "release_search" ("releaseId", "title", "summary", "body")
  VALUES (NEW."id", NEW."title", NEW."summary", coalesce(NEW."question", '') || ' ' || NEW."body");
END;

CREATE TRIGGER "release_search_ad" AFTER DELETE ON "Release" BEGIN
  DELETE FROM "release_search" WHERE "releaseId" = OLD."id";
END;

INSERT INTO "release_search" ("releaseId", "title", "summary", "body")
SELECT "id", "title", "summary", coalesce("question", '') || ' ' || "body" FROM "Release";
