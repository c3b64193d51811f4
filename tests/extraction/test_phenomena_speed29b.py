"""speed29b: changes for speed only, the output the same.

- scan_np's three tests of a word after a name that opens the verb's object
  (_masdar_accusative, _first_form_accusative, a bare _abstract_noun) are one
  per-word table of bits, _OBJECT_SHAPE; _urged_sound_plural is read through
  a per-word table, _URGED_SOUND_PLURAL; subject_of's test of a verb of going
  on reads a per-lemma table, _GO_ON_LEMMA, not _lemma_key and a set. Each
  table must give what the functions it stands for give, word by word.
- register_mentions tests a named person inline, and canonical asks for a
  post's key before counting its role's words (the same tests, reordered).
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.extraction import lexicon as lx
from claims.extraction import phrases as p
from claims.extraction import speakers as s
from claims.extraction import words as w
from claims.extraction.normalize import normalize

# invented words of every shape the bits tell: verbal nouns in the
# accusative, first-form nouns, abstract nouns in ية, nouns of weight, names,
# words with the article, and short or odd tokens
WORDS = [
    normalize(x)
    for x in " ".join(
        (
            "اعتذارا ترحيبا انتقادا استقبالا عرضا شرحا وصفا دعما سعيدا محمدا "
            "استمرارية استقلالية إمكانية أهمية ضرورة سمية نادية فوزية تنسيقية "
            "القاضية الداعية الصيادين العاملين المعتصمين المبيضين الحسين العابدين "
            "المتظاهرون الوزير وزير سامي الحداد ا ال ب 2009 , « يا عبد",
        )
    ).split()
]


class TestObjectShapeTable:
    @pytest.mark.parametrize("word", WORDS)
    def test_bits_are_the_three_tests(self, word):
        bits = p._OBJECT_SHAPE[word]
        assert bool(bits & 1) == bool(p._masdar_accusative(word))
        assert bool(bits & 2) == bool(p._first_form_accusative(word))
        assert bool(bits & 4) == bool(not "ال" <= word < "ام" and p._abstract_noun(word))

    def test_some_word_sets_each_bit(self):
        assert any(p._OBJECT_SHAPE[x] & 1 for x in WORDS)
        assert any(p._OBJECT_SHAPE[x] & 2 for x in WORDS)
        assert any(p._OBJECT_SHAPE[x] & 4 for x in WORDS)

    @pytest.mark.parametrize("word", WORDS)
    def test_urged_sound_plural_table(self, word):
        assert p._URGED_SOUND_PLURAL[word] == w._urged_sound_plural(word)


class TestGoOnLemmaTable:
    def test_every_lexicon_lemma(self):
        cues = [*lx.CUES.values(), *lx.CONJOINED_CUES.values(), *lx.IMPERSONAL_CUES.values()]
        assert any(s._GO_ON_LEMMA[cue.lemma] for cue in cues)
        for cue in cues:
            assert s._GO_ON_LEMMA[cue.lemma] == (w._lemma_key(cue) in s._GO_ON_KEYS)

    def test_going_on_and_saying(self):
        assert s._GO_ON_LEMMA["واصل"]
        assert s._GO_ON_LEMMA["اختتم"]
        assert not s._GO_ON_LEMMA["قال"]


class TestSameOutput:
    """Sentences read by the changed tests; what they give is pinned."""

    def test_verbal_noun_after_name_is_object(self):
        (q,) = extract("وقدم الوزير سامي الحداد عرضا حول الخطة، وقال إن «العمل مستمر».")
        assert q.speaker == "سامي الحداد"

    def test_urged_plural_after_name(self):
        (q,) = extract("وحث نادر الصيادين على الحذر، وقال إن «البحر هائج هذا الأسبوع».")
        assert q.speaker == "نادر"

    def test_going_on_with_own_words(self):
        qs = extract("وقال الوزير سامي الحداد إن «الخطة جاهزة». وواصل حديثه قائلا: «سنبدأ غدا».")
        assert [q.speaker for q in qs] == ["سامي الحداد", "سامي الحداد"]
