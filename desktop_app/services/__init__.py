"""Use cases: what the window and the command line ask of the program."""
