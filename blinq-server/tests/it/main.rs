//! The integration tests of blinq-server, in one binary (one link, not eighteen): a real
//! server on a loopback port (in this process, or the `blinq` binary as a process) and a
//! real client; the Kafka tests against a real broker, the catalog tests against a real
//! PostgreSQL server.

mod common;

mod api_analysis;
mod api_auth;
mod api_auth_keys;
mod api_data;
mod api_dictionary;
mod api_errors;
mod api_meta;
mod api_plots;
mod beyond_memory;
mod catalog_postgres;
mod cli_ask;
mod cli_describe;
mod cli_plot;
mod cli_query;
#[cfg(feature = "cluster")]
mod cluster;
mod crash;
mod deploy_doc;
mod hostile;
#[cfg(feature = "kafka")]
mod kafka;
mod persistence;
mod readme;
mod replicas;
mod shutdown;
mod ws;
