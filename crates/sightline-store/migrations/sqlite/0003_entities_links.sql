-- Entities (phones, places, vehicles, accounts…), links between people and entities, and
-- people's parts in cases. Every entity and link carries its own markings.
CREATE TABLE entities (
    id BLOB PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    normalised TEXT NOT NULL,
    details TEXT NOT NULL,
    classification TEXT NOT NULL,
    handling_code TEXT NOT NULL,
    handling_conditions TEXT,
    owner_org BLOB NOT NULL REFERENCES organisations(id),
    case_team BLOB REFERENCES teams(id),
    created_at TEXT NOT NULL,
    created_by BLOB NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL
);
CREATE INDEX entities_key ON entities(kind, normalised);

CREATE TABLE links (
    id BLOB PRIMARY KEY NOT NULL,
    from_type TEXT NOT NULL,
    from_id BLOB NOT NULL,
    to_type TEXT NOT NULL,
    to_id BLOB NOT NULL,
    link_type TEXT NOT NULL,
    date_from TEXT,
    date_to TEXT,
    source TEXT NOT NULL,
    confidence TEXT NOT NULL,
    classification TEXT NOT NULL,
    handling_code TEXT NOT NULL,
    handling_conditions TEXT,
    owner_org BLOB NOT NULL REFERENCES organisations(id),
    case_team BLOB REFERENCES teams(id),
    created_at TEXT NOT NULL,
    created_by BLOB NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL
);
CREATE INDEX links_from ON links(from_id);
CREATE INDEX links_to ON links(to_id);

CREATE TABLE case_parties (
    case_id BLOB NOT NULL REFERENCES cases(id),
    person_id BLOB NOT NULL REFERENCES people(id),
    role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by BLOB NOT NULL REFERENCES users(id),
    PRIMARY KEY (case_id, person_id, role)
);
CREATE INDEX case_parties_person ON case_parties(person_id);
