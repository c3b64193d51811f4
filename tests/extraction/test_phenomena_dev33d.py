"""Dates and quotes the development sets ap1-ap5 missed (session dev33d): each
class a general construction, with invented sentences that show it and near
misses where it must not fire.

Every text here is written for the test, with names, places and words of
its own.
"""

from tests.extraction.helpers import quotes_of


def _one(text: str, words: str):
    q = [q for q in quotes_of(text) if words in q.text]
    assert q, [q.text for q in quotes_of(text)]
    return q[0]


def _dated(text: str, words: str) -> tuple[str | None, str | None]:
    q = _one(text, words)
    return q.date, q.date_precision


_CAMPS = "الوضع في المخيمات لم يعد محتملا"
_AID = "نحتاج إلى دعم دولي فوري"


class TestTheCablesDateToldFinerLater:
    """ "ونقلت البرقية التي تعود لعام 2012 عن X قوله «…»" then "وأرسلت
    البرقية المؤرخة في 4 مارس 2012 …": the same cable, named again with
    the article and a word that dates it, its date told finer and agreeing
    with the first; the words it dated by the year or the month have the
    day, before that sentence and after it (not another cable, "في برقية
    أخرى مؤرخة", nor a day of another year, nor an event the cable tells of
    with no dating word)."""

    def test_year_then_day_in_a_later_sentence(self):
        text = (
            "كشفت برقية دبلوماسية مسربة أن الحكومة طلبت مساعدة عاجلة لمواجهة أزمة اللاجئين.\n"
            "ونقلت البرقية التي تعود لعام 2012 عن وزير الداخلية سمير الحباشنة قوله إن "
            f'"{_CAMPS}".\n'
            "وأرسلت البرقية المؤرخة في 4 مارس آذار 2012 من السفارة في عمان.\n"
            f'وقال الحباشنة "{_AID}".\n'
        )
        assert _dated(text, _CAMPS) == ("2012-03-04", "day")
        assert _dated(text, _AID) == ("2012-03-04", "day")

    def test_year_then_the_date_it_bears_after_the_words(self):
        text = (
            "ونقلت الوثيقة التي تعود إلى عام 2009 عن السفير الفرنسي قوله إن "
            '"المفاوضات وصلت إلى طريق مسدود".\n'
            'وأضاف السفير "لا أرى حلا قريبا".\n'
            "وتحمل الوثيقة تاريخ 22 أكتوبر 2009 وقد كتبها القائم بالأعمال.\n"
        )
        assert _dated(text, "طريق مسدود") == ("2009-10-22", "day")
        assert _dated(text, "حلا قريبا") == ("2009-10-22", "day")

    def test_month_then_day(self):
        text = (
            "وتقول برقية من ديسمبر 2010 إن وزير المالية خالد العمري قال "
            '"الميزانية لا تحتمل مزيدا من الدعم".\n'
            "وكانت البرقية التي تحمل تاريخ 14 ديسمبر 2010 قد أرسلت إلى واشنطن.\n"
            'ونقلت البرقية عن العمري قوله "سنخفض النفقات العسكرية".\n'
        )
        assert _dated(text, "مزيدا من الدعم") == ("2010-12-14", "day")
        assert _dated(text, "النفقات العسكرية") == ("2010-12-14", "day")

    def test_near_miss_another_cable(self):
        text = (
            "ونقلت البرقية التي تعود لعام 2012 عن وزير الداخلية سمير الحباشنة قوله إن "
            f'"{_CAMPS}".\n'
            f'وفي برقية أخرى مؤرخة في 4 مارس 2012 قال الحباشنة "{_AID}".\n'
        )
        assert _dated(text, _CAMPS) == ("2012", "year")
        assert _dated(text, _AID) == ("2012-03-04", "day")

    def test_near_miss_a_day_of_another_year(self):
        text = (
            "ونقلت البرقية التي تعود لعام 2012 عن وزير الداخلية سمير الحباشنة قوله إن "
            f'"{_CAMPS}".\n'
            "وأرسلت البرقية المؤرخة في 4 مارس 2013 من السفارة في عمان.\n"
        )
        assert _dated(text, _CAMPS) == ("2012", "year")

    def test_near_miss_an_event_the_cable_tells_of(self):
        text = (
            "ونقلت البرقية التي تعود لعام 2012 عن وزير الداخلية سمير الحباشنة قوله إن "
            f'"{_CAMPS}".\n'
            "وتحدثت البرقية عن اجتماع عقد في 4 مارس 2012 بين الوزير ووفد أوروبي.\n"
        )
        assert _dated(text, _CAMPS) == ("2012", "year")


_CABLE = (
    "ولفتت البرقية، التي كتبت بتاريخ 9 فبراير 2008، إلى توتر شديد بين الطرفين.\n"
    "ونقلت البرقية، التي كتبها السفير الأمريكي توماس هيل، عن الوزير كريم الساعدي قوله إن "
    '"الشركات الأجنبية لا تحترم العقود".\n'
)
_DISTRUST = "الوزير لا يثق بأحد"


class TestTheCablesWriterGoesOnFurther:
    """ "ونقلت البرقية، التي كتبها السفير X، عن Y قوله «…»" then, four to
    six sentences on, "وأضاف X: «…»": the writer named again goes on in his
    cable, at its date, when no time was told since but in passing (a date
    in a relative clause, "الاتفاقية التي وقعت عام 1999"); before, only
    three sentences on (not after a time told, "وفي 3 مايو 2008 زار …",
    nor further than six)."""

    def test_after_a_date_told_in_passing(self):
        text = (
            _CABLE + "كما نقل عنه قوله إنه سيراجع الاتفاقية التي وقعت عام 1999.\n"
            "ولم يلق هذا الموقف قبولا لدى الشركات.\n"
            "وحسب البرقية فإن الوزارة رفضت التعليق.\n"
            f'وأضاف هيل: "{_DISTRUST}".\n'
        )
        assert _dated(text, _DISTRUST) == ("2008-02-09", "day")

    def test_four_sentences_on(self):
        text = (
            _CABLE + "ولم يلق هذا الموقف قبولا لدى الشركات.\n"
            "وتخشى الشركات خسائر كبيرة.\n"
            "وحسب البرقية فإن الوزارة رفضت التعليق.\n"
            "وتحدثت البرقية عن مخاوف المستثمرين.\n"
            f'وتابع هيل: "{_DISTRUST}".\n'
        )
        assert _dated(text, _DISTRUST) == ("2008-02-09", "day")

    def test_his_words_after_a_colon_unmarked(self):
        text = (
            _CABLE + "كما نقل عنه قوله إنه سيلغي العقود التي أبرمت عام 2001.\n"
            "وحسب البرقية فإن التصريح لم يلق قبولا.\n"
            "وتخشى الشركات خسائر كبيرة.\n"
            "وتابع هيل: قال الساعدي، خلال لقاء خاص بيننا، إن بلاده لن تجدد أي عقد قبل "
            "مراجعته.\n"
        )
        q = _one(text, "لن تجدد أي عقد")
        assert (q.speaker, q.date) == ("توماس هيل", "2008-02-09")

    def test_near_miss_a_time_told_since(self):
        text = (
            _CABLE + "ولم يلق هذا الموقف قبولا لدى الشركات.\n"
            "وفي 3 مايو 2008 زار وفد من الشركات الوزارة.\n"
            "وحسب البرقية فإن الوزارة رفضت التعليق.\n"
            f'وأضاف هيل: "{_DISTRUST}".\n'
        )
        assert _dated(text, _DISTRUST) == (None, None)

    def test_near_miss_too_far_on(self):
        text = (
            _CABLE
            + "".join(
                f"وتحدثت البرقية عن مخاوف المستثمرين في القطاع رقم {n}.\n" for n in range(1, 8)
            )
            + f'وأضاف هيل: "{_DISTRUST}".\n'
        )
        assert _dated(text, _DISTRUST) == (None, None)


_MET = (
    "وكشفت برقية مؤرخة في 3 آذار 2009 عن لقاء جمع وفدا من الكونغرس بالوزير سعيد الخطيب في مكتبه.\n"
)


class TestAThirdPersonsWordsToldOnInACable:
    """ "قال الأخير إن سليمان أبلغه أن «…»" in a cable's account: the words
    of a third person, whom the teller heard them from before (a verb of
    telling, أبلغ or أخبر, its object the teller: a pronoun glued to it, or
    له after it), were said on no day told, not the day of the meeting or
    the cable that reports the telling (not the teller's own words, nor
    what he says he told another, "إنه أبلغ رئيس الوزراء أن", nor what the
    cable's writer was told, "ويضيف السفير X أن الوزير أبلغه بأن": at the
    meeting his cable reports)."""

    def test_the_other_told_him_at_a_dated_meeting(self):
        text = (
            "وقالت صحيفة محلية إنه وفقا لبرقية حول لقاء بين دبلوماسي أمريكي والمستشار "
            "سامر النجار عقد في 19 أيلول 2006 قال الأخير إن وزير الدفاع هشام العطار "
            'أبلغه أن "الجيش غير مستعد لأي حرب".\n'
        )
        q = _one(text, "غير مستعد")
        assert (q.speaker, q.date) == ("هشام العطار", None)

    def test_told_him_after_a_meeting_and_a_comma(self):
        text = (
            "ووفقا لبرقية حول اجتماع عقد في 2 أيار 2007 بين مسؤول أمريكي والنائب رامي "
            'الزين، قال الزين إن رئيس البرلمان أخبره أن "الجلسة ستؤجل".\n'
        )
        q = _one(text, "الجلسة ستؤجل")
        assert (q.speaker, q.date) == ("رئيس البرلمان", None)

    def test_relayed_from_the_cable(self):
        text = _MET + 'ونقلت البرقية عن الخطيب قوله إن الملك أبلغه بأن "التعديل الوزاري قادم".\n'
        q = _one(text, "التعديل الوزاري")
        assert (q.speaker, q.date) == ("الملك", None)

    def test_near_miss_his_own_words(self):
        text = _MET + 'وقال الخطيب إن "الحكومة ستستقيل قريبا".\n'
        assert _dated(text, "ستستقيل") == ("2009-03-03", "day")

    def test_near_miss_the_cables_writer_told(self):
        text = (
            "وفي برقية مؤرخة في 9 جوان 2009 يصف السفير الأمريكي جون كارتر لقاءه بوزير "
            'الداخلية. ويضيف كارتر أن الوزير أبلغه بأن "الأمن مستتب في كل الولايات".\n'
        )
        assert _dated(text, "الأمن مستتب") == ("2009-06-09", "day")


_BUDGET = "الميزانية الجديدة تراعي الفئات الفقيرة"
_DEFICIT = "ونحن نعمل على خفض العجز خلال عامين"


class TestWordsInMarksAgainNeverClosed:
    """'وقال X: “…”.. “ونحن … .' on one line: an opener never closed right
    after the closing mark of words quoted as speech (a colon, أنّ or a verb
    of saying before them), one or two stops or a comma between, is the
    same speaker going on, up to where unmarked speech would end; before,
    the stop cut it from any verb of saying and the words were lost (not
    after a name in marks, "حزب "النهضة". "…", nor a title)."""

    def test_after_two_stops(self):
        text = f"وقال وزير المالية سامي الحداد في مؤتمر صحفي: “{_BUDGET}”.. “{_DEFICIT}.\n"
        q = _one(text, "خفض العجز")
        assert (q.text, q.speaker) == (_DEFICIT, "سامي الحداد")

    def test_after_a_stop(self):
        text = f'وقال وزير المالية سامي الحداد: "{_BUDGET}". "{_DEFICIT}.\n'
        q = _one(text, "خفض العجز")
        assert (q.text, q.speaker) == (_DEFICIT, "سامي الحداد")

    def test_after_a_comma_in_chevrons(self):
        text = f"وأضاف الحداد قائلا: «{_BUDGET}»، «{_DEFICIT}.\n"
        q = _one(text, "خفض العجز")
        assert (q.text, q.speaker) == (_DEFICIT, "الحداد")

    def test_near_miss_after_a_name_in_marks(self):
        text = 'وأعلن حزب "النهضة". "والحزب يستعد للانتخابات منذ أشهر طويلة.\n'
        assert not [q for q in quotes_of(text) if "يستعد" in q.text]

    def test_near_miss_both_closed(self):
        text = f"وقال وزير المالية سامي الحداد في مؤتمر صحفي: “{_BUDGET}”.. “{_DEFICIT}”.\n"
        assert [q.text for q in quotes_of(text)] == [_BUDGET, _DEFICIT]


class TestOurWordsAfterDescribedAs:
    """ "الذين وصفهم بأنهم «ضيوفنا وأهلنا»": up to three words in marks
    after "described as" are a label (“مصدر موثوق”) unless one of them
    ends in "our" (نا), the describer's own words, said as his; kept (not
    "ظلم كبير", nor "أحيانا", whose نا is no pronoun)."""

    def test_our_guests(self):
        text = (
            "وقال وزير الداخلية سامي الحداد إن المسؤولين سيواصلون خدمة المقيمين في "
            "البلاد الذين وصفهم بأنهم “ضيوفنا وأهلنا”.\n"
        )
        q = _one(text, "ضيوفنا")
        assert (q.text, q.speaker) == ("ضيوفنا وأهلنا", "سامي الحداد")

    def test_our_youth_after_a_relative(self):
        text = 'وانتقد النائب فارس العلي القرار الذي وصفه بأنه "ظلم لشبابنا".\n'
        q = _one(text, "لشبابنا")
        assert (q.text, q.speaker) == ("ظلم لشبابنا", "فارس العلي")

    def test_our_country_after_her_verb(self):
        text = "وأشادت الوزيرة ليلى منصور بالمتطوعين ووصفتهم بأنهم «فخر بلادنا».\n"
        q = _one(text, "بلادنا")
        assert (q.text, q.speaker) == ("فخر بلادنا", "ليلى منصور")

    def test_near_miss_a_label(self):
        text = 'وانتقد النائب فارس العلي القرار الذي وصفه بأنه "ظلم كبير".\n'
        assert not quotes_of(text)

    def test_near_miss_na_of_no_pronoun(self):
        text = 'وانتقد النائب فارس العلي القرار الذي وصفه بأنه "خطأ أحيانا".\n'
        assert not quotes_of(text)
