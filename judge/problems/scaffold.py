"""``judge new SLUG``: a new problem folder, from the templates in ``judge/problems/template/``.

The folder it writes (docs/problem-format.md, "Writing a new problem: judge new"):

    SLUG/problem.toml          commented, every key explained (as Kattis's problem.yaml skeleton)
    SLUG/statement.en.md       statement.zh.md too (the loader still requires it)
    SLUG/stub.py               the entry point with the given parameters, body `pass`
    SLUG/reference.py          the same signature, raising NotImplementedError until written
    SLUG/validator.py          checks the number of arguments; TODO: the constraints
    SLUG/strategies.py         replays the samples until real strategies are written
    SLUG/generate.py           writes data/secret/ with judge.problems.generating
    SLUG/data/sample.jsonl     one placeholder sample
    SLUG/submissions/<verdict>/.gitkeep   one empty folder per verdict a known solution can get

Once the reference and the sample are filled in and ``python generate.py`` has written
the hidden cases, ``judge check SLUG`` passes. An existing folder is never touched.
"""

from __future__ import annotations

import json
import keyword
import re
import shutil
import string
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from judge.errors import UsageError
from judge.verdict import Verdict

SLUG = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# template file -> where it goes in the new folder
FILES = {
    "problem.toml.tmpl": "problem.toml",
    "statement.en.md.tmpl": "statement.en.md",
    "statement.zh.md.tmpl": "statement.zh.md",
    "stub.py.tmpl": "stub.py",
    "reference.py.tmpl": "reference.py",
    "validator.py.tmpl": "validator.py",
    "strategies.py.tmpl": "strategies.py",
    "generate.py.tmpl": "generate.py",
    "sample.jsonl.tmpl": "data/sample.jsonl",
}
VERDICT_FOLDERS = tuple(v.folder for v in Verdict if v is not Verdict.IE)


def check_slug(slug: str) -> str:
    """``slug`` if it is a folder name the judge accepts (lowercase words joined by hyphens), else UsageError."""
    if SLUG.match(slug):
        return slug
    suggestion = "-".join(re.findall(r"[a-z0-9]+", slug.lower()))
    hint = f"; did you mean {suggestion!r}?" if suggestion and SLUG.match(suggestion) else ""
    raise UsageError(f"invalid problem name {slug!r}: use lowercase letters, digits and hyphens, starting "
                     f"with a letter, like 'two-sum' (it becomes the folder's name){hint}")


def scaffold(problems_dir: Path, slug: str, *, title: str | None = None, entry: str = "solve",
             params: Sequence[str] = ("nums",)) -> Path:
    """Create ``problems_dir/slug`` from the templates and return it.

    ``entry`` is the function solutions define and ``params`` its parameters; both
    appear in problem.toml, the stub, the reference and the validator. Refuses an
    invalid slug or identifier, and an existing folder (nothing is overwritten).
    """
    check_slug(slug)
    for name in (entry, *params):
        if not name.isidentifier() or keyword.iskeyword(name):
            raise UsageError(f"{name!r} is not a Python name; the entry point and its parameters must be, "
                             f"e.g. --entry minWindow --params s,t")
    if len(set(params)) != len(params):
        raise UsageError(f"the parameters {', '.join(params)} repeat a name")
    folder = problems_dir / slug
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        raise UsageError(f"{folder} already exists; choose another name or delete it first "
                         f"(judge new never overwrites a folder)") from None
    except OSError as exc:
        raise UsageError(f"cannot create {folder} ({exc.strerror})") from exc
    try:
        _fill(folder, _values(slug, title, entry, params))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)  # the folder is ours: we created it just above
        raise
    return folder


def _values(slug: str, title: str | None, entry: str, params: Sequence[str]) -> dict[str, str]:
    shown = " ".join((title or " ".join(word.capitalize() for word in slug.split("-"))).split())
    return {
        "slug": slug,
        "title": shown,
        "title_toml": json.dumps(shown, ensure_ascii=False),  # a JSON string is a valid TOML basic string
        "entry": entry,
        "params_toml": ", ".join(f'"{p}"' for p in params),
        "params_sig": ", ".join(params),
        "n_params": str(len(params)),
        "example_input": ", ".join(f"{p} = TODO" for p in params) or "(no arguments)",
        "example_args": "[" + ", ".join("0" for _ in params) + "]",
    }


def _fill(folder: Path, values: dict[str, str]) -> None:
    templates = resources.files("judge.problems") / "template"
    for source, target in FILES.items():
        text = string.Template(templates.joinpath(source).read_text(encoding="utf-8")).substitute(values)
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for verdict in VERDICT_FOLDERS:
        keep = folder / "submissions" / verdict / ".gitkeep"
        keep.parent.mkdir(parents=True)
        keep.write_text("", encoding="utf-8")
    (folder / "data" / "secret").mkdir(parents=True, exist_ok=True)


__all__ = ["VERDICT_FOLDERS", "check_slug", "scaffold"]
