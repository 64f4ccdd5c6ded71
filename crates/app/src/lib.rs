//! LinkStar's operations: every state change operators and creators make.
//!
//! Each operation is ONE store transaction that checks the rule in `core`, writes the
//! rows, appends a hash-chained audit event and queues outbox messages for whoever must be
//! told. Authorization lives here too: a creator acts only on their own deals, and an
//! operator's role limits what they may do. The app owns its ports ([`Store`], [`Clock`]);
//! adapters live in other crates.

pub mod alert_port;
pub mod chat_port;
pub mod clock;
pub mod dashboard;
pub mod error;
pub mod fetch;
pub mod ops;
pub mod port;
mod port_money;
pub mod schedule_port;

pub use alert_port::AlertStore;
pub use chat_port::ChatStore;
pub use clock::{Clock, ManualClock, SystemClock};
pub use dashboard::DashboardReads;
pub use error::{APP_ERROR_CODES, AppError};
pub use fetch::{FetchError, MetricsFetcher};
pub use ops::{App, AppResult, ImportReport, Invitation};
pub use ops::{AttributionLine, CloseReport, FetchReport, MetricsImportReport};
pub use ops::{BackfillPage, BackfillStep, DigestOutcome, DraftReceipt};
pub use ops::{CancelLine, CancelPreview, Negotiation, NegotiationMove, NegotiationStep, Party};
pub use port::{Store, StoreError, Tx};
pub use schedule_port::ScheduleStore;
