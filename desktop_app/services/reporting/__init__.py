"""reporting: see docs/architecture.md."""
