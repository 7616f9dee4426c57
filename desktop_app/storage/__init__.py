"""SQLite storage. The only package that holds SQL."""
