"""Known weaknesses, worked from the bottom of the list (kw20b, sixth
session of 2026-12-05).

Speaker kinds. A league (الرابطة, رابطة X) heading a speaker phrase is a
body, as a club and a national team are: "وقالت الرابطة في بيان إن" came out
as a person, "وأكدت رابطة الدوري المحترف أن" as the person "رابطة الدوري"
with the role "المحترف", and "وأصدرت الرابطة بيانا، وقالت فيه إن" found no
speaker. A post in construct with it stays the holder's ("رئيس الرابطة X
Y"), and a league where he serves, after a comma or glued to لـ, leaves
his name alone. As for any body, its present verb in a person's
that-clause tells his words ("قال X إن الرابطة تشكك «…»"); its past is its
own statement (test_phenomena_dev12a.py).
"""

from __future__ import annotations

from tests.extraction.helpers import one

S = "«الملعب سيبقى مغلقا حتى نهاية الموسم»"
T = "«التذاكر نفدت منذ يومين»"


def test_a_league_heading_the_phrase_is_a_body() -> None:
    q = one(f"وقالت الرابطة في بيان إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind) == ("الرابطة", "organization")
    q = one(f"وأكدت رابطة الدوري المحترف أن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind, q.role) == (
        "رابطة الدوري المحترف",
        "organization",
        None,
    )
    q = one(f"وأعلنت رابطة الصحفيين رفضها القرار، وقالت إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind) == ("رابطة الصحفيين", "organization")


def test_a_league_taken_up_after_its_statement() -> None:
    q = one(f"وأصدرت الرابطة بيانا، وقالت فيه إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.speaker_kind) == ("الرابطة", "organization")
    q = one(f"قالت الرابطة: {S}. وأضافت أن {T}.", "التذاكر نفدت")
    assert (q.speaker, q.speaker_kind) == ("الرابطة", "organization")


def test_near_miss_a_post_of_the_league_or_a_league_served() -> None:
    q = one(f"وقال رئيس الرابطة سامي الخطيب إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.role, q.speaker_kind) == ("سامي الخطيب", "رئيس الرابطة", "person")
    q = one(f"وقالت عضو رابطة الكتاب منى العلي إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.role) == ("منى العلي", "عضو رابطة الكتاب")
    q = one(
        f"وقال المدير التنفيذي لرابطة الأندية المحترفة سامي الخطيب إن {S}.",
        "الملعب سيبقى",
    )
    assert (q.speaker, q.role) == ("سامي الخطيب", "المدير التنفيذي لرابطة الأندية المحترفة")
    q = one(f"وقال سامي الخطيب، عضو الهيئة الإدارية في الرابطة، إن {S}.", "الملعب سيبقى")
    assert (q.speaker, q.role) == ("سامي الخطيب", "عضو الهيئة الإدارية في الرابطة")


def test_near_miss_the_league_then_a_club_official() -> None:
    text = f"وقالت الرابطة إن {S}. وقال رئيس النادي سمير العتيبي إن {T}."
    q = one(text, "التذاكر نفدت")
    assert (q.speaker, q.role) == ("سمير العتيبي", "رئيس النادي")
