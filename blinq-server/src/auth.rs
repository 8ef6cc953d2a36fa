//! JWT verification and minting, and the [`Owner`] extractor every `/api/*` route uses.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use serde::{Deserialize, Serialize};

use crate::config::{AuthArgs, JwtAlgorithm};
use crate::error::ApiError;

/// The file in the data directory holding the generated HS256 secret.
pub const SECRET_FILE: &str = "jwt-secret";

/// The claims Blinq reads from a token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    /// The user id; it owns datasets and plots.
    pub sub: String,
    /// Expiry, seconds since the epoch (required).
    pub exp: u64,
    /// Issued at, seconds since the epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<u64>,
    /// Audience (one or a list), checked when configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<Audience>,
    /// Issuer, checked when configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
}

/// A token's `aud`: one audience or several (RFC 7519 allows both).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Audience {
    /// `"aud": "blinq"`.
    One(String),
    /// `"aud": ["blinq", "other"]`.
    Many(Vec<String>),
}

/// Verifies tokens and, with a secret, mints them.
pub struct Auth {
    algorithm: Algorithm,
    decoding: DecodingKey,
    encoding: Option<EncodingKey>,
    validation: Validation,
    audience: Option<String>,
    issuer: Option<String>,
    generated: bool,
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Auth")
            .field("algorithm", &self.algorithm)
            .field("generated", &self.generated)
            .finish()
    }
}

impl Auth {
    /// Set up from the flags: a public key file, a secret, or else the secret stored in the
    /// data directory (created, random, on first use).
    pub fn from_args(args: &AuthArgs) -> Result<Self, ApiError> {
        let (algorithm, decoding, encoding, generated) = if let Some(path) = &args.jwt_public_key {
            let pem = fs::read(path)
                .map_err(|source| ApiError::Config(format!("{}: {source}", path.display())))?;
            let key_err = |e: jsonwebtoken::errors::Error| {
                ApiError::Config(format!("{}: not a usable public key: {e}", path.display()))
            };
            match args.jwt_algorithm {
                Some(JwtAlgorithm::Es256) => (
                    Algorithm::ES256,
                    DecodingKey::from_ec_pem(&pem).map_err(key_err)?,
                    None,
                    false,
                ),
                Some(JwtAlgorithm::Rs256) | None => (
                    Algorithm::RS256,
                    DecodingKey::from_rsa_pem(&pem).map_err(key_err)?,
                    None,
                    false,
                ),
                Some(JwtAlgorithm::Hs256) => {
                    return Err(ApiError::Config(
                        "--jwt-algorithm HS256 takes --jwt-secret, not --jwt-public-key".into(),
                    ));
                }
            }
        } else {
            if matches!(
                args.jwt_algorithm,
                Some(JwtAlgorithm::Rs256 | JwtAlgorithm::Es256)
            ) {
                return Err(ApiError::Config("RS256/ES256 need --jwt-public-key".into()));
            }
            let (secret, generated) = match &args.jwt_secret {
                Some(secret) if secret.len() < 16 => {
                    return Err(ApiError::Config(
                        "--jwt-secret must be at least 16 characters".into(),
                    ));
                }
                Some(secret) => (secret.as_bytes().to_vec(), false),
                None => (stored_secret(&args.data_dir)?, true),
            };
            (
                Algorithm::HS256,
                DecodingKey::from_secret(&secret),
                Some(EncodingKey::from_secret(&secret)),
                generated,
            )
        };
        let mut validation = Validation::new(algorithm);
        validation.set_required_spec_claims(&["exp", "sub"]);
        // `nbf` (not before) is honoured with the same leeway as `exp`.
        validation.validate_nbf = true;
        match &args.jwt_audience {
            Some(aud) => validation.set_audience(&[aud]),
            None => validation.validate_aud = false,
        }
        if let Some(iss) = &args.jwt_issuer {
            validation.set_issuer(&[iss]);
        }
        Ok(Auth {
            algorithm,
            decoding,
            encoding,
            validation,
            audience: args.jwt_audience.clone(),
            issuer: args.jwt_issuer.clone(),
            generated,
        })
    }

    /// Whether the secret was generated in the data directory (no key configured).
    pub fn is_generated(&self) -> bool {
        self.generated
    }

    /// Check a token's signature, algorithm, expiry, audience and issuer.
    pub fn verify(&self, token: &str) -> Result<Claims, ApiError> {
        decode::<Claims>(token, &self.decoding, &self.validation)
            .map(|data| data.claims)
            .map_err(|e| {
                use jsonwebtoken::errors::ErrorKind;
                let why = match e.kind() {
                    ErrorKind::ExpiredSignature => "the token has expired".to_string(),
                    ErrorKind::ImmatureSignature => {
                        "the token is not valid yet (its `nbf` is in the future)".to_string()
                    }
                    ErrorKind::InvalidSignature => "the token's signature is not valid".to_string(),
                    ErrorKind::InvalidAlgorithm => {
                        format!("the token must be signed with {:?}", self.algorithm)
                    }
                    ErrorKind::InvalidAudience => {
                        "the token's audience (aud) is not accepted".to_string()
                    }
                    ErrorKind::InvalidIssuer => {
                        "the token's issuer (iss) is not accepted".to_string()
                    }
                    ErrorKind::MissingRequiredClaim(claim) => {
                        format!("the token has no `{claim}` claim")
                    }
                    _ => format!("the token is malformed ({e})"),
                };
                ApiError::Unauthorized(why)
            })
    }

    /// Mint a token for `sub` valid for `ttl`; only with a secret (HS256).
    pub fn mint(&self, sub: &str, ttl: Duration) -> Result<String, ApiError> {
        let key = self.encoding.as_ref().ok_or_else(|| {
            ApiError::Config(
                "tokens can only be minted with an HS256 secret, not a public key".into(),
            )
        })?;
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        let claims = Claims {
            sub: sub.to_string(),
            exp: now.saturating_add(ttl.as_secs()),
            iat: Some(now),
            aud: self.audience.clone().map(Audience::One),
            iss: self.issuer.clone(),
        };
        encode(&Header::new(self.algorithm), &claims, key)
            .map_err(|e| ApiError::Config(e.to_string()))
    }
}

/// Read the generated secret from `data_dir`, creating it (random, owner-only) if absent.
fn stored_secret(data_dir: &Path) -> Result<Vec<u8>, ApiError> {
    let path = data_dir.join(SECRET_FILE);
    let io = |source: std::io::Error| ApiError::Config(format!("{}: {source}", path.display()));
    match fs::read_to_string(&path) {
        Ok(text) if !text.trim().is_empty() => return Ok(text.trim().as_bytes().to_vec()),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io(e)),
    }
    fs::create_dir_all(data_dir).map_err(io)?;
    let bytes: [u8; 32] = rand::random();
    let secret: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let mut tmp = tempfile::NamedTempFile::new_in(data_dir).map_err(io)?;
    tmp.write_all(secret.as_bytes()).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    // Another process may have created it meanwhile: keep theirs.
    match tmp.persist_noclobber(&path) {
        Ok(_) => Ok(secret.into_bytes()),
        Err(_) => Ok(fs::read_to_string(&path)
            .map_err(io)?
            .trim()
            .as_bytes()
            .to_vec()),
    }
}

/// Parse a duration like `90s`, `30m`, `1h`, `7d` or plain seconds.
pub fn parse_ttl(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let n: u64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration; try 90s, 30m, 1h or 7d"))?;
    let secs = match unit {
        "" | "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86_400,
        _ => return Err(format!("unknown unit in `{text}`; use s, m, h or d")),
    };
    Ok(Duration::from_secs(secs))
}

/// The authenticated caller: the token's `sub`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner(pub String);

/// State from which the [`Owner`] extractor gets the verifier.
pub trait HasAuth {
    /// The token verifier.
    fn auth(&self) -> &Arc<Auth>;
}

impl<S: HasAuth + Send + Sync> FromRequestParts<S> for Owner {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let header = parts.headers.get(AUTHORIZATION).ok_or_else(|| {
            ApiError::Unauthorized("missing `Authorization: Bearer <token>` header".into())
        })?;
        let value = header
            .to_str()
            .map_err(|_| ApiError::Unauthorized("the Authorization header is not text".into()))?;
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                ApiError::Unauthorized("the Authorization header must be `Bearer <token>`".into())
            })?;
        let claims = state.auth().verify(token)?;
        if claims.sub.is_empty() {
            return Err(ApiError::Unauthorized("the token's `sub` is empty".into()));
        }
        Ok(Owner(claims.sub))
    }
}
