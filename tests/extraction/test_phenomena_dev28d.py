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


class TestTheMeetingACablesWordsOpenWith:
    """A dated cable's own words, quoted, that open with a meeting and its
    date ("في برقية أرسلها السفير في 10 آذار 2008 كتب فيها: «في لقاء عقد
    بتاريخ 2 آذار مع …، قال الوزير X إن …»") tell where the people met
    spoke: the words the text goes on to quote from the cable of a person
    other than its writer are of the meeting's date, not of the cable's. The
    writer's own comment keeps the cable's date, and so do the words after
    cable words that open with no meeting (a date of another event)."""

    CABLE_JO = (
        "في برقية بعث بها السفير البريطاني في عمّان جيمس وود إلى لندن في العاشر "
        'من آذار 2008، كتب فيها: "{opening} 2 آذار 2008 مع وزير الدفاع البريطاني، '
        'قال وزير الداخلية الأردني سامر الزعبي إن الحدود مع العراق آمنة". {then}'
    )

    FIXES = [
        (
            CABLE_JO.format(
                opening="في لقاء عقد بتاريخ",
                then='وتنقل البرقية عن الزعبي قوله: "التهريب تراجع كثيرا".',
            ),
            ("التهريب تراجع كثيرا", "الزعبي", "وزير الداخلية الأردني", "2008-03-02"),
        ),
        (
            "كشفت مذكرة أرسلتها القائمة بالأعمال الأمريكية في تونس ليندا غرين في 19 "
            'تشرين الثاني 2009، ووصفت فيها المعارضة: "خلال اجتماع جرى في 11 تشرين '
            "الثاني 2009 مع وفد من الكونغرس، أكد زعيم الحزب الديمقراطي منير الحداد "
            'أنه سيقاطع الانتخابات". وتضيف المذكرة أن الحداد قال أيضا: "الحزب '
            'الحاكم يخاف من الشارع".',
            ("الحزب الحاكم يخاف من الشارع", "الحداد", "زعيم الحزب الديمقراطي", "2009-11-11"),
        ),
        (
            "في مذكرة بعثت بها سفارة الولايات المتحدة في الرباط بتاريخ 25 كانون "
            'الثاني 2007 ووقعها السفير توماس رايلي، جاء ما يلي: "في محادثات أجريت '
            "في 17 كانون الثاني 2007 مع مساعد وزير الخارجية، رأى وزير الداخلية "
            'المغربي شكيب بنموسى أن الخطر الإرهابي يتزايد". وبحسب المذكرة، قال '
            'بنموسى إن "الخلايا النائمة تتحرك من جديد".',
            ("الخلايا النائمة تتحرك من جديد", "بنموسى", "وزير الداخلية المغربي", "2007-01-17"),
        ),
    ]

    @pytest.mark.parametrize(("text", "expected"), FIXES)
    def test_the_words_of_the_one_met_are_of_the_meeting(self, text, expected):
        assert _all(text)[-1] == expected

    NEAR_MISSES = [
        (
            # the cable's writer comments: his words are of the cable's date
            CABLE_JO.format(
                opening="في لقاء عقد بتاريخ",
                then='ويعلق السفير وود في البرقية: "الوزير متفائل أكثر من اللازم".',
            ),
            (
                "الوزير متفائل أكثر من اللازم",
                "جيمس وود",
                "السفير البريطاني في عمّان",
                "2008-03-10",
            ),
        ),
        (
            # the cable's words open with another event's date, no meeting
            CABLE_JO.format(
                opening="منذ انتخابات",
                then='وتنقل البرقية عن الزعبي قوله: "التهريب تراجع كثيرا".',
            ),
            ("التهريب تراجع كثيرا", "الزعبي", "وزير الداخلية الأردني", "2008-03-10"),
        ),
    ]

    @pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
    def test_other_words_keep_the_cables_date(self, text, expected):
        assert _all(text)[-1] == expected


class TestTheMeetingACablesWordsOpenWithInOtherForms:
    """The meeting a dated cable's quoted words open with (the rule above)
    may be named by its noun with the article ("في الاجتماع الذي عقد يوم
    …") or a pronoun ("خلال لقائه بـ… يوم …"), or by a verb of meeting
    ("التقى X في … Y"): the later words of the one met are of its date too.
    Not a meeting after the cable's date (one planned), nor an opening verb
    that is no meeting ("زار")."""

    CABLE_EG = (
        "وفي برقية أخرى أرسلتها السفيرة الكندية في القاهرة آن موريس في 22 أيلول "
        '2010، كتبت: "{opening}، قال وزير الري المصري حسام الدين فهمي إن مياه النيل '
        'خط أحمر". ثم تنقل البرقية عن فهمي قوله: "لن نوقع أي اتفاق جديد".'
    )

    FIXES = [
        (
            CABLE_EG.format(opening="في الاجتماع الذي عقد يوم 14 أيلول 2010 مع المبعوث الأوروبي"),
            "2010-09-14",
        ),
        (CABLE_EG.format(opening="خلال لقائها بالوزير في مكتبه يوم 14 أيلول 2010"), "2010-09-14"),
        (
            "في برقية بعث بها القنصل الإيطالي في بنغازي ماركو روسي في 5 أيار 2011، "
            'كتب: "التقى المبعوث الأممي في 28 نيسان 2011 رئيس المجلس المحلي علي '
            'الورفلي الذي قال إن المدينة آمنة". وتنقل البرقية عن الورفلي قوله: "نحتاج '
            'إلى الدواء قبل السلاح".',
            "2011-04-28",
        ),
    ]

    @pytest.mark.parametrize(("text", "date"), FIXES)
    def test_the_words_of_the_one_met_are_of_the_meeting(self, text, date):
        assert _all(text)[-1][3] == date

    NEAR_MISSES = [
        # a meeting planned after the cable: the words are of the cable's date
        CABLE_EG.format(opening="في الاجتماع المقرر يوم 30 أيلول 2010 مع المبعوث الأوروبي"),
        # a visit, no meeting verb
        CABLE_EG.format(opening="زار المبعوث الأوروبي أسوان في 14 أيلول 2010"),
    ]

    @pytest.mark.parametrize("text", NEAR_MISSES)
    def test_other_openings_keep_the_cables_date(self, text):
        assert _all(text)[-1][3] == "2010-09-22"
