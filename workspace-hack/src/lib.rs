//! Build-sharing only (see Cargo.toml): no code.
