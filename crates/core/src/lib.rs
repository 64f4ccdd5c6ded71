//! LinkStar's domain: the pure model of a brand's collaborations with creators.
//!
//! Everything here is deterministic and free of IO: values are built through
//! constructors that reject bad input, and every deal transition is a function that
//! returns the next state or a typed [`DomainError`]. The `app` crate turns these into
//! stored, audited operations.

pub mod alerts;
pub mod attribution;
pub mod audit;
pub mod brand;
pub mod brief;
pub mod campaign;
pub mod checks;
pub mod content;
pub mod creator;
pub mod deal;
pub mod error;
pub mod fx;
pub mod ids;
pub mod invite;
pub mod message;
pub mod metrics;
pub mod money;
pub mod payment;
pub mod place;
pub mod reminder;
pub mod report;
mod report_speed;
pub mod review_notes;
pub mod settlement;
pub mod stage;
pub mod terms;
pub mod time;

pub use error::DomainError;
pub use money::{Currency, Money};
