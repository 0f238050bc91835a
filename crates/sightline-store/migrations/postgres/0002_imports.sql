-- Imports: every import is a batch that can be listed and rolled back; a record's source
-- and the source's own id are a key, so importing the same file twice adds nothing.
CREATE TABLE import_batches (
    id UUID PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    file_name TEXT NOT NULL,
    owner_org UUID NOT NULL REFERENCES organisations(id),
    created_by UUID NOT NULL REFERENCES users(id),
    created_at TIMESTAMPTZ NOT NULL,
    status TEXT NOT NULL,
    written BIGINT NOT NULL DEFAULT 0,
    existing BIGINT NOT NULL DEFAULT 0,
    rejected BIGINT NOT NULL DEFAULT 0,
    rolled_back_at TIMESTAMPTZ
);

ALTER TABLE people ADD COLUMN source TEXT;
ALTER TABLE people ADD COLUMN source_id TEXT;
ALTER TABLE people ADD COLUMN batch_id UUID REFERENCES import_batches(id);
CREATE UNIQUE INDEX people_source_key ON people(source, source_id);
CREATE INDEX people_batch ON people(batch_id);
