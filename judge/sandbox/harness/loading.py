"""Loading a solution: the LeetCode prelude, the solution's module run once, and its entry
point found (the last ``class Solution``'s method, else a module-level function; a class of
its own in the ``object`` kind). A program (``stdio``) is only compiled here: it runs per case."""

import builtins
import gc

from .codec import NUMPY, numpy_types
from .tracebacks import compile_solution

# Names LeetCode's Python 3 environment pre-imports, so pasted solutions run unmodified.
PRELUDE = """
from typing import *
from collections import *
from itertools import *
from functools import *
from heapq import *
from bisect import *
from math import *
from string import *
import collections, itertools, functools, heapq, bisect, math, string, re, operator, random, sys
"""


class Loading:
    """The ``load`` request, a part of :class:`Harness`."""

    def load(self, request):
        self.path = request["path"]
        self.mode = request.get("mode", "call")
        names = request["names"]
        namespace = {"__name__": "solution", "__file__": self.path, "__builtins__": builtins}
        exec(compile(PRELUDE, "<prelude>", "exec"), namespace)
        if "numpy" in request.get("requires", ()) and not NUMPY:
            import numpy

            NUMPY.extend(numpy_types(numpy))
        if self.mode == "stream":
            self.install_source(namespace, request["source"], request["sides"])
        compiled = compile_solution(self.path)
        if isinstance(compiled, dict):
            return compiled
        code, source = compiled
        if self.mode == "stdio":  # a program: it runs as __main__ once per case, not now
            self.code = code
            gc.collect()
            gc.freeze()  # the harness's own objects: each case's collection skips them
            return {"status": "ok", "stdout": "", "stdout_chars": 0}
        self.stdout.reset()
        outcome = self.guarded(lambda: exec(code, namespace))
        if outcome is not None:
            outcome["during"] = "import"
            return outcome
        found = self.find_entry(namespace, names, source)
        if isinstance(found, dict):
            return found
        self.entry = found
        gc.collect()
        gc.freeze()  # the loaded modules are never garbage: later collections skip them
        return {"status": "ok", "stdout": self.stdout.text(), "stdout_chars": self.stdout.chars}

    def find_entry(self, namespace, names, source):
        """The last ``class Solution``'s method, else a module-level function, else a compile error."""
        cls = namespace.get("Solution")
        if self.mode == "object":
            for name in names:
                if isinstance(namespace.get(name), type):
                    return namespace[name]
            return self.no_entry("class " + " or ".join(names), source, names)
        if isinstance(cls, type):
            for name in names:
                if callable(getattr(cls, name, None)):
                    outcome = self.guarded(lambda: cls())
                    if outcome is not None:
                        outcome["during"] = "Solution()"
                        return outcome
                    self.instance_cls = cls
                    return name
        for name in names:
            if callable(namespace.get(name)) and not isinstance(namespace.get(name), type):
                return namespace[name]
        wanted = "class Solution with a method %s, or a function %s" % (names[0], " / ".join(names))
        return self.no_entry(wanted, source, names)

    def no_entry(self, wanted, source, names):
        line = None
        for number, text in enumerate(source.splitlines(), 1):
            stripped = text.strip()
            if stripped.startswith("class Solution") or any(("def " + n) in stripped for n in names):
                line = number
        where = " (class Solution is at line %d)" % line if line else ""
        return {"status": "compile", "message": "no entry point: define %s%s" % (wanted, where), "line": line}
