"""Review B findings R2 and R8 on dev35r's rule 2 (phrases.scan_np: a body
glued to بـ after a post told after the name is where the post is held).
Every sentence here is invented.

R2: the body's name ran on to the phrase's end, so the one told after it
("للصحفيين", "لوكالة الأنباء", "لقناة الجزيرة", "لنا", "لـ«…»") was taken
into the post. The body's name now ends at the one told (and at من, the
verb's complement or "من جهته"), and so does the post.

R8: the post was cut at its adjective when the body is named by its head
alone with the article ("بالجامعة", "بالمحافظة"), or when the day or the
occasion of the words follows the body ("الثلاثاء", "اليوم", "أمس", "في
تصريح صحفي", "خلال المؤتمر"). Both now end the post, unless the verb
praises or takes بـ of its own (the body is then its object).
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one

_SAID = "«الوضع صعب»"


def _check(text: str, speaker: str, role: str | None) -> None:
    q = one(text, "الوضع صعب")
    assert (q.speaker, q.role) == (speaker, role)


_POST = "مدير الشؤون القانونية بوزارة العدل"


class TestTheOneToldEndsTheBody:
    @pytest.mark.parametrize(
        "text, role",
        [
            pytest.param(f"قال خالد حسن {_POST} للصحفيين إن {_SAID}.", _POST, id="the-press"),
            pytest.param(
                f"قال خالد حسن المستشار القانوني بوزارة العدل لوكالة الأنباء إن {_SAID}.",
                "المستشار القانوني بوزارة العدل",
                id="an-agency",
            ),
            pytest.param(f"قال خالد حسن {_POST} لقناة الجزيرة إن {_SAID}.", _POST, id="a-channel"),
            pytest.param(f"قال خالد حسن {_POST} لنا إن {_SAID}.", _POST, id="a-pronoun"),
            pytest.param(
                f"قال خالد حسن {_POST} لـ«الشرق الأوسط» إن {_SAID}.", _POST, id="lam-before-marks"
            ),
            pytest.param(
                "وقال سعيد الزهراني رئيس قسم الجراحة بمستشفى الجامعة الأردنية للصحفيين "
                f"إن {_SAID}.",
                "رئيس قسم الجراحة بمستشفى الجامعة الأردنية",
                id="after-a-bare-genitive",
            ),
            pytest.param(
                f"وحذر خالد حسن {_POST} من التصعيد، وقال إن {_SAID}.",
                _POST,
                id="the-verbs-min",
            ),
            pytest.param(
                f"وقال خالد حسن مدير قطاع الإعلام بوزارة العدل من جهته إن {_SAID}.",
                "مدير قطاع الإعلام بوزارة العدل",
                id="min-jihatihi",
            ),
        ],
    )
    def test_ends(self, text: str, role: str) -> None:
        _check(text, "خالد حسن" if "خالد" in text else "سعيد الزهراني", role)

    @pytest.mark.parametrize(
        "text, role",
        [
            pytest.param(f"قال خالد حسن {_POST} إن {_SAID}.", _POST, id="nothing-after"),
            pytest.param(
                f"قال خالد حسن مدير الشؤون القانونية في وزارة العدل لوكالة الأنباء إن {_SAID}.",
                "مدير الشؤون القانونية في وزارة العدل",
                id="fi-the-body",
            ),
            pytest.param(
                f"قالت منى خليل رئيسة جمعية الصيادين بمحافظة جنوب الشرقية إن {_SAID}.",
                "رئيسة جمعية الصيادين بمحافظة جنوب الشرقية",
                id="a-three-word-name",
            ),
        ],
    )
    def test_near_misses(self, text: str, role: str) -> None:
        _check(text, "منى خليل" if "منى" in text else "خالد حسن", role)


class TestABodyByItsHeadOrBeforeADayOrAnOccasion:
    @pytest.mark.parametrize(
        "text, role",
        [
            pytest.param(
                f"وقال خالد حسن مدير الشؤون المالية بالجامعة: {_SAID}.",
                "مدير الشؤون المالية بالجامعة",
                id="the-university",
            ),
            pytest.param(
                f"وأوضح خالد حسن مدير الشؤون الفنية بالمحافظة، أن {_SAID}.",
                "مدير الشؤون الفنية بالمحافظة",
                id="the-governorate",
            ),
            pytest.param(
                f"قال خالد حسن أستاذ العلوم السياسية بالجامعة الأردنية إن {_SAID}.",
                "أستاذ العلوم السياسية بالجامعة الأردنية",
                id="with-its-adjective",
            ),
            pytest.param(f"قال خالد حسن {_POST} الثلاثاء إن {_SAID}.", _POST, id="a-weekday"),
            pytest.param(f"قال خالد حسن {_POST} اليوم إن {_SAID}.", _POST, id="today"),
            pytest.param(f"قال خالد حسن {_POST} أمس إن {_SAID}.", _POST, id="yesterday"),
            pytest.param(
                f"قال خالد حسن {_POST} في تصريح صحفي إن {_SAID}.", _POST, id="in-a-statement"
            ),
            pytest.param(
                f"قال خالد حسن {_POST} خلال المؤتمر إن {_SAID}.", _POST, id="during-the-conference"
            ),
            pytest.param(
                f"قال خالد حسن رئيس قسم الجراحة بالمستشفى الحكومي يوم الثلاثاء إن {_SAID}.",
                "رئيس قسم الجراحة بالمستشفى الحكومي",
                id="yawm-and-a-weekday",
            ),
            pytest.param(
                f"وقال خالد حسن المسؤول الإعلامي بالسفارة لنا: {_SAID}.",
                "المسؤول الإعلامي بالسفارة",
                id="the-embassy-then-one-told",
            ),
        ],
    )
    def test_kept(self, text: str, role: str) -> None:
        _check(text, "خالد حسن", role)

    @pytest.mark.parametrize(
        "text, role",
        [
            pytest.param(
                # a verb of praise: the body after the post is whom he praised
                f"وأشاد خالد حسن مدير الشؤون القانونية بالوزارة في كلمته، وقال إن {_SAID}.",
                "مدير الشؤون القانونية",
                id="praise-the-ministry",
            ),
            pytest.param(
                f"وأشاد خالد حسن {_POST} خلال الاجتماع، وقال إن {_SAID}.",
                "مدير الشؤون القانونية",
                id="praise-before-an-occasion",
            ),
            pytest.param(
                # no body: an occasion, acting
                f"قال خالد حسن رئيس الحزب بالمناسبة إن {_SAID}.",
                "رئيس الحزب",
                id="the-occasion",
            ),
            pytest.param(
                f"قال خالد حسن رئيس الجمهورية بالإنابة إن {_SAID}.",
                "رئيس الجمهورية بالإنابة",
                id="acting",
            ),
            pytest.param(
                # a person met, no body
                f"والتقى خالد حسن مدير الشؤون القانونية بالوزير، وقال إن {_SAID}.",
                "مدير الشؤون القانونية",
                id="a-person-met",
            ),
        ],
    )
    def test_near_misses(self, text: str, role: str) -> None:
        _check(text, "خالد حسن", role)
