"""Run settings, one object passed to every stage."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_LANGUAGES = ("zh", "en", "es", "pt")

# The pipeline as data: stage name -> "module:function". A stage takes (Story, Config).
STAGES: dict[str, str] = {
    "clean": "factline.clean:run",
    "langid": "factline.langid:run",
    "metadata": "factline.metadata:run",
    "lineage": "factline.lineage:run",
    "cluster": "factline.cluster:run",
    "extract": "factline.extract:run",
    "link": "factline.link:run",
    "reconcile": "factline.reconcile:run",
}
DEFAULT_PIPELINE = tuple(STAGES)


@dataclass
class Config:
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    pipeline: tuple[str, ...] = DEFAULT_PIPELINE
    max_file_bytes: int = 20 * 1024 * 1024
    extractor: str = "rules"  # or "llm"
    llm_url: str | None = None
    llm_model: str | None = None
    allow_urls: bool = True  # URLs are fetched only when given explicitly as inputs
    # Thresholds, named so that a benchmark can tune them in one place.
    near_duplicate_jaccard: float = 0.8
    translation_similarity: float = 0.5
    story_similarity: float = 0.35
    extras: dict[str, object] = field(default_factory=dict)
