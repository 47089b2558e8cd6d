//! Roles (DESIGN.md §1) and the scope they are granted in.

use serde::{Deserialize, Serialize};

/// A role a user holds within a municipality.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A young person with their own plan.
    Jongere,
    /// A parent or carer with parental authority (*gezag*).
    Ouder,
    /// A trusted person invited by a young person.
    Netwerklid,
    /// A member of a local team.
    Jeugdprofessional,
    /// Leads a local team.
    Teamleider,
    /// A club, school, employer or provider on the social map.
    Partner,
    /// Municipal policy officer; sees aggregates only.
    Beleid,
    /// Edits the public site, magazine and webinars; moderates ideas.
    Redacteur,
    /// Sets up the municipality, its places, teams and users.
    Beheerder,
}

impl Role {
    /// Every role, in the order start pages list them.
    pub const ALL: [Role; 9] = [
        Role::Jongere,
        Role::Ouder,
        Role::Netwerklid,
        Role::Jeugdprofessional,
        Role::Teamleider,
        Role::Partner,
        Role::Beleid,
        Role::Redacteur,
        Role::Beheerder,
    ];

    /// The stored name, as in the database check constraint.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Jongere => "jongere",
            Role::Ouder => "ouder",
            Role::Netwerklid => "netwerklid",
            Role::Jeugdprofessional => "jeugdprofessional",
            Role::Teamleider => "teamleider",
            Role::Partner => "partner",
            Role::Beleid => "beleid",
            Role::Redacteur => "redacteur",
            Role::Beheerder => "beheerder",
        }
    }

    /// Parses a stored role name.
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Professional roles must log in with a second factor (TOTP); partners too, as they read
    /// young people's first names, ages and messages.
    pub fn requires_second_factor(self) -> bool {
        matches!(
            self,
            Role::Jeugdprofessional
                | Role::Teamleider
                | Role::Partner
                | Role::Beleid
                | Role::Redacteur
                | Role::Beheerder
        )
    }

    /// Accounts of young people and of the people around them: the beheerder manages them only as
    /// far as account work needs (looked up by login name, never listed).
    pub fn is_private(self) -> bool {
        matches!(self, Role::Jongere | Role::Ouder | Role::Netwerklid)
    }

    /// Roles that belong to a team.
    pub fn needs_team(self) -> bool {
        matches!(self, Role::Jeugdprofessional | Role::Teamleider)
    }

    /// The start page of this role.
    pub fn start_path(self) -> &'static str {
        match self {
            Role::Jongere => "/mijn",
            Role::Ouder => "/ouder",
            Role::Netwerklid => "/netwerk",
            Role::Jeugdprofessional => "/team",
            Role::Teamleider => "/teamleider",
            Role::Partner => "/partner",
            Role::Beleid => "/beleid",
            Role::Redacteur => "/redactie",
            Role::Beheerder => "/beheer",
        }
    }

    /// Translation id of the role's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Role::Jongere => "role-jongere",
            Role::Ouder => "role-ouder",
            Role::Netwerklid => "role-netwerklid",
            Role::Jeugdprofessional => "role-jeugdprofessional",
            Role::Teamleider => "role-teamleider",
            Role::Partner => "role-partner",
            Role::Beleid => "role-beleid",
            Role::Redacteur => "role-redacteur",
            Role::Beheerder => "role-beheerder",
        }
    }
}

/// A role held in one municipality, and for team roles in one team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grant {
    /// The role.
    pub role: Role,
    /// Municipality id the role is valid in.
    pub municipality_id: String,
    /// Team id for team roles.
    pub team_id: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("admin"), None);
    }

    #[test]
    fn professional_roles_need_a_second_factor() {
        let with: Vec<_> = Role::ALL
            .into_iter()
            .filter(|r| r.requires_second_factor())
            .collect();
        assert_eq!(
            with,
            [
                Role::Jeugdprofessional,
                Role::Teamleider,
                Role::Partner,
                Role::Beleid,
                Role::Redacteur,
                Role::Beheerder
            ]
        );
    }
}
