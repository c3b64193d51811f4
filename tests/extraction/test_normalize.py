"""Tests for the project-wide Arabic normal form."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import normalize, normalize_with_offsets


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # alef forms
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آمال", "امال"),
        ("ٱلله", "الله"),
        # hamza carriers; the standalone hamza is kept
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("سماء", "سماء"),
        ("جزء", "جزء"),
        # alef maqsura and ta marbuta
        ("مستشفى", "مستشفي"),
        ("على", "علي"),
        ("القاعدة", "القاعده"),
        # Persian look-alikes
        ("کتاب", "كتاب"),
        ("فارسی", "فارسي"),
    ],
)
def test_letter_families(raw, expected):
    assert normalize(raw) == expected


def test_ta_marbuta_search_matches_both_spellings():
    assert normalize("القاعده") == normalize("القاعدة")


def test_tashkeel_removed():
    assert normalize("مُحَمَّدٌ") == "محمد"
    assert normalize("كِتَابًا") == "كتابا"
    assert normalize("هٰذا") == "هذا"  # superscript alef
    assert normalize("صلى\u0610") == "صلي"  # Quranic sign
    assert normalize("الرَّحْمَٰنِ ۖ") == "الرحمن"  # Quranic pause mark at the end


def test_decomposed_hamza_folds_like_precomposed():
    decomposed = unicodedata.normalize("NFD", "أؤئ")
    assert decomposed != "أؤئ"
    assert normalize(decomposed) == normalize("أؤئ") == "اوي"


def test_tatweel_removed():
    assert normalize("الـــقـاعدة") == "القاعده"
    assert normalize("بـ") == "ب"


def test_bidi_and_format_marks_removed():
    raw = "\ufeff\u200fقال\u200e \u202bالوزير\u202c\u2067 x\u2069\u061c \u200dو\u200cز"
    assert normalize(raw) == "قال الوزير x وز"


def test_presentation_forms_and_ligature_expand():
    # ﻻ (lam-alef ligature) is one character that becomes two letters
    assert normalize("ﻻ") == "لا"
    assert normalize("ﺍﻟﻘﺎﻋﺪﺓ") == "القاعده"  # contextual forms of القاعدة
    assert normalize("ﺃﺣﻤﺪ") == "احمد"  # presentation alef-hamza is folded too
    assert normalize("ﷲ") == "الله"
    assert normalize("ﻼﺑﺪ") == "لابد"
    # isolated haraka forms vanish like the haraka
    assert normalize("ب\ufe70ت") == "بت"


def test_digits():
    assert normalize("٢٠١٠") == "2010"
    assert normalize("۲۰۰۹") == "2009"
    assert normalize("16 سبتمبر ٢٠١٠") == "16 سبتمبر 2010"


def test_latin_casefold():
    assert normalize("WikiLeaks LE MONDE") == "wikileaks le monde"
    assert normalize("Straße") == "strasse"
    assert normalize("ÉCOLE") == "école"


def test_whitespace_collapsed_and_stripped():
    assert normalize("  قال\t\n  الوزير\u00a0\u2009ان  ") == "قال الوزير ان"
    assert normalize("") == ""
    assert normalize(" \u200f ") == ""


def test_punctuation_kept():
    assert normalize('«قال»، "نعم".') == '«قال»، "نعم".'


def test_idempotent():
    text = "وقـال الرَّئيسُ ﻻ «٢٠١٠» "
    assert normalize(normalize(text)) == normalize(text)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "abc",
        "قال الوزير",
        "  أَحْمَد  \u200f ﻻ  ٢٠١٠ ",
        "ﷺ صلاة",
        "Straße ﻻ\u200e\u200e  ",
        "\ufe70 ب",
    ],
)
def test_offsets_agree_with_normalize(raw):
    norm, offsets = normalize_with_offsets(raw)
    assert norm == normalize(raw)
    assert len(offsets) == len(norm) + 1
    assert offsets[-1] == len(raw)
    assert offsets == sorted(offsets)


def test_offsets_point_at_source_characters():
    raw = "قَالَ  الـوزير"
    norm, offsets = normalize_with_offsets(raw)
    assert norm == "قال الوزير"
    start = norm.index("الوزير")
    a, b = offsets[start], offsets[start + len("الوزير")]
    assert raw[a:b] == "الـوزير"


_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱؤئىة")
    + list("\u064b\u064e\u0650\u0651\u0652\u0670\u0640\u0610\u06d6")
    + list("\u200e\u200f\u202b\u202c\u2067\u2069\u061c\u200c\u200d\ufeff")
    + list("ﻻﻼﷲﺍﻟﻘﺎﻋﺪﺓﺃ\ufe70ﷺ")
    + list("٠١٢٣٤٥٦٧٨٩۰۱۲")
    + list('  \t\n\u00a0.,،«»"+:')
    + list("aBcßÉ")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.data())
def test_offset_map_round_trip(raw, data):
    norm, offsets = normalize_with_offsets(raw)
    assert norm == normalize(raw)
    assert len(offsets) == len(norm) + 1
    assert offsets[-1] == len(raw)
    # Span boundaries may not fall inside the expansion of one source
    # character (a ligature), which has no source span of its own.
    bounds = [0] + [i for i in range(1, len(norm) + 1) if offsets[i] != offsets[i - 1]]
    a = data.draw(st.sampled_from(bounds))
    b = data.draw(st.sampled_from([x for x in bounds if x >= a]))
    source = raw[offsets[a] : offsets[b]]
    # normalize() strips edge whitespace, so compare modulo that.
    assert normalize(source) == norm[a:b].strip()


def test_replace_first_folding_is_the_same_as_one_regex_pass():
    import importlib

    mod = importlib.import_module("claims.extraction.normalize")

    # _fold_chars() replaces the frequent letters first: valid because no
    # replacement contains a character that folds again
    assert not any(c in mod._FOLDS for rep in mod._FOLDS.values() for c in rep)
    text = "".join(mod._FOLDS) + " مَدْرَسَةٌ أُمّ إلى آذار مسؤول قائلاً ﻻ ﷲ ٢٠١٠"
    assert mod._fold_chars(text) == mod._CHANGED.sub(mod._fold, text)


def test_word_tokens_are_alphanumeric_throughout():
    # engine.is_word uses str.isalnum on whole tokens, which equals testing the
    # first character only because every word-class character is alphanumeric
    import re

    from claims.extraction import engine

    word_class = re.compile(engine._TOKEN.pattern.split("|")[0])
    assert all(chr(c).isalnum() for c in range(0x10000) if word_class.fullmatch(chr(c)))


def test_mark_positions_match_the_regex_they_replace():
    import random

    from claims.extraction import quotes

    rng = random.Random(3)
    pieces = [*quotes.QUOTE_MARKS, "\n", "a", " ", "ب"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert quotes._mark_positions(text) == [m.start() for m in quotes._MARK.finditer(text)]


def test_splice_maps_each_edit_back_to_where_it_began():
    from claims.extraction.normalize import splice

    folded, offsets = splice("ab''cd e", None, [(2, 4, '"'), (6, 7, "")])
    assert folded == 'ab"cde'
    # the new mark maps to the first of the two it replaced; after the dropped
    # space, the map skips it
    assert offsets == [0, 1, 2, 4, 5, 7, 8]
    # an edit on an already mapped text composes with its map
    folded, offsets = splice(folded, offsets, [(0, 1, "xy")])
    assert folded == 'xyb"cde' and offsets == [0, 0, 1, 2, 4, 5, 7, 8]


def test_splice_without_edits_returns_the_same_objects():
    from claims.extraction.normalize import splice

    text, offsets = "نص", [0, 1, 2]
    got = splice(text, offsets, iter(()))
    assert got[0] is text and got[1] is offsets
