"""Phenomena of the speaker phrase found on real news (development sets kept
outside the repository): how the words that name the speaker at a cue are
read, as a class of constructions, not one sentence.

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_name_in_marks_before_the_verb_is_its_subject():
    # Some outlets set names in marks; before a verb of saying with no subject
    # after it, the name in marks opening the clause (or after و or كان, with
    # or without a comma after كان) is the subject, as it is after the verb
    for opening, name in (
        ("«داود»", "داود"),
        ("و«سمير داود»", "سمير داود"),
        ('وكان "داود"', "داود"),
        ("وكان «داود»،", "داود"),
    ):
        text = (
            "نشرت الصحيفة وثائق جديدة عن المفاوضات. "
            f"{opening} قال للصحفيين إن «الحكومة لن تقبل أي شروط مسبقة للحوار».\n"
        )
        assert one(text, "لن تقبل").speaker == name, opening
    text = (
        "نشرت الصحيفة وثائق جديدة عن المفاوضات. "
        "و«سلمى داود» أكدت أن «الوزارة ستنشر كل الأرقام قبل نهاية الشهر».\n"
    )
    assert one(text, "ستنشر").speaker == "سلمى داود"


def test_words_in_marks_before_a_verb_are_not_always_its_subject():
    # the negatives: words in marks inside the clause (a label the verb
    # before them gives), and words in marks set off by a comma with no كان
    # before them, are not the verb's subject
    text = (
        "وصل الوزير سمير داود إلى الاجتماع متأخرا. "
        "ووصف الخطة بأنها «فاشلة» قال إن «الحكومة لن تقبل أي شروط مسبقة للحوار».\n"
    )
    assert one(text, "لن تقبل").speaker == "سمير داود"
    text = (
        "وصل الوزير سمير داود إلى الاجتماع متأخرا. "
        "ووصف المعارضة بـ«الفاشلة»، «المترددة»، قال إن «الحكومة لن تقبل أي شروط».\n"
    )
    assert one(text, "لن تقبل").speaker == "سمير داود"
