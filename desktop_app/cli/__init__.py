"""The command line (domain.md §9): the same services as the window, without the GUI."""
