"""A post in marks as the verb's subject before where he spoke and a colon
(dev21d, first session of 2026-12-06).

Some outlets set the speaker's name or post in marks right after the verb
of saying, then tell where he spoke and give his words after a colon
('وأضاف "نائب رئيس الحكومة" في تغريدة على منصة إكس: …').  The marks hold
the verb's subject, not words said (a post of up to six words, a title or a
given name first, no verb in it), and the words after the colon are the
quote (reverted by the final read, read21: its lead is a strict xfail,
since a title opening a short sentence in such marks cannot be told from a
post there).  Not marks that hold a clause ('وقال "لن نتراجع …" في كلمته: …'),
a thanks ('وكتب "شكرا لكل من وقف معنا" على صفحته: …') or a future verb,
nor marks with no colon after where he spoke ('وقال "…" في إشارة إلى …').

The date of a meeting the sentence tells before the words said at it
("والتقى X نظيره Y … يوم 3 مارس 2021، وقال له إن «…»") may stand up to
twelve tokens after the verb of meeting, past the people met, a post and a
place (eight before); and a meeting held, a verb of holding and the meeting
its object ("وعقد الرئيس اجتماعا مع …", "وأجرى الوزير محادثات مع …"), is
such a verb.  Not a date of a noun ("ناجين من فيضانات عام 2019"), in a
relative clause, further away, of a deal held, nor words said on another
occasion ("ثم قال في تصريح لاحق").

A gathering's name in marks, its indefinite head first (مؤتمر، منتدى، قمة،
ملتقى), after the word that tells one spoke at it ('وفي كلمة خلال "منتدى
…"، أكد الوزير أن …', 'وعلى هامش "مؤتمر …"'), is where he spoke, no words
said.  Not such words with no word of where before them, nor after a cue.

Every sentence here is invented for the test.
"""

import pytest

from claims.extraction import normalize
from tests.extraction.helpers import one, quotes_of

# -- a post in marks, then where he spoke and a colon -------------------------


def _texts(text: str) -> list[str]:
    return [normalize(q.text) for q in quotes_of(text)]


@pytest.mark.xfail(
    strict=True,
    reason="90e55d95 reverted by the final read (read21): a title opening the marks "
    "took short sentences said in them for the speaker's post "
    "('وأضاف \"الوزير الأول مسؤول أمام البرلمان\" في كلمته: …' lost its words)",
)
def test_post_in_marks_before_where_and_colon_is_the_subject():
    cases = (
        (
            'وأضاف "نائب رئيس الحكومة الأردنية" في تغريدة على منصة إكس: الحكومة ماضية '
            "في خطتها لدعم المزارعين هذا العام.",
            "نائب رئيس الحكومة الأردنية",
            "الحكومة ماضية في خطتها",
        ),
        (
            'وكتب "رئيس هيئة الطيران المدني" عبر حسابه على فيسبوك: المطار سيعود إلى '
            "العمل خلال أيام قليلة.",
            "رئيس هيئة الطيران المدني",
            "المطار سيعود إلى العمل",
        ),
        (
            'وقال "المتحدث باسم وزارة الصحة الفلسطينية" في تصريح لإذاعة محلية: '
            "المستشفيات تعمل بطاقتها القصوى منذ أسبوع.",
            "المتحدث باسم وزارة الصحة الفلسطينية",
            "المستشفيات تعمل بطاقتها القصوى",
        ),
        (
            'وأوضح "وزير المالية الأسبق في الحكومة" خلال ندوة نظمتها الجامعة: الديون '
            "تضاعفت ثلاث مرات في عقد واحد.",
            "وزير المالية الأسبق في الحكومة",
            "الديون تضاعفت ثلاث مرات",
        ),
    )
    for text, post, words in cases:
        found = _texts(text)
        assert normalize(post) not in found, text
        assert any(t.startswith(normalize(words)) for t in found), (text, found)


def test_words_in_marks_before_where_and_colon_stay_quoted():
    # (negative) a clause, a thanks, a future verb in the marks: words said
    for text, words in (
        (
            'وقال "لن نتراجع عن مطالبنا" في كلمته أمام المحتجين: الشارع معنا.',
            "لن نتراجع عن مطالبنا",
        ),
        (
            'وكتب "شكرا لكل من وقف معنا" على صفحته: الفوز لكم جميعا.',
            "شكرا لكل من وقف معنا",
        ),
        (
            'وأضاف "سنواصل العمل حتى النهاية" في بيان مقتضب: نحن جاهزون.',
            "سنواصل العمل حتى النهاية",
        ),
    ):
        assert normalize(words) in _texts(text), text


def test_post_in_marks_with_no_colon_after_where_is_unchanged():
    # (other side) no colon after where he spoke: the rule does not read it
    # ('"…" في إشارة إلى …' keeps its words; a post before إن stays as it was)
    text = 'وقال "الوضع في المدينة صعب جدا" في إشارة إلى الحصار المفروض عليها.'
    assert normalize("الوضع في المدينة صعب جدا") in _texts(text)
    text = 'وأضاف "نائب وزير الخارجية" في تصريح صحفي إن المفاوضات ستستأنف قريبا.'
    assert normalize("نائب وزير الخارجية") not in _texts(text)


# -- the date of a meeting held, further from its verb ------------------------


# (30ced9c3's reach of twelve, taken back to eight by read21, holds again
# when the place stands right before the date's lead: dev24d's met_at_place)
def test_meeting_date_past_the_people_met_and_the_place():
    cases = (
        (
            "والتقى وزير الخارجية الأردني نظيره الألماني في العاصمة برلين يوم 3 مارس "
            '2021، وقال له إن "الحل السياسي هو الطريق الوحيد".',
            "الحل السياسي",
            "2021-03-03",
        ),
        (
            "واستقبل رئيس مجلس النواب سفير الاتحاد الأوروبي لدى البلاد في مكتبه صباح "
            '12 يناير 2019، وقال له: "نريد شراكة متوازنة مع أوروبا".',
            "شراكة متوازنة",
            "2019-01-12",
        ),
        (
            "وقابلت الوزيرة وفدا من نقابة المعلمين في مقر الوزارة بالعاصمة يوم الأحد "
            '5 مايو 2019، وقالت لهم إن "الإضراب ليس حلا لأي مشكلة".',
            "الإضراب ليس حلا",
            "2019-05-05",
        ),
    )
    for text, words, date in cases:
        assert one(text, words).date == date, text


def test_meeting_held_dates_the_words_said_at_it():
    cases = (
        (
            "وعقد الرئيس اجتماعا مع قادة الأحزاب يوم 3 مارس 2021، وقال لهم إن "
            '"الحوار هو الطريق الوحيد".',
            "الحوار هو الطريق",
            "2021-03-03",
        ),
        (
            "وأجرى الوزير محادثات مع نظيره التركي في أنقرة يوم 3 مارس 2021، وقال له "
            'إن "التعاون بين البلدين ضروري".',
            "التعاون بين البلدين",
            "2021-03-03",
        ),
        (
            "وعقدت رئيسة الحكومة لقاء مع ممثلي النقابات في 14 أكتوبر 2020، وقالت "
            'لهم: "لا زيادة في الضرائب هذا العام".',
            "لا زيادة في الضرائب",
            "2020-10-14",
        ),
    )
    for text, words, date in cases:
        assert one(text, words).date == date, text


def test_no_meeting_date_for_other_dates_or_occasions():
    # (negative, and the other side: no meeting's own date) a noun's date,
    # another occasion, a deal held, a date past the reach or in a relative
    for text, words in (
        (
            'والتقى الوزير ناجين من فيضانات عام 2019 في مخيم قرب الحدود، وقال لهم إن "الدولة '
            'لن تنساكم أبدا".',
            "لن تنساكم",
        ),
        (
            "وعقد الرئيس اجتماعا مع قادة الأحزاب يوم 3 مارس 2021، ثم قال في تصريح "
            'لاحق إن "الحوار هو الطريق الوحيد".',
            "الحوار هو الطريق",
        ),
        (
            'وعقد الرئيس صفقة مع شركة أجنبية في بداية عام 2021، وقال إن "الاستثمار '
            'سيخلق آلاف الوظائف".',
            "آلاف الوظائف",
        ),
        (
            "والتقى وزير الخارجية الأردني في العاصمة برلين نظيره الألماني ووفدا من "
            "رجال الأعمال والمستثمرين يوم 3 مارس 2021، وقال له إن "
            '"الحل السياسي هو الطريق الوحيد".',
            "الحل السياسي",
        ),
        (
            "وعقد الرئيس اجتماعا مع قادة الأحزاب الذين فازوا في انتخابات 3 مارس "
            '2021، وقال لهم إن "الحوار هو الطريق الوحيد".',
            "الحوار هو الطريق",
        ),
    ):
        assert one(text, words).date is None, text


# -- a gathering's name in marks where one spoke ------------------------------


def test_gathering_name_in_marks_where_he_spoke_is_no_quote():
    for text, name, words in (
        (
            'وفي كلمة خلال "منتدى الاستثمار العربي الأول"، أكد الوزير أن "الاقتصاد يتعافى بثبات".',
            "منتدى الاستثمار العربي الأول",
            "الاقتصاد يتعافى بثبات",
        ),
        (
            'وفي كلمة خلال "قمة المناخ والطاقة المتجددة"، أشار الوزير إلى أن "الطاقة '
            'النظيفة هي المستقبل".',
            "قمة المناخ والطاقة المتجددة",
            "الطاقة النظيفة هي المستقبل",
        ),
        (
            'وخلال "ملتقى الشباب العربي للإبداع"، قال الوزير إن "الشباب هم ثروة البلاد".',
            "ملتقى الشباب العربي للإبداع",
            "الشباب هم ثروة البلاد",
        ),
        (
            'وعلى هامش "مؤتمر الأمن الغذائي في أفريقيا"، شدد الوزير على أن "الأمن الغذائي أولوية".',
            "مؤتمر الأمن الغذائي في أفريقيا",
            "الأمن الغذائي أولوية",
        ),
    ):
        found = _texts(text)
        assert normalize(name) not in found, text
        assert normalize(words) in found, (text, found)


def test_words_opening_on_a_gathering_noun_stay_quoted():
    # (negative, and the other side) no word of where he spoke before the
    # marks, or a cue right before them: words said
    for text, words in (
        ('"مؤتمر فاشل بكل المقاييس"، هكذا وصف الوزير اللقاء.', "مؤتمر فاشل بكل المقاييس"),
        (
            'وقال الوزير إن "مؤتمر المانحين فشل في تحقيق أهدافه".',
            "مؤتمر المانحين فشل في تحقيق أهدافه",
        ),
        (
            'وكتب الوزير في تغريدة "قمة ناجحة بكل المقاييس" بعد انتهاء أعمالها.',
            "قمة ناجحة بكل المقاييس",
        ),
    ):
        assert normalize(words) in _texts(text), text
