"""The one told before بأنّ is not the end of the name (session of 2026-12-03).

0878545 reads the words with the article up to أنّ into a titled person's
name; before بأنّ, after a verb that takes no بـ ("ذكّر X المواطنين بأن"),
the definite word is the one told. Every article here is invented for the
test; the first test fails without the narrowing.
"""

from tests.extraction.helpers import one


def test_the_one_told_before_bi_anna_is_not_part_of_the_name():
    for told in ("المواطنين", "الصحفيين", "النواب"):
        q = one(f'وذكّر وزير الصحة خالد عبد الغفار {told} بأن "الوضع خطير جدا".', "خطير جدا")
        assert q.speaker == "خالد عبد الغفار", (told, q)


def test_a_verb_that_takes_bi_keeps_the_whole_name():
    for verb in ("وأقر", "واعترف"):
        q = one(f'{verb} وزير الصحة خالد عبد الغفار العلي بأن "الوضع خطير جدا".', "خطير جدا")
        assert q.speaker == "خالد عبد الغفار العلي", (verb, q)
