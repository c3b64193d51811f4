"""Speakers from the development sets' misses (dev35s, sixth session of
2026-12-07).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestSpeechGivenUnderATitle:
    """ "ألقى X عظة بعنوان: «…»، قال فيها: «…»": the speech's title in marks
    after بعنوان (or "تحت عنوان"), a reference in brackets after it, stands
    between the speech and the verb that tells what was in it; whoever
    delivered the speech speaks in it (speech_giver), a sermon (عظة،
    خطبة) as well as a speech. And an occasion noun no one is named
    ("كلمة", "عظة") right after a bare title is the verb's object, never
    the name of the one titled ("ألقى الرئيس كلمة")."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "ترأس المطران يوسف الحداد قداس الأحد في كنيسة البلدة بحضور الوزير "
                "السابق نبيل عازار وحشد من المؤمنين. وبعد الإنجيل ألقى الحداد عظة "
                'بعنوان: "طوبى للساعين إلى السلام"، قال فيها: "إن الوطن يحتاج إلى '
                'المصالحة قبل أي شيء آخر".\n',
                "يحتاج إلى المصالحة",
                "يوسف الحداد",
            ),
            (
                "افتتح المؤتمر الاقتصادي صباح أمس في العاصمة. "
                'وألقى الرئيس كلمة قال فيها: "لن نسمح بانهيار العملة الوطنية".\n',
                "بانهيار العملة",
                "الرئيس",
            ),
            (
                "اختتمت الرياضة الروحية مساء أمس في دير البلدة. "
                'وألقى المطران عظة قال فيها: "لا خلاص للوطن من دون توبة صادقة".\n',
                "توبة صادقة",
                "المطران",
            ),
            (
                "افتتح المعرض الدولي للكتاب أمس في حضور الوزير السابق رامي فرح. "
                "وألقى السفير كلمة بعنوان «جسور الثقافة» قال فيها: «الكتاب أقوى من الحدود».\n",
                "أقوى من الحدود",
                "السفير",
            ),
        ],
    )
    def test_the_one_who_gave_it_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a family name that is an occasion noun too stays the name
            (
                'ألقى الوزير سامي خطاب كلمة قال فيها: "المخزون يكفي ستة أشهر".\n',
                "المخزون يكفي",
                "سامي خطاب",
            ),
            # a speaker named in full before the title, as before
            (
                "ألقى الوزير خالد العمري محاضرة بعنوان: «الطريق إلى الغد»، قال فيها: "
                "«الإصلاح يبدأ من المدرسة».\n",
                "يبدأ من المدرسة",
                "خالد العمري",
            ),
            (
                "احتفلت الرعية بعيدها السنوي بحضور المطران سمعان الخوري والنائب السابق "
                'جورج سليمان. وألقى الخوري عظة بعنوان "لا تخافوا" (متى 14:27)، قال فيها: '
                '"على المسؤولين أن يصغوا إلى وجع الناس".\n',
                "يصغوا إلى وجع",
                "سمعان الخوري",
            ),
            (
                "أمّ الشيخ عمر الفاروقي المصلين في المسجد الكبير بحضور المحافظ سليم داود. "
                "وألقى الفاروقي خطبة تحت عنوان «الأمانة في العمل»، قال فيها: "
                "«من غش في عمله فقد خان وطنه».\n",
                "خان وطنه",
                "عمر الفاروقي",
            ),
            # another verb's explicit speaker after the title keeps his words
            (
                'ألقى المطران يوسف الحداد عظة بعنوان "طوبى للساعين إلى السلام"، '
                'ثم قال النائب سامي عون: "نحن مع المصالحة".\n',
                "نحن مع المصالحة",
                "سامي عون",
            ),
        ],
    )
    def test_near_misses_keep_their_speaker(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestFamilyNameAloneGoesOn:
    """ "وأكد العمري أن …. ولفت إلى أن بيان الجامعة العربية الأخير يشكك في ….
    وتابع «…»": verbs of saying with no subject of their own go on with the
    subject of the one that opened the chain, a family name alone too (it
    runs on past no name, as a phrase of several words with no post may);
    the statement or the body the that-clause between names is what he
    told of, not who goes on."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "وأكد العمري في مقابلة مع قناة محلية، أن بلاده تدعم الحوار. ولفت إلى أن "
                "بيان الجامعة العربية الأخير يشكك في مستقبل الاتفاقيات. "
                'وتابع "من الواضح أن السلام في المنطقة ليس قضية ثنائية".\n',
                "ليس قضية ثنائية",
                "العمري",
            ),
            (
                "وقال الزعبي في مؤتمر صحفي إن الحكومة ستفي بوعودها. وأشار إلى أن بيان "
                'مجلس النواب الأخير يطالب بمحاسبة المقصرين. وأضاف "لن نتهرب من أي مساءلة".\n',
                "لن نتهرب",
                "الزعبي",
            ),
            (
                "وقال الزعبي في مؤتمر صحفي إن الحكومة ستفي بوعودها. وأشار إلى أن بيان "
                'البرلمان يطالب بمحاسبة المقصرين. وأضاف "لن نتهرب من أي مساءلة".\n',
                "لن نتهرب",
                "الزعبي",
            ),
        ],
    )
    def test_the_family_name_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "وأوضح المنصوري أن المفاوضات ما زالت في بدايتها. ولفت إلى أن تقرير الأمم "
                "المتحدة الأخير لم يحدد موعدا للجولة المقبلة. "
                'وتابع: "نحن لا نستعجل أي اتفاق".\n',
                "لا نستعجل",
                "المنصوري",
            ),
            # a person the that-clause names with a post does not go on
            (
                "وأكد العمري أن بلاده تدعم الحوار. ولفت إلى أن الوزير سامي داود أبلغه "
                'بموعد الجولة المقبلة. وتابع "من الواضح أن السلام ليس قضية ثنائية".\n',
                "ليس قضية ثنائية",
                "العمري",
            ),
            # a new speaker named with his own verb goes on
            (
                "وأكد العمري أن بلاده تدعم الحوار. وقال الوزير سامي داود إن الجولة "
                'المقبلة ستعقد الشهر القادم. وتابع "من الواضح أن السلام ليس قضية ثنائية".\n',
                "ليس قضية ثنائية",
                "سامي داود",
            ),
            # the statement itself, told with جاء في, speaks
            (
                "وأكد العمري أن بلاده تدعم الحوار. ولفت إلى أن بيان الجامعة العربية "
                "الأخير يشكك في مستقبل الاتفاقيات. "
                'وجاء في البيان "إن السلام في المنطقة ليس قضية ثنائية".\n',
                "ليس قضية ثنائية",
                "البيان",
            ),
        ],
    )
    def test_near_misses_keep_their_speaker(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestHonorificInThePostsGenitive:
    """ "وقال مدير مكتب السيد X في البصرة Z Q": a person's honorific (السيد،
    الشيخ) after a noun in construct with no article that is not the
    title's head ("مكتب") opens that noun's genitive, the one whose office
    it is; the post reads on (where it is held too) to its holder's name,
    who speaks, as "مدير مكتب X في البصرة Z Q" without the honorific does."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "وقال مدير مكتب السيد الحكيم في البصرة كريم العبادي لوكالة الأنباء، "
                '"الحشود تملأ الساحات منذ الصباح".\n',
                "تملأ الساحات",
                "كريم العبادي",
            ),
            (
                "وقال مدير مكتب السيد الحكيم كريم العبادي لوكالة الأنباء، "
                '"الحشود تملأ الساحات منذ الصباح".\n',
                "تملأ الساحات",
                "كريم العبادي",
            ),
            (
                'وقال مدير مكتب الشيخ الخالدي في الكوفة سعد الموسوي، "الزيارة ستتم غدا".\n',
                "ستتم غدا",
                "سعد الموسوي",
            ),
            (
                'وقالت مديرة مكتب السيدة الهاشمي في عمان سلمى الخطيب إن "الزيارة أُجلت".\n',
                "الزيارة أ",
                "سلمى الخطيب",
            ),
        ],
    )
    def test_the_holder_named_after_the_post_speaks(
        self, text: str, words: str, speaker: str
    ) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # the honorific right after the post: the one advised is named
            (
                'وقال مستشار الشيخ حمد الثاني: "المفاوضات مستمرة".\n',
                "المفاوضات مستمرة",
                "مستشار الشيخ حمد الثاني",
            ),
            # after a definite genitive the honorific opens the holder's name
            (
                'وقال وزير الخارجية الدكتور فيصل المقداد: "المفاوضات مستمرة".\n',
                "المفاوضات مستمرة",
                "فيصل المقداد",
            ),
            (
                'وقال رئيس مجلس الشيخ سالم العلي للتنمية: "المفاوضات مستمرة".\n',
                "المفاوضات مستمرة",
                "سالم العلي",
            ),
        ],
    )
    def test_near_misses_keep_their_speaker(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestAWomansHonorificMakesHerAWoman:
    """ "أما السيدة X عضو قيادة الحزب في Y فقالت: …": a woman's honorific
    (السيدة، الدكتورة، الشيخة …) opening the phrase makes its person a
    woman, whatever the post after her name (عضو، مدير: no feminine
    ending), so that a feminine verb agrees with her."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "وقال السيد فادي سليم: الصوت سيظل مسموعا في كل مكان. اما السيدة هدى "
                "سلوم عضو قيادة شعبة الحزب في الشيخ بدر فقالت: نحن اليوم نقف وقفة "
                "عز ضد هذه القرارات.\n",
                "نقف وقفة عز",
                "هدى سلوم",
            ),
            (
                "أما السيدة منى الأحمد عضو مجلس إدارة الجمعية في اللاذقية فقالت: "
                '"المساعدات لم تصل إلى القرى بعد".\n',
                "لم تصل إلى القرى",
                "منى الأحمد",
            ),
            (
                "وأكد رئيس البلدية أن الأعمال مستمرة. أما الدكتورة ريم العلي مدير "
                'المستشفى الوطني في حماة فقالت: "نحتاج إلى مزيد من الأطباء".\n',
                "مزيد من الأطباء",
                "ريم العلي",
            ),
        ],
    )
    def test_the_feminine_verb_agrees_with_her(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                'أما السيدة منى الأحمد فقالت: "المساعدات لم تصل إلى القرى بعد".\n',
                "لم تصل إلى القرى",
                "منى الأحمد",
            ),
            (
                'أما السيد سامي عون عضو مجلس النقابة في حمص فقال: "الأجور لا تكفي".\n',
                "الأجور لا تكفي",
                "سامي عون",
            ),
            (
                'وقال السيد سامي عون عضو مجلس النقابة في حمص إن "الأجور لا تكفي".\n',
                "الأجور لا تكفي",
                "سامي عون",
            ),
        ],
    )
    def test_near_misses_keep_their_speaker(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker
