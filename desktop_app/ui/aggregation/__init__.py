"""aggregation: see docs/architecture.md."""
