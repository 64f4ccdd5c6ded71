//! The Store port on SQLite (the embedded default) and PostgreSQL.
//!
//! One adapter serves both backends through sqlx's `Any` driver: LinkStar's SQL is
//! portable (`$1` placeholders, `RETURNING`, integer instants and money, text JSON), so
//! the two backends share every query and differ only in their migrations, connection
//! set-up and how a write transaction takes the audit-chain lock. This is the only crate
//! that writes SQL.

mod alerts;
mod backend;
mod chat;
mod codec;
mod dashboard;
mod migrations;
mod money;
mod opening;
mod operator;
mod outbox;
mod read;
mod reminders;
mod report;
mod tx;

pub use backend::{Backend, SqlStore, redact};
pub use opening::{NewerSchema, creating_url, sqlite_file};
