-- Support referrals made from an NRM referral (victim care provider or local authority
-- safeguarding), honouring the victim's consent and safe-contact preferences.
CREATE TABLE support_referrals (
    id BLOB PRIMARY KEY NOT NULL,
    form_id BLOB NOT NULL REFERENCES guided_forms(id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    created_by BLOB NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
);
CREATE INDEX support_referrals_form ON support_referrals(form_id);
