"""Latin names as translation anchors: the capital-or-digit test on a word's inner
characters is str.isupper / str.isdigit for every character a Latin word can hold."""

from __future__ import annotations

from factline.stages import lineage
from factline.text.sentences import sentences


def _word_characters() -> list[str]:
    ranges = [("0", "9"), ("A", "Z"), ("a", "z"), ("À", "Ö"), ("Ø", "ö"), ("ø", "ÿ")]
    found = [chr(k) for low, high in ranges for k in range(ord(low), ord(high) + 1)]
    return found + ["'", "’", ".", "-"]


def test_capital_or_digit_is_isupper_or_isdigit_on_every_word_character() -> None:
    for c in _word_characters():
        assert bool(lineage._CAPITAL_OR_DIGIT.match(c)) == (c.isupper() or c.isdigit()), repr(c)


def _names_by_characters(text: str, lang: str) -> list[str]:
    """latin_names as a test on each inner character."""
    found = []
    for start, end in sentences(text, lang):
        for k, m in enumerate(lineage._LATIN_WORD.finditer(text, start, end)):
            word = m.group(0)
            inner = any(c.isupper() or c.isdigit() for c in word[1:])
            if len(word) >= 2 and ((k > 0 and word[0].isupper()) or inner):
                found.append(lineage._name_key(word))
    return found


def test_latin_names_are_the_capitalised_and_inner_capital_words() -> None:
    text = ("Yesterday the mayor of Porto Alegre met McAllister and the G20 envoy. "
            "ÉCOLE staff and the iPhone team from São Paulo joined; x86 chips were shown. "
            "Élodie Núñez-Ötker spoke for the ØRSTED board at 10.5 percent.")
    assert lineage.latin_names(text, "en") == _names_by_characters(text, "en")
    names = set(lineage.latin_names(text, "en"))
    assert {"porto", "alegre", "mcallister", "g20", "iphone", "x86", "ecole", "ørsted", "nunez-otker"} <= names
    assert "yesterday" not in names  # opens its sentence
    spanish = "El ministro Núñez habló con la empresa dLocal sobre el plan 2030 en Montevideo."
    assert lineage.latin_names(spanish, "es") == _names_by_characters(spanish, "es")


def test_sampled_shingle_keys_are_the_crc_of_language_tab_shingle() -> None:
    import zlib

    grams = {"the harbour board", "junta del puerto", "港口管理局", "ção do porto", "a b c"}
    for lang in ("en", "es", "zh", "pt"):
        expected = {k for g in grams if (k := zlib.crc32(f"{lang}\t{g}".encode())) % lineage.EDIT_SAMPLE == 0}
        assert expected  # these shingles sample at least one key in every language
        assert lineage._sampled(grams, lang) == expected
