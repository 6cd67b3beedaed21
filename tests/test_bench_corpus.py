"""The generated news-monitor corpus holds many stories, as a monitored beat does.

Before stories were planted every article was a bag of sentences drawn from one pool per
language, so a generated corpus of any size held no story at all and the cluster stage
rightly put nearly everything together (one story at 300 articles, four at 1,000)."""

from __future__ import annotations

import random
from collections import Counter, defaultdict

from conftest import need_shared


def _corpus(count: int, seed: int = 5) -> list:
    need_shared("datasets")
    from bench import corpus

    return [article for article, _, _ in corpus.articles(count, seed)]


def test_articles_are_spread_over_many_stories() -> None:
    made = _corpus(400)
    sizes = Counter(a.story for a in made)
    assert all(a.story >= 0 for a in made)
    # Many stories, most of them covered more than once, none taking a large share.
    assert len(sizes) >= 400 // 8
    assert sum(1 for n in sizes.values() if n >= 2) >= len(sizes) // 2
    assert max(sizes.values()) <= 400 // 10


def test_a_story_is_told_across_languages_from_its_own_material() -> None:
    from bench import corpus

    made = _corpus(400)
    by_story: dict[int, list] = defaultdict(list)
    for article in made:
        by_story[article.story].append(article)
    multilingual = [arts for arts in by_story.values() if len({a.lang for a in arts}) >= 2]
    assert len(multilingual) >= len(by_story) // 4
    for arts in by_story.values():
        # Same-language articles of one story open with the story's first event: one headline.
        titles: dict[str, set[str]] = defaultdict(set)
        for a in arts:
            titles[a.lang].add(a.title)
        assert all(len(found) == 1 for found in titles.values())
    # Stories differ in what happens: the cast is heavy-tailed (one person's name comes up in
    # many stories), but the events of two stories are rarely all the same.
    rnd = random.Random(3)
    plans = [corpus.new_story(rnd, k) for k in range(200)]
    assert len({tuple(e["en"] for e in plan.events) for plan in plans}) >= 0.9 * len(plans)


def test_a_story_plan_draws_its_body_from_one_background_window() -> None:
    need_shared("datasets")
    from bench import corpus

    rnd = random.Random(11)
    plan = corpus.new_story(rnd, 0)
    window = set(corpus.pool("en")[plan.backgrounds["en"]:plan.backgrounds["en"] + corpus.BACKGROUND])
    article = corpus.new_article(rnd, "en", plan)
    events = {event["en"] for event in plan.events}
    assert article.sentences[0] == plan.events[0]["en"]
    body = [s for s in article.sentences if s not in events]
    # Figures are redrawn, so compare with the digits taken out.
    strip = str.maketrans("", "", "0123456789")
    assert {s.translate(strip) for s in body} <= {s.translate(strip) for s in window}


def test_scale_scores_the_run_stories_against_the_planted_ones() -> None:
    from types import SimpleNamespace

    from bench.scale import story_quality

    docs = {name: SimpleNamespace(story=story) for name, story in (("a", "s1"), ("b", "s1"), ("c", "s1"))}
    merged = story_quality({"a": 0, "b": 0, "c": 1}, docs)
    assert merged["stories_planted"] == 2 and merged["story_recall"] == 1.0
    assert merged["story_precision"] < 1.0
    docs["c"].story = "s2"
    assert story_quality({"a": 0, "b": 0, "c": 1}, docs)["story_f1"] == 1.0
    assert story_quality({}, docs) == {}
