//! The audit log's hash chain: each event's hash covers its content and the previous
//! hash, so editing or removing any stored event is detectable.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use crate::audit_kind::{ActivityKind, AuditKind};
use crate::ids::{CreatorId, DealId, EventId, OperatorId};
use crate::time::Timestamp;

/// The hash before the first event.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who caused an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum Actor {
    /// An operator in the dashboard or CLI.
    Operator(OperatorId),
    /// A creator through a chat bot.
    Creator(CreatorId),
    /// LinkStar itself (scheduler, imports, expiry).
    System,
}

impl Actor {
    /// Stored form: `operator:3`, `creator:42`, `system`.
    pub fn encode(&self) -> String {
        match self {
            Actor::Operator(id) => format!("operator:{id}"),
            Actor::Creator(id) => format!("creator:{id}"),
            Actor::System => "system".into(),
        }
    }

    /// Parses the stored form.
    pub fn decode(text: &str) -> Option<Actor> {
        match text.split_once(':') {
            Some(("operator", id)) => id.parse().ok().map(|i| Actor::Operator(OperatorId(i))),
            Some(("creator", id)) => id.parse().ok().map(|i| Actor::Creator(CreatorId(i))),
            None if text == "system" => Some(Actor::System),
            _ => None,
        }
    }
}

/// An event as appended (before it has an id and hash).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvent {
    /// When.
    pub at: Timestamp,
    /// Who.
    pub actor: Actor,
    /// The deal concerned, if any.
    pub deal_id: Option<DealId>,
    /// What happened (`deal.accept`, `campaign.create`, ...), as stored: the string of an
    /// [`AuditKind`] (see [`NewEvent::audit_kind`]), kept as text so events of kinds this
    /// version does not know still verify and display.
    pub kind: String,
    /// Details as JSON (before/after stage and the data of the change).
    pub payload: String,
}

impl NewEvent {
    /// The typed kind.
    pub fn audit_kind(&self) -> AuditKind {
        AuditKind::parse(&self.kind)
    }
}

/// A stored event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    /// Sequence number; the chain follows it.
    pub id: EventId,
    /// The event.
    pub event: NewEvent,
    /// Hash of the previous event ([`GENESIS`] for the first).
    pub prev_hash: String,
    /// Hash of this event.
    pub hash: String,
}

/// The hash of an event with id `id` following `prev_hash`.
pub fn chain_hash(prev_hash: &str, id: EventId, e: &NewEvent) -> String {
    let mut h = Sha256::new();
    // Fields are length-prefixed so no two different events can serialize alike.
    for part in [
        prev_hash,
        &id.0.to_string(),
        &e.at.as_millisecond().to_string(),
        &e.actor.encode(),
        &e.deal_id.map(|d| d.0.to_string()).unwrap_or_default(),
        &e.kind,
        &e.payload,
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// What is wrong with an event in the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChainProblem {
    /// Its previous-hash does not match the event before it: one was removed or changed.
    #[error("does not follow the previous event (one was removed or changed)")]
    Unlinked,
    /// Its content no longer matches its hash.
    #[error("was altered after it was written")]
    Altered,
}

/// Why the chain is broken, naming the first bad event.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("audit event {id} {problem}")]
pub struct BrokenChain {
    /// The first event that does not verify.
    pub id: EventId,
    /// What is wrong with it.
    pub problem: ChainProblem,
}

/// Walks events in id order, checking each link. Feed it every event from the first.
#[derive(Debug)]
pub struct ChainVerifier {
    prev_hash: String,
    checked: u64,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        Self { prev_hash: GENESIS.to_string(), checked: 0 }
    }
}

impl ChainVerifier {
    /// Checks the next event.
    pub fn check(&mut self, e: &AuditEvent) -> Result<(), BrokenChain> {
        if e.prev_hash != self.prev_hash {
            return Err(BrokenChain { id: e.id, problem: ChainProblem::Unlinked });
        }
        if chain_hash(&e.prev_hash, e.id, &e.event) != e.hash {
            return Err(BrokenChain { id: e.id, problem: ChainProblem::Altered });
        }
        self.prev_hash = e.hash.clone();
        self.checked += 1;
        Ok(())
    }

    /// Events checked so far.
    pub fn checked(&self) -> u64 {
        self.checked
    }

    /// Hash of the last event checked.
    pub fn head(&self) -> &str {
        &self.prev_hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditEvent> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|i| {
                let event = NewEvent {
                    at: Timestamp::from_second(i * 60).expect("instant"),
                    actor: Actor::Operator(OperatorId(1)),
                    deal_id: Some(DealId(i)),
                    kind: "deal.accept".into(),
                    payload: format!("{{\"n\":{i}}}"),
                };
                let hash = chain_hash(&prev, EventId(i), &event);
                let e = AuditEvent { id: EventId(i), event, prev_hash: prev.clone(), hash: hash.clone() };
                prev = hash;
                e
            })
            .collect()
    }

    #[test]
    fn an_intact_chain_verifies() {
        let mut v = ChainVerifier::default();
        for e in chain(5) {
            assert_eq!(v.check(&e), Ok(()));
        }
        assert_eq!(v.checked(), 5);
    }

    #[test]
    fn an_altered_event_is_named() {
        let mut events = chain(5);
        events[2].event.payload = "{\"n\":99}".into();
        let mut v = ChainVerifier::default();
        let err = events.iter().try_for_each(|e| v.check(e));
        assert_eq!(err.map_err(|b| b.id), Err(EventId(3)));
    }

    #[test]
    fn a_removed_event_is_detected() {
        let mut events = chain(5);
        events.remove(1);
        let mut v = ChainVerifier::default();
        let err = events.iter().try_for_each(|e| v.check(e));
        assert_eq!(err.map_err(|b| b.id), Err(EventId(3)));
    }
}
