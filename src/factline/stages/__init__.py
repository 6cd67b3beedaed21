"""The pipeline stages, one module (or package) each, in run order.

ingest -> clean -> langid -> metadata -> lineage -> cluster -> extract -> link -> reconcile

Each stage exposes `apply(run: Run, config: Config) -> None` and a `CONTRACT` saying which
fields of the model it reads and which it writes (`factline.pipeline` checks that the order
satisfies them). A stage may import the model, config, errors and the libraries below it
(`text`, `lang`, `names`, `timex`), never another stage: what one stage leaves for the next
travels on the model.
"""
