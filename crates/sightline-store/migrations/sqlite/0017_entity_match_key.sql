-- The key under which an entity is the same phone, address, vehicle or account as
-- another record's (sightline_core::match_key): written with the entity, and for
-- entities stored before this migration when the store opens.
ALTER TABLE entities ADD COLUMN match_key TEXT NOT NULL DEFAULT '';
CREATE INDEX entities_match ON entities(kind, match_key);
