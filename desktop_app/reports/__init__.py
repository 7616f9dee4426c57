"""Report workbooks: pure functions from indicator values to xlsx bytes and back."""
