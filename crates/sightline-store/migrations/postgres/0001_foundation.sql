-- Foundation schema (PostgreSQL).
CREATE TABLE organisations (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    org_type TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE users (
    id UUID PRIMARY KEY NOT NULL,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    org_id UUID NOT NULL REFERENCES organisations(id),
    password_hash TEXT NOT NULL,
    totp_secret TEXT,
    totp_required BOOLEAN NOT NULL DEFAULT FALSE,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE teams (
    id UUID PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    org_id UUID NOT NULL REFERENCES organisations(id),
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (org_id, name)
);

CREATE TABLE team_members (
    team_id UUID NOT NULL REFERENCES teams(id),
    user_id UUID NOT NULL REFERENCES users(id),
    PRIMARY KEY (team_id, user_id)
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    user_id UUID NOT NULL REFERENCES users(id),
    csrf_token TEXT NOT NULL,
    mfa_ok BOOLEAN NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    last_seen_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
    id UUID PRIMARY KEY NOT NULL,
    user_id UUID NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
);

CREATE TABLE login_failures (
    key TEXT NOT NULL,
    at_epoch BIGINT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures(key, at_epoch);

CREATE TABLE counters (
    name TEXT PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);

CREATE TABLE people (
    id UUID PRIMARY KEY NOT NULL,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    date_of_birth TEXT,
    gender TEXT NOT NULL,
    nationality TEXT,
    notes TEXT NOT NULL,
    classification TEXT NOT NULL,
    handling_code TEXT NOT NULL,
    handling_conditions TEXT,
    owner_org UUID NOT NULL REFERENCES organisations(id),
    case_team UUID REFERENCES teams(id),
    created_at TIMESTAMPTZ NOT NULL,
    created_by UUID NOT NULL REFERENCES users(id),
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX people_owner ON people(owner_org);

CREATE TABLE cases (
    id UUID PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    status TEXT NOT NULL,
    exploitation_types JSONB NOT NULL,
    classification TEXT NOT NULL,
    handling_code TEXT NOT NULL,
    handling_conditions TEXT,
    owner_org UUID NOT NULL REFERENCES organisations(id),
    case_team UUID REFERENCES teams(id),
    created_at TIMESTAMPTZ NOT NULL,
    created_by UUID NOT NULL REFERENCES users(id),
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX cases_owner ON cases(owner_org);

CREATE TABLE intel_reports (
    id UUID PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    narrative TEXT NOT NULL,
    source_evaluation TEXT NOT NULL,
    intelligence_assessment TEXT NOT NULL,
    information_date DATE,
    classification TEXT NOT NULL,
    handling_code TEXT NOT NULL,
    handling_conditions TEXT,
    owner_org UUID NOT NULL REFERENCES organisations(id),
    case_team UUID REFERENCES teams(id),
    created_at TIMESTAMPTZ NOT NULL,
    created_by UUID NOT NULL REFERENCES users(id),
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX intel_owner ON intel_reports(owner_org);

-- The audit log: append-only and hash-chained. `at` is kept as the exact text that was
-- hashed so verification does not depend on how a backend stores times.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY NOT NULL,
    id UUID NOT NULL UNIQUE,
    at TEXT NOT NULL,
    actor_id UUID,
    actor_name TEXT NOT NULL,
    org_id UUID,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    purpose TEXT NOT NULL,
    outcome TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_actor ON audit_log(actor_name);
CREATE INDEX audit_record ON audit_log(record_type, record_id);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
