"""Commands beyond the core (grade, merge, practice, stats, history), each a thin Click command."""
