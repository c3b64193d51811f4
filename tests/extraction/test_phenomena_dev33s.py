"""Wrong speakers found on the thirteenth session's development set (dev33s).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_WORDS = "الحكومة لن تتراجع عن قرارها"
_BEFORE = "وقال وزير الداخلية إن الوضع مستقر.\n"


class TestBareNameThenTurnAside:
    """ "العلوي، من جهته، قال إن «…»": a bare name the text has not
    introduced opens the sentence, then the turn to another party in commas
    (من جهته/من جانبه/من ناحيته), then the verb; the name speaks. Before,
    an unknown bare name with an aside was read as no subject and the
    speaker before went on."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_BEFORE}العلوي، من جهته، قال إن “{_WORDS}”.",
                "العلوي",
                id="a-family-name",
            ),
            pytest.param(
                f"{_BEFORE}كريم العلوي، من ناحيته، قال إن “{_WORDS}”.",
                "كريم العلوي",
                id="a-full-name",
            ),
            pytest.param(
                f"{_BEFORE}سعاد الحلبي، من جانبها، قالت إن “{_WORDS}”.",
                "سعاد الحلبي",
                id="a-woman",
            ),
        ],
    )
    def test_the_name_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_BEFORE}وزير المالية، من جانبه، قال إن “{_WORDS}”.",
                "وزير المالية",
                id="a-post-as-before",
            ),
            pytest.param(
                f"{_BEFORE}من جهته، قال رئيس البرلمان إن “{_WORDS}”.",
                "رئيس البرلمان",
                id="the-turn-opens-the-sentence",
            ),
            pytest.param(
                f"{_BEFORE}العلوي، في تصريح سابق، قال إن “{_WORDS}”.",
                "وزير الداخلية",
                id="another-aside-keeps-its-reading",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


class TestFrontedSubjectAsideInDashes:
    """ "أحد الشهود –رفض ذكر اسمه لأسباب أمنية- قال «…»": the subject opens
    the sentence, an aside set off by dashes, then the verb; the subject
    speaks, as with an aside in commas. Before, the verb read as having no
    subject and the speaker before went on."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_BEFORE}أحد الشهود –رفض ذكر اسمه لأسباب أمنية- قال إن “{_WORDS}”.",
                "أحد الشهود",
                id="an-anonymous-witness",
            ),
            pytest.param(
                f"{_BEFORE}الناشط كريم العلوي – وهو من سكان الحي – قال إن “{_WORDS}”.",
                "كريم العلوي",
                id="a-titled-name-spaced-dashes",
            ),
            pytest.param(
                f"{_BEFORE}مصدر أمني —طلب عدم نشر اسمه— قال إن “{_WORDS}”.",
                "مصدر أمني",
                id="a-source-em-dashes",
            ),
        ],
    )
    def test_the_subject_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"القاهرة – رويترز - قال وزير المالية إن “{_WORDS}”.",
                "وزير المالية",
                id="a-dateline",
            ),
            pytest.param(
                f"{_BEFORE}وأوضح الشهود –وهم من سكان الحي- أن “{_WORDS}”.",
                "الشهود",
                id="verb-first-with-a-dash-aside",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


_PLEDGE = "لن نتراجع عن قرارنا"
_MINISTER = "وقال وزير الخارجية إن الوضع مستقر.\n"


class TestParticipleWithObjectBeforeTheWords:
    """ "وأضاف مسديا النصح للصحفيين «…»": a derived form's participle in the
    accusative with its definite object (and what it is done for) alone
    between the verb and the words is a حال; the subject is elided, the
    speaker before goes on. Before, the participle and its object were read
    as the speaker's name."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(f"{_MINISTER}وأضاف مسديا النصح للصحفيين “{_PLEDGE}”.", id="with-lam"),
            pytest.param(
                f"{_MINISTER}وتابع منتقدا الحكومة السابقة: “{_PLEDGE}”.", id="an-adjective-colon"
            ),
            pytest.param(f"{_MINISTER}وأضاف معددا الإنجازات للحضور “{_PLEDGE}”.", id="form-two"),
        ],
    )
    def test_the_speaker_goes_on(self, text: str) -> None:
        assert quote_exactly(text, _PLEDGE).speaker == "وزير الخارجية", text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_MINISTER}وأضاف منير الحسيني “{_PLEDGE}”.", "منير الحسيني", id="a-name-in-mu"
            ),
            pytest.param(
                f"{_MINISTER}وقال مصطفى الحسيني: “{_PLEDGE}”.", "مصطفى الحسيني", id="mustafa"
            ),
            pytest.param(
                f"{_MINISTER}وقالت منيرة الحسيني: “{_PLEDGE}”.", "منيرة الحسيني", id="munira"
            ),
            pytest.param(
                f"{_MINISTER}وأضاف مستعرضا الأرقام الجديدة “{_PLEDGE}”.",
                "وزير الخارجية",
                id="form-ten-as-before",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _PLEDGE).speaker == speaker, text


_CABLE = (
    "وتفيد برقية مؤرخة في 12 آذار 2006 أن السفير الأميركي في عمّان ديفيد هيل "
    "قال لوزير الداخلية الأردني عيد الفايز إنّ “الحدود تحتاج إلى مراقبة أشد”.\n"
)
_REPLY = "الأجهزة الأمنية تعمل ليل نهار"


class TestTurnOfOneTheCableNamed:
    """A leaked cable's sentence quotes one party to another; the paragraph
    after opens "Y، من جهته، قال إن «…»", Y named in that sentence: Y's
    turn in the same talk, of the cable's date. (With the name fronted
    before the turn, and in the next paragraph, the words had no date.)"""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_CABLE}الفايز، من جهته، قال إنّ “{_REPLY}”.", "عيد الفايز", id="the-surname"
            ),
            pytest.param(
                f"{_CABLE}عيد الفايز، من جانبه، قال إنّ “{_REPLY}”.",
                "عيد الفايز",
                id="the-full-name",
            ),
            pytest.param(
                f"{_CABLE}الفايز، من ناحيته، أكد أن “{_REPLY}”.", "عيد الفايز", id="another-verb"
            ),
        ],
    )
    def test_the_reply_has_the_cables_date(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _REPLY)
        assert (quote.speaker, quote.date) == (speaker, "2006-03-12"), text

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                f"{_CABLE}وقال وزير الخارجية، من جهته، إنّ “{_REPLY}”.", id="one-not-in-the-cable"
            ),
            pytest.param(
                f"{_CABLE}الحكومة، من جهتها، قالت إنّ “{_REPLY}”.", id="a-body-not-in-the-cable"
            ),
        ],
    )
    def test_near_misses_stay_undated(self, text: str) -> None:
        assert quote_exactly(text, _REPLY).date is None, text


_ADVICE = "ابنوا جيشا قويا أولا"
_HEADLINE = "الرئيس اليمني عبد الكريم الزبيدي\n"


class TestKnownNameAfterAFrontedOccasion:
    """ "وخلال هذا اللقاء عرض X تصوره …، وقال «…»": a sentence that opens
    with an adverbial of occasion (no comma after it), then a plain verb
    and a name met before (here only in a headline); the verb of saying
    joined to it by و is that person's. Before, the name after the verb was
    no mention, and the document named the sentence before spoke."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                f"{_HEADLINE}ووردت هذه الأقوال في تقرير أعدته السفارة.\n"
                f"وخلال هذا اللقاء عرض الزبيدي تصوره لحل الأزمة، وقال “{_ADVICE}”.",
                id="during-this-meeting",
            ),
            pytest.param(
                f"{_HEADLINE}ووردت هذه الأقوال في تقرير أعدته السفارة.\n"
                f"وخلال اللقاء شرح الزبيدي رؤيته للمرحلة المقبلة، وقال “{_ADVICE}”.",
                id="during-the-meeting",
            ),
            pytest.param(
                f"{_HEADLINE}ووردت هذه الأقوال في محضر أعدته السفارة.\n"
                f"وأثناء الاجتماع انتقد الزبيدي أداء الحكومة، وقال “{_ADVICE}”.",
                id="while-the-gathering",
            ),
            pytest.param(
                f"{_HEADLINE}ونشرت الصحيفة محضرا للجلسة.\n"
                f"وفي تلك الجلسة انتقد الزبيدي أداء الحكومة، وقال “{_ADVICE}”.",
                id="in-that-session",
            ),
        ],
    )
    def test_the_name_goes_on(self, text: str) -> None:
        assert quote_exactly(text, _ADVICE).speaker == "عبد الكريم الزبيدي", text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_HEADLINE}ووردت هذه الأقوال في تقرير أعدته السفارة.\n"
                f"وعرض الزبيدي تصوره لحل الأزمة، وقال “{_ADVICE}”.",
                "عبد الكريم الزبيدي",
                id="no-adverbial-as-before",
            ),
            pytest.param(
                "قال وزير الدفاع اليمني كريم العلوي إن الوضع مستقر.\n"
                f"وخلال اللقاء، عرض العلوي خطته للمرحلة المقبلة، وقال “{_ADVICE}”.",
                "كريم العلوي",
                id="with-a-comma-as-before",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _ADVICE).speaker == speaker, text


class TestThisMeetingTakesItsDate:
    """ "… للقاء عقد في أيار 2008 بين X ووفد …" then "وخلال هذا اللقاء …،
    وقال «…»": a sentence opening with خلال/في/أثناء, a demonstrative and
    an occasion's noun takes up the occasion the sentence before told,
    with the date told right after its noun there."""

    _TOLD = (
        "الرئيس اليمني عبد الكريم الزبيدي\n"
        "ووردت هذه الأقوال في تقرير أعدته السفارة للقاء عقد في آذار 2011 بين "
        "الزبيدي ووفد من النواب.\n"
    )

    @pytest.mark.parametrize(
        "text, date",
        [
            pytest.param(
                f"{_TOLD}وخلال هذا اللقاء عرض الزبيدي تصوره لحل الأزمة، وقال “{_ADVICE}”.",
                "2011-03",
                id="during-this-meeting",
            ),
            pytest.param(
                f"{_TOLD}وفي ذلك اللقاء انتقد الزبيدي أداء الحكومة، وقال “{_ADVICE}”.",
                "2011-03",
                id="in-that-meeting",
            ),
            pytest.param(
                "قال وزير الدفاع اليمني محمود الصبيحي إن الوضع مستقر.\n"
                "وكشفت صحيفة محلية عن لقاء عقد في آذار 2011 بين الصبيحي وقادة الجيش.\n"
                f"وفي هذا اللقاء، قال الصبيحي “{_ADVICE}”.",
                "2011-03",
                id="a-meeting-revealed",
            ),
            pytest.param(
                "قال وزير الدفاع اليمني محمود الصبيحي إن الوضع مستقر.\n"
                "وكشفت صحيفة محلية عن اجتماع عقد في 9 أيار 2012 بين الصبيحي وقادة الجيش.\n"
                f"وخلال ذلك الاجتماع قال الصبيحي “{_ADVICE}”.",
                "2012-05-09",
                id="that-gathering-revealed",
            ),
            pytest.param(
                "قال وزير الدفاع اليمني محمود الصبيحي إن الوضع مستقر.\n"
                "وأشار التقرير إلى مقابلة أجريت في أيار 2012 مع الصبيحي.\n"
                f"وفي هذه المقابلة قال الصبيحي “{_ADVICE}”.",
                "2012-05",
                id="this-interview",
            ),
            pytest.param(
                "نشرت الصحيفة محضر الاجتماع الذي عقد في 4 حزيران 2012 في عدن.\n"
                f"وأثناء هذا الاجتماع قال الزبيدي “{_ADVICE}”.",
                "2012-06-04",
                id="while-this-gathering-a-day",
            ),
        ],
    )
    def test_the_meetings_date(self, text: str, date: str) -> None:
        assert quote_exactly(text, _ADVICE).date == date, text

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                f"{_HEADLINE}ووردت هذه الأقوال في تقرير أعدته السفارة للقاء عقد بين "
                "الزبيدي ووفد من النواب.\n"
                f"وخلال هذا اللقاء عرض الزبيدي تصوره لحل الأزمة، وقال “{_ADVICE}”.",
                id="the-meeting-told-undated",
            ),
            pytest.param(
                "ونشرت الصحيفة تقريرا عن الحرب في آذار 2011.\n"
                f"وخلال هذا اللقاء عرض الزبيدي تصوره لحل الأزمة، وقال “{_ADVICE}”.",
                id="no-meeting-told-before",
            ),
        ],
    )
    def test_near_misses_undated(self, text: str) -> None:
        assert quote_exactly(text, _ADVICE).date is None, text


_RULING = "الحكومة لن تتراجع عن قرارها"


class TestAsReportedAfterTheSubject:
    """ "وتقول الوثيقة حسبما ذكر موقع «X»: «…»", "وقال الوزير حسبما نقلت
    عنه الوكالة: «…»": "as Y reported" right after a verb of saying and its
    subject is an aside on the source; the verb's subject speaks, not the
    outlet (nor is حسبما a name after a bare title)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_MINISTER}وتقول الوثيقة حسبما ذكر موقع “المدن”: “{_RULING}”.",
                "الوثيقة",
                id="a-document-and-a-site",
            ),
            pytest.param(
                f"{_MINISTER}وتقول الوثيقة، حسبما ذكر موقع “المدن”، إن “{_RULING}”.",
                "الوثيقة",
                id="in-commas",
            ),
            pytest.param(
                f"{_MINISTER}وقال الوزير حسبما نقلت عنه وكالة الأنباء: “{_RULING}”.",
                "وزير الخارجية",
                id="a-bare-title-and-a-relay-with-its-pronoun",
            ),
            pytest.param(
                f"{_MINISTER}وأكد الرئيس كريم العلوي حسبما أفادت صحيفة “الشروق” أن “{_RULING}”.",
                "كريم العلوي",
                id="a-named-subject-and-a-paper",
            ),
        ],
    )
    def test_the_subject_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _RULING).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_MINISTER}وتقول الوثيقة بحسب موقع “المدن”: “{_RULING}”.",
                "الوثيقة",
                id="bihasab-as-before",
            ),
            pytest.param(
                f"{_MINISTER}وذكر موقع “المدن” أن الوثيقة تقول: “{_RULING}”.",
                "الوثيقة",
                id="the-site-tells-the-document",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _RULING).speaker == speaker, text


_FOREIGN = "وقال وزير الخارجية كريم العلوي إن الوضع مستقر.\n"


class TestUnnamedSourceAfterButThenAParticiple:
    """ "…، لكن مسؤولا أمريكيا رفيعا تحدث، بعد أن …، قائلا: «…»": the clause
    of "but" (opening the sentence or after a comma in it) opens with an
    unnamed source in the accusative, then a verb that is no cue and its
    comma, then a participle of saying; the source speaks (in the
    nominative, as the engine names such sources). Before, the participle
    went to the subject named before "but" or to the last speaker."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_FOREIGN}لكن مسؤولا أمريكيا رفيعا تحدث، بعد أن طلب عدم الكشف عن "
                f"هويته، قائلا: «{_RULING}».",
                "مسؤول أمريكي رفيع",
                id="opening-the-sentence-with-an-aside",
            ),
            pytest.param(
                f"{_FOREIGN}ولم يعلق الجانب الإيراني على ذلك، لكن مصدرا دبلوماسيا تحدث "
                f"للصحفيين، مضيفا أن «{_RULING}».",
                "مصدر دبلوماسي",
                id="after-a-comma-past-a-cue",
            ),
            pytest.param(
                f"{_FOREIGN}لكن مسؤولا أمريكيا تحدث للصحفيين، قائلا: «{_RULING}».",
                "مسؤول أمريكي",
                id="a-short-one",
            ),
        ],
    )
    def test_the_source_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _RULING).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_FOREIGN}ولم يعلق الوزير على ذلك، لكنه تحدث للصحفيين، قائلا: «{_RULING}».",
                "كريم العلوي",
                id="but-he",
            ),
            pytest.param(
                f"{_FOREIGN}لكن المتحدث باسم الحكومة نفى ذلك، وقال: «{_RULING}».",
                "المتحدث باسم الحكومة",
                id="a-titled-one-and-a-verb",
            ),
            pytest.param(
                f"{_FOREIGN}لكن مسؤولا أمريكيا رفيعا قال: «{_RULING}».",
                "مسؤول أمريكي رفيع",
                id="a-verb-of-saying-as-before",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _RULING).speaker == speaker, text
