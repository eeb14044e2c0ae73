"""What a solution's faults look like to its author: compile errors, and tracebacks limited
to the frames in the solution's own file (never the harness's), as Python prints them."""

import collections
import io
import traceback

TRACEBACK_FRAMES = 50


def compile_solution(path):
    """(code, source text) of the solution file, or a ``compile`` reply.

    The file is read as ``python file.py`` reads a script: UTF-8 (a BOM from a Windows
    editor is not code), or the encoding its PEP 263 declaration names
    (``# -*- coding: gbk -*-``, as a Chinese editor may save it).
    """
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        return {"status": "compile", "message": "cannot read the solution: %s" % exc}
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        import tokenize

        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
            source = raw.decode(encoding)
        except (SyntaxError, UnicodeDecodeError, LookupError):
            return {"status": "compile", "message": "cannot read the solution: it is not UTF-8 (%s); save it as "
                    "UTF-8 or declare its encoding on line 1 or 2 (# -*- coding: gbk -*-)" % exc}
    try:
        return compile(source, path, "exec"), source
    except SyntaxError as exc:
        detail = "".join(traceback.format_exception_only(type(exc), exc))
        return {"status": "compile", "message": detail.strip(), "line": exc.lineno}


def shown(exc):
    """``str(exc)``, or a stand-in when the exception's own ``__str__`` fails."""
    try:
        return str(exc)
    except BaseException:
        return "<%s whose str() failed>" % type(exc).__name__


def user_traceback(exc, path):
    """The traceback limited to frames in the user's file, as Python prints it.

    Only the first and last ``TRACEBACK_FRAMES`` frames are looked up and formatted:
    doing all of a 300,000-deep RecursionError takes seconds, long enough to turn a
    runtime error into a time-out.
    """
    head, tail, skipped = [], collections.deque(maxlen=TRACEBACK_FRAMES), 0
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            if len(head) < TRACEBACK_FRAMES:
                head.append((tb.tb_frame, tb.tb_lineno))
            else:
                skipped += len(tail) == tail.maxlen
                tail.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    lines = ["Traceback (most recent call last):\n"]
    lines += traceback.StackSummary.extract(head).format()
    if skipped:
        lines.append("  ... %d more calls ...\n" % skipped)
    lines += traceback.StackSummary.extract(tail).format()
    lines += traceback.format_exception_only(type(exc), exc)
    last = (tail or head or [(None, None)])[-1][1]
    return "".join(lines), last
