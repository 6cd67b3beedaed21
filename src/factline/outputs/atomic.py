"""Write outputs so that a reader sees the old version or the new one, never half of one.

One file: `atomic_path` / `write_text` write beside the target and rename over it.

A build's three outputs (`OUTPUT_FILES`) are one *generation*: they are written into a
private folder `OUT/.factline/tmp-<pid>-*/`, which is renamed to `OUT/.factline/gen-*/`
when complete, and the symbolic link `OUT/.factline/current` is then switched to it with
one rename. `OUT/dossier.json`, `OUT/factline.db` and `OUT/report.html` are links through
`current`, so whoever opens them gets files of one generation; a reader that opens several
and must not see a build land in between resolves `current_generation(OUT)` once and
opens the files inside it. A run killed at any point leaves the previous generation in
place; its leftovers are removed by the next build (`remove_stale`), which also keeps
only the current and the previous generation. `output_lock` keeps two builds out of
one folder at the same time.

Where symbolic links cannot be made (some Windows set-ups) the files are copied over the
old ones one by one instead, which is atomic per file only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from factline.config import OUTPUT_FILES, STATE_DIR

try:
    import fcntl
except ImportError:  # Windows: builds are not locked against each other
    fcntl = None  # type: ignore[assignment]

CURRENT = "current"
LOCK = "lock"
LINK_PROBE = "link-probe-"


class OutputBusy(RuntimeError):
    """Another build is writing into the same output folder."""


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; rename it over `target` only on success."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    # mkstemp makes the file 0600; outputs are ordinary files others may read.
    os.chmod(tmp, 0o666 & ~_umask())
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        with open(tmp_path, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_text(target: Path, text: str) -> Path:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return target


# ---- one build's outputs as one generation ---------------------------------------------

@contextlib.contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold `OUT/.factline/lock` for the block; `OutputBusy` if another build holds it.

    The lock is the kernel's (flock): a build killed with -9 releases it by dying."""
    state = out / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    fd = os.open(state / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
                raise OutputBusy(f"another factline build (process {holder}) is writing into {out}; wait for "
                                 f"it to finish or choose another output folder") from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def staging_folder(out: Path) -> Path:
    """A new private folder for this build's outputs, inside `OUT/.factline/`."""
    state = out / STATE_DIR
    state.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"tmp-{os.getpid()}-", dir=state))
    os.chmod(folder, 0o777 & ~_umask())
    return folder


def publish(out: Path, staged: Path) -> Path:
    """Make the complete outputs in `staged` the current generation; return its folder."""
    for name in os.listdir(staged):
        _fsync(staged / name)
    _fsync(staged)
    state = out / STATE_DIR
    generation = state / f"gen-{time.time_ns()}-{os.getpid()}"
    os.rename(staged, generation)
    if _can_link(state):
        _switch_link(state / CURRENT, generation.name)
        for name in OUTPUT_FILES:
            if os.path.lexists(generation / name):
                _ensure_link(out / name, f"{STATE_DIR}/{CURRENT}/{name}")
    else:
        _copy_out(out, generation)
    _fsync(state)
    _fsync(out)
    return generation


def current_generation(out: Path) -> Path:
    """The folder holding the current outputs: a generation folder, or `out` itself for
    outputs written before generations (or copied where links cannot be made)."""
    link = out / STATE_DIR / CURRENT
    return link.resolve() if link.is_dir() and (out / OUTPUT_FILES[0]).is_symlink() else out


def remove_stale(out: Path) -> list[Path]:
    """Remove what killed builds left behind and generations older than the previous one.

    Call it holding `output_lock`: no other build is then writing here."""
    state = out / STATE_DIR
    if not state.is_dir():
        return []
    current = os.readlink(state / CURRENT) if os.path.islink(state / CURRENT) else None
    generations = sorted(p.name for p in state.iterdir() if p.name.startswith("gen-"))
    older = [g for g in generations if g != current]
    keep = {current, older[-1] if older else None}
    stale = [state / g for g in generations if g not in keep]
    stale += [p for p in state.iterdir() if p.name.startswith(("tmp-", f"{CURRENT}.tmp-", LINK_PROBE))]
    stale += [p for p in out.iterdir() if p.name.endswith(".tmp") and
              any(p.name.startswith(f".{name}.") for name in OUTPUT_FILES)]
    for path in stale:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    return stale


def _switch_link(link: Path, target: str) -> None:
    tmp = link.with_name(f"{link.name}.tmp-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _ensure_link(path: Path, target: str) -> None:
    if os.path.islink(path) and os.readlink(path) == target:
        return
    tmp = path.with_name(f".{path.name}.link-{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, path)


def _can_link(folder: Path) -> bool:
    """Whether symbolic links can be made here (not on FAT drives, nor on Windows without
    the privilege)."""
    probe = folder / f"{LINK_PROBE}{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        probe.unlink()
    try:
        os.symlink("probe", probe)
    except (OSError, NotImplementedError):
        return False
    probe.unlink()
    return True


def _copy_out(out: Path, generation: Path) -> None:
    for name in OUTPUT_FILES:
        if (generation / name).exists():
            with atomic_path(out / name) as tmp:
                shutil.copyfile(generation / name, tmp)


def _fsync(path: Path) -> None:
    """Flush a file or a folder's entries to disk (folders: POSIX only)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
