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
