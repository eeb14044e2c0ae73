"""The child's entry: ``python -I <this directory> REQUEST_FD REPLY_FD`` (judge/sandbox/child.py).

Python runs this file with the directory itself as ``sys.path[0]``, so each module here
could be imported by its bare name, by the solution too (``import codec``). The directory
is taken off the path, and the package is loaded under one name nothing else uses,
``PACKAGE``; its modules import each other relatively, through the package, so none is
importable by a bare name, and the solution (compiled from its own path, never imported)
cannot shadow one. Cached bytecode in ``__pycache__`` is used when it is there.
"""

import sys
from importlib.util import module_from_spec, spec_from_file_location

PACKAGE = "_judge_sandbox_harness"


def load_package():
    """The harness package, from the directory Python ran, under the name ``PACKAGE``."""
    here = sys.path.pop(0)
    spec = spec_from_file_location(PACKAGE, here + "/__init__.py", submodule_search_locations=[here])
    package = module_from_spec(spec)
    sys.modules[PACKAGE] = package
    spec.loader.exec_module(package)
    return package


if __name__ == "__main__":
    load_package()
    sys.modules[PACKAGE + ".loop"].main()
