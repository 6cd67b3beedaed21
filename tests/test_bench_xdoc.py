"""bench/xdoc.py's parts: the MEANTIME cross-document gold reader on two articles, and the
scoring on a case small enough to count by hand (no run is built here)."""

from __future__ import annotations

import pytest

from conftest import need_shared

pytestmark = pytest.mark.bench_smoke

GALLOIS = "PER37154720797907240"  # Louis Gallois, EADS's chief executive, in three airbus articles
AIRBUS = ("100911_Northrop_Grumman_and_Airbus_parent_EADS_defeat_Boeing", "61389_Airbus_announces_job_cuts_of_10,000")


def test_gold_reader_links_a_person_across_two_articles() -> None:
    need_shared("datasets")
    from bench import xdoc
    from bench._shared import dataset

    docs = [xdoc.read_gold_doc(dataset(*xdoc.CROSS_DOC, "corpus_airbus", f"{name}.xml")) for name in AIRBUS]
    for doc in docs:
        assert doc.text.startswith(doc.name.split("_", 1)[1].replace("_", " ")[:20])
        assert doc.mentions and all(doc.text[m.start:m.end] == m.text for m in doc.mentions)
        assert {m.kind for m in doc.mentions} <= {"PER", "ORG"}
    gallois = [[m.text for m in doc.mentions if m.instance == GALLOIS] for doc in docs]
    assert gallois[0] == ["Louis Gallois"]  # far down the first article, added by the cross-document pass
    assert sorted(gallois[1]) == ["Gallois", "Louis Gallois"]
    # Airbus and EADS are instances of their own in both articles; no mention is a pronoun.
    names = xdoc.instance_names(docs)
    orgs = {names[m.instance][0] for doc in docs for m in doc.mentions if m.kind == "ORG"}
    assert {"Airbus", "EADS"} <= orgs
    assert not any(m.text.casefold() in ("he", "it", "its", "we") for doc in docs for m in doc.mentions)


def test_token_spans_follow_the_detokenized_text() -> None:
    from bench.xdoc import rebuild

    text, spans = rebuild([["Apple", "'s", "CEO", ",", "Steve", "Jobs", "(", "56", ")", "."],
                           ["``", "Hi", "''", ",", "he", "said", "."]])
    assert text == 'Apple\'s CEO, Steve Jobs (56).\n"Hi", he said.'
    assert [text[a:b] for a, b in spans[4:6]] == ["Steve", "Jobs"]
    assert [text[a:b] for a, b in spans[10:13]] == ['"', "Hi", '"']


@pytest.mark.parametrize(("words", "kind", "name"), [
    ("Spokeswoman Sandy Angers", "PER", "Sandy Angers"),
    ("EADS chief executive Louis Gallois", "PER", "Louis Gallois"),
    ("Apple CEO", "PER", None),
    ("he", "PER", None),
    ("the president of Chrysler", "ORG", None),
    ("the Ford Motor Company", "ORG", "Ford Motor Company"),
    ("the United States Air Force ( USAF )", "ORG", "United States Air Force"),
    ("Bank of America , which dropped 14 %", "ORG", "Bank of America"),
])
def test_name_part_cuts_a_mention_to_its_name(words: str, kind: str, name: str | None) -> None:
    from bench.xdoc import name_part

    split = words.split()
    part = name_part(split, kind)
    assert (None if part is None else " ".join(split[part[0]:part[1]])) == name


def test_scoring_counts_a_merge_and_a_split_by_hand() -> None:
    from bench._shared import bcubed
    from bench.xdoc import GoldMention, SysMention, align, merges_and_splits, score

    # Gold A has a1 a2 a3, B has b1, C has c1 c2; the system puts a1 a2 b1 in E1, a3 in E2, c1 c2 in E3.
    gold = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "c1": "C", "c2": "C"}
    predicted = {"a1": "E1", "a2": "E1", "b1": "E1", "a3": "E2", "c1": "E3", "c2": "E3"}
    # Precision: (2/3 + 2/3 + 1/3 + 1 + 1 + 1) / 6 = 7/9; recall: (2/3 + 2/3 + 1 + 1/3 + 1 + 1) / 6 = 7/9.
    p, r, f = bcubed(predicted, gold)
    assert (p, r, f) == pytest.approx((7 / 9, 7 / 9, 7 / 9))
    merges, splits = merges_and_splits(predicted, gold)
    assert merges == {"E1": {"A": 2, "B": 1}}
    assert splits == {"A": {"E1": 2, "E2": 1}}
    assert bcubed({}, {}) == (0.0, 0.0, 0.0)

    # Alignment: an exact span wins over a longer overlap; a gold mention nothing overlaps is not found.
    text = "Steve Jobs met Tim Cook."
    g_jobs = GoldMention("d", 0, 10, "JOBS", "PER", text[0:10])
    g_cook = GoldMention("d", 15, 23, "COOK", "PER", text[15:23])
    g_none = GoldMention("e", 0, 5, "X", "ORG", "Apple")
    system = [SysMention("d", 0, 14, "E9", "person", "Steve Jobs met"), SysMention("d", 0, 10, "E1", "person", "Steve Jobs"),
              SysMention("d", 19, 23, "E1", "person", "Cook")]
    aligned = align([g_jobs, g_cook, g_none], system)
    assert aligned[g_jobs].entity == "E1" and aligned[g_cook].text == "Cook" and g_none not in aligned
    s = score([g_jobs, g_cook, g_none], aligned)
    assert (s.gold, s.found) == (3, 2)
    assert list(s.merges) == ["E1"] and not s.splits
    assert s.bcubed[0] == pytest.approx(0.5) and s.bcubed[1] == pytest.approx(1.0)

    # One dossier mention over two gold names stands for one of them: the longer overlap, then the type.
    text = "Boeing Vice President Scott Carson said"
    g_boeing = GoldMention("d", 0, 6, "BOEING", "ORG", "Boeing")
    g_carson = GoldMention("d", 22, 34, "CARSON", "PER", "Scott Carson")
    swallowed = SysMention("d", 0, 34, "E5", "person", text[:34])
    aligned = align([g_boeing, g_carson], [swallowed])
    assert aligned == {g_carson: swallowed}
