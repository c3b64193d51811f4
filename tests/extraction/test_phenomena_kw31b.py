"""Strict xfails and known weaknesses taken up by kw31b (from the newest
files and the bottom of the list). Every sentence here is invented.

Rule 1 (phrases.classify, a description before the name and a post after
it): a title with a possessive pronoun after the name ("زائره", "نظيرها",
"مستشاره") is someone else, his visitor or counterpart, the verb's object
("وأبلغ الوزير X Y زائره الأمريكي أن"), never the subject's own post.

Rule 2 (phrases.phrase_entity): an age in brackets right after the head
noun of an unnamed speaker, or after its one adjective ("وقال مزارع (60
عاما) من ريف حماة إن"), is dropped from the speaker and the role, as an age
at the phrase's end was; a year in brackets, or a named speaker, unchanged.
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


class TestAnAgeInBracketsMidPhraseIsNoWordOfIt:
    """ "وقال مزارع (60 عاما) من ريف حماة إن": an age in brackets right after
    the head noun of an unnamed speaker (or its adjective) describes him, no
    word of the phrase, as an age at its end already was ("مزارع من ريف حماة
    (60 عاما)")."""

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                'وقالت ممرضة (34 عاما) من مخيم الوحدات إن "الأدوية نفدت منذ أيام".',
                "الأدوية نفدت",
                "ممرضة من مخيم الوحدات",
                id="nurse",
            ),
            pytest.param(
                'وقال سائق شاحنة (52 عاماً) من بلدة الرمثا إن "الطريق مقطوع منذ الفجر".',
                "الطريق مقطوع",
                "سائق شاحنة من بلدة الرمثا",
                id="truck-driver",
            ),
            pytest.param(
                'ويقول صياد (47 سنة) من ميناء طرطوس إن "البحر لم يعد يطعمنا".',
                "البحر لم يعد",
                "صياد من ميناء طرطوس",
                id="fisherman-in-sana",
            ),
        ],
    )
    def test_the_age_is_dropped(self, text: str, fragment: str, speaker: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, speaker)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                # the age at the end of the phrase: dropped, as before
                'وقالت ممرضة من مخيم الوحدات (34 عاما) إن "الأدوية نفدت منذ أيام".',
                "الأدوية نفدت",
                "ممرضة من مخيم الوحدات",
                "ممرضة من مخيم الوحدات",
                id="age-at-the-end",
            ),
            pytest.param(
                # a year in brackets is no age: kept
                'وقال سائق شاحنة (2019) من بلدة الرمثا إن "الطريق مقطوع منذ الفجر".',
                "الطريق مقطوع",
                "سائق شاحنة (2019) من بلدة الرمثا",
                "سائق شاحنة (2019) من بلدة الرمثا",
                id="a-year-kept",
            ),
            pytest.param(
                # a named speaker: the name, as before
                'وقال الصياد عماد ديب (47 عاما) من ميناء طرطوس إن "البحر لم يعد يطعمنا".',
                "البحر لم يعد",
                "عماد ديب",
                "الصياد",
                id="a-named-fisherman",
            ),
        ],
    )
    def test_near_misses(self, text: str, fragment: str, speaker: str, role: str) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)
