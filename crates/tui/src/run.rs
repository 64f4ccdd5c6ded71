//! The event loop: terminal events, loaded results and a one-second tick come in on
//! channels; requests run on background tasks, so a slow query never blocks drawing. The
//! terminal is restored on exit, on panic (ratatui's hook) and on Ctrl-C.

use std::collections::HashMap;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crossterm::event::Event;
use ratatui::Terminal;
use ratatui::backend::Backend;
use tokio::sync::mpsc;
use tokio::task::AbortHandle;

use crate::dashboard::Dashboard;
use crate::request::{Slot, Ticket, Worker};

/// How often the change feed's head is polled.
pub const TICK: Duration = Duration::from_secs(1);

/// Runs the dashboard in the real terminal until the operator quits.
pub async fn run_terminal(mut dashboard: Dashboard, worker: Worker) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    // Asked once, in raw mode and before the key reader below takes the input.
    let remote = crate::draft_file::over_ssh(|v| std::env::var(v).ok());
    dashboard.for_terminal(crate::picture::query(), remote);
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::unbounded_channel();
    let reader_stop = stop.clone();
    // crossterm's reader blocks, so it gets a thread of its own; it checks `stop` often.
    let reader = std::thread::spawn(move || {
        while !reader_stop.load(Ordering::Relaxed) {
            match crossterm::event::poll(Duration::from_millis(100)) {
                Ok(true) => match crossterm::event::read() {
                    Ok(event) => {
                        if tx.send(event).is_err() {
                            break;
                        }
                    }
                    Err(_) => break,
                },
                Ok(false) => {}
                Err(_) => break,
            }
        }
    });
    let result = run_loop(&mut terminal, dashboard, worker, rx).await;
    stop.store(true, Ordering::Relaxed);
    let _ = reader.join();
    ratatui::try_restore()?;
    result.map_err(|e| io::Error::other(e.to_string()))
}

/// The loop itself, generic over the backend and fed events through a channel, so tests
/// can run it on a `TestBackend` with scripted keys.
pub async fn run_loop<B: Backend>(
    terminal: &mut Terminal<B>,
    mut dash: Dashboard,
    worker: Worker,
    mut input: mpsc::UnboundedReceiver<Event>,
) -> Result<(), B::Error> {
    let (done_tx, mut done_rx) = mpsc::unbounded_channel();
    // One running read per kind, as gitui's single-job queue: a newer request of a kind
    // aborts the older one (its answer would be dropped anyway). Operations always run.
    let mut running: HashMap<Slot, AbortHandle> = HashMap::new();
    let mut spawn = |tickets: Vec<Ticket>| {
        for ticket in tickets {
            let (w, tx) = (worker.clone(), done_tx.clone());
            let slot = ticket.request.slot();
            let task = tokio::spawn(async move {
                let loaded = w.run(ticket.request.clone()).await;
                let _ = tx.send((ticket, loaded));
            });
            if let Some(older) = slot.and_then(|s| running.insert(s, task.abort_handle())) {
                older.abort();
            }
        }
    };
    spawn(dash.start());
    terminal.draw(|f| dash.draw(f))?;
    let mut tick = tokio::time::interval(TICK);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut interrupted = std::pin::pin!(tokio::signal::ctrl_c());
    loop {
        let (requests, redraw) = tokio::select! {
            event = input.recv() => match event {
                Some(Event::Key(key)) => (dash.key(key), true),
                Some(Event::Resize(..)) => {
                    terminal.autoresize()?;
                    (Vec::new(), true)
                }
                Some(_) => (Vec::new(), false),
                None => break,
            },
            Some((ticket, loaded)) = done_rx.recv() => (dash.apply(&ticket, loaded), true),
            // A tick only asks for the audit head; nothing is redrawn unless it moved.
            _ = tick.tick() => (dash.tick(), false),
            _ = &mut interrupted => break,
        };
        spawn(requests);
        if dash.quit {
            break;
        }
        if redraw {
            terminal.draw(|f| dash.draw(f))?;
        }
    }
    tracing::info!("dashboard closed");
    Ok(())
}
