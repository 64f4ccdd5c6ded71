//! The daily digest runner of `linkstar serve`: for every brand with an alert chat, once
//! the digest's local time has come in the operators' zone, queues the day's digest
//! through [`App::queue_digest`]. The day is recorded in the database in the same
//! transaction, so however many `serve` processes run and however often they restart,
//! each brand gets one digest a day; the runner only remembers which days it saw done
//! so it does not ask again every round.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use jiff::civil::Date;
use tokio::sync::Mutex;
use tokio_util::sync::CancellationToken;

use linkstar_app::{App, AppError, DigestOutcome};
use linkstar_core::alerts::{self, AlertChat};
use linkstar_core::ids::BrandId;

/// Queues each brand's daily digest at its local time.
pub struct DigestRunner {
    app: App,
    chats: BTreeMap<BrandId, AlertChat>,
    poll: Duration,
    done: Mutex<HashMap<BrandId, Date>>,
}

impl DigestRunner {
    /// A runner for the brands' alert chats, checking every `poll`.
    pub fn new(app: App, chats: BTreeMap<BrandId, AlertChat>, poll: Duration) -> DigestRunner {
        DigestRunner { app, chats, poll, done: Mutex::new(HashMap::new()) }
    }

    /// Runs rounds until `stop` is cancelled.
    pub async fn run(&self, stop: CancellationToken) {
        while !stop.is_cancelled() {
            if let Err(e) = self.round().await {
                tracing::error!(error = %e, "digest round failed");
            }
            tokio::select! {
                () = stop.cancelled() => {}
                () = tokio::time::sleep(self.poll) => {}
            }
        }
    }

    /// One round: queues every digest that is due and not yet queued today. Returns
    /// how many this round queued; a brand whose digest failed is tried next round.
    pub async fn round(&self) -> Result<usize, AppError> {
        let now = self.app.clock().now();
        let mut queued = 0;
        for (brand, chat) in &self.chats {
            let today = alerts::local_day(now, &chat.zone);
            if self.done.lock().await.get(brand) == Some(&today) {
                continue;
            }
            match self.app.queue_digest(*brand, &chat.zone, chat.digest_at).await {
                Ok(DigestOutcome::Queued(_)) => {
                    queued += 1;
                    self.done.lock().await.insert(*brand, today);
                }
                Ok(DigestOutcome::AlreadyQueued) => {
                    self.done.lock().await.insert(*brand, today);
                }
                Ok(DigestOutcome::NotYet) => {}
                // One brand's failure must not hold back the others' digests.
                Err(e) => tracing::error!(brand = %brand, error = %e, "queueing a digest failed"),
            }
        }
        Ok(queued)
    }
}
