"""logs: see docs/architecture.md."""
