//! What the benchmarks share: the corpus generator.
pub mod corpus;
