"""The learned furniture line model: features, the shipped weights, where it may act, training."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from factline import DATA_DIR
from factline.stages.clean import line_model
from factline.stages.clean.furniture import classify
from factline.text.lines import Line, split_lines

REPO = Path(__file__).resolve().parents[1]

# Written for these tests: a short article in each language, with a caption-like line, a
# list the article introduces, and a run of link-like lines after the last paragraph.
ARTICLES = {
    "en": """The harbour authority approved the new ferry timetable on Tuesday after a long debate.

Officials said the change would shorten waiting times for commuters on both banks of the river.

Which routes change?
North pier to Old Town
South pier to the stadium
West dock to the market

The first ferries under the new schedule will sail next month, the authority said in a statement.
""",
    "es": """El ayuntamiento aprobó el martes el nuevo horario de los transbordadores tras un largo debate.

Los responsables dijeron que el cambio reducirá las esperas de quienes cruzan el río cada día.

Los primeros barcos con el nuevo horario zarparán el mes que viene, según un comunicado.
""",
    "pt": """A prefeitura aprovou na terça-feira o novo horário das balsas depois de um longo debate.

Os responsáveis disseram que a mudança vai reduzir a espera de quem atravessa o rio todos os dias.

As primeiras balsas com o novo horário vão partir no mês que vem, segundo um comunicado.
""",
    "zh": """港务局周二在长时间讨论后批准了新的渡轮时刻表，两岸通勤者的等待时间将缩短。

官员表示，这一调整将使早晚高峰的班次更加密集，并在周末增加夜间航班。

按照新时刻表运行的首批渡轮将于下月启航，港务局在声明中说。
""",
}


def _lines(*texts: str) -> list[Line]:
    return [Line(i, None, t) for i, t in enumerate(texts)]


def _body(lines: list[Line]) -> list[tuple[str, str]]:
    return [("body", "")] * len(lines)


def _one_tree(feature: str, cut: float, low: float, high: float, threshold: float = 0.5) -> line_model.Trees:
    """A model of one tree whose two children are single leaves: low at or below the cut."""
    f = float(line_model.FEATURE_NAMES.index(feature))
    row = [f, cut, 0.0, 1e9, low, low, 0.0, 1e9, high, high]
    return line_model.Trees(np.asarray([row]), 0.0, threshold, line_model.FEATURE_NAMES)


def test_every_line_gets_one_finite_row_of_every_feature_in_every_language() -> None:
    for lang, text in ARTICLES.items():
        lines = split_lines(text)
        x = line_model.features(lines, classify(lines, learned=False))
        assert x.shape == (len(lines), len(line_model.FEATURE_NAMES)), lang
        assert np.isfinite(x).all(), lang


def test_the_rows_asked_for_are_those_rows_of_the_whole_matrix() -> None:
    for lang, text in ARTICLES.items():
        lines = split_lines(text)
        verdicts = classify(lines, learned=False)
        whole = line_model.features(lines, verdicts)
        asked = [k for k in range(len(lines)) if k % 2] + [0]
        assert np.array_equal(line_model.features(lines, verdicts, asked), whole[asked]), lang
        assert line_model.features(lines, verdicts, []).shape == (0, len(line_model.FEATURE_NAMES))


def test_shape_features_read_brackets_endings_and_lists() -> None:
    lines = _lines("The council met on Monday and voted to keep the old bridge open for now.",
                   "[Related: a second bridge is planned]",
                   "The figures:",
                   "North 12", "South 9", "West 4",
                   "The vote ends a dispute that lasted two years, members said afterwards.")
    x = line_model.features(lines, _body(lines))
    col = {name: x[:, k] for k, name in enumerate(line_model.FEATURE_NAMES)}
    assert col["bracketed"][1] == 1.0 and col["bracketed"][0] == 0.0
    assert col["ends_sentence"][0] == 1.0 and col["ends_sentence"][1] == 0.0
    assert col["list_run"][3] == 3.0  # the line that introduces the list is not part of it
    assert col["in_head"][0] == 0.0 and col["paragraph_distance"][4] == 2.0


def test_a_line_repeated_in_the_document_is_marked() -> None:
    lines = _lines("Share this story", "The mayor opened the new library on Saturday morning, officials said.",
                   "Share this story")
    col = line_model.features(lines, _body(lines))[:, line_model.FEATURE_NAMES.index("repeated_in_document")]
    assert col.tolist() == [1.0, 0.0, 1.0]


def test_trees_round_trip_through_json() -> None:
    model = _one_tree("log_units", 1.5, 2.0, -2.0, threshold=0.8)
    again = line_model.Trees.from_dict(json.loads(json.dumps(model.to_dict())))
    x = np.random.default_rng(0).normal(size=(20, len(line_model.FEATURE_NAMES)))
    assert np.allclose(model.probability(x), again.probability(x))
    assert again.threshold == 0.8


def test_weights_trained_on_other_features_are_refused() -> None:
    data = _one_tree("log_units", 1.5, 2.0, -2.0).to_dict()
    data["names"] = data["names"][:-1]
    with pytest.raises(ValueError, match="retrain"):
        line_model.Trees.from_dict(data)


def test_the_model_judges_only_body_lines_below_the_first_paragraph() -> None:
    lines = _lines("Ferry timetable changes",
                   "Short label",
                   "The harbour authority approved the new ferry timetable on Tuesday after a debate.",
                   "Photo by staff",
                   "Officials said the change would shorten waiting times for commuters on both banks.",
                   "Menu")
    verdicts = [("title", ""), ("body", ""), ("body", ""), ("body", ""), ("body", ""), ("dropped", "navigation")]
    assert line_model.candidates(lines, verdicts) == [3, 4]
    short_is_furniture = _one_tree("log_units", 1.5, 5.0, -5.0)
    judged = line_model.judge(lines, verdicts, model=short_is_furniture)
    assert judged[3] == ("dropped", line_model.REASON)
    assert judged[:3] == verdicts[:3]  # the title and the head are the rules' alone
    assert judged[4] == ("body", "") and judged[5] == ("dropped", "navigation")


def test_a_list_the_article_introduces_is_left_to_the_rules() -> None:
    lines = _lines("The council met on Monday and voted to keep the old bridge open for now.",
                   "[Related: a second bridge is planned]",
                   "How did each ward vote?",
                   "North ward 12 for", "South ward 9 for", "West ward 4 against")
    assert line_model.candidates(lines, _body(lines)) == [1, 2]


def test_lines_of_one_or_two_units_are_left_to_the_rules() -> None:
    lines = _lines("The harbour authority approved the new ferry timetable on Tuesday after a debate.", "Photo",
                   "Officials said the change would shorten waiting times for commuters on both banks.")
    assert line_model.candidates(lines, _body(lines)) == [2]


def test_below_the_threshold_nothing_changes() -> None:
    lines = _lines("The harbour authority approved the new ferry timetable on Tuesday after a debate.", "Photo by staff",
                   "Officials said the change would shorten waiting times for commuters on both banks.")
    unsure = _one_tree("log_units", 1.5, 0.5, -5.0, threshold=0.9)  # p = 0.62 for the short line
    assert line_model.judge(lines, _body(lines), model=unsure) == _body(lines)


def test_the_shipped_model_is_in_the_package_and_conservative() -> None:
    assert (DATA_DIR / line_model.WEIGHTS_FILE).is_file()
    model = line_model.shipped()
    assert model is not None and model.names == line_model.FEATURE_NAMES
    assert 0.5 < model.threshold < 1.0
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"data/**/*"' in pyproject  # the weights ship in the wheel with the other data files


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_the_shipped_model_keeps_every_paragraph_of_a_plain_article(lang: str) -> None:
    lines = split_lines(ARTICLES[lang])
    verdicts = classify(lines)
    for line, (kind, _) in zip(lines, verdicts, strict=True):
        if len(line.text) >= 40:
            assert kind == "body", (lang, line.text)


def _trainer():
    spec = importlib.util.spec_from_file_location("train_furniture", REPO / "tools" / "train_furniture.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_training_learns_an_interaction_and_balances_pages_and_classes() -> None:
    trainer = _trainer()
    rng = np.random.default_rng(1)
    n = 600
    x = rng.uniform(0, 1, size=(n, len(line_model.FEATURE_NAMES)))
    # furniture: short AND not ending a sentence; neither alone decides
    y = ((x[:, 0] < 0.5) & (x[:, 3] < 0.5)).astype(float)
    page = np.repeat(np.arange(6), n // 6)
    weight = trainer.balanced_weights(y, page)
    assert np.isclose(weight.mean(), 1.0)
    assert np.isclose(weight[y == 1].sum(), weight[y == 0].sum())
    trainer.ROUNDS = 60
    model = trainer.fit(x, y, weight)
    p = model.probability(x)
    assert ((p >= 0.5) == (y == 1)).mean() > 0.95


def test_the_threshold_keeps_the_asked_share_of_body_lines() -> None:
    trainer = _trainer()
    p = np.linspace(0, 1, 1000)
    y = np.zeros(1000)
    cut = trainer.threshold_for(p, y, 0.99)
    assert (p >= cut).sum() <= 10
    assert (p >= cut).sum() >= 9
