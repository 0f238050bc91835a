-- Entity resolution over stored people: runs of the background job, the candidate pairs
-- it (or the duplicate check on save) found, and people's decisions on pairs. A pair is
-- always stored with left_id < right_id. Decisions are a history (several people may
-- decide the same pair); re-runs replace undecided candidates only.
CREATE TABLE match_runs (
    id UUID PRIMARY KEY NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    status TEXT NOT NULL,
    stage TEXT NOT NULL,
    done BIGINT NOT NULL,
    total BIGINT NOT NULL,
    people BIGINT NOT NULL,
    candidates BIGINT NOT NULL,
    groups_found BIGINT NOT NULL,
    model TEXT,
    message TEXT NOT NULL,
    requested_by UUID REFERENCES users(id)
);
CREATE INDEX match_runs_started ON match_runs(started_at);

CREATE TABLE match_candidates (
    left_id UUID NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    right_id UUID NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    probability DOUBLE PRECISION NOT NULL,
    weight DOUBLE PRECISION NOT NULL,
    explanation TEXT NOT NULL,
    found_by TEXT NOT NULL,
    found_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (left_id, right_id),
    CHECK (left_id < right_id)
);
CREATE INDEX match_candidates_probability ON match_candidates(probability);
CREATE INDEX match_candidates_right ON match_candidates(right_id);

CREATE TABLE match_decisions (
    id UUID PRIMARY KEY NOT NULL,
    left_id UUID NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    right_id UUID NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    verdict TEXT NOT NULL CHECK (verdict IN ('same', 'different')),
    reason TEXT NOT NULL,
    decided_by UUID NOT NULL REFERENCES users(id),
    decided_at TIMESTAMPTZ NOT NULL,
    CHECK (left_id < right_id)
);
CREATE INDEX match_decisions_pair ON match_decisions(left_id, right_id);
