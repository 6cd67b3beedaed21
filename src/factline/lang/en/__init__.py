"""English: event triggers and role words (`events`), and the other tables of this language."""
