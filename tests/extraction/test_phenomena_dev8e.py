"""Who said it (dev8e, 2026-12-04).

A title, its comma, then the verb's object with no name between: "نفى
المتحدث باسم الجيش، سيطرة المسلحين على المعبر" (a sloppy comma between
the subject and the object).  A bare verbal noun that no name is (سيطرة,
هيمنة: control, dominance, what is denied or confirmed) set off after the
title's comma is no name in apposition: the title alone is the subject,
and "وقال المتحدث «…»" after it is he (before, the noun and its genitive
were read as his name, or, once the noun was known for none, the whole
phrase was dropped).  A name set off in the same place ("المتحدث باسم
الجيش، نبيل سمير،") is still his.

Every sentence here is invented.  The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from tests.extraction.helpers import said, same_name


def test_verbal_noun_after_the_titles_comma_is_the_object():
    q = said(
        "نفت المتحدثة باسم وزارة الدفاع، سيطرة قوات المعارضة على المعبر الشمالي.\n"
        "وقالت المتحدثة «الاشتباكات مستمرة، وقوات المعارضة بعيدة عن المعبر».",
        "الاشتباكات مستمرة",
    )
    assert same_name(q.speaker, "المتحدثة باسم وزارة الدفاع"), q.speaker
    assert q.role == "المتحدثة باسم وزارة الدفاع", q.role


def test_name_after_the_titles_comma_is_still_his():
    q = said(
        "نفى المتحدث باسم وزارة الدفاع، نبيل سمير، سيطرة قوات المعارضة على المعبر.\n"
        "وقال المتحدث «الاشتباكات مستمرة، وقوات المعارضة بعيدة عن المعبر».",
        "الاشتباكات مستمرة",
    )
    assert same_name(q.speaker, "نبيل سمير"), q.speaker
    assert q.role == "المتحدث باسم وزارة الدفاع", q.role
