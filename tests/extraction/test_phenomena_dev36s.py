"""Speakers from the development sets' misses (dev36s, seventh session of
2026-12-07).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestParticleOfAnswerIsNoSpeaker:
    """ "وأضاف نعم: «…»": a particle of answer (نعم، أجل، بلى، كلا) alone
    where the verb's subject would stand opens the words said; the speaker
    before goes on (the particle was read as a one-word name)."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                'قال رئيس النقابة مراد الحسني إن "الإضراب سيستمر". '
                'وأضاف نعم: "لن نتراجع عن مطالبنا".\n',
                "لن نتراجع",
                "مراد الحسني",
            ),
            (
                'سئل الوزير فؤاد العمري عن إمكانية الاستقالة فأجاب بلى: "فكرت في ذلك مرارا".\n',
                "فكرت في ذلك",
                "فؤاد العمري",
            ),
            (
                'قالت المديرة هالة يونس إن "المشروع تأخر كثيرا". '
                'وأضافت أجل، "لكننا سننهيه هذا العام".\n',
                "سننهيه",
                "هالة يونس",
            ),
            (
                'قال المدرب سالم عيسى إن "الفريق جاهز". وتابع كلا: "لن نقبل بالهزيمة في أرضنا".\n',
                "بالهزيمة",
                "سالم عيسى",
            ),
        ],
    )
    def test_the_speaker_before_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # the given name نعم, with a family name after it
            (
                'وقالت نعم الباز للصحيفة: "الكتابة للأطفال مسؤولية كبيرة".\n',
                "مسؤولية كبيرة",
                "نعم الباز",
            ),
            # a name that opens with the particle's letters
            (
                'قال المدير حسن الفقيه إن "الشركة رابحة". '
                'وأضاف نعمان الشريف: "الأرقام تؤكد ذلك".\n',
                "الأرقام تؤكد",
                "نعمان الشريف",
            ),
        ],
    )
    def test_a_name_stays(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestFutureVerbIsNoSubject:
    """ "لن يعلق عليه وسيتركه إلى وقت لاحق": a verb in the future (س and a
    present verb, و glued before it, a pronoun after it) right after a
    verb of saying and its preposition is no subject of that verb; read as
    one, it took the next quote of a sentence with no cue."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "أكد رئيس البلدية السيد نادر الخطيب، مساء الخميس، أن ما حصل في الحي "
                "أمس أمر مؤسف لكن لن يعلق عليه وسيتركه إلى وقت لاحق.\n"
                "وخلال كلمة في الليلة الثالثة من ليالي المهرجان الصيفي الكبير في ساحة "
                'البلدية القديمة، وجه السيد نادر الخطيب الشكر إلى "رجال الإطفاء الذين '
                'خاطروا بحياتهم".\n',
                "رجال الإطفاء",
                "نادر الخطيب",
            ),
            (
                "قال وزير الصحة سليم داود، صباح الاثنين، إن التقرير الأخير خطير جدا "
                "لكن لن يعلق عليه وسيناقشه مع الحكومة.\n"
                "وفي ختام الجولة التي قادته إلى مستشفيات الجنوب الثلاثة برفقة عدد من "
                'مسؤولي الوزارة، حيا الوزير سليم داود "الأطباء الذين واصلوا العمل رغم '
                'الحصار".\n',
                "واصلوا العمل",
                "سليم داود",
            ),
            (
                "صرح المدرب كمال العبيدي أن الحكم أخطأ كثيرا لكن لن يعلق عليه "
                "وسيتركه للجنة.\n"
                "وبعد نهاية المباراة التي انتهت بالتعادل السلبي على أرضية الملعب "
                "البلدي في العاصمة، وجه المدرب كمال العبيدي التحية إلى "
                '"الجماهير التي ساندت الفريق".\n',
                "ساندت الفريق",
                "كمال العبيدي",
            ),
        ],
    )
    def test_the_named_person_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # س, ي and a hollow stem: a name as well ("سيسون", "سيمون")
            ('وتكتب سيسون أن الحريري "بدا أقل ثقة من قبل".\n', "أقل ثقة", "سيسون"),
            (
                'قال المخرج سيمون أسمر إن "المسرح يعيش أزمة حقيقية".\n',
                "يعيش أزمة",
                "سيمون أسمر",
            ),
            ('وقال الوزير سيف الدين علي: "الحكومة ملتزمة بالإصلاح".\n', "ملتزمة", "سيف الدين علي"),
        ],
    )
    def test_a_name_in_sin_stays(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestThingAfterThatIsNoSubjectAcrossAClause:
    """ "… في إشارة إلى أن الملف الاقتصادي شرط أساسي، وبخصوص …، أوضح X أن
    «…»": after أنّ, a definite thing of two words or more (no title, no
    name met or given) set off by a comma is no subject of a verb after
    an aside; the clause after its comma is another, whose verb has its
    own subject (or the speaker before goes on)."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "وقال الوزير سامي ناصر إن الحكومة لن تقبل أي تسوية، في إشارة إلى أن "
                "الملف الاقتصادي شرط أساسي، وبخصوص الاتهامات الأخيرة التي تطال الحكومة "
                "بدعم الميليشيات، أوضح ناصر في تصريحات سابقة أن هذه الاتهامات "
                "“مجرد دعاية مكشوفة”.\n",
                "دعاية مكشوفة",
                "سامي ناصر",
            ),
            (
                "قال النائب عمر الشريف إن الأسعار ارتفعت كثيرا، لافتا إلى أن القطاع "
                "الزراعي أكبر المتضررين،\n"
                "وحول الانتخابات المقبلة التي دعت إليها الحكومة، أكد الشريف أن البرلمان "
                "“لن يقبل التأجيل”.\n",
                "يقبل التأجيل",
                "عمر الشريف",
            ),
            (
                "قال المدير العام وليد سعادة إن الشركة حققت أرباحا، موضحا أن السوق "
                "المحلي مصدر نموها الأول، وعن خطط التوسع في الخارج التي أعلنها المجلس، "
                "قال سعادة إن “الأولوية للسوق المحلي”.\n",
                "الأولوية للسوق",
                "وليد سعادة",
            ),
        ],
    )
    def test_the_verbs_own_subject_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a family name alone with the article
            (
                "وقال المحلل سامي ناصر إن المفاوضات متعثرة، مشيرا إلى أن الغنوشي، وفي "
                "تصريح خاص، أوضح أن هذه الاتهامات “مجرد دعاية مكشوفة”.\n",
                "دعاية مكشوفة",
                "الغنوشي",
            ),
            # a given name with the article, then the family name
            (
                "وقال المحلل سامي ناصر إن المفاوضات متعثرة، مشيرا إلى أن الحبيب الصيد، "
                "وفي تصريح خاص، أوضح أن هذه الاتهامات “مجرد دعاية مكشوفة”.\n",
                "دعاية مكشوفة",
                "الحبيب الصيد",
            ),
            # an unnamed source and an aside about him
            (
                "وقال المحلل سامي ناصر إن المفاوضات متعثرة، مشيرا إلى أن مسؤولا في "
                "الوزارة، طلب عدم نشر اسمه، أوضح أن هذه الاتهامات “مجرد دعاية مكشوفة”.\n",
                "دعاية مكشوفة",
                "مسؤول في الوزارة",
            ),
        ],
    )
    def test_a_subject_before_its_aside_stays(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestPersonGluedToLamIsWhomTheWordsWentTo:
    """ "وتوجه لمنصور قائلا: «…»": a person met before, glued to لـ right
    after the clause's verb, is whom the words went to, never its subject;
    the subject is elided and the speaker before goes on."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "أكد رئيس الحزب، سامي العلوي أن الوزير الأول كمال الجبالي فشل. "
                'وتوجه للجبالي قائلا "ستفشل سياستك وستسقط قريبا".\n',
                "ستفشل سياستك",
                "سامي العلوي",
            ),
            (
                "اعتبر الناشط سليم داود أن الوزير فادي الحسن أخفق في مهمته. "
                'وتوجه للحسن قائلا "عليك أن تعتذر للمواطنين".\n',
                "تعتذر للمواطنين",
                "سليم داود",
            ),
            (
                "أكد المعارض فريد القاسمي أن الرئيس عادل منصور خان الأمانة. "
                'ثم توجه لمنصور قائلا: "التاريخ لن يرحمك".\n',
                "لن يرحمك",
                "فريد القاسمي",
            ),
        ],
    )
    def test_the_speaker_before_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # the one met before, not glued to لـ, is the verb's subject
            (
                "أكد المعارض فريد القاسمي أن الرئيس عادل منصور خان الأمانة. "
                'ثم توجه منصور إلى أنصاره قائلا: "لن أستقيل".\n',
                "لن أستقيل",
                "عادل منصور",
            ),
            # a given name in ل
            (
                "قال الفنان لطفي بوشناق إن الحفل سيقام في موعده. "
                'وتوجه لطفي إلى الحضور قائلا "الفن يوحدنا".\n',
                "الفن يوحدنا",
                "لطفي بوشناق",
            ),
            (
                "أكد رئيس الحزب سامي العلوي أن الأزمة خانقة. وتوجه الفنان لطفي بوشناق "
                'إلى الحضور قائلا "ستفشل سياستك وستسقط قريبا".\n',
                "ستفشل سياستك",
                "لطفي بوشناق",
            ),
        ],
    )
    def test_a_subject_stays(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestDocumentGluedToBaAfterCame:
    """ "وجاء بالبرقية «…»": the document a verb of "it came in" names
    glued to بـ holds the words, as after في ("وجاء في البرقية"); the
    words were given to the one quoted before."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                'ونقلت البرقية عن الوزير سامي عادل قوله إن الوضع "هش للغاية". '
                'وجاء بالبرقية "إنهم يخشون انهيار الهدنة في أي لحظة."\n',
                "انهيار الهدنة",
                "البرقية",
            ),
            (
                'ونقل التقرير عن الوزير سامي عادل قوله إن الوضع "هش للغاية". '
                'وجاء بالتقرير أن "الحكومة تخشى انهيار الهدنة في أي لحظة".\n',
                "انهيار الهدنة",
                "التقرير",
            ),
            (
                "ونشرت الصحيفة مقتطفات من الرسالة التي بعثها رئيس النادي سمير الأحمد "
                'إلى الاتحاد. وجاء بالرسالة: "لن نشارك في البطولة ما لم تتغير اللجنة".\n',
                "لن نشارك",
                "الرسالة",
            ),
        ],
    )
    def test_the_document_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # "came with the letter": its subject before, a verb of saying after
            (
                "وكان الوزير سامي فهد قد غاب عن بداية الاجتماع، ثم جاء بالرسالة وقال: "
                '"هذا قرار الحكومة النهائي".\n',
                "قرار الحكومة",
                "سامي فهد",
            ),
            # "came with the figures": no document
            (
                'وقال الوزير سامي فهد إن "الميزانية جاهزة". وجاء بالأرقام التي '
                '"تثبت صحة موقفنا"، بحسب قوله.\n',
                "تثبت صحة",
                "سامي فهد",
            ),
        ],
    )
    def test_no_document_held(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestMouthpieceInCommas:
    """ "أكدت النقابة، على لسان رئيسها X، أن «…»": the mouthpiece the body
    speaks through, set off by commas, says the words as without them; it
    is no aside on a source ("، بحسب البرقية،"), after which the verb's
    subject speaks."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "أكدت الحركة الشعبية للتغيير، على لسان عضو مكتبها السياسي سامر الخليلي، "
                'أن "الانتخابات المقبلة فرصة أخيرة للإصلاح".\n',
                "فرصة أخيرة",
                "سامر الخليلي",
            ),
            (
                'أكدت النقابة، على لسان رئيسها مراد حداد، أن "الإضراب سيستمر حتى تحقيق المطالب".\n',
                "الإضراب سيستمر",
                "مراد حداد",
            ),
            (
                'وأعلنت الجمعية، بلسان رئيستها هدى سالم، أن "حملة التبرعات تجاوزت كل التوقعات".\n',
                "حملة التبرعات",
                "هدى سالم",
            ),
            (
                'وأكدت الوزارة، على لسان المتحدث باسمها فادي ناصر، أن "اللقاح آمن تماما".\n',
                "اللقاح آمن",
                "فادي ناصر",
            ),
        ],
    )
    def test_the_mouthpiece_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a source in commas is an aside: the verb's subject speaks
            (
                'وقال الوزير سامي عادل، بحسب البرقية، إن "الحكومة لن تتراجع عن الإصلاحات".\n',
                "لن تتراجع",
                "سامي عادل",
            ),
            # without commas, as before
            (
                'أعلن الحزب على لسان أمينه العام كمال يوسف أن "المؤتمر سيعقد في الربيع".\n',
                "المؤتمر سيعقد",
                "كمال يوسف",
            ),
            # what came from someone, the object of a verb before
            (
                "ونقلت الصحيفة ما جاء على لسان الوزير سامي عادل، وأضافت أن "
                '"الحكومة لن تتراجع عن الإصلاحات".\n',
                "لن تتراجع",
                "الصحيفة",
            ),
        ],
    )
    def test_others_stay(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestParticipleAndItsOwnedSubjectInATitle:
    """ "رئيس البرلمان المجمدة أشغاله X": a definite participle describing
    the body and its subject with the body's pronoun (the causal
    adjective) belong to the title, as "المنتهية ولايته" does; the name
    follows (the phrase stopped at the participle, read as the verb's
    object, and the title spoke unnamed)."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            (
                'قال رئيس المجلس المنحلة هيئاته كمال العبيدي إن "القرار غير دستوري".\n',
                "غير دستوري",
                "كمال العبيدي",
                "رئيس المجلس المنحلة هيئاته",
            ),
            (
                'وقالت رئيسة اللجنة المعلقة أعمالها هدى سالم إن "التحقيق سيستأنف قريبا".\n',
                "سيستأنف",
                "هدى سالم",
                "رئيسة اللجنة المعلقة أعمالها",
            ),
            (
                "أكد رئيس الحزب ورئيس البرلمان المجمدة أشغاله رامي السعدي، إن الحكومة "
                "فشلت.\nوتوجه السعدي بكلامه للرئيس قائلا 'لا تهدم هذا البيت ولا تقسم "
                "هذا الشعب'.\n",
                "لا تهدم",
                "رامي السعدي",
                "رئيس الحزب ورئيس البرلمان المجمدة أشغاله",
            ),
        ],
    )
    def test_the_name_after_the_title_speaks(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        quote = one(text, words)
        assert (quote.speaker, quote.role) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a name in ة after a participle: no pronoun
            (
                'قال رئيس الحزب المعارض فاطمة الزهراء إن "الانتخابات مزورة".\n',
                "مزورة",
                "فاطمة الزهراء",
            ),
            # a given name in ه after a noun in الم (a place's shape)
            ('قال رئيس المجلس نبيه بري إن "الحوار هو الحل".\n', "الحوار هو", "نبيه بري"),
            (
                'قال وزير شؤون المجلس عبدالله الفارس إن "الجلسة ستعقد غدا".\n',
                "الجلسة ستعقد",
                "عبدالله الفارس",
            ),
            # a given name in ه after a participle
            ('وقال المدرب المساعد نبيه بري إن "الفريق جاهز للمباراة".\n', "جاهز", "نبيه بري"),
            # a nisba, no participle, before "his counterpart"
            (
                'وقال وزير الخارجية المغربي نظيره الفرنسي إن "العلاقات ممتازة".\n',
                "ممتازة",
                "وزير الخارجية المغربي",
            ),
        ],
    )
    def test_no_owned_subject(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestMannerNounAndItsAdjectives:
    """ "وتوعد برد قوي ومؤلم على أي هجوم … وقال «…»": a manner noun glued to
    بـ ("برد", "بتعليق"), its indefinite adjectives (joined by و) and its
    complement after على are how the subject acted, never who; the subject
    is elided and the speaker before goes on (the adjectives were read as a
    name, with على as "Ali")."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "قال قائد الشرطة العميد سالم حداد إن قواته جاهزة.\n"
                "وتوعد برد قوي ومؤلم على أي هجوم يستهدف المدينة وقال "
                '" المعتدون سيدفعون ثمنا باهظا إذا اقتربوا من الحدود " .\n',
                "ثمنا باهظا",
                "سالم حداد",
            ),
            (
                "قالت وزيرة الدفاع هالة منصور إن الجيش مستعد.\n"
                "وهددت برد سريع وموجع على كل من يعتدي وقالت: "
                '"لن نسمح بأي خرق للهدنة".\n',
                "خرق للهدنة",
                "هالة منصور",
            ),
            (
                "قال المدرب كمال العبيدي إن الفريق جاهز.\n"
                'ورد بتعليق حاسم على الانتقادات وقال: "الأرقام تتحدث عن نفسها".\n',
                "الأرقام تتحدث",
                "كمال العبيدي",
            ),
        ],
    )
    def test_the_speaker_before_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a name right after the manner noun speaks
            (
                'قال المتحدث باسم الجيش العقيد رامي الصالح: "سنرد بقوة".\n'
                'ورد بغضب نتنياهو: "هذه أكاذيب".\n',
                "أكاذيب",
                "نتنياهو",
            ),
            # the manner noun and its adjective up to the words, as before
            (
                'قال الوزير فادي سليم إن الخطة جاهزة. ورد بحزم شديد: "لن نتراجع".\n',
                "لن نتراجع",
                "فادي سليم",
            ),
        ],
    )
    def test_others_stay(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestVerbalNounOfFirstWawIsNoSubject:
    """ "واعتبر توجيه قواته ضربات … بأنه واجب، وذكر «…»": a bare verbal noun
    تفعيل of a verb whose first radical is و ("توجيه", "توقيع"), in
    construct, heads the verb's object as other verbal nouns do, never its
    subject (read as a name, alone or with its genitive, it took the
    words)."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "قال قائد الشرطة العميد سالم حداد إن قواته جاهزة.\n"
                "واعتبر توجيه قواته ضربات للعصابات بانه واجب , وذكر في خطابه "
                '" يكفينا فخرا أننا حمينا أهلنا في كل الظروف ".\n',
                "حمينا أهلنا",
                "سالم حداد",
            ),
            (
                "قالت الوزيرة ريم عباس إن الاتفاق خطوة مهمة.\n"
                'واعتبرت توقيع الاتفاقية انتصارا للدبلوماسية وقالت: "هذا يوم تاريخي".\n',
                "يوم تاريخي",
                "ريم عباس",
            ),
            (
                "قالت المحامية هدى سالم إن الملف فارغ.\n"
                "واعتبرت توقيف الصحفيين إجراء تعسفيا , وذكرت في بيانها "
                '" القانون لا يسمح بهذا الاحتجاز ".\n',
                "لا يسمح",
                "هدى سالم",
            ),
        ],
    )
    def test_the_speaker_before_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # the given name of that shape
            (
                'وقال رئيس الوزراء توفيق الحكيم إن "الحكومة ستواصل الإصلاح".\n',
                "ستواصل الإصلاح",
                "توفيق الحكيم",
            ),
            (
                'وقال توفيق الحكيم إن "الحكومة ستواصل الإصلاح".\n',
                "ستواصل الإصلاح",
                "توفيق الحكيم",
            ),
        ],
    )
    def test_a_name_stays(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestChainOfSubjectlessVerbsFromTheLastQuote:
    """ "وأضاف «…». وذكر أن …. وأشار إلى أن …. وأكد …. وتوعد … وقال «…»":
    sentences opening with verbs of saying that have no subject of their
    own, one after another from the last quote's sentence, go on with
    that quote's speaker however many there are (three sentences back
    was the limit, after which no one or another spoke)."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "أكد قائد الشرطة العميد سالم حداد أن قواته أحبطت الهجوم.\n"
                "وقال حداد في كلمة خلال الحفل أن قواته ستواصل ملاحقة المهربين\n"
                'وأضاف " نخوض اليوم معركة طويلة مع العصابات " .\n'
                "وذكر ان المهربين هم من يديرون الجريمة في المدينة.\n"
                "وأشار الى أن التحالف الذي حاربهم هو من يمولهم .\n"
                "وأكد جاهزية قواته واستعدادها لكل الاحتمالات .\n"
                "وتوعد برد قوي ومؤلم على أي هجوم وقال "
                '" المعتدون سيدفعون ثمنا باهظا إذا اقتربوا من الحدود " .\n',
                "ثمنا باهظا",
                "سالم حداد",
            ),
            (
                "قالت الوزيرة ريم عباس في مؤتمر صحفي: "
                '"الميزانية ستقر قبل نهاية الشهر".\n'
                "وأوضحت أن الحكومة خفضت النفقات.\n"
                "وأشارت إلى أن العجز تراجع.\n"
                "وأكدت أن الديون تحت السيطرة.\n"
                'وختمت بالقول: "لا ضرائب جديدة هذا العام".\n',
                "لا ضرائب",
                "ريم عباس",
            ),
            (
                'قال المدير العام وليد سعادة: "الشركة حققت أرباحا قياسية".\n'
                "وأوضح أن المبيعات ارتفعت.\n"
                "وأشار إلى أن الصادرات تضاعفت.\n"
                "وأكد أن التوظيف سيستمر.\n"
                'وأضاف: "العام المقبل سيكون أفضل".\n',
                "العام المقبل",
                "وليد سعادة",
            ),
        ],
    )
    def test_the_last_speaker_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a verb with a subject of its own breaks the chain
            (
                "قالت الوزيرة ريم عباس في مؤتمر صحفي: "
                '"الميزانية ستقر قبل نهاية الشهر".\n'
                "وأوضحت أن الحكومة خفضت النفقات.\n"
                "وقال النائب سامي داود إن العجز ما زال كبيرا.\n"
                "وأكد أن الديون تتراكم.\n"
                'وأضاف: "لا ثقة في أرقام الحكومة".\n',
                "لا ثقة",
                "سامي داود",
            ),
            (
                'قال المدرب كمال العبيدي: "الفريق جاهز".\n'
                "وأوضح أن اللاعبين استعادوا لياقتهم.\n"
                "وأشار إلى أن المصابين عادوا.\n"
                'وقالت اللاعبة سلمى داود: "نحن متحمسون للمباراة".\n',
                "متحمسون",
                "سلمى داود",
            ),
        ],
    )
    def test_a_subject_of_its_own_stays(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestReplyAfterFiIsNoPostsPlace:
    """ "وقالت الوزيرة في رد مقتضب:", "وقال المدرب في رد على سؤال:": a reply
    (رد، ردود) bare after في is when the words were said, as a comment is,
    no place the post is held in; the words after it are no name."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "توقعت الصحف أن الوزيرة هالة سعيد ستغادر الحكومة. "
                'وقالت الوزيرة في رد مقتضب: "لم أتلق أي قرار بعد".\n',
                "أي قرار",
                "هالة سعيد",
            ),
            (
                "قال المدرب كمال العبيدي إن الفريق جاهز. "
                'وقال المدرب في رد على سؤال: "اللاعبون في أفضل حال".\n',
                "أفضل حال",
                "كمال العبيدي",
            ),
            (
                "قال رئيس النادي سمير الأحمد إن المدرب باق. وقال الناطق باسم النادي "
                'في ردود على أسئلة الصحفيين: "لا نية لإقالة المدرب".\n',
                "لا نية",
                "الناطق باسم النادي",
            ),
        ],
    )
    def test_the_titled_speaker_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a place after في
            (
                'وقال السفير في رام الله سامي عطا إن "المفاوضات متوقفة".\n',
                "متوقفة",
                "سامي عطا",
            ),
            # a comment, as before
            (
                "قال المدرب كمال العبيدي إن الفريق جاهز. "
                'وقال المدرب في تعليق سريع: "اللاعبون في أفضل حال".\n',
                "أفضل حال",
                "كمال العبيدي",
            ),
        ],
    )
    def test_others_stay(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker
