"""Development misses of session dev34d, quotes not found (ar4/a04's
"تقربها من الغرب"): a verb of telling the lexicon lacked, a relative
clause in marks read as a name, and two known last names read as one
name. Each class a general construction of Arabic news style, with
invented sentences that show it and near misses that must keep their
answer; every text here is written for the test, with names, places and
words of its own. (A file of its own beside test_phenomena_dev34d.py,
the dating class.)
"""

from tests.extraction.helpers import quotes_of


def _one(text: str, words: str):
    q = [q for q in quotes_of(text) if words in q.text]
    assert q, [q.text for q in quotes_of(text)]
    return q[0]


def _speaker(text: str, words: str) -> str | None:
    return _one(text, words).speaker


def _found(text: str, words: str) -> bool:
    return any(words in q.text for q in quotes_of(text))


class TestBriefedThatIsATellingVerb:
    """ "وأطلع X Y بأن …", "أطلعه على أن …": briefed, told, a verb of
    telling as أبلغ and أخبر, its one told after its subject; not "اطّلع
    على التقرير" (read, which folds alike) nor "أطلعه على الوثائق"
    (showed him), with no بأن or "على أن" after them."""

    def test_head_of_mission_briefed_diplomats(self):
        text = "وأطلع رئيس البعثة الدبلوماسيين بأن «المفاوضات دخلت مرحلة حاسمة»."
        assert _speaker(text, "دخلت مرحلة حاسمة") == "رئيس البعثة"

    def test_governor_briefed_journalists_on_that(self):
        text = 'وأطلع المحافظ الصحفيين على أن الوضع الأمني "تحت السيطرة الكاملة".'
        assert _speaker(text, "تحت السيطرة") == "المحافظ"

    def test_director_briefed_staff(self):
        text = 'وأطلعت المديرة الموظفين بأن الشركة "ستعيد النظر في الرواتب".'
        assert _speaker(text, "ستعيد النظر") == "المديرة"

    def test_near_miss_read_the_report(self):
        text = "واطلع الوزير على «التقرير السنوي للهيئة» خلال زيارته."
        assert not _found(text, "التقرير السنوي")

    def test_near_miss_showed_the_plan(self):
        text = "وأطلع الوزير الصحفيين على «خطة الطوارئ الجديدة» في مؤتمره."
        assert not _found(text, "خطة الطوارئ")


class TestRelativeClauseInMarksAfterLabelAdjective:
    """ "وقعت شراكات استراتيجية «تمنحها موقعا …»": a label noun
    (استراتيجية, عملية) as the indefinite adjective of the indefinite noun
    before it, then marks that open with a present verb whose pronoun
    refers back to that noun: a relative clause in the speaker's words, no
    name of a strategy or an operation."""

    def test_partnerships_giving_it(self):
        text = "وقال الوزير إن بلاده وقعت شراكات استراتيجية «تمنحها موقعا متقدما في المنطقة»."
        assert _speaker(text, "تمنحها موقعا") == "الوزير"

    def test_practical_solutions_sparing_them(self):
        text = "وأوضح المدير أن الشركة تبحث عن حلول عملية «تجنبهم خسائر جديدة»."
        assert _speaker(text, "تجنبهم خسائر") == "المدير"

    def test_corridors_linking_both(self):
        text = "وأوضح الخبير أن البلدين يحتاجان إلى ممرات استراتيجية «تربطهما بالأسواق الآسيوية»."
        assert _speaker(text, "تربطهما بالأسواق") == "الخبير"

    def test_near_miss_operation_named(self):
        text = "وأعلن الجيش بدء عملية «تطهير الحدود» فجر اليوم."
        assert not _found(text, "تطهير الحدود")

    def test_near_miss_first_person_slogan(self):
        text = "وأعلن الحزب عن خطة استراتيجية «نعيدها خضراء» لزراعة الأشجار."
        assert not _found(text, "نعيدها خضراء")

    def test_near_miss_definite_strategy(self):
        text = "وكشف الوزير عن الاستراتيجية «تنميها» للشباب."
        assert not _found(text, "تنميها")


_MET = "اجتمع قائد الجيش اللبناني فادي الحلو مع الملحق العسكري الفرنسي بيار ماسون أمس. "
_GUARD = "سيحمي الحدود"


class TestTwoKnownLastNamesAfterATellingVerb:
    """ "وأبلغ الحلو ماسون بأن …" after "فادي الحلو" and "بيار ماسون"
    named in full: after a verb of telling, the last name alone of one
    named before, then another's, are the subject and the one told, not
    one name of two words."""

    def test_informed(self):
        text = _MET + 'وأبلغ الحلو ماسون بأن الجيش "سيحمي الحدود مهما كلف الأمر".'
        assert _speaker(text, _GUARD) == "فادي الحلو"

    def test_libyan_minister_told_envoy(self):
        text = (
            "عقد وزير الخارجية الليبي سالم العبيدي اجتماعا مع السفير البريطاني جورج "
            'هاملتون في طرابلس. وأبلغ العبيدي هاملتون بأن حكومته "لن تقبل أي شروط جديدة".'
        )
        assert _speaker(text, "لن تقبل") == "سالم العبيدي"

    def test_told_that(self):
        text = (
            "عقد وزير الخارجية الليبي سالم العبيدي اجتماعا مع السفير البريطاني جورج "
            'هاملتون في طرابلس. وأخبر العبيدي هاملتون أن حكومته "لن تقبل أي شروط جديدة".'
        )
        assert _speaker(text, "لن تقبل") == "سالم العبيدي"

    def test_near_miss_told_journalists(self):
        text = _MET + 'وأبلغ الحلو الصحفيين بأن الجيش "سيحمي الحدود مهما كلف الأمر".'
        assert _speaker(text, _GUARD) == "فادي الحلو"

    def test_near_miss_full_name_said(self):
        text = _MET + 'وقال فادي الحلو إن الجيش "سيحمي الحدود مهما كلف الأمر".'
        assert _speaker(text, _GUARD) == "فادي الحلو"
