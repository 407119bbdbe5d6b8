-- Full-text index over releases (search module: lib/server/search/).
-- No semicolon may appear except at the end of a statement: the PostgreSQL
-- driver adapter splits migration scripts on every semicolon.
-- Hand-written: a generated tsvector column, so the database recomputes it on
-- every insert and edit and no application code path can forget it. A GIN
-- index serves the search. The simple configuration does not stem, which
-- suits a bilingual (English/Russian) archive and matches the FTS5 tokeniser on SQLite.
-- prisma/drift.test.ts ignores exactly this column and this index.
ALTER TABLE "Release" ADD COLUMN "searchDocument" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('simple', coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('simple', regexp_replace(coalesce("question", '') || ' ' || coalesce("body", ''), '<[^>]*>', ' ', 'g')), 'C')
) STORED;

CREATE INDEX "Release_searchDocument_idx" ON "Release" USING GIN ("searchDocument");
