"""Findings 4, 5, 8 and 9 of review read28b (mender mend28e). Every
sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly


class TestAnAdverbAfterADefinitePlaceIsThePosts:
    """ "الضابط بالجيش سابقا X Y Z": after a definite place glued to بـ where
    a post is held, an adverb of time in ـًا (سابقا، حاليا), a word of
    "then" (آنذاك) or "the same" (نفسه، ذاتها) belongs to the post; it never
    opens the holder's name, which starts after it."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وأكد الضابط بالشرطة سابقا نادر فهمي الجبوري أن "الحي كان آمنا".',
                "الحي كان آمنا",
                "نادر فهمي الجبوري",
                "الضابط بالشرطة سابقا",
                id="formerly",
            ),
            pytest.param(
                'وقالت الموظفة بالوزارة حاليا هدى كريم السعدي إن "الرواتب ستصرف غدا".',
                "الرواتب ستصرف غدا",
                "هدى كريم السعدي",
                "الموظفة بالوزارة حاليا",
                id="currently-a-woman",
            ),
            pytest.param(
                'وأوضح الممرض بالمستشفى ذاته يوسف عادل الحسن أن "الجرحى نقلوا ليلا".',
                "الجرحى نقلوا ليلا",
                "يوسف عادل الحسن",
                "الممرض بالمستشفى ذاته",
                id="the-same-hospital",
            ),
            pytest.param(
                'وقال الأستاذ بالجامعة نفسها منير سعيد الخطيب إن "الامتحانات أجلت".',
                "الامتحانات أجلت",
                "منير سعيد الخطيب",
                "الأستاذ بالجامعة نفسها",
                id="the-same-university",
            ),
        ],
    )
    def test_the_name_opens_after_the_adverb(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال الضابط بالشرطة نادر فهمي الجبوري إن "الحي آمن".',
                "الحي آمن",
                "نادر فهمي الجبوري",
                "الضابط بالشرطة",
                id="no-adverb",
            ),
            pytest.param(
                'وقال الضابط بالجيش سابقا إن "القوات انسحبت".',
                "القوات انسحبت",
                "الضابط بالجيش",
                "الضابط بالجيش",
                id="no-name-after-the-adverb",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestAPluralObjectAfterAKnownLastName:
    """ "ودعا X الأحزاب إلى": after the last name alone of a person named
    before in full, a definite plural is the verb's object (a call or stance
    verb's people or bodies), never a word of his name: a sound plural
    (اللبنانيين، النقابات), a broken plural of the shapes أفعال or فعائل
    (الأطراف، القبائل), or a definite noun with a feminine definite adjective
    before إلى or على (القوى الوطنية إلى)."""

    OPENING = 'وقال الأمين العام للاتحاد الشيخ نبيل عارف حداد إن "الأزمة طالت أكثر مما يجب". '

    @pytest.mark.parametrize(
        "sentence, words",
        [
            pytest.param(
                'ودعا حداد الأطراف إلى "حوار صريح يبدأ فورا".',
                "حوار صريح يبدأ فورا",
                id="broken-plural-afaal",
            ),
            pytest.param(
                'وناشد حداد المواطنين "التزام الهدوء طوال العطلة".',
                "التزام الهدوء طوال العطلة",
                id="sound-plural-in-iin",
            ),
            pytest.param(
                'وحث حداد النقابات على "توحيد مطالبها قبل الشتاء".',
                "توحيد مطالبها قبل الشتاء",
                id="sound-plural-in-aat",
            ),
            pytest.param(
                'وطالب حداد القبائل بـ"وقف الثأر بين العائلات".',
                "وقف الثأر بين العائلات",
                id="broken-plural-faail",
            ),
            pytest.param(
                'ودعا حداد القوى الوطنية إلى "كلمة واحدة في وجه الغلاء".',
                "كلمة واحدة في وجه الغلاء",
                id="a-noun-and-its-adjective-before-ila",
            ),
        ],
    )
    def test_the_person_named_before_speaks(self, sentence: str, words: str) -> None:
        q = quote_exactly(self.OPENING + sentence, words)
        assert (q.speaker, q.role) == ("نبيل عارف حداد", "الأمين العام للاتحاد"), sentence

    @pytest.mark.parametrize(
        "sentence, words, speaker",
        [
            pytest.param(
                'وأشار حداد الحربي إلى أن "الأسعار سترتفع مجددا".',
                "الأسعار سترتفع مجددا",
                "حداد الحربي",
                id="a-family-name-before-ila",
            ),
            pytest.param(
                'وقال حداد الياسين إن "الأسعار سترتفع مجددا".',
                "الأسعار سترتفع مجددا",
                "حداد الياسين",
                id="a-short-family-name-in-iin",
            ),
        ],
    )
    def test_near_misses(self, sentence: str, words: str, speaker: str) -> None:
        q = quote_exactly(self.OPENING + sentence, words)
        assert q.speaker == speaker, sentence


class TestAnOutletsHeadAndItsBareNameEndThePost:
    """ "وقالت رئيسة تحرير مجلة X:", "وعلق مؤسس موقع X «…»": an outlet's
    head (صحيفة، مجلة، قناة، موقع) with no article and the one word of its
    name closing a title's construct end the post when no holder's name
    follows (a colon or the quote comes next): the post is the speaker,
    never the outlet's bare name as a person."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                'وقالت رئيسة تحرير مجلة واحة: "العدد القادم يتناول السياحة".',
                "العدد القادم يتناول السياحة",
                "رئيسة تحرير مجلة واحة",
                id="a-magazine-then-a-colon",
            ),
            pytest.param(
                'وأكد مدير قناة دجلة: "البث سيستمر رغم كل الضغوط".',
                "البث سيستمر رغم كل الضغوط",
                "مدير قناة دجلة",
                id="a-channel-then-a-colon",
            ),
            pytest.param(
                'وعلق مؤسس موقع ساحات "لن نتوقف عن النشر أبدا".',
                "لن نتوقف عن النشر أبدا",
                "مؤسس موقع ساحات",
                id="a-site-then-the-quote",
            ),
            pytest.param(
                'وقال رئيس تحرير صحيفة الغد: "الطبعة الورقية باقية".',
                "الطبعة الورقية باقية",
                "رئيس تحرير صحيفة الغد",
                id="a-definite-name",
            ),
        ],
    )
    def test_the_post_speaks(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال مراسل قناة دجلة سامي حسن إن "الطريق مقطوع منذ الصباح".',
                "الطريق مقطوع منذ الصباح",
                "سامي حسن",
                "مراسل قناة دجلة",
                id="the-holder-named-after-it",
            ),
            pytest.param(
                'وقالت رئيسة تحرير مجلة نجمة منى كامل العطار إن "العدد القادم يتناول السياحة".',
                "العدد القادم يتناول السياحة",
                "منى كامل العطار",
                "رئيسة تحرير مجلة نجمة",
                id="a-three-word-name-after-it",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    def test_a_given_name_that_folds_like_an_adjective(self) -> None:
        q = quote_exactly(
            'وقالت رئيسة تحرير مجلة واحة سلمى كامل العطار إن "العدد القادم يتناول السياحة".',
            "العدد القادم يتناول السياحة",
        )
        assert (q.speaker, q.role) == ("سلمى كامل العطار", "رئيسة تحرير مجلة واحة")


class TestNoDroppedLamRightAfterATitlesGenitive:
    """ "رئيس الوزراء الانتخابات X Y أن": a definite noun read as a body's
    genitive whose لـ the writer dropped stands only after a definite body
    and an adjective agreeing with it ("رئيس المرصد المستقل الانتخابات"),
    never right after a title's own genitive, where the definite noun is
    the verb's object and the post ends before it."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                'وأكد رئيس الوزراء الانتخابات سامي حسن أن "الموعد ثابت ولن يتغير".',
                "الموعد ثابت ولن يتغير",
                "رئيس الوزراء",
                id="the-prime-minister",
            ),
            pytest.param(
                'وأكد وزير الخارجية الانتخابات كريم يوسف أن "الموعد ثابت ولن يتغير".',
                "الموعد ثابت ولن يتغير",
                "وزير الخارجية",
                id="a-minister-and-his-ministry",
            ),
            pytest.param(
                'وأوضح نائب رئيس الحكومة الإصلاحات ماجد سعيد أن "الجولة المقبلة حاسمة".',
                "الجولة المقبلة حاسمة",
                "نائب رئيس الحكومة",
                id="a-deputy-and-the-reforms",
            ),
        ],
    )
    def test_the_post_ends_before_the_object(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "وأكد رئيس اللجنة الدائمة المستقلة الانتخابات كريم يوسف أن "
                '"الموعد ثابت ولن يتغير".',
                "الموعد ثابت ولن يتغير",
                "كريم يوسف",
                "رئيس اللجنة الدائمة المستقلة الانتخابات",
                id="a-committee-and-two-adjectives",
            ),
            pytest.param(
                'وأوضحت مديرة الجمعية الخيرية الأيتام منى سعيد أن "التبرعات زادت كثيرا".',
                "التبرعات زادت كثيرا",
                "منى سعيد",
                "مديرة الجمعية الخيرية الأيتام",
                id="a-society-and-its-adjective",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text
