"""Role rules taken up by dev31r from the development set's misses (the
speaker right, the role wrong or missing). Every sentence here is invented.

Rule 1 (phrases.scan_np's role after a name's comma, phrases.apposition_intro):
a post set off after a name ends before "his counterpart" or "his rival"
("هنأ X، مدرب النادي Y نظيره Z على فوزه", no comma before نظيره): the
counterpart is the verb's object, another person; the role ran on into him
and counterpart_post then kept only "نظيره Z …".

Rule 2 (phrases.holder_after_place, phrases.post_names_another): after the
subject's name, a post, then في and where it is held, then a name closed by a
comma ("وانتقد X رئيس المجلس المحلي في درعا Z Q، قائلا") is the post of that
other person, the verb's object: not the subject's role. The name follows a
definite word or a country, or opens with a given name.

Rule 3 (phrases.scan_np's aside after وهو/وهي): the post told in the aside
ends before the occasion he spoke at, في/خلال and an event noun ("وأكد X وهو
رئيس الكتلة في حديث لقناة …، أن"): the role ran on into the occasion, or,
past the aside's width or a name in marks, was lost.

Rule 4 (engine.run's resolve, engine.post_said_with_he): a post the text
says outright in a وهو/وهي aside after the name ("وأكد X وهو رئيس اللجنة …")
replaces the description the person was introduced with ("قال القيادي في
الحركة X"), even a longer one: the longer description won before.

Rule 5 (speakers.subject_of, speakers.guest_of_programme, words._PROGRAMME_HEADS):
"the guest of X" with X the name of a programme the text told before after
برنامج/حصة ("تحدث X في برنامج Y Z" then "وأكد ضيف Y Z أن") is the person
last introduced, as "ضيف البرنامج" was: it was read as a person named "ضيف
Y Z", with no role.

Rule 6 (engine.run's resolve): a person first named with the bare title
"الرئيس"/"الرئيسة" takes the head of state's post the text told before with
no name ("أجرى رئيس الجمهورية القائد الأعلى … حوارا" then "قال الرئيس X"):
its first two words, the head and the state ("رئيس الجمهورية", "رئيس
الدولة"), as a bare title of another head takes a post told so.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestAPostAfterTheNameEndsBeforeHisCounterpart:
    """ "هنأ X، مدرب الفريق Y نظيره Z على …" then "وقال X: «…»": the post is
    "مدرب الفريق Y", not the counterpart's words."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "هنأ كريم الزياني، مدرب الرجاء البيضاوي نظيره الفتح الرباطي على فوزه أمس، "
                "متمنيا له التوفيق.\n\n"
                'وقال الزياني في الندوة الصحفية: "الفتح كان الأفضل اليوم ويستحق الفوز".',
                "الفتح كان الأفضل",
                "كريم الزياني",
                "مدرب الرجاء البيضاوي",
                id="given-name-counterpart",
            ),
            pytest.param(
                "أشاد سمير الهاشمي، رئيس النادي الصفاقسي منافسه الترجي بحسن التنظيم في "
                "مباراة السبت.\n\n"
                "وأضاف الهاشمي للصحفيين: «الجمهور قدم صورة رائعة عن الرياضة التونسية».",
                "الجمهور قدم",
                "سمير الهاشمي",
                "رئيس النادي الصفاقسي",
                id="rival",
            ),
            pytest.param(
                "هنأت ليلى بنعلي، مدربة منتخب السيدات نظيرتها الجزائرية على التأهل إلى "
                "نهائيات كأس إفريقيا.\n"
                "وقالت بنعلي: “المنتخب الجزائري استحق بطاقة التأهل عن جدارة”.",
                "المنتخب الجزائري استحق",
                "بنعلي",
                "مدربة منتخب السيدات",
                id="feminine-counterpart",
            ),
            pytest.param(
                "وبارك منصف العلوي، وزير الشباب والرياضة التونسي نظيره الليبي بمناسبة تعيينه "
                "في منصبه الجديد.\n"
                'وقال العلوي في تصريح صحفي إن "التعاون الرياضي بين البلدين سيشهد قفزة نوعية".',
                "التعاون الرياضي",
                "العلوي",
                "وزير الشباب والرياضة التونسي",
                id="minister-counterpart",
            ),
        ],
    )
    def test_the_post_before_the_counterpart(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            # the counterpart speaks: his post is the counterpart's, as written
            pytest.param(
                "استقبل الرئيس الموريتاني نظيره المالي عاصمي غويتا في نواكشوط أمس.\n"
                'وقال غويتا للصحفيين: "العلاقات بين بلدينا تاريخية ومتينة".',
                "العلاقات بين بلدينا",
                "عاصمي غويتا",
                "نظيره المالي",
                id="counterpart-speaks",
            ),
            # a comma already closes the post
            pytest.param(
                "هنأ كريم الزياني، مدرب الرجاء البيضاوي، نظيره الفتح الرباطي على فوزه أمس.\n"
                'وقال الزياني: "الفتح كان الأفضل اليوم ويستحق الفوز".',
                "الفتح كان الأفضل",
                "كريم الزياني",
                "مدرب الرجاء البيضاوي",
                id="comma-before-counterpart",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)


class TestAPostHeldSomewhereThenItsHolderIsTheObjects:
    """ "وانتقد X رئيس المجلس في المدينة Z Q، قائلا إن «…»": X's role is
    the one he was introduced with, not the post of Z Q."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "قال وزير الخارجية سامر الخطيب إن بلاده لن تقبل أي تدخل في شؤونها.\n"
                "وانتقد الخطيب رئيس المجلس المحلي في درعا فادي العمر، قائلا إن "
                "“هناك أدلة على أنه يعرقل الحوار”.",
                "هناك أدلة",
                "سامر الخطيب",
                "وزير الخارجية",
                id="place-then-given-name",
            ),
            pytest.param(
                "صرح وزير الأوقاف يوسف الحمدان بأن المساجد ستفتح أبوابها.\n"
                "وهاجم الحمدان الزعيم التاريخي لحركة الشباب في #الخليل أنور الجعبري، "
                'قائلاً أن "الحركة فقدت بوصلتها منذ سنوات".',
                "الحركة فقدت",
                "يوسف الحمدان",
                "وزير الأوقاف",
                id="hashtag-place",
            ),
            pytest.param(
                "صرح رئيس الحكومة عادل المنصوري بأن الميزانية جاهزة.\n"
                "وانتقد المنصوري رئيس النقابة العامة في ولاية سوسة محمد الطرابلسي، "
                "معتبرا أن «الإضراب لا يخدم مصلحة العمال».",
                "الإضراب لا يخدم",
                "عادل المنصوري",
                "رئيس الحكومة",
                id="two-word-place",
            ),
            pytest.param(
                "أعلن وزير التجارة ياسين العمري أن الأسعار ستنخفض.\n"
                "وانتقد العمري رئيس الغرفة التجارية في مدينة صفاقس أحمد بن علي، "
                'مضيفا أن "الاحتكار سبب الأزمة".',
                "الاحتكار سبب",
                "ياسين العمري",
                "وزير التجارة",
                id="city-read-with-the-post",
            ),
        ],
    )
    def test_the_subjects_own_post(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            # the post and where it is held, no name after it: the speaker's
            pytest.param(
                "وقال منير الحداد رئيس البلدية في صفاقس، إن «المشاريع ستنطلق قريبا».",
                "المشاريع ستنطلق",
                "منير الحداد",
                "رئيس البلدية في صفاقس",
                id="place-then-comma",
            ),
            # when, not who, after the place
            pytest.param(
                "وقال منير الحداد رئيس البلدية في صفاقس أمس الأحد إن «المشاريع ستنطلق قريبا».",
                "المشاريع ستنطلق",
                "منير الحداد",
                "رئيس البلدية",
                id="place-then-day",
            ),
            pytest.param(
                'وأوضح كمال العياري رئيس الجمعية في العاصمة التونسية، أن "الأسعار ارتفعت كثيرا".',
                "الأسعار ارتفعت",
                "كمال العياري",
                "رئيس الجمعية",
                id="place-with-nisba",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)


class TestTheOccasionEndsThePostOfTheAside:
    """ "وأكد X وهو رئيس الكتلة في حديث لقناة …، أن «…»": the role is the
    post, without the occasion."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وأكد ياسر العواضي وهو رئيس الكتلة البرلمانية للحزب في حديث لقناة “الغد”، "
                "أن “الحوار هو الطريق الوحيد لإنهاء الأزمة”.",
                "الحوار هو الطريق",
                "ياسر العواضي",
                "رئيس الكتلة البرلمانية للحزب",
                id="interview-outlet-in-marks",
            ),
            pytest.param(
                "وقالت سلمى الحداد، وهي مديرة المرصد الوطني للحقوق خلال مؤتمر صحفي عقدته "
                "أمس، إن «الانتهاكات تضاعفت هذا العام».",
                "الانتهاكات تضاعفت",
                "سلمى الحداد",
                "مديرة المرصد الوطني للحقوق",
                id="press-conference-during",
            ),
            pytest.param(
                'وأوضح مراد بن عمر وهو الناطق باسم النقابة في تصريح لإذاعة "موزاييك"، أن '
                '"الإضراب سيستمر حتى تلبية المطالب".',
                "الإضراب سيستمر",
                "مراد بن عمر",
                "الناطق باسم النقابة",
                id="statement-to-a-radio",
            ),
            pytest.param(
                "وأضاف خالد المصري وهو المتحدث باسم الهيئة في مقابلة مع صحيفة الشروق، أن "
                '"الانتخابات ستجري في موعدها".',
                "الانتخابات ستجري",
                "خالد المصري",
                "المتحدث باسم الهيئة",
                id="interview-with-a-paper",
            ),
        ],
    )
    def test_the_post_without_the_occasion(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            # في and a body: where the post is held
            pytest.param(
                "وقال فؤاد العلمي، وهو عضو في المكتب السياسي للحركة، إن «القرار اتخذ بالإجماع».",
                "القرار اتخذ",
                "فؤاد العلمي",
                "عضو في المكتب السياسي للحركة",
                id="member-in-a-bureau",
            ),
            pytest.param(
                "وقال فؤاد العلمي، وهو أستاذ القانون الدستوري في الجامعة الأردنية، إن "
                "«القرار غير دستوري».",
                "القرار غير دستوري",
                "فؤاد العلمي",
                "أستاذ القانون الدستوري في الجامعة الأردنية",
                id="professor-at-a-university",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)


class TestAPostSaidInAnAsideReplacesTheDescription:
    """ "قال القيادي في الحزب X …" then "وأكد X، وهو رئيس الكتلة، أن «…»":
    his role is the post said outright."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "قال القيادي في حزب المؤتمر الشعبي ياسر العواضي إن المفاوضات متعثرة منذ "
                "شهور.\nوأكد العواضي وهو رئيس الكتلة البرلمانية للحزب، أن “الحوار هو "
                "الطريق الوحيد لإنهاء الأزمة”.",
                "الحوار هو الطريق",
                "ياسر العواضي",
                "رئيس الكتلة البرلمانية للحزب",
                id="no-comma-before-the-aside",
            ),
            pytest.param(
                "قال القيادي في حزب المؤتمر الشعبي ياسر العواضي إن المفاوضات متعثرة منذ "
                "شهور.\nوأكد العواضي، وهو رئيس الكتلة البرلمانية للحزب، أن “الحوار هو "
                'الطريق الوحيد لإنهاء الأزمة”.\nوأضاف العواضي: "لا بديل عن التوافق بين '
                'الأطراف".',
                "لا بديل عن التوافق",
                "ياسر العواضي",
                "رئيس الكتلة البرلمانية للحزب",
                id="the-next-quote-too",
            ),
            pytest.param(
                "أفادت القيادية البارزة في حركة النهضة التونسية ريم السعدي بأن الحركة "
                "ستشارك في الانتخابات.\nوأضافت السعدي، وهي رئيسة كتلة الحركة، أن "
                "«المشاركة قرار نهائي لا رجعة فيه».",
                "المشاركة قرار",
                "ريم السعدي",
                "رئيسة كتلة الحركة",
                id="feminine",
            ),
        ],
    )
    def test_the_post_said_outright(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            # a verb after وهو: what he did, no post
            pytest.param(
                "قال القيادي في حزب المؤتمر الشعبي ياسر العواضي إن المفاوضات متعثرة منذ "
                "شهور.\nوأضاف العواضي، وهو يتحدث للصحفيين، أن “الحوار هو الطريق الوحيد "
                "لإنهاء الأزمة”.",
                "الحوار هو الطريق",
                "ياسر العواضي",
                "القيادي في حزب المؤتمر الشعبي",
                id="he-then-a-verb",
            ),
            # a shorter post in commas, no aside: the fuller description stays
            pytest.param(
                "قال القيادي في حزب المؤتمر الشعبي ياسر العواضي إن المفاوضات متعثرة منذ "
                "شهور.\nوأضاف العواضي، رئيس الكتلة، أن “الحوار هو الطريق الوحيد لإنهاء "
                "الأزمة”.",
                "الحوار هو الطريق",
                "ياسر العواضي",
                "القيادي في حزب المؤتمر الشعبي",
                id="apposition-without-he",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)


class TestTheGuestOfANamedProgrammeIsThePersonIntroduced:
    """ "تحدث X في برنامج Y اليوم" then "وأكد ضيف Y أن «…»": X speaks, with
    his role."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "تحدث منير القاسمي رئيس كتلة التيار الديمقراطي في برنامج صباح الورد اليوم "
                "الثلاثاء عن الأزمة السياسية.\n\n"
                'وقال القاسمي "الحكومة فقدت ثقة الشارع ولا بد من حوار وطني شامل".\n\n'
                'وأكد ضيف صباح الورد أن رئيس الحكومة "لم يعد قادرا على إدارة المرحلة".',
                "لم يعد قادرا",
                "منير القاسمي",
                "رئيس كتلة التيار الديمقراطي",
                id="programme-of-two-words",
            ),
            pytest.param(
                "تحدثت النائبة سلوى الفرجاني في حصة ماتينال الإذاعية صباح الأربعاء عن مشروع "
                "قانون المالية.\nوقالت ضيفة ماتينال إن «الضرائب الجديدة ستثقل كاهل الطبقة "
                "الوسطى».",
                "الضرائب الجديدة",
                "سلوى الفرجاني",
                "النائبة",
                id="feminine-guest",
            ),
            pytest.param(
                "صرح الخبير الاقتصادي معز الحمروني لبرنامج ستوديو شمس بأن التضخم سيتراجع "
                'خلال الأشهر المقبلة.\nوأضاف ضيف ستوديو شمس أن "البنك المركزي مطالب '
                'بمراجعة نسبة الفائدة".',
                "البنك المركزي",
                "معز الحمروني",
                "الخبير الاقتصادي",
                id="programme-glued-to-lam",
            ),
        ],
    )
    def test_the_guest_is_the_person(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            # the guest of the programme, a definite noun: as before
            pytest.param(
                "تحدث منير القاسمي رئيس كتلة التيار الديمقراطي في برنامج صباح الورد اليوم "
                'الثلاثاء عن الأزمة السياسية.\nوقال ضيف الحصة إن "الحكومة فقدت ثقة الشارع".',
                "الحكومة فقدت",
                "منير القاسمي",
                "رئيس كتلة التيار الديمقراطي",
                id="definite-programme",
            ),
            # a programme the text never named: no one introduced in it
            pytest.param(
                "تحدث منير القاسمي رئيس كتلة التيار الديمقراطي اليوم الثلاثاء عن الأزمة "
                'السياسية.\nوقال ضيف سهرة الخميس إن "الحكومة فقدت ثقة الشارع".',
                "الحكومة فقدت",
                "ضيف سهرة",
                None,
                id="programme-never-named",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)


class TestTheBarePresidentIsTheHeadOfStateToldBefore:
    """ "أشرف رئيس الدولة على …" then "وقال الرئيس X: «…»": X's role is
    "رئيس الدولة"."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "استقبل رئيس الجمهورية القائد الأعلى للقوات المسلحة، اليوم، وفدا من رجال "
                "الأعمال.\nوقال الرئيس بوعلام للصحفيين إن «الاستثمار في الطاقة أولوية وطنية».",
                "الاستثمار في الطاقة",
                "بوعلام",
                "رئيس الجمهورية",
                id="second-post-after-the-head",
            ),
            pytest.param(
                "أشرف رئيس الدولة صباح اليوم على افتتاح الدورة البرلمانية الجديدة.\n"
                'وقال الرئيس بوزيد في كلمته: "الإصلاحات ستتواصل دون تردد".',
                "الإصلاحات ستتواصل",
                "بوزيد",
                "رئيس الدولة",
                id="head-of-the-state",
            ),
            pytest.param(
                "دشنت رئيسة الجمهورية أمس مستشفى جديدا في العاصمة.\n"
                "وقالت الرئيسة سامية حسن إن “الصحة حق لكل مواطن”.",
                "الصحة حق",
                "سامية حسن",
                "رئيسة الجمهورية",
                id="feminine",
            ),
        ],
    )
    def test_the_head_of_state(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            # the head of the government told before: another office
            pytest.param(
                "ترأس رئيس الحكومة اجتماعا وزاريا أمس.\n"
                'وقال الرئيس بوزيد في كلمته: "الإصلاحات ستتواصل دون تردد".',
                "الإصلاحات ستتواصل",
                "بوزيد",
                "الرئيس",
                id="head-of-government",
            ),
            # no post told before
            pytest.param(
                'وقال الرئيس بوزيد في كلمته: "الإصلاحات ستتواصل دون تردد".',
                "الإصلاحات ستتواصل",
                "بوزيد",
                "الرئيس",
                id="nothing-told",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)
