"""From what the user named (files, folders, globs, URLs) to the files to read.

Every path passed over is accounted for, in one of two lists:
- `errors`: something that may have been meant as an article but cannot be read (a named
  path that does not exist, a broken or looping symbolic link, a FIFO or device, a folder
  that cannot be listed);
- `skipped`: not an article by its name or place (another format such as `.pdf` or
  `.json`, a hidden file, the outputs of an earlier factline build, a `Config.exclude`
  match, a symbolic link leading out of the folder being read).

Symbolic links inside a folder are followed only to files inside that folder; a link named
as an input is followed wherever it leads, since the user chose it.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import glob
import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factline.config import OUTPUT_FILES, STATE_DIR
from factline.model import InputError
from factline.stages.ingest.sanitize import display_path

NOT_ARTICLE_SUFFIXES = (".json", ".py", ".pyc", ".db", ".sqlite", ".png", ".jpg", ".jpeg", ".gif", ".pdf",
                        ".zip")
_GLOB_CHARS = "*?["


@dataclass(slots=True)
class Source:
    location: Path | str  # a file to read, or a URL
    display: str  # the path as the user will see it in documents and errors


@dataclass
class Expansion:
    sources: list[Source] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)

    def error(self, path: str | Path, reason: str, kind: str = "unreadable") -> None:
        self.errors.append(InputError(display_path(str(path)), reason, kind))  # type: ignore[arg-type]

    def skip(self, path: str | Path, reason: str) -> None:
        self.skipped.append(InputError(display_path(str(path)), reason, "skipped"))


def is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def is_output_folder(folder: Path) -> bool:
    """A folder an earlier `factline build` wrote into."""
    return (folder / STATE_DIR).is_dir() or (folder / "factline.db").is_file()


def expand_inputs(inputs: Iterable[str], exclude: Sequence[str] = (), avoid: Sequence[Path] = ()) -> Expansion:
    """Files to read in a stable order, with every input or path passed over explained.

    `avoid`: folders never read (the run's own output folder)."""
    found = Expansion()
    avoid_real = {os.path.realpath(p) for p in avoid}
    for item in inputs:
        if is_url(item):
            found.sources.append(Source(item, item))
        elif os.path.lexists(item):
            _named_path(Path(item), item, found, exclude, avoid_real)
        elif any(ch in item for ch in _GLOB_CHARS):
            _pattern(item, found, exclude, avoid_real)
        else:
            found.error(item, "no such file or folder", "missing")
    return found


def _named_path(path: Path, display: str, found: Expansion, exclude: Sequence[str], avoid: set[str]) -> None:
    try:
        st = os.stat(path)
    except OSError as e:
        found.error(display, _link_problem(path, e))
        return
    if stat.S_ISDIR(st.st_mode):
        _folder(path, found, exclude, avoid)
    elif stat.S_ISREG(st.st_mode):
        _file(path, display, found)
    else:
        found.error(display, f"not a regular file ({_file_type(st.st_mode)}): not read")


def _pattern(pattern: str, found: Expansion, exclude: Sequence[str], avoid: set[str]) -> None:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        found.error(pattern, "pattern matched no files", "missing")
        return
    for match in matches:
        path = Path(match)
        if _excluded(path.name, match, exclude):
            found.skip(match, "excluded by Config.exclude")
            continue
        try:
            st = os.stat(path)
        except OSError as e:
            found.error(match, _link_problem(path, e))
            continue
        if stat.S_ISDIR(st.st_mode):
            found.skip(match, "a folder matched by a pattern: not read (name the folder itself to read its files)")
        elif stat.S_ISREG(st.st_mode):
            _file(path, match, found)
        else:
            found.error(match, f"not a regular file ({_file_type(st.st_mode)}): not read")


def _file(path: Path, display: str, found: Expansion) -> None:
    if path.name in OUTPUT_FILES and is_output_folder(path.parent):
        found.skip(display, "output of an earlier factline build: not read as an article")
        return
    found.sources.append(Source(path, display_path(display)))


def _folder(root: Path, found: Expansion, exclude: Sequence[str], avoid: set[str]) -> None:
    if os.path.realpath(root) in avoid:
        found.skip(root, "this run's output folder: not read as articles")
        return
    root_real = os.path.realpath(root)
    files: list[Path] = []
    listed = [True]

    def unreadable(e: OSError) -> None:
        listed[0] = listed[0] and os.path.realpath(e.filename or root) != root_real
        found.error(e.filename or root, f"cannot read folder: {e.strerror or e}")

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        here = Path(dirpath)
        if not dirnames and not filenames and here != root:
            found.skip(here, "empty folder")
        dirnames[:] = [d for d in sorted(dirnames) if _enter(here / d, root, found, exclude, avoid)]
        for name in filenames:
            path = here / name
            if _wanted(path, root, root_real, found, exclude):
                files.append(path)
    before = len(found.sources)
    for path in sorted(files):
        _file(path, str(path), found)
    if len(found.sources) == before and listed[0]:
        found.error(root, "folder holds no readable article files")


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _excluded(name: str, relative: str, exclude: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(relative, pat) for pat in exclude)


def _enter(folder: Path, root: Path, found: Expansion, exclude: Sequence[str], avoid: set[str]) -> bool:
    """Whether the walk goes into `folder`; if not, say why."""
    reason = None
    if folder.name.startswith("."):
        reason = "hidden folder: not read"
    elif _excluded(folder.name, _relative(folder, root), exclude):
        reason = "excluded by Config.exclude"
    elif folder.is_symlink():
        reason = "symbolic link to a folder: not followed (name the folder itself to read it)"
    elif os.path.realpath(folder) in avoid:
        reason = "this run's output folder: not read as articles"
    elif is_output_folder(folder):
        reason = "output folder of an earlier factline build: not read as articles"
    if reason:
        found.skip(folder, reason)
    return reason is None


def _wanted(path: Path, root: Path, root_real: str, found: Expansion, exclude: Sequence[str]) -> bool:
    """Whether a file met in a folder walk is read; if not, it is listed with the reason."""
    name = path.name
    if name.startswith("."):
        found.skip(path, "hidden file: not read")
        return False
    if _excluded(name, _relative(path, root), exclude):
        found.skip(path, "excluded by Config.exclude")
        return False
    try:
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode):
            st = os.stat(path)
            target = os.path.realpath(path)
            if os.path.commonpath([root_real, target]) != root_real:
                found.skip(path, f"symbolic link to {display_path(target)}, outside the folder: not followed "
                                 "(name that file as an input to read it)")
                return False
    except OSError as e:
        found.error(path, _link_problem(path, e))
        return False
    if not stat.S_ISREG(st.st_mode):
        found.error(path, f"not a regular file ({_file_type(st.st_mode)}): not read")
        return False
    if name.lower().endswith(NOT_ARTICLE_SUFFIXES):
        found.skip(path, f"not an article format ({Path(name).suffix.lower()}): not read")
        return False
    return True


def _link_problem(path: Path, e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop: it never reaches a file"
    if e.errno == errno.ENOENT and os.path.islink(path):
        with contextlib.suppress(OSError):
            return f"broken symbolic link: its target {display_path(os.readlink(path))} does not exist"
        return "broken symbolic link: its target does not exist"
    return f"cannot read: {e.strerror or e}"


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a file"
