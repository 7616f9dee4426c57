"""visits: see docs/architecture.md."""
