//! Staleness checks of committed generated files live here.
