-- The full-text document splits text the way a reader's query is split
-- (lib/server/search/terms.ts keeps only runs of letters and digits) and the
-- way FTS5 splits it on SQLite. PostgreSQL's parser otherwise reads
-- "Needle-12345678" as a word and a negative number, "embassy.example" as a
-- host and "3.5" as a decimal, so a query for any of them found nothing.
-- ASCII punctuation becomes a space (a range of code points, whatever the
-- database's locale, so Cyrillic letters are never touched) and so do HTML
-- tags and the names of entities (their closing semicolon is punctuation).
-- No semicolon may appear except at the end of a statement: the PostgreSQL
-- driver adapter splits migration scripts on every semicolon.
-- prisma/drift.test.ts ignores exactly this column and this index.
DROP INDEX "Release_searchDocument_idx";

ALTER TABLE "Release" DROP COLUMN "searchDocument";

ALTER TABLE "Release" ADD COLUMN "searchDocument" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', regexp_replace(coalesce("title", ''), '[!-/:-@\[-`{-~]+', ' ', 'g')), 'A') ||
  setweight(to_tsvector('simple', regexp_replace(coalesce("summary", ''), '[!-/:-@\[-`{-~]+', ' ', 'g')), 'B') ||
  setweight(to_tsvector('simple', regexp_replace(regexp_replace(coalesce("question", '') || ' ' || coalesce("body", ''), '<[^>]*>|&#?[a-zA-Z0-9]+', ' ', 'g'), '[!-/:-@\[-`{-~]+', ' ', 'g')), 'C')
) STORED;

CREATE INDEX "Release_searchDocument_idx" ON "Release" USING GIN ("searchDocument");
