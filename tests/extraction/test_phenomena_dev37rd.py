"""Role and date rules taken up by dev37rd from the development sets' misses.
Every sentence here is invented.

Rule 1 (dates._DATE's branch of the same month, find_dates): a day "of the
same month", "يوم 12 من الشهر نفسه", "في الخامس من ذات الشهر", "في 20 من
نفس الشهر", is that day of the month and year of the date told before it,
as "من العام نفسه" gives a month the year told before. Before, it was no
date at all, and a cable so dated took the day of the meeting it summed up.

Rule 2 (words._ALA_OBJECTS, read by phrases.scan_np's test of the name
Ali): على before a noun of words said or held carrying a possessive
pronoun ("كلامه", "حديثها", "تصريحاته", "رأيه", "اقتراحه") is the
preposition a verb such as أكد takes ("وأكدت X على كلامه"), not the name
Ali spelt with alif maqsura: a name never carries a possessive. Before, a
speaker named by his first name alone was read "X على", a new person with
no role.

Rule 3 (dating.said_lately, read by date_for): "lately", مؤخرا, in the cue
clause before any أنّ tells that the words were said before the story's
day, on a day the text does not tell: no date, neither the dateline's nor
one carried from the speaker's other words. Not after a post's definite
participle ("السفير المعين مؤخرا", the appointment's time), nor after أنّ
(the time of what is told).

Rule 4 (dating.gathering_dated, read where a document is registered with
its date and by date_for's fronted and earlier-cue dates): a year a
gathering's label names ("في منتدى دافوس عام 2012", "قمة الرياض عام 2015")
in the sentence of a document that tells of it is the gathering's, not the
document's: the document's words stay undated. A word of dating before the
date ("مؤرخة في", "بتاريخ") still dates the document, and a person's words
at the gathering keep its year.

Rule 5 (dating.dated_in_next_sentence with document_tells, and
words._GATHERINGS): a lead that tells what a document relays ("كشفت برقية
… أن الرئيس X حذر من «…»"), the speaker named after its أنّ with no
occasion of his own after it, then a sentence going on with him at a
meeting it dates right after its opening verb ("واعتبر، خلال لقائه
بالسفير … عام 2007، أن «…»"): the lead's words are of that meeting, its
year or month too (a lead of his own statement still needs a day). And
"لقائه", "لقائها", the genitive as it is spelt, is a meeting as "لقاءه" is.
"""

from __future__ import annotations

import pytest

from claims.extraction.dates import find_dates
from claims.extraction.normalize import normalize
from tests.extraction.helpers import one


def _date(text: str, fragment: str) -> str | None:
    return one(text, fragment).date


class TestADayOfTheSameMonth:
    @pytest.mark.parametrize(
        "text, fragment, date",
        [
            pytest.param(
                "التقى الوزير نظيره الفرنسي في باريس يوم 3 مارس 2015، ولخصت السفارة"
                " اللقاء في برقية كتبها القنصل جون سميث يوم 9 من الشهر نفسه. وأضافت"
                " البرقية أن الوزير قال: «لن نتراجع عن الاتفاق».",
                "لن نتراجع",
                "2015-03-09",
                id="a-cable-dated-later-that-month",
            ),
            pytest.param(
                "عقد المجلس جلسته الأولى في 4 يونيو 2018. وفي 11 من الشهر ذاته، قال"
                " رئيس المجلس خالد العمري: «سنصوت على الميزانية قريبا».",
                "سنصوت على",
                "2018-06-11",
                id="fronted-day-same-month-after",
            ),
            pytest.param(
                "وصل الوفد إلى القاهرة في 2 أكتوبر 2019، وفي الخامس من نفس الشهر قال"
                " رئيس الوفد سامي النجار: «المحادثات تسير بشكل جيد».",
                "المحادثات تسير",
                "2019-10-05",
                id="ordinal-day-same-before",
            ),
        ],
    )
    def test_the_month_and_year_told_before(self, text, fragment, date):
        assert _date(text, fragment) == date

    @pytest.mark.parametrize(
        "text, fragment, date",
        [
            pytest.param(
                # the current month is the dateline's, not the date told before
                "أعلنت الوزارة في 2 فبراير 2020 عن الخطة. وقال الوزير أحمد سالم:"
                " «الخطة ستنفذ في 20 من الشهر الجاري».",
                "الخطة ستنفذ",
                None,
                id="current-month-untouched",
            ),
            pytest.param(
                # no month told before: no date
                "قال الوزير أحمد سالم في 14 من الشهر نفسه: «الخطة جاهزة».",
                "الخطة جاهزة",
                None,
                id="nothing-told-before",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, date):
        assert _date(text, fragment) == date

    def test_find_dates_reads_the_day(self):
        text = "في 3 مايو 2020 ثم في 20 من نفس الشهر ثم في العاشر من الشهر ذاته"
        found = find_dates(normalize(text))
        assert [(d.iso, d.precision) for d in found] == [
            ("2020-05-03", "day"),
            ("2020-05-20", "day"),
            ("2020-05-10", "day"),
        ]


class TestAlaBeforeWordsSaidWithAPronoun:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وكان اللاعب محمود فتحي قد انتقد الإدارة الأسبوع الماضي. وأكد محمود"
                ' على تصريحاته السابقة قائلا "الفريق سيعود أقوى".',
                "الفريق سيعود",
                "محمود فتحي",
                "اللاعب",
                id="his-statements",
            ),
            pytest.param(
                "سأل المذيع الفنانة سهام الحكيم عن اعتزالها. وأكدت سهام على كلامه"
                ' قائلة "نعم هذا صحيح".',
                "نعم هذا",
                "سهام الحكيم",
                "الفنانة",
                id="his-words-feminine-verb",
            ),
            pytest.param(
                "وكان المدرب كريم سالم قد تحدث عن المباراة. وأكد كريم على حديثه قائلا"
                ' "الفريق جاهز".',
                "الفريق جاهز",
                "كريم سالم",
                "المدرب",
                id="his-talk",
            ),
        ],
    )
    def test_the_preposition(self, text, fragment, speaker, role):
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                'وقال محمد على إن "الفريق سيعود أقوى".',
                "الفريق سيعود",
                "محمد على",
                None,
                id="ali-before-inna",
            ),
            pytest.param(
                'وعلق الوزير محمد علي على كلامها قائلا "هذا غير دقيق".',
                "غير دقيق",
                "محمد علي",
                "الوزير",
                id="ali-with-ya-then-the-preposition",
            ),
            pytest.param(
                'وقال الوزير محمد على: "هذا غير دقيق".',
                "غير دقيق",
                "محمد على",
                "الوزير",
                id="ali-before-colon",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, speaker, role):
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)


class TestSaidLately:
    @pytest.mark.parametrize(
        "text, fragment",
        [
            pytest.param(
                "الرياض 4 مارس 2022 (واس) - وقالت المتحدثة باسم الوزارة هند الشمري"
                ' مؤخرا في بيان إن "الخدمات ستتحسن".',
                "الخدمات ستتحسن",
                id="not-the-datelines-day",
            ),
            pytest.param(
                'تونس 5 مايو 2023 - قال الوزير سامي الحداد أمس إن "الميزانية جاهزة".'
                ' وأضاف الوزير مؤخرا في حوار تلفزيوني: "لن نرفع الضرائب".',
                "لن نرفع",
                id="not-carried-from-his-words",
            ),
            pytest.param(
                "الرباط 12 مارس 2024 (وكالات) - وأكد الوزير كريم العلمي مؤخرا، خلال"
                ' لقاء مع الصحافة، أن "الإصلاح مستمر".',
                "الإصلاح مستمر",
                id="lately-then-an-occasion",
            ),
        ],
    )
    def test_undated(self, text, fragment):
        assert _date(text, fragment) is None

    @pytest.mark.parametrize(
        "text, fragment, date",
        [
            pytest.param(
                "الرباط 12 مارس 2024 (وكالات) - وقال السفير المعين مؤخرا لدى المغرب"
                ' جون سميث اليوم إن "العلاقات ممتازة".',
                "العلاقات ممتازة",
                "2024-03-12",
                id="appointed-lately",
            ),
            pytest.param(
                "الرباط 12 مارس 2024 (وكالات) - وقال الوزير اليوم إن الحكومة قررت"
                ' مؤخرا "رفع الأجور في القطاع العام".',
                "رفع الأجور",
                "2024-03-12",
                id="lately-after-that",
            ),
            pytest.param(
                'تونس 5 مايو 2023 - قال الوزير سامي الحداد أمس إن "الميزانية جاهزة".',
                "الميزانية جاهزة",
                "2023-05-04",
                id="no-lately",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, date):
        assert _date(text, fragment) == date


class TestAGatheringsYearIsNoDocumentsDate:
    @pytest.mark.parametrize(
        "text, fragment",
        [
            pytest.param(
                "وكشفت إحدى البرقيات مشاركة الوفد في مؤتمر المانحين عام 2009، وقالت"
                ' البرقية إن "الوفد لم يقدم أي التزامات".',
                "لم يقدم",
                id="cables-conference",
            ),
            pytest.param(
                "ورصد تقرير للسفارة حضور الوزير قمة الرياض عام 2015، وقال التقرير:"
                ' "كان الوزير متحفظا".',
                "متحفظا",
                id="reports-summit",
            ),
            pytest.param(
                "وتناولت وثيقة أخرى لقاءات الحزب في ملتقى الاستثمار عام 2011، وقالت"
                ' الوثيقة إن "القادة كانوا متفائلين".',
                "متفائلين",
                id="documents-forum",
            ),
        ],
    )
    def test_undated(self, text, fragment):
        assert _date(text, fragment) is None

    @pytest.mark.parametrize(
        "text, fragment, date",
        [
            pytest.param(
                'وكشفت برقية عن مؤتمر المانحين مؤرخة في 12 مارس 2009 أن "الوفد لم'
                ' يقدم أي التزامات".',
                "لم يقدم",
                "2009-03-12",
                id="dated-document",
            ),
            pytest.param(
                'وكشفت برقية عن المؤتمر بتاريخ 3 مايو 2010 أن "الوفد لم يقدم أي التزامات".',
                "لم يقدم",
                "2010-05-03",
                id="bitarikh",
            ),
            pytest.param(
                'وقال الوزير خلال مؤتمر صحفي عام 2012 إن "الوفد لم يقدم أي التزامات".',
                "لم يقدم",
                "2012",
                id="a-person-at-a-conference",
            ),
        ],
    )
    def test_near_misses(self, text, fragment, date):
        assert _date(text, fragment) == date


_LEAD = (
    "كشفت وثيقة سرية نشرها موقع ويكيليكس أن الوزير السابق خالد نصار حذر نظيره"
    " من «عواقب وخيمة إذا استمر في دعم الميليشيات». "
)
_NEXT = (
    "واعتبر، خلال لقائه بالسفير الأمريكي عام 2007، أن المنطقة «على حافة الانفجار"
    " ولا أحد يريد الاعتراف بذلك»."
)


class TestADocumentsLeadDatedByTheMeetingNext:
    @pytest.mark.parametrize(
        "text, fragment, date",
        [
            pytest.param(_LEAD + _NEXT, "عواقب وخيمة", "2007", id="a-year"),
            pytest.param(
                "أظهرت برقية دبلوماسية أن الملك وصف المعارضة بأنها «غير مسؤولة ولا تملك"
                " أي برنامج». وأضاف، خلال اجتماعه بوفد من الكونغرس في مايو 2009، أن"
                " الحوار معها «مضيعة للوقت ولن يؤدي إلى شيء».",
                "غير مسؤولة",
                "2009-05",
                id="a-month",
            ),
            pytest.param(
                "قال الوزير سامي الحداد إن الحكومة «لن تتراجع عن الإصلاحات مهما كانت"
                " الضغوط». وأكد، خلال لقائه بالسفير الفرنسي يوم 3 مارس 2015، أن"
                " الإصلاحات «مستمرة وستشمل كل القطاعات».",
                "لن تتراجع",
                "2015-03-03",
                id="his-meeting-spelt-as-genitive",
            ),
        ],
    )
    def test_the_meetings_date(self, text, fragment, date):
        assert _date(text, fragment) == date

    @pytest.mark.parametrize(
        "text, fragment",
        [
            pytest.param(
                "كشفت وثيقة سرية أن الوزير السابق خالد نصار قال في مقابلة إن الوضع"
                " «خطير جدا ولا يحتمل التأجيل». " + _NEXT,
                "خطير جدا",
                id="his-own-interview",
            ),
            pytest.param(
                _LEAD + "واعتبر عام 2007 أن المنطقة «على حافة الانفجار ولا أحد يريد"
                " الاعتراف بذلك».",
                "عواقب وخيمة",
                id="no-meeting-told",
            ),
            pytest.param(
                _LEAD + "واعتبر السفير، خلال لقائه بالوزير عام 2007، أن المنطقة «على"
                " حافة الانفجار ولا أحد يريد الاعتراف بذلك».",
                "عواقب وخيمة",
                id="another-speaker-next",
            ),
        ],
    )
    def test_near_misses(self, text, fragment):
        assert _date(text, fragment) is None
