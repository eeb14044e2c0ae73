"""Grading a class: submissions matched to problems, judged in parallel, collected in a gradebook and a results log."""
