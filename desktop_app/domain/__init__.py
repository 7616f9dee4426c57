"""Domain rules of the programme: pure Python, no Qt and no SQL."""
