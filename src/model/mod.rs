//! The document model: pure data and logic, no terminal. Every pane of the
//! reader is a view of it; every command that prints uses it too.

pub mod anchor;
pub mod annotation;
pub mod article;
pub mod bytes;
pub mod cache;
pub mod calendar;
pub mod convert;
pub mod corpus;
pub mod corrections;
pub mod document;
pub mod entities;
pub mod estimated_date;
pub mod explore;
pub mod index;
pub mod lang;
pub mod lazy_text;
pub mod loader;
pub mod meta;
pub mod motion;
pub mod query;
pub mod reading;
pub mod safe_open;
pub mod store;
pub mod text;

pub use article::{Article, Lang};
pub use document::{Document, SortKey};
pub use entities::{EntityKind, Mention};
