"""dev22r (second session of 2026-12-06): a person's post carried through
the text to his later quotes, and the posts that lost their holder's name.

Every sentence here is invented for the test."""

import pytest

from claims.extraction import extract


def _quote(text, words):
    for q in extract(text):
        if q.text == words:
            return q
    raise AssertionError(f"no quote {words!r} in {[q.text for q in extract(text)]}")


# A business group (مجمع) and armed forces (قوات) are bodies a post is held
# in: "المدير العام لمجمع «X»، Y Z،", "القائد العام لقوات X Y Z" gave the
# body's word glued to لـ as the holder's name ("لمجمع", "لقوات X").
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "صرح المدير العام لمجمع “نفطال”، كمال بن عيسى، أن المحطات تعمل، وأن “الوقود "
            "متوفر في كل الولايات”.",
            "الوقود متوفر في كل الولايات",
            "كمال بن عيسى",
            "المدير العام لمجمع “نفطال”",
        ),
        (
            'وقال القائد العام لقوات فجر الجنوب (فج) عادل الرفاعي إن "الهدنة صامدة".',
            "الهدنة صامدة",
            "عادل الرفاعي",
            "القائد العام لقوات فجر الجنوب (فج)",
        ),
        (
            "أكد الرئيس المدير العام لمجمع سيدار الصناعي فريد بوزيان أن «الإنتاج ارتفع هذا العام».",
            "الإنتاج ارتفع هذا العام",
            "فريد بوزيان",
            "الرئيس المدير العام لمجمع سيدار الصناعي",
        ),
        (
            "أوضح القائد الميداني لقوات درع الوطن سالم العبيدي أن «الطريق آمن».",
            "الطريق آمن",
            "سالم العبيدي",
            "القائد الميداني لقوات درع الوطن",
        ),
        (
            'وقال الناطق الرسمي لقوات حماية الشعب نوري محمود إن "المعارك مستمرة".',
            "المعارك مستمرة",
            "نوري محمود",
            "الناطق الرسمي لقوات حماية الشعب",
        ),
    ],
)
def test_group_and_forces_are_bodies_of_a_post(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


def test_group_and_forces_carried_to_the_surname():
    text = (
        "صرح المدير العام لمجمع “نفطال”، كمال بن عيسى، أن المحطات تعمل، وأن “الوقود متوفر "
        "في كل الولايات”.\nوأكد بن عيسى خلال ندوة صحفية أنه “لا يوجد نقص في المحطات”."
    )
    q = _quote(text, "لا يوجد نقص في المحطات")
    assert (q.speaker, q.role) == ("كمال بن عيسى", "المدير العام لمجمع “نفطال”")


# near misses: forces and a group speak as bodies; a company's post, and
# forces before a definite word, as before
@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ('وقالت قوات الأمن في بيان إن "الوضع تحت السيطرة".', "الوضع تحت السيطرة", "قوات الأمن"),
        ('وقال مجمع اللغة العربية إن "القرار خاطئ".', "القرار خاطئ", "مجمع اللغة العربية"),
        (
            'وقال المدير العام لشركة "الريان"، سمير الخطيب، إن "الأرباح تضاعفت".',
            "الأرباح تضاعفت",
            "سمير الخطيب",
        ),
        (
            'وقال القائد العام لقوات الدعم الشعبي (قدش) عادل الرفاعي إن "الهدنة صامدة".',
            "الهدنة صامدة",
            "عادل الرفاعي",
        ),
    ],
)
def test_group_and_forces_near_misses(text, words, speaker):
    assert _quote(text, words).speaker == speaker
