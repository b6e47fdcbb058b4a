//! The implementations the benchmarks compare, at two sizes: the real Agora catalog (118 codes,
//! ours is `chat_errors::ErrorCode`) and a synthetic one of 5,000 codes.
//!
//! ```text
//! cargo bench -p chat-errors-benches                            # run-time lookups, expansion
//! cargo run -p chat-errors-benches --release --bin build-times  # build times
//! ```

#[path = "synthetic.rs"]
pub mod synthetic;

/// The real catalog, written by hand and as `phf` maps.
pub mod agora {
    /// A hand-written `match` per lookup.
    pub mod hand {
        include!(concat!(env!("OUT_DIR"), "/hand_agora.rs"));
    }
    /// `phf` maps from code and from name.
    pub mod phf_maps {
        use super::hand::Hand;
        include!(concat!(env!("OUT_DIR"), "/phf_agora.rs"));
    }
    /// The same `match` again, at other addresses: the noise floor of code placement.
    pub mod hand_copy {
        include!(concat!(env!("OUT_DIR"), "/hand_agora.rs"));
    }
}

/// The synthetic catalog of 5,000 codes, three ways.
pub mod large {
    /// What `agora_errors!` generates.
    pub mod ours {
        include!(concat!(env!("OUT_DIR"), "/ours_large.rs"));
    }
    /// A hand-written `match` per lookup.
    pub mod hand {
        include!(concat!(env!("OUT_DIR"), "/hand_large.rs"));
    }
    /// `phf` maps from code and from name.
    pub mod phf_maps {
        use super::hand::Hand;
        include!(concat!(env!("OUT_DIR"), "/phf_large.rs"));
    }
    /// The same `match` again, at other addresses: the noise floor of code placement.
    pub mod hand_copy {
        include!(concat!(env!("OUT_DIR"), "/hand_large.rs"));
    }
}

/// A synthetic catalog of 20,000 codes, which takes the huge shape: ours only.
pub mod huge {
    include!(concat!(env!("OUT_DIR"), "/ours_huge.rs"));
}

/// Synthetic catalogs at and past the size from which `from_name` hashes, ours and by hand.
pub mod threshold {
    /// 256 codes.
    pub mod at_256 {
        /// What `agora_errors!` generates.
        pub mod ours {
            include!(concat!(env!("OUT_DIR"), "/ours_256.rs"));
        }
        /// A hand-written `match` per lookup.
        pub mod hand {
            include!(concat!(env!("OUT_DIR"), "/hand_256.rs"));
        }
    }
    /// 512 codes.
    pub mod at_512 {
        /// What `agora_errors!` generates.
        pub mod ours {
            include!(concat!(env!("OUT_DIR"), "/ours_512.rs"));
        }
        /// A hand-written `match` per lookup.
        pub mod hand {
            include!(concat!(env!("OUT_DIR"), "/hand_512.rs"));
        }
    }
}

/// An entry of the large catalog that takes two arguments, for the cost of rendering its message.
pub mod render {
    include!(concat!(env!("OUT_DIR"), "/render.rs"));
}
