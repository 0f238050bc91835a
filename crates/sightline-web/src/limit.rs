//! A per-address rate limit for the public forms, kept in memory only.
//!
//! Addresses are never stored: the key is a SHA-256 of the address with a salt drawn at
//! start-up, so even the process's memory holds no address, and a restart forgets all.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

pub struct RateLimiter {
    salt: [u8; 16],
    max: usize,
    window: Duration,
    seen: Mutex<HashMap<[u8; 32], Vec<Instant>>>,
}

impl RateLimiter {
    pub fn new(max: usize, window: Duration) -> Self {
        RateLimiter {
            salt: rand::random(),
            max,
            window,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one attempt from `address`; false when the address has used up its allowance.
    pub fn allow(&self, address: &str) -> bool {
        let key: [u8; 32] = Sha256::new()
            .chain_update(self.salt)
            .chain_update(address.as_bytes())
            .finalize()
            .into();
        let now = Instant::now();
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        // Forget old entries now and then so memory stays bounded under a flood.
        if seen.len() > 10_000 {
            seen.retain(|_, times| times.iter().any(|t| now.duration_since(*t) < self.window));
        }
        let times = seen.entry(key).or_default();
        times.retain(|t| now.duration_since(*t) < self.window);
        if times.len() >= self.max {
            return false;
        }
        times.push(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_up_to_the_limit_per_address() {
        let l = RateLimiter::new(2, Duration::from_secs(60));
        assert!(l.allow("10.0.0.1"));
        assert!(l.allow("10.0.0.1"));
        assert!(!l.allow("10.0.0.1"));
        assert!(l.allow("10.0.0.2"), "another address is not affected");
    }

    #[test]
    fn the_window_expires() {
        let l = RateLimiter::new(1, Duration::from_millis(0));
        assert!(l.allow("a"));
        assert!(l.allow("a"));
    }
}
