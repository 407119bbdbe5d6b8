-- Keep each release's full-text document in its row. A release's row is a
-- little over 2 kB (title, summary, body and its ~1.2 kB document), so
-- PostgreSQL's TOAST moved the document, which hardly compresses, out to the
-- TOAST table: every row a search tested cost an index probe and a second
-- heap read there. A common word's search tests about 1,200 of the newest
-- documents: at 100,000 releases its walk took 6.3 ms, and 2.7 ms once the
-- documents are in their rows. With MAIN storage PostgreSQL compresses or
-- moves the other long columns first (the body, read only for a release's
-- page and a search page's ten snippets).
-- The UPDATE stores the rows already written again (a generated column is
-- recomputed and placed by the new rule), and VACUUM is left to autovacuum.
-- No semicolon may appear except at the end of a statement: the PostgreSQL
-- driver adapter splits migration scripts on every semicolon.
ALTER TABLE "Release" ALTER COLUMN "searchDocument" SET STORAGE MAIN;

UPDATE "Release" SET "searchDocument" = DEFAULT;
