//! Markings on records and the one function that decides who may do what with them.
//!
//! Every read, list, create and update of a marked record, from the web UI, the JSON API
//! or the CLI, is decided by [`decide`]. Nothing else grants access.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::vocab::{Classification, HandlingCode, Role};
use crate::ValidationError;

/// The protective markings every personal-data record carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Markings {
    pub classification: Classification,
    pub handling_code: HandlingCode,
    /// The conditions of a C handling code, in words. Required for C, absent for P.
    pub handling_conditions: Option<String>,
    /// The organisation that owns (and answers for) the record.
    pub owner_org: Uuid,
    /// When set, only members of this case team may see or change the record.
    pub case_team: Option<Uuid>,
}

impl Markings {
    /// Checks the rules that hold within a set of markings.
    pub fn validate(&self) -> Result<(), ValidationError> {
        let conditions = self
            .handling_conditions
            .as_deref()
            .map(str::trim)
            .unwrap_or("");
        match self.handling_code {
            HandlingCode::C if conditions.is_empty() => Err(ValidationError::new(
                "handling_conditions",
                "handling code C needs the conditions of dissemination stated",
            )),
            HandlingCode::P if !conditions.is_empty() => Err(ValidationError::new(
                "handling_conditions",
                "handling code P carries no conditions; use C to state conditions",
            )),
            _ => Ok(()),
        }
    }
}

/// Who is acting: the signed-in user (or API token or CLI operator) as the policy sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub user_id: Uuid,
    pub username: String,
    pub role: Role,
    pub org_id: Uuid,
    /// Case teams the user belongs to.
    pub teams: Vec<Uuid>,
}

/// What the actor wants to do with a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    Read,
    Create,
    Update,
}

impl Action {
    pub const ALL: [Action; 3] = [Action::Read, Action::Create, Action::Update];
    pub fn code(self) -> &'static str {
        match self {
            Action::Read => "read",
            Action::Create => "create",
            Action::Update => "update",
        }
    }
}

/// The policy's answer, with the reason for a refusal in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Allow,
    Deny(&'static str),
}

impl Decision {
    pub fn allowed(&self) -> bool {
        matches!(self, Decision::Allow)
    }
}

/// Roles that work with operational (personal) data at all.
fn operational(role: Role) -> bool {
    !matches!(role, Role::Trainer | Role::Learner)
}

/// Whether the actor may send a public report to another organisation's triage queue:
/// national analysts, who hold the reports that matched no force, and whoever may change
/// the report (its own force's analysts and investigators).
pub fn may_reroute(actor: &Actor, markings: &Markings) -> bool {
    (actor.role == Role::NationalAnalyst && decide(actor, markings, Action::Read).allowed())
        || decide(actor, markings, Action::Update).allowed()
}

/// Who may see the strategic picture: counts over every force's cases, never a record.
/// National analysts build the national picture; force analysts their force's and the
/// national one. Small counts are suppressed when shown (see `sightline-stats`).
pub fn may_see_picture(actor: &Actor) -> bool {
    matches!(actor.role, Role::NationalAnalyst | Role::ForceAnalyst)
}

/// Whether a role may import files of records (and roll its organisation's imports back):
/// the roles that create operational records. Administrators only read; trainers and
/// learners see no operational records. Each imported row is still decided by [`decide`].
pub fn may_import(role: Role) -> bool {
    operational(role) && role != Role::Admin
}

/// The access policy. One function, every role, every marking, every action.
///
/// - Trainers and learners never see operational records.
/// - A record with a case team is visible only to that team's members, whichever
///   organisation they are from (partnership working on shared cases); members who work
///   cases (not administrators) may create and change it.
/// - Otherwise the owning organisation's operational staff may read it; its analysts,
///   investigators and caseworkers may create and change it (administrators only read).
/// - National analysts may read every organisation's records that have no case team.
/// - Police analysts and investigators of another organisation may read a record that is
///   OFFICIAL and handling code P (may be disseminated); nothing more.
/// - Outside a case team, nobody changes a record that another organisation owns.
pub fn decide(actor: &Actor, markings: &Markings, action: Action) -> Decision {
    if !operational(actor.role) {
        return Decision::Deny("your role does not give access to operational records");
    }
    let own_org = actor.org_id == markings.owner_org;
    let writer = !matches!(actor.role, Role::Admin);
    if let Some(team) = markings.case_team {
        if !actor.teams.contains(&team) {
            return Decision::Deny(
                "the record is restricted to a case team you are not a member of",
            );
        }
        return match action {
            Action::Read => Decision::Allow,
            Action::Create | Action::Update if writer => Decision::Allow,
            _ => Decision::Deny("administrators cannot create or change case records"),
        };
    }
    match action {
        Action::Read => {
            if own_org || actor.role == Role::NationalAnalyst {
                return Decision::Allow;
            }
            let police_reader = matches!(actor.role, Role::ForceAnalyst | Role::Investigator);
            if police_reader
                && markings.classification == Classification::Official
                && markings.handling_code == HandlingCode::P
            {
                return Decision::Allow;
            }
            Decision::Deny(
                "the record belongs to another organisation and is not marked for sharing with you",
            )
        }
        Action::Create | Action::Update => {
            if !own_org {
                return Decision::Deny(
                    "records can only be created or changed by the organisation that owns them",
                );
            }
            if !writer {
                return Decision::Deny("administrators cannot create or change case records");
            }
            Decision::Allow
        }
    }
}

#[cfg(test)]
mod tests {
    //! The table: every role × marking shape × action, written out by hand so that the
    //! policy is checked against the rule as stated, not against itself.
    use super::*;

    const OWN: u128 = 1;
    const OTHER: u128 = 2;
    const MY_TEAM: u128 = 10;
    const OTHER_TEAM: u128 = 11;

    /// Marking shapes, in the column order of the table below.
    fn markings() -> Vec<(&'static str, Markings)> {
        let m = |org: u128, class, code, team: Option<u128>| Markings {
            classification: class,
            handling_code: code,
            handling_conditions: (code == HandlingCode::C).then(|| "not to leave the force".into()),
            owner_org: Uuid::from_u128(org),
            case_team: team.map(Uuid::from_u128),
        };
        use Classification::*;
        use HandlingCode::*;
        vec![
            ("own O P", m(OWN, Official, P, None)),
            ("own OS C", m(OWN, OfficialSensitive, C, None)),
            ("other O P", m(OTHER, Official, P, None)),
            ("other O C", m(OTHER, Official, C, None)),
            ("other OS P", m(OTHER, OfficialSensitive, P, None)),
            ("own, my team", m(OWN, OfficialSensitive, P, Some(MY_TEAM))),
            ("own, other team", m(OWN, Official, P, Some(OTHER_TEAM))),
            (
                "other, my team",
                m(OTHER, OfficialSensitive, C, Some(MY_TEAM)),
            ),
            ("other, other team", m(OTHER, Official, P, Some(OTHER_TEAM))),
        ]
    }

    #[test]
    fn only_roles_that_create_records_import() {
        for role in Role::ALL {
            let creates = matches!(
                role,
                Role::NationalAnalyst
                    | Role::ForceAnalyst
                    | Role::Investigator
                    | Role::PartnerCaseworker
            );
            assert_eq!(may_import(*role), creates, "{role:?}");
        }
    }

    /// One row per role and action; one letter per marking shape: Y allowed, n denied.
    const TABLE: &[(Role, Action, &str)] = &[
        (Role::Admin, Action::Read, "YYnnnYnYn"),
        (Role::Admin, Action::Create, "nnnnnnnnn"),
        (Role::Admin, Action::Update, "nnnnnnnnn"),
        (Role::NationalAnalyst, Action::Read, "YYYYYYnYn"),
        (Role::NationalAnalyst, Action::Create, "YYnnnYnYn"),
        (Role::NationalAnalyst, Action::Update, "YYnnnYnYn"),
        (Role::ForceAnalyst, Action::Read, "YYYnnYnYn"),
        (Role::ForceAnalyst, Action::Create, "YYnnnYnYn"),
        (Role::ForceAnalyst, Action::Update, "YYnnnYnYn"),
        (Role::Investigator, Action::Read, "YYYnnYnYn"),
        (Role::Investigator, Action::Create, "YYnnnYnYn"),
        (Role::Investigator, Action::Update, "YYnnnYnYn"),
        (Role::PartnerCaseworker, Action::Read, "YYnnnYnYn"),
        (Role::PartnerCaseworker, Action::Create, "YYnnnYnYn"),
        (Role::PartnerCaseworker, Action::Update, "YYnnnYnYn"),
        (Role::Trainer, Action::Read, "nnnnnnnnn"),
        (Role::Trainer, Action::Create, "nnnnnnnnn"),
        (Role::Trainer, Action::Update, "nnnnnnnnn"),
        (Role::Learner, Action::Read, "nnnnnnnnn"),
        (Role::Learner, Action::Create, "nnnnnnnnn"),
        (Role::Learner, Action::Update, "nnnnnnnnn"),
    ];

    #[test]
    fn every_role_marking_and_action_is_decided_as_the_table_says() {
        let shapes = markings();
        let mut covered = 0;
        for role in Role::ALL {
            for action in Action::ALL {
                let row = TABLE
                    .iter()
                    .find(|(r, a, _)| r == role && *a == action)
                    .unwrap_or_else(|| panic!("table has no row for {role:?} {action:?}"));
                assert_eq!(row.2.len(), shapes.len());
                let actor = Actor {
                    user_id: Uuid::from_u128(100),
                    username: "u".into(),
                    role: *role,
                    org_id: Uuid::from_u128(OWN),
                    teams: vec![Uuid::from_u128(MY_TEAM)],
                };
                for ((name, m), expect) in shapes.iter().zip(row.2.chars()) {
                    let got = decide(&actor, m, action);
                    assert_eq!(
                        got.allowed(),
                        expect == 'Y',
                        "{role:?} {action:?} on {name}: got {got:?}"
                    );
                    covered += 1;
                }
            }
        }
        assert_eq!(covered, Role::ALL.len() * Action::ALL.len() * shapes.len());
    }

    #[test]
    fn handling_code_c_needs_conditions_and_p_has_none() {
        let mut m = markings()[0].1.clone();
        m.handling_code = HandlingCode::C;
        m.handling_conditions = Some("  ".into());
        assert_eq!(m.validate().unwrap_err().field, "handling_conditions");
        m.handling_conditions = Some("only to the SOCU".into());
        assert!(m.validate().is_ok());
        m.handling_code = HandlingCode::P;
        assert!(m.validate().is_err());
    }
}
