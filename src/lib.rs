//! liseuse: a terminal reader for corpora of articles.
//!
//! The crate is layered: [`model`] is the pure document model (no terminal
//! types), the UI turns keys into actions that update it, and views draw it.

pub mod cli;
pub mod model;
pub mod sanitize;
