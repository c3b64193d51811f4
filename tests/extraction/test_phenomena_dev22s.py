"""Speakers of real news text (second session of 2026-12-06, dev22s).

Constructions that gave a quote a wrong speaker in the development
excerpts; every sentence here is invented.

1. A post in construct with a complex of companies glued to لـ, its name
   in marks ("المدير العام لمجمع «X»، Y Z،"): مجمع was no label noun, so
   "لمجمع" was read as the holder's name and the name in commas was lost.
   The post's holder speaks now, as after شركة and مؤسسة (since mend22w
   through dev22r's entry in ORGANIZATION_HEADS alone: the twin entry in
   LABEL_NOUNS was dropped, with the same readings). Not the complex
   speaking ("وقال المجمع في بيان"), nor a name right after its bare name
   ("مدير مجمع النفط X Y").
2. Abu Dhabi written as one word (أبوظبي) after a post ("ولي عهد أبوظبي"):
   the city was no known city, so it was read as the holder's name, and
   "وقال ولي عهد أبوظبي" later found nobody. It is a city in construct
   now, as دبي and عجمان were. Not "مسؤول في أبوظبي", nor a name before
   "من أبوظبي".
3. A post after the verb that opens its clause, no verb of saying ("بدا
   مدرب الفريق لنادي X Y، Z W، واثقا"), its genitive's name read as
   a name: the phrase was read from after its title, so the name in
   commas after it was no holder's (as it is after a verb of saying) and
   the genitive ("X Y") spoke for the verbs after. The name in commas is
   the holder's now. Not an honorific in the phrase, which holds the name
   ("كتب النائب الدكتور X Y، وبأسلوب ساخر،").
4. A post whose body is said to belong to another ("القائد الميداني
   لكتيبة «X» التابعة للجبهة الشامية، العقيد Y Z،", "المنضوي في …",
   "المقربة من …"): the phrase ended on the participle (a name or a body
   in marks before it, then لـ read as the one told), so the participle
   or the body's name spoke and the name in commas was lost. The
   participle, its preposition and the body it names (up to a comma) are
   part of the post now. Not with no comma after the body (the post
   speaks), nor an outlet that belongs to a regime ("وكالة «X» التابعة
   للنظام").
5. A verb of saying, then a noun with the suffix "our" and no colon
   ("وقال خيارنا واحد «…»", "وأضافت هدفنا واضح"): the noun was read as
   the verb's subject, a speaker named "خيارنا", and the verbs after
   went on with it. No phrase that names a speaker opens so (the "تنا"
   of "إمكانياتنا" was refused already); the subject is elided and the
   one the story is about speaks. Not a name ending in نا after a long
   vowel ("لينا", "ديانا", "سوزانا") nor a given name ("رنا", "حنا",
   "يوحنا").
6. A post whose body is described by an elative and its noun of
   specification ("رئيس النادي الأكثر شعبية", "الحزب الأقل تمثيلا"): the
   noun was read as the holder's name ("شعبية", "تمثيلا"). Both describe
   the body now: with no name the post speaks, a name after them is the
   holder's. Not a plain adjective before a name ("مدرب الفريق الأفضل X
   Y"), the noun's shape (accusative, or an abstract noun in ية) tells.
   Left: an accusative the rule does not read ("الأكثر تتويجا X Y" cuts
   the post before it and loses the name; a strict xfail).
7. The residents of a place glued to لـ after a post ("رئيس الوزراء
   لسكان الجنوب:", "وزيرة الصحة لأهالي القرى:", "وقال الوزير لأهالي
   الضحايا إن"): they were read as the post's holder, a person named
   "لأهالي …" with the post, whom the post said again later resolved to.
   They are the ones spoken to now (_glued_to_lam), as "لمواطني" was. Not
   the residents speaking ("وقال أهالي القرية إن").
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text)]


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.role) for q in extract(text)]


# ---------------------------------------------------------------- rule 1


@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            'صرح المدير العام لمجمع "الفوسفاط"، سمير الحداد، '
            'أن "الإنتاج ارتفع هذا العام بشكل كبير".',
            "الإنتاج ارتفع هذا العام بشكل كبير",
            "سمير الحداد",
            'المدير العام لمجمع "الفوسفاط"',
        ),
        (
            "وأعلنت المديرة التجارية لمجمع «الإسمنت»، نادية "
            "بن صالح، أن «الأسعار لن ترتفع هذا الصيف».",
            "الأسعار لن ترتفع هذا الصيف",
            "نادية بن صالح",
            "المديرة التجارية لمجمع «الإسمنت»",
        ),
        (
            'وقال الناطق الرسمي لمجمع "الصناعات الغذائية" '
            'خالد العمري إن "التصدير سيبدأ الشهر المقبل".',
            "التصدير سيبدأ الشهر المقبل",
            "خالد العمري",
            'الناطق الرسمي لمجمع "الصناعات الغذائية"',
        ),
        (
            "وأوضح الرئيس المدير العام لمجمع “الحديد” يوسف "
            "بن علي أن “المصنع الجديد سيشغل ألف عامل”.",
            "المصنع الجديد سيشغل ألف عامل",
            "يوسف بن علي",
            "الرئيس المدير العام لمجمع “الحديد”",
        ),
    ],
    ids=["comma-name", "feminine-guillemets", "no-commas", "two-posts-curly"],
)
def test_complex_in_marks_is_the_posts_genitive(text, words, speaker, role):
    assert (words, speaker, role) in _roles(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'قال المدير العام لشركة "النفط"، أحمد السالمي، أن "الإنتاج ارتفع هذا العام بشكل كبير".',
            "الإنتاج ارتفع هذا العام بشكل كبير",
            "أحمد السالمي",
        ),
        (
            'وقال المجمع في بيان إن "الإنتاج ارتفع هذا العام بشكل كبير".',
            "الإنتاج ارتفع هذا العام بشكل كبير",
            "المجمع",
        ),
        (
            'قال مدير مجمع النفط أحمد السالمي إن "الإنتاج ارتفع هذا العام بشكل كبير".',
            "الإنتاج ارتفع هذا العام بشكل كبير",
            "أحمد السالمي",
        ),
        (
            "وقالت رئيسة مجمع «النور» الطبي، ليلى عمران، إن "
            "«المرضى يتلقون العلاج مجانا في كل الأقسام».",
            "المرضى يتلقون العلاج مجانا في كل الأقسام",
            "ليلى عمران",
        ),
    ],
    ids=["company-as-before", "complex-speaks", "bare-complex-then-name", "complex-not-glued"],
)
def test_complex_near_misses(text, words, speaker):
    assert (words, speaker) in _speakers(text)


# ---------------------------------------------------------------- rule 2


@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "استقبل ولي عهد أبوظبي، حمدان بن خليفة، الوفد الياباني. "
            'وقال ولي عهد أبوظبي إن "الشراكة مع اليابان استراتيجية".',
            "الشراكة مع اليابان استراتيجية",
            "حمدان بن خليفة",
            "ولي عهد أبوظبي",
        ),
        (
            "التقى ولي عهد أبوظبي، خالد بن محمد، الوزراء. ولي "
            "عهد أبوظبي: «الشباب ثروة الوطن الحقيقية».",
            "الشباب ثروة الوطن الحقيقية",
            "خالد بن محمد",
            "ولي عهد أبوظبي",
        ),
        (
            'أشاد ولي عهد أبوظبي بالمنتخب قائلا: "أنتم فخر الوطن".',
            "أنتم فخر الوطن",
            "ولي عهد أبوظبي",
            "ولي عهد أبوظبي",
        ),
    ],
    ids=["post-said-again", "headline-post", "post-alone"],
)
def test_abu_dhabi_is_the_posts_city(text, words, speaker, role):
    assert (words, speaker, role) in _roles(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'أكد مدير شرطة أبوظبي اللواء سالم الظاهري أن "الطرق آمنة في موسم الأمطار".',
            "الطرق آمنة في موسم الأمطار",
            "سالم الظاهري",
        ),
        (
            'قال ولي عهد دبي، حمدان بن محمد، إن "الإمارة تستقبل ملايين الزوار كل عام".',
            "الإمارة تستقبل ملايين الزوار كل عام",
            "حمدان بن محمد",
        ),
        (
            'وقال مسؤول في أبوظبي إن "الاتفاق سيوقع قريبا".',
            "الاتفاق سيوقع قريبا",
            "مسؤول في أبوظبي",
        ),
        (
            'وأكد سالم الظاهري من أبوظبي أن "الطرق آمنة في موسم الأمطار".',
            "الطرق آمنة في موسم الأمطار",
            "سالم الظاهري",
        ),
    ],
    ids=["police-chief", "dubai-as-before", "official-in", "name-from"],
)
def test_abu_dhabi_near_misses(text, words, speaker):
    assert (words, speaker) in _speakers(text)


# ---------------------------------------------------------------- rule 3


@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "بدا مدرب الفريق الأول لنادي شباب قسنطينة، كريم الزاهي، واثقا من فريقه. "
            'وتحدث التقني المغربي قائلا: "الفريق قادر على الفوز باللقب هذا الموسم".',
            "الفريق قادر على الفوز باللقب هذا الموسم",
            "كريم الزاهي",
            "مدرب الفريق الأول لنادي شباب قسنطينة",
        ),
        (
            "وصل الرئيس التنفيذي لشركة طيران الخليج، حسن الناصر، إلى الرياض. "
            'وقال: "الرحلات الجديدة تبدأ في الصيف المقبل".',
            "الرحلات الجديدة تبدأ في الصيف المقبل",
            "حسن الناصر",
            "الرئيس التنفيذي لشركة طيران الخليج",
        ),
        (
            "استقبل الأمين العام لحزب نداء تونس، سليم الرياحي، وفدا من الشباب. "
            'وأضاف أن "الحزب سيشارك في الانتخابات".',
            "الحزب سيشارك في الانتخابات",
            "سليم الرياحي",
            "الأمين العام لحزب نداء تونس",
        ),
        (
            "حضرت المديرة الجديدة لمستشفى ابن سينا، هدى بن عمر، الاجتماع. "
            'وقالت إن "الأقسام الجديدة جاهزة".',
            "الأقسام الجديدة جاهزة",
            "هدى بن عمر",
            "المديرة الجديدة لمستشفى ابن سينا",
        ),
    ],
    ids=["coach-club", "ceo-company", "party-leader", "feminine-hospital"],
)
def test_name_in_commas_after_a_post_no_cue_governs(text, words, speaker, role):
    assert (words, speaker, role) in _roles(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'كتب النائب الدكتور سمير الحداد، وبأسلوب ساخر، أن "الحكومة لا تسمع أحدا".',
            "الحكومة لا تسمع أحدا",
            "سمير الحداد",
        ),
        (
            'التقى رئيس وزراء قطر، محمد بن عبد الرحمن، الوفد. وقال إن "العلاقات متينة".',
            "العلاقات متينة",
            "محمد بن عبد الرحمن",
        ),
    ],
    ids=["honorific-holds-the-name", "country-genitive"],
)
def test_name_in_commas_near_misses(text, words, speaker):
    assert (words, speaker) in _speakers(text)


# ---------------------------------------------------------------- rule 4


@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            'دعا القائد الميداني لكتيبة "الأنصار" التابعة للجبهة الشامية، العقيد مازن الحموي، '
            'إلى "وقف التصعيد فورا في الريف".',
            "وقف التصعيد فورا في الريف",
            "مازن الحموي",
            'القائد الميداني لكتيبة "الأنصار" التابعة للجبهة الشامية',
        ),
        (
            'قال الأمين العام لحزب "الأمل" المنضوي في التحالف الوطني، سمير الحداد، '
            'إن "الحوار ضروري بين كل الأطراف".',
            "الحوار ضروري بين كل الأطراف",
            "سمير الحداد",
            'الأمين العام لحزب "الأمل" المنضوي في التحالف الوطني',
        ),
        (
            'وقالت رئيسة جمعية "النور" المقربة من الحزب الحاكم، ليلى عمران، '
            'إن "التبرعات تضاعفت هذا العام".',
            "التبرعات تضاعفت هذا العام",
            "ليلى عمران",
            'رئيسة جمعية "النور" المقربة من الحزب الحاكم',
        ),
        (
            "حذر القائد الميداني لفصيل أحرار الجبل التابع للجيش الوطني، الرائد سمير الحداد، "
            'من "هجوم وشيك على المدينة".',
            "هجوم وشيك على المدينة",
            "سمير الحداد",
            "القائد الميداني لفصيل أحرار الجبل التابع للجيش الوطني",
        ),
    ],
    ids=["battalion-marks", "within-party", "close-to-feminine", "faction-no-marks"],
)
def test_body_it_belongs_to_is_part_of_the_post(text, words, speaker, role):
    assert (words, speaker, role) in _roles(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "قال الأمين العام لحزب الأمل التابع للتحالف الوطني، الدكتور سمير الحداد، "
            'إن "الحوار ضروري بين كل الأطراف".',
            "الحوار ضروري بين كل الأطراف",
            "سمير الحداد",
        ),
        (
            'وقال المتحدث باسم لواء "الفتح" التابع للمعارضة إن "المعارك ستستمر حتى النصر".',
            "المعارك ستستمر حتى النصر",
            'المتحدث باسم لواء "الفتح" التابع للمعارضة',
        ),
        (
            'نقلت وكالة "سانا" التابعة للنظام عن مصدر عسكري قوله إن "الجيش سيطر على البلدة".',
            "الجيش سيطر على البلدة",
            "مصدر عسكري",
        ),
        (
            'قال مدير المستشفى التابع للوزارة، الطبيب كريم الزاهي، إن "الأسرة ممتلئة".',
            "الأسرة ممتلئة",
            "كريم الزاهي",
        ),
    ],
    ids=["party-as-before", "no-name-after", "outlet-relays", "hospital-as-before"],
)
def test_body_it_belongs_to_near_misses(text, words, speaker):
    assert (words, speaker) in _speakers(text)


# ---------------------------------------------------------------- rule 5


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'استقبل الوزير سمير الحداد المزارعين. وقال خيارنا واحد "دعم الإنتاج المحلي".',
            "دعم الإنتاج المحلي",
            "سمير الحداد",
        ),
        (
            'ألقت الوزيرة ليلى عمران كلمة في المؤتمر. وأضافت هدفنا واضح "تعليم كل الأطفال".',
            "تعليم كل الأطفال",
            "ليلى عمران",
        ),
        (
            'تحدث رئيس الحزب كريم الزاهي أمام أنصاره. وقال موقفنا ثابت "لا تحالف مع الفاسدين".',
            "لا تحالف مع الفاسدين",
            "كريم الزاهي",
        ),
    ],
    ids=["our-choice", "our-aim-feminine", "our-stance"],
)
def test_noun_with_our_is_no_speaker(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "name",
    ["رنا الحلبي", "ديانا الحسن", "حنا غريب", "لينا الخطيب", "سوزانا رومانو", "يوحنا داود"],
)
def test_names_ending_in_na_still_speak(name):
    verb = "وقال" if name in ("حنا غريب", "يوحنا داود") else "وقالت"
    text = f'{verb} {name} إن "الوضع صعب في المخيمات".'
    assert ("الوضع صعب في المخيمات", name) in _speakers(text)


# ---------------------------------------------------------------- rule 6


@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            'قال رئيس الفريق الأكثر شعبية بالمغرب: "الحوار ضروري بين كل الأطراف".',
            "الحوار ضروري بين كل الأطراف",
            "رئيس الفريق الأكثر شعبية",
            "رئيس الفريق الأكثر شعبية",
        ),
        (
            'وقال رئيس الحزب الأقل تمثيلا في البرلمان إن "القانون الانتخابي ظالم".',
            "القانون الانتخابي ظالم",
            "رئيس الحزب الأقل تمثيلا",
            "رئيس الحزب الأقل تمثيلا",
        ),
        (
            'وأكد مدير المستشفى الأكثر ازدحاما في العاصمة أن "الأطباء مرهقون".',
            "الأطباء مرهقون",
            "مدير المستشفى الأكثر ازدحاما",
            "مدير المستشفى الأكثر ازدحاما",
        ),
        (
            'وقالت رئيسة الجمعية الأكثر نشاطا إن "التبرعات تراجعت".',
            "التبرعات تراجعت",
            "رئيسة الجمعية الأكثر نشاطا",
            "رئيسة الجمعية الأكثر نشاطا",
        ),
        (
            'وقال رئيس النادي الأكثر شعبية سمير الحداد إن "الفريق سيفوز".',
            "الفريق سيفوز",
            "سمير الحداد",
            "رئيس النادي الأكثر شعبية",
        ),
        (
            'وأكد مدير المستشفى الأكثر ازدحاما فريد بوزيان أن "الأطباء مرهقون".',
            "الأطباء مرهقون",
            "فريد بوزيان",
            "مدير المستشفى الأكثر ازدحاما",
        ),
        (
            'وقال أمين عام النقابة الأكثر تمثيلا نبيل عيسى إن "الإضراب مستمر".',
            "الإضراب مستمر",
            "نبيل عيسى",
            "أمين عام النقابة الأكثر تمثيلا",
        ),
    ],
    ids=[
        "most-popular",
        "least-accusative",
        "busiest",
        "feminine-active",
        "then-a-name",
        "accusative-then-a-name",
        "accusative-then-a-name-2",
    ],
)
def test_elative_and_its_noun_describe_the_body(text, words, speaker, role):
    assert (words, speaker, role) in _roles(text)


# (an xfail until kw29b: main cut the post at 'رئيس النادي الأكثر')
def test_elative_with_an_unread_accusative_then_a_name():
    text = 'وقال رئيس النادي الأكثر تتويجا كريم الزاهي إن "الفريق سيفوز".'
    assert ("الفريق سيفوز", "كريم الزاهي", "رئيس النادي الأكثر تتويجا") in _roles(text)


@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            'وقال مدرب الفريق الأفضل سمير الحداد إن "الفريق سيفوز".',
            "الفريق سيفوز",
            "سمير الحداد",
            "مدرب الفريق الأفضل",
        ),
        (
            'وقالت رئيسة الجمعية الأفضل رانيا الحلبي إن "التبرعات تراجعت".',
            "التبرعات تراجعت",
            "رانيا الحلبي",
            "رئيسة الجمعية الأفضل",
        ),
        (
            'وقال المدرب الأفضل في البطولة كريم الزاهي إن "الفريق سيفوز".',
            "الفريق سيفوز",
            "كريم الزاهي",
            "المدرب الأفضل في البطولة",
        ),
    ],
    ids=["plain-adjective-then-name", "given-name-in-a", "elative-then-place"],
)
def test_elative_near_misses(text, words, speaker, role):
    assert (words, speaker, role) in _roles(text)


# ---------------------------------------------------------------- rule 7


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'أكد رئيس الوزراء سمير الحداد أن "المشاريع جاهزة". رئيس الوزراء لسكان الجنوب: '
            'دوركم مهم في حماية المنطقة. وأضاف رئيس الوزراء: "لدينا خطة كاملة للتنمية".',
            "لدينا خطة كاملة للتنمية",
            "سمير الحداد",
        ),
        (
            'أكدت وزيرة الصحة ليلى عمران أن "المستشفيات جاهزة". وزيرة الصحة لأهالي القرى: '
            '"لن نترككم وحدكم". وأضافت وزيرة الصحة: "الأدوية متوفرة".',
            "الأدوية متوفرة",
            "ليلى عمران",
        ),
        (
            'وقال الوزير لأهالي الضحايا إن "العدالة ستأخذ مجراها".',
            "العدالة ستأخذ مجراها",
            "الوزير",
        ),
    ],
    ids=["headline-residents", "feminine-people-of", "told-after-the-verb"],
)
def test_residents_glued_to_lam_are_told(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'وقال أهالي القرية إن "المياه مقطوعة منذ أسبوع".',
            "المياه مقطوعة منذ أسبوع",
            "أهالي القرية",
        ),
        (
            'وقال سكان الحي إن "المياه مقطوعة منذ أسبوع".',
            "المياه مقطوعة منذ أسبوع",
            "سكان الحي",
        ),
    ],
    ids=["people-of-speak", "residents-speak"],
)
def test_residents_near_misses(text, words, speaker):
    assert (words, speaker) in _speakers(text)
