"""Roles of the development read of the ninth session of 2026-12-06
(dev29r): the post the text gives each person, carried to his quotes, never
another's. Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly


class TestASecondPostWithGeneralJoinedAfterTheName:
    """ "قال X Y، POST، والأمين العام لحزب Z، إن": a second post joined by و
    and set off by commas after the name is his too, also when its head is
    followed by `العام`/`عام` ("general"), which is also "the year" and ended
    the second post before it was read."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "قال سمير الحداد، وزير المالية الأردني، والأمين العام لحزب الوسط، إن "
                'الحكومة "تعمل على إصلاح الاقتصاد بكل جدية".',
                "تعمل على إصلاح الاقتصاد بكل جدية",
                "سمير الحداد",
                "وزير المالية الأردني، والأمين العام لحزب الوسط",
                id="the-secretary-general-of-a-party",
            ),
            pytest.param(
                "وأكد كمال الزين، رئيس اللجنة الوطنية، والمنسق العام للحملة، أن "
                '"التسجيل سيبدأ الأسبوع المقبل".',
                "التسجيل سيبدأ الأسبوع المقبل",
                "كمال الزين",
                "رئيس اللجنة الوطنية، والمنسق العام للحملة",
                id="the-general-coordinator",
            ),
            pytest.param(
                "وصرح فؤاد القاسمي، عضو مجلس الإدارة، ومدير عام الشركة، بأن "
                '"الأرباح تضاعفت هذا العام".',
                "الأرباح تضاعفت هذا العام",
                "فؤاد القاسمي",
                "عضو مجلس الإدارة، ومدير عام الشركة",
                id="a-bare-director-general",
            ),
        ],
    )
    def test_both_posts_are_the_role(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "قال سمير الحداد، وزير المالية الأردني، إن الحكومة "
                '"تعمل على إصلاح الاقتصاد بكل جدية".',
                "تعمل على إصلاح الاقتصاد بكل جدية",
                "سمير الحداد",
                "وزير المالية الأردني",
                id="one-post",
            ),
            pytest.param(
                "قال سمير الحداد، وزير المالية الأردني، والمتحدث باسم حزب الوسط، إن "
                'الحكومة "تعمل على إصلاح الاقتصاد بكل جدية".',
                "تعمل على إصلاح الاقتصاد بكل جدية",
                "سمير الحداد",
                "وزير المالية الأردني، والمتحدث باسم حزب الوسط",
                id="a-second-post-with-no-general",
            ),
            pytest.param(
                "قال سمير الحداد، وزير المالية، والأمين العام للحزب لطفي العمري، إن "
                'الحكومة "تعمل على إصلاح الاقتصاد بكل جدية".',
                "تعمل على إصلاح الاقتصاد بكل جدية",
                "سمير الحداد",
                "وزير المالية",
                id="the-second-post-names-its-own-holder",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text
