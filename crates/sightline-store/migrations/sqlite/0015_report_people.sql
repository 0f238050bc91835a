-- People a public report is about, linked by an analyst in triage. Removed with the
-- person when the person is disposed of.
CREATE TABLE public_report_people (
    report_id BLOB NOT NULL REFERENCES public_reports(id) ON DELETE CASCADE,
    person_id BLOB NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    created_by BLOB NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (report_id, person_id)
);
CREATE INDEX public_report_people_person ON public_report_people(person_id);
