"""facilities: see docs/architecture.md."""
