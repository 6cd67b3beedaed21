"""Everything factline knows about one language, one folder a language (like spaCy's
`spacy/lang/<code>/`): `zh`, `en`, `es`, `pt`, and `latin` for what en/es/pt truly share.

Language folders hold data (words, tables, patterns) and the small dataclasses that give
it shape; the engines that read them live in `text/`, `names/`, `timex/` and the stages.
A language folder imports nothing from an engine or a stage.

Beside the folders: the shapes several languages fill (`feasts`, `furniture_words`,
`event_lexicon`, `role_words`: company nouns, org-given roles, succession verbs; `name_cues`:
words that say two names are one person's), the time grammar Spanish and Portuguese share (`iberian`), and the
furniture patterns joined from every language's phrases (`furniture`).
"""
