-- Everything else known of a person (aliases, identifiers…) and a case (sectors, force
-- area, dates, outcomes), as JSON that the domain types define.
ALTER TABLE people ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
ALTER TABLE cases ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
