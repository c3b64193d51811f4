"""Roles of the development read of the sixth session of 2026-12-06 (dev26r):
the post the text gives each person, carried to his quotes, never another's.
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly


class TestAcronymInLetterNamesIsNoHolder:
    """ "مدير مكتب التحقيقات (إف بي آي) X Y": a Latin acronym spelt out in
    the names of its letters, in brackets after a post with no name, is the
    body's short name, no holder's name: the phrase goes on to the name
    after it, who holds the post."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال مدير مكتب التحقيقات الفيدرالي (إف بي آي) جيمس كارتر إن "التحقيق مستمر".',
                "التحقيق مستمر",
                "جيمس كارتر",
                "مدير مكتب التحقيقات الفيدرالي (إف بي آي)",
                id="fbi-with-a-verb-of-saying",
            ),
            pytest.param(
                "انتقد رئيس هيئة الإذاعة البريطانية (بي بي سي) توماس هيل التقرير بشدة. "
                'وقال هيل إن "الهيئة مستقلة تماما".',
                "الهيئة مستقلة تماما",
                "توماس هيل",
                "رئيس هيئة الإذاعة البريطانية (بي بي سي)",
                id="bbc-then-the-family-name",
            ),
            pytest.param(
                "وصف مدير وكالة المخابرات المركزية (سي آي إيه) روبرت غرين الموقع بأنه خطر. "
                'وأضاف غرين أن "المعلومات المسربة قديمة".',
                "المعلومات المسربة قديمة",
                "روبرت غرين",
                "مدير وكالة المخابرات المركزية (سي آي إيه)",
                id="cia-then-the-family-name",
            ),
            pytest.param(
                'وأكد رئيس شبكة الأخبار (سي إن إن) مارك ديفيس أن "التغطية مستقلة".',
                "التغطية مستقلة",
                "مارك ديفيس",
                "رئيس شبكة الأخبار (سي إن إن)",
                id="a-letter-name-that-is-also-a-particle",
            ),
        ],
    )
    def test_the_name_after_the_acronym_holds_the_post(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال المتحدث باسم الخارجية (لي تشانغ مينغ) إن "الموقف ثابت".',
                "الموقف ثابت",
                "لي تشانغ مينغ",
                "المتحدث باسم الخارجية",
                id="a-name-in-brackets",
            ),
            pytest.param(
                'وقال مدير الأوقاف (الشيخ سالم داود) إن "المساجد مفتوحة".',
                "المساجد مفتوحة",
                "سالم داود",
                "مدير الأوقاف",
                id="an-honorific-and-a-name-in-brackets",
            ),
        ],
    )
    def test_near_miss_a_name_in_brackets_still_holds_it(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestNameWithTheSpaceBeforeItsArticleLost:
    """ "قال وزير المالية XالY إن …" then "وأضاف الY": a name whose space
    before the family name's article a scraper or a typist lost is the
    given name and the family name (in the loose key, when no name
    matched as written), so the family name alone, or the name written
    apart, finds the person and his post. Not a compound in عبد
    ("عبدالرحمن"), nor a word that opens with the article."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'قال وزير المالية سميرالعطار إن "العجز تراجع بشكل كبير".\n'
                'وأضاف العطار أن "الإصلاحات مستمرة".',
                "الإصلاحات مستمرة",
                "سميرالعطار",
                "وزير المالية",
                id="the-family-name-alone",
            ),
            pytest.param(
                'قالت مديرة المدرسة هدىالشامي إن "الدروس ستستأنف".\n'
                'وأوضحت الشامي أن "الأقسام جاهزة".',
                "الأقسام جاهزة",
                "هدىالشامي",
                "مديرة المدرسة",
                id="feminine",
            ),
            pytest.param(
                "قال رئيس الوزراء سميرالعطار إن العجز تراجع.\n"
                "وترأس الجلستين رئيسا حكومتي البلدين سمير العطار و كريم داود.\n"
                'وأضاف العطار: "الإصلاحات مستمرة في كل القطاعات".',
                "الإصلاحات مستمرة في كل القطاعات",
                "سميرالعطار",
                "رئيس الوزراء",
                id="written-apart-later-with-no-post",
            ),
            pytest.param(
                'قالت وزيرة الثقافة ليلىالمنصوري إن "المهرجان سيقام في موعده".\n'
                "وحضرت ليلى المنصوري حفل الافتتاح.\n"
                'وأضافت المنصوري أن "الجمهور كبير".',
                "الجمهور كبير",
                "ليلىالمنصوري",
                "وزيرة الثقافة",
                id="written-apart-after-a-verb",
            ),
        ],
    )
    def test_the_family_name_finds_the_person(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'قال رئيس البلدية عبدالرحمن الساعدي إن "الأشغال بدأت".\n'
                "وحضر عبد الرحمن الساعدي الحفل.\n"
                'وأضاف الساعدي أن "المشروع سينتهي قريبا".',
                "المشروع سينتهي قريبا",
                "عبدالرحمن الساعدي",
                "رئيس البلدية",
                id="a-compound-in-abd",
            ),
            pytest.param(
                'قال الوزير سامي النجار إن "الميزانية جاهزة".\nوأضاف النجار أن "العجز تراجع".',
                "العجز تراجع",
                "سامي النجار",
                "الوزير",
                id="written-apart",
            ),
        ],
    )
    def test_near_miss_as_before(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestDatelineYearGluedToTheFirstWord:
    """ "١٥ مارس ٢٠١٩دعا X Y …": a dateline's year glued to the first word
    of the text after it (a scraper's lost space or line break, in the
    article's first characters) is read as two tokens, so the verb that
    opens the text and its subject are read as ever. Not a year with its
    one-letter era ("2012م"), nor a number in the words quoted."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'الرباط - 3 يناير 2021قال رئيس الحكومة سعيد بنعلي إن "الإصلاحات ستتواصل".',
                "الإصلاحات ستتواصل",
                "سعيد بنعلي",
                "رئيس الحكومة",
                id="a-verb-of-saying",
            ),
            pytest.param(
                "القاهرة في 3 يناير 2021وصف المتحدث باسم الوزارة سامي فهمي القرار بأنه "
                '"خطوة مهمة".',
                "خطوة مهمة",
                "سامي فهمي",
                "المتحدث باسم الوزارة",
                id="a-verb-of-describing",
            ),
            pytest.param(
                "٢٠ يونيو ٢٠٢٢دعا سامي فهمي مؤسس حركة الشباب الرئيس الجديد اليوم الأحد إلى "
                'الحوار. وقال فهمي في كلمته "نريد حلولا".',
                "نريد حلولا",
                "سامي فهمي",
                "مؤسس حركة الشباب",
                id="the-family-name-later",
            ),
            pytest.param(
                "١٥ مارس ٢٠١٩دعا كمال الهادي رئيس نقابة الفلاحين إلى دعم الموسم. وقال الهادي "
                'في كلمته "الموسم واعد".',
                "الموسم واعد",
                "كمال الهادي",
                "رئيس نقابة الفلاحين",
                id="the-full-name-found-again",
            ),
        ],
    )
    def test_the_first_sentence_is_read(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words",
        [
            pytest.param(
                'في عام 2012م قال وزير الزراعة كمال الهادي إن "الموسم واعد".',
                "الموسم واعد",
                id="a-year-and-its-era",
            ),
            pytest.param(
                'قال وزير الزراعة كمال الهادي إن "الموسم واعد لكل 2012 فلاحا".',
                "الموسم واعد لكل 2012 فلاحا",
                id="a-number-in-the-words",
            ),
        ],
    )
    def test_near_miss_as_before(self, text: str, words: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == ("كمال الهادي", "وزير الزراعة"), text


class TestLabelThenItsOccasionBeforeTheColon:
    """ "وزير الصحة في كلمته: …", "… خلال المؤتمر الصحفي: «…»": a label
    heading its line, then the occasion the words were said on (one or two
    words after في or خلال, an occasion of speech bare, with the article or
    with its owner's pronoun) before the colon: the label speaks, with or
    without marks. Not a place after في, which is the post's."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "وزير الصحة في كلمته : سنواصل دعم المستشفيات في كل المناطق",
                "سنواصل دعم المستشفيات في كل المناطق",
                "وزير الصحة",
                id="his-speech-no-marks",
            ),
            pytest.param(
                "وزير الصحة خلال المؤتمر الصحفي: سنواصل دعم المستشفيات في كل المناطق",
                "سنواصل دعم المستشفيات في كل المناطق",
                "وزير الصحة",
                id="during-the-press-conference",
            ),
            pytest.param(
                "رئيس الحكومة في كلمته: سنواصل دعم المستشفيات في كل المناطق",
                "سنواصل دعم المستشفيات في كل المناطق",
                "رئيس الحكومة",
                id="no-body-read-for-the-speaker",
            ),
            pytest.param(
                'وزيرة التربية في تصريح: "الامتحانات في موعدها المحدد"',
                "الامتحانات في موعدها المحدد",
                "وزيرة التربية",
                id="in-marks",
            ),
        ],
    )
    def test_the_label_speaks(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "وزير الصحة في الجزائر: سنواصل دعم المستشفيات في كل المناطق",
                "وزير الصحة في الجزائر",
                id="a-place-is-the-posts",
            ),
            pytest.param(
                "وزير الصحة: سنواصل دعم المستشفيات في كل المناطق",
                "وزير الصحة",
                id="no-occasion",
            ),
            pytest.param(
                "وزير الصحة في كلمته أمام البرلمان والحكومة: سنواصل دعم المستشفيات في كل المناطق",
                "وزير الصحة",
                id="a-longer-occasion-is-left",
            ),
        ],
    )
    def test_near_miss_as_before(self, text: str, speaker: str | None) -> None:
        q = quote_exactly(text, "سنواصل دعم المستشفيات في كل المناطق")
        assert q.speaker == speaker, text
