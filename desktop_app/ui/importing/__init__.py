"""importing: see docs/architecture.md."""
