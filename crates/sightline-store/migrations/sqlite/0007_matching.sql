-- Entity resolution over stored people: runs of the background job, the candidate pairs
-- it (or the duplicate check on save) found, and people's decisions on pairs. A pair is
-- always stored with left_id < right_id. Decisions are a history (several people may
-- decide the same pair); re-runs replace undecided candidates only.
CREATE TABLE match_runs (
    id BLOB PRIMARY KEY NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    stage TEXT NOT NULL,
    done INTEGER NOT NULL,
    total INTEGER NOT NULL,
    people INTEGER NOT NULL,
    candidates INTEGER NOT NULL,
    groups_found INTEGER NOT NULL,
    model TEXT,
    message TEXT NOT NULL,
    requested_by BLOB REFERENCES users(id)
);
CREATE INDEX match_runs_started ON match_runs(started_at);

CREATE TABLE match_candidates (
    left_id BLOB NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    right_id BLOB NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    probability REAL NOT NULL,
    weight REAL NOT NULL,
    explanation TEXT NOT NULL,
    found_by TEXT NOT NULL,
    found_at TEXT NOT NULL,
    PRIMARY KEY (left_id, right_id),
    CHECK (left_id < right_id)
);
CREATE INDEX match_candidates_probability ON match_candidates(probability);
CREATE INDEX match_candidates_right ON match_candidates(right_id);

CREATE TABLE match_decisions (
    id BLOB PRIMARY KEY NOT NULL,
    left_id BLOB NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    right_id BLOB NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    verdict TEXT NOT NULL CHECK (verdict IN ('same', 'different')),
    reason TEXT NOT NULL,
    decided_by BLOB NOT NULL REFERENCES users(id),
    decided_at TEXT NOT NULL,
    CHECK (left_id < right_id)
);
CREATE INDEX match_decisions_pair ON match_decisions(left_id, right_id);
