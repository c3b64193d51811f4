"""The final read of the eighth session of 2026-12-05 (lead): answers the
session's rules made wrong, each right at the session's start (6ab4a75a)
and wrong at its measured end (d7b9a10d)."""

import pytest

from claims.extraction import extract


def _who(text, words):
    for q in extract(text):
        if q.text == words:
            return q.speaker, q.role
    raise AssertionError(f"no quote {words!r}")


# dev20s's rules 5 (f76e5fc0) and 6 (7defc99a, 040e4eab), reverted: a full post
# right after a speaker named with no post, or an unnamed post in the lead and
# one name with none, were taken for one man; in a story of two sides they are
# two (the post is the other side's).
@pytest.mark.parametrize(
    "text, first, second, speaker",
    [
        (
            "وقال نتنياهو إن «إسرائيل لن تسمح بذلك أبدا». وقال رئيس السلطة الفلسطينية إن "
            "«الاحتلال هو المشكلة الحقيقية».",
            "إسرائيل لن تسمح بذلك أبدا",
            "الاحتلال هو المشكلة الحقيقية",
            "نتنياهو",
        ),
        (
            "وقال بايدن إن «واشنطن ستواصل دعم أوكرانيا». وقال وزير الدفاع الروسي إن "
            "«العملية تسير وفق الخطة».",
            "واشنطن ستواصل دعم أوكرانيا",
            "العملية تسير وفق الخطة",
            "بايدن",
        ),
        (
            "وقالت ميركل إن «أوروبا تحتاج إلى وحدة أكبر». وقالت رئيسة المفوضية الأوروبية "
            "إن «الاتحاد سيرد بحزم».",
            "أوروبا تحتاج إلى وحدة أكبر",
            "الاتحاد سيرد بحزم",
            "ميركل",
        ),
        (
            "وأكد الحلبوسي أن «البرلمان سيعقد جلسته غدا». من جهته، قال رئيس الوزراء "
            "العراقي إن «الحكومة ماضية في الإصلاح».",
            "البرلمان سيعقد جلسته غدا",
            "الحكومة ماضية في الإصلاح",
            "الحلبوسي",
        ),
        (
            "هاجم الأمين العام لحزب الله إسرائيل. وقال نتنياهو إن «إسرائيل سترد بقوة». "
            "وقال الأمين العام لحزب الله إن «المقاومة جاهزة لكل الاحتمالات».",
            "إسرائيل سترد بقوة",
            "المقاومة جاهزة لكل الاحتمالات",
            "نتنياهو",
        ),
    ],
    ids=["two-sides", "two-capitals", "she-and-the-commission", "from-his-side", "lead-post"],
)
def test_a_post_after_a_name_with_none_is_the_other_side(text, first, second, speaker):
    assert _who(text, first) == (speaker, None)
    assert _who(text, second)[0] != speaker


# kw22b's one relayed put first (e6c29b78, with rev23's 82be4599): after وعن
# opening the sentence, what was talked about spoke: a country, a group with
# "his" words, a man with "her" words, a noun before a post. The relaying
# outlet stays the answer there, as at the session's start.
_MET = "والتقى الوزير أحمد علي نظيره الإيراني في طهران. "
_WORDS = "لا تراجع عن الاتفاق"


@pytest.mark.parametrize(
    "fronted",
    [
        "وعن إيران، نقلت الوكالة قوله:",
        "وعن اللاجئين، نقلت الوكالة قوله:",
        "وعن الرئيس، نقلت الوكالة قولها:",
        "وعن زيارة الرئيس الأمريكي، نقلت الوكالة قولها:",
    ],
    ids=["country", "group-his", "man-her", "noun-before-post"],
)
def test_what_was_talked_about_put_first_does_not_speak(fronted):
    assert _who(f"{_MET}{fronted} «{_WORDS}».", _WORDS)[0] == "الوكالة"


@pytest.mark.parametrize(
    "fronted, speaker",
    [
        ("وعن الوزير سامي الخطيب، نقلت الوكالة قوله:", "سامي الخطيب"),
        ("وعن الوزيرة سلمى الحسن، نقلت الوكالة قولها:", "سلمى الحسن"),
        ("وعن وزارة الخارجية، نقلت الوكالة تأكيدها:", "وزارة الخارجية"),
        ("وعن الطلاب، نقلت الوكالة قولهم:", "الطلاب"),
        # a given name ending in ه is no feminine body
        ("وعن طه حسين، نقلت الوكالة قوله:", "طه حسين"),
    ],
    ids=["minister", "minister-she", "ministry-hers", "group-theirs", "given-name-in-ha"],
)
def test_the_one_relayed_put_first_still_speaks(fronted, speaker):
    assert _who(f"{_MET}{fronted} «{_WORDS}».", _WORDS)[0] == speaker


# dev20d's page stamp (61efd1f3): a one-word hyphened date on a line of its
# own was the page's stamp wherever the line stood; further down it is an
# event's date, and the statement after it is not dated by it.
_SAID = "قال الوزير أحمد علي إن «الموعد نهائي ولا تغيير فيه»."


def test_hyphened_date_further_down_is_no_page_stamp():
    text = f"أعلنت الحكومة الجدول الزمني للانتخابات:\n15-مارس-2020\n{_SAID}"
    assert [q.date for q in extract(text)] == [None]


def test_hyphened_date_heading_the_text_is_the_page_stamp():
    assert [q.date for q in extract(f"15-مارس-2020\n{_SAID}")] == ["2020-03-15"]
