"""Speakers of real news text (first session of 2026-12-06, dev21s).

Constructions that gave a quote a wrong speaker in the development
excerpts; every sentence here is invented.

1. A preposition of time joined by و opening the clause right before the
   verb of saying ("وبعد اللقاء قال إن", "وخلال المؤتمر الصحفي قال إن",
   "ولدى وصوله أكد أن"): the fronted adverbial was read as the verb's
   subject ("وبعد اللقاء", "وخلال المؤتمر" with the role "الصحفي"). The
   subject is elided: the one the text is about speaks. Not a subject named
   after the verb ("وقبل اللقاء قال وزير الخارجية الفرنسي"), nor the
   participle after "وعقّب X" (the verb "commented", not "after").
2. A speech or a message sent to someone glued to لـ, then where they are
   ("ووجه X كلمة للجنود في الجبهة قال فيها", "رسالة للاعبين في المعسكر
   قائلا فيها"): the addressee and the place after it were read as the
   one whose speech it is ("الجنود في"); the sender speaks, as he did with
   no place after the addressee. Not a recording of someone ("مقطعا لزعيم
   الحركة في السجن يقول فيه": he speaks), nor a message received from
   someone ("تلقى X رسالة من Y في Z قال فيها").
3. A post, then its holder's name in brackets of five words with a link
   of lineage or family among them ("وزير الداخلية (X بن Y آل Z)", "(X
   ولد Y ولد Z)"): the brackets were read as a name of four words at
   most, so the post spoke with no name, and the family name said again
   later ("وقال (آل Z)") found no one. Not five words of an aside in
   brackets, a link among them or not.
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text)]


# ---------------------------------------------------------------- rule 1

_MET = "استقبل وزير الاقتصاد كمال الدباغ وفدا من رجال الأعمال الأتراك. "
_MET_F = "استقبلت وزيرة الصحة نوال السعدي سفير اليابان في مكتبها. "


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            _MET + 'وبعد الاجتماع قال إن "الاستثمارات التركية مرحب بها في كل القطاعات".',
            "الاستثمارات التركية مرحب بها في كل القطاعات",
            "كمال الدباغ",
        ),
        (
            _MET + 'وخلال الندوة الصحفية أكد أن "الحكومة ستخفض الضرائب على المصانع".',
            "الحكومة ستخفض الضرائب على المصانع",
            "كمال الدباغ",
        ),
        (
            _MET_F + 'وعقب المباحثات قالت: "اليابان شريك أساسي في تطوير المستشفيات".',
            "اليابان شريك أساسي في تطوير المستشفيات",
            "نوال السعدي",
        ),
        (
            _MET + 'وإثر انتهاء المحادثات صرح بأن "الطرفين اتفقا على لجنة مشتركة".',
            "الطرفين اتفقا على لجنة مشتركة",
            "كمال الدباغ",
        ),
        (
            _MET_F + 'وعند مغادرة الضيف أضافت أن "التعاون الصحي سيتوسع العام المقبل".',
            "التعاون الصحي سيتوسع العام المقبل",
            "نوال السعدي",
        ),
    ],
    ids=["after", "during", "following-feminine", "upon", "when-feminine"],
)
def test_fronted_time_adverbial_is_no_subject(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            # the subject named after the verb speaks
            _MET + 'وقبل الاجتماع قال رئيس الوفد التركي إن "الشركات التركية جاهزة للعمل".',
            "الشركات التركية جاهزة للعمل",
            "رئيس الوفد التركي",
        ),
        (
            # "وعقّب X" is the verb "commented", its subject speaks
            _MET + 'وعقب رئيس الغرفة التجارية سامر النقاش على الاتفاق قائلا: "هذه بداية '
            'مرحلة جديدة للمصدرين".',
            "هذه بداية مرحلة جديدة للمصدرين",
            "سامر النقاش",
        ),
        (
            # the adverbial set off by its comma, the subject after the verb
            _MET + 'وبعد الاجتماع، قال رجل الأعمال مراد يلدز إن "السوق واعدة جدا".',
            "السوق واعدة جدا",
            "مراد يلدز",
        ),
        (
            # a subject before the verb with no adverbial
            _MET + 'والوزير قال إن "الاستثمارات التركية مرحب بها في كل القطاعات".',
            "الاستثمارات التركية مرحب بها في كل القطاعات",
            "كمال الدباغ",
        ),
    ],
    ids=["named-after-verb", "commented", "comma", "subject-first"],
)
def test_fronted_time_adverbial_near_misses(text, words, speaker):
    assert (words, speaker) in _speakers(text)


# ---------------------------------------------------------------- rule 2


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'ووجه رئيس الحكومة كمال الدباغ كلمة للجنود في الجبهة قال فيها: "النصر قريب".',
            "النصر قريب",
            "كمال الدباغ",
        ),
        (
            'ووجه رئيس الحكومة كمال الدباغ خطابا للمواطنين في الخارج قال فيه إن "الوطن ينتظركم".',
            "الوطن ينتظركم",
            "كمال الدباغ",
        ),
        (
            "وأرسل المدرب سامر النقاش رسالة للاعبين في المعسكر قائلا فيها: "
            '"أنتم قادرون على الفوز".',
            "أنتم قادرون على الفوز",
            "سامر النقاش",
        ),
        (
            "ووجه الوزير كمال الدباغ رسالة للمزارعين في قرى الجنوب قال فيها: "
            '"الدعم سيصل قبل الحصاد".',
            "الدعم سيصل قبل الحصاد",
            "كمال الدباغ",
        ),
    ],
    ids=["speech", "address", "participle", "two-word-place"],
)
def test_place_after_the_addressee_of_a_message(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            # a recording's owner speaks in it
            'وبثت القناة مقطعا لزعيم الحركة في السجن يقول فيه: "لن نستسلم".',
            "لن نستسلم",
            "زعيم الحركة في السجن",
        ),
        (
            # the message received: its sender speaks
            'وتلقى الوزير كمال الدباغ رسالة من نظيره التركي في أنقرة قال فيها إن "التعاون سيستمر".',
            "التعاون سيستمر",
            "نظيره التركي في أنقرة",
        ),
        (
            # no place after the addressee, as before
            'ووجه الوزير كمال الدباغ رسالة للمزارعين قال فيها: "الدعم سيصل قبل الحصاد".',
            "الدعم سيصل قبل الحصاد",
            "كمال الدباغ",
        ),
    ],
    ids=["recording", "received", "no-place"],
)
def test_place_after_the_addressee_near_misses(text, words, speaker):
    assert (words, speaker) in _speakers(text)


# ---------------------------------------------------------------- rule 3


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "أشاد وزير الداخلية (فهد بن ناصر آل مقرن) بجهود رجال الأمن. وقال (آل مقرن) في "
            'مؤتمر صحفي إن "الوضع الأمني مستقر".',
            "الوضع الأمني مستقر",
            "فهد بن ناصر آل مقرن",
        ),
        (
            'قال وزير الصيد (محمد ولد سيدي ولد أحمد) إن "الثروة السمكية تحتاج إلى حماية".',
            "الثروة السمكية تحتاج إلى حماية",
            "محمد ولد سيدي ولد أحمد",
        ),
        (
            'التقى وزير الخارجية (ناصر بن سعيد آل عيسى) سفير اليابان، وقال إن "العلاقات متينة".',
            "العلاقات متينة",
            "ناصر بن سعيد آل عيسى",
        ),
        (
            'قال وزير المالية (راشد بن حمد بن سالم) إن "الإصلاحات ستستمر".',
            "الإصلاحات ستستمر",
            "راشد بن حمد بن سالم",
        ),
    ],
    ids=["family-said-again", "ould", "object-after", "ibn-twice"],
)
def test_five_word_name_with_links_in_brackets(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            # four words, as before
            'قال وزير الصحة (عادل بن أحمد الخطيب) إن "المستشفيات جاهزة".',
            "المستشفيات جاهزة",
            "عادل بن أحمد الخطيب",
        ),
        (
            # five words of an aside, a link among them: no name
            'قال رئيس البعثة (في تصريح لوكالة بن نيوز) إن "الانتخابات نزيهة".',
            "الانتخابات نزيهة",
            "رئيس البعثة",
        ),
        (
            # five words of an aside with no link
            'قال رئيس البعثة (في تصريح خاص لوكالة الأنباء) إن "الانتخابات نزيهة".',
            "الانتخابات نزيهة",
            "رئيس البعثة",
        ),
    ],
    ids=["four-words", "aside-with-link", "aside"],
)
def test_five_word_name_with_links_near_misses(text, words, speaker):
    assert (words, speaker) in _speakers(text)
