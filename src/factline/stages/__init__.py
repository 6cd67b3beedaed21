"""The pipeline stages, one module (or package) each, in run order.

ingest -> clean -> langid -> metadata -> lineage -> cluster -> extract -> link -> reconcile

Each stage exposes `apply(run: Run, config: Config) -> None` and a `CONTRACT` naming the
model fields it needs filled before it runs (`requires`) and the ones it fills (`assigns`),
as `"Class.field"` strings; `factline.pipeline` checks that a pipeline's order satisfies
them. A stage may import the model, config, errors, this package and the libraries below
it (`text`, `lang`, `names`, `timex`), never another stage: what one stage leaves for the
next travels on the model.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Contract:
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
