//! `blinq token`: mint a token with the configured secret, printed alone on stdout.

use std::time::Duration;

use blinq_server::AuthArgs;
use blinq_server::auth::{Auth, parse_ttl};
use clap::Args;

use super::CliError;

/// Flags of `blinq token`.
#[derive(Debug, Args)]
pub struct TokenArgs {
    /// The user id (`sub`) the token is for.
    #[arg(long)]
    pub sub: String,
    /// How long the token is valid: 90s, 30m, 1h, 7d.
    #[arg(long, default_value = "1h", value_parser = parse_ttl)]
    pub ttl: Duration,
    /// The secret and data directory, as for `blinq serve`.
    #[command(flatten)]
    pub auth: AuthArgs,
}

/// Print a token for `--sub`.
pub fn run(args: TokenArgs) -> Result<(), CliError> {
    if args.sub.trim().is_empty() {
        return Err(CliError::Usage("--sub must not be empty".into()));
    }
    let auth = Auth::from_args(&args.auth)?;
    println!("{}", auth.mint(&args.sub, args.ttl)?);
    Ok(())
}
