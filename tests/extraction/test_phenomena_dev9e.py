"""Who said it (dev9e, 2026-12-04: pan-Arab outlets, leaked cables).

- after the words, a preposition of source, "ما" and any verb of saying,
  bare or with the pronoun that takes up "ما": "«…»، وفق ما كتبه القاضي
  X", "بحسب ما أعلنته الوزيرة Y", "حسب ما أشار إليه Z" name the speaker
  as "بحسب ما قاله X" did (before, the source was "ما", no one, and the
  words went to the person met before them).

Not a verb of saying after "ما" ("بحسب ما تقتضيه المصلحة"), nor a relay
("بحسب ما نقلته الوكالة عن X": X speaks, as before).

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
