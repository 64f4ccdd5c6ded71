//! Invite tokens: single-use, expiring, 128-bit random, stored only as a hash.

use sha2::{Digest, Sha256};
use std::fmt;

use crate::DomainError;

/// A token as given to a creator (32 lowercase hex characters, fits Telegram's
/// `start` parameter). Only its [`hash`](Self::hash) is stored.
#[derive(Clone, PartialEq, Eq)]
pub struct InviteToken(String);

impl InviteToken {
    /// Builds a token from 16 random bytes (the caller supplies the randomness).
    pub fn from_bytes(bytes: [u8; 16]) -> Self {
        Self(hex::encode(bytes))
    }

    /// Parses what a creator typed or a deep link carried.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let t = text.trim().to_ascii_lowercase();
        if t.len() != 32 || !t.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(DomainError::invalid("token", "not an invite token"));
        }
        Ok(Self(t))
    }

    /// The token text, to hand to the creator.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// SHA-256 of the token, the form kept in the database.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }
}

impl fmt::Debug for InviteToken {
    /// Tokens are secrets until used: never in logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("InviteToken(…)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_round_trip_and_hide_in_debug() {
        let t = InviteToken::from_bytes([7; 16]);
        assert_eq!(InviteToken::parse(&t.expose().to_uppercase()).ok(), Some(t.clone()));
        assert!(!format!("{t:?}").contains(t.expose()));
        assert_eq!(t.hash().len(), 64);
        assert!(InviteToken::parse("short").is_err());
    }
}
