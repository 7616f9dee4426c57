"""clubs: see docs/architecture.md."""
