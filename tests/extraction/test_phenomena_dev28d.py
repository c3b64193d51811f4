"""dev28d: the rules of the eighth session's date engineer (one class a rule)."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _all(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(q.text, q.speaker, q.role, q.date) for q in extract(text)]


class TestTheNoteOfACableAPersonWrote:
    """A cable's note ("ملاحظة: «…»", "ملحوظة: «…»") after the words a person
    wrote in a cable ("كتب السفير X في برقية مؤرخة في … أن «…»", "في
    برقيته", "في البرقية") is the cable's writer's comment, not the outlet's:
    it is his quote, and it carries the cable's date, as the words he adds
    from the same cable do. A note after words said elsewhere (a date, an
    interview, an article) stays the outlet's, no one's quote."""

    FIXES = [
        (
            "وكتب القنصل البريطاني مارك هيل في برقيته المؤرخة في 3 آذار/مارس 2009 "
            "أن «الانتخابات المقبلة ستؤجل على الأرجح». ملاحظة: «نتوقع أن يعلن "
            "التأجيل خلال أسابيع قليلة».",
            [
                (
                    "الانتخابات المقبلة ستؤجل على الأرجح",
                    "مارك هيل",
                    "القنصل البريطاني",
                    "2009-03-03",
                ),
                (
                    "نتوقع أن يعلن التأجيل خلال أسابيع قليلة",
                    "مارك هيل",
                    "القنصل البريطاني",
                    "2009-03-03",
                ),
            ],
        ),
        (
            "قالت السفيرة الفرنسية كلير دوبون في برقية بتاريخ 20 تشرين الأول/أكتوبر "
            "2007 إن «رئيس البرلمان يريد ولاية ثالثة». وأضافت أن «حلفاءه "
            "يتململون». ملاحظة: «لا نملك ما يؤكد هذا من مصادر أخرى».",
            [
                (
                    "رئيس البرلمان يريد ولاية ثالثة",
                    "كلير دوبون",
                    "السفيرة الفرنسية",
                    "2007-10-20",
                ),
                ("حلفاءه يتململون", "كلير دوبون", "السفيرة الفرنسية", "2007-10-20"),
                (
                    "لا نملك ما يؤكد هذا من مصادر أخرى",
                    "كلير دوبون",
                    "السفيرة الفرنسية",
                    "2007-10-20",
                ),
            ],
        ),
        (
            "وأوضح القائم بالأعمال ريتشارد براون في البرقية، وهي مؤرخة في 8 "
            "شباط/فبراير 2010، أن «الجيش يرفض أي تدخل خارجي». ملحوظة: «هذا "
            "التقييم يتعارض مع تقاريرنا السابقة».",
            [
                (
                    "الجيش يرفض أي تدخل خارجي",
                    "ريتشارد براون",
                    "القائم بالأعمال",
                    "2010-02-08",
                ),
                (
                    "هذا التقييم يتعارض مع تقاريرنا السابقة",
                    "ريتشارد براون",
                    "القائم بالأعمال",
                    "2010-02-08",
                ),
            ],
        ),
    ]

    @pytest.mark.parametrize(("text", "expected"), FIXES)
    def test_the_note_is_the_cable_writers(self, text, expected):
        assert _all(text) == expected

    NEAR_MISSES = [
        (
            # words said on a date, no cable: the note is the outlet's
            "قال وزير المالية خالد العمر في 3 مارس 2010 إن «الميزانية متوازنة "
            "هذا العام». ملاحظة: «نشرنا الحوار كاملا في عدد الأحد الورقي».",
            [("الميزانية متوازنة هذا العام", "خالد العمر", "وزير المالية", "2010-03-03")],
        ),
        (
            # words said in an interview: the notice of an addition is the outlet's
            "قال رئيس الحكومة عادل منصور في مقابلة يوم 14 نيسان/أبريل 2012 إن "
            "«الإصلاحات ستبدأ قريبا». تنويه: «أضفنا فقرتين إلى النص بعد ساعة من نشره».",
            [("الإصلاحات ستبدأ قريبا", "عادل منصور", "رئيس الحكومة", "2012-04-14")],
        ),
        (
            # words a person wrote in an article, no cable: the outlet's note
            "وكتب المحلل نبيل عساف في مقال نشره يوم 2 تموز/يوليو 2013 أن «الأزمة "
            "ستطول أكثر مما يعتقد الجميع». ملاحظة: «الآراء الواردة في المقالات "
            "تعبر عن أصحابها».",
            [
                (
                    "الأزمة ستطول أكثر مما يعتقد الجميع",
                    "نبيل عساف",
                    "المحلل",
                    "2013-07-02",
                )
            ],
        ),
    ]

    @pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
    def test_a_note_after_other_words_stays_the_outlets(self, text, expected):
        assert _all(text) == expected
