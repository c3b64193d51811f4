"""Who said it (dev9e, 2026-12-04: pan-Arab outlets, leaked cables).

- after the words, a preposition of source, "ما" and any verb of saying,
  bare or with the pronoun that takes up "ما": "«…»، وفق ما كتبه القاضي
  X", "بحسب ما أعلنته الوزيرة Y", "حسب ما أشار إليه Z" name the speaker
  as "بحسب ما قاله X" did (before, the source was "ما", no one, and the
  words went to the person met before them).

Not a verb of saying after "ما" ("بحسب ما تقتضيه المصلحة"), nor a relay
("بحسب ما نقلته الوكالة عن X": X speaks, as before).

- a state or a body as the subject of a present verb of saying in the
  that-clause of a person: "قالت المتحدثة باسم الخارجية X إن تركيا تدعو
  الأطراف إلى «…»" is hers, the stance she tells for it (before, the state
  spoke).

Not the past, a statement of the body's own the person reports ("إن
النقابة حذرت في بيان من أن «…»": the union, as before), nor the
that-clause of a document ("وذكرت البرقية أن الحكومة تدعو إلى «…»").

- his own state or body ("بلاده", "حكومته") in the that-clause of a
  person, in any tense: "قال الوزير X إن بلاده تدعو إلى «…»" is his
  (before, "بلاده" spoke as a person). Not kin ("إن ابنته تقول إن «…»").

- a present verb after the indefinite source of a verb of saying describes
  it, in the feminine too and with the verb opening the text: "قال مسؤول
  يتابع القضية إن «…»", "وأفادت مصادر تتابع الملف النووي بأن «…»" (before,
  "يتابع", "went on", spoke with "القضية" for its subject). Not the
  present verb of the source itself ("مصادر حكومية تقول إن").

- رأى as a verb of seeing: "رأى شبانا يبنون مشاريعهم" (a present verb
  tells what the ones seen do, and no أنّ follows in the clause) is no
  verb of saying; before, "شبانا يبنون" was its subject, and words in
  marks with no cue after it went to them.

Not "رأى X أن" (a present verb after أنّ, a relative or "وهي" is theirs),
nor "ويرى خبراء يعرفون المنطقة أن «…»" (the verb describes the subject
before أنّ).

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import said

_RELEASED = "وأفرج أمس عن المدونة سلمى الزين. "


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            _RELEASED + "«لم يعد حبس المدونة الزين يخدم أي هدف قانوني»، وفق ما كتبه "
            "القاضي فارس الجبوري، في قراره الصادر في البصرة.",
            "لم يعد حبس",
            "فارس الجبوري",
            "القاضي",
        ),
        (
            _RELEASED + "«لم يعد حبس المدونة الزين يخدم أي هدف قانوني»، بحسب ما أعلنته "
            "وزيرة العدل هالة النقيب.",
            "لم يعد حبس",
            "هالة النقيب",
            "وزيرة العدل",
        ),
        (
            _RELEASED + "«لم يعد حبس المدونة الزين يخدم أي هدف قانوني»، حسب ما أشار إليه "
            "المحامي وليد الشريف.",
            "لم يعد حبس",
            "وليد الشريف",
            "المحامي",
        ),
    ],
)
def test_a_verb_of_saying_after_what_names_the_source(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            # no verb of saying after "ما": whom the lead named, as before
            "وقالت الناشطة سلمى الزين إن «الحبس لم يكسر إرادتي»، بحسب ما تقتضيه الأعراف المهنية.",
            "الحبس لم",
            "سلمى الزين",
        ),
        (
            # a relay: the one relayed speaks, not the agency
            _RELEASED + "«لم يعد حبس المدونة الزين يخدم أي هدف قانوني»، بحسب ما نقلته "
            "وكالة الأنباء عن القاضي فارس الجبوري.",
            "لم يعد حبس",
            "فارس الجبوري",
        ),
    ],
)
def test_after_what_near_misses(text, start, speaker):
    assert said(text, start).speaker == speaker


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "قالت المتحدثة باسم الخارجية، ليلى الصافي، أمس الثلاثاء، إن تركيا تدعو "
            'جميع الأطراف إلى "وقف التصعيد فورا"، تمهيدا لاستئناف المحادثات.',
            "وقف التصعيد",
            "ليلى الصافي",
            "المتحدثة باسم الخارجية",
        ),
        (
            "وأوضح نقيب المهندسين، نادر الكيلاني، أن النقابة تطالب الحكومة بأن "
            '"تحترم حقوق المهندسين المكتسبة".',
            "تحترم حقوق",
            "نادر الكيلاني",
            "نقيب المهندسين",
        ),
    ],
)
def test_a_body_in_a_persons_that_clause_speaks_through_him(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            # the past: a statement of the body's own, reported
            "وقال نقيب المهندسين نادر الكيلاني إن النقابة حذرت في بيان أمس من أن "
            '"المساس بحقوق المهندسين خط أحمر".',
            "المساس بحقوق",
            "النقابة",
        ),
        (
            # a document's that-clause
            'وذكرت البرقية أن الحكومة تدعو إلى "حوار وطني شامل بلا شروط".',
            "حوار وطني",
            "الحكومة",
        ),
    ],
)
def test_a_body_in_a_that_clause_near_misses(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_seeing_someone_doing_is_no_saying():
    text = (
        "وقال الكاتب منير الدباغ في ندوة بعمان: «المدن تتغير ونحن نقف». في رحلاته "
        "رأى شبانا يبنون مشاريعهم بأيديهم. «هؤلاء هم الأمل الحقيقي للبلاد»."
    )
    assert said(text, "هؤلاء هم").speaker == "منير الدباغ"


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "ورأت الباحثة نوال السعدي وهي تستعرض نتائج الدراسة أن «الفقر يتركز في الأرياف».",
            "الفقر يتركز",
            "نوال السعدي",
        ),
        (
            "ورأى الخبير سليم الحداد الذي يعمل في الأسواق منذ سنوات أن «الأسعار ستواصل "
            "الارتفاع حتى الصيف».",
            "الأسعار ستواصل",
            "سليم الحداد",
        ),
    ],
)
def test_seeing_near_misses(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_seeing_near_miss_a_subject_described_before_that():
    text = "ويرى خبراء يعرفون المنطقة جيدا أن «الأزمة ستطول أكثر مما يتوقع الجميع»."
    assert "خبراء" in said(text, "الأزمة ستطول").speaker


@pytest.mark.parametrize(
    "text, start, speaker, role",
    [
        (
            "قال المتحدث باسم الحكومة، سامر العلي، إن بلاده تدعو كل الأطراف إلى "
            '"ضبط النفس في الميدان".',
            "ضبط النفس",
            "سامر العلي",
            "المتحدث باسم الحكومة",
        ),
        (
            'قال الوزير سامر العلي إن حكومته تطالب بـ"ضبط النفس في الميدان".',
            "ضبط النفس",
            "سامر العلي",
            "الوزير",
        ),
    ],
)
def test_ones_own_state_in_a_that_clause_is_the_speakers(text, start, speaker, role):
    q = said(text, start)
    assert (q.speaker, q.role) == (speaker, role)


def test_ones_own_state_near_miss_kin():
    text = 'وقال المزارع حسن البدوي إن ابنته تقول دائما إن "الأرض لا تخون أصحابها".'
    assert said(text, "الأرض لا").speaker == "ابنته"


@pytest.mark.parametrize(
    "text, start, speaker",
    [
        (
            "قال مسؤول يتابع القضية إن «الجولة المقبلة ستكون حاسمة للطرفين».",
            "الجولة المقبلة",
            "مسؤول",
        ),
        (
            "وفي جنيف، أفادت مصادر تتابع الملف النووي بأن «الجولة المقبلة ستكون حاسمة للطرفين».",
            "الجولة المقبلة",
            "مصادر",
        ),
    ],
)
def test_a_present_verb_after_an_anonymous_source_describes_it(text, start, speaker):
    assert said(text, start).speaker == speaker


def test_a_present_verb_after_an_anonymous_source_near_miss():
    text = "وفي جنيف، مصادر حكومية تقول إن «الجولة المقبلة ستكون حاسمة للطرفين»."
    assert said(text, "الجولة المقبلة").speaker == "مصادر حكومية"
