"""Known weaknesses taken from the top of the list (kw35). Every sentence
here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one, quote_exactly, quotes_of

_WORDS = "الحزب لن يشارك في الحكومة المقبلة"
_LONG_PARTY = "حزب التجمع الوطني الديمقراطي من أجل العمل والحريات"
_LONG_FRONT = "جبهة العمل الوطني الديمقراطي من أجل التغيير والتنمية"
_TEN_WORDS = "هيئة التنسيق الوطنية لقوى التغيير الديمقراطي وحلفائها في الداخل"


class TestBodysLongNameAfterLam:
    """dev32s's "the width after لـ": "الأمين العام لـ«…»" read a body's
    name in marks after لـ up to seven words only, so a party's long name
    (eight to ten words, headed by a body's noun) ended the post before
    it, the holder's name lost ("السيد" or the bare title speaking), and a
    name of ten words was even taken for words said. Now read up to ten
    words as after في and باسم, the holder's honorific and name after it
    still read."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وقال الأمين العام لـ«{_LONG_PARTY}» السيد سمير الخطيب إن «{_WORDS}».",
                "سمير الخطيب",
                f"الأمين العام لـ«{_LONG_PARTY}»",
                id="honorific-then-name",
            ),
            pytest.param(
                f"وقال رئيس المكتب السياسي لـ«{_LONG_FRONT}» الدكتور نادر المصري إن «{_WORDS}».",
                "نادر المصري",
                f"رئيس المكتب السياسي لـ«{_LONG_FRONT}»",
                id="long-post-and-doctor",
            ),
            pytest.param(
                f"وقال الأمين العام لـ«{_LONG_PARTY}» إن «{_WORDS}».",
                f"الأمين العام لـ«{_LONG_PARTY}»",
                f"الأمين العام لـ«{_LONG_PARTY}»",
                id="no-name",
            ),
            pytest.param(
                f"وقال الأمين العام لـ«{_TEN_WORDS}» السيد سمير الخطيب إن «{_WORDS}».",
                "سمير الخطيب",
                f"الأمين العام لـ«{_TEN_WORDS}»",
                id="ten-words",
            ),
            pytest.param(
                f"وقال القيادي في «{_TEN_WORDS}» السيد سمير الخطيب إن «{_WORDS}».",
                "سمير الخطيب",
                f"القيادي في «{_TEN_WORDS}»",
                id="ten-words-after-fi",
            ),
        ],
    )
    def test_the_holder_speaks(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _WORDS)
        assert (q.speaker, q.role) == (speaker, role), text

    def test_ten_words_in_the_post_are_no_quote(self) -> None:
        text = f"وقال الأمين العام لـ«{_TEN_WORDS}» السيد سمير الخطيب إن «{_WORDS}»."
        assert [q.text for q in quotes_of(text)] == [_WORDS]

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال الأمين العام لـ«حزب التجمع الوطني» السيد سمير الخطيب إن «{_WORDS}».",
                "سمير الخطيب",
                id="a-short-name",
            ),
            pytest.param(
                f"وقال المتحدث باسم الوزارة لـ«الشروق» إن «{_WORDS}».",
                "المتحدث باسم الوزارة",
                id="an-outlet-told",
            ),
            pytest.param(
                "وقال المتحدث الرسمي لـ«برنامج المسائية على القناة الأولى في "
                f"التلفزيون الرسمي» إن «{_WORDS}».",
                "المتحدث الرسمي",
                id="a-long-name-of-no-body-told",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


class TestBodysNameInMarksKeepsItsWords:
    """A masculine title with the article takes no genitive, so a definite
    feminine word after a definite word opens the verb's object and ends
    the title (classify). Inside a body's name in marks after the title
    the words agree among themselves: "الأمين العام لـ«هيئة التنسيق
    الوطنية …»" was cut to "الأمين العام لـ«هيئة التنسيق"."""

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param("هيئة التنسيق الوطنية لقوى التغيير", id="hayat-al-tansiq"),
            pytest.param("حزب الاتحاد الديمقراطية الجديدة", id="feminine-adjective"),
            pytest.param("مجلس التعاون الخليجية للتنمية", id="majlis"),
        ],
    )
    def test_the_post_keeps_the_name(self, body: str) -> None:
        text = f"وقال الأمين العام لـ«{body}» إن «{_WORDS}»."
        q = quote_exactly(text, _WORDS)
        assert (q.speaker, q.role) == (f"الأمين العام لـ«{body}»", f"الأمين العام لـ«{body}»")

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وانتقد السفير الأميركي في الرباط المسؤولين المغاربة، قائلا: «{_WORDS}».",
                "السفير الأميركي في الرباط",
                id="an-object-with-no-marks",
            ),
            pytest.param(
                f"وقال الأمين العام لـ«الحركة الوطنية» إن «{_WORDS}».",
                "الأمين العام لـ«الحركة الوطنية»",
                id="a-definite-body",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


class TestHoldersFamilyNameWithTheArticleAfterMarks:
    """After a title with no name and a body's name in marks glued to لـ,
    the holder's name of two or three words read only with no article:
    "الأمين العام لـ«حزب الأمة» سمير الخطيب:" gave the bare title, the
    name lost. A family name with the article last, right before أنّ, a
    colon, a comma or a mark, now ends the holder's name."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وقال الأمين العام لـ«حزب الأمة» سمير الخطيب: «{_WORDS}».",
                "سمير الخطيب",
                "الأمين العام لـ«حزب الأمة»",
                id="colon",
            ),
            pytest.param(
                f"وقال رئيس المكتب السياسي لـ«حماس» نادر الحسيني إن «{_WORDS}».",
                "نادر الحسيني",
                "رئيس المكتب السياسي لـ«حماس»",
                id="that",
            ),
            pytest.param(
                f"وقال الأمين العام لـ«{_LONG_PARTY}» سمير الخطيب: «{_WORDS}».",
                "سمير الخطيب",
                f"الأمين العام لـ«{_LONG_PARTY}»",
                id="a-long-body",
            ),
        ],
    )
    def test_the_holder_speaks(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _WORDS)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال الأمين العام لـ«حزب الأمة» أمس الخميس إن «{_WORDS}».",
                "الأمين العام لـ«حزب الأمة»",
                id="a-date",
            ),
            pytest.param(
                f"وقال المتحدث باسم الوزارة لـ«الشروق» سمير الخطيب إن «{_WORDS}».",
                "المتحدث باسم الوزارة",
                id="an-outlet-after-a-complete-post",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert one(text, _WORDS).speaker == speaker, text


_TAXES = "لن نرفع الضرائب هذا العام"
_MINISTER = "وقال وزير المالية سمير الخطيب إن الميزانية متوازنة. "


class TestAddressingParticipleRightAfterTheVerb:
    """kw34's "وقال مخاطبا النواب: «…»" after a named speaker: a participle
    of addressing right after the verb of saying, its subject elided, took
    whom it addressed for the speaker ("النواب"). The words after it are
    the one addressed; the verb's pronoun goes back to the speaker."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_MINISTER}وقال مخاطبا النواب: «{_TAXES}».",
                "سمير الخطيب",
                id="mukhatiban-al-nuwwab",
            ),
            pytest.param(
                f"{_MINISTER}وتابع مخاطبا المعارضة: «{_TAXES}».",
                "سمير الخطيب",
                id="tabaa",
            ),
            pytest.param(
                f"وقالت وزيرة الصحة سلمى العلي إن الوضع مستقر. وقالت مخاطبة الحضور: «{_TAXES}».",
                "سلمى العلي",
                id="feminine",
            ),
        ],
    )
    def test_the_speaker_before_goes_on(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _TAXES).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_MINISTER}وقال وزير الداخلية مخاطبا النواب: «{_TAXES}».",
                "وزير الداخلية",
                id="a-subject-before-the-participle",
            ),
            pytest.param(
                f"{_MINISTER}وقال بحزم شديد: «{_TAXES}».",
                "سمير الخطيب",
                id="a-manner-noun",
            ),
            pytest.param(
                f"{_MINISTER}وأضاف موجها حديثه إلى النواب: «{_TAXES}».",
                "سمير الخطيب",
                id="muwajjihan-hadithahu",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _TAXES).speaker == speaker, text


_LAW = "لن نصوت على هذا القانون"


class TestSayingNounInsideTheCuesPhrase:
    """kw34's "ومن أبرز ما جاء في الجلسة قول النائبة X …:": after جاء في
    (ورد في) the phrase ran on past the occasion into the noun of saying,
    the speaker "الجلسة قول". A noun of saying inside the cue's phrase, in
    construct with its owner right before the words, names who said them."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"ومن أبرز ما جاء في الجلسة قول النائبة سلمى العلي: «{_LAW}».",
                "سلمى العلي",
                "النائبة",
                id="al-jalsa",
            ),
            pytest.param(
                f"وكان من أبرز ما جاء في المؤتمر قول وزير الخارجية نبيل الشامي: «{_LAW}».",
                "نبيل الشامي",
                "وزير الخارجية",
                id="al-mutamar",
            ),
            pytest.param(
                f"ومما ورد في النقاش قول النائب سمير الخطيب مخاطبا الحكومة: «{_LAW}».",
                "سمير الخطيب",
                "النائب",
                id="warada-and-addressing",
            ),
        ],
    )
    def test_the_owner_speaks(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _LAW)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(f"وجاء في البيان: «{_LAW}».", "البيان", id="a-document"),
            pytest.param(
                f"وقال الوزير في معرض رده على قول النائب سمير الخطيب: «{_LAW}».",
                "الوزير",
                id="the-saying-after-the-phrase",
            ),
            pytest.param(
                f"ومن ذلك قول النائبة سلمى العلي: «{_LAW}».",
                "سلمى العلي",
                id="no-cue",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _LAW).speaker == speaker, text


_DEMANDS = "لن نتراجع عن مطالبنا"
_SQUARE = "اجتمع المحتجون أمام البرلمان صباح الأحد. "


class TestBareNameAfterAVerbOfStanding:
    """kw34's "وقف X مرددا:": a bare name the text had not met, after a verb
    that is no verb of saying, spoke only before the verb's preposition
    ("ودافع X عن …، وقال"). After a verb of standing, going out or rising,
    which takes no object, the name right before the participle or before
    a place's preposition is its subject (with nobody else to say it)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(f"وقف سمير الخطيب مرددا: «{_DEMANDS}».", "سمير الخطيب", id="waqafa"),
            pytest.param(
                f"{_SQUARE}ووقف سمير الخطيب أمام المحكمة مرددا: «{_DEMANDS}».",
                "سمير الخطيب",
                id="before-the-court",
            ),
            pytest.param(
                f"{_SQUARE}وخرجت سلمى العلي قائلة: «{_DEMANDS}».",
                "سلمى العلي",
                id="kharajat",
            ),
            pytest.param(
                f"{_SQUARE}ونهض إسماعيل هنية قائلا: «{_DEMANDS}».",
                "إسماعيل هنية",
                id="nahada",
            ),
        ],
    )
    def test_the_name_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _DEMANDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(f"{_SQUARE}وعاد الهدوء مرددا: «{_DEMANDS}».", None, id="a-thing"),
            pytest.param(
                f"{_SQUARE}وقال الوزير نبيل الشامي إن الحوار ممكن. ووقف سمير الخطيب "
                f"مرددا: «{_DEMANDS}».",
                "نبيل الشامي",
                id="someone-met-before",
            ),
            pytest.param(
                f"{_SQUARE}وخرج سمير الخطيب من القاعة قائلا: «{_DEMANDS}».",
                "سمير الخطيب",
                id="the-verbs-preposition",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str | None) -> None:
        assert quote_exactly(text, _DEMANDS).speaker == speaker, text


_PRICES = "الأسعار ستنخفض قريبا"


class TestNoPostAcrossAVerbOfSaying:
    """kw34's "فيرد X بهدوء:" after "وسأله الصحفي عن الأسعار،": the words
    before the comma were read as the post of the name after it (as in
    "وكان المتحدث باسم الجيش، X قال"), the role "الصحفي عن الأسعار". A
    verb of saying between the comma and the name opens his own clause."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وسأله الصحفي عن الأسعار، فيرد سمير الخطيب بهدوء: «{_PRICES}».",
                "سمير الخطيب",
                id="yaruddu",
            ),
            pytest.param(
                f"وسألته المذيعة عن الحرب، فترد سلمى العلي: «{_PRICES}».",
                "سلمى العلي",
                id="taruddu",
            ),
            pytest.param(
                f"وسأله المراسل عن الانتخابات، فيرد نبيل الشامي ضاحكا: «{_PRICES}».",
                "نبيل الشامي",
                id="laughing",
            ),
        ],
    )
    def test_no_role(self, text: str, speaker: str) -> None:
        q = quote_exactly(text, _PRICES)
        assert (q.speaker, q.role) == (speaker, None), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وكان المتحدث باسم الجيش، سمير الخطيب، قد قال: «{_PRICES}».",
                "سمير الخطيب",
                "المتحدث باسم الجيش",
                id="a-post-set-off",
            ),
            pytest.param(
                f"وسأله المذيع عن البطالة، فيرد الوزير سمير الخطيب: «{_PRICES}».",
                "سمير الخطيب",
                "الوزير",
                id="his-own-title",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _PRICES)
        assert (q.speaker, q.role) == (speaker, role), text


_STALLED = "الاستثمار متوقف"


class TestDescriptionsNationalityBeforeTheName:
    """rev35's "يقول رجل الأعمال السوري X، المقرب من …": a description of
    two words ("رجل الأعمال") ends before the name, but with its
    nationality after it the whole phrase was the speaker, the description
    kept in the name. The nationality is the description's."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"يقول رجل الأعمال السوري سمير الخطيب، المقرب من الحكومة، إن «{_STALLED}».",
                "سمير الخطيب",
                "رجل الأعمال السوري",
                id="the-rev35-item",
            ),
            pytest.param(
                f"وقال رجل الأعمال السوري سمير الخطيب إن «{_STALLED}».",
                "سمير الخطيب",
                "رجل الأعمال السوري",
                id="no-apposition",
            ),
            pytest.param(
                f"وقالت سيدة الأعمال الأردنية سلمى العلي إن «{_STALLED}».",
                "سلمى العلي",
                "سيدة الأعمال الأردنية",
                id="feminine",
            ),
        ],
    )
    def test_the_name_speaks(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _STALLED)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال رجل الأعمال السوري إن «{_STALLED}».",
                "رجل الأعمال السوري",
                id="no-name",
            ),
            pytest.param(
                f"وقال رجل أعمال سوري إن «{_STALLED}».", "رجل أعمال سوري", id="indefinite"
            ),
            pytest.param(
                f"وقال رجل الأعمال سالم بن سيف العبدلي إن «{_STALLED}».",
                "سالم بن سيف العبدلي",
                id="no-nationality",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _STALLED).speaker == speaker, text


class TestPlaceVisitedAfterAFamilyName:
    """rev35's "زار وزير الطاقة X مدينة طرابلس": an indefinite place head
    after the name opens the verb's object only after a known given name
    (mend31d); after a name of two words, a bare word then a family name
    (with the article, or without it right after the post), the object was
    read into the name."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "زار وزير الطاقة سمير الخطيب مدينة طرابلس، وقال إن «الكهرباء ستعود».",
                "سمير الخطيب",
                id="al-khatib",
            ),
            pytest.param(
                "زار وزير الداخلية بسام المولوي مدينة صور، وقال إن «الكهرباء ستعود».",
                "بسام المولوي",
                id="al-mawlawi",
            ),
            pytest.param(
                "زار وزير الطاقة ريمون غجر مدينة طرابلس، وقال إن «الكهرباء ستعود».",
                "ريمون غجر",
                id="no-article",
            ),
        ],
    )
    def test_the_place_is_no_name(self, text: str, speaker: str) -> None:
        q = quote_exactly(text, "الكهرباء ستعود")
        assert q.speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "وقال رئيس بلدية مدينة طرابلس سمير الخطيب إن «الكهرباء ستعود».",
                "سمير الخطيب",
                id="the-place-in-the-post",
            ),
            pytest.param(
                "وقال مدير عام شركة كهرباء مدينة طرابلس إن «الكهرباء ستعود».",
                "مدير عام شركة كهرباء",
                id="a-post-with-no-name",
            ),
            pytest.param(
                "وقال المتحدث باسم حكومة إقليم الشمال سمير الخطيب إن «الكهرباء ستعود».",
                "سمير الخطيب",
                id="a-region-in-the-post",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        q = quote_exactly(text, "الكهرباء ستعود")
        assert q.speaker == speaker, text
        if speaker == "سمير الخطيب":
            assert "مدينة طرابلس" in q.role or "إقليم الشمال" in q.role


_INQUIRY = "التحقيق مستمر"


_VISIT = "وفي 12 مارس 2015 زار الوزير المدينة. "


class TestSameYearInAyn:
    """mend32a's "`السنة عينها` in no list": "the same year" with عينها (the
    feminine of عينه, which السنة takes) dates the words by the year of
    the narrator's last date, as "العام عينه" does."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(f"{_VISIT}وفي السنة عينها قال الوزير إن «{_INQUIRY}».", id="fi"),
            pytest.param(f"{_VISIT}وخلال السنة عينها قال الوزير إن «{_INQUIRY}».", id="khilal"),
            pytest.param(f"{_VISIT}وقال الوزير في السنة عينها إن «{_INQUIRY}».", id="after-cue"),
        ],
    )
    def test_dated_by_the_year(self, text: str) -> None:
        assert quote_exactly(text, _INQUIRY).date == "2015", text

    @pytest.mark.parametrize(
        "text, date",
        [
            pytest.param(f"{_VISIT}وفي العام عينه قال الوزير إن «{_INQUIRY}».", "2015", id="am"),
            pytest.param(f"وفي السنة عينها قال الوزير إن «{_INQUIRY}».", None, id="no-date-before"),
        ],
    )
    def test_near_misses(self, text: str, date: str | None) -> None:
        assert quote_exactly(text, _INQUIRY).date == date, text


_GRAVE = "الوضع خطير"


class TestNameBeforeTheMinAVerbTakesNotAPlace:
    """mend32b's "`حذرت وزيرة الصحة، X حداد من …` … still reading the name
    on": after a post's comma, "X حداد من تفشي الوباء،" was read as an
    indefinite noun and where one is from ("فلاح من ضواحي …"), the whole
    apposition the name. After a verb that takes من, the من is its
    complement and the name ends before it."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"حذرت وزيرة الصحة، سلمى حداد من تفشي الوباء، قائلة: «{_GRAVE}».",
                "سلمى حداد",
                id="hadhdharat",
            ),
            pytest.param(
                f"حذر وزير الصحة، سمير حداد من تفشي الوباء، قائلا: «{_GRAVE}».",
                "سمير حداد",
                id="hadhdhara",
            ),
            pytest.param(
                f"وتخوف وزير الصحة، سمير داود من تفشي الوباء، قائلا: «{_GRAVE}».",
                "سمير داود",
                id="takhawwafa",
            ),
        ],
    )
    def test_the_name_ends_before_min(self, text: str, speaker: str) -> None:
        q = quote_exactly(text, _GRAVE)
        assert q.speaker == speaker, text
        assert q.role in ("وزيرة الصحة", "وزير الصحة"), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وقال رشيد، فلاح من ضواحي تارودانت، إن «{_GRAVE}».",
                "رشيد",
                "فلاح من ضواحي تارودانت",
                id="a-farmer-from",
            ),
            pytest.param(
                f"حذر وزير الصحة، سمير الخطيب من تفشي الوباء، قائلا: «{_GRAVE}».",
                "سمير الخطيب",
                "وزير الصحة",
                id="a-definite-family-name",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _GRAVE)
        assert (q.speaker, q.role) == (speaker, role), text
