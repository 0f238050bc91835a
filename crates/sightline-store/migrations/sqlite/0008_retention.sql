-- MoPI review and retention: a record's risk group and next review (absent: the default
-- group, counted from when the record was made), and tombstones of disposed records.
CREATE TABLE retention (
    record_type TEXT NOT NULL,
    record_id BLOB NOT NULL,
    risk_group INTEGER NOT NULL,
    review_due TEXT NOT NULL,
    last_decision TEXT,
    last_reason TEXT,
    reviewed_by BLOB REFERENCES users(id),
    reviewed_at TEXT,
    PRIMARY KEY (record_type, record_id)
);

CREATE TABLE tombstones (
    record_type TEXT NOT NULL,
    record_id BLOB NOT NULL,
    owner_org BLOB NOT NULL,
    disposed_at TEXT NOT NULL,
    disposed_by BLOB NOT NULL REFERENCES users(id),
    reason TEXT NOT NULL,
    removed TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id)
);
