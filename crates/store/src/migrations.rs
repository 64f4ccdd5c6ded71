//! Migrations embedded per backend, applied by sqlx's migrator.

use std::borrow::Cow;

use sqlx::SqlSafeStr;
use sqlx::migrate::{Migration, MigrationType, Migrator};

use crate::backend::Backend;

/// (version, description, SQL) per backend, oldest first.
const SQLITE: &[(i64, &str, &str)] = &[
    (20261124000001, "foundation", include_str!("../../../migrations/sqlite/20261124000001_foundation.sql")),
    (20261124000002, "assistant", include_str!("../../../migrations/sqlite/20261124000002_assistant.sql")),
    (20261124000003, "dashboard", include_str!("../../../migrations/sqlite/20261124000003_dashboard.sql")),
    (20261124000004, "money", include_str!("../../../migrations/sqlite/20261124000004_money.sql")),
    (20261124000005, "reminders", include_str!("../../../migrations/sqlite/20261124000005_reminders.sql")),
    (20261124000006, "reminder_kinds", include_str!("../../../migrations/sqlite/20261124000006_reminder_kinds.sql")),
    (20261124000007, "operator_alerts", include_str!("../../../migrations/sqlite/20261124000007_operator_alerts.sql")),
    (20261124000008, "report_columns", include_str!("../../../migrations/sqlite/20261124000008_report_columns.sql")),
    (20261124000009, "reminder_index", include_str!("../../../migrations/sqlite/20261124000009_reminder_index.sql")),
    (20261204000002, "delivery_limits", include_str!("../../../migrations/sqlite/20261204000002_delivery_limits.sql")),
    (
        20261205000001,
        "activity_timeline",
        include_str!("../../../migrations/sqlite/20261205000001_activity_timeline.sql"),
    ),
    (20261205000003, "creator_tags", include_str!("../../../migrations/sqlite/20261205000003_creator_tags.sql")),
];
const POSTGRES: &[(i64, &str, &str)] = &[
    (20261124000001, "foundation", include_str!("../../../migrations/postgres/20261124000001_foundation.sql")),
    (20261124000002, "assistant", include_str!("../../../migrations/postgres/20261124000002_assistant.sql")),
    (20261124000003, "dashboard", include_str!("../../../migrations/postgres/20261124000003_dashboard.sql")),
    (20261124000004, "money", include_str!("../../../migrations/postgres/20261124000004_money.sql")),
    (20261124000005, "reminders", include_str!("../../../migrations/postgres/20261124000005_reminders.sql")),
    (20261124000006, "reminder_kinds", include_str!("../../../migrations/postgres/20261124000006_reminder_kinds.sql")),
    (
        20261124000007,
        "operator_alerts",
        include_str!("../../../migrations/postgres/20261124000007_operator_alerts.sql"),
    ),
    (20261124000008, "report_columns", include_str!("../../../migrations/postgres/20261124000008_report_columns.sql")),
    (20261124000009, "reminder_index", include_str!("../../../migrations/postgres/20261124000009_reminder_index.sql")),
    (
        20261204000002,
        "delivery_limits",
        include_str!("../../../migrations/postgres/20261204000002_delivery_limits.sql"),
    ),
    (
        20261205000001,
        "activity_timeline",
        include_str!("../../../migrations/postgres/20261205000001_activity_timeline.sql"),
    ),
    (20261205000003, "creator_tags", include_str!("../../../migrations/postgres/20261205000003_creator_tags.sql")),
];

/// The migrator for a backend.
pub fn migrator(backend: Backend) -> Migrator {
    let list = match backend {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    };
    Migrator::with_migrations(
        list.iter()
            .map(|(version, description, sql)| {
                Migration::new(*version, Cow::Borrowed(*description), MigrationType::Simple, sql.into_sql_str(), false)
            })
            .collect(),
    )
}
