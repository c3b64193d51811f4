"""Constructions from the Known weaknesses list (kw23b, first session of 2026-12-06).

1. A group, `المجموعة`, or `مجموعة` in construct with its name ('وقالت
   المجموعة في بيان', 'وقالت مجموعة الأزمات الدولية في تقرير', 'وأكدت
   مجموعة السبع أن'; the list's "Speaker kinds", "left: … and
   المجموعة"): heading the speaker's phrase it came out as a person. It is
   a body (lexicon.ORGANIZATION_HEADS), as a cell or a sect is. Not a
   number of people (`مجموعة من الشباب`: anonymous, as before), nor a
   series of documents (`مجموعة برقيات`), nor a post in construct with the
   group (`المتحدث باسم المجموعة`: a person).
"""

from __future__ import annotations

from claims.extraction.types import ANONYMOUS, ORGANIZATION, PERSON
from tests.extraction.helpers import one

V = "«المشروع سيخدم آلاف الأسر في المنطقة خلال السنوات المقبلة»."


def _kind(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} {V}", "المشروع سيخدم")
    return q.speaker, q.speaker_kind


def test_a_group_speaks_as_a_body() -> None:
    for lead, who in (
        ("وقالت المجموعة في بيان:", "المجموعة"),
        ("وأكدت المجموعة الاقتصادية أن", "المجموعة الاقتصادية"),
        ("وقالت مجموعة الأزمات الدولية في تقرير لها إن", "مجموعة الأزمات الدولية"),
        ("وأكدت مجموعة السبع في بيان ختامي أن", "مجموعة السبع"),
    ):
        assert _kind(lead) == (who, ORGANIZATION), lead


def test_a_group_near_misses() -> None:
    # a number of people: anonymous, as before
    assert _kind("وقالت مجموعة من الشباب إن")[1] == ANONYMOUS
    # a post in construct with the group is its holder
    assert _kind("وقال المتحدث باسم المجموعة إن") == ("المتحدث باسم المجموعة", PERSON)
    # a series of documents tells, the person in it speaks
    assert _kind("وكشفت مجموعة برقيات أن السفير قال:") == ("السفير", PERSON)
    # the head of a cell, named: a person
    assert _kind("وقال رئيس المجموعة سامي الخالد إن") == ("سامي الخالد", PERSON)
