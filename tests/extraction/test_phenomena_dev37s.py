"""Speakers from the development sets' misses (dev37s, seventh session of
2026-12-07).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one, quotes_of


class TestConcludingVerbGoesOn:
    """ "وخلص الناطق الرسمي باسم الحكومة إلى القول إن": a verb of
    concluding (خلص، ختم) goes on with the words of the one quoted just
    before, as أضاف and تابع do: a post with no name as its subject, right
    after a person named with no post anywhere, is that person, who holds
    it (the post spoke for itself)."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            (
                'وأوضح الخطيب، في تصريح للصحافة، أن القرار "جاء متأخرا جدا". '
                'وخلص الناطق الرسمي باسم الحكومة إلى القول إن "الأمن مستتب".\n',
                "الأمن مستتب",
                "الخطيب",
                "الناطق الرسمي باسم الحكومة",
            ),
            (
                'قال الزعبي للصحفيين إن "الحكومة ستواصل الإصلاحات". '
                'وختم وزير الداخلية بالقول: "لن نتراجع".\n',
                "لن نتراجع",
                "الزعبي",
                "وزير الداخلية",
            ),
            (
                'قالت الحسيني في مؤتمر صحفي إن "المستشفيات ممتلئة". '
                'وخلصت رئيسة الهيئة الوطنية للصحة إلى أن "الوباء ينحسر ببطء".\n',
                "ينحسر ببطء",
                "الحسيني",
                "رئيسة الهيئة الوطنية للصحة",
            ),
        ],
    )
    def test_the_one_quoted_goes_on(self, text: str, words: str, speaker: str, role: str) -> None:
        q = one(text, words)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a verb that says anew: the post speaks for itself
            (
                'قال الزعبي للصحفيين إن "الحكومة ستواصل الإصلاحات". '
                'وقال وزير الداخلية إن "الأمن مستتب".\n',
                "الأمن مستتب",
                "وزير الداخلية",
            ),
            # the one quoted before holds another post
            (
                'قال المحامي كريم الزعبي إن "الحكومة ستواصل الإصلاحات". '
                'وخلص وزير العدل إلى القول إن "التقرير منحاز".\n',
                "التقرير منحاز",
                "وزير العدل",
            ),
        ],
    )
    def test_the_post_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestIsNotIsNoNameWord:
    """ "قال X إن القائد العام Y Z ليس خائنا وأضاف «…»": the verb ليس (is
    not), in any of its persons, after a name is the that-clause's verb, no
    word of the name; read as one, "Y Z ليس" was a person met, and the verb
    of saying after the clause took him for its subject."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "قال الشيخ سالم العبيدي رئيس المجلس، إن القائد العام اللواء كمال حداد "
                'ليس خائنا وأضاف "كمال لو كان خائنا لهرب منذ البداية".\n',
                "لهرب منذ",
                "سالم العبيدي",
            ),
            (
                'قال الوزير خالد سعيد إن المدير سامي حداد ليس مسؤولا وأضاف "القرار جماعي".\n',
                "القرار جماعي",
                "خالد سعيد",
            ),
            (
                "أكد رئيس النادي فهد المطيري أن المدرب جمال يوسف ليس سبب الخسارة "
                'وتابع "اللاعبون لم يقدموا شيئا".\n',
                "لم يقدموا",
                "فهد المطيري",
            ),
        ],
    )
    def test_the_one_who_said_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a name that opens with the letters of ليس
            (
                'قال المدرب ليسلي براون إن "الفريق جاهز للمباراة".\n',
                "جاهز للمباراة",
                "ليسلي براون",
            ),
            # the that-clause's subject with a verb of saying of its own
            (
                "قال الوزير خالد سعيد إن المدير سامي حداد ليس مسؤولا، "
                'وقال سامي حداد إن "القرار جماعي".\n',
                "القرار جماعي",
                "سامي حداد",
            ),
        ],
    )
    def test_the_name_stays(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestListItemIsNoSubject:
    """ "وطالب X بإشراك كل الأحزاب، ووضع دستور جديد وأردف: «…»": the last
    item of a list, set off by a comma and joined by و, right before a verb
    of saying joined by و, is no subject of that verb (a subject before its
    verb takes no و between); the sentence's subject goes on."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "وطالب الوزير سعيد خليل خلال الاجتماع أن تشارك كل الأحزاب في الحكم، "
                'وإجراء انتخابات مبكرة وأردف: "لا حل غير ذلك".\n',
                "لا حل غير",
                "سعيد خليل",
            ),
            (
                "ودعا رئيس الحزب كريم سالم إلى حوار وطني، وتشكيل حكومة وحدة "
                'وقال "البلاد في خطر".\n',
                "في خطر",
                "كريم سالم",
            ),
            (
                "وطالب الناظر عثمان بابكر خلال اللقاء بإشراك كل الأقاليم، ووضع دستور جديد "
                'وأضاف : "لن نقبل بغير ذلك".\n',
                "لن نقبل",
                "عثمان بابكر",
            ),
        ],
    )
    def test_the_sentence_subject_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a person joined to the list by و: a name, a post
            (
                'التقى الوزير خالد سعيد بالسفير، ووليد حداد وقال "اللقاء مثمر".\n',
                "اللقاء مثمر",
                "وليد حداد",
            ),
            (
                'قال الوزير خالد سعيد إن "اللقاء مثمر". وحضر الاجتماع مدير الشركة، '
                'ووزير المالية سامي حداد وقال "الأرقام جيدة".\n',
                "الأرقام جيدة",
                "سامي حداد",
            ),
        ],
    )
    def test_the_person_joined_stays(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestOneTalkedWithIsNoSubject:
    """ "وأضاف X، في مداخلة هاتفية، مع الإعلامي Y، أنه …. وتابع: «…»": a
    titled person right after a preposition set off by commas is its
    object, the one talked with or to, not the subject of the sentence's
    verb; a verb of saying opening the next sentence goes on with X."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                'قال سامي العبد، سائق الحافلة، إن "الطريق كان مزدحما".\n'
                "وأضاف العبد، في مداخلة هاتفية، مع الإعلامي عمرو أديب، أنه لم يرَ شيئا.\n"
                "وتابع: «كنت أقود ببطء».\n",
                "أقود ببطء",
                "سامي العبد",
            ),
            (
                'قال المزارع كريم يوسف إن "المحصول ضعيف هذا العام".\n'
                "وأكد يوسف، في حديث هاتفي، إلى مراسل الوكالة سعيد حسن، أن الأمطار تأخرت.\n"
                "وأضاف: «خسرنا نصف الموسم».\n",
                "نصف الموسم",
                "كريم يوسف",
            ),
            (
                'قالت الطبيبة ليلى منصور إن "المستشفى يفتقر إلى الأدوية".\n'
                "وأوضحت منصور، في اتصال هاتفي، مع المذيعة رنا الحسن، أن المرضى ينتظرون.\n"
                "وتابعت: «لا نملك حتى المسكنات».\n",
                "حتى المسكنات",
                "ليلى منصور",
            ),
        ],
    )
    def test_the_last_speaker_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # the titled subject of a verb after a fronted adverbial's comma
            (
                'قال المزارع كريم يوسف إن "المحصول ضعيف هذا العام".\n'
                "وفي السوق، يقف البائع سعيد حسن أمام متجره منذ الصباح.\n"
                "يقول: «الأرض عطشى».\n",
                "الأرض عطشى",
                "سعيد حسن",
            ),
            (
                'قالت المعلمة هدى سالم إن "المدرسة بحاجة إلى ترميم".\n'
                "وفي الحي المجاور، تعمل الممرضة سعاد كريم في مستوصف صغير منذ سنوات.\n"
                "تقول: «الأطفال يمرضون كثيرا».\n",
                "يمرضون كثيرا",
                "سعاد كريم",
            ),
        ],
    )
    def test_the_subject_brought_in_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestNamedTopicBeforeAdverbial:
    """ "السوداني وفي مقابلة أجرتها معه صحيفة …، أكد أن": a named person
    opening the sentence, then an adverbial of when or where joined by و
    (a comma before it or not) running up to the verb of saying: the
    verb's subject, fronted before the adverbial (a house style of the
    Iraqi and Gulf press); a participle after the verb goes on with him."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "الحكيم وفي لقاء أجرته معه قناة محلية أكد أن البلاد بخير، "
                'مشددا بالقول "لن نسمح بالفوضى".\n',
                "لن نسمح",
                "الحكيم",
            ),
            (
                'الجبوري وخلال زيارته إلى المحافظة أوضح أن "المشاريع ستستأنف قريبا".\n',
                "ستستأنف قريبا",
                "الجبوري",
            ),
            (
                'العامري وعند وصوله إلى المطار أكد أن "الحوار هو الحل".\n',
                "الحوار هو",
                "العامري",
            ),
            (
                'قاسم الزيدي وبعد لقائه بالمحافظ قال إن "الأزمة في طريقها إلى الحل".\n',
                "في طريقها",
                "قاسم الزيدي",
            ),
        ],
    )
    def test_the_topic_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a place, a common noun opening the sentence: no speaker of theirs
            (
                'قال الوزير سامي حداد إن "الوضع مستقر". بغداد وفي ظل الأزمة الحالية '
                'تشهد ازدحاما كبيرا، وأضاف "الحل قريب".\n',
                "الحل قريب",
                "سامي حداد",
            ),
            (
                'قال الوزير سامي حداد إن "الوضع مستقر". المواطنون وفي مقدمتهم الشباب '
                'خرجوا للاحتفال، وأضاف "الشعب سعيد".\n',
                "الشعب سعيد",
                "سامي حداد",
            ),
        ],
    )
    def test_the_speaker_before_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestNameInMarksBeforeLongAsides:
    """ "وأضاف «الرفاعي»، في مداخلة هاتفية ببرنامج «…»، مع الإعلامي X،
    على قناة «…»، الاثنين، أنه": a name met before, set in marks after the
    verb (as some outlets set names), is the verb's subject, not words
    said, however many asides (the programme, the host, the channel, the
    day) run before its that-clause: some thirty tokens."""

    @pytest.mark.parametrize(
        ("text", "name"),
        [
            (
                "قال سامي العبد، سائق الحافلة، إن الطريق كان مزدحما.\n"
                "وأضاف «العبد»، في مداخلة هاتفية ببرنامج «صباح الخير»، مع الإعلامي عمرو "
                "أديب وريم ماجد، على قناة «النهار الجديد»، مساء الاثنين، أنه لم يرَ شيئا.\n",
                "العبد",
            ),
            (
                "قالت الممرضة منى حسين، إن المستشفى مكتظ.\n"
                "وأوضحت «حسين»، في اتصال هاتفي ببرنامج «الحكاية»، مع الإعلامية ليلى "
                "الشريف، عبر فضائية «الأفق»، مساء الخميس، أن المرضى ينامون في الممرات.\n"
                "وتابعت: «لا توجد أسرة كافية».\n",
                "حسين",
            ),
            (
                "قال التاجر كمال الزين، إن الأسعار ارتفعت كثيرا.\n"
                "وأكد «الزين»، خلال لقاء ببرنامج «مساء الخير»، مع المذيع هشام النجار "
                "وسلمى فؤاد، على شاشة «الحياة»، أمس الأحد، أن الزبائن قلوا.\n",
                "الزين",
            ),
        ],
    )
    def test_the_name_is_no_quote(self, text: str, name: str) -> None:
        assert name not in [q.text for q in quotes_of(text)]

    def test_the_speaker_goes_on(self) -> None:
        text = (
            "قالت الممرضة منى حسين، إن المستشفى مكتظ.\n"
            "وأوضحت «حسين»، في اتصال هاتفي ببرنامج «الحكاية»، مع الإعلامية ليلى "
            "الشريف، عبر فضائية «الأفق»، مساء الخميس، أن المرضى ينامون في الممرات.\n"
            "وتابعت: «لا توجد أسرة كافية».\n"
        )
        assert one(text, "أسرة كافية").speaker == "منى حسين"

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            # words said after the asides and a colon
            (
                "قال المدرب حسام البدري، إن الفريق جاهز.\n"
                "ورد المدرب، في مداخلة هاتفية ببرنامج «الملعب»، مع المذيع أحمد شوبير، "
                "على قناة «صدى البلد»، الليلة الماضية: «مستحيل».\n",
                "مستحيل",
            ),
            # a word in marks no one was named by
            (
                "قال المدرب حسام البدري، إن الفريق جاهز.\n"
                "وأضاف «مستحيل»، في مداخلة هاتفية ببرنامج «الملعب»، مع المذيع أحمد "
                "شوبير، على قناة «صدى البلد»، الليلة الماضية، أن نخسر.\n",
                "مستحيل",
            ),
        ],
    )
    def test_the_words_said_stay(self, text: str, words: str) -> None:
        assert words in [q.text for q in quotes_of(text)]


class TestPhotographerIsAPost:
    """ "وقال المصور الصحفي X Y إن", "مصور فيديو الحادثة": a photographer
    (مصور، مصورة) is a post as a journalist is; the name after it is the
    person's (the bare word spoke, the name lost), and after a name it is
    his role."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            (
                'وقال المصور الصحفي كريم حسن إن "الجنود منعوه من التصوير".\n',
                "من التصوير",
                "كريم حسن",
                "المصور الصحفي",
            ),
            (
                'وقالت مصورة الوكالة رنا سعيد إن "الوضع خطير في المخيم".\n',
                "في المخيم",
                "رنا سعيد",
                "مصورة الوكالة",
            ),
            (
                'قال سامي العبد، مصور فيديو الحادثة، إن "الشرطي بدأ بالشتائم".\n',
                "بدأ بالشتائم",
                "سامي العبد",
                "مصور فيديو الحادثة",
            ),
        ],
    )
    def test_the_photographer_is_named(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = one(text, words)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # the adjective "illustrated", "filmed": no post
            (
                'قال الوزير سامي حداد إن "الصور مفبركة". وأضاف أن الكتيب المصور '
                '"مليء بالأكاذيب".\n',
                "بالأكاذيب",
                "سامي حداد",
            ),
            (
                'وعرضت القناة شريطا مصورا للهجوم، وقال المتحدث باسم الجيش إن "المهاجمين فروا".\n',
                "فروا",
                "المتحدث باسم الجيش",
            ),
        ],
    )
    def test_the_adjective_stays(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestParticipantIsAPost:
    """ "وأشارت المشاركة "X Y" إلى أن": a participant (مشارك، مشاركة: in a
    campaign, a sit-in, a workshop) is described by the word as an activist
    is, and the name after it, in marks or not, is the speaker's; the
    verbal noun "participation" stays no person."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                'وأشارت المشاركة "سلمى الراوي" إلى أن "الحملة مستمرة".\n',
                "الحملة مستمرة",
                "سلمى الراوي",
            ),
            ('وقال المشارك "سامر الحلبي" إن "الوقفة سلمية".\n', "الوقفة سلمية", "سامر الحلبي"),
            ('وقالت المشاركة هالة يونس إن "المطالب واضحة".\n', "المطالب واضحة", "هالة يونس"),
        ],
    )
    def test_the_participant_is_named(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "ودعا الوزير سامي حداد إلى المشاركة الواسعة في الانتخابات، "
                'وقال إن "الصوت أمانة".\n',
                "الصوت أمانة",
                "سامي حداد",
            ),
            (
                'وفي مشاركة له في ندوة بالرباط، قال الوزير سامي حداد إن "الإصلاح ضروري".\n',
                "الإصلاح ضروري",
                "سامي حداد",
            ),
            # "with the participation of": the one present, whose post a
            # later bare post names
            (
                "وقال الناطق باسم الحكومة كريم سالم، في مؤتمر صحفي بمشاركة وزير المالية "
                'سامي حداد، إن "الأسعار مستقرة". وسأل صحفي عن الرواتب، فأجاب وزير المالية: '
                '"الزيادة ستصرف الشهر المقبل".\n',
                "الزيادة ستصرف",
                "سامي حداد",
            ),
        ],
    )
    def test_participation_is_no_person(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker
