"""Chinese: weekday characters (`calendar`), time words (`timex`), page-furniture phrases
(`furniture`), event triggers and role words (`events`)."""
