"""The name Ali right after a title, outside speech (session of 2026-12-03).

علي is both the name Ali and the preposition على (folding writes both the
same): after the title that a verb's subject opens with, written with its
ya, it is the name, unless the verb is one that على completes. Every
article here is invented for the test; each positive test fails without
the rule.
"""

from tests.extraction.helpers import one


def test_ali_after_a_title_after_an_ordinary_verb_is_the_name():
    for verb, title, name, rest, speaker in (
        ("انتقد", "النائب", "علي الزغبي", "أداء الحكومة", "علي الزغبي"),
        ("هاجم", "الوزير", "علي الحمداني", "المعارضة", "علي الحمداني"),
        ("ووصف", "المدرب", "علي بن سالم", "المباراة بالصعبة", "علي بن سالم"),
        ("ودعا", "الشيخ", "علي المرزوقي", "إلى التهدئة", "علي المرزوقي"),
    ):
        for said in ('، وقال إن "الحل في الحوار".', '، مضيفا أن "الحل في الحوار".'):
            q = one(f"{verb} {title} {name} {rest}{said}", "الحل في الحوار")
            assert q.speaker == speaker, (verb, title, said, q)


def test_ala_after_a_title_stays_the_preposition():
    # negatives: written with its alif maqsura, or after a verb that على
    # completes, it is the preposition; the speaker is the title
    for text in (
        'وعلق الوزير على الانتقادات، وقال إن "الحل في الحوار".',
        'ورد الوزير علي الانتقادات، وقال إن "الحل في الحوار".',
        'وحرص المحافظ علي حضور الاجتماع، وقال إن "الحل في الحوار".',
        'وانتقد النائب على الملأ أداء الحكومة، وقال إن "الحل في الحوار".',
    ):
        q = one(text, "الحل في الحوار")
        assert q.speaker != "علي" and not (q.speaker or "").startswith("علي "), (text, q)
