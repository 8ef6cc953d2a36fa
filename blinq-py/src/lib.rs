//! Placeholder: the py binding lands in its own issue.
