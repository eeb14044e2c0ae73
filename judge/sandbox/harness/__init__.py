"""The child side of the judge: load one solution, call it case by case, send back plain data.

This package runs inside the sandbox, next to untrusted code: the child runs the directory
(``python -I judge/sandbox/harness``, see ``__main__.py``). It imports nothing from the
``judge`` package and nothing outside the standard library (NumPy only for a problem that
needs it), so the sandbox only has to show it this one directory. It decides no verdict:
it reports what happened, and the judge's own process compares outputs and applies limits.
The judge also imports it in its own process (``judge.judging.fuzz`` runs the reference
through :class:`Harness`).

Modules, one job each: ``loop`` (the :class:`Harness` and its request loop, ``main``),
``loading`` (the ``load`` request), ``calls`` (running a case, and a solution's failures as
replies), ``streams`` (a stream's source and cases), ``program`` (the ``stdio`` kind's
descriptors), ``codec`` (values both ways), ``tracebacks`` (compile errors and the user's
traceback), ``console`` (the solution's ``sys.stdout``).

Wire protocol (JSON, one object per line), over two pipes whose fd numbers are
the child's two arguments:

- requests arrive on the first (stdin is /dev/null, so ``input()`` in user code
  cannot swallow them);
- replies leave on the second, each carrying the run's ``token``; the judge rejects any
  line that is not a well-formed reply to the request it sent;
- fd 1 and fd 2 are the solution's stdout and stderr, drained and capped by the judge.

Requests: ``{"op": "load", ...}`` once, then ``{"op": "case", ...}`` per case (or
``{"op": "cases", "cases": [...]}``, a batch: one reply listing each case's). In a
stream problem, the source (``rand6``) asks the judge for draws mid-case: a reply
``{"status": "draws"}``, answered by ``{"op": "draws", "draws": [...]}`` on the
request pipe (the judge derives and counts them, see ``judge.judging.draws``). In
``stdio`` mode the solution is a program: ``load`` only compiles it, and each ``case``
(``{"stdin": text, "output_cap": bytes}``) runs it as ``__main__`` with the text on fd 0
and ``sys.stdin``; what reaches its fd 1 (print, ``os.write(1, ...)``, ``open(1, "w")``) comes back as the reply's ``value``.
Replies carry ``status``: ``ok``, ``exception`` (with the user's traceback),
``memory`` (MemoryError), ``exit`` (SystemExit), ``compile`` (SyntaxError or no entry point),
``too_large`` (a returned value too large or too deeply nested to send back), ``draws``
(an ask for a stream's draws). The judge's side of the protocol is
``judge/sandbox/protocol.py``; the harness cannot import it, so ``STATUSES``,
``REPLY_KEYS`` and ``MAX_DEPTH`` spell the same names, and tests/sandbox/test_protocol.py
keeps them in step. The judge treats every reply as a claim: it measures time and memory itself.

The solution runs in the main thread, as on LeetCode (so ``signal.signal`` works at
import), on the main thread's stack, which the judge sets to 512 MB (``RLIMIT_STACK``)
before starting the child, so deep recursion works. Threads the solution starts get
``THREAD_STACK_BYTES`` each (glibc would otherwise give each one RLIMIT_STACK).
"""

from .codec import INT_TAG_BITS, MAX_DEPTH, VALUE_DEPTH, decode, encode
from .loop import REPLY_KEYS, STATUSES, Harness

__all__ = ["INT_TAG_BITS", "MAX_DEPTH", "REPLY_KEYS", "STATUSES", "VALUE_DEPTH", "Harness", "decode", "encode"]
