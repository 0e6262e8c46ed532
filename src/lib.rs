//! liseuse: a terminal reader for corpora of articles.
//!
//! The crate is layered: [`model`] is the pure document model (no terminal
//! types), the UI turns keys into actions that update it, and views draw it.

pub mod action;
pub mod annotating;
pub mod app;
pub mod cli;
pub mod config;
pub mod external;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod model;
pub use app::reading;
pub mod sanitize;
pub mod state;
pub mod theme;
pub mod ui;
pub mod update;
pub mod wrap;
