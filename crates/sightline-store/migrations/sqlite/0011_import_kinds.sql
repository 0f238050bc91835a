-- Imports of cases, intelligence reports and links: like people, each record keeps the
-- source it came from with the source's own id (unique together, so importing the same
-- file twice adds nothing) and the batch that brought it in (so the batch can be rolled
-- back). Links already had `source` (where the link is known from): an imported link's
-- source is its import's source.
ALTER TABLE cases ADD COLUMN source TEXT;
ALTER TABLE cases ADD COLUMN source_id TEXT;
ALTER TABLE cases ADD COLUMN batch_id BLOB REFERENCES import_batches(id);
CREATE UNIQUE INDEX cases_source_key ON cases(source, source_id);
CREATE INDEX cases_batch ON cases(batch_id);

ALTER TABLE intel_reports ADD COLUMN source TEXT;
ALTER TABLE intel_reports ADD COLUMN source_id TEXT;
ALTER TABLE intel_reports ADD COLUMN batch_id BLOB REFERENCES import_batches(id);
CREATE UNIQUE INDEX intel_source_key ON intel_reports(source, source_id);
CREATE INDEX intel_batch ON intel_reports(batch_id);
-- The submitting officer and force, and the case the report belongs to, as JSON that
-- the domain type (`IntelDetails`) defines.
ALTER TABLE intel_reports ADD COLUMN details TEXT NOT NULL DEFAULT '{}';

ALTER TABLE links ADD COLUMN source_id TEXT;
ALTER TABLE links ADD COLUMN batch_id BLOB REFERENCES import_batches(id);
CREATE UNIQUE INDEX links_source_key ON links(source, source_id);
CREATE INDEX links_batch ON links(batch_id);
