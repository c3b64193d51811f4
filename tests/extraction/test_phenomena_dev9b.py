"""Phenomena of the speaker found on real news (development sets kept
outside the repository, session dev9b): which words after a title are the
titled person's name, and which name another person.

Every article here is written for the test, in invented sentences; each
first test fails without the rule it names, and a near miss shows what the
rule must not do.
"""

from tests.extraction.helpers import one


def test_a_time_noun_opening_a_name_in_marks_after_a_title_is_the_name():
    # "وقال رئيس النقابة “صباح X “، …": a time noun that is also a first
    # name (صباح) opening a name in marks after a title, a name word after
    # it, is the titled person's first name (the title spoke alone, nameless)
    text = (
        "وقال رئيس نقابة المهندسين في الموصل “صباح الجبوري “،في لقاء مع الصحفيين "
        "“إن المشاريع المتوقفة تحتاج إلى تمويل عاجل من الحكومة”.\n"
        "واوضح ان “النقابة لم تتلق أي رد على مطالبها منذ شهور”.\n"
    )
    q = one(text, "المشاريع المتوقفة")
    assert q.speaker == "صباح الجبوري"
    assert q.role == "رئيس نقابة المهندسين في الموصل"
    assert one(text, "النقابة لم تتلق").speaker == "صباح الجبوري"


def test_a_greeting_in_marks_after_a_title_stays_the_words_said():
    # the near miss: the time noun opening the words said in marks after the
    # title (no name), which stay a quote of the title
    text = "وقال رئيس النقابة “صباح الخير لكل العمال في يوم عيدهم”.\n"
    q = one(text, "صباح الخير")
    assert q.speaker == "رئيس النقابة"
