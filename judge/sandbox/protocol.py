"""The wire protocol between the judge and the harness: the one place requests are built.

Requests are JSON objects, one per line, on the request pipe (the harness's first
argument); replies come back on the reply pipe (see ``judge.sandbox.harness``).
``load`` is sent once per child, then one ``case`` per judged case.
"""

from __future__ import annotations

from judge.problems.problem import Case, Problem


def load_request(problem: Problem, path: str) -> dict[str, object]:
    """The harness's load request for a solution of ``problem``."""
    request: dict[str, object] = {"op": "load", "path": path, "names": list(problem.entry_names), "mode": problem.kind,
                                  "requires": list(problem.requires)}
    if problem.kind == "stream":
        request.update(source=problem.stream_source, sides=problem.stream_sides)
    return request


def case_request(problem: Problem, case: Case, repeats: int = 1, budget_s: float = 0.0) -> dict[str, object]:
    """The harness's request to run one case."""
    request: dict[str, object] = {"op": "case", "args": case.args, "repeats": repeats, "repeat_budget_s": budget_s}
    if problem.inplace_arg is not None:
        request["inplace"] = problem.inplace_arg
    if problem.kind == "stream":
        request["calls"] = case.calls  # no seed: the judge serves the draws (judge.judging.draws)
    if problem.kind == "stdio":
        from judge.judging import stdio  # the case's input file, read only when it is judged

        request.update(stdio.case_fields(problem, case))
    return request
