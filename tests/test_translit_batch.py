"""Transliteration scores do not depend on which other candidates are scored with them:
linking scores each Chinese name once against many Latin names, or against a few rows."""

from __future__ import annotations

import numpy as np

from factline.names.translit import CandidateScorer, translit_score

LATIN = ["Oskar Lindqvist", "Marta Oliveira", "Kai Lindqvist", "Anders Holm", "Olivia Martin Holm",
         "Jean-Paul Sartre", "Lin Wei", "Peter Nilsson"]
# Renderings of made-up names: one word, and one in two parts with a middle dot.
CHINESE = ["林奎斯特", "奥斯卡·林奎斯特", "霍尔姆", "玛尔塔·奥利维拉", "林伟"]


def test_a_batch_gives_each_candidate_the_score_it_gets_alone() -> None:
    scorer = CandidateScorer(LATIN)
    for name in CHINESE:
        together = scorer.scores(name)
        alone = np.array([translit_score(name, latin) for latin in LATIN])
        assert np.array_equal(together, alone), name


def test_scoring_some_rows_gives_their_scores_in_that_order() -> None:
    scorer = CandidateScorer(LATIN)
    rows = [6, 0, 4]
    for name in CHINESE:
        assert np.array_equal(scorer.scores(name, rows), scorer.scores(name)[rows]), name


def test_a_pinyin_reading_scores_one_only_in_the_rows_asked_for() -> None:
    scorer = CandidateScorer(LATIN)
    assert scorer.scores("林伟", [6])[0] == 1.0
    assert scorer.scores("林伟", [0, 3]).max() < 1.0
