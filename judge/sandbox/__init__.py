"""The sandbox: the child process and its limits (bwrap, process tree), and the harness that runs inside it."""
