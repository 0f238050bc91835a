//! Guided forms: long national forms (the NRM referral, the victim debrief) asked one step
//! at a time, saved after every step so they can be resumed, with branches that skip what
//! does not apply. The definitions are data; this module knows which steps apply to a set
//! of answers, checks each step, and drops answers of steps that no longer apply (so, for
//! example, a Duty to Notify keeps no name even if one was typed before consent was refused).

use std::collections::BTreeMap;

use crate::ValidationError;

/// Answers by question id; a question with several choices has several values.
pub type Answers = BTreeMap<String, Vec<String>>;

/// What kind of input a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Text,
    LongText,
    /// A date as YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.
    Date,
    Radio,
    Checkboxes,
}

pub type Choices = &'static [(&'static str, &'static str)];

#[derive(Debug)]
pub struct Question {
    pub id: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub input: Input,
    pub required: bool,
    pub options: Choices,
}

/// When a step applies.
#[derive(Debug)]
pub enum When {
    Always,
    /// The question's answer is one of these values.
    AnswerIn(&'static str, &'static [&'static str]),
    All(&'static [When]),
    Any(&'static [When]),
    Not(&'static When),
}

impl When {
    pub fn holds(&self, a: &Answers) -> bool {
        match self {
            When::Always => true,
            When::AnswerIn(q, values) => a
                .get(*q)
                .is_some_and(|v| v.iter().any(|x| values.contains(&x.as_str()))),
            When::All(cs) => cs.iter().all(|c| c.holds(a)),
            When::Any(cs) => cs.iter().any(|c| c.holds(a)),
            When::Not(c) => !c.holds(a),
        }
    }
}

#[derive(Debug)]
pub struct Step {
    pub id: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub questions: &'static [Question],
    pub when: When,
}

#[derive(Debug)]
pub struct FormDef {
    /// `nrm_referral` or `debrief`.
    pub kind: &'static str,
    pub title: &'static str,
    pub steps: &'static [Step],
}

/// The most characters in a short answer and a long one.
pub const MAX_TEXT: usize = 500;
pub const MAX_LONG: usize = 20_000;

impl FormDef {
    pub fn by_kind(kind: &str) -> Option<&'static FormDef> {
        [&NRM_REFERRAL, &DEBRIEF]
            .into_iter()
            .find(|f| f.kind == kind)
    }

    pub fn step(&self, id: &str) -> Option<&'static Step> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The steps that apply to these answers, in order.
    pub fn applicable(&self, a: &Answers) -> Vec<&'static Step> {
        self.steps.iter().filter(|s| s.when.holds(a)).collect()
    }

    /// The step after `id` that applies, if any.
    pub fn next_after(&self, a: &Answers, id: &str) -> Option<&'static Step> {
        let i = self.steps.iter().position(|s| s.id == id)?;
        self.steps[i + 1..].iter().find(|s| s.when.holds(a))
    }

    /// The step before `id` that applies, if any.
    pub fn previous(&self, a: &Answers, id: &str) -> Option<&'static Step> {
        let i = self.steps.iter().position(|s| s.id == id)?;
        self.steps[..i].iter().rev().find(|s| s.when.holds(a))
    }

    /// Every rule broken on one step, each with its question id.
    pub fn check_step(&self, step: &Step, a: &Answers) -> Vec<ValidationError> {
        let mut errors = Vec::new();
        for q in step.questions {
            let values: Vec<&str> = a
                .get(q.id)
                .map(|v| {
                    v.iter()
                        .map(|s| s.trim())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            if values.is_empty() {
                if q.required {
                    let verb = match q.input {
                        Input::Radio | Input::Checkboxes => "choose an answer",
                        _ => "enter an answer",
                    };
                    errors.push(ValidationError::new(q.id, format!("{}: {verb}", q.label)));
                }
                continue;
            }
            for v in values {
                if let Some(e) = check_value(q, v) {
                    errors.push(ValidationError::new(q.id, format!("{}: {e}", q.label)));
                    break;
                }
            }
        }
        errors
    }

    /// The first step that applies and has an error, with its errors; `None` when complete.
    pub fn first_incomplete(&self, a: &Answers) -> Option<(&'static Step, Vec<ValidationError>)> {
        self.applicable(a).into_iter().find_map(|s| {
            let e = self.check_step(s, a);
            (!e.is_empty()).then_some((s, e))
        })
    }

    /// The answers with those of steps that no longer apply removed, and blanks dropped.
    pub fn clean(&self, a: &Answers) -> Answers {
        let mut out = Answers::new();
        for s in self.applicable(a) {
            for q in s.questions {
                if let Some(v) = a.get(q.id) {
                    let v: Vec<String> = v
                        .iter()
                        .map(|x| x.trim().to_string())
                        .filter(|x| !x.is_empty())
                        .collect();
                    if !v.is_empty() {
                        out.insert(q.id.to_string(), v);
                    }
                }
            }
        }
        out
    }

    /// The label of a choice, or the value itself.
    pub fn answer_label(&self, question: &str, value: &str) -> String {
        self.steps
            .iter()
            .flat_map(|s| s.questions.iter())
            .find(|q| q.id == question)
            .and_then(|q| q.options.iter().find(|(c, _)| *c == value))
            .map(|(_, l)| l.to_string())
            .unwrap_or_else(|| value.to_string())
    }
}

fn check_value(q: &Question, v: &str) -> Option<String> {
    let max = match q.input {
        Input::LongText => MAX_LONG,
        _ => MAX_TEXT,
    };
    let n = v.chars().count();
    if n > max {
        return Some(format!("is {n} characters long; the most allowed is {max}"));
    }
    if v.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Some("contains control characters".into());
    }
    match q.input {
        Input::Radio | Input::Checkboxes if !q.options.iter().any(|(c, _)| *c == v) => {
            Some(format!("'{v}' is not one of the choices"))
        }
        Input::Date if crate::records::partial_date(q.id, v).is_err() => Some(format!(
            "'{v}' is not a date as YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)"
        )),
        _ => None,
    }
}

const YES_NO: Choices = &[("yes", "Yes"), ("no", "No")];
const YES_NO_UNSURE: Choices = &[("yes", "Yes"), ("no", "No"), ("not_sure", "Not sure")];

/// The potential victim is, or may be, a child: now or when exploited.
const CHILD: When = When::Any(&[
    When::AnswerIn("under_18_now", &["yes", "not_sure"]),
    When::AnswerIn("under_18_at_exploitation", &["yes", "not_sure"]),
]);
const ADULT: When = When::Not(&CHILD);
const ADULT_REFUSES: When = When::All(&[ADULT, When::AnswerIn("consent", &["no"])]);
/// A referral to the NRM (not a Duty to Notify): every child, and adults who consent.
const NRM_PATH: When = When::Any(&[
    CHILD,
    When::All(&[ADULT, When::AnswerIn("consent", &["yes"])]),
]);

macro_rules! q {
    ($id:literal, $label:literal, $hint:literal, $input:ident, $req:literal) => {
        Question {
            id: $id,
            label: $label,
            hint: $hint,
            input: Input::$input,
            required: $req,
            options: &[],
        }
    };
    ($id:literal, $label:literal, $hint:literal, $input:ident, $req:literal, $opts:expr) => {
        Question {
            id: $id,
            label: $label,
            hint: $hint,
            input: Input::$input,
            required: $req,
            options: $opts,
        }
    };
}

/// The National Referral Mechanism referral, following the Home Office form's steps
/// (`shared/domain.md`), with its branches: children are referred without consent and the
/// local authority is told; an adult who consents is referred; an adult who refuses is
/// reported anonymously under the Duty to Notify, and no name or contact details are asked.
pub static NRM_REFERRAL: FormDef = FormDef {
    kind: "nrm_referral",
    title: "National Referral Mechanism referral",
    steps: &[
        Step { id: "responder", title: "First responder", intro: "Who is making the referral, and where.", when: When::Always, questions: &[
            q!("responder_organisation", "First responder organisation", "", Text, true),
            q!("responder_name", "Your name", "", Text, true),
            q!("responder_role", "Your role", "", Text, false),
            q!("responder_contact", "Your phone number or email", "The competent authority may contact you about the referral.", Text, true),
            q!("referral_location", "Where is the referral being made?", "", Radio, true, &[("england", "England"), ("wales", "Wales"), ("scotland", "Scotland"), ("northern_ireland", "Northern Ireland")]),
        ]},
        Step { id: "age", title: "Age", intro: "A child is anyone under 18. If you are not sure, treat them as a child: the referral goes ahead without consent and the local authority must be told.", when: When::Always, questions: &[
            q!("under_18_now", "Is the potential victim under 18 now?", "", Radio, true, YES_NO_UNSURE),
            q!("under_18_at_exploitation", "Were they under 18 when the exploitation happened?", "", Radio, true, YES_NO_UNSURE),
        ]},
        Step { id: "local_authority", title: "Local authority", intro: "This is, or may be, a child. Children are referred without needing consent, and the local authority's children's services must be told.", when: CHILD, questions: &[
            q!("local_authority", "Which local authority did you notify?", "For example: Birmingham Children's Trust.", Text, true),
            q!("local_authority_notified_on", "When did you notify them?", "YYYY-MM-DD", Date, true),
        ]},
        Step { id: "consent", title: "Consent", intro: "An adult must agree to be referred to the NRM. Explain what the NRM is and what support it gives. If they do not agree, you must still tell the Home Office anonymously (the Duty to Notify).", when: ADULT, questions: &[
            q!("consent", "Does the person consent to being referred to the NRM?", "", Radio, true, YES_NO),
        ]},
        Step { id: "background", title: "Background and how it started", intro: "", when: When::Always, questions: &[
            q!("background", "Their background", "Family, education, work, circumstances before the exploitation.", LongText, false),
            q!("how_it_started", "When and how did the exploitation start?", "", LongText, true),
            q!("taken_somewhere", "Were they taken somewhere, and how?", "", LongText, false),
        ]},
        Step { id: "exploitation", title: "The exploitation", intro: "", when: When::Always, questions: &[
            q!("exploitation_types", "What were they made to do?", "Choose all that apply.", Checkboxes, true, &[
                ("forced_to_work_for_nothing", "Forced to work for nothing"),
                ("wages_taken", "Wages taken"),
                ("forced_to_commit_fraud", "Forced to commit fraud"),
                ("forced_prostitution", "Forced prostitution"),
                ("child_sexual_exploitation", "Child sexual exploitation"),
                ("taken_and_sexually_assaulted", "Taken somewhere and sexually assaulted"),
                ("forced_criminality", "Forced to commit crime (cannabis cultivation, drug dealing, begging, county lines)"),
                ("organs_removed", "Organs removed"),
                ("domestic_servitude", "Unpaid household work (domestic servitude)"),
                ("other", "Other"),
            ]),
            q!("treatment", "How were they treated?", "", LongText, true),
            q!("how_they_left", "How did they leave the situation?", "", LongText, false),
            q!("why_now", "When was their first chance to report, and why now?", "", LongText, false),
            q!("where_exploited", "Where did the exploitation happen?", "UK towns or cities, and any countries overseas.", LongText, true),
            q!("current_location", "Where are they now?", "A town or area, not an address.", Text, false),
        ]},
        Step { id: "exploiters", title: "Who exploited them", intro: "", when: When::Always, questions: &[
            q!("exploiters", "Who exploited them?", "Names, nicknames, languages, tattoos, where they live or work.", LongText, false),
            q!("other_victims", "Are there other potential victims?", "", LongText, false),
        ]},
        Step { id: "police", title: "Police", intro: "", when: When::Always, questions: &[
            q!("reported_to_police", "Has this been reported to the police?", "", Radio, true, YES_NO),
            q!("crime_reference", "Crime reference number", "", Text, false),
            q!("police_force", "Which police force?", "", Text, false),
        ]},
        Step { id: "about", title: "About the potential victim", intro: "", when: NRM_PATH, questions: &[
            q!("given_name", "Given name", "", Text, true),
            q!("family_name", "Family name", "", Text, true),
            q!("date_of_birth", "Date of birth", "YYYY-MM-DD; YYYY-MM or YYYY if that is all they know.", Date, false),
            q!("gender", "Gender", "", Radio, true, &[("female", "Female"), ("male", "Male"), ("other", "Does not identify as male or female")]),
            q!("nationalities", "Nationalities", "", Text, true),
            q!("dependants", "Do they have children or other dependants with them?", "", LongText, false),
            q!("interpreter_language", "Do they need an interpreter? In which language?", "Leave empty if not.", Text, false),
            q!("home_office_reference", "Home Office reference", "If they have one.", Text, false),
        ]},
        Step { id: "contact", title: "Contact and support", intro: "How the competent authority and support services can contact them safely.", when: NRM_PATH, questions: &[
            q!("safe_contact", "How can they be contacted safely?", "Choose all that are safe.", Checkboxes, true, &[("email", "Email"), ("post", "Post"), ("phone", "Phone"), ("via_first_responder", "Only through the first responder")]),
            q!("contact_details", "Safe contact details", "Email, address or phone number for the ways chosen above.", LongText, false),
            q!("contact_warnings", "Anything contacts must avoid", "For example: not safe to write to them at this address.", LongText, false),
            q!("support_needs", "What support do they need?", "Accommodation, medical, legal, interpreter…", LongText, false),
            q!("support_referral", "Refer them for support now?", "", Radio, true, &[("victim_care", "Yes, to the victim care provider"), ("la_safeguarding", "Yes, to local authority safeguarding"), ("none", "No")]),
            q!("cooperating_with_police", "Are they willing to co-operate with the police?", "", Radio, false, YES_NO_UNSURE),
        ]},
        Step { id: "duty_to_notify", title: "Duty to Notify", intro: "The person has not agreed to be referred. Tell the Home Office anonymously: do not give their name or contact details.", when: ADULT_REFUSES, questions: &[
            q!("dtn_gender", "Gender", "", Radio, false, &[("female", "Female"), ("male", "Male"), ("other", "Does not identify as male or female")]),
            q!("dtn_nationality", "Nationality", "", Text, false),
            q!("dtn_age_band", "Approximate age", "", Radio, false, &[("18-20", "18 to 20"), ("21-29", "21 to 29"), ("30-39", "30 to 39"), ("40-49", "40 to 49"), ("50+", "50 or over"), ("unknown", "Not known")]),
            q!("dtn_reason", "Why did they not consent? (if they said)", "", LongText, false),
        ]},
    ],
};

const RECRUITMENT: Choices = &[
    ("Abduction", "Abduction"),
    ("EducationalFacility", "Educational facility"),
    ("Familial", "Family"),
    ("Internet", "Internet"),
    (
        "InternationalMarriageBroker",
        "International marriage broker",
    ),
    (
        "IntimatePartnerOrMarriageProposition",
        "Intimate partner or marriage proposal",
    ),
    ("JobOffer", "Job offer"),
    ("PosingAsBenefactor", "Someone posing as a benefactor"),
    ("PublicArea", "Public area"),
    ("OfferOfAccommodation", "Offer of accommodation"),
    ("Shelter", "Shelter"),
    ("SmugglingOrRansom", "Smuggling or ransom"),
    ("Work", "At work"),
    ("Other", "Other"),
    ("Unknown", "Unknown"),
];

/// The national victim debrief: the context of the crime in the victim's own words and in
/// structured fields (HTCDS values), saved and resumable.
pub static DEBRIEF: FormDef = FormDef {
    kind: "debrief",
    title: "Victim debrief",
    steps: &[
        Step {
            id: "recruitment",
            title: "Recruitment",
            intro: "How they were recruited.",
            when: When::Always,
            questions: &[
                q!(
                    "recruitment_method",
                    "Method of recruitment",
                    "",
                    Radio,
                    true,
                    RECRUITMENT
                ),
                q!(
                    "recruitment_place",
                    "Where were they recruited?",
                    "Town or city and country.",
                    Text,
                    false
                ),
                q!(
                    "recruitment_date",
                    "When?",
                    "YYYY-MM-DD, YYYY-MM or YYYY.",
                    Date,
                    false
                ),
                q!(
                    "recruiter_relation",
                    "Who recruited them?",
                    "",
                    Radio,
                    false,
                    &[
                        ("IntimatePartner", "Intimate partner"),
                        ("Friend", "Friend"),
                        ("Family", "Family"),
                        ("Other", "Someone else"),
                        ("Unknown", "Unknown")
                    ]
                ),
            ],
        },
        Step {
            id: "travel",
            title: "Travel and transit",
            intro: "",
            when: When::Always,
            questions: &[
                q!(
                    "travel_route",
                    "Route",
                    "Places they passed through, in order.",
                    LongText,
                    false
                ),
                q!(
                    "travel_date",
                    "When did they travel?",
                    "YYYY-MM-DD, YYYY-MM or YYYY.",
                    Date,
                    false
                ),
                q!(
                    "travel_documents",
                    "Documents used",
                    "Their own passport, false documents, none…",
                    Text,
                    false
                ),
                q!(
                    "travel_arranged_by",
                    "Who arranged the travel?",
                    "",
                    Text,
                    false
                ),
                q!("travel_paid_by", "Who paid for it?", "", Text, false),
            ],
        },
        Step {
            id: "exploitation",
            title: "Exploitation",
            intro: "",
            when: When::Always,
            questions: &[
                q!(
                    "exploitation_places",
                    "Where were they exploited?",
                    "Addresses or descriptions of places.",
                    LongText,
                    true
                ),
                q!(
                    "exploitation_start",
                    "When did the exploitation start?",
                    "YYYY-MM-DD, YYYY-MM or YYYY.",
                    Date,
                    false
                ),
                q!(
                    "sector",
                    "Sector",
                    "",
                    Radio,
                    false,
                    &[
                        ("Agriculture", "Agriculture"),
                        ("Construction", "Construction"),
                        ("DomesticWork", "Domestic work"),
                        ("Hospitality", "Hospitality"),
                        ("Manufacturing", "Manufacturing and factories"),
                        ("CarWash", "Car wash"),
                        ("NailBar", "Nail bar"),
                        (
                            "IllicitActivities",
                            "Illicit activities (cannabis, drugs, county lines)"
                        ),
                        ("Begging", "Begging"),
                        ("Prostitution", "Sexual exploitation"),
                        ("Other", "Other"),
                    ]
                ),
                q!(
                    "hours",
                    "Hours worked",
                    "For example: 7am to 10pm, 7 days a week.",
                    Text,
                    false
                ),
                q!(
                    "pay",
                    "Pay",
                    "What they were promised and what they got.",
                    Text,
                    false
                ),
                q!(
                    "accommodation",
                    "Accommodation",
                    "Where they slept, with whom, who controlled it.",
                    LongText,
                    false
                ),
            ],
        },
        Step {
            id: "control",
            title: "Means of control",
            intro: "",
            when: When::Always,
            questions: &[q!(
                "control",
                "How were they controlled?",
                "Choose all that apply.",
                Checkboxes,
                false,
                &[
                    ("DebtBondage", "Debt bondage"),
                    ("TakesEarnings", "Takes earnings"),
                    ("RestrictsFinancialAccess", "Restricts access to money"),
                    ("Threats", "Threats"),
                    ("PsychologicalAbuse", "Psychological abuse"),
                    ("PhysicalAbuse", "Physical abuse"),
                    ("SexualAbuse", "Sexual abuse"),
                    ("FalsePromises", "False promises"),
                    ("PsychoactiveSubstances", "Drugs or alcohol"),
                    ("RestrictsMovement", "Restricts movement"),
                    ("RestrictsMedicalCare", "Restricts medical care"),
                    ("ExcessiveWorkingHours", "Excessive working hours"),
                    ("UsesChildren", "Uses children"),
                    ("ThreatOfLawEnforcement", "Threat of police or immigration"),
                    ("WithholdsNecessities", "Withholds necessities"),
                    ("WithholdsDocuments", "Withholds documents"),
                    ("Other", "Other"),
                ]
            )],
        },
        Step {
            id: "vulnerabilities",
            title: "Vulnerabilities",
            intro: "",
            when: When::Always,
            questions: &[q!(
                "vulnerabilities",
                "Vulnerabilities",
                "Choose all that apply.",
                Checkboxes,
                false,
                &[
                    ("Addiction", "Addiction"),
                    ("Caste", "Caste"),
                    ("Discrimination", "Discrimination"),
                    ("Poverty", "Poverty"),
                    ("Disability", "Disability"),
                    ("MentalHealth", "Mental health"),
                    ("Migration", "Migration status"),
                    ("Homelessness", "Homelessness"),
                    ("Abuse", "Previous abuse"),
                    ("Education", "Education"),
                    ("WorkEnvironment", "Work environment"),
                ]
            )],
        },
        Step {
            id: "others",
            title: "Other people",
            intro: "",
            when: When::Always,
            questions: &[
                q!("other_victims", "Other victims named", "", LongText, false),
                q!(
                    "offenders",
                    "Offenders named",
                    "Names, nicknames, roles, phone numbers, vehicles.",
                    LongText,
                    false
                ),
            ],
        },
        Step {
            id: "account",
            title: "Their account",
            intro: "Write down what they said, in their words as far as possible.",
            when: When::Always,
            questions: &[q!("account", "The victim's account", "", LongText, true)],
        },
        Step {
            id: "consent",
            title: "Consent and safe contact",
            intro: "",
            when: When::Always,
            questions: &[
                q!(
                    "consent_to_share",
                    "Do they consent to this information being shared with partner agencies?",
                    "",
                    Radio,
                    true,
                    YES_NO
                ),
                q!(
                    "safe_contact",
                    "Safe ways to contact them",
                    "",
                    Checkboxes,
                    false,
                    &[
                        ("phone", "Phone"),
                        ("email", "Email"),
                        ("post", "Post"),
                        ("via_caseworker", "Only through their caseworker")
                    ]
                ),
                q!(
                    "contact_warnings",
                    "Anything contacts must avoid",
                    "For example: not safe to write to them at this address.",
                    LongText,
                    false
                ),
            ],
        },
    ],
};

/// What an NRM referral form becomes: a referral to the NRM, or an anonymous Duty to Notify.
pub fn nrm_route(a: &Answers) -> &'static str {
    if CHILD.holds(a) {
        "nrm_child"
    } else if When::AnswerIn("consent", &["yes"]).holds(a) {
        "nrm_adult"
    } else if When::AnswerIn("consent", &["no"]).holds(a) {
        "duty_to_notify"
    } else {
        "undecided"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        let mut a = Answers::new();
        for (k, v) in pairs {
            a.entry(k.to_string()).or_default().push(v.to_string());
        }
        a
    }

    fn ids(steps: Vec<&Step>) -> Vec<&str> {
        steps.into_iter().map(|s| s.id).collect()
    }

    #[test]
    fn a_child_skips_consent_and_the_local_authority_is_asked() {
        let a = answers(&[("under_18_now", "yes"), ("under_18_at_exploitation", "yes")]);
        let steps = ids(NRM_REFERRAL.applicable(&a));
        assert!(steps.contains(&"local_authority"));
        assert!(!steps.contains(&"consent"));
        assert!(steps.contains(&"about"));
        assert!(!steps.contains(&"duty_to_notify"));
        assert_eq!(nrm_route(&a), "nrm_child");
    }

    #[test]
    fn unknown_age_is_treated_as_a_child() {
        let a = answers(&[
            ("under_18_now", "not_sure"),
            ("under_18_at_exploitation", "no"),
        ]);
        assert_eq!(nrm_route(&a), "nrm_child");
    }

    #[test]
    fn an_adult_who_refuses_gives_a_duty_to_notify_with_no_name() {
        let mut a = answers(&[
            ("under_18_now", "no"),
            ("under_18_at_exploitation", "no"),
            ("consent", "yes"),
            ("given_name", "Ana"),
            ("family_name", "Pop"),
        ]);
        assert!(ids(NRM_REFERRAL.applicable(&a)).contains(&"about"));
        a.insert("consent".into(), vec!["no".into()]);
        let steps = ids(NRM_REFERRAL.applicable(&a));
        assert!(steps.contains(&"duty_to_notify") && !steps.contains(&"about"));
        let kept = NRM_REFERRAL.clean(&a);
        assert!(!kept.contains_key("given_name") && !kept.contains_key("family_name"));
        assert_eq!(nrm_route(&a), "duty_to_notify");
    }

    #[test]
    fn steps_check_required_choices_dates_and_lengths() {
        let step = NRM_REFERRAL.step("local_authority").unwrap();
        let e = NRM_REFERRAL.check_step(
            step,
            &answers(&[("local_authority_notified_on", "31/12/2026")]),
        );
        let fields: Vec<&str> = e.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["local_authority", "local_authority_notified_on"]);
        let step = NRM_REFERRAL.step("age").unwrap();
        let e = NRM_REFERRAL.check_step(
            step,
            &answers(&[
                ("under_18_now", "maybe"),
                ("under_18_at_exploitation", "no"),
            ]),
        );
        assert!(e[0].message.contains("not one of the choices"));
        let step = DEBRIEF.step("account").unwrap();
        let long = "x".repeat(MAX_LONG + 1);
        let e = DEBRIEF.check_step(step, &answers(&[("account", &long)]));
        assert!(e[0].message.contains("20001"));
    }

    #[test]
    fn navigation_skips_steps_that_do_not_apply() {
        let a = answers(&[("under_18_now", "no"), ("under_18_at_exploitation", "no")]);
        assert_eq!(NRM_REFERRAL.next_after(&a, "age").unwrap().id, "consent");
        let a = answers(&[("under_18_now", "yes")]);
        assert_eq!(
            NRM_REFERRAL.next_after(&a, "age").unwrap().id,
            "local_authority"
        );
        assert_eq!(
            NRM_REFERRAL.next_after(&a, "local_authority").unwrap().id,
            "background"
        );
        assert_eq!(
            NRM_REFERRAL.previous(&a, "background").unwrap().id,
            "local_authority"
        );
    }

    #[test]
    fn every_question_id_is_unique_within_its_form() {
        for f in [&NRM_REFERRAL, &DEBRIEF] {
            let mut seen = std::collections::BTreeSet::new();
            for q in f.steps.iter().flat_map(|s| s.questions.iter()) {
                assert!(seen.insert(q.id), "{} repeats {}", f.kind, q.id);
                assert_eq!(
                    matches!(q.input, Input::Radio | Input::Checkboxes),
                    !q.options.is_empty(),
                    "{}: choices only for choice questions",
                    q.id
                );
            }
        }
    }
}

/// A guided form as stored: a draft being filled in, or submitted.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct GuidedForm {
    pub id: uuid::Uuid,
    pub kind: String,
    /// e.g. `NRM-2026-00003` or `DB-2026-00001`.
    pub reference: String,
    /// `draft` or `submitted`.
    pub status: String,
    pub answers: Answers,
    /// The last step saved, to resume from.
    pub step: String,
    pub person_id: Option<uuid::Uuid>,
    pub case_id: Option<uuid::Uuid>,
    /// For NRM referrals: `nrm_child`, `nrm_adult` or `duty_to_notify` once submitted.
    pub route: Option<String>,
    pub markings: crate::Markings,
    pub provenance: crate::Provenance,
    pub submitted_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl GuidedForm {
    pub fn def(&self) -> Option<&'static FormDef> {
        FormDef::by_kind(&self.kind)
    }
    /// The first answer to a question, or "".
    pub fn answer(&self, q: &str) -> &str {
        self.answers
            .get(q)
            .and_then(|v| v.first())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// A competent authority decision on an NRM referral.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct NrmDecision {
    pub form_id: uuid::Uuid,
    /// `reasonable_grounds` or `conclusive_grounds`.
    pub stage: String,
    /// `positive` or `negative`.
    pub decision: String,
    pub decided_on: chrono::NaiveDate,
    pub recorded_by: uuid::Uuid,
    pub recorded_at: chrono::DateTime<chrono::Utc>,
}

/// A step of a person's journey: recruitment, transit or exploitation, with when and where.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct TraffickingEvent {
    pub id: uuid::Uuid,
    pub person_id: uuid::Uuid,
    pub case_id: Option<uuid::Uuid>,
    pub form_id: Option<uuid::Uuid>,
    /// `Recruitment`, `Transit` or `Exploitation` (HTCDS).
    pub kind: String,
    /// A partial date: YYYY, YYYY-MM or YYYY-MM-DD.
    pub date: Option<String>,
    pub place: String,
    pub description: String,
    pub markings: crate::Markings,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// A trafficking event to write with a submitted debrief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    pub kind: String,
    pub date: Option<String>,
    pub place: String,
    pub description: String,
}

/// What submitting a complete form produces: an NRM referral's route, and a debrief's
/// trafficking events.
pub fn submission(def: &FormDef, a: &Answers) -> (Option<String>, Vec<NewEvent>) {
    if def.kind == NRM_REFERRAL.kind {
        return (Some(nrm_route(a).to_string()), vec![]);
    }
    let events = debrief_events(a)
        .into_iter()
        .map(|(kind, date, place, description)| NewEvent {
            kind: kind.into(),
            date,
            place,
            description,
        })
        .collect();
    (None, events)
}

/// The trafficking events a submitted debrief describes.
pub fn debrief_events(a: &Answers) -> Vec<(&'static str, Option<String>, String, String)> {
    let one = |q: &str| {
        a.get(q)
            .and_then(|v| v.first())
            .cloned()
            .filter(|s| !s.is_empty())
    };
    let mut out = Vec::new();
    if one("recruitment_place").is_some() || one("recruitment_date").is_some() {
        out.push((
            "Recruitment",
            one("recruitment_date"),
            one("recruitment_place").unwrap_or_default(),
            one("recruitment_method")
                .map(|m| {
                    format!(
                        "Recruited: {}",
                        DEBRIEF.answer_label("recruitment_method", &m)
                    )
                })
                .unwrap_or_default(),
        ));
    }
    if one("travel_route").is_some() || one("travel_date").is_some() {
        out.push((
            "Transit",
            one("travel_date"),
            one("travel_route").unwrap_or_default(),
            one("travel_arranged_by")
                .map(|w| format!("Arranged by {w}"))
                .unwrap_or_default(),
        ));
    }
    if let Some(places) = one("exploitation_places") {
        out.push((
            "Exploitation",
            one("exploitation_start"),
            places,
            one("sector")
                .map(|s| DEBRIEF.answer_label("sector", &s))
                .unwrap_or_default(),
        ));
    }
    out
}

/// A referral for support made from a submitted NRM referral.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SupportReferral {
    pub id: uuid::Uuid,
    pub form_id: uuid::Uuid,
    /// `victim_care` (the victim care provider) or `la_safeguarding`.
    pub provider: String,
    pub created_by: uuid::Uuid,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Whether a support referral to `provider` honours what the referral records: never for a
/// Duty to Notify (no consent), only to the provider the victim agreed to, and for a child
/// local authority safeguarding is always allowed. `Err` says why not, in words.
pub fn support_allowed(form: &GuidedForm, provider: &str) -> Result<(), &'static str> {
    if !matches!(provider, "victim_care" | "la_safeguarding") {
        return Err("support goes to the victim care provider or local authority safeguarding");
    }
    if form.kind != NRM_REFERRAL.kind || form.status != "submitted" {
        return Err("support referrals are made from a submitted NRM referral");
    }
    match form.route.as_deref() {
        Some("duty_to_notify") | None => {
            Err("the person did not consent to a referral, so no support referral can be made")
        }
        Some("nrm_child") if provider == "la_safeguarding" => Ok(()),
        _ if form.answer("support_referral") == provider => Ok(()),
        _ => Err("the person agreed to support from another provider, or to none"),
    }
}

#[cfg(test)]
mod support_tests {
    use super::*;

    fn form(route: &str, wanted: &str) -> GuidedForm {
        let mut answers = Answers::new();
        answers.insert("support_referral".into(), vec![wanted.into()]);
        GuidedForm {
            id: uuid::Uuid::nil(),
            kind: "nrm_referral".into(),
            reference: "NRM-1".into(),
            status: "submitted".into(),
            answers,
            step: "contact".into(),
            person_id: None,
            case_id: None,
            route: Some(route.into()),
            markings: crate::Markings {
                classification: crate::Classification::OfficialSensitive,
                handling_code: crate::HandlingCode::P,
                handling_conditions: None,
                owner_org: uuid::Uuid::nil(),
                case_team: None,
            },
            provenance: crate::Provenance::new(chrono::Utc::now(), uuid::Uuid::nil()),
            submitted_at: None,
        }
    }

    #[test]
    fn support_follows_consent_and_the_victims_choice() {
        assert!(support_allowed(&form("nrm_adult", "victim_care"), "victim_care").is_ok());
        assert!(support_allowed(&form("nrm_adult", "none"), "victim_care").is_err());
        assert!(support_allowed(&form("nrm_adult", "victim_care"), "la_safeguarding").is_err());
        assert!(support_allowed(&form("duty_to_notify", "victim_care"), "victim_care").is_err());
        assert!(support_allowed(&form("nrm_child", "none"), "la_safeguarding").is_ok());
    }
}
