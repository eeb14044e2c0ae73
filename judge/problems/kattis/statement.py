"""A Kattis problem statement as readable plain text, for ``judge show``.

Statements live in ``problem_statement/`` (legacy) or ``statement/`` (late 2023-07
drafts) as ``problem.<lang>.tex`` or ``problem.<lang>.md`` (``problem.tex`` means
English). Markdown is already readable and is shown as it is. LaTeX is turned into
text for the subset problem statements use: ``\\problemname``, sections and the
Input/Output environments become headings, lists become dashes, font commands keep
their text, common math symbols become their Unicode characters and ``$...$`` loses its
dollars. It is a reading aid, not a typesetter: unknown commands keep their arguments.
"""

from __future__ import annotations

import re
from pathlib import Path

from judge.errors import ProblemError

STATEMENT_FOLDERS = ("problem_statement", "statement")
_SYMBOLS = {
    "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠", "cdot": "·", "times": "×",
    "ldots": "…", "dots": "…", "cdots": "⋯", "infty": "∞", "pm": "±", "to": "→", "rightarrow": "→",
    "leftarrow": "←", "in": "∈", "sum": "Σ", "prod": "Π", "alpha": "α", "beta": "β", "gamma": "γ",
    "delta": "δ", "epsilon": "ε", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ", "approx": "≈",
    "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "textellipsis": "…", "qquad": "  ",
    "quad": " ", "noindent": "", "item": "-", "hline": "", "bigskip": "", "medskip": "", "smallskip": "",
    "centering": "", "newline": "\n", "par": "\n\n", "mid": "|", "oplus": "⊕", "bmod": "mod", "log": "log",
}
_HEADING_ENVS = {"Input": "Input", "Output": "Output", "Interaction": "Interaction"}
_DROPPED_ENVS = ("figure", "wrapfigure", "center", "itemize", "enumerate", "tabular", "quote", "document")
_ESCAPED = 0xE000  # \% \& ... are kept as private-use characters until the end
_ARG = r"\{((?:[^{}]|\{[^{}]*\})*)\}"  # one {...} argument, one level of nesting


def find_statement(root: Path, lang: str = "en") -> Path:
    """The statement file for ``lang``: .md before .tex, ``problem.tex`` counting as English."""
    names = [f"problem.{lang}.md", f"problem.{lang}.tex"]
    if lang == "en":
        names += ["problem.md", "problem.tex"]
    for folder in STATEMENT_FOLDERS:
        for name in names:
            if (root / folder / name).is_file():
                return root / folder / name
    pdfs = [p for folder in STATEMENT_FOLDERS for p in sorted((root / folder).glob("problem*.pdf"))]
    if pdfs:
        raise ProblemError(f"{pdfs[0]}: the statement is a PDF only; judge shows .tex or .md statements")
    raise ProblemError(f"{root / STATEMENT_FOLDERS[0]}: no problem statement (add problem.{lang}.tex or "
                       f"problem.{lang}.md)")


def read_statement(path: Path) -> tuple[str | None, str]:
    """(the name \\problemname gives or None, the statement as text)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProblemError(f"{path}: cannot read the statement ({exc.strerror})") from exc
    if path.suffix == ".md":
        return None, text.strip() + "\n"
    return latex_name(text), latex_to_text(text)


def latex_name(text: str) -> str | None:
    plain = re.search(r"^%%\s*plainproblemname:\s*(.+)$", text, re.MULTILINE)
    if plain:
        return plain.group(1).strip()
    named = re.search(r"\\problemname" + _ARG, text)
    return latex_to_text(named.group(1)).strip() if named else None


def latex_to_text(text: str) -> str:
    """Readable text from a LaTeX statement body (see the module docstring for the subset)."""
    text = re.sub(r"(?<!\\)%.*", "", text)  # comments, but not \%
    text = re.sub(r"\\([%#_{}&$])", lambda m: chr(_ESCAPED + ord(m.group(1))), text)  # literal characters
    text = re.sub(r"\\problemname" + _ARG, "", text)
    text = text.replace("---", "\u2014").replace("--", "\u2013")  # before headings are underlined
    text = re.sub(r"\\(?:sub)*section\*?" + _ARG, lambda m: f"\n\n{m.group(1)}\n{'-' * len(m.group(1))}\n", text)
    for env, title in _HEADING_ENVS.items():
        text = text.replace(f"\\begin{{{env}}}", f"\n\n{title}\n{'-' * len(title)}\n").replace(f"\\end{{{env}}}", "")
    text = re.sub(r"\\begin\{(?:verbatim|lstlisting)\}(.*?)\\end\{(?:verbatim|lstlisting)\}",
                  lambda m: m.group(1).replace("\\", "\0"), text, flags=re.DOTALL)
    text = re.sub(r"\\(?:begin|end)\{(?:%s)\*?\}(?:\{[^}]*\})*" % "|".join(_DROPPED_ENVS), "\n", text)
    text = re.sub(r"\\(?:illustration|includegraphics)(?:\[[^]]*\])?(?:\{[^}]*\}){1,3}", "", text)
    text = re.sub(r"\\(?:frac|dfrac|tfrac)" + _ARG + _ARG, r"(\1)/(\2)", text)
    text = re.sub(r"\\sqrt" + _ARG, r"√(\1)", text)
    text = re.sub(r"\\(?:url|href)" + _ARG, r"\1", text)
    for _ in range(3):  # font commands may nest
        text = re.sub(r"\\(?:textbf|textit|emph|texttt|textsc|underline|mathrm|mathit|mathbf|text|mbox|"
                      r"operatorname|textrm|textsf)" + _ARG, r"\1", text)
    text = re.sub(r"\\([a-zA-Z]+)(?![a-zA-Z])", lambda m: _SYMBOLS.get(m.group(1), m.group(0)), text)
    text = re.sub(r"([\^_])\{([^{}]*)\}", lambda m: m.group(1) + (m.group(2) if len(m.group(2)) < 2 else f"({m.group(2)})"), text)
    text = text.replace("$", "")
    text = re.sub(r"\\\\[ \t]*\n?", "\n", text)
    text = text.replace("&", " | ").replace("``", "\u201c").replace("''", "\u201d")
    text = text.replace("~", " ")
    text = re.sub(r"\\([,;:! ])", " ", text)
    text = text.replace("{", "").replace("}", "").replace("\0", "\\")
    text = re.sub("[%s-%s]" % (chr(_ESCAPED), chr(_ESCAPED + 127)), lambda m: chr(ord(m.group()) - _ESCAPED), text)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


__all__ = ["find_statement", "latex_name", "latex_to_text", "read_statement"]
