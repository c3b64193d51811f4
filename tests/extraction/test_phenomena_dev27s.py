"""Speakers (seventh session of 2026-12-06, dev27s); every sentence here is
invented.

1. A demonstrative glued to بـ or لـ after a name ("وافتخر X بذلك، قائلا",
   "وسعد X بهذه النتيجة", "الوزير X بذلك اليوم"): "with/for that" is the
   verb's complement, never a word of the name, yet the name ran on into
   it ("X بذلك"), a stranger no one met; the words then went to that
   stranger or to the one quoted before. lexicon.NP_STOP ends a phrase at
   it, as at the bare demonstratives. Kept: a name word that opens with
   the same letters ("بهاء", "لطفي").
2. A noun of one's words in construct with the one who said them, right
   before them in marks ("بقول أحد الضباط «…»", "بحديث النبي «…»",
   "بحديث الرسول صلى الله عليه وسلم «…»"): statement_of read "قول X"
   only with a named owner and nothing between him and the marks, so an
   unnamed person ("أحد الضباط"), a title alone ("النبي") or a blessing
   after the name ("عليه السلام") left the words to the clause's verb.
   "حديث" and "مقولة" join "قول" (speakers._SAYING_OF), an anonymous
   person or a title alone owns his saying, and a blessing between him and
   the words is passed over (words.blessing_at). Kept: a noun of
   statement with an adjective ("في حديث صحفي «…»"), or with a thing
   ("قول الحق", "حديث الساعة"), leaves the words to the verb's subject.
3. A verb opening its sentence with و and no subject, its particle and
   then a person as its object, right after the particle or in construct
   with a bare noun ("وعلق على ترشيح الممثل X قائلا «…»", "وأشار إلى
   اختيار الوزير X", "وعلق على X"): the verb's subject is the one the
   sentences before told, yet "قائلا" went on with the last person
   mentioned, the object. resolve's mentions (steps 4 and 5) pass over a
   person so placed (speakers.opening_verb_object). Kept: a subject
   after "على ذلك" or after a definite object ("وعلق على القرار الممثل
   X"), and a subject before the particle.
4. "Saying" (قائلا, بالقول) after the that-clause's own verb of saying
   ("وقال مصدر إن الوزير X علق على الحكم بالقول «…»", "وذكرت مصادر أن X رد
   على القرار قائلا"): the named subject of the clause said the words, yet
   resolve's step 1 gave them to the reporter, the subject named first in
   the sentence. The subject of the that-clause, a named person right
   before a verb of saying whose clause "saying" closes with no comma
   (speakers.that_subject_saying), speaks. Kept: a comma before "saying",
   a thing or the reporter's own pronoun for the clause's subject.
5. "In its relaying from X" ("وتابعت الوثيقة في نقلها عن X «…»", "وتابعت
   الوثيقة في نقلها عن السفيرة X"): X is the source of the words, as after
   "نقلا عن", yet the document spoke, and the words after "ومضى بقوله" went
   on with it. "نقله/نقلها/نقلهم عن" join lexicon.PREPOSITION_CUES, kept
   by cue_at only after في (words._IN_RELAYING). Kept: the verb "نقلها
   عن" with no في ("رفض نقلها عن مكانها", "التي نقلها عن الموقع").
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly, same_name

_RELAY = "ونقلت صحيفة محلية عن مسؤول حكومي قوله إن الميزانية عاجزة.\n"


class TestDemonstrativeGluedAfterAName:
    """بذلك, بهذه, لذلك … after a name end it."""

    @pytest.mark.parametrize(
        "first, then, name, role",
        [
            (
                "أكد الوزير سامي فرح أن الموسم كان صعبا.",
                "وافتخر فرح بذلك، قائلا",
                "سامي فرح",
                "الوزير",
            ),
            (
                "أكد الوزير سامي فرح أن الموسم كان صعبا.",
                "وسعد فرح بهذه النتيجة، قائلا",
                "سامي فرح",
                "الوزير",
            ),
            (
                "أشاد المدرب كريم يوسف باللاعبين.",
                "وابتهج يوسف بذلك، قائلا",
                "كريم يوسف",
                "المدرب",
            ),
        ],
    )
    def test_the_name_met_before_speaks(self, first, then, name, role):
        text = f"{first}\n{_RELAY}{then} «إن النتائج ممتازة هذا العام».\n"
        q = quote_exactly(text, "إن النتائج ممتازة هذا العام")
        assert q.speaker == name
        assert q.role == role

    def test_the_name_stops_before_it(self):
        q = quote_exactly(
            "وقال الوزير نادر عيسى بذلك اليوم «لن نتراجع عن القرار».", "لن نتراجع عن القرار"
        )
        assert q.speaker == "نادر عيسى"
        assert q.role == "الوزير"

    @pytest.mark.parametrize(
        "name",
        [
            # a name word with the same first letters stays the name's
            "سامي بهاء",
            "سامي لطفي",
        ],
    )
    def test_name_words_of_that_shape_stay(self, name):
        text = f"وقال الوزير {name} إن «النتائج ممتازة هذا العام»."
        q = quote_exactly(text, "النتائج ممتازة هذا العام")
        assert q.speaker == name
        assert q.role == "الوزير"

    def test_in_this_regard_reads_as_before(self):
        q = quote_exactly(
            "وقال الوزير نادر عيسى بهذا الخصوص «لن نتراجع عن القرار».", "لن نتراجع عن القرار"
        )
        assert q.speaker == "نادر عيسى"


class TestSayingNounInConstructWithItsOwner:
    """قول/حديث/مقولة X «…»: X said the words."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            (
                "وأوضحت الوثيقة أن الجنود غضبوا، وخصوصا بعد قول أحد الضباط «لن نتراجع عن مواقعنا».",
                "لن نتراجع عن مواقعنا",
                "أحد الضباط",
            ),
            (
                "وقال الإمام إن التكافل واجب، اقتداء بحديث النبي «المؤمن للمؤمن كالبنيان».",
                "المؤمن للمؤمن كالبنيان",
                "النبي",
            ),
            (
                "وقال الإمام إن التكافل واجب، اقتداء بقول الرسول عليه السلام "
                "«المؤمن للمؤمن كالبنيان».",
                "المؤمن للمؤمن كالبنيان",
                "الرسول",
            ),
            (
                "وأكد الإمام أن الصدقة واجبة، مستشهدا بحديث الرسول صلى الله عليه وسلم "
                "«الصدقة تطفئ الخطيئة».",
                "الصدقة تطفئ الخطيئة",
                "الرسول",
            ),
        ],
    )
    def test_the_owner_speaks(self, text, words, speaker):
        q = quote_exactly(text, words)
        assert q.speaker == speaker

    def test_a_named_owner_still_speaks(self):
        text = "وتظهر الوثيقة قول الضابط سامي فرح «لن نترك مواقعنا أبدا»."
        q = quote_exactly(text, "لن نترك مواقعنا أبدا")
        assert same_name(q.speaker, "سامي فرح"), q.speaker
        assert q.role == "الضابط"

    @pytest.mark.parametrize(
        "text, words",
        [
            # an adjective after the noun: the occasion, no owner
            (
                "وقال الوزير سامي فرح في حديث صحفي «الوطن للجميع بلا استثناء».",
                "الوطن للجميع بلا استثناء",
            ),
            # a thing after the noun: no one's saying
            ("وقال الوزير سامي فرح إن قول الحق «واجب على الجميع».", "واجب على الجميع"),
            ("وقال الوزير سامي فرح إن حديث الساعة «هو الغلاء».", "هو الغلاء"),
        ],
    )
    def test_no_owner_leaves_the_verb_its_words(self, text, words):
        q = quote_exactly(text, words)
        assert q.speaker == "سامي فرح"
        assert q.role == "الوزير"


_BEFORE = "انتقد المخرج كريم يوسف لجنة المهرجان.\n"


class TestObjectOfASubjectlessOpeningVerb:
    """وعلق على ترشيح الممثل X قائلا: the one told before goes on."""

    @pytest.mark.parametrize(
        "verb",
        [
            "وعلق على اختيار الممثل سامي فرح",
            "وعلق عن برمجة الممثل سامي فرح",
            "وأشار إلى ترشيح الممثل سامي فرح",
            "وعلق على الممثل سامي فرح",
        ],
    )
    def test_the_subject_told_before_goes_on(self, verb):
        text = f"{_BEFORE}{verb} قائلا «إنه لا يستحق الجائزة هذا العام».\n"
        q = quote_exactly(text, "إنه لا يستحق الجائزة هذا العام")
        assert q.speaker == "كريم يوسف"
        assert q.role == "المخرج"

    @pytest.mark.parametrize(
        "verb",
        [
            # the subject after "على ذلك" or a definite object, or before
            # the particle: the actor speaks
            "وعلق على ذلك الممثل سامي فرح",
            "وعلق على القرار الممثل سامي فرح",
            "وعلق الممثل سامي فرح على القرار",
        ],
    )
    def test_a_subject_of_its_own_speaks(self, verb):
        text = f"{_BEFORE}{verb} قائلا «إنه لا يستحق الجائزة هذا العام».\n"
        q = quote_exactly(text, "إنه لا يستحق الجائزة هذا العام")
        assert q.speaker == "سامي فرح"
        assert q.role == "الممثل"


class TestSayingAfterTheThatClausesOwnVerb:
    """قال مصدر إن X علق … بالقول «…»: X says the words."""

    @pytest.mark.parametrize(
        "sentence",
        [
            "وقال مصدر حكومي إن فرح علق على القرار بالقول",
            "وقال مصدر حكومي إن فرح علق على القرار قائلا",
            "وذكرت مصادر مطلعة أن الوزير سامي فرح علق على القرار بالقول",
            "وقال مصدر حكومي إن الوزير سامي فرح رد على القرار بالقول",
        ],
    )
    def test_the_clauses_subject_speaks(self, sentence):
        text = f"أكد الوزير سامي فرح أن الميزانية عاجزة.\n{sentence} «لن نقبل بهذا الحكم أبدا».\n"
        q = quote_exactly(text, "لن نقبل بهذا الحكم أبدا")
        assert q.speaker == "سامي فرح"
        assert q.role == "الوزير"

    @pytest.mark.parametrize(
        "sentence",
        [
            # a comma before "saying": the reporter goes on
            "وقال الوزير سامي فرح إن النائب كمال حسن أخطأ، قائلا",
            # a thing for the clause's subject
            "وقال الوزير سامي فرح إن الحكومة رفضت القرار، قائلا",
            # the clause's subject is the reporter's pronoun
            "وأكد الوزير سامي فرح أنه علق على القرار بالقول",
        ],
    )
    def test_the_reporter_speaks(self, sentence):
        q = quote_exactly(f"{sentence} «لن نقبل بهذا الحكم أبدا».", "لن نقبل بهذا الحكم أبدا")
        assert q.speaker == "سامي فرح"
        assert q.role == "الوزير"


class TestInItsRelayingFrom:
    """في نقلها عن X «…»: X's words."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                "وتابعت البرقية في نقلها عن السفيرة هدى سالم «الحل السياسي هو الطريق الوحيد».",
                "هدى سالم",
                "السفيرة",
            ),
            (
                "وأضافت الوثيقة في نقلها عن وزير الخارجية السابق «الحل السياسي هو الطريق الوحيد».",
                "وزير الخارجية السابق",
                "وزير الخارجية السابق",
            ),
            (
                "وأضافت الوثيقة في نقلها عن الوزير سامي فرح «الحل السياسي هو الطريق الوحيد».",
                "سامي فرح",
                "الوزير",
            ),
        ],
    )
    def test_the_source_speaks(self, text, speaker, role):
        q = quote_exactly(text, "الحل السياسي هو الطريق الوحيد")
        assert q.speaker == speaker
        assert q.role == role

    def test_the_source_goes_on(self):
        text = (
            "وأضافت الوثيقة في نقلها عن الوزير سامي فرح «الحل السياسي هو الطريق الوحيد».\n"
            "ومضى بقوله: «لا حرب بعد اليوم في المنطقة».\n"
        )
        q = quote_exactly(text, "لا حرب بعد اليوم في المنطقة")
        assert q.speaker == "سامي فرح"

    @pytest.mark.parametrize(
        "text",
        [
            # the verb "moved it from", "conveyed it from": no source
            "ورفض الوزير سامي فرح نقلها عن مكانها، وقال «الحل السياسي هو الطريق الوحيد».",
            "وأظهرت الصورة التي نقلها عن الموقع الوزير سامي فرح وهو يقول "
            "«الحل السياسي هو الطريق الوحيد».",
        ],
    )
    def test_the_verb_with_no_fi_is_no_source(self, text):
        q = quote_exactly(text, "الحل السياسي هو الطريق الوحيد")
        assert q.speaker == "سامي فرح"
        assert q.role == "الوزير"
