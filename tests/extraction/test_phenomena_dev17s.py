"""Speakers of real news text (fifth session of 2026-12-05, dev17s).

Constructions that gave a quote a wrong speaker, each recurring in the
development excerpts of several outlets; every sentence here is invented.

1. An adverbial phrase between a cue verb and its words is no speaker: a
   manner phrase of بشكل/بصورة/بطريقة and its adjective ("وقال بشكل صريح
   إن", "مصرحا بصورة مباشرة بأن", also after the subject, "وقال الوزير بشكل
   واضح إن"), and "in this regard" glued to بـ ("وأضاف بهذا الخصوص أن",
   "بهذا الشأن", "بهذا الصدد"), as "في هذا الصدد" already was.
2. After a verb of going on or closing (واصل، تابع، أكمل، استكمل، اختتم …)
   a noun with the speaker's pronoun is the verb's object, his words
   ("وواصل دعاءه:", "وتابع شرحه:", "وأكملت تساؤلها:"), never the subject:
   the one quoted before goes on.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract

MINISTER = "رفض وزير المالية سامي الخطيب الانتقادات الموجهة إلى الموازنة، "
MINISTER_F = "رفضت وزيرة المالية سلمى الخطيب الانتقادات الموجهة إلى الموازنة، "


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text)]


# ---------------------------------------------------------------- rule 1


@pytest.mark.parametrize(
    "text",
    [
        MINISTER + 'وقال بشكل صريح إن "الحكومة لن ترفع الضرائب".',
        MINISTER + 'وأضاف بهذا الخصوص أن "الحكومة لن ترفع الضرائب".',
        MINISTER + 'ليضيف بهذا الشأن أن "الحكومة لن ترفع الضرائب".',
        MINISTER + 'وأكد بهذا الصدد أن "الحكومة لن ترفع الضرائب".',
        MINISTER + 'مصرحا بصورة مباشرة بأن "الحكومة لن ترفع الضرائب".',
        MINISTER + 'وقال الوزير بشكل واضح إن "الحكومة لن ترفع الضرائب".',
        MINISTER + 'وأوضح بطريقة غير مباشرة أن "الحكومة لن ترفع الضرائب".',
    ],
    ids=["bishakl", "bihadha-khusus", "liyudif-shan", "sadad", "bisura", "after-title", "tariqa"],
)
def test_adverbial_after_cue_is_no_speaker(text):
    assert _speakers(text) == [("الحكومة لن ترفع الضرائب", "سامي الخطيب")]


@pytest.mark.parametrize(
    "text",
    [
        MINISTER_F + 'وقالت بشكل حاسم إن "الحكومة لن ترفع الضرائب".',
        MINISTER_F + 'وأضافت بهذا الخصوص أن "الحكومة لن ترفع الضرائب".',
        MINISTER_F + 'وبهذا الشأن قالت إن "الحكومة لن ترفع الضرائب".',
    ],
)
def test_adverbial_after_cue_feminine(text):
    assert _speakers(text) == [("الحكومة لن ترفع الضرائب", "سلمى الخطيب")]


def test_near_miss_subject_after_the_adverbial_is_still_read():
    # the adverbial between the verb and a named subject: the name speaks
    text = 'وقال بشكل صريح رئيس البرلمان عادل النجار إن "القانون سيمر هذا الأسبوع".'
    assert _speakers(text) == [("القانون سيمر هذا الأسبوع", "عادل النجار")]


def test_near_miss_in_this_regard_with_fi_unchanged():
    text = MINISTER + 'وقال في هذا الصدد إن "الحكومة لن ترفع الضرائب".'
    assert _speakers(text) == [("الحكومة لن ترفع الضرائب", "سامي الخطيب")]


# ---------------------------------------------------------------- rule 2


@pytest.mark.parametrize(
    "text",
    [
        MINISTER + 'وواصل دعاءه: "اللهم احفظ هذا البلد".',
        MINISTER + 'وتابع شرحه: "اللهم احفظ هذا البلد".',
        MINISTER + 'وأكمل تساؤله قائلا: "اللهم احفظ هذا البلد".',
        MINISTER + 'واختتم مناشدته: "اللهم احفظ هذا البلد".',
        MINISTER + 'وواصل هجومه على المعارضة: "اللهم احفظ هذا البلد".',
    ],
    ids=["wasala", "tabaa", "akmala-qailan", "ikhtatama", "with-complement"],
)
def test_go_on_verb_with_own_noun_keeps_speaker(text):
    assert _speakers(text)[-1] == ("اللهم احفظ هذا البلد", "سامي الخطيب")


def test_go_on_verb_with_own_noun_feminine():
    text = MINISTER_F + 'وواصلت تساؤلها: "من يدفع الثمن في النهاية؟".'
    assert _speakers(text) == [("من يدفع الثمن في النهاية؟", "سلمى الخطيب")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a kin word with the pronoun is a new speaker, the subject
        (MINISTER + 'وتابع شقيقه: "اللهم احفظ هذا البلد".', "شقيقه"),
        # a verb of saying: "his lawyer said" (no going on)
        (MINISTER + 'وقال محاميه: "اللهم احفظ هذا البلد".', "محاميه"),
    ],
)
def test_near_miss_possessed_subject_kept(text, speaker):
    assert _speakers(text)[-1][1] == speaker


# ---------------------------------------------------------------- rule 3
# "مصرحا بأن", "مصرّحة:": the participle of صرّح is a cue like مضيفا and
# مؤكدا, its speaker the clause's subject (it was none: the quote fell to a
# phrase before it, once "رئيس الحكومة في …، مصرحا بشكل مباشر")


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "رفض سامي الخطيب، وزير المالية، الانتقادات الموجهة إلى الموازنة، "
            'مصرحا بأن "الحكومة لن ترفع الضرائب".',
            "سامي الخطيب",
        ),
        (
            "رفضت سلمى الخطيب، وزيرة المالية، الانتقادات الموجهة إلى الموازنة في "
            'البرلمان، مصرّحةً: "الحكومة لن ترفع الضرائب".',
            "سلمى الخطيب",
        ),
        (
            "وخرج المحتجون إلى الشوارع مساء الثلاثاء، "
            'مصرحين لوسائل الإعلام أن "الحكومة لن ترفع الضرائب".',
            "المحتجون",
        ),
        (
            "ورفض سامي الخطيب الانتقادات الموجهة إلى حكومة الرئيس في الولايتين الأخيرتين، "
            'مصرحاً بشكل مباشر بأن "الحكومة لن ترفع الضرائب".',
            "سامي الخطيب",
        ),
    ],
    ids=["masc", "fem-colon", "plural", "after-long-object"],
)
def test_participle_of_sarraha_is_a_cue(text, speaker):
    assert _speakers(text) == [("الحكومة لن ترفع الضرائب", speaker)]


def test_near_miss_unlicensed_is_no_cue():
    text = (
        "وأوقفت الشرطة عمالا غير مصرحين في ورشة البناء، وقال مدير الشرطة "
        'ماجد سالم إن "العملية ستستمر حتى نهاية الشهر".'
    )
    assert _speakers(text) == [("العملية ستستمر حتى نهاية الشهر", "ماجد سالم")]


# ---------------------------------------------------------------- rule 5
# "وزير الداخلية في الحكومة المعترف بها، الفريق X،": the body's participle and
# its بـ with the pronoun belong to the post (as "الممدد له" did); "بها" was
# read as the name (it is بهاء folded, so it is no preposition everywhere)


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (
            'قال وزير الداخلية في الحكومة المعترف بها، اللواء سامي عباس، إن "الأمن أولوية".',
            "سامي عباس",
            "وزير الداخلية في الحكومة المعترف بها",
        ),
        (
            'قالت وزيرة الصحة في الحكومة المعترف بها سلمى عباس إن "الأمن أولوية".',
            "سلمى عباس",
            "وزيرة الصحة في الحكومة المعترف بها",
        ),
        (
            'قال وزير الخارجية في الحكومة المعترف بها دوليا، سامي عباس، إن "الأمن أولوية".',
            "سامي عباس",
            "وزير الخارجية في الحكومة المعترف بها دوليا",
        ),
        (
            'قال المدير المكلف به سامي عباس إن "الأمن أولوية".',
            "سامي عباس",
            "المدير المكلف به",
        ),
    ],
    ids=["comma", "fem-no-comma", "dawliyan", "bihi"],
)
def test_participle_with_bi_pronoun_stays_in_the_post(text, speaker, role):
    (q,) = extract(text)
    assert (q.speaker, q.role) == (speaker, role)


def test_later_mention_after_participle_with_bi_pronoun():
    text = (
        "أثنى وزير الداخلية في الحكومة المعترف بها، اللواء سامي عباس، بدور الجيش. "
        'وأكد الوزير "عباس" على "ضرورة حماية الحدود".'
    )
    assert [q.speaker for q in extract(text)] == ["سامي عباس"]


def test_near_miss_bahaa_is_a_name():
    (q,) = extract('قال الفنان بهاء عباس إن "الأمن أولوية".')
    assert (q.speaker, q.role) == ("بهاء عباس", "الفنان")


# ---------------------------------------------------------------- rule 6
# "مضيفا أن الحكومة تؤكد على «…»": the words in marks are the man's, but the
# feminine verb agrees with its own subject after أنّ (a definite noun or a
# state), not with him; he stayed a man, so "وأضاف: «…»" after finds him
# (before, he was turned a woman and the masculine verb found nobody)

SPOKESMAN = "أعلن المتحدث باسم الوزارة، سامي عباس، دعم بلاده للمحتجين، "


@pytest.mark.parametrize(
    "clause",
    [
        "مضيفا أن الحكومة تؤكد على ”حق المواطنين في الاحتجاج“.",
        "مضيفا أن الحكومة الليبية ترى ”حق المواطنين في الاحتجاج“.",
        "مشيرا إلى أن واشنطن تشدد على ”حق المواطنين في الاحتجاج“.",
    ],
    ids=["definite", "two-words", "state"],
)
def test_feminine_verb_of_that_clause_subject_keeps_the_man(clause):
    text = (
        SPOKESMAN
        + clause
        + "\nوقال عباس في تغريدة، إن ”الحكومة تدعم حرية التعبير“.\n"
        + "وأضاف: ”للشعب الحق في محاسبة حكومته“."
    )
    assert [q.speaker for q in extract(text)] == ["سامي عباس"] * 3


def test_near_miss_feminine_verb_of_the_woman_herself():
    # the feminine verb's subject is the woman quoted: she stays a woman, and
    # the masculine verb after goes to the man named later, not to her
    text = (
        "وقالت الوزيرة سلمى عباس إن ”الحكومة ملتزمة“. والتقى النائب كريم حداد بها. "
        "وأضاف: ”لن نقبل بذلك“."
    )
    quotes = extract(text)
    assert quotes[0].speaker == "سلمى عباس"
    assert quotes[1].speaker != "سلمى عباس"


# ---------------------------------------------------------------- rule 7
# "قائلا إن الخطة تضمنت كل المطالب، مردفا «…»": with its subject right before
# it (a definite noun, or one with a pronoun), the verb of containing has
# what it contains after it, no speaker; the participle after goes on with
# the clause's subject (before, "كل المطالب" spoke)

CALLED = "ودعا وزير المالية سامي عباس النواب إلى الحوار، "


@pytest.mark.parametrize(
    "middle",
    [
        "قائلا إن الخطة تضمنت كل المطالب التي تم الاتفاق عليها، مردفا ",
        "قائلا إن وثيقته تضمنت جميع القضايا، مضيفا ",
        "مؤكدا أن المبادرة تتضمن كافة الضمانات، وتابع ",
    ],
    ids=["definite", "possessed", "present"],
)
def test_contains_after_its_subject_is_no_cue(middle):
    text = CALLED + middle + '"نحن نرحب بكم جميعا".'
    assert _speakers(text) == [("نحن نرحب بكم جميعا", "سامي عباس")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('وتضمنت البرقية أن "الوضع خطير".', "البرقية"),
        ('كما تضمنت الوثيقة أن "الوضع خطير".', "الوثيقة"),
    ],
)
def test_near_miss_contains_before_its_document_still_a_cue(text, speaker):
    assert _speakers(text) == [("الوضع خطير", speaker)]


# ---------------------------------------------------------------- rule 8
# "أعلن الوزير X Y استقالته، وقال": a feminine verbal noun of a derived form
# (استفالة, مفاعلة, إفالة) whose ة is written ت before "his/her/their" is the
# verb's object, no word of the name (it was read on into it: "X Y استقالته")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('وأعلن الوزير سامي عباس استقالته، وقال إن "الحكومة فشلت".', "سامي عباس"),
        ('وأعلن سامي عباس استقالته من الحكومة، وقال إن "الحكومة فشلت".', "سامي عباس"),
        ('وأكد النائب كريم حداد مشاركته في الجلسة، وقال إن "الحكومة فشلت".', "كريم حداد"),
        (
            'أعلن الوزير سامي عباس استقالته. وبرر عباس استقالته قائلا: "لم يتغير شيء".',
            "سامي عباس",
        ),
        ('وأعلنت الوزيرة ليلى حداد إقالتها للمدير، وقالت إن "الحكومة فشلت".', "ليلى حداد"),
    ],
    ids=["istiqala", "no-title", "musharaka", "one-word-name", "iqala"],
)
def test_owned_feminine_masdar_ends_the_name(text, speaker):
    assert _speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('وقال المحامي سامي شحاته إن "الحكومة فشلت".', "سامي شحاته"),
        ('وقال المهندس أسامة عباس إن "الحكومة فشلت".', "أسامة عباس"),
    ],
)
def test_near_miss_names_in_ta_kept(text, speaker):
    assert _speakers(text)[-1][1] == speaker


# ---------------------------------------------------------------- rule 9
# "وفي بيان لاحق برر X استقالته قائلا: «…»": the statement a fronted
# adverbial opens the sentence with is where the words were said, no one
# who goes on (as "ودان الرئيس الهجوم في بيان، وقال" was), also when a line
# break cuts the sentence before the participle


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "أعلن سامي عباس انسحابه من الحزب. وفي بيان لاحق برر عباس قراره "
            'قائلا: "لقد قدمت ملاحظات كثيرة".',
            "سامي عباس",
        ),
        (
            "أعلن سامي عباس انسحابه من الحزب.\nوفي بيان ثان أصدره مساء الأحد برر عباس قراره\n"
            'قائلا: "لقد قدمت ملاحظات كثيرة".',
            "سامي عباس",
        ),
        (
            "أعلنت النائبة ليلى حداد انسحابها من الحزب. وفي تدوينة لاحقة شرحت حداد قرارها "
            'قائلة: "لقد قدمت ملاحظات كثيرة".',
            "ليلى حداد",
        ),
    ],
    ids=["same-line", "line-break", "woman"],
)
def test_fronted_statement_is_no_speaker(text, speaker):
    assert _speakers(text)[-1][1] == speaker


def test_near_miss_body_in_its_own_statement_kept():
    text = 'أعلنت وزارة الصحة عن إجراءات جديدة. وفي بيان لها قالت إن "الوضع مستقر".'
    assert _speakers(text) == [("الوضع مستقر", "وزارة الصحة")]
