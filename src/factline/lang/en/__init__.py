"""English: month and weekday names (`calendar`), time words and grammar (`timex`),
page-furniture phrases (`furniture`), event triggers and role words (`events`)."""
