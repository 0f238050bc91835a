-- Guided forms (NRM referrals, victim debriefs) saved step by step, competent authority
-- decisions on NRM referrals, and trafficking events (a person's journey).
CREATE TABLE guided_forms (
    id UUID PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    answers TEXT NOT NULL,
    step TEXT NOT NULL,
    person_id UUID REFERENCES people(id),
    case_id UUID REFERENCES cases(id),
    route TEXT,
    classification TEXT NOT NULL,
    handling_code TEXT NOT NULL,
    handling_conditions TEXT,
    owner_org UUID NOT NULL REFERENCES organisations(id),
    case_team UUID REFERENCES teams(id),
    created_at TIMESTAMPTZ NOT NULL,
    created_by UUID NOT NULL REFERENCES users(id),
    updated_at TIMESTAMPTZ NOT NULL,
    submitted_at TIMESTAMPTZ
);
CREATE INDEX guided_forms_kind ON guided_forms(kind, status);
CREATE INDEX guided_forms_person ON guided_forms(person_id);

CREATE TABLE nrm_decisions (
    form_id UUID NOT NULL REFERENCES guided_forms(id),
    stage TEXT NOT NULL,
    decision TEXT NOT NULL,
    decided_on DATE NOT NULL,
    recorded_by UUID NOT NULL REFERENCES users(id),
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (form_id, stage)
);

CREATE TABLE trafficking_events (
    id UUID PRIMARY KEY NOT NULL,
    person_id UUID NOT NULL REFERENCES people(id),
    case_id UUID REFERENCES cases(id),
    form_id UUID REFERENCES guided_forms(id),
    kind TEXT NOT NULL,
    event_date TEXT,
    place TEXT NOT NULL,
    description TEXT NOT NULL,
    classification TEXT NOT NULL,
    handling_code TEXT NOT NULL,
    handling_conditions TEXT,
    owner_org UUID NOT NULL REFERENCES organisations(id),
    case_team UUID REFERENCES teams(id),
    created_at TIMESTAMPTZ NOT NULL,
    created_by UUID NOT NULL REFERENCES users(id)
);
CREATE INDEX trafficking_events_person ON trafficking_events(person_id);
