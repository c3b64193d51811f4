"""A post in marks as the verb's subject before where he spoke and a colon
(dev21d, first session of 2026-12-06).

Some outlets set the speaker's name or post in marks right after the verb
of saying, then tell where he spoke and give his words after a colon
('وأضاف "نائب رئيس الحكومة" في تغريدة على منصة إكس: …').  The marks hold
the verb's subject, not words said (a post of up to six words, a title or a
given name first, no verb in it), and the words after the colon are the
quote.  Not marks that hold a clause ('وقال "لن نتراجع …" في كلمته: …'),
a thanks ('وكتب "شكرا لكل من وقف معنا" على صفحته: …') or a future verb,
nor marks with no colon after where he spoke ('وقال "…" في إشارة إلى …').

Every sentence here is invented for the test.
"""

from claims.extraction import normalize
from tests.extraction.helpers import quotes_of

# -- a post in marks, then where he spoke and a colon -------------------------


def _texts(text: str) -> list[str]:
    return [normalize(q.text) for q in quotes_of(text)]


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
