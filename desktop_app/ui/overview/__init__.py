"""overview: see docs/architecture.md."""
