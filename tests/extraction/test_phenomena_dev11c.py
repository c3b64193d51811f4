"""Roles read from real news constructions (dev11c, 2026-12-04).

A body named after its field with حول ("مركز الدراسات حول X", "المرصد
العربي حول Y": a research centre or an observatory, as Maghrebi press
names them) ended the post at حول, so the phrase was the post alone, the
speaker anonymous, and the name after the field was lost; a later mention
by the family name had no post. After a title and a body's head, حول and
one to three words with the article, then a given name, are the post; the
topic of the words after حول (no name after it) still ends the phrase.

The name may also be set off by commas after the field ("رئيس مركز
الدراسات حول الشرق الأوسط، X Y، إن"): the field is then the post's too,
and the name in commas the speaker (before, the post alone was the
speaker, anonymous).

"Relations with" a body in a post before the name ("وزير العلاقات مع مجلس
النواب X Y", "الوزيرة المكلفة بالعلاقات مع المجتمع المدني X Y", a
Moroccan portfolio among others) ended the post at مع, the title alone the
speaker; after the name it was read on already. Before the name, مع and a
word with the article after "relations" in construct with a bare title or
glued to بـ after "in charge of" (المكلف), or to لـ, go on with the post;
a verb's object ("وأشاد الوزير بالعلاقات مع فرنسا") and a counterpart
after مع ("مع نظيره") still end it.

A post after the name with no comma, then a second post in commas ("X Y
وزير المالية، المتحدث الرسمي باسم الحكومة، إن"), gave the second alone; the
first, next to the name, was lost. Both are the role now, joined by a
comma, as a rank before the name and a post after it are; an adjunct in
commas after the post (an occasion, a time) is no second post.

After a titled name, one a verb of calling on or telling addresses with
the article ("ودعا المرشح X Y النظام، في بيان، إلى …", "الشعب",
"الفرقاء", "المجتمع") was read into the name when an adjunct in commas
followed; such words are common objects (never family names), as bodies
and nisba plurals there were already.

"The head of (Algerian) diplomacy" (رئيس الدبلوماسية الجزائرية), as
Maghrebi press calls a foreign minister, after "وزير الخارجية الجزائري X"
was a speaker of its own, with that periphrasis for role. It is now read
as the foreign minister's post (with its nisba, and for a woman) and
resolves to the person named with it; never to another minister, nor to
one of another country.

"ولد X" ("son of X"), as Mauritanian press names a man again, after his
full name given without the link ("محمد الأمين سالم", then "ولد سالم"),
matched no one: the speaker was "ولد سالم" with no post. It is now the one
person named before whose name ends with X (a woman's "بنت/منت X" too);
with two such (brothers share the name), none.

What a person is known as, set off by commas after the name and the post
("وزير المالية X، المعروف بصرامته، إن", "X وزير المالية، المعروف
بصرامته،"), was read as a name: the speaker "المعروف بصرامته" with the
title and the real name for role, or the post taken for another person's
and lost. A definite participle of fame (المعروف، الملقب، المشهور) opens
no name and no role; the post stays the role.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import one


@pytest.mark.parametrize(
    "text, fragment, speaker, role",
    [
        (
            # a research centre, its field of two words, a cue after a
            # preposition's phrase and قائلا
            "علّق مدير مركز البحوث الاقتصادية حول البحر المتوسط سامي الكافي على قرار "
            "الحكومة، قائلا: «القرار جاء متأخرا جدا».",
            "جاء متأخرا",
            "سامي الكافي",
            "مدير مركز البحوث الاقتصادية حول البحر المتوسط",
        ),
        (
            # an institute with its purpose in لل, a field of one word, أنّ
            "وأكد مدير المعهد الوطني للبحوث حول الهجرة كريم الطرابلسي أن «الأرقام "
            "مرتفعة هذا العام».",
            "الأرقام مرتفعة",
            "كريم الطرابلسي",
            "مدير المعهد الوطني للبحوث حول الهجرة",
        ),
        (
            # an observatory, a woman, a comma after the name
            "وقالت رئيسة المرصد العربي حول الحريات الصحفية هالة الزين، في تصريح "
            "إذاعي، إن «عشرة صحفيين أوقفوا منذ بداية السنة».",
            "عشرة صحفيين",
            "هالة الزين",
            "رئيسة المرصد العربي حول الحريات الصحفية",
        ),
        (
            # a Maghrebi first name with the article after the field
            "وأوضح رئيس المنتدى المغاربي حول التنمية المستدامة الحبيب السالمي أن "
            "«المشروع يحتاج إلى تمويل أكبر».",
            "يحتاج إلى تمويل",
            "الحبيب السالمي",
            "رئيس المنتدى المغاربي حول التنمية المستدامة",
        ),
    ],
)
def test_body_field_after_hawla_is_the_post(text, fragment, speaker, role):
    q = one(text, fragment)
    assert q.speaker == speaker
    assert q.role == role


def test_family_name_later_keeps_post_with_hawla():
    # the family name alone later: the first mention's post
    q = one(
        "وقال رئيس مركز الدراسات حول الشرق الأوسط عادل النجار إن «المنطقة تمر "
        "بمرحلة دقيقة». وأضاف النجار أن «الحل سياسي قبل كل شيء».",
        "الحل سياسي",
    )
    assert q.speaker == "عادل النجار"
    assert q.role == "رئيس مركز الدراسات حول الشرق الأوسط"


@pytest.mark.parametrize(
    "text, fragment",
    [
        # near miss: the topic after حول, no name after it
        (
            "وتحدث رئيس المركز حول الوضع الأمني، قائلا: «الأمر يزداد تعقيدا».",
            "يزداد تعقيدا",
        ),
        # near miss: the topic after حول, then a comma and the words
        (
            "وتساءل مدير المعهد حول الإصلاحات الجديدة، قائلا: «من سيدفع الثمن؟».",
            "من سيدفع الثمن",
        ),
    ],
)
def test_topic_after_hawla_is_no_post(text, fragment):
    q = one(text, fragment)
    assert "حول" not in (q.role or "")
    assert "حول" not in (q.speaker or "")


@pytest.mark.parametrize(
    "text, fragment, speaker, role",
    [
        (
            # "relations with" in construct with a bare title
            "وقال وزير العلاقات مع مجلس النواب سامي حداد إن «مشروع القانون سيعرض الأسبوع المقبل».",
            "مشروع القانون",
            "سامي حداد",
            "وزير العلاقات مع مجلس النواب",
        ),
        (
            # glued to بـ after "in charge of", a woman, a coordinated genitive
            # read as an adjective, a comma after the name
            "وقالت الوزيرة المكلفة بالعلاقات مع المجتمع المدني هالة الزين، إن «الجمعيات "
            "شريك أساسي».",
            "الجمعيات شريك",
            "هالة الزين",
            "الوزيرة المكلفة بالعلاقات مع المجتمع المدني",
        ),
        (
            # a company's relations with its investors
            "وأوضح مدير العلاقات مع المستثمرين كريم العلوي أن «الطلب على الأسهم ارتفع».",
            "الطلب على الأسهم",
            "كريم العلوي",
            "مدير العلاقات مع المستثمرين",
        ),
        (
            # two words with the article after مع
            "وأكد الوزير المنتدب المكلف بالعلاقات مع المؤسسات الدستورية نزار الفاسي "
            "أن «الحوار مستمر».",
            "الحوار مستمر",
            "نزار الفاسي",
            "الوزير المنتدب المكلف بالعلاقات مع المؤسسات الدستورية",
        ),
    ],
)
def test_relations_with_a_body_before_the_name_are_the_post(text, fragment, speaker, role):
    q = one(text, fragment)
    assert q.speaker == speaker
    assert q.role == role


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        # near miss: the relations are what a verb of praising takes
        ("وأشاد الوزير بالعلاقات مع فرنسا، وقال إن «التعاون يتعزز».", "التعاون يتعزز", "الوزير"),
        # near miss: a counterpart after مع is the one met, no part of a post
        (
            "وبحث مدير العلاقات مع نظيره الفرنسي سبل التعاون، وقال إن «الاتفاق قريب».",
            "الاتفاق قريب",
            "مدير العلاقات",
        ),
    ],
)
def test_relations_with_no_post(text, fragment, speaker):
    assert one(text, fragment).speaker == speaker


@pytest.mark.parametrize(
    "text, fragment, speaker, role",
    [
        (
            # a minister's portfolio of two coordinated nouns, then the
            # spokesman's post in commas
            "قال سامي حداد وزير الاقتصاد والمالية، المتحدث الرسمي باسم الحكومة، إن "
            "«الميزانية متوازنة».",
            "الميزانية متوازنة",
            "سامي حداد",
            "وزير الاقتصاد والمالية، المتحدث الرسمي باسم الحكومة",
        ),
        (
            # a woman, a member's post second
            "وقالت هالة الزين رئيسة لجنة المالية، عضو المكتب السياسي للحزب، إن «العجز سيتقلص».",
            "العجز سيتقلص",
            "هالة الزين",
            "رئيسة لجنة المالية، عضو المكتب السياسي للحزب",
        ),
        (
            # أنّ after the second comma
            "وأكد كريم العلوي مدير المستشفى الجهوي، رئيس نقابة الأطباء، أن «الوضع تحت السيطرة».",
            "تحت السيطرة",
            "كريم العلوي",
            "مدير المستشفى الجهوي، رئيس نقابة الأطباء",
        ),
    ],
)
def test_post_after_name_and_second_post_in_commas(text, fragment, speaker, role):
    q = one(text, fragment)
    assert q.speaker == speaker
    assert q.role == role


def test_second_post_kept_at_a_later_mention():
    q = one(
        "وأكد كريم العلوي مدير المستشفى الجهوي، رئيس نقابة الأطباء، أن «الوضع تحت "
        "السيطرة». وأضاف العلوي أن «الأدوية متوفرة».",
        "الأدوية متوفرة",
    )
    assert q.speaker == "كريم العلوي"
    assert q.role == "مدير المستشفى الجهوي، رئيس نقابة الأطباء"


@pytest.mark.parametrize(
    "text",
    [
        # near miss: an occasion in commas after the post
        "قال سامي حداد وزير المالية، في تصريح صحفي، إن «الميزانية متوازنة».",
        # near miss: a time in commas after the post
        "قال سامي حداد وزير المالية، أمس الأحد، إن «الميزانية متوازنة».",
    ],
)
def test_adjunct_in_commas_is_no_second_post(text):
    q = one(text, "الميزانية متوازنة")
    assert q.speaker == "سامي حداد"
    assert q.role == "وزير المالية"


@pytest.mark.parametrize(
    "text, fragment, speaker, role",
    [
        (
            "ودعا المرشح للرئاسيات ديدي منصور النظام، في بيان، إلى «فتح حوار جاد».",
            "فتح حوار",
            "ديدي منصور",
            "المرشح للرئاسيات",
        ),
        (
            "ودعا رئيس الحزب تيجان حمدي الشعب، في كلمة مصورة، إلى «المشاركة بكثافة في الاقتراع».",
            "المشاركة بكثافة",
            "تيجان حمدي",
            "رئيس الحزب",
        ),
        (
            "ودعت الناشطة ليلى منصور المجتمع، في تدوينة، إلى «التضامن مع العائلات المتضررة».",
            "التضامن مع",
            "ليلى منصور",
            "الناشطة",
        ),
    ],
)
def test_common_object_after_titled_name(text, fragment, speaker, role):
    q = one(text, fragment)
    assert q.speaker == speaker
    assert q.role == role


def test_family_name_with_article_before_ila_is_the_name():
    # near miss: a family name with the article, then إلى, is the name's
    q = one("ودعا الوزير سامي الحداد، في بيان، إلى «الهدوء وضبط النفس».", "ضبط النفس")
    assert q.speaker == "سامي الحداد"


@pytest.mark.parametrize(
    "text, fragment, speaker, role",
    [
        (
            # the nisba in the feminine, agreeing with "diplomacy"
            "حذر وزير الخارجية الجزائري، سامي حداد، من تصعيد جديد على الحدود. "
            "وقال رئيس الدبلوماسية الجزائرية، أمس، إن «الأدلة واضحة».",
            "الأدلة واضحة",
            "سامي حداد",
            "وزير الخارجية الجزائري",
        ),
        (
            # no nisba, spelt with ي
            "قال وزير الخارجية كريم العلوي إن «المفاوضات متعثرة». وأكد رئيس "
            "الديبلوماسية أن «الباب لم يغلق».",
            "الباب لم يغلق",
            "كريم العلوي",
            "وزير الخارجية",
        ),
        (
            # a woman
            "قالت وزيرة الخارجية هالة الزين إن «الزيارة ناجحة». وأضافت رئيسة "
            "الدبلوماسية أن «الاتفاقيات ستوقع قريبا».",
            "ستوقع قريبا",
            "هالة الزين",
            "وزيرة الخارجية",
        ),
    ],
)
def test_head_of_diplomacy_is_the_foreign_minister(text, fragment, speaker, role):
    q = one(text, fragment)
    assert q.speaker == speaker
    assert q.role == role


@pytest.mark.parametrize(
    "text",
    [
        # near miss: another minister named before
        "قال وزير الداخلية سامي حداد إن «الحدود مؤمنة». وأضاف رئيس الدبلوماسية أن «الأمر واضح».",
        # near miss: the foreign minister of another country
        "قال وزير الخارجية الجزائري سامي حداد إن «الحدود مؤمنة». وأضاف رئيس "
        "الدبلوماسية المغربية أن «الأمر واضح».",
    ],
)
def test_head_of_diplomacy_not_another_minister(text):
    assert one(text, "الأمر واضح").speaker != "سامي حداد"


@pytest.mark.parametrize(
    "text, fragment, speaker, role",
    [
        (
            "قال رئيس الحزب محمد الأمين سالم إن «المشاركة واجبة». وأضاف ولد سالم أن "
            "«اللوائح جاهزة».",
            "اللوائح جاهزة",
            "محمد الأمين سالم",
            "رئيس الحزب",
        ),
        (
            # a woman, منت; the name of two words after the link
            "قالت رئيسة الجمعية مريم أحمد عبد الله إن «الحملة بدأت». وأضافت منت عبد الله "
            "أن «التبرعات تضاعفت».",
            "التبرعات تضاعفت",
            "مريم أحمد عبد الله",
            "رئيسة الجمعية",
        ),
    ],
)
def test_son_of_last_name_is_the_person_named_in_full(text, fragment, speaker, role):
    q = one(text, fragment)
    assert q.speaker == speaker
    assert q.role == role


@pytest.mark.parametrize(
    "text",
    [
        # near miss: two persons named before end with the name
        "قال رئيس الحزب محمد سالم إن «المشاركة واجبة». وقال الوزير أحمد سالم إن "
        "«الموعد ثابت». وأضاف ولد سالم أن «اللوائح جاهزة».",
        # near miss: no one named before ends with it
        "قال رئيس الحزب محمد الأمين سالم إن «المشاركة واجبة». وأضاف ولد أحمد أن «اللوائح جاهزة».",
    ],
)
def test_son_of_no_single_person(text):
    q = one(text, "اللوائح جاهزة")
    assert q.speaker.startswith("ولد")
    assert q.role is None


@pytest.mark.parametrize(
    "text, fragment, speaker, role",
    [
        (
            "قال وزير المالية سامي حداد، المعروف بصرامته، إن «العجز سيتقلص هذا العام».",
            "العجز سيتقلص",
            "سامي حداد",
            "وزير المالية",
        ),
        (
            # the post after the name
            "قال نزار الفاسي وزير التجهيز، المعروف بصرامته، إن «الطريق ستفتح قريبا».",
            "الطريق ستفتح",
            "نزار الفاسي",
            "وزير التجهيز",
        ),
        (
            # a woman
            "وقالت وزيرة الصحة هالة الزين، المعروفة بمواقفها الجريئة، إن «اللقاحات متوفرة».",
            "اللقاحات متوفرة",
            "هالة الزين",
            "وزيرة الصحة",
        ),
        (
            "وأكد رئيس النادي كريم العلوي، المشهور بتصريحاته النارية، أن «الفريق سيعود أقوى».",
            "سيعود أقوى",
            "كريم العلوي",
            "رئيس النادي",
        ),
    ],
)
def test_known_as_in_commas_is_no_name(text, fragment, speaker, role):
    q = one(text, fragment)
    assert q.speaker == speaker
    assert q.role == role


def test_rank_and_name_in_commas_still_the_name():
    # near miss: a rank and a name set off after a post are the speaker
    q = one("وقال المتحدث باسم الشرطة، المقدم سامي حداد، إن «التحقيق مستمر».", "التحقيق")
    assert q.speaker.endswith("سامي حداد")
    assert q.role == "المتحدث باسم الشرطة"


@pytest.mark.parametrize(
    "text, fragment, speaker, role",
    [
        (
            "وقال رئيس مركز الدراسات حول الشرق الأوسط، كريم العلوي، إن «المنطقة تمر بمرحلة دقيقة».",
            "بمرحلة دقيقة",
            "كريم العلوي",
            "رئيس مركز الدراسات حول الشرق الأوسط",
        ),
        (
            # a woman, an adjunct after the name's comma
            "وقالت مديرة المرصد العربي حول الحريات الصحفية، هالة الزين، في تصريح، إن "
            "«الصحفيين يعملون تحت الضغط».",
            "تحت الضغط",
            "هالة الزين",
            "مديرة المرصد العربي حول الحريات الصحفية",
        ),
    ],
)
def test_name_in_commas_after_body_field(text, fragment, speaker, role):
    q = one(text, fragment)
    assert q.speaker == speaker
    assert q.role == role
