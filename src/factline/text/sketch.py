"""Exact shingle sketches: a text's shingles as the sorted 64-bit hashes of their units.

A shingle is a run of `size` consecutive units (the words or CJK characters of a folded
text). Its hash is built from 64-bit hashes of its units (blake2b, cached per process, so
the same in every process and every run) chained by an odd multiply and a shift, one
vectorised step per position: a text's sketch costs a dictionary lookup per unit and a
few numpy operations, not a string per shingle. Two texts' shared shingles are then the
common values of two sorted arrays. Distinct shingles get equal hashes with a chance
near 2^-64 a pair, so counts taken on sketches are those of the shingle sets.

`SketchFile` keeps the sketches of many texts in a temporary file, read back
by offset: memory holds 12 bytes a text, whatever the texts' lengths.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from array import array

import numpy as np

_MUL1 = np.uint64(0xBF58476D1CE4E5B9)
_SHIFT = np.uint64(29)
_GOLDEN = 0x9E3779B97F4A7C15
# The unit-hash cache is dropped when it grows past this many entries (a bounded vocabulary
# per process: news text repeats its words, and a miss only costs one blake2b).
_CACHE_LIMIT = 1_000_000
_unit_hashes: dict[str, int] = {}
_ITEM = np.dtype("<u8")


def _unit_hash(unit: str) -> int:
    return int.from_bytes(hashlib.blake2b(unit.encode("utf-8"), digest_size=8).digest(), "little")


def _unit_codes(units: list[str]) -> np.ndarray:
    found = list(map(_unit_hashes.get, units))
    if None in found:
        missing = set(units).difference(_unit_hashes)
        if len(_unit_hashes) + len(missing) > _CACHE_LIMIT:
            _unit_hashes.clear()
            missing = set(units)
        _unit_hashes.update(zip(missing, map(_unit_hash, missing), strict=True))
        found = list(map(_unit_hashes.__getitem__, units))
    return np.array(found, dtype=np.uint64)


def sketch(units: list[str], size: int) -> np.ndarray:
    """The sorted distinct hashes of the runs of `size` consecutive `units` (empty when
    there are fewer units than `size`)."""
    runs = len(units) - size + 1
    if runs <= 0:
        return np.zeros(0, dtype=np.uint64)
    codes = _unit_codes(units)
    # The run length seeds the chain, so runs of different lengths never share a hash.
    hashes = np.full(runs, (_GOLDEN * size) & 0xFFFFFFFFFFFFFFFF, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for position in range(size):
            # A step that is a bijection of the chain for a given unit and of the unit for
            # a given chain: distinct runs part at their first differing unit and stay apart
            # but for a chance of 2^-64.
            hashes ^= codes[position:position + runs]
            hashes *= _MUL1
            hashes ^= hashes >> _SHIFT
    hashes.sort()
    return hashes[np.r_[True, hashes[1:] != hashes[:-1]]]


def to_bytes(values: np.ndarray) -> bytes:
    """A sketch as stored: little-endian uint64 values."""
    return values.astype(_ITEM, copy=False).tobytes()


def shared_count(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted arrays of distinct values have in common."""
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return 0
    at = np.searchsorted(b, a)
    at[at == len(b)] = 0
    return int(np.count_nonzero(b[at] == a))


class SketchFile:
    """Sketches appended to a temporary file and read back by (offset, count); the file
    is removed on `close` (or when the object is collected)."""

    def __init__(self, directory: str | None = None) -> None:
        self._fd = -1  # what `close` sees if the file cannot be made
        fd, self.path = tempfile.mkstemp(prefix="factline-sketches-", suffix=".u64", dir=directory)
        self._fd = fd
        self._size = 0
        self.offsets = array("q")
        self.counts = array("i")

    def __len__(self) -> int:
        return len(self.offsets)

    @property
    def size(self) -> int:
        """Bytes written."""
        return self._size

    def append(self, values: bytes) -> int:
        """Store one sketch (its values as little-endian uint64 bytes); returns its number."""
        view = memoryview(values)
        while view:
            view = view[os.write(self._fd, view):]
        self.offsets.append(self._size)
        self.counts.append(len(values) // _ITEM.itemsize)
        self._size += len(values)
        return len(self.offsets) - 1

    def get(self, number: int) -> np.ndarray:
        return read_sketch(self._fd, self.offsets[number], self.counts[number])

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
            os.unlink(self.path)

    def __del__(self) -> None:
        self.close()


def read_sketch(fd: int, offset: int, count: int) -> np.ndarray:
    """The `count` values stored at byte `offset` of the open sketch file `fd`."""
    return np.frombuffer(os.pread(fd, count * _ITEM.itemsize, offset), dtype=_ITEM)
