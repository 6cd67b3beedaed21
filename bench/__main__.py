"""`python -m bench NAME [NAME...]` or `python -m bench all`: run benchmarks, print figures."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def available() -> list[str]:
    here = Path(__file__).parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_"))


def main(argv: list[str]) -> int:
    """Benchmark names first; options after them (`python -m bench timex --dev`) go to each."""
    names = argv or ["--help"]
    if names[0] in ("-h", "--help"):
        print("usage: python -m bench NAME [NAME...] | all\navailable: " + ", ".join(available()))
        return 0
    first_option = next((i for i, a in enumerate(names) if a.startswith("-")), len(names))
    names, options = names[:first_option], names[first_option:]
    if names == ["all"]:
        names = available()
    for name in names:
        if name not in available():
            print(f"unknown benchmark {name!r}; available: {', '.join(available())}")
            return 2
        print(f"== bench {name} ==", flush=True)
        t0 = time.perf_counter()
        module = importlib.import_module(f"bench.{name}")
        sys.argv = [f"bench.{name}", *options]
        rc = module.main() if hasattr(module, "main") else 0
        print(f"== {name}: {time.perf_counter() - t0:.1f} s ==\n", flush=True)
        if rc:
            return int(rc)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
