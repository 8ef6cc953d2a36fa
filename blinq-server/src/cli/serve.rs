//! `blinq serve`: run the REST API.

use std::io::IsTerminal;
use std::net::SocketAddr;

use blinq_server::{App, ServeArgs};

use super::CliError;

/// Start the server and block until SIGINT/SIGTERM, then finish in-flight requests.
pub fn run(args: ServeArgs) -> Result<(), CliError> {
    init_tracing();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let addr = SocketAddr::new(args.host, args.port);
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
            CliError::Usage(format!(
                "cannot listen on {addr}: {e} (pick another with --port)"
            ))
        })?;
        let local = listener.local_addr()?;
        let app = App::new(args)?;
        app.state().pool.warm_up().await?;
        print_banner(&app, local)?;
        app.serve(listener, shutdown_signal()).await?;
        tracing::info!("stopped");
        Ok::<(), CliError>(())
    })
}

fn print_banner(app: &App, addr: SocketAddr) -> Result<(), CliError> {
    let config = &app.state().config;
    let base = format!("http://{addr}");
    println!("Blinq {} serving on {base}", env!("CARGO_PKG_VERSION"));
    println!("  data directory: {}", config.auth.data_dir.display());
    println!("  health:         {base}/health");
    println!("  API document:   {base}/openapi.json");
    if let Some(token) = app.local_token()? {
        // The token travels in the fragment, which browsers keep to themselves.
        println!("  web app:        {base}/#token={token}");
        println!(
            "  token for user `{}` (valid 30 days; mint more with `blinq token --sub NAME`):",
            config.local_user
        );
        println!();
        println!("    export BLINQ_TOKEN={token}");
        println!();
        println!("  try: curl -H \"Authorization: Bearer $BLINQ_TOKEN\" {base}/api/data");
    } else {
        println!("  web app:        {base}/ (sign in with a token from your issuer)");
        println!(
            "  auth: tokens from your configured key; every /api/* route needs `Authorization: Bearer <JWT>`"
        );
    }
    Ok(())
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .try_init();
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing in-flight requests");
}
