"""``python -m judge.cli`` runs the command line (tests and the sandbox attack suite use it)."""

from judge.cli import run_main

run_main()
