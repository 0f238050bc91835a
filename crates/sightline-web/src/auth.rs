//! Credentials: argon2id password hashes, random tokens, TOTP (RFC 6238) and the
//! constant-time comparisons they need. No HTTP here.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// The shortest password accepted.
pub const MIN_PASSWORD_LEN: usize = 12;

/// Hashes a password with argon2id and a random salt (PHC string format).
pub fn hash_password(password: &str) -> Result<String, String> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(format!(
            "the password must be at least {MIN_PASSWORD_LEN} characters long"
        ));
    }
    if password.len() > 1024 {
        return Err("the password is too long (the most is 1024 bytes)".into());
    }
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot hash the password: {e}"))
}

/// Checks a password against a stored hash. A malformed hash never matches.
pub fn verify_password(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// A hash to verify against when the username does not exist, so that a missing account
/// takes as long to refuse as a wrong password.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("not-a-real-password-at-all").unwrap_or_default())
}

/// A random token of 32 bytes, URL-safe base64 without padding.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    data_encoding::BASE64URL_NOPAD.encode(&bytes)
}

/// SHA-256 of a token, hex: what the database keeps instead of the token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Constant-time equality for secrets.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A new TOTP secret: 20 random bytes, base32 as authenticator apps expect.
pub fn new_totp_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    data_encoding::BASE32_NOPAD.encode(&bytes)
}

/// The `otpauth://` URI an authenticator app imports.
pub fn totp_uri(secret: &str, username: &str) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    format!(
        "otpauth://totp/Sightline:{}?secret={}&issuer=Sightline&algorithm=SHA1&digits=6&period=30",
        enc(username),
        secret
    )
}

/// The 6-digit TOTP code for a secret at a 30-second time step (RFC 6238, HMAC-SHA1).
pub fn totp_code(secret: &str, step: u64) -> Option<String> {
    let key = data_encoding::BASE32_NOPAD
        .decode(secret.trim_end_matches('=').as_bytes())
        .ok()?;
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(&key).ok()?;
    mac.update(&step.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let off = (h[19] & 0x0f) as usize;
    let bin = (u32::from(h[off] & 0x7f) << 24)
        | (u32::from(h[off + 1]) << 16)
        | (u32::from(h[off + 2]) << 8)
        | u32::from(h[off + 3]);
    Some(format!("{:06}", bin % 1_000_000))
}

/// The current TOTP time step.
pub fn totp_step_now() -> u64 {
    (chrono::Utc::now().timestamp().max(0) as u64) / 30
}

/// Checks a code typed by a person, allowing one step of clock drift either way.
pub fn verify_totp(secret: &str, code: &str) -> bool {
    totp_step_matching(secret, code).is_some()
}

/// The time step whose code was typed (within one step of drift), to record it as used.
pub fn totp_step_matching(secret: &str, code: &str) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = totp_step_now();
    [now.saturating_sub(1), now, now + 1]
        .into_iter()
        .find(|s| totp_code(secret, *s).is_some_and(|c| same(&c, &code)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totp_matches_the_rfc_6238_test_vectors() {
        // RFC 6238 appendix B, SHA-1, secret "12345678901234567890", last 6 digits.
        let secret = data_encoding::BASE32_NOPAD.encode(b"12345678901234567890");
        assert_eq!(totp_code(&secret, 59 / 30).unwrap(), "287082");
        assert_eq!(totp_code(&secret, 1111111109 / 30).unwrap(), "081804");
        assert_eq!(totp_code(&secret, 2000000000 / 30).unwrap(), "279037");
        assert!(!verify_totp(&secret, "12345"));
        assert!(!verify_totp(&secret, "abcdef"));
        let now = totp_code(&secret, totp_step_now()).unwrap();
        assert!(verify_totp(
            &secret,
            &format!("{} {}", &now[..3], &now[3..])
        ));
    }

    #[test]
    fn passwords_hash_with_argon2id_and_verify() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("correct horse batterY", &h));
        assert!(!verify_password("x", "not a hash"));
        assert!(hash_password("short").is_err());
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a).len(), 64);
        assert!(same(&a, &a.clone()) && !same(&a, &b) && !same("a", "ab"));
        assert!(totp_uri("ABC", "jo smith").contains("Sightline:jo%20smith?secret=ABC"));
    }
}
