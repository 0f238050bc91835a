//! Closed vocabularies (taxonomies) with a stable code, a label for people and parsing.
//!
//! Codes are what is stored and exchanged; where a published standard (HTCDS) names a
//! value, the code keeps that standard's spelling so exports line up with it.

use serde::{Deserialize, Serialize};

/// Declares a closed vocabulary: an enum with `code()`, `label()`, `ALL` and `FromStr`.
macro_rules! vocab {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $code)] $variant,)+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];
            /// The stable code that is stored and exchanged.
            pub fn code(self) -> &'static str { match self { $($name::$variant => $code,)+ } }
            /// The label shown to people.
            pub fn label(self) -> &'static str { match self { $($name::$variant => $label,)+ } }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str(self.code()) }
        }

        impl std::str::FromStr for $name {
            type Err = crate::ValidationError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let t = s.trim();
                $name::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code().eq_ignore_ascii_case(t) || v.label().eq_ignore_ascii_case(t))
                    .ok_or_else(|| crate::ValidationError::new(
                        stringify!($name),
                        format!(
                            "'{}' is not one of: {}",
                            t,
                            $name::ALL.iter().map(|v| v.code()).collect::<Vec<_>>().join(", ")
                        ),
                    ))
            }
        }
    };
}

vocab! {
    /// What a user may do is decided by their role and the record's markings.
    Role {
        Admin => "admin", "Administrator";
        NationalAnalyst => "national_analyst", "National analyst";
        ForceAnalyst => "force_analyst", "Force analyst";
        Investigator => "investigator", "Investigator";
        PartnerCaseworker => "partner_caseworker", "Partner caseworker";
        Trainer => "trainer", "Trainer";
        Learner => "learner", "Learner";
    }
}

vocab! {
    /// Organisation types: HTCDS's list plus a police force.
    OrgType {
        PoliceForce => "PoliceForce", "Police force";
        LawEnforcement => "LawEnforcement", "Law enforcement agency";
        Ngo => "NGO", "Non-governmental organisation";
        HealthServiceOrganisation => "HealthServiceOrganisation", "Health service organisation";
        CentralGovernmentOrganisation => "CentralGovernmentOrganisation", "Central government organisation";
        LocalGovernmentOrganisation => "LocalGovernmentOrganisation", "Local government organisation";
        ImmigrationService => "ImmigrationService", "Immigration service";
        LegalService => "LegalService", "Legal service";
        CorporateBusiness => "CorporateBusiness", "Corporate business";
    }
}

vocab! {
    /// Person gender as HTCDS records it.
    Gender {
        Female => "Female", "Female";
        Male => "Male", "Male";
        TransgenderNonConforming => "Transgender/NonConforming", "Transgender or non-conforming";
        Unknown => "Unknown", "Unknown";
    }
}

vocab! {
    /// Case status (HTCDS).
    CaseStatus {
        Active => "Active", "Active";
        FollowUp => "FollowUp", "Follow-up";
        Closed => "Closed", "Closed";
        ClosedReferred => "ClosedReferred", "Closed and referred";
    }
}

vocab! {
    /// Top-level exploitation types as the NRM statistics count them.
    ExploitationType {
        Labour => "labour", "Labour exploitation";
        Sexual => "sexual", "Sexual exploitation";
        Criminal => "criminal", "Criminal exploitation (incl. county lines)";
        DomesticServitude => "domestic_servitude", "Domestic servitude";
        OrganHarvesting => "organ_harvesting", "Organ harvesting";
        Unknown => "unknown", "Not specified or unknown";
    }
}

vocab! {
    /// Government Security Classification of a record.
    Classification {
        Official => "OFFICIAL", "OFFICIAL";
        OfficialSensitive => "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE";
    }
}

vocab! {
    /// 3x5x2 handling code: P may be disseminated; C only with the conditions stated.
    HandlingCode {
        P => "P", "P: may be disseminated for a lawful purpose";
        C => "C", "C: may be disseminated with conditions";
    }
}

vocab! {
    /// 3x5x2 source evaluation.
    SourceEvaluation {
        Reliable => "1", "1: Reliable";
        Untested => "2", "2: Untested";
        NotReliable => "3", "3: Not reliable";
    }
}

vocab! {
    /// 3x5x2 intelligence assessment.
    IntelAssessment {
        A => "A", "A: Known directly to the source";
        B => "B", "B: Known indirectly but corroborated";
        C => "C", "C: Known indirectly";
        D => "D", "D: Not known";
        E => "E", "E: Suspected to be false";
    }
}

vocab! {
    /// A person's part in a case.
    CaseRole {
        PotentialVictim => "potential_victim", "Potential victim";
        Suspect => "suspect", "Suspect";
        Witness => "witness", "Witness";
        ReportingPerson => "reporting_person", "Reporting person";
        Associate => "associate", "Associate";
    }
}

vocab! {
    /// Things that people use, own or pass through, which tie records together.
    EntityKind {
        Phone => "phone", "Phone number";
        Email => "email", "Email address";
        Location => "location", "Location or address";
        Vehicle => "vehicle", "Vehicle";
        BankAccount => "bank_account", "Bank account";
        OnlineIdentifier => "online_identifier", "Online identifier (handle, advert, app)";
        Document => "document", "Identity document";
        Business => "business", "Business (car wash, nail bar, agency, farm…)";
    }
}

vocab! {
    /// How two records are linked.
    LinkType {
        LivesAt => "lives_at", "lives at";
        WorksAt => "works_at", "works at";
        UsesPhone => "uses_phone", "uses phone";
        UsesEmail => "uses_email", "uses email";
        UsesAccount => "uses_account", "uses account or handle";
        Drives => "drives", "drives";
        Owns => "owns", "owns";
        HoldsDocument => "holds_document", "holds document";
        Controls => "controls", "controls";
        Recruited => "recruited", "recruited";
        Transported => "transported", "transported";
        Paid => "paid", "paid";
        AssociateOf => "associate_of", "is an associate of";
        FamilyOf => "family_of", "is family of";
    }
}

vocab! {
    /// How sure the source is of a link.
    Confidence {
        High => "high", "High";
        Medium => "medium", "Medium";
        Low => "low", "Low";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_labels_case_insensitively() {
        assert_eq!("NGO".parse::<OrgType>().unwrap(), OrgType::Ngo);
        assert_eq!("ngo".parse::<OrgType>().unwrap(), OrgType::Ngo);
        assert_eq!(
            "Police force".parse::<OrgType>().unwrap(),
            OrgType::PoliceForce
        );
        assert_eq!(
            " official-sensitive ".parse::<Classification>().unwrap(),
            Classification::OfficialSensitive
        );
    }

    #[test]
    fn rejects_unknown_values_listing_the_allowed_ones() {
        let e = "sergeant".parse::<Role>().unwrap_err();
        assert!(e.to_string().contains("admin, national_analyst"), "{e}");
    }

    #[test]
    fn codes_are_unique_per_vocabulary() {
        let codes: std::collections::HashSet<_> = Role::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(codes.len(), Role::ALL.len());
        assert_eq!(
            Gender::TransgenderNonConforming.code(),
            "Transgender/NonConforming"
        );
    }
}

vocab! {
    /// A member of the public's answer to "is anyone in danger right now?".
    DangerNow {
        Yes => "yes", "Yes, someone is in danger now";
        No => "no", "No";
        NotSure => "not_sure", "I'm not sure";
    }
}

vocab! {
    /// How a member of the public wants to be treated when they report.
    ContactChoice {
        Anonymous => "anonymous", "Stay anonymous: do not ask for my name";
        Confidential => "confidential", "Give my details in confidence, but do not contact me";
        Contact => "contact", "You can contact me";
    }
}

vocab! {
    /// Where a public report is in triage.
    ReportStatus {
        New => "new", "New";
        Assigned => "assigned", "Assigned";
        Converted => "converted", "Converted to intelligence";
        Closed => "closed", "Closed";
    }
}

vocab! {
    /// Who wrote a message on a public report's thread.
    MessageAuthor {
        Reporter => "reporter", "The reporter";
        Police => "police", "Police";
    }
}

vocab! {
    /// An analyst's verdict on one automatic finding (indicator, sign or exploitation type).
    FindingVerdict {
        Confirmed => "confirmed", "Confirmed";
        Rejected => "rejected", "Rejected";
    }
}
