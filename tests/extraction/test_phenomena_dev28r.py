"""Roles of the development read of the eighth session of 2026-12-06
(dev28r): the post the text gives each person, carried to his quotes, never
another's. Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly


class TestJoinedNounSharesTheGenitiveOfABodyGluedToLam:
    """ "المدير العام لوكالة X وY الـZ NAME": a body's head glued to لـ
    (`وكالة`, also a news agency's head) in construct with a bare noun and a
    second noun joined to it by و, the two sharing one definite genitive
    (two verbal nouns of the body's task: "relief and works", "promotion
    and development"), is one body's name: the post reads on over the
    genitive and its adjectives to the holder's name."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "أوضح المدير الإقليمي لوكالة إغاثة وتشغيل النازحين السوريين سامر يوسف "
                'الحلبي أن "المساعدات وصلت إلى كل المخيمات".',
                "المساعدات وصلت إلى كل المخيمات",
                "سامر يوسف الحلبي",
                "المدير الإقليمي لوكالة إغاثة وتشغيل النازحين السوريين",
                id="relief-and-works-then-an-adjective",
            ),
            pytest.param(
                "قال المدير العام لوكالة إنعاش وتنمية الأقاليم الجنوبية رشيد بن عمر "
                'العلوي إن "الطريق الجديد سيفتح في الصيف".',
                "الطريق الجديد سيفتح في الصيف",
                "رشيد بن عمر العلوي",
                "المدير العام لوكالة إنعاش وتنمية الأقاليم الجنوبية",
                id="a-name-with-a-lineage-link",
            ),
            pytest.param(
                "وصرحت المتحدثة الرسمية لوكالة تشجيع وترقية الاستثمار الأجنبي منى عبد "
                'الله السيد بأن "المستثمرين عادوا بقوة".',
                "المستثمرين عادوا بقوة",
                "منى عبد الله السيد",
                "المتحدثة الرسمية لوكالة تشجيع وترقية الاستثمار الأجنبي",
                id="a-spokeswoman-before-bi-anna",
            ),
        ],
    )
    def test_the_post_reads_on_to_the_name(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال المدير العام لوكالة الأنباء سامي حسن الكعبي إن "الخبر صحيح تماما".',
                "الخبر صحيح تماما",
                "سامي حسن الكعبي",
                "المدير العام لوكالة الأنباء",
                id="an-agency-with-its-definite-genitive",
            ),
            pytest.param(
                'قال عضو المكتب السياسي لحركة فتح وليد سعيد الخطيب إن "الانتخابات ستجري '
                'في موعدها".',
                "الانتخابات ستجري في موعدها",
                "وليد سعيد الخطيب",
                "عضو المكتب السياسي لحركة فتح",
                id="a-given-name-in-waw-after-a-one-word-body",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestAnOutletsBareNameBeforeItsHoldersNameInMarks:
    """ "مؤسس موقع X «Y Z»", "رئيس تحرير مجلة X «Y Z»": an outlet's head
    with no article (`موقع`, `مجلة`, `إذاعة` …) in a title's construct takes
    its own name, one bare word, as its genitive when a name in marks
    follows that word: the marks hold the holder's name, and the outlet
    with its name is the post (as with the outlet's name in marks, "رئيس
    تحرير صحيفة «X» Y Z")."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'قال مؤسس موقع فيسبوك "مارك زوكربيرغ" إن "الشركة ستتوسع قريبا في آسيا".',
                "الشركة ستتوسع قريبا في آسيا",
                "مارك زوكربيرغ",
                "مؤسس موقع فيسبوك",
                id="a-site-s-founder",
            ),
            pytest.param(
                'وقالت رئيسة تحرير مجلة زهرة "سلمى فؤاد الأحمد" إن "العدد الجديد سيصدر '
                'الأسبوع المقبل".',
                "العدد الجديد سيصدر الأسبوع المقبل",
                "سلمى فؤاد الأحمد",
                "رئيسة تحرير مجلة زهرة",
                id="an-editor-in-chief-after-a-verbal-noun",
            ),
            pytest.param(
                'أوضح مدير إذاعة مونتكارلو "نبيل جورج خوري" أن "البرامج الجديدة تبدأ في الخريف".',
                "البرامج الجديدة تبدأ في الخريف",
                "نبيل جورج خوري",
                "مدير إذاعة مونتكارلو",
                id="a-radio-s-director",
            ),
            pytest.param(
                'صرح مؤسس موقع تويتر "جاك دورسي" أن الشركة ستتغير.\n'
                'وقال دورسي: "لم أعد أدير أي شيء في الشركة".',
                "لم أعد أدير أي شيء في الشركة",
                "جاك دورسي",
                "مؤسس موقع تويتر",
                id="carried-to-the-family-name-later",
            ),
        ],
    )
    def test_the_marks_hold_the_holder(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال مراسل قناة دبي "الطريق مغلق منذ الصباح الباكر".',
                "الطريق مغلق منذ الصباح الباكر",
                "مراسل قناة دبي",
                "مراسل قناة دبي",
                id="the-words-in-marks-after-the-outlet-s-name",
            ),
            pytest.param(
                'وقال مذيع قناة الجزيرة "سامي حداد" إن "التغطية ستستمر طوال الليل".',
                "التغطية ستستمر طوال الليل",
                "سامي حداد",
                "مذيع قناة الجزيرة",
                id="a-definite-outlet-name",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestACountryOrObjectAfterAFamilyNameMetIsTheVerbsObject:
    """ "وطالب X الكويت، في حديث …", "وناشد X فرنسا"، "ودعت X الحكومة إلى":
    the last name alone of a person named before in full, then a country or
    a common object of news verbs, is that person with the verb's object
    after him, no name of two words: he speaks, with the post the text gave
    him."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "أثار تصريح لوزير الطاقة سامي حداد استياء واسعا في الكويت.\n"
                'وطالب حداد الكويت، في حديث مع إذاعة محلية، "بتمويل بناء المحطة قبل '
                'نهاية العام".',
                "بتمويل بناء المحطة قبل نهاية العام",
                "سامي حداد",
                "وزير الطاقة",
                id="a-country-with-the-article-after-a-mention-glued-to-lam",
            ),
            pytest.param(
                "قال وزير الخارجية رامي سعيد الزين إن الجولة ستبدأ غدا.\n"
                'وناشد الزين فرنسا "فتح أبوابها أمام الطلاب العالقين في المطار".',
                "فتح أبوابها أمام الطلاب العالقين في المطار",
                "رامي سعيد الزين",
                "وزير الخارجية",
                id="a-bare-country-after-a-family-name-with-the-article",
            ),
            pytest.param(
                "قالت رئيسة النقابة سلوى عادل منصور إن الإضراب مستمر.\n"
                'ودعت منصور الحكومة إلى الحوار، قائلة "لن نعود إلى العمل قبل توقيع '
                'الاتفاق".',
                "لن نعود إلى العمل قبل توقيع الاتفاق",
                "سلوى عادل منصور",
                "رئيسة النقابة",
                id="the-government-called-on",
            ),
        ],
    )
    def test_the_person_met_speaks(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "قال وزير الخارجية سامي حداد إن الأزمة ستنتهي.\n"
                'وقال النائب كمال العراقي إن "الحكومة تأخرت في الرد".',
                "الحكومة تأخرت في الرد",
                "كمال العراقي",
                "النائب",
                id="another-person-with-a-nisba",
            ),
            pytest.param(
                "قال مدير الشركة نبيل منصور إن الأرباح تراجعت.\n"
                'وقال منصور العتيبي، رئيس الغرفة التجارية، إن "السوق يحتاج إلى وقت".',
                "السوق يحتاج إلى وقت",
                "منصور العتيبي",
                "رئيس الغرفة التجارية",
                id="a-given-name-equal-to-the-family-name-met",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestADefiniteNounBeforeANameAndThatIsTheBodys:
    """ "رئيس المرصد المستقل الانتخابات X Y أن": a definite noun
    after a post's definite word, then a given name, one or two more name
    words and the verb's أنّ, is the body's genitive whose لـ the writer
    dropped, no object of the verb (a verb of saying takes none between its
    subject and its that-clause): the post reads on to the name."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "أكد رئيس المرصد المستقل الانتخابات سامي حسن الخطيب أن المرصد "
                'جاهز.\nوقال الخطيب "الاقتراع سيجري في موعده".',
                "الاقتراع سيجري في موعده",
                "سامي حسن الخطيب",
                "رئيس المرصد المستقل الانتخابات",
                id="three-name-words",
            ),
            pytest.param(
                "وأوضح المدير العام الهيئة العامة الاستثمار نبيل فؤاد العلي أن المشاريع "
                'كثيرة.\nوقال العلي "المستثمرون عادوا إلى السوق".',
                "المستثمرون عادوا إلى السوق",
                "نبيل فؤاد العلي",
                "المدير العام الهيئة العامة الاستثمار",
                id="two-genitives-without-lam",
            ),
            pytest.param(
                "وأعلنت رئيسة الرابطة الأهلية المستقلة الانتخابات ليلى منصور أن التسجيل "
                'انتهى.\nوأضافت منصور "الإقبال كان كبيرا جدا".',
                "الإقبال كان كبيرا جدا",
                "ليلى منصور",
                "رئيسة الرابطة الأهلية المستقلة الانتخابات",
                id="a-woman-s-two-word-name",
            ),
        ],
    )
    def test_the_post_reads_on_to_the_name(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقدم رئيس النادي الشكر للجماهير، وقال إن "الفريق سيعود أقوى".',
                "الفريق سيعود أقوى",
                "رئيس النادي",
                "رئيس النادي",
                id="thanks-given-then-to-whom",
            ),
            pytest.param(
                'ووجه مدرب الفريق التهنئة للاعبين، مؤكدا أن "الفوز مستحق".',
                "الفوز مستحق",
                "مدرب الفريق",
                "مدرب الفريق",
                id="congratulations-sent",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestABareWordAfterADefinitePlaceGluedToBaOpensTheName:
    """ "الضابط بالجيش X Y Z", "الموظفة بالبلدية X Y Z": a definite noun
    glued to بـ where the post is held takes no genitive, so the bare word
    after it, then a given name and another name word, is the holder's
    first name (not the place's own name, as after a bare one, "بمستشفى X
    Y Z"), unless a city or a country stands there in apposition."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'أكد وزير الاقتصاد في الإدارة المدعومة بالجيش جبريل عثمان صالح أن "الأسعار '
                'ستستقر قريبا".',
                "الأسعار ستستقر قريبا",
                "جبريل عثمان صالح",
                "وزير الاقتصاد في الإدارة المدعومة بالجيش",
                id="after-a-participle-and-its-complement",
            ),
            pytest.param(
                'وأوضح الضابط بالجيش جبران سعيد يوسف أن "القوات انسحبت من المدينة".',
                "القوات انسحبت من المدينة",
                "جبران سعيد يوسف",
                "الضابط بالجيش",
                id="an-officer-in-the-army",
            ),
            pytest.param(
                'وقالت الموظفة بالبلدية رحاب خالد يوسف إن "التسجيل يبدأ غدا".',
                "التسجيل يبدأ غدا",
                "رحاب خالد يوسف",
                "الموظفة بالبلدية",
                id="a-woman-at-the-municipality",
            ),
        ],
    )
    def test_the_name_opens_after_the_place(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال المدير بمستشفى الأمل سامي حسن الخطيب إن "المرضى بخير".',
                "المرضى بخير",
                "سامي حسن الخطيب",
                "المدير بمستشفى الأمل",
                id="a-bare-place-and-its-own-name",
            ),
            pytest.param(
                'وقال الطبيب بمستشفى الشفاء محمد حسن إن "المرضى بخير".',
                "المرضى بخير",
                "محمد حسن",
                "الطبيب بمستشفى الشفاء",
                id="a-bare-place-and-a-definite-name",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text
