"""Running the call kinds' cases: a function or method called once with a case's arguments
(timed), a class driven step by step (``object``), and every failure of the
solution's code turned into a reply (an exception, MemoryError, SystemExit), never a failure
of the harness."""

import gc
import sys
import time

from .codec import OutputTooLarge, decode, encode
from .program import run_program
from .tracebacks import shown, user_traceback


class Calls:
    """Running cases, a part of :class:`Harness`."""

    def guarded(self, action):
        """Run ``action``; return None on success or a reply describing how it failed."""
        try:
            action()
        except MemoryError:
            self.reserve = None
            gc.collect()
            return {"status": "memory", "message": "MemoryError"}
        except SystemExit as exc:
            return {"status": "exit", "message": "the solution called exit(%r)" % (exc.code,)}
        except RecursionError as exc:
            text, line = user_traceback(exc, self.path)
            return {"status": "exception", "exc_type": "RecursionError", "message": str(exc), "traceback": text, "line": line}
        except BaseException as exc:  # the user's fault, reported as a Runtime Error
            text, line = user_traceback(exc, self.path)
            return {"status": "exception", "exc_type": type(exc).__name__, "message": shown(exc)[:2000], "traceback": text, "line": line}
        finally:
            try:
                sys.stdout.flush()
            except Exception:
                pass
        return None

    def unsendable(self, exc):
        """The reply for a returned value whose own code raised while it was read (a set subclass's
        ``__iter__``, a module posing as NumPy): the solution's fault, a Runtime Error, not a
        failure of the harness (which ended the process and showed the harness's traceback)."""
        if isinstance(exc, MemoryError):
            self.reserve = None
            gc.collect()
            return {"status": "memory", "message": "MemoryError"}
        text, line = user_traceback(exc, self.path)
        try:
            detail = str(exc)[:2000]
        except Exception:
            detail = "<%s whose str() failed>" % type(exc).__name__
        return {"status": "exception", "exc_type": type(exc).__name__, "traceback": text, "line": line,
                "message": "while the judge read the returned value: " + detail}

    def callable_entry(self):
        if isinstance(self.entry, str):
            return getattr(self.instance_cls(), self.entry)
        return self.entry

    def run_case(self, request):
        self.stdout.reset()
        if self.reserve is None:
            self.reserve = bytearray(4 * 1024 * 1024)
        if self.mode == "stream":
            return self.run_stream(request)
        if self.mode == "stdio":
            return run_program(self, request)
        if self.mode == "object":
            return self.run_object(request)
        return self.run_call(request)

    def run_call(self, request):
        """One call of the entry with the case's arguments: exactly one per request, whatever else the
        request holds (a second call could answer from a memo; the judge times a case in fresh children
        when it must read it again)."""
        inplace = request.get("inplace")
        gc.collect()
        args = decode(request["args"])
        fn = self.callable_entry()  # a fresh Solution() per call, as LeetCode does
        box = []
        start = time.thread_time()
        outcome = self.guarded(lambda: box.append(fn(*args)))
        elapsed = [time.thread_time() - start]
        if outcome is not None:
            outcome.update(cpu_s=elapsed, stdout=self.stdout.text(), stdout_chars=self.stdout.chars)
            return outcome
        try:
            value = encode(box[0])
            after = encode(args[inplace]) if inplace is not None else None
        except OutputTooLarge as exc:
            return {"status": "too_large", "message": str(exc), "cpu_s": elapsed}
        except Exception as exc:  # the value's own code (a set's __iter__) raised
            return dict(self.unsendable(exc), cpu_s=elapsed)
        result = {"status": "ok", "value": value, "cpu_s": elapsed, "stdout": self.stdout.text(),
                  "stdout_chars": self.stdout.chars}
        if inplace is not None:
            result["arg_after"] = after
        return result

    def run_object(self, request):
        steps = request["args"]
        values = []
        obj = [None]
        start = time.thread_time()
        for index, step in enumerate(steps):
            box = []
            if "new" in step:
                args = decode(step["new"])
                action = lambda: obj.__setitem__(0, self.entry(*args))
            elif "call" in step:
                args = decode(step.get("args", []))
                action = lambda: box.append(getattr(obj[0], step["call"])(*args))
            elif "get" in step:
                action = lambda: box.append(getattr(obj[0], step["get"]))
            else:
                value = decode(step["value"])
                action = lambda: setattr(obj[0], step["set"], value)
            outcome = self.guarded(action)
            if outcome is not None:
                outcome.update(step=index, cpu_s=[time.thread_time() - start], stdout=self.stdout.text())
                return outcome
            try:
                values.append(encode(box[0]) if box else None)
            except OutputTooLarge as exc:
                return {"status": "too_large", "message": str(exc), "cpu_s": [time.thread_time() - start]}
            except Exception as exc:  # the value's own code (a set's __iter__) raised
                return dict(self.unsendable(exc), step=index, cpu_s=[time.thread_time() - start])
        return {"status": "ok", "value": values, "cpu_s": [time.thread_time() - start],
                "stdout": self.stdout.text(), "stdout_chars": self.stdout.chars}
