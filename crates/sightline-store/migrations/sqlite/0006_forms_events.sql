-- Guided forms (NRM referrals, victim debriefs) saved step by step, competent authority
-- decisions on NRM referrals, and trafficking events (a person's journey).
CREATE TABLE guided_forms (
    id BLOB PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    answers TEXT NOT NULL,
    step TEXT NOT NULL,
    person_id BLOB REFERENCES people(id),
    case_id BLOB REFERENCES cases(id),
    route TEXT,
    classification TEXT NOT NULL,
    handling_code TEXT NOT NULL,
    handling_conditions TEXT,
    owner_org BLOB NOT NULL REFERENCES organisations(id),
    case_team BLOB REFERENCES teams(id),
    created_at TEXT NOT NULL,
    created_by BLOB NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL,
    submitted_at TEXT
);
CREATE INDEX guided_forms_kind ON guided_forms(kind, status);
CREATE INDEX guided_forms_person ON guided_forms(person_id);

CREATE TABLE nrm_decisions (
    form_id BLOB NOT NULL REFERENCES guided_forms(id),
    stage TEXT NOT NULL,
    decision TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    recorded_by BLOB NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (form_id, stage)
);

CREATE TABLE trafficking_events (
    id BLOB PRIMARY KEY NOT NULL,
    person_id BLOB NOT NULL REFERENCES people(id),
    case_id BLOB REFERENCES cases(id),
    form_id BLOB REFERENCES guided_forms(id),
    kind TEXT NOT NULL,
    event_date TEXT,
    place TEXT NOT NULL,
    description TEXT NOT NULL,
    classification TEXT NOT NULL,
    handling_code TEXT NOT NULL,
    handling_conditions TEXT,
    owner_org BLOB NOT NULL REFERENCES organisations(id),
    case_team BLOB REFERENCES teams(id),
    created_at TEXT NOT NULL,
    created_by BLOB NOT NULL REFERENCES users(id)
);
CREATE INDEX trafficking_events_person ON trafficking_events(person_id);
