"""Speakers of real news text (seventh session of 2026-12-05, dev19s).

Constructions that gave a quote a wrong speaker in the development
excerpts; every sentence here is invented.

1. "وفقا لـ" is a prepositional source as "بحسب" is: its first word opens
   with a و of its own, which the cue table stripped as a conjunction (it
   looked up "فقا"), so "وفقا للنائب X، فإن «…»" found no speaker and
   "وقال X، وفقا لما نقلته وكالة Y: «…»" gave the outlet's relay verb, not
   the verb's subject. With the cue read, "وفقا لما نقلته" is an aside as
   "بحسب ما نقلته" was. Not a source after a comma with و ("…، ووفقا
   للبنك المركزي فإن"): it opens a clause, the source speaks.
2. A source (بحسب، وفقا لـ …) right after the verb's subject and its
   adjuncts ("وقال X للصحافيين في مقر السفارة بالعاصمة بحسب وكالة Y «…»")
   is an aside up to ten words after the verb when only words come between
   (five before, any tokens): the verb's subject speaks, not the outlet. Not
   with a comma between ("…، وتحدث عن …، وفقا لمصدر …").
3. A bare title that opens its sentence (or its that-clause), then a word
   of a past verb's shape (three letters, sound or doubled or weak, or a
   derived form) right before من/على/عن/إلى or a word glued to بالـ: the
   word is the verb of a subject put first ("الوزير قلل من حجم …",
   "الرئيس رحب بالقرار"), no name; the title speaks. Not a given name
   ("الوزير عمر على رأس الوفد"), nor a word after a verb before the title.
4. The states, governments and peoples a leader calls on, blames or thanks
   (دول، حكومات، شعوب) in construct after a title ("ودعا وزير الخارجية
   دول الجوار إلى …", "وحمّل الرئيس حكومات المنطقة مسؤولية …") are the
   verb's object, no name of the title's holder, as "أهالي"/"شعب" were.
5. "نقل زوار الرئيس X عنه قوله", "ونقل مكتب الوزيرة X عنها": a relay's
   "عنه"/"عنها" right after a relayer in construct with a person (named or
   by title) of the pronoun's gender names that person: he speaks, his
   visitors or office relay (before: the visitors spoke). Not a pronoun of
   the other gender ("زوار الرئيس X عنها").
6. A verb of revealing (كشف، أعلن، أفصح) right after الذي/التي with the
   antecedent's pronoun on عن ("الوثائق التي كشفت عنها اللجنة", "الأرقام
   التي أعلنت عنها الوزارة") is "revealed it", the thing a relative clause
   describes, no cue: the words after it are the main verb's subject's, and
   so are the next words with no subject ("وأضاف"), which went to nobody
   when the body in the relative took the words. Not فيها after a verb of
   saying ("التي قال فيها"), nor a relative whose verb has its that-clause
   ("الذي كشف أن").
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text)]


# ---------------------------------------------------------------- rule 1


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'وفقا للنائب كمال الحداد، فإن "الميزانية لا تكفي لتغطية الرواتب".',
            "الميزانية لا تكفي لتغطية الرواتب",
            "كمال الحداد",
        ),
        (
            'وقال وزير الزراعة الأردني، وفقا لما نقلته الإذاعة الرسمية: "المحصول هذا العام وفير".',
            "المحصول هذا العام وفير",
            "وزير الزراعة الأردني",
        ),
        (
            "التقى الوزير خالد النمر بالنقابات. وأضاف النمر، وفقا لما نقلته صحيفة الصباح، "
            'أن "الحوار سيستمر".',
            "الحوار سيستمر",
            "خالد النمر",
        ),
    ],
    ids=["wafqan-opening", "wafqan-lima-relayed", "wafqan-lima-after-name"],
)
def test_according_to_with_its_own_waw(text, words, speaker):
    assert (words, speaker) in _speakers(text)


def test_according_to_glued_to_waw_stays():
    # "ووفقا لـ" was read before (its base is "وفقا")
    text = 'ووفقا للمتحدثة باسم الوزارة سلمى الشامي، فإن "المفاوضات متوقفة منذ أسبوع".'
    assert ("المفاوضات متوقفة منذ أسبوع", "سلمى الشامي") in _speakers(text)


def test_according_to_after_a_comma_with_waw_opens_a_clause():
    # "…، ووفقا لـ …": a new clause, the source speaks (as with "وبحسب")
    text = (
        'وقال الوزير سامر النحاس إن "الأزمة عابرة"، ووفقا للبنك المركزي فإن "التضخم سيتراجع قريبا".'
    )
    assert ("التضخم سيتراجع قريبا", "البنك المركزي") in _speakers(text)


# ---------------------------------------------------------------- rule 2


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "زار المحافظ ناصر العتيبي الأحياء المتضررة. وأضاف العتيبي أمام السكان في "
            'ساحة البلدة القديمة بحسب قناة محلية "التعويضات ستصرف خلال شهر".',
            "التعويضات ستصرف خلال شهر",
            "ناصر العتيبي",
        ),
        (
            "زار الوزير خالد النمر المعبر الحدودي. وقال النمر لمراسلين في مكتبه في المعبر "
            'بحسب قناة الحدث "الحدود مؤمنة بالكامل".',
            "الحدود مؤمنة بالكامل",
            "خالد النمر",
        ),
        (
            "التقت الوزيرة هدى المصري بالنواب. وقالت المصري للنواب في جلسة مغلقة للجنة "
            'المالية بحسب صحيفة الأخبار "لا زيادة في الضرائب".',
            "لا زيادة في الضرائب",
            "هدى المصري",
        ),
        (
            "حضر السفير توماس كلارك الحفل. وقال كلارك للحضور في مقر السفارة بالعاصمة "
            'بحسب وكالة الأنباء الرسمية "بلادنا تدعم الاستقرار".',
            "بلادنا تدعم الاستقرار",
            "توماس كلارك",
        ),
    ],
    ids=["bihasab-square", "bihasab-office", "bihasab-session", "bihasab-embassy"],
)
def test_source_after_the_subject_and_its_adjuncts(text, words, speaker):
    assert (words, speaker) in _speakers(text)


def test_according_to_far_after_the_subject():
    # right before rule 1 too (وفقا was no cue); with rule 1 and not this
    # one, the agency spoke
    text = (
        "استقبل رئيس البرلمان حامد السويدي وفدا أوروبيا. وقال السويدي للصحافيين في "
        'مقر المجلس في العاصمة وفقا لوكالة رويترز "لن نقبل بأي شروط مسبقة".'
    )
    assert ("لن نقبل بأي شروط مسبقة", "حامد السويدي") in _speakers(text)


def test_a_source_far_after_a_comma_stays_the_source():
    # a comma between the verb and the source: the old limit of five holds
    text = (
        "عقد الوزير سامر النحاس لقاء مع التجار، وتحدث عن الأسعار والضرائب والرسوم "
        'الجمركية، وفقا لمصدر في الغرفة التجارية "الأسعار سترتفع في الأسابيع المقبلة".'
    )
    # (a quote long enough to be kept: a shorter one was dropped, and the
    # test could not fail, final read)
    said = "الأسعار سترتفع في الأسابيع المقبلة"
    assert said in {words for words, _ in _speakers(text)}
    assert (said, "سامر النحاس") not in _speakers(text)


# ---------------------------------------------------------------- rule 3


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "هاجم وزير الداخلية سمير الخطيب المعارضة. الوزير رحب بالقرار، وقال إن "
            '"الحكومة ماضية في الإصلاح".',
            "الحكومة ماضية في الإصلاح",
            "سمير الخطيب",
        ),
        (
            "وصل وزير المالية طارق الزين إلى العاصمة. الوزير قلل من أهمية العجز، حيث "
            'قال إن "الأرقام مطمئنة".',
            "الأرقام مطمئنة",
            "طارق الزين",
        ),
        (
            "التقت وزيرة الصحة نادية الحسن بالأطباء. الوزيرة رحبت بالمبادرة، وقالت إن "
            '"المستشفيات صامدة".',
            "المستشفيات صامدة",
            "نادية الحسن",
        ),
        (
            "استقبل محافظ المدينة جمال الأيوبي الوفد. المحافظ اعتذر عن التأخير، وقال إن "
            '"المشروع سينجز قريبا".',
            "المشروع سينجز قريبا",
            "جمال الأيوبي",
        ),
    ],
    ids=["rahhaba-bi", "qallala-min", "feminine-bi", "derived-an"],
)
def test_past_verb_before_its_preposition_after_a_bare_title(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ('الوزير عمر على رأس الوفد قال: "جئنا للتفاوض".', "جئنا للتفاوض", "عمر"),
        ('قال الرئيس سعد من جهته إن "البلاد بخير".', "البلاد بخير", "سعد"),
    ],
    ids=["given-name-ala", "verb-before-title"],
)
def test_given_name_before_a_preposition_stays(text, words, speaker):
    assert (words, speaker) in _speakers(text)


# ---------------------------------------------------------------- rule 4


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'ودعا وزير الخارجية دول الجوار إلى التحرك، قائلا: "شعبنا يتعرض لإبادة".',
            "شعبنا يتعرض لإبادة",
            "وزير الخارجية",
        ),
        (
            "وحمل وزير الخارجية المصري دول الجوار مسؤولية تدهور الأوضاع، قائلا: "
            '"لم يعد الصمت ممكنا".',
            "لم يعد الصمت ممكنا",
            "وزير الخارجية المصري",
        ),
        (
            "وطالب رئيس الوزراء حسن الطائي حكومات المنطقة بالتعاون، قائلا: "
            '"الإرهاب لا يعرف حدودا".',
            "الإرهاب لا يعرف حدودا",
            "حسن الطائي",
        ),
        (
            'وشكر الرئيس الفلسطيني شعوب العالم على دعمها، قائلا: "شعبنا لن ينسى".',
            "شعبنا لن ينسى",
            "الرئيس الفلسطيني",
        ),
    ],
    ids=["duwal-after-genitive", "duwal-after-nisba", "hukumat-after-name", "shuub-after-nisba"],
)
def test_states_called_on_are_the_object(text, words, speaker):
    assert (words, speaker) in _speakers(text)


def test_the_gulf_states_in_a_body_name_stay():
    # "لدول" glued to لـ inside a body's name is no object
    text = 'وقال الأمين العام للمنظمة سالم الرميثي إن "التنسيق بين الدول ضروري".'
    assert ("التنسيق بين الدول ضروري", "سالم الرميثي") in _speakers(text)


# ---------------------------------------------------------------- rule 5


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'نقل زوار رئيس الجمهورية ميشال عون عنه قوله إن "الحكومة ستتشكل قريبا".',
            "الحكومة ستتشكل قريبا",
            "ميشال عون",
        ),
        (
            'ونقل زوار الرئيس سليم الحص عنه تأكيده أن "لا أحد فوق القانون".',
            "لا أحد فوق القانون",
            "سليم الحص",
        ),
        (
            'ونقل مكتب رئيس الحكومة سامي الحداد عنه قوله إن "الإصلاحات مستمرة".',
            "الإصلاحات مستمرة",
            "سامي الحداد",
        ),
        (
            'ونقل مقربون من الوزيرة سلمى الشامي عنها قولها إن "الاستقالة غير واردة".',
            "الاستقالة غير واردة",
            "سلمى الشامي",
        ),
    ],
    ids=["visitors-president", "visitors-bare-title", "office", "close-ones-feminine"],
)
def test_relayer_in_construct_with_him(text, words, speaker):
    assert (words, speaker) in _speakers(text)


def test_relayer_pronoun_of_the_other_gender():
    text = 'ونقل زوار الرئيس سليم الحص عنها أن "لا أحد فوق القانون".'
    assert ("لا أحد فوق القانون", "سليم الحص") not in _speakers(text)


def test_relayer_then_from_a_named_source_stays():
    text = 'ونقل زوار الرئيس سليم الحص عن مصدر مقرب قوله إن "الانتخابات في موعدها".'
    assert ("الانتخابات في موعدها", "سليم الحص") not in _speakers(text)


# ---------------------------------------------------------------- rule 6


@pytest.mark.parametrize(
    "text, said",
    [
        (
            "قال المتحدث باسم الحزب سامي النجار في تعليقه على الوثائق التي كشفت عنها لجنة "
            'التحقيق "الحكومة تعرف كل شيء".\nوتابع "هناك ملفات أخرى لم تفتح بعد".',
            ["الحكومة تعرف كل شيء", "هناك ملفات أخرى لم تفتح بعد"],
        ),
        (
            "قال رئيس النقابة وليد الصباغ في رده على الأرقام التي أعلنت عنها الوزارة "
            '"هذه أرقام غير دقيقة".\nوأضاف "العمال يعرفون الحقيقة".',
            ["هذه أرقام غير دقيقة", "العمال يعرفون الحقيقة"],
        ),
        (
            "قال المحامي فؤاد الشامي بشأن الأدلة التي أفصحت عنها النيابة "
            '"لا شيء يدين موكلي".\nوأضاف "سنطلب البراءة".',
            ["لا شيء يدين موكلي", "سنطلب البراءة"],
        ),
    ],
    ids=["kashafat-anha", "alanat-anha", "afsahat-anha"],
)
def test_what_was_revealed_is_no_saying(text, said):
    speakers = dict(_speakers(text))
    subject = {"سامي النجار", "وليد الصباغ", "فؤاد الشامي"}
    assert [speakers.get(words) in subject for words in said] == [True, True]


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'وألقى الوزير حسان البيطار كلمة في المؤتمر التي قال فيها "الإصلاح لا يتأخر".',
            "الإصلاح لا يتأخر",
            "حسان البيطار",
        ),
        (
            'استقبل الرئيس الوزير كمال العمري، الذي كشف أن "الاتفاق بات قريبا".',
            "الاتفاق بات قريبا",
            "كمال العمري",
        ),
    ],
    ids=["qala-fiha", "kashafa-anna"],
)
def test_saying_after_a_relative_stays(text, words, speaker):
    assert (words, speaker) in _speakers(text)
