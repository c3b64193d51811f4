"""Phenomena found in the speaker misses of the real development sets
(spkb): speakers named by reference, the cue with no subject of its own,
and the choice among the entities the text mentions.

Every article here is written for the test, in sentences of its own; each
test fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_pluperfect_subject_with_a_long_title_is_read_back_to_kana():
    # "وكان أمين سر المجلس التنسيقي للقطاع الخاص X Y قال إن «…»": the
    # subject between كان and its verb runs to كان however long its title;
    # it was cut at eight words and the last speaker took the words
    text = (
        "نفى المتحدث باسم الوزارة سامر الخطيب ما نشرته بعض الصحف عن الاتفاق. "
        "ودعا الخطيب في تصريح الصحفيين إلى التحقق من الأخبار. "
        "وكان نائب رئيس المجلس الأعلى للتجارة الخارجية مأمون أبو زيد قال في "
        'تصريحات صحفية إن "الوزارة وافقت على الاتفاق مع الشركات برضا الجميع".\n'
    )
    q = one(text, "الوزارة وافقت")
    assert q.speaker == "مأمون أبو زيد", q
    assert q.role == "نائب رئيس المجلس الأعلى للتجارة الخارجية", q
