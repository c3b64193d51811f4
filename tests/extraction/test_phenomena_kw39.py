"""Known weaknesses taken by kw39 (from the top of the seventh session's
list). Every sentence here is invented.

Warning of, after an unnamed source (phrases.scan_np, phrases._indefinite_nisbas,
_Phrases.warns): after a verb of warning (words' _WARN_OF, "حذر", "نبه"), an
unnamed source ("مصدر", "مسؤول", "مصادر") and up to two nisbas with no article
("أمني", "طبية"), من before no body, place or post opens what he warns of,
no word of the source's description. Before, only a bare verbal noun in
construct right after the source ended it, and "مصدر أمني من التصعيد" spoke.

A fall or an end expected (phrases._OBJECT_MASDARS): "سقوط", "زوال",
"انهيار", "حدوث", "وقوع", "هبوط", first-form verbal nouns no name is, head
the object of a verb of saying with no subject of its own ("إذ توقع سقوط
وزوال النظام، متسائلا"), the last speaker going on, and end a title's
subject ("وتوقع وزير المالية هبوط الأسعار"). Before, "سقوط وزوال" spoke.

The thing praised (phrases.scan_np, words._BA_OBJECT_NOUNS, moved from
speakers): after a verb of praise ("أشاد", "نوه") and a title with no name, a
masculine noun praised glued to بـ ("بدور", "بأداء", "بجهد") ends the post,
read outside speech too, so "وقال" after it goes on with the post. Before,
"بدور المواطنين" was the minister's name. After a feminine verb "بدور" may
still be her name ("وأشادت الوزيرة بدور X بالمتطوعين"), so it is left.

The place opened (words._DEFINITE_OBJECTS): exhibitions, festivals, museums,
stadiums, mosques, libraries, gardens and theatres ("المعرض", "المهرجان",
"المتحف" …) right after a post are the verb's object, as the factory or the
airport visited were: "افتتح الوزير المعرض، وقال" has the minister speak.
Before, "الوزير المعرض" was the post.

A church's priest or bishop (lexicon.TITLES): "كاهن", "كاهنة", "أسقف" head a
post in construct, as "راعي" does: "وقال كاهن كنيسة مار جرجس الأب X Y" has X Y
speak in the role "كاهن كنيسة مار جرجس", and a bare "كاهن الكنيسة" speaks
as a post. Before, "كاهن كنيسة مار" was a name. "القس" stays an honorific of
the name (lexicon.NAME_HONORIFICS), no post.

A body of persons with no name after it (phrases.phrase_entity,
words._GROUP_CONSTRUCT_HEADS with "تجار", words._PERSONS_OF_A_BODY): persons
in the plural in construct with their country at the phrase's end ("رئيس
نقابة عمال مصر إن", "رئيس اتحاد تجار مصر") and a body of parents, owners or
families in construct with its definite genitive at the phrase's end ("رئيس
رابطة أولياء الأمور:") are the post, which speaks unnamed. Before, "عمال",
"تجار" and "أولياء الأمور" were the names.

Urged, glued to و (lexicon.CONJOINED_CUES): "وحث", "فحث" are the cue حث, a
verb of two letters the table glued to و/ف only from three letters on, so
the one urged after the post ends it ("وحث رئيس الوزراء السكان على «…»": the
prime minister speaks). And right after a verb of urging with no subject of
its own, "الأطراف", "الفرقاء", "الجميع", "الناس" are the ones urged
(speakers.urged_plural_object, words._URGED_ALWAYS), as a plural in ين is:
the subject is elided. Before, "رئيس الوزراء السكان" spoke, and "ودعا
الأطراف إلى «…»" had the parties speak.

The spokesman in its name, no body in view (_Phrases.spoken_for,
in_its_name): "وقال المتحدث باسمها: «…»" with no body before that the
suffix names has the post as written, "المتحدث باسمها", speak; so with
"باسمهم" ("in their name"), read now too. Before, the role was "المتحدث".

Workers told or workers' body (phrases.scan_np, phrase_entity): persons in the
plural glued to لـ after a post with no body in it are the ones told, read
outside speech right after the verb too ("قال وزير العمل لعمال مصر إن": the
minister speaks, no person "لعمال مصر" filed with his post); after a body
of members they are the body's, with their country ("رئيس الاتحاد العام
لعمال مصر X Y": X Y in the whole post). Before, "لعمال مصر" spoke.

The one met, after a host in construct (phrases.classify, mend35d's cut):
after a verb of meeting, a host's bare title with its definite genitive
("رئيس الجمهورية") counts as a definite title does, and the post met may take
a country for its genitive ("سفيرة فرنسا"): "واستقبل رئيس الجمهورية سفيرة
فرنسا آن ماري، وقالت له" has آن ماري speak as "سفيرة فرنسا". Before, her
role was "رئيس الجمهورية سفيرة فرنسا".

The opposing bloc (phrases.scan_np, _OPPOSING_F, _OPPOSING_BODIES): after a
verb of calling on or telling, "المعارضة" right after a bloc, a front, a
movement, the forces or the parties is their adjective, no woman of the
opposition told: "ودعا رئيس الكتلة المعارضة إلى «…»" has the bloc's head
speak in the role "رئيس الكتلة المعارضة". After the government or the
republic it is still the one called on.

General, not the year, before أنّ (phrases.scan_np): after a name, a definite
post takes "العام" as its adjective also when أنّ, a preposition or the
colon ends the phrase right after it ("قال حسين الأمين العام إن": حسين in
the role "الأمين العام"; "X Y المدير العام في تصريح"), the year still
before الماضي, الجاري … Before, "العام" was left out ("الأمين") and
"حسين الأمين" was one compound name.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


def _check(text: str, fragment: str, speaker: str, role: str | None) -> None:
    q = one(text, fragment)
    assert (q.speaker, q.role) == (speaker, role)


class TestWarnedOfAfterAnUnnamedSource:
    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وحذر مصدر أمني من التصعيد قائلا: «الوضع خطير».",
                "الوضع خطير",
                "مصدر أمني",
                id="a-definite-verbal-noun",
            ),
            pytest.param(
                "وحذرت مصادر عسكرية من عواقب الهجوم، وقالت: «الرد سيكون قاسيا».",
                "الرد سيكون",
                "مصادر عسكرية",
                id="a-plural-source-and-a-broken-plural",
            ),
            pytest.param(
                "ونبه مصدر طبي من نقص الأدوية، وقال: «المخزون ينفد».",
                "المخزون ينفد",
                "مصدر طبي",
                id="a-short-nisba",
            ),
            pytest.param(
                "وحذر مسؤول من التصعيد قائلا: «الوضع خطير».",
                "الوضع خطير",
                "مسؤول",
                id="no-nisba",
            ),
            pytest.param(
                "وحذر مسؤول حكومي من خطورة الوضع، وقال: «لا أحد في مأمن».",
                "لا أحد",
                "مسؤول حكومي",
                id="a-noun-in-construct",
            ),
            pytest.param(
                "وحذر مصدر أمني من مغبة التصعيد، مضيفا: «الوضع خطير».",
                "الوضع خطير",
                "مصدر أمني",
                id="before-a-participle",
            ),
        ],
    )
    def test_source_alone(self, text: str, fragment: str, speaker: str) -> None:
        _check(text, fragment, speaker, speaker)

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وقال مصدر أمني من مديرية الأمن: «الوضع هادئ».",
                "الوضع هادئ",
                "مصدر أمني من مديرية الأمن",
                id="no-warning-a-body",
            ),
            pytest.param(
                "وأكد مسؤول عسكري من القيادة أن «الوضع تحت السيطرة».",
                "تحت السيطرة",
                "مسؤول عسكري من القيادة",
                id="no-warning-a-definite-body",
            ),
            pytest.param(
                "وقال مصدر دبلوماسي من السفارة: «المفاوضات متعثرة».",
                "المفاوضات متعثرة",
                "مصدر دبلوماسي من السفارة",
                id="no-warning-an-embassy",
            ),
            pytest.param(
                "حذر مصدر دبلوماسي من أن «الحرب قادمة».",
                "الحرب قادمة",
                "مصدر دبلوماسي",
                id="warning-that",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str) -> None:
        _check(text, fragment, speaker, speaker)


class TestAFallExpected:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال المحلل سامي حداد إن الوضع صعب، إذ توقع سقوط وزوال الحكومة "
                "المقبلة، متسائلا: «من سيحكم بعدها؟».",
                "من سيحكم",
                "سامي حداد",
                "المحلل",
                id="two-verbal-nouns-joined",
            ),
            pytest.param(
                "وقال المحلل سامي حداد إن الوضع صعب. وتوقع سقوط الحكومة قريبا، "
                "متسائلا: «من سيحكم بعدها؟».",
                "من سيحكم",
                "سامي حداد",
                "المحلل",
                id="the-next-sentence",
            ),
            pytest.param(
                "وتوقع زوال الاحتلال، وقال: «الحرية قادمة».",
                "الحرية قادمة",
                None,
                None,
                id="nobody-before",
            ),
            pytest.param(
                "وتوقع انهيار النظام قريبا، متسائلا: «من سيحكم بعده؟».",
                "من سيحكم",
                None,
                None,
                id="a-collapse",
            ),
            pytest.param(
                "وتوقع وزير المالية هبوط الأسعار، وقال: «الأسوأ مضى».",
                "الأسوأ مضى",
                "وزير المالية",
                "وزير المالية",
                id="after-a-title",
            ),
            pytest.param(
                "وتوقعت الوزيرة هبوط الأسعار، وقالت: «الأسوأ مضى».",
                "الأسوأ مضى",
                "الوزيرة",
                "الوزيرة",
                id="after-a-bare-title",
            ),
        ],
    )
    def test_object(self, text: str, fragment: str, speaker: str | None, role: str | None) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وتوقع الخبير سامي حداد انهيار العملة، وقال: «الأسوأ قادم».",
                "الأسوأ قادم",
                "سامي حداد",
                "الخبير",
                id="after-a-name",
            ),
            pytest.param(
                "وقال الخبير سامي حداد إن الأسواق مضطربة. وتوقع حدوث انفراج قريب، "
                "قائلا: «الأسوأ مضى».",
                "الأسوأ مضى",
                "سامي حداد",
                "الخبير",
                id="an-indefinite-genitive",
            ),
            pytest.param(
                "وأكد رفض الحزب للقرار، وقال: «لن نقبل».",
                "لن نقبل",
                None,
                None,
                id="a-stance-noun",
            ),
        ],
    )
    def test_near_misses(
        self, text: str, fragment: str, speaker: str | None, role: str | None
    ) -> None:
        _check(text, fragment, speaker, role)


class TestThePraisedThing:
    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "وأشاد الوزير بدور المواطنين، وقال: «لقد صبروا طويلا».",
                "لقد صبروا",
                "الوزير",
                id="a-role-praised",
            ),
            pytest.param(
                "ونوه الوزير بدور المواطنين قائلا: «لقد صبروا طويلا».",
                "لقد صبروا",
                "الوزير",
                id="before-a-participle",
            ),
            pytest.param(
                "وأشاد وزير الداخلية بدور رجال الأمن، وقال: «لقد صبروا طويلا».",
                "لقد صبروا",
                "وزير الداخلية",
                id="after-a-genitive",
            ),
            pytest.param(
                "ونوه المحافظ بجهد العاملين، وقال: «النتائج مشرفة».",
                "النتائج مشرفة",
                "المحافظ",
                id="an-effort",
            ),
        ],
    )
    def test_post_speaks(self, text: str, fragment: str, speaker: str) -> None:
        _check(text, fragment, speaker, speaker)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقالت الوزيرة بدور المطيري: «لقد صبرنا طويلا».",
                "لقد صبرنا",
                "بدور المطيري",
                "الوزيرة",
                id="her-name-after-saying",
            ),
            pytest.param(
                "وأشادت الوزيرة بدور المطيري بالمتطوعين، وقالت: «لقد صبروا طويلا».",
                "لقد صبروا",
                "بدور المطيري",
                "الوزيرة",
                id="her-name-after-praise",
            ),
            pytest.param(
                "وأشاد رئيس الحكومة بأداء الفريق، وقال: «النتائج مشرفة».",
                "النتائج مشرفة",
                "رئيس الحكومة",
                "رئيس الحكومة",
                id="a-hamza-noun",
            ),
            pytest.param(
                "وأشاد القائم بأعمال السفارة الكندية سامي حداد بالتعاون بين البلدين، "
                "وقال: «العلاقات ممتازة».",
                "العلاقات ممتازة",
                "سامي حداد",
                "القائم بأعمال السفارة الكندية",
                id="the-charge-d-affaires",
            ),
        ],
    )
    def test_near_misses(
        self, text: str, fragment: str, speaker: str | None, role: str | None
    ) -> None:
        _check(text, fragment, speaker, role)


class TestThePlaceOpened:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "افتتح الوزير المعرض، وقال: «هذا يوم مهم».",
                "يوم مهم",
                "الوزير",
                "الوزير",
                id="the-exhibition",
            ),
            pytest.param(
                "وافتتح وزير الثقافة المعرض الدولي للكتاب، وقال: «هذا يوم مهم».",
                "يوم مهم",
                "وزير الثقافة",
                "وزير الثقافة",
                id="after-a-genitive",
            ),
            pytest.param(
                "وافتتح المحافظ المهرجان قائلا: «هذا يوم مهم».",
                "يوم مهم",
                "المحافظ",
                "المحافظ",
                id="the-festival",
            ),
            pytest.param(
                "وزار الرئيس المتحف الوطني، وقال: «تاريخنا عريق».",
                "تاريخنا عريق",
                "الرئيس",
                "الرئيس",
                id="the-museum",
            ),
            pytest.param(
                "وافتتح الوزير سامي حداد المعرض، وقال: «هذا يوم مهم».",
                "يوم مهم",
                "سامي حداد",
                "الوزير",
                id="after-a-name",
            ),
        ],
    )
    def test_object(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال مدير المعرض: «الإقبال كبير».",
                "الإقبال كبير",
                "مدير المعرض",
                "مدير المعرض",
                id="the-exhibitions-director",
            ),
            pytest.param(
                "وقال مدير المهرجان سامي حداد: «الإقبال كبير».",
                "الإقبال كبير",
                "سامي حداد",
                "مدير المهرجان",
                id="the-festivals-director-named",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)


class TestAChurchPriest:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال كاهن كنيسة مار جرجس الأب يوحنا سمعان: «نصلي من أجل السلام».",
                "نصلي من أجل",
                "يوحنا سمعان",
                "كاهن كنيسة مار جرجس",
                id="a-saints-church",
            ),
            pytest.param(
                "وقال كاهن الرعية الأب يوحنا سمعان: «نصلي من أجل السلام».",
                "نصلي من أجل",
                "يوحنا سمعان",
                "كاهن الرعية",
                id="the-parish",
            ),
            pytest.param(
                "وقال كاهن الكنيسة: «نصلي من أجل السلام».",
                "نصلي من أجل",
                "كاهن الكنيسة",
                "كاهن الكنيسة",
                id="unnamed",
            ),
            pytest.param(
                "وقال أسقف الأبرشية المطران يوحنا سمعان: «نصلي من أجل السلام».",
                "نصلي من أجل",
                "يوحنا سمعان",
                "أسقف الأبرشية",
                id="a-bishop",
            ),
            pytest.param(
                "وقال يوحنا سمعان كاهن الرعية: «نصلي من أجل السلام».",
                "نصلي من أجل",
                "يوحنا سمعان",
                "كاهن الرعية",
                id="after-the-name",
            ),
        ],
    )
    def test_post(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال القس يوحنا سمعان: «نصلي من أجل السلام».",
                "نصلي من أجل",
                "القس يوحنا سمعان",
                None,
                id="the-pastor-an-honorific",
            ),
            pytest.param(
                "وقال الكاهن يوحنا سمعان: «نصلي من أجل السلام».",
                "نصلي من أجل",
                "يوحنا سمعان",
                "الكاهن",
                id="the-priest-with-the-article",
            ),
            pytest.param(
                "وقال راعي كنيسة مار جرجس الأب يوحنا سمعان: «نصلي من أجل السلام».",
                "نصلي من أجل",
                "يوحنا سمعان",
                "راعي كنيسة مار جرجس",
                id="a-pastor",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str | None) -> None:
        _check(text, fragment, speaker, role)


class TestABodyOfPersonsUnnamed:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال رئيس نقابة عمال مصر إن «الإضراب مستمر».",
                "الإضراب مستمر",
                "رئيس نقابة عمال مصر",
                "رئيس نقابة عمال مصر",
                id="workers-of-a-country",
            ),
            pytest.param(
                "وقال رئيس اتحاد تجار مصر إن «الأسعار مستقرة».",
                "الأسعار مستقرة",
                "رئيس اتحاد تجار مصر",
                "رئيس اتحاد تجار مصر",
                id="traders-unnamed",
            ),
            pytest.param(
                "وقال رئيس اتحاد تجار مصر حسن علي إن «الأسعار مستقرة».",
                "الأسعار مستقرة",
                "حسن علي",
                "رئيس اتحاد تجار مصر",
                id="traders-named",
            ),
            pytest.param(
                "وقال رئيس رابطة أولياء الأمور: «المدارس غير جاهزة».",
                "غير جاهزة",
                "رئيس رابطة أولياء الأمور",
                "رئيس رابطة أولياء الأمور",
                id="parents-unnamed",
            ),
            pytest.param(
                "وقال رئيس جمعية تجار دمشق: «الأسعار مستقرة».",
                "الأسعار مستقرة",
                "رئيس جمعية تجار دمشق",
                "رئيس جمعية تجار دمشق",
                id="traders-of-a-city",
            ),
        ],
    )
    def test_post(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال رئيس رابطة أولياء الأمور سامي حداد: «المدارس غير جاهزة».",
                "غير جاهزة",
                "سامي حداد",
                "رئيس رابطة أولياء الأمور",
                id="parents-named",
            ),
            pytest.param(
                "وقال رئيس نقابة عمال مصر أحمد سعيد إن «الإضراب مستمر».",
                "الإضراب مستمر",
                "أحمد سعيد",
                "رئيس نقابة عمال مصر",
                id="workers-named",
            ),
            pytest.param(
                "وقال رئيس نقابة عمال النسيج إن «الإضراب مستمر».",
                "الإضراب مستمر",
                "رئيس نقابة عمال النسيج",
                "رئيس نقابة عمال النسيج",
                id="workers-of-a-trade",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)


class TestUrgedGluedToWaw:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وحث رئيس الوزراء السكان على «البقاء في منازلهم حتى انتهاء العاصفة».",
                "البقاء في",
                "رئيس الوزراء",
                "رئيس الوزراء",
                id="the-inhabitants-urged",
            ),
            pytest.param(
                "وحث رئيس الوزراء المواطنين على البقاء في منازلهم، وقال: «العاصفة قوية».",
                "العاصفة قوية",
                "رئيس الوزراء",
                "رئيس الوزراء",
                id="then-said",
            ),
            pytest.param(
                "فحث الأمين العام الدول الأعضاء على «الوفاء بالتزاماتها المالية».",
                "الوفاء",
                "الأمين العام",
                "الأمين العام",
                id="glued-to-fa",
            ),
            pytest.param(
                "وقال الرئيس سامي حداد إن الوضع صعب. ودعا الأطراف إلى «العودة إلى "
                "طاولة الحوار فورا».",
                "العودة إلى",
                "سامي حداد",
                "الرئيس",
                id="the-parties-called-on",
            ),
            pytest.param(
                "وقال الرئيس سامي حداد إن الوضع صعب. وناشد الجميع «العودة إلى طاولة الحوار فورا».",
                "العودة إلى",
                "سامي حداد",
                "الرئيس",
                id="everyone-appealed-to",
            ),
        ],
    )
    def test_urged(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال الرئيس سامي حداد إن الوضع صعب. وحث الأطراف على «العودة إلى "
                "طاولة الحوار فورا».",
                "العودة إلى",
                "سامي حداد",
                "الرئيس",
                id="urged-glued-no-subject",
            ),
            pytest.param(
                "وحث الرئيس سامي حداد الأطراف على «العودة إلى طاولة الحوار فورا».",
                "العودة إلى",
                "سامي حداد",
                "الرئيس",
                id="urged-glued-a-named-subject",
            ),
            pytest.param(
                "وحثت الوزيرة السكان على «البقاء في منازلهم حتى انتهاء العاصفة».",
                "البقاء في",
                "الوزيرة",
                "الوزيرة",
                id="the-feminine",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)


class TestSpokesmanInItsNameAlone:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال المتحدث باسمها: «لا تعليق لدينا».",
                "لا تعليق",
                "المتحدث باسمها",
                "المتحدث باسمها",
                id="her-name",
            ),
            pytest.param(
                "وقال الناطق الرسمي باسمه: «لا تعليق لدينا».",
                "لا تعليق",
                "الناطق الرسمي باسمه",
                "الناطق الرسمي باسمه",
                id="official-his-name",
            ),
            pytest.param(
                "وقال المتحدث باسمهم إن «الإضراب مستمر».",
                "الإضراب مستمر",
                "المتحدث باسمهم",
                "المتحدث باسمهم",
                id="their-name",
            ),
        ],
    )
    def test_post_as_written(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وأصدرت وزارة الخارجية القطرية بيانا. وقال المتحدث باسمها: «لا تعليق لدينا».",
                "لا تعليق",
                "المتحدث باسم وزارة الخارجية القطرية",
                "المتحدث باسم وزارة الخارجية القطرية",
                id="a-body-in-view",
            ),
            pytest.param(
                "وقال المتحدث باسمها سامي: «لا تعليق لدينا».",
                "لا تعليق",
                "سامي",
                "المتحدث باسمها",
                id="named",
            ),
            pytest.param(
                "وقالت باسمة حداد: «لا تعليق لدينا».",
                "لا تعليق",
                "باسمة حداد",
                None,
                id="the-name-basima",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str | None) -> None:
        _check(text, fragment, speaker, role)


class TestWorkersToldOrTheirBody:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "قال وزير العمل لعمال مصر إن «الأجور سترتفع».",
                "الأجور سترتفع",
                "وزير العمل",
                "وزير العمل",
                id="workers-of-a-country-told",
            ),
            pytest.param(
                "وقال وزير التعليم لطلاب المدارس: «الامتحانات في موعدها».",
                "في موعدها",
                "وزير التعليم",
                "وزير التعليم",
                id="students-told",
            ),
            pytest.param(
                "وقال رئيس الاتحاد العام لعمال مصر أحمد سعيد إن «الأجور ضعيفة».",
                "الأجور ضعيفة",
                "أحمد سعيد",
                "رئيس الاتحاد العام لعمال مصر",
                id="the-workers-union-named",
            ),
            pytest.param(
                "وقال رئيس الاتحاد العام لعمال مصر إن «الأجور ضعيفة».",
                "الأجور ضعيفة",
                "رئيس الاتحاد العام لعمال مصر",
                "رئيس الاتحاد العام لعمال مصر",
                id="the-workers-union-unnamed",
            ),
        ],
    )
    def test_reading(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال رئيس النقابة العامة لعمال النسيج أحمد سعيد إن «الأجور ضعيفة».",
                "الأجور ضعيفة",
                "أحمد سعيد",
                "رئيس النقابة العامة لعمال النسيج",
                id="a-trades-workers-union",
            ),
            pytest.param(
                "وقال نقيب الاتحاد الوطني للصحفيين: «الحرية مهددة».",
                "الحرية مهددة",
                "نقيب الاتحاد الوطني للصحفيين",
                "نقيب الاتحاد الوطني للصحفيين",
                id="the-journalists-union",
            ),
            pytest.param(
                "وقال وزير الخارجية للصحفيين: «الحرية مهددة».",
                "الحرية مهددة",
                "وزير الخارجية",
                "وزير الخارجية",
                id="the-press-told",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)


class TestTheOneMetAfterAHostInConstruct:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "واستقبل رئيس الجمهورية سفيرة فرنسا آن ماري، وقالت له: «نحن ندعمكم».",
                "نحن ندعمكم",
                "آن ماري",
                "سفيرة فرنسا",
                id="the-president-receives",
            ),
            pytest.param(
                "والتقى وزير الخارجية سفيرة فرنسا آن ماري، وقالت له: «نحن ندعمكم».",
                "نحن ندعمكم",
                "آن ماري",
                "سفيرة فرنسا",
                id="the-minister-meets",
            ),
            pytest.param(
                "والتقى الوزير سفيرة فرنسا آن ماري، وقالت له: «نحن ندعمكم».",
                "نحن ندعمكم",
                "آن ماري",
                "سفيرة فرنسا",
                id="a-bare-host-a-country",
            ),
            pytest.param(
                "واستقبلت رئيسة الحكومة سفير فرنسا جان بيير، وقال لها: «نحن ندعمكم».",
                "نحن ندعمكم",
                "جان بيير",
                "سفير فرنسا",
                id="a-woman-host",
            ),
        ],
    )
    def test_met(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "والتقى المحافظ رئيسة الجمعية منى خليل، وقالت له: «نحن ندعمكم».",
                "نحن ندعمكم",
                "منى خليل",
                "رئيسة الجمعية",
                id="a-bare-host-a-body",
            ),
            pytest.param(
                "واستقبل رئيس الجمهورية سفيرة فرنسا، وقالت له: «نحن ندعمكم».",
                "نحن ندعمكم",
                "سفيرة فرنسا",
                "سفيرة فرنسا",
                id="unnamed",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)


class TestTheOpposingBloc:
    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "ودعا رئيس الكتلة المعارضة إلى «حوار وطني شامل دون شروط مسبقة».",
                "حوار وطني",
                "رئيس الكتلة المعارضة",
                id="the-bloc",
            ),
            pytest.param(
                "ودعا رئيس الكتلة المعارضة إلى الحوار، وقال: «لا حل غير ذلك».",
                "لا حل",
                "رئيس الكتلة المعارضة",
                id="then-said",
            ),
            pytest.param(
                "ودعا رئيس الجبهة المعارضة إلى «حوار وطني شامل».",
                "حوار وطني",
                "رئيس الجبهة المعارضة",
                id="the-front",
            ),
            pytest.param(
                "ودعا زعيم الأحزاب المعارضة إلى «حوار وطني شامل».",
                "حوار وطني",
                "زعيم الأحزاب المعارضة",
                id="the-parties",
            ),
        ],
    )
    def test_adjective(self, text: str, fragment: str, speaker: str) -> None:
        _check(text, fragment, speaker, speaker)

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "ودعا رئيس الحكومة المعارضة إلى «حوار وطني شامل».",
                "حوار وطني",
                "رئيس الحكومة",
                id="the-government-calls-on",
            ),
            pytest.param(
                "ودعا رئيس الجمهورية المعارضة إلى «حوار وطني شامل».",
                "حوار وطني",
                "رئيس الجمهورية",
                id="the-president-calls-on",
            ),
            pytest.param(
                "وأبلغت رئيسة اللجنة الوزيرة أن «التقرير جاهز».",
                "التقرير جاهز",
                "رئيسة اللجنة",
                id="a-woman-told",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str) -> None:
        _check(text, fragment, speaker, speaker)


class TestGeneralBeforeThat:
    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "قال حسين الأمين العام إن «الحزب سيشارك في الانتخابات».",
                "الحزب سيشارك",
                "حسين",
                "الأمين العام",
                id="one-word-name",
            ),
            pytest.param(
                "وقال سامي حداد الأمين العام إن «الحزب سيشارك في الانتخابات».",
                "الحزب سيشارك",
                "سامي حداد",
                "الأمين العام",
                id="two-word-name",
            ),
            pytest.param(
                "وقال سامي حداد المدير العام في تصريح: «الشركة رابحة».",
                "الشركة رابحة",
                "سامي حداد",
                "المدير العام",
                id="before-a-preposition",
            ),
        ],
    )
    def test_general(self, text: str, fragment: str, speaker: str, role: str) -> None:
        _check(text, fragment, speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال الوزير سامي حداد العام الماضي إن «الحزب سيشارك في الانتخابات».",
                "الحزب سيشارك",
                "سامي حداد",
                "الوزير",
                id="last-year",
            ),
            pytest.param(
                "وقال حسين الأمين إن «الحزب سيشارك في الانتخابات».",
                "الحزب سيشارك",
                "حسين الأمين",
                None,
                id="a-compound-name",
            ),
            pytest.param(
                "وقال سامي حداد المدير العام: «الشركة رابحة».",
                "الشركة رابحة",
                "سامي حداد",
                "المدير العام",
                id="before-the-colon",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str | None) -> None:
        _check(text, fragment, speaker, role)
