"""Strict xfails and known weaknesses taken up by kw31b (from the newest
files and the bottom of the list). Every sentence here is invented.

Rule 1 (phrases.classify, a description before the name and a post after
it): a title with a possessive pronoun after the name ("زائره", "نظيرها",
"مستشاره") is someone else, his visitor or counterpart, the verb's object
("وأبلغ الوزير X Y زائره الأمريكي أن"), never the subject's own post.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestAPossessedTitleAfterTheNameIsTheOneTold:
    """ "وأبلغ وزير الري سالم العتيبي نظيره الأردني أن «…»": the title with
    his pronoun after the name is the one he told, not his second post."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                'وأبلغ وزير الري سالم العتيبي نظيره الأردني أن "السد سيكتمل قبل الصيف".',
                "السد سيكتمل",
                "سالم العتيبي",
                "وزير الري",
                id="counterpart",
            ),
            pytest.param(
                "وأبلغ المحافظ كمال الراشد زائره البريطاني، خلال جولة في المرفأ، "
                'أن "الميناء سيتوسع العام المقبل".',
                "الميناء سيتوسع",
                "كمال الراشد",
                "المحافظ",
                id="his-visitor-commas",
            ),
            pytest.param(
                'وأخبر قائد الشرطة العميد ماجد الساعدي مساعده الأمريكي أن "الطريق آمن الآن".',
                "الطريق آمن",
                "ماجد الساعدي",
                "قائد الشرطة",
                id="his-assistant",
            ),
        ],
    )
    def test_the_post_before_the_name_alone(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                # a title without a pronoun after the name: the object, as before
                'وأبلغ وزير الري سالم العتيبي السفير الأردني أن "السد سيكتمل قبل الصيف".',
                "السد سيكتمل",
                "سالم العتيبي",
                "وزير الري",
                id="a-bare-title-after",
            ),
            pytest.param(
                # a description before the name and his own post after it: both
                "وقال السياسي المستقل فادي النمر الأمين العام لحركة النهوض لوكالة "
                'الأنباء إن "الانتخابات ستجري في موعدها".',
                "الانتخابات ستجري",
                "فادي النمر",
                "السياسي المستقل، الأمين العام لحركة النهوض",
                id="his-own-post-after",
            ),
            pytest.param(
                # her visitor, after a feminine post (right before the rule)
                "وأبلغت وزيرة الصحة ليلى الحسن زائرها الفرنسي، خلال لقاء في مكتبها، "
                'أن "المستشفى الجديد سيفتح أبوابه في الربيع".',
                "المستشفى الجديد",
                "ليلى الحسن",
                "وزيرة الصحة",
                id="her-visitor",
            ),
            pytest.param(
                # a feminine post in ة after the name, folded like "his": hers
                "وأكدت العقيد هالة السعدي مديرة إدارة المرور نجاح الحملة، وقالت: "
                "«لن نتهاون مع المخالفين».",
                "لن نتهاون",
                "هالة السعدي",
                "العقيد، مديرة إدارة المرور",
                id="a-feminine-post-in-ta-marbuta",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)
