"""The extract stage: names, roles and event claims from every document's kept text.

`run` picks the backend named by `config.extractor` and appends what it returns to the
Story. Everything cited is in kept segments with a raw offset; dropped furniture is never
read.
"""

from __future__ import annotations

from factline.config import Config
from factline.extract.backend import Extraction, Extractor, StoryContext, get_extractor
from factline.model import Document, Story

__all__ = ["Extraction", "Extractor", "StoryContext", "get_extractor", "run", "fallback_published"]


def run(story: Story, config: Config) -> None:
    extractor = get_extractor(config.extractor)
    for doc in story.documents:
        context = StoryContext(fallback_published=fallback_published(doc, story))
        result = extractor.extract(doc, config, context)
        story.mentions.extend(result.mentions)
        story.role_claims.extend(result.role_claims)
        story.claims.extend(result.claims)


def fallback_published(doc: Document, story: Story) -> str | None:
    """A date to read the article's relative expressions against when it has none.

    The article it translates or duplicates was published the same day; failing that,
    the middle publication date of its story cluster is the best guess for the year.
    """
    if doc.published:
        return None
    for other_id in (doc.translation_of, doc.duplicate_of):
        if other_id:
            try:
                other = story.document(other_id)
            except KeyError:
                continue
            if other.published:
                return other.published
    siblings = [d for d in story.documents if d is not doc and d.story == doc.story and d.published]
    # Articles translated from this one know its date too.
    siblings.sort(key=lambda d: (d.translation_of != doc.id and d.duplicate_of != doc.id, d.published))
    if siblings and (siblings[0].translation_of == doc.id or siblings[0].duplicate_of == doc.id):
        return siblings[0].published
    dates = sorted(d.published[:10] for d in siblings if d.published)
    return dates[len(dates) // 2] if dates else None
