"""The records a class grading produces, their summary, and the merge of shards.

A ``Gradebook`` is what every grading output is drawn from: ``judge grade`` builds
one as it judges, ``judge merge`` rebuilds one from the shards' JSON files. Its JSON
form is the document other tools rely on (see docs/ci-grading.md, "JSON output"):

    {"results": [{"submitter", "problem", "file", "verdict", "time_ms", "failing_case", ...}],
     "summary": {...}, "unmatched": [{"submitter", "file", "reason"}],
     "options": {"seed", "fuzz", "sandbox"}, "shard": {"index", "total"} | null, "shards": [...]}

``failing_case`` has the shape of ``judge.report.data.failing_to_dict``. Records are
sorted by submitter, problem and file, so the same class gives the same document
whether it was graded in one run or in shards.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from judge.errors import UsageError
from judge.verdict import JudgeResult, Verdict


@dataclass(frozen=True)
class Graded:
    """One submission's outcome, as plain data (a JudgeResult cut down to what a grader shows)."""

    submitter: str
    problem: str
    file: str
    verdict: Verdict
    time_ms: float = 0.0
    memory_kb: int = 0
    passed: int = 0
    total: int = 0
    message: str = ""
    failing_case: dict[str, Any] | None = None
    minimal_case: dict[str, Any] | None = None
    sandbox: str = ""
    wall_s: float = 0.0
    hidden_case: bool = False  # failed on a hidden case (not a sample): students may not see its details

    @property
    def key(self) -> str:
        """``submitter/file``: what sharding hashes and ``--resume`` recognises."""
        return f"{self.submitter}/{self.file}"

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.AC

    @classmethod
    def from_result(cls, submitter: str, file: str, result: JudgeResult, wall_s: float,
                    hidden: frozenset[str] = frozenset()) -> Graded:
        """``hidden``: the names of the problem's hidden cases (a failure on one is marked ``hidden_case``)."""
        from judge.report.data import failing_to_dict, found_to_dict

        failing = result.failing_case
        return cls(hidden_case=failing is not None and failing.name in hidden, submitter=submitter, problem=result.problem, file=file, verdict=result.verdict,
                   time_ms=round(result.time_ms, 3), memory_kb=result.memory_kb, passed=result.passed,
                   total=result.total, message=result.message, failing_case=failing_to_dict(result.failing_case),
                   minimal_case=found_to_dict(result.minimal_case), sandbox=result.sandbox, wall_s=round(wall_s, 3))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = self.verdict.value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Graded:
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        known["verdict"] = Verdict(data["verdict"])
        return cls(**known)


@dataclass(frozen=True)
class Unmatched:
    """A file that names no problem: reported in every output, never judged."""

    submitter: str
    file: str
    reason: str

    @property
    def key(self) -> str:
        return f"{self.submitter}/{self.file}"


@dataclass
class Gradebook:
    """Every outcome of one grading (or of merged shards), and what produced them."""

    results: list[Graded] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    shard: tuple[int, int] | None = None
    shards: list[tuple[int, int] | None] = field(default_factory=list)

    def sorted(self) -> Gradebook:
        return Gradebook(sorted(self.results, key=lambda r: (r.submitter, r.problem, r.file)),
                         sorted(self.unmatched, key=lambda u: (u.submitter, u.file)),
                         self.options, self.shard, self.shards)

    def submitters(self) -> list[str]:
        return sorted({r.submitter for r in self.results} | {u.submitter for u in self.unmatched})

    def problems(self) -> list[str]:
        return sorted({r.problem for r in self.results})

    @property
    def rejected(self) -> list[Graded]:
        return [r for r in self.results if not r.accepted]

    def summary(self) -> dict[str, Any]:
        """Counts for people and tools: overall, per verdict, per problem."""
        per_problem = {}
        for problem in self.problems():
            mine = [r for r in self.results if r.problem == problem]
            accepted = sum(r.accepted for r in mine)
            per_problem[problem] = {"submissions": len(mine), "accepted": accepted,
                                    "pass_rate": round(accepted / len(mine), 4), "verdicts": _count(mine)}
        accepted = sum(r.accepted for r in self.results)
        return {
            "submissions": len(self.results),
            "submitters": len(self.submitters()),
            "problems": len(per_problem),
            "accepted": accepted,
            "rejected": len(self.results) - accepted,
            "pass_rate": round(accepted / len(self.results), 4) if self.results else None,
            "internal_errors": sum(r.verdict is Verdict.IE for r in self.results),
            "unmatched": len(self.unmatched),
            "verdicts": _count(self.results),
            "per_problem": per_problem,
        }

    def to_dict(self) -> dict[str, Any]:
        book = self.sorted()
        return {
            "results": [r.to_dict() for r in book.results],
            "summary": book.summary(),
            "unmatched": [asdict(u) for u in book.unmatched],
            "options": dict(self.options),
            "shard": None if self.shard is None else {"index": self.shard[0], "total": self.shard[1]},
            "shards": [None if s is None else {"index": s[0], "total": s[1]} for s in self.shards],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "the JSON") -> Gradebook:
        """Rebuild a gradebook from ``judge grade --json`` output; UsageError if it is not one."""
        try:
            shard = data.get("shard")
            return cls(results=[Graded.from_dict(r) for r in data["results"]],
                       unmatched=[Unmatched(u["submitter"], u["file"], u["reason"]) for u in data.get("unmatched", [])],
                       options=dict(data.get("options") or {}),
                       shard=None if shard is None else (int(shard["index"]), int(shard["total"])),
                       shards=[None if s is None else (int(s["index"]), int(s["total"]))
                               for s in data.get("shards", [shard])])
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UsageError(f"{where} is not the JSON output of `judge grade --json` "
                             f"({type(exc).__name__}: {exc})") from exc


def _count(results: list[Graded]) -> dict[str, int]:
    """Every verdict with its count, zeros included, in Verdict order (a stable shape for tools)."""
    return {v.value: sum(r.verdict is v for r in results) for v in Verdict}


def merge(books: list[tuple[str, Gradebook]]) -> Gradebook:
    """Combine shard gradebooks (named by file) into one, as if graded in a single run.

    Refuses what would give a silently wrong total: shards graded with different
    options, a submission present in two files, shards of different splits, or a
    missing shard.
    """
    if not books:
        raise UsageError("nothing to merge: pass the shards' JSON files (judge merge shard-*.json)")
    merged = Gradebook(options=dict(books[0][1].options))
    owner: dict[str, str] = {}
    for name, book in books:
        if book.options != merged.options:
            raise UsageError(f"{name} was graded with {book.options}, {books[0][0]} with {merged.options}; "
                             f"grade every shard with the same --seed, --sandbox and --no-fuzz")
        for key in [r.key for r in book.results] + [u.key for u in book.unmatched]:
            if key in owner:
                raise UsageError(f"{key} is in both {owner[key]} and {name}; pass each shard's file once")
            owner[key] = name
        merged.results += book.results
        merged.unmatched += book.unmatched
        merged.shards += book.shards
    _check_shards(merged.shards)
    return merged.sorted()


def _check_shards(shards: list[tuple[int, int] | None]) -> None:
    split = [s for s in shards if s is not None]
    if not split:
        return
    totals = {total for _, total in split}
    if len(totals) > 1 or len(split) != len(shards):
        raise UsageError(f"the files come from different splits ({', '.join(_name(s) for s in shards)}); "
                         f"merge the shards of one run")
    total = totals.pop()
    missing = sorted(set(range(1, total + 1)) - {index for index, _ in split})
    if missing:
        raise UsageError(f"shard(s) {', '.join(f'{k}/{total}' for k in missing)} missing; "
                         f"merge needs every shard's JSON file")


def _name(shard: tuple[int, int] | None) -> str:
    return "unsharded" if shard is None else f"{shard[0]}/{shard[1]}"
