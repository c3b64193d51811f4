"""mend28d: fixes to read28b's findings 1, 2, 3, 6 and 7 (one class a rule)."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _all(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(q.text, q.speaker, q.role, q.date) for q in extract(text)]


class TestACableToldOfInAClauseOfItsOwn:
    """A note ("ملاحظة: «…»") after a person's words is the cable's
    writer's only when the cable is the cue verb's own adverbial: "في" and
    the cable right after the verb, right after the speaker's name or post,
    or opening the sentence ("كتب السفير X في برقيته أن"). A cable that a
    clause of its own tells of (a relative clause, "على ما جاء في", "بشأن
    ما ورد في") is not where the words were written: the note stays the
    outlet's, no one's quote."""

    FIXES = [
        (
            "وقال الوزير سامي حسن، الذي ورد اسمه في البرقية، إن «الوثيقة مزورة "
            "بالكامل». ملاحظة: «تواصلنا مع الوزارة ولم نتلق ردا».",
            [("الوثيقة مزورة بالكامل", "سامي حسن", "الوزير", None)],
        ),
        (
            "ورد المتحدث باسم الخارجية خالد منصور على ما جاء في البرقية قائلا إن "
            "«البرقية لا تعبر عن موقفنا». ملاحظة: «حاولنا الاتصال بالسفارة دون جدوى».",
            [("البرقية لا تعبر عن موقفنا", "خالد منصور", "المتحدث باسم الخارجية", None)],
        ),
        (
            "وقال السفير السابق جون سميث في مقابلة مع الصحيفة بشأن ما ورد في برقيته "
            "إن «كل ما كتبته صحيح». ملاحظة: «أجريت المقابلة عبر الهاتف».",
            [("كل ما كتبته صحيح", "جون سميث", "السفير السابق", None)],
        ),
    ]

    @pytest.mark.parametrize(("text", "expected"), FIXES)
    def test_the_note_stays_the_outlets(self, text, expected):
        assert _all(text) == expected

    NEAR_MISSES = [
        (
            # the cable right after a post with a place, no name
            "وكتب السفير الأمريكي في بيروت في برقية مؤرخة في 3 آذار 2009 أن "
            "«الحكومة لن تصمد طويلا». ملاحظة: «لم نتحقق من ذلك بعد».",
            [
                (
                    "الحكومة لن تصمد طويلا",
                    "السفير الأمريكي في بيروت",
                    "السفير الأمريكي في بيروت",
                    "2009-03-03",
                ),
                (
                    "لم نتحقق من ذلك بعد",
                    "السفير الأمريكي في بيروت",
                    "السفير الأمريكي في بيروت",
                    "2009-03-03",
                ),
            ],
        ),
        (
            # the cable after the name and a comma
            "وقالت القائمة بالأعمال سارة ميلر، في برقيتها المؤرخة في 12 أيار 2011، "
            "إن «المعارضة منقسمة». ملحوظة: «المصدر مقرب من القصر».",
            [
                ("المعارضة منقسمة", "سارة ميلر", "القائمة بالأعمال", "2011-05-12"),
                ("المصدر مقرب من القصر", "سارة ميلر", "القائمة بالأعمال", "2011-05-12"),
            ],
        ),
    ]

    @pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
    def test_the_note_after_words_written_in_a_cable_is_the_writers(self, text, expected):
        assert _all(text) == expected


JO = (
    "في برقية بعث بها السفير البريطاني في عمّان جيمس وود إلى لندن في العاشر "
    'من آذار 2008، كتب فيها: "{opening} 2 آذار 2008 مع وزير الدفاع البريطاني، '
    'قال وزير الداخلية الأردني سامر الزعبي إن الحدود مع العراق آمنة". {then}'
)
EG = (
    "وفي برقية أخرى أرسلتها السفيرة الكندية في القاهرة آن موريس في 22 أيلول "
    '2010، كتبت: "{opening}، قال وزير الري المصري حسام الدين فهمي إن مياه النيل '
    'خط أحمر". {then}'
)


class TestOnlyTheOneMetTakesTheMeetingsDate:
    """The words a cable quotes of a person after its own words that open
    with a meeting ("في لقاء عقد بتاريخ … قال الوزير X …") are of the
    meeting's date only when that person is named in the meeting's words,
    and his own sentence tells no occasion of its own (a speech, an
    interview, a call, "the week after"): anyone else's words, or words
    said elsewhere, keep the cable's date."""

    FIXES = [
        (
            JO.format(
                opening="في لقاء عقد بتاريخ",
                then="وتنقل البرقية عن رئيس الوزراء الأردني نادر الذهبي قوله: "
                '"الاقتصاد يتعافى ببطء".',
            ),
            ("الاقتصاد يتعافى ببطء", "نادر الذهبي", "رئيس الوزراء الأردني", "2008-03-10"),
        ),
        (
            EG.format(
                opening="في الاجتماع الذي عقد يوم 14 أيلول 2010 مع المبعوث الأوروبي",
                then='ثم تنقل البرقية عن وزير الزراعة المصري أمين أباظة قوله: "المحصول '
                'سيكون وفيرا".',
            ),
            ("المحصول سيكون وفيرا", "أمين أباظة", "وزير الزراعة المصري", "2010-09-22"),
        ),
        (
            JO.format(
                opening="في لقاء عقد بتاريخ",
                then="وتنقل البرقية عن رئيس الوزراء الأردني نادر الذهبي قوله في خطاب "
                'أمام البرلمان: "الاقتصاد يتعافى ببطء".',
            ),
            ("الاقتصاد يتعافى ببطء", "نادر الذهبي", "رئيس الوزراء الأردني", "2008-03-10"),
        ),
        (
            # named in the meeting's words, but another occasion
            JO.format(
                opening="في لقاء عقد بتاريخ",
                then="وتنقل البرقية عن الزعبي قوله في مقابلة مع السفير في الأسبوع "
                'التالي: "التهريب تراجع كثيرا".',
            ),
            ("التهريب تراجع كثيرا", "الزعبي", "وزير الداخلية الأردني", "2008-03-10"),
        ),
    ]

    @pytest.mark.parametrize(("text", "expected"), FIXES)
    def test_the_cables_date(self, text, expected):
        assert _all(text)[-1] == expected

    NEAR_MISSES = [
        (
            JO.format(
                opening="في لقاء عقد بتاريخ",
                then='وتنقل البرقية عن الزعبي قوله: "التهريب تراجع كثيرا".',
            ),
            ("التهريب تراجع كثيرا", "الزعبي", "وزير الداخلية الأردني", "2008-03-02"),
        ),
        (
            "كشفت مذكرة أرسلها القنصل الفرنسي في البصرة بيير لوران في 9 أيار 2011، "
            'وجاء فيها: "في اجتماع عقد يوم 4 أيار 2011 مع محافظ المدينة، قال قائد '
            'الشرطة كريم العبادي إن الأمن يتحسن". ونقلت المذكرة عن العبادي قوله: '
            '"نحتاج إلى مزيد من الدوريات".',
            ("نحتاج إلى مزيد من الدوريات", "العبادي", "قائد الشرطة", "2011-05-04"),
        ),
    ]

    @pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
    def test_the_one_met_keeps_the_meetings_date(self, text, expected):
        assert _all(text)[-1] == expected


class TestALaterDatedEventInTheCablesWords:
    """The cable's words quoted after those that open with a meeting may
    open with another dated event ("في اتصال هاتفي يوم 6 آذار …"، "خلال
    زيارة إلى الحدود يوم …"): the words the text quotes after them are no
    longer of the older meeting, even of one who was there. Later words of
    the cable that open with no preposition and date (a comment, "في رأي
    الوزير") leave the meeting's date."""

    FIXES = [
        (
            JO.format(
                opening="في لقاء عقد بتاريخ",
                then='وكتب وود أيضا: "في اتصال هاتفي يوم 6 آذار 2008، قال الزعبي إن '
                'الوضع هادئ". وتنقل البرقية عن الزعبي قوله: "لن نغلق المعبر".',
            ),
            ("لن نغلق المعبر", "الزعبي", "وزير الداخلية الأردني", "2008-03-10"),
        ),
        (
            JO.format(
                opening="في لقاء عقد بتاريخ",
                then='ويضيف وود: "خلال زيارة إلى الحدود يوم 5 آذار 2008، تحدث الزعبي '
                'مطولا عن المهربين". ونقلت البرقية عن الزعبي قوله: "لن نغلق المعبر".',
            ),
            ("لن نغلق المعبر", "الزعبي", "وزير الداخلية الأردني", "2008-03-10"),
        ),
        (
            EG.format(
                opening="في الاجتماع الذي عقد يوم 14 أيلول 2010 مع المبعوث الأوروبي",
                then='وتتابع: "في مأدبة عشاء يوم 18 أيلول 2010، بدا فهمي أكثر هدوءا". '
                'ثم تنقل البرقية عن فهمي قوله: "لن نوقع أي اتفاق جديد".',
            ),
            ("لن نوقع أي اتفاق جديد", "فهمي", "وزير الري المصري", "2010-09-22"),
        ),
    ]

    @pytest.mark.parametrize(("text", "expected"), FIXES)
    def test_the_cables_date(self, text, expected):
        assert _all(text)[-1] == expected

    NEAR_MISSES = [
        JO.format(
            opening="في لقاء عقد بتاريخ",
            then='ويضيف وود: "الوزير متفائل أكثر من اللازم". وتنقل البرقية عن الزعبي '
            'قوله: "لن نغلق المعبر".',
        ),
        JO.format(
            opening="في لقاء عقد بتاريخ",
            then='ويضيف وود: "في رأي الوزير، الخطر يأتي من الشرق". وتنقل البرقية عن '
            'الزعبي قوله: "لن نغلق المعبر".',
        ),
    ]

    @pytest.mark.parametrize("text", NEAR_MISSES)
    def test_the_meetings_date(self, text):
        assert _all(text)[-1] == ("لن نغلق المعبر", "الزعبي", "وزير الداخلية الأردني", "2008-03-02")


class TestAMeetingOfManySessionsOpensTheCablesWords:
    """The meeting a cable's quoted words open with (dev28d's rule) may be
    named by a plural noun ("في اجتماعات عقدت …"، "خلال لقاءات جرت …"،
    "في مشاورات …") and its preposition may carry و ("وفي لقاء …"): the
    later words of the one met are of its date too. Not meetings planned
    after the cable, nor an opening that is no meeting."""

    THEN = 'وتنقل البرقية عن الزعبي قوله: "التهريب تراجع كثيرا".'
    FIXES = [
        JO.format(opening="في اجتماعات عقدت بتاريخ", then=THEN),
        JO.format(opening="خلال لقاءات جرت في", then=THEN),
        JO.format(opening="في مشاورات أجريت يوم", then=THEN),
        JO.format(opening="وفي لقاء عقد يوم", then=THEN),
    ]

    @pytest.mark.parametrize("text", FIXES)
    def test_the_meetings_date(self, text):
        assert _all(text)[-1][3] == "2008-03-02"

    NEAR_MISSES = [
        # meetings planned after the cable
        EG.format(
            opening="في اجتماعات مقررة يوم 30 أيلول 2010 مع المبعوث الأوروبي",
            then='ثم تنقل البرقية عن فهمي قوله: "لن نوقع أي اتفاق جديد".',
        ),
        # a tour, no meeting
        EG.format(
            opening="وفي جولة على السدود يوم 14 أيلول 2010",
            then='ثم تنقل البرقية عن فهمي قوله: "لن نوقع أي اتفاق جديد".',
        ),
    ]

    @pytest.mark.parametrize("text", NEAR_MISSES)
    def test_the_cables_date(self, text):
        assert _all(text)[-1][3] == "2010-09-22"


class TestTheNoteOfAMemoAPersonWrote:
    """A memo is a cable the writer writes his words in as well ("كتب
    القنصل X في مذكرته/في المذكرة/في مذكرة مؤرخة … أن «…»"): the note
    ("ملاحظة: «…»") after them is his, of the memo's date. A memo spoken
    of ("بشأن ما ورد في مذكرته"، "الذي ورد اسمه في المذكرة") leaves the note
    the outlet's."""

    NOTE = " ملاحظة: «نتوقع أن يعلن التأجيل خلال أسابيع قليلة»."
    FIXES = [
        "وكتب القنصل البريطاني مارك هيل في مذكرته المؤرخة في 3 آذار/مارس 2009 أن "
        "«الانتخابات المقبلة ستؤجل على الأرجح»." + NOTE,
        "وكتب القنصل البريطاني مارك هيل في المذكرة المؤرخة في 3 آذار/مارس 2009 أن "
        "«الانتخابات المقبلة ستؤجل على الأرجح»." + NOTE,
        "وقال القنصل البريطاني مارك هيل في مذكرة بتاريخ 3 آذار/مارس 2009 إن "
        "«الانتخابات المقبلة ستؤجل على الأرجح»." + NOTE,
    ]

    @pytest.mark.parametrize("text", FIXES)
    def test_the_note_is_the_memos_writers(self, text):
        assert _all(text)[-1] == (
            "نتوقع أن يعلن التأجيل خلال أسابيع قليلة",
            "مارك هيل",
            "القنصل البريطاني",
            "2009-03-03",
        )

    NEAR_MISSES = [
        "وقال القنصل السابق مارك هيل في مقابلة مع الإذاعة بشأن ما ورد في مذكرته "
        "إن «الانتخابات ستجرى في موعدها»." + NOTE,
        "وقال الوزير فؤاد الشامي، الذي ورد اسمه في المذكرة، إن «الانتخابات ستجرى "
        "في موعدها»." + NOTE,
    ]

    @pytest.mark.parametrize("text", NEAR_MISSES)
    def test_the_note_stays_the_outlets(self, text):
        assert [q[0] for q in _all(text)] == ["الانتخابات ستجرى في موعدها"]
