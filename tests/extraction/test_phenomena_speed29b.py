"""speed29b: changes for speed only, the output the same.

- scan_np's three tests of a word after a name that opens the verb's object
  (_masdar_accusative, _first_form_accusative, a bare _abstract_noun) are one
  per-word table of bits, _OBJECT_SHAPE; _urged_sound_plural is read through
  a per-word table, _URGED_SOUND_PLURAL; subject_of's test of a verb of going
  on reads a per-lemma table, _GO_ON_LEMMA, not _lemma_key and a set. Each
  table must give what the functions it stands for give, word by word.
- register_mentions tests a named person inline, and canonical asks for a
  post's key before counting its role's words (the same tests, reordered).
- Second step: classify's _ifaal_shape and _purpose_verb of a head and
  scan_np's _specified_elative of the word before are per-word tables
  (_IFAAL_SHAPE, _PURPOSE_VERB, _SPECIFIED_ELATIVE); subject_of's verb of
  informing a per-lemma table (_INFORM_LEMMA); _amin_named and _ruler_named
  are called only after their first test of the word, _may_match and
  person_positions only past their first test of the persons met.
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


class TestHeadTables:
    EXTRA = [
        normalize(x)
        for x in " ".join(
            (
                "إطلاق إلغاء إنشاء إقالة إعادة إحسان إلهام إدارة إمارة إذاعة ليعلن لتعلن",
                "لتستقبل ليلى ليث الأكبر الأوسع الأوفر الأعلى الأكثر الكبير",
            )
        ).split()
    ]

    @pytest.mark.parametrize("word", WORDS + EXTRA)
    def test_tables_are_the_functions(self, word):
        assert p._IFAAL_SHAPE[word] == p._ifaal_shape(word)
        assert p._PURPOSE_VERB[word] == p._purpose_verb(word)
        assert p._SPECIFIED_ELATIVE[word] == p._specified_elative(word)

    def test_each_table_holds_some_word(self):
        assert any(p._IFAAL_SHAPE[x] for x in self.EXTRA)
        assert any(p._PURPOSE_VERB[x] for x in self.EXTRA)
        assert any(p._SPECIFIED_ELATIVE[x] for x in self.EXTRA)

    @pytest.mark.parametrize("word", WORDS + EXTRA)
    def test_inline_first_tests(self, word):
        # _amin_named and _ruler_named are False for a word their inline
        # first test leaves out, whatever follows it
        words = ["الشيخ", word, "الحداد"]
        art = [True, False, True]
        if word != "امين":
            assert not p._amin_named(words, 1, 3)
        if word not in p._TITLE_FIRST_NAMES:
            assert not p._ruler_named(words, art, 1, 3)


class TestGoOnLemmaTable:
    def test_every_lexicon_lemma(self):
        cues = [*lx.CUES.values(), *lx.CONJOINED_CUES.values(), *lx.IMPERSONAL_CUES.values()]
        assert any(s._GO_ON_LEMMA[cue.lemma] for cue in cues)
        for cue in cues:
            assert s._GO_ON_LEMMA[cue.lemma] == (w._lemma_key(cue) in s._GO_ON_KEYS)
            assert s._INFORM_LEMMA[cue.lemma] == (w._lemma_key(cue) in s._INFORM)
        assert any(s._INFORM_LEMMA[cue.lemma] for cue in cues)

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
