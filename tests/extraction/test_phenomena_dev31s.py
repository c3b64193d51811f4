"""Speakers from the development sets' misses (dev31s, first session of
2026-12-07).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestReplyWithLamOfWhatFollowed:
    """ "ليرد X: «…»", "لترد X بحزم: «…»": the present of رد glued to the lam
    of what followed opens a reply, its subject the speaker (as "فرد X",
    "ويرد X" do; the cue landed with dev31d, 0fb15c8c, and is checked here
    again), and a manner noun glued to بـ after a one-word name ("بإصرار",
    "بعصبية") is how, not part of the name (the rule of this class)."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                'وقال أحد الحاضرين من القاعة: "لا أستطيع أن أتكلم، فقد وصل الوزير". '
                'ليرد الحمادي ممازحاً، "هل تريدني أن أخرج"\n',
                "هل تريدني",
                "الحمادي",
            ),
            (
                'قالت الوزيرة سلمى داود إن "الموازنة جاهزة للتصويت". '
                'لترد النائبة ليلى حسن: "الموازنة لم تصل إلى اللجنة بعد".\n',
                "لم تصل إلى اللجنة",
                "ليلى حسن",
            ),
            (
                "وعلى وقع التصفيق، قال العمدة كريم منصور: «المدينة ستتغير خلال عام» "
                "ليرد المعارض فادي نصار بانفعال: «لا أحد يصدق هذه الوعود بعد اليوم!».\n",
                "لا أحد يصدق",
                "فادي نصار",
            ),
        ],
    )
    def test_the_reply_is_its_subject_s(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "قال المدرب سمير العلي: «اللاعبون متعبون». "
                "ليجيبه الزاهي بإصرار: «سنلعب المباراة كاملة مهما حدث».\n",
                "سنلعب المباراة",
                "الزاهي",
            ),
            (
                "قالت المديرة سلوى حداد: «القرار نهائي». "
                "فردت الجبوري بعصبية: «هذا القرار لن يمر دون نقاش».\n",
                "هذا القرار لن يمر",
                "الجبوري",
            ),
            (
                'قال الوزير سمير داود إن "الأسعار مستقرة". '
                'ليرد العلوي بعصبية: "الأسعار تضاعفت في كل الأسواق".\n',
                "الأسعار تضاعفت",
                "العلوي",
            ),
        ],
    )
    def test_a_manner_noun_is_no_word_of_the_name(
        self, text: str, words: str, speaker: str
    ) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a purpose: he went to the rostrum to reply, his own words
            (
                'عاد الوزير سمير داود إلى المنصة ليرد على النواب: "لن نتراجع عن القرار".\n',
                "لن نتراجع",
                "سمير داود",
            ),
            # the present of "came" with the lam, in a document: no reply
            (
                'وقال الوزير سمير داود إن "الأمر محسوم" وجاء ليرد على الأسئلة قائلا '
                '"لا تراجع عن الخطة".\n',
                "لا تراجع",
                "سمير داود",
            ),
        ],
    )
    def test_a_purpose_keeps_the_verb_s_subject(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestPresidentAloneAfterHonorificSpeaker:
    """ "أوضح السيد X أن «…». وأعرب الرئيس عن أمله في أن «…»": the bare
    president, whom no one in the text is named as, after a speaker the text
    names with a plain honorific (السيد، السيدة) and no post anywhere, is
    that speaker, who holds it (his role in all his words)."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "وخلال لقائه الدوري بالصحفيين، أوضح السيد ماهر الخطيب أنه "
                '"لا توجد أي أزمة مع دول الجوار بل بالعكس نحن متفقون". '
                "وأعرب الرئيس عن أمله في أن تنجح القمة لا سيما وأن "
                '"المنطقة كلها تحتاجها", مضيفا بالقول: "كفانا من الانقسام".\n',
                "كفانا من الانقسام",
                "ماهر الخطيب",
            ),
            (
                "وأكد السيد الزبيدي في افتتاح المعرض أن «الصناعة الوطنية تتقدم بثبات». "
                "ونبه الرئيس إلى أن «الدولة ستدعم كل مصنع جديد في الجنوب».\n",
                "الدولة ستدعم",
                "الزبيدي",
            ),
            (
                "قالت السيدة سلمى داود أمام الوفد إن “الإصلاحات لن تتوقف”. "
                "وشددت الرئيسة على أن “الشباب أولوية هذه المرحلة”.\n",
                "الشباب أولوية",
                "سلمى داود",
            ),
        ],
    )
    def test_the_president_is_the_speaker(self, text: str, words: str, speaker: str) -> None:
        q = one(text, words)
        assert q.speaker == speaker
        assert q.role in ("الرئيس", "الرئيسة")

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # no honorific: any president may be meant
            (
                'أكد ماهر الخطيب أن "لا أزمة مع دول الجوار". '
                'وأكد الرئيس أن "المنطقة كلها تحتاج إلى القمة".\n',
                "المنطقة كلها",
                "الرئيس",
            ),
            # the speaker has a post of his own: the president is another
            (
                'قال السيد ماهر الخطيب، رئيس الحزب، إن "الانتخابات نزيهة". '
                'وقال الرئيس إن "الدستور سيعدل قريبا".\n',
                "الدستور سيعدل",
                "الرئيس",
            ),
            # a nisba: a foreign president
            (
                'أكد السيد ماهر الخطيب أن "لا أزمة مع دول الجوار". '
                'وأكد الرئيس الفرنسي أن "المنطقة كلها تحتاج إلى القمة".\n',
                "المنطقة كلها",
                "الرئيس الفرنسي",
            ),
        ],
    )
    def test_the_president_speaks_for_himself(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestHeadOfStateIsThePresidentNamed:
    """ "قال الرئيس X إن «…». وأردف رئيس الجمهورية قائلا: «…»": the head of
    the state itself (رئيس الجمهورية، رئيس الدولة، رئيسة البلاد) is the one
    the text named with the president alone as his title, who takes the
    fuller post."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                'قال الرئيس ماهر الخطيب إن "البلاد تجاوزت الأزمة". '
                'وأردف رئيس الجمهورية قائلا: "البعض ظن أنني تعبت لكنكم تعرفون الحقيقة".\n',
                "البعض ظن",
                "ماهر الخطيب",
            ),
            (
                "وفي حوار مع صحيفة محلية، أكد الرئيس عادل الزبيدي أن «الاقتصاد يتعافى». "
                "وأضاف رئيس الدولة: «لن نقبل أي تدخل في شؤوننا الداخلية».\n",
                "لن نقبل أي تدخل",
                "عادل الزبيدي",
            ),
            (
                "قالت الرئيسة سلمى داود إن “الانتخابات في موعدها”. "
                "وتابعت رئيسة الجمهورية: “على الجميع احترام النتائج”.\n",
                "على الجميع احترام",
                "سلمى داود",
            ),
        ],
    )
    def test_the_head_of_state_is_the_president(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a president with a nisba: a foreign head of state
            (
                'قال الرئيس الأمريكي جون سميث إن "العلاقات ممتازة". '
                'وأردف رئيس الجمهورية قائلا: "نحن نرحب بهذا الموقف الإيجابي".\n',
                "نحن نرحب",
                "رئيس الجمهورية",
            ),
            # another head: the government's, not the state's
            (
                'قال الرئيس ماهر الخطيب إن "البلاد تجاوزت الأزمة". '
                'وقال رئيس الحكومة: "الأسعار ستنخفض خلال الشهر المقبل".\n',
                "الأسعار ستنخفض",
                "رئيس الحكومة",
            ),
        ],
    )
    def test_another_head_speaks_for_himself(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestEntryOrExitIsNoName:
    """ "رفض الوزير المصري دخول قوات أجنبية": the first-form verbal nouns of
    entering and leaving (دخول، خروج) after a title and its nisba are the
    verb's object, no family name; the bare title is the person named with
    it before, who speaks the next subjectless verb of saying."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "نشر موقع إخباري تقريرا يشير إلى أن الوزير المصري سامح فوزي الذي التقى "
                "الجنرال جون سميث في القاهرة أقر بتنسيق العمليات. وأضاف فوزي "
                '"سنواصل القول إن هذه العمليات عملياتنا".\n\n'
                "وبحسب الوثائق، رفض الوزير المصري دخول قوات أجنبية إلى المنطقة، "
                'طالبا منهم البقاء في القاعدة. وقال إلى مسؤولين أوروبيين "عليكم أن '
                'تبقوا في القاعدة الجوية".\n',
                "عليكم أن تبقوا",
                "سامح فوزي",
            ),
            (
                'قال السفير التركي مراد أوغلو إن "المفاوضات متعثرة". '
                "وعارض السفير التركي خروج البعثة من العاصمة، "
                'وقال للصحفيين "هذا قرار متسرع لا نقبله".\n',
                "هذا قرار متسرع",
                "مراد أوغلو",
            ),
            (
                "وكانت الوزيرة الأردنية ليلى الخطيب قد زارت المعبر أمس. "
                "وانتقدت الوزيرة الأردنية دخول الشاحنات دون تفتيش، "
                "وقالت: «لن نسمح بتكرار ذلك أبدا».\n",
                "لن نسمح بتكرار",
                "ليلى الخطيب",
            ),
        ],
    )
    def test_the_title_is_the_one_named(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a name after the title and its nisba stays a name
            (
                'وقال الوزير المصري دحلان إن "الحدود ستفتح غدا أمام الشاحنات".\n',
                "الحدود ستفتح",
                "دحلان",
            ),
            # the name then the verbal noun: the name speaks
            (
                "رفض الوزير المصري سامح فوزي دخول القوات إلى المنطقة، "
                'وقال "عليكم أن تبقوا في القاعدة الجوية".\n',
                "عليكم أن تبقوا",
                "سامح فوزي",
            ),
        ],
    )
    def test_a_name_stays_a_name(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestTheVoiceThatRoseIsItsOwner:
    """ "هنا علا صوت X بوجه Y قائلا: «…»", "فارتفع صوت X قائلا": one voice
    rising (علا، ارتفع) with its owner after "صوت" is that owner speaking,
    the participle's agent (not the one the voice rose at, nor the last
    speaker), when no verb of saying stands between."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "قال الحمادي: «لا تراجع عن القرار». هنا علا صوت سمير داود بوجه الحمادي "
                "قائلاً: «اذهب أنت وشاهد الدمار بنفسك!»\n",
                "اذهب أنت وشاهد",
                "سمير داود",
            ),
            (
                "قالت الوزيرة ليلى حسن: «الموازنة لن تتغير». هنا علت صرخات النواب "
                "وارتفع صوت فادي نصار قائلا: «هذه مهزلة لن نقبلها!»\n",
                "هذه مهزلة",
                "فادي نصار",
            ),
            (
                "وخلال الجلسة الصاخبة، علا صوت النائب كريم منصور على رئيس المجلس "
                "سامي عواد قائلا: «أين ذهبت أموال الإعمار؟»\n",
                "أين ذهبت أموال",
                "كريم منصور",
            ),
            (
                "قال رئيس البلدية عادل الزبيدي إن «المشروع سينجز في موعده». وعلا صوت "
                "أحد السكان قائلا: «لقد سمعنا هذا الوعد منذ عشر سنوات!»\n",
                "لقد سمعنا هذا الوعد",
                "أحد السكان",
            ),
        ],
    )
    def test_the_owner_of_the_voice_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a verb of saying after the voice: its subject speaks
            (
                "قال الحمادي: «لا تراجع عن القرار». وعلا صوت الموسيقى في القاعة "
                "فأضاف قائلا: «اذهب أنت وشاهد الدمار بنفسك!»\n",
                "اذهب أنت وشاهد",
                "الحمادي",
            ),
            # no voice: the clause's subject speaks
            (
                "قالت الوزيرة ليلى حسن: «الموازنة لن تتغير». فوقف النائب فادي "
                "نصار في وجهها قائلا: «هذه مهزلة لن نقبلها!»\n",
                "هذه مهزلة",
                "فادي نصار",
            ),
        ],
    )
    def test_no_voice_of_its_own(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestLeaderOfThePartyIsItsHead:
    """ "قال X، الأمين العام لحزب Y، إن «…». وأضاف زعيم الحزب أن «…»": the
    leader (زعيم، زعيمة) of one definite word, the party or the name the
    press gives it, is the head of a party quoted last (two sentences back at
    most), not a new speaker; not the leader of the opposition or of the
    majority, nor after one whose post is no party's."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "قال سمير داود، الأمين العام لحزب الأمل الوطني، إن «الانتخابات "
                "كانت نزيهة». وأضاف زعيم الحزب أن «الحكومة فشلت في كل الملفات».\n",
                "الحكومة فشلت",
                "سمير داود",
            ),
            (
                "وأكد رئيس حزب النهضة الشعبية كريم منصور أن “التحالف باق”. "
                "وتابع زعيم النهضويين قائلا: “لن نترك الحكومة في منتصف الطريق”.\n",
                "لن نترك الحكومة",
                "كريم منصور",
            ),
            (
                'قالت ليلى حسن، رئيسة حزب العدالة الجديدة، إن "الشباب هم المستقبل". '
                'وشددت زعيمة الحزب على أن "القوائم ستتجدد بالكامل".\n',
                "القوائم ستتجدد",
                "ليلى حسن",
            ),
        ],
    )
    def test_the_leader_is_the_party_head(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # the leader of the opposition: another leader
            (
                "قال سمير داود، الأمين العام لحزب الأمل الوطني، إن «الانتخابات "
                "كانت نزيهة». وأضاف زعيم المعارضة أن «الحكومة فشلت في كل الملفات».\n",
                "الحكومة فشلت",
                "زعيم المعارضة",
            ),
            # the last speaker heads no party
            (
                "قال سمير داود، وزير المالية، إن «الموازنة متوازنة». "
                "وأضاف زعيم الحزب أن «الحكومة فشلت في كل الملفات».\n",
                "الحكومة فشلت",
                "زعيم الحزب",
            ),
        ],
    )
    def test_another_leader_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker
