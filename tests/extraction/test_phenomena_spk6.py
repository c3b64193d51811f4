"""Speakers chosen wrongly (spk6, 2026-12-04): على in an adverbial phrase
after the verb ("وذكرت على الخصوص", "وأكدت الصحيفة على الأقل") is the
preposition, not the name Ali.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from claims.extraction import extract


def _one(text):
    quotes = extract(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_ala_of_an_adverbial_phrase_is_no_name():
    # "وذكرت على الخصوص …": on the preposition's adverbial noun, no name
    # Ali is read; the verb's subject is elided or named before it
    for text, speaker in (
        (
            "وقالت الصحيفة إن الحكومة تواجه أزمة خانقة. وذكرت على الخصوص الوزير سمير الكبير الذي "
            "يتدخل في «قرارات تتعلق بالصفقات العمومية».",
            "الصحيفة",
        ),
        (
            "وأكدت الصحيفة على الأقل أن «ثلاثة وزراء متورطون في الصفقة».",
            "الصحيفة",
        ),
        (
            "وتحدثت الوثيقة عن الجيش، وأشارت على وجه التحديد إلى «تهريب الوقود عبر الحدود».",
            "الوثيقة",
        ),
    ):
        assert _one(text).speaker == speaker, text


def test_ali_the_name_stays_after_the_verb():
    for text, speaker in (
        ("وذكر علي الحسيني أن «الوضع الاقتصادي يتحسن ببطء شديد».", "علي الحسيني"),
        ("وأكد المدرب على ماهر في تصريحات أن «الفريق جاهز للمباراة».", "على ماهر"),
    ):
        assert _one(text).speaker == speaker, text
