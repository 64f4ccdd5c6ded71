//! `linkstar`: the one binary. Parses the command line, loads settings, wires the store
//! and the app, and hands over to a command. No product logic lives here.

mod alerts;
mod commands;
mod config;
mod progress;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

/// LinkStar runs a brand's collaborations with social-media creators.
#[derive(Debug, Parser)]
#[command(name = "linkstar", version, about, after_help = EXIT_CODES)]
struct Cli {
    /// Database URL (`sqlite://FILE` or `postgres://…`); default a SQLite file in your data directory.
    #[arg(long, global = true, env = "LINKSTAR_DATABASE_URL", hide_env_values = true)]
    db: Option<String>,
    /// Settings file (TOML); default ~/.config/linkstar/linkstar.toml when it exists.
    #[arg(long, global = true, env = "LINKSTAR_CONFIG", hide_env_values = true)]
    config: Option<PathBuf>,
    /// Act as this operator (default: the active profile's, else the OS user name).
    #[arg(long, global = true)]
    operator: Option<String>,
    /// What to do; without one, the dashboard opens.
    #[command(subcommand)]
    command: Option<Command>,
}

/// What `--help` says about exit statuses; keep it true to what the commands return
/// (2: clap's usage errors, `setup` guiding instead of asking off a terminal, imports
/// and fetches that refused some rows).
const EXIT_CODES: &str = "\
Exit status:
  0  success
  1  the command failed
  2  a usage error; nothing set up yet (the commands to type are printed); an import
     or metrics fetch that refused some rows; an unknown deal, campaign or creator; or a
     change that needs --yes when not on a terminal
  3  a pipeline step the deal's rules refuse (e.g. not possible at its stage); nothing changed";

#[derive(Debug, Subcommand)]
enum Command {
    /// The operator dashboard (also what `linkstar` alone opens; on a database nobody
    /// has set up, it guides the set-up first).
    Tui,
    /// Which database, operator, language and bots are in use, and why.
    Status,
    /// Settings: `config show` prints each effective value and where it came from.
    #[command(subcommand)]
    Config(commands::config_show::ConfigCommand),
    /// Apply database migrations.
    Migrate,
    /// Create (or reuse) a demo database full of sample data, seeded for today, make it
    /// the active one (unless you set up your own), and open the dashboard on it.
    Demo(commands::demo::DemoArgs),
    /// The creator pool as CSV.
    #[command(subcommand)]
    Creators(commands::creators::CreatorsCommand),
    /// Make an offer and print its invite token and deep links.
    Invite(commands::invite::InviteArgs),
    /// The audit log.
    #[command(subcommand)]
    Audit(commands::audit::AuditCommand),
    /// Brands, operators and campaigns.
    #[command(subcommand)]
    Setup(commands::setup::SetupCommand),
    /// Run the creator bots and the delivery worker until SIGINT or SIGTERM.
    Serve,
    /// A campaign's results: spend, reach, engagement, CPM/CPE/CPC, ROI, reliability.
    Report(commands::report::ReportArgs),
    /// Post metrics over time: CSV import, manual entry, platform fetch.
    #[command(subcommand)]
    Metrics(commands::metrics::MetricsCommand),
    /// Payments to creators and payout files.
    #[command(subcommand)]
    Payments(commands::payments::PaymentsCommand),
    /// Scheduled reminders: plan deals that have none, list pending ones.
    #[command(subcommand)]
    Reminders(commands::reminders::RemindersCommand),
    /// Dated exchange rates for reports.
    #[command(subcommand)]
    Fx(commands::fx::FxCommand),
    /// Tracking and discount codes for the shop.
    #[command(subcommand)]
    Attribution(commands::attribution::AttributionCommand),
    /// Campaign life cycle (closing).
    #[command(subcommand)]
    Campaign(commands::campaign::CampaignCommand),
    /// The pipeline's deals: list with filters, show one (table, JSON or CSV); answer a
    /// counter-offer (accept, counter, decline) or cancel.
    #[command(subcommand)]
    Deals(commands::deals::DealsCommand),
    /// The brand's campaigns with their money and progress (table, JSON or CSV).
    #[command(subcommand)]
    Campaigns(commands::campaigns::CampaignsCommand),
    /// Send offers to many creators at once (by handle, a CSV file, or a search).
    #[command(subcommand)]
    Offers(commands::offers::OffersCommand),
    /// Decide on drafts under review: approve, or ask for changes.
    #[command(subcommand)]
    Review(commands::review::ReviewCommand),
    /// Verify creators' live posts, or refuse a wrong link.
    #[command(subcommand)]
    Posts(commands::posts::PostsCommand),
    /// Creators' drafts: list, show, download.
    #[command(subcommand)]
    Drafts(commands::drafts::DraftsCommand),
    /// Print the shell completion script for bash, zsh or fish.
    Completions(commands::completions::CompletionsArgs),
    /// Print the manual page, or write one page per command with --out.
    Man(commands::completions::ManArgs),
}

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    // `status` tells whether the database came from `--db` or `LINKSTAR_DATABASE_URL`.
    let db_from_env = matches.value_source("db") == Some(ValueSource::EnvVariable);
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    // Completions and manual pages come from the definitions alone: no settings, no database.
    match &cli.command {
        Some(Command::Completions(args)) => {
            let written = commands::completions::completions(Cli::command(), args.shell, &mut std::io::stdout());
            return generated(written, None);
        }
        Some(Command::Man(args)) => {
            let written = match &args.out {
                Some(dir) => commands::completions::man_pages(Cli::command(), dir),
                None => commands::completions::man_page(Cli::command(), &mut std::io::stdout()),
            };
            return generated(written, args.out.as_deref());
        }
        _ => {}
    }
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli, db_from_env)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The exit status of `completions`/`man`: a reader that went away is no failure.
fn generated(written: std::io::Result<()>, dir: Option<&std::path::Path>) -> ExitCode {
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            match dir {
                Some(dir) => eprintln!("error: {}: {e}", dir.display()),
                None => eprintln!("error: {e}"),
            }
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli, db_from_env: bool) -> anyhow::Result<ExitCode> {
    let config_file = cli.config.clone().or_else(|| config::default_config_file().filter(|f| f.exists()));
    let settings = config::Settings::load(config_file.as_deref())?;
    let command = cli.command.unwrap_or(Command::Tui);
    // The dashboard owns the screen, so its logs go to a file.
    let dashboard = match command {
        Command::Tui => true,
        Command::Demo(args) => !args.seed_only && std::io::IsTerminal::is_terminal(&std::io::stdout()),
        _ => false,
    };
    let log_file = dashboard.then(|| settings.log_file.clone());
    commands::init_logging(&settings.log, log_file.as_deref());
    let creates = matches!(command, Command::Migrate | Command::Demo(_) | Command::Setup(_));
    let flags = commands::Flags { db: cli.db, db_from_env, operator: cli.operator, config_file, creates };
    let ctx = commands::Context::new(settings, flags)?;
    let outcome = match command {
        Command::Tui => match commands::setup::first_run(&ctx).await {
            Ok(Some(code)) => Ok(code),
            Ok(None) => commands::tui::run(&ctx).await,
            Err(e) => Err(e),
        },
        Command::Status => commands::status::run(&ctx).await,
        Command::Config(c) => commands::config_show::run(&ctx, c).await,
        Command::Migrate => commands::migrate(&ctx).await,
        Command::Demo(args) => match commands::demo::run_with(&ctx, args).await {
            Ok(code) => commands::demo_done(&ctx).map(|()| code),
            Err(e) => Err(e),
        },
        Command::Creators(c) => commands::creators::run(&ctx, c).await,
        Command::Invite(args) => commands::invite::run(&ctx, args).await,
        Command::Audit(c) => commands::audit::run(&ctx, c).await,
        Command::Setup(c) => commands::setup::run(&ctx, c).await,
        Command::Serve => commands::serve::run(&ctx).await,
        Command::Report(args) => commands::report::run(&ctx, args).await,
        Command::Metrics(c) => commands::metrics::run(&ctx, c).await,
        Command::Payments(c) => commands::payments::run(&ctx, c).await,
        Command::Reminders(c) => commands::reminders::run(&ctx, c).await,
        Command::Fx(c) => commands::fx::run(&ctx, c).await,
        Command::Attribution(c) => commands::attribution::run(&ctx, c).await,
        Command::Campaign(c) => commands::campaign::run(&ctx, c).await,
        Command::Deals(c) => commands::deals::run(&ctx, c).await,
        Command::Campaigns(c) => commands::campaigns::run(&ctx, c).await,
        Command::Offers(c) => commands::offers::run(&ctx, c).await,
        Command::Review(c) => commands::review::run(&ctx, c).await,
        Command::Posts(c) => commands::posts::run(&ctx, c).await,
        Command::Drafts(c) => commands::drafts::run(&ctx, c).await,
        // Answered in `main` before any settings are read.
        Command::Completions(_) | Command::Man(_) => Ok(ExitCode::SUCCESS),
    };
    // Failures of a command are told in the operator's language. A reader that went away
    // (`linkstar report … | head`) is no failure: the output simply stops, as with cat.
    outcome.or_else(|e| {
        let closed = e.chain().any(|cause| {
            cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
        });
        if closed {
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("{}", ctx.describe(&e));
        Ok(ExitCode::FAILURE)
    })
}
