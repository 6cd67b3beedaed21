"""Portuguese: month and weekday names (`calendar`), time words and the phrases of the
grammar shared with Spanish (`timex`), page-furniture phrases (`furniture`), event triggers
and role words (`events`)."""
