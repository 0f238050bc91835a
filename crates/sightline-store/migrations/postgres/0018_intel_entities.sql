-- The phones, places, vehicles… that an intelligence report mentions, linked by whoever
-- reads the report (from what the text engine found in the narrative, or by hand).
-- Removed with the report or the entity when either is disposed of.
CREATE TABLE intel_entities (
    intel_id UUID NOT NULL REFERENCES intel_reports(id) ON DELETE CASCADE,
    entity_id UUID NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    created_by UUID NOT NULL REFERENCES users(id),
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (intel_id, entity_id)
);
CREATE INDEX intel_entities_entity ON intel_entities(entity_id);
