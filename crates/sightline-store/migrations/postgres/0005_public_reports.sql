-- Reports from the public, their message threads, and analysts' verdicts on automatic
-- findings. owner_org has no foreign key: a report whose place matches no force is held
-- under the nil organisation, which only national analysts can read.
CREATE TABLE public_reports (
    id UUID PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    secret_hash TEXT NOT NULL,
    answers TEXT NOT NULL,
    force_code TEXT,
    owner_org UUID NOT NULL,
    status TEXT NOT NULL,
    risk_level TEXT NOT NULL,
    risk_rank INTEGER NOT NULL,
    analysis TEXT NOT NULL,
    assigned_to UUID REFERENCES users(id),
    outcome TEXT,
    intel_id UUID REFERENCES intel_reports(id),
    case_id UUID REFERENCES cases(id),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX public_reports_queue ON public_reports(status, risk_rank, created_at);

CREATE TABLE public_report_messages (
    id UUID PRIMARY KEY NOT NULL,
    report_id UUID NOT NULL REFERENCES public_reports(id),
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    created_by UUID REFERENCES users(id)
);
CREATE INDEX public_report_messages_report ON public_report_messages(report_id);

CREATE TABLE finding_decisions (
    record_type TEXT NOT NULL,
    record_id UUID NOT NULL,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    verdict TEXT NOT NULL,
    decided_by UUID NOT NULL REFERENCES users(id),
    decided_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (record_type, record_id, kind, code)
);
