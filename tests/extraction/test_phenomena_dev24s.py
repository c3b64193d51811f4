"""Speakers of real news text (fourth session of 2026-12-06, dev24s).

Constructions that gave a quote a wrong speaker in the development
excerpts; every sentence here is invented.

1. A circumstantial clause of answering between the verb of saying and
   the words ("وأكد X، وهو يجيب على أسئلة النواب، أن «…»", "وقال X وهو
   يجيب على سؤال «…»", "وأضافت، وهي تجيب على أسئلة الصحفيين، أن «…»"): the
   present of أجاب is a cue, and على after it, written with its alif
   maqsura, was read as the name Ali, so "على أسئلة النواب" spoke, for
   these words and the ones after. أجاب takes its complement with على as
   رد does, and على so written is that preposition now (phrases._ALA_VERBS);
   the subject named before speaks. Kept: the name written with its ya
   ("وأجاب علي الخطيب على سؤال الصحفيين:", "وأجاب الوزير علي الخطيب:"),
   while a bare title right after the verb ends before على ("وأجاب
   الوزير على سؤال النواب قائلا:" gave "الوزير على"), and a colon right
   after the clause ("وأضافت وهي تجيب على أسئلة الصحفيين: «…»"), which
   ended the phrase before this rule too. Left: على so
   written right after أجاب and before a name ("وأجاب على الخطيب:") is
   the preposition now, no speaker, as after رد, علق or أكد.
2. A bare title, then لدى and a verbal noun with the pronoun of the
   one it names ("وقال رئيس الحكومة لدى ترؤسه اجتماع المجلس إن", "وأكد
   وزير الصحة لدى تطرقه لقضية …", "لدى وصوله", "لدى مشاركتهم"): لدى
   after a title goes on with the post's place ("سفير فرنسا لدى الأمم
   المتحدة"), so the occasion was read into the speaker and the role, or
   the noun after it ("اجتماع", "مستشفيات الجنوب") spoke. A noun with a
   pronoun as the text prints it (ه, not ة), of a verbal noun's shape
   (ت, ا or م first, or فعول/فعال), is when he spoke now, and the phrase
   ends before لدى (phrases.possessed_occasion_at). Kept: "سفير فرنسا لدى
   أنقرة", "لدى منظمة التجارة العالمية" (ة), "المستشار لدى وجيه X" (a
   name in ه).
3. The present of سجّل right after a negation ("وأوضح أنه لم تسجل أي
   وفيات «…»", "أنه لا تسجل أي خروقات"): "no deaths were recorded", read
   as the verb of noting with its subject after it, so "أي وفيات" spoke
   the words. It is no cue now (phrases._RECORDS_PRESENT after
   _NEGATIONS_BEFORE_PRESENT), and the one who tells it speaks. Kept:
   "وتسجل البرقية أن", "ويسجل المراقبون أن", "وسجل المتحدث أن".
4. A person met before, named alone at the head of the sentence right
   before a verb of saying whose أنّ follows at once ("X قال إن الاتحاد
   لن يتراجع، مضيفا أن «…»"), and participles after it: the verb's
   phrase opens with أنّ, so no subject was registered for it, and the
   participle went to the body named in the that-clause ("الاتحاد"). The
   name is the verb's subject now (speakers.subject_of, with
   known_name_opening as for a verb with an object), and the participles
   go on with him. Kept: a body at the head ("المجلس قال إن … موضحا"),
   which stays the body. Left: a bare title at the head ("الوزير قال إن
   …، موضحا" after a body named), still the body.
5. على written with its alif maqsura right after a verb of saying, before
   a noun of an idiom of على ("وأوضح على صعيد آخر أن", "وذكر على حساب
   الوزارة في فيسبوك أن", "وكتبت على حساب المؤسسة:"): read as the name
   Ali, so "على صعيد آخر" or "على حساب" spoke. It is the preposition now
   (phrases._ALA_IDIOMS, as after a verb that takes على), and the one
   named before speaks. Kept: "وذكر علي حسن في تصريح أن" (Ali with its
   ya), "وقال على حسن في تصريح إن" (no idiom's noun after it).
6. "ما جاء على لسان X" or "ما ورد على لسان X" as the object of a verb
   ("وأكد الوزير السابق X ما جاء على لسان المسؤول الحزبي، وأضاف: «…»",
   "ورد النائب X على ما ورد على لسان الوزير، مؤكدا أن «…»"): على لسان
   is a source's cue, so X's earlier words' owner spoke the words after
   it. After جاء/ورد and ما (bare, glued to ب/ل/م/و) it is what was said
   before, a thing confirmed or answered, no cue now (cue_at; _ON_TONGUE,
   _CAME_ON_TONGUE, _WHAT_CAME), and the verb's subject speaks. Kept:
   "وقالت الحركة على لسان الناطق باسمها X إن", "وجاء على لسان الوزير X
   أن", "«…»، على لسان الوزير X".
7. A royal style, a ruler's title word that is a given name too, then
   البلاد ("سمو أمير البلاد الشيخ X Y", "جلالة ملك البلاد الملك X"):
   "أمير البلاد" was read as a given name and a family name (as "سلطان
   الخصاونة"), the speaker, and the ruler's own name as his role. The
   state itself (words._STATE_ITSELF) is what he rules now, no family
   name (_ruled_family_name), and the name speaks with the post for role.
   Kept: "الشيخ سلطان الخصاونة", "اللواء أمير الخطيب", "صاحب السمو أمير
   الدولة الشيخ X بن Y".
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.role) for q in extract(text)]


class TestAnsweringOnIsAPreposition:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "قال وزير المالية سمير خالد إن الميزانية متوازنة.\n"
                'وأكد خالد، وهو يجيب على أسئلة النواب، أن "الضرائب لن ترتفع هذا العام".',
                "الضرائب لن ترتفع هذا العام",
                "سمير خالد",
                "وزير المالية",
            ),
            (
                "قال مدرب المنتخب كريم الصافي إن القائمة جاهزة.\n"
                'وقال الصافي وهو يجيب على سؤال حول الإصابات "سنلعب بالتشكيلة الكاملة غدا".',
                "سنلعب بالتشكيلة الكاملة غدا",
                "كريم الصافي",
                "مدرب المنتخب",
            ),
            (
                "قالت مديرة المستشفى سلوى العمري إن الأجنحة الجديدة جاهزة.\n"
                'وأضافت، وهي تجيب على أسئلة الصحفيين، أن "لا نقص في الأدوية إطلاقا".',
                "لا نقص في الأدوية إطلاقا",
                "سلوى العمري",
                "مديرة المستشفى",
            ),
            (
                "استقبل رئيس البلدية نبيل عزوز وفدا من التجار.\n"
                'وشدد عزوز، وهو يجيب على تساؤلات التجار، على أن "السوق ستفتح في موعدها".',
                "السوق ستفتح في موعدها",
                "نبيل عزوز",
                "رئيس البلدية",
            ),
            (
                'وأجاب الوزير على سؤال النواب قائلا: "لن نرفع الضرائب هذا العام".',
                "لن نرفع الضرائب هذا العام",
                "الوزير",
                "الوزير",
            ),
        ],
        ids=[
            "affirmed-commas",
            "said-no-comma",
            "added-commas-that",
            "stressed-ala",
            "title-then-ala",
        ],
    )
    def test_the_subject_before_speaks(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                'وأجاب علي الخطيب على سؤال الصحفيين: "لن نرفع الضرائب هذا العام".',
                "لن نرفع الضرائب هذا العام",
                "علي الخطيب",
                None,
            ),
            (
                'وأجاب الوزير علي الخطيب: "لن نرفع الضرائب هذا العام".',
                "لن نرفع الضرائب هذا العام",
                "علي الخطيب",
                "الوزير",
            ),
            (
                # the colon ends the clause already: right before rule 1 too
                "قالت مديرة المستشفى سلوى العمري إن الأجنحة الجديدة جاهزة.\n"
                'وأضافت وهي تجيب على أسئلة الصحفيين: "لا نقص في الأدوية إطلاقا".',
                "لا نقص في الأدوية إطلاقا",
                "سلوى العمري",
                "مديرة المستشفى",
            ),
        ],
        ids=["ali-with-ya", "titled-ali-with-ya", "added-colon"],
    )
    def test_near_misses_keep_their_speaker(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]


class TestOccasionAfterLadaEndsTheTitle:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                'وقال رئيس الحكومة لدى ترؤسه اجتماع المجلس إن "الخدمات ستتحسن كثيرا".',
                "الخدمات ستتحسن كثيرا",
                "رئيس الحكومة",
                "رئيس الحكومة",
            ),
            (
                'وقال والي الولاية لدى تفقده مشاريع السكن إن "الأشغال ستنتهي قبل الصيف".',
                "الأشغال ستنتهي قبل الصيف",
                "والي الولاية",
                "والي الولاية",
            ),
            (
                'وأكد وزير الصحة لدى تطرقه لقضية مستشفيات الجنوب أن "الخدمات ستتحسن قريبا".',
                "الخدمات ستتحسن قريبا",
                "وزير الصحة",
                "وزير الصحة",
            ),
            (
                'وقال وزير الخارجية لدى وصوله إلى المطار إن "المفاوضات ستستأنف قريبا".',
                "المفاوضات ستستأنف قريبا",
                "وزير الخارجية",
                "وزير الخارجية",
            ),
            (
                'وقال نواب المعارضة لدى مشاركتهم في الجلسة إن "الميزانية لا تخدم الفقراء".',
                "الميزانية لا تخدم الفقراء",
                "نواب المعارضة",
                "نواب المعارضة",
            ),
        ],
        ids=["chairing", "inspecting", "touching-on", "arriving", "taking-part"],
    )
    def test_the_title_speaks(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                'وقال سفير فرنسا لدى أنقرة إن "المفاوضات ستستأنف قريبا".',
                "المفاوضات ستستأنف قريبا",
                "سفير فرنسا لدى أنقرة",
                "سفير فرنسا لدى أنقرة",
            ),
            (
                'وقال سفير الجزائر لدى منظمة التجارة العالمية إن "المفاوضات ستستأنف قريبا".',
                "المفاوضات ستستأنف قريبا",
                "سفير الجزائر لدى منظمة التجارة العالمية",
                "سفير الجزائر لدى منظمة التجارة العالمية",
            ),
            (
                'وقال المستشار لدى وجيه الخطيب إن "المفاوضات ستستأنف قريبا".',
                "المفاوضات ستستأنف قريبا",
                "المستشار لدى وجيه الخطيب",
                "المستشار لدى وجيه الخطيب",
            ),
        ],
        ids=["place", "body-in-ta-marbuta", "name-in-ha"],
    )
    def test_a_posts_place_stays(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]


class TestNegatedRecordingIsNoCue:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "قال مدير الحماية المدنية رضا بلقاسم إن الحريق أخمد.\n"
                'وأوضح أنه لم تسجل أي وفيات "فقط جرحى نقلوا إلى المستشفى للعلاج".',
                "فقط جرحى نقلوا إلى المستشفى للعلاج",
                "رضا بلقاسم",
                "مدير الحماية المدنية",
            ),
            (
                "قال وزير الداخلية كمال الشريف إن الاقتراع مر بسلام.\n"
                'وأكد أنه لا تسجل أي خروقات كبيرة "العملية تجري في أجواء هادئة تماما".',
                "العملية تجري في أجواء هادئة تماما",
                "كمال الشريف",
                "وزير الداخلية",
            ),
            (
                "قال رئيس المصلحة نور الدين سعيد إن الفيضان انحسر، موضحا أنه لم تسجل "
                'خسائر بشرية "والحمد لله على ذلك".',
                "والحمد لله على ذلك",
                "نور الدين سعيد",
                "رئيس المصلحة",
            ),
        ],
        ids=["no-deaths", "no-violations", "no-losses"],
    )
    def test_the_teller_speaks(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                'وتسجل البرقية أن "الوضع متوتر جدا في العاصمة".',
                "الوضع متوتر جدا في العاصمة",
                "البرقية",
                None,
            ),
            (
                'ويسجل المراقبون أن "الحكومة لم تف بوعودها".',
                "الحكومة لم تف بوعودها",
                "المراقبون",
                None,
            ),
            (
                'وسجل المتحدث أن "الحكومة لم تف بوعودها".',
                "الحكومة لم تف بوعودها",
                "المتحدث",
                "المتحدث",
            ),
        ],
        ids=["cable-notes", "observers-note", "past"],
    )
    def test_noting_stays(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]


class TestKnownNameBeforeVerbAndThat:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "عقد تحالف الأحزاب الوطنية لقاء مفتوحا، أمس، حضره الوزير السابق سالم ولد أحمد.\n"
                'سالم قال إن التحالف اجتمع، مؤكدا أن "الحكومة لا تريد الإصلاح".',
                "الحكومة لا تريد الإصلاح",
                "سالم ولد أحمد",
                "الوزير السابق",
            ),
            (
                "نظم الاتحاد الوطني للطلبة وقفة احتجاجية أمس شارك فيها رئيسه كريم ناصر.\n"
                'ناصر قال إن الاتحاد لن يتراجع، مضيفا أن "المنح الجامعية حق لا منة".',
                "المنح الجامعية حق لا منة",
                "كريم ناصر",
                "رئيس الاتحاد الوطني",
            ),
            (
                "دعا المجلس البلدي إلى اجتماع طارئ حضره النائب هشام العلوي.\n"
                "العلوي قال إن المجلس تجاهل مطالب السكان، موضحا أن "
                '"الطريق لم تصلح منذ سنوات".',
                "الطريق لم تصلح منذ سنوات",
                "هشام العلوي",
                "النائب",
            ),
        ],
        ids=["given-name", "family-name", "family-name-article"],
    )
    def test_the_name_goes_on(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "دعا المجلس البلدي إلى اجتماع طارئ حضره النائب هشام العلوي.\n"
                'المجلس قال إن الميزانية لا تسمح، موضحا أن "الطريق ستصلح العام المقبل".',
                "الطريق ستصلح العام المقبل",
                "المجلس البلدي",
                None,
            ),
            (
                "دعا المجلس البلدي إلى اجتماع طارئ حضره النائب هشام العلوي.\n"
                'وقال العلوي إن المجلس تجاهل مطالب السكان، موضحا أن "الطريق لم تصلح".',
                "الطريق لم تصلح",
                "هشام العلوي",
                "النائب",
            ),
        ],
        ids=["body-at-head", "verb-first"],
    )
    def test_near_misses_stay(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]


class TestAlaIdiomAfterVerbIsAPreposition:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "قال الوزير سمير خالد إن المشروع سينطلق قريبا.\n"
                'وأوضح على صعيد آخر أن "الميناء الجديد سيفتح العام المقبل".',
                "الميناء الجديد سيفتح العام المقبل",
                "سمير خالد",
                "الوزير",
            ),
            (
                "قال الوزير سمير خالد إن المشروع سينطلق قريبا.\n"
                'وذكر على حساب الوزارة في فيسبوك أن "المشروع سيغير وجه المدينة".',
                "المشروع سيغير وجه المدينة",
                "سمير خالد",
                "الوزير",
            ),
            (
                "قالت المديرة سلمى خالد إن الموسم كان ناجحا.\n"
                'وكتبت على حساب المؤسسة في تويتر: "شكرا لكل من ساهم في هذا النجاح".',
                "شكرا لكل من ساهم في هذا النجاح",
                "سلمى خالد",
                "المديرة",
            ),
        ],
        ids=["on-another-level", "on-the-account", "wrote-on-the-account"],
    )
    def test_the_one_named_before_speaks(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                'وذكر علي حسن في تصريح أن "المشروع سيغير وجه المدينة".',
                "المشروع سيغير وجه المدينة",
                "علي حسن",
                None,
            ),
            (
                'وقال على حسن في تصريح إن "المشروع سيغير وجه المدينة".',
                "المشروع سيغير وجه المدينة",
                "على حسن",
                None,
            ),
        ],
        ids=["ali-with-ya", "ali-with-maqsura-and-a-name"],
    )
    def test_the_name_ali_stays(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]


class TestWhatCameOnTongueIsNoSource:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "قال مسؤول في الحزب إن التعديل الحكومي قريب.\n"
                "وأكد الوزير السابق سمير خالد ما جاء على لسان المسؤول الحزبي، وأضاف: "
                '"التعديل سيشمل خمس وزارات على الأقل".',
                "التعديل سيشمل خمس وزارات على الأقل",
                "سمير خالد",
                "الوزير السابق",
            ),
            (
                "وأكد الوزير السابق سمير خالد ما جاء على لسان المسؤول الحزبي، قائلا إن "
                '"التعديل سيشمل خمس وزارات على الأقل".',
                "التعديل سيشمل خمس وزارات على الأقل",
                "سمير خالد",
                "الوزير السابق",
            ),
            (
                "ورد النائب كريم ناصر على ما ورد على لسان الوزير، مؤكدا أن "
                '"الأرقام المقدمة غير صحيحة".',
                "الأرقام المقدمة غير صحيحة",
                "كريم ناصر",
                "النائب",
            ),
        ],
        ids=["confirmed-then-added", "confirmed-saying", "answered"],
    )
    def test_the_verbs_subject_speaks(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                'وقالت الحركة على لسان الناطق باسمها سامي خالد إن "الحوار متوقف".',
                "الحوار متوقف",
                "سامي خالد",
                "الناطق باسم الحركة",
            ),
            (
                'وجاء على لسان الوزير سمير خالد أن "الحوار متوقف".',
                "الحوار متوقف",
                "سمير خالد",
                "الوزير",
            ),
            (
                '"الحوار متوقف تماما"، على لسان الوزير سمير خالد.',
                "الحوار متوقف تماما",
                "سمير خالد",
                "الوزير",
            ),
        ],
        ids=["body-through-spokesman", "came-on-tongue-opening", "after-the-words"],
    )
    def test_the_source_stays(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]


class TestRulerOfTheCountryIsAPost:
    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "وعبر سمو أمير البلاد الشيخ سالم الأحمد في خطابه أمام القمة عن أمله "
                "في أن تكون القمة «خطوة كبيرة نحو الوحدة الخليجية».",
                "خطوة كبيرة نحو الوحدة الخليجية",
                "سالم الأحمد",
                "أمير البلاد",
            ),
            (
                "وقال سمو أمير البلاد الشيخ سالم الأحمد إن «القمة خطوة كبيرة نحو الوحدة».",
                "القمة خطوة كبيرة نحو الوحدة",
                "سالم الأحمد",
                "أمير البلاد",
            ),
            (
                "وقال جلالة ملك البلاد الملك سالم إن «القمة خطوة كبيرة نحو الوحدة».",
                "القمة خطوة كبيرة نحو الوحدة",
                "سالم",
                "ملك البلاد",
            ),
        ],
        ids=["emir-voiced-hope", "emir-said", "king-said"],
    )
    def test_the_ruler_named_speaks(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "وقال الشيخ سلطان الخصاونة إن «القمة خطوة كبيرة نحو الوحدة».",
                "القمة خطوة كبيرة نحو الوحدة",
                "سلطان الخصاونة",
                None,
            ),
            (
                "وقال اللواء أمير الخطيب إن «القمة خطوة كبيرة نحو الوحدة».",
                "القمة خطوة كبيرة نحو الوحدة",
                "أمير الخطيب",
                "اللواء",
            ),
            (
                "وقال صاحب السمو أمير الدولة الشيخ سالم بن حمد إن «القمة خطوة كبيرة نحو الوحدة».",
                "القمة خطوة كبيرة نحو الوحدة",
                "سالم بن حمد",
                "أمير الدولة",
            ),
        ],
        ids=["sultan-family-name", "amir-family-name", "emir-of-the-state"],
    )
    def test_names_and_other_states_stay(self, text, words, speaker, role):
        assert _quotes(text) == [(words, speaker, role)]
