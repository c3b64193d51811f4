"""fuzz27 (2026-12-06): resolve's walks over the persons met, for a bare
title, a possessed post, an honorific or a post in construct, pass over in C
the persons whose role cannot hold the title's letters (_roles_holding);
the recency order is sorted in C; posts_named_later reads only the persons
met in the three sentences after the post (_met_after). Output identical
(bench/same_output.py); the growth tests are fuzz19's and fuzz20's, now
plain. These pin what the faster walks must still find past many persons
met (more than 24: every walk filtered), and what they must not. Every
sentence here is invented for the test.
"""

from tests.extraction.test_fuzz_templates import (
    LINEAR_GROWTH,
    growth,
    quotes_keeping_the_contract,
)

_MIDDLE = ("مراد", "رشيد", "بشير", "منير", "سمير", "حسين", "لطفي", "توفيق")
_FAMILY = ("الحداد", "منصور", "الراشد", "العلوي", "الشامي", "سعيدان", "حجازي", "الأمين")


def _lawyers(k: int, title: str = "المحامي") -> str:
    # k persons named in full with one title (a digit keeps each new)
    return " ".join(
        f'وقال {title} {_MIDDLE[i % 8]}{i} {_FAMILY[i % 8]}{i} إن "الجلسة تأجلت إلى موعد لاحق".'
        for i in range(k)
    )


def _said(text: str, words: str) -> tuple[str | None, str | None]:
    (q,) = [q for q in quotes_keeping_the_contract(text) if words in q.text]
    return q.speaker, q.role


class TestFilteredWalksStillFind:
    """The person a walk takes, past thirty persons of another title."""

    def test_a_bare_title_is_the_minister_named_before(self):
        text = (
            'وقال وزير الصحة كمال النجار إن "المستشفيات جاهزة". '
            f'{_lawyers(30)} وأضاف الوزير أن "الأدوية متوفرة بكميات كافية".'
        )
        assert _said(text, "الأدوية") == ("كمال النجار", "وزير الصحة")

    def test_a_bare_title_is_the_minister_whose_post_was_told_outside_speech(self):
        # (a person quoted with no role: the walk asks told_role of him)
        text = (
            "قدم كمال النجار، وزير الصحة، تقريره أمس. "
            'وقال كمال النجار إن "المستشفيات جاهزة". '
            f'{_lawyers(30)} وأضاف الوزير أن "الأدوية متوفرة بكميات كافية".'
        )
        assert _said(text, "الأدوية") == ("كمال النجار", "وزير الصحة")

    def test_another_spokesmans_word_is_the_same_spokesman(self):
        # (the spokesmen's titles are each other's: no filter by letters)
        text = (
            'وقال المتحدث باسم الحكومة عادل الفرا إن "الاجتماع انتهى". '
            f'{_lawyers(30)} وقال الناطق باسم الحكومة إن "القرار نهائي".'
        )
        assert _said(text, "القرار نهائي") == ("عادل الفرا", "المتحدث باسم الحكومة")

    def test_the_singular_of_a_plural_one_was_one_of(self):
        text = (
            'وقال صالح العبيدي، أحد زعماء العشائر، إن "الأهالي غاضبون". '
            f'{_lawyers(30)} وأضاف الزعيم القبلي أن "الحوار هو الحل الوحيد".'
        )
        assert _said(text, "الحوار") == ("صالح العبيدي", "أحد زعماء العشائر")

    def test_a_post_in_construct_with_the_body_is_the_one_whose_post_has_its_head(self):
        text = (
            'وقال نبيل السقا، المدرب العام بالنادي الأهلي، إن "الفريق جاهز". '
            f'{_lawyers(30)} وأضاف مدرب الأهلي أن "المباراة صعبة".'
        )
        assert _said(text, "المباراة") == ("نبيل السقا", "المدرب العام بالنادي الأهلي")

    def test_a_post_of_a_nisba_is_the_one_of_that_country(self):
        text = (
            'وقال وزير الخارجية الأمريكي جون ريد إن "الحوار مستمر". '
            f"{_lawyers(30, 'وزير الخارجية الفرنسي')} "
            'وأضاف وزير الخارجية الأمريكية أن "الحل قريب".'
        )
        assert _said(text, "الحل قريب") == ("جون ريد", "وزير الخارجية الأمريكي")

    def test_the_one_official_of_her_gender(self):
        text = (
            'وقالت المتحدثة باسم وكالة الأونروا سلمى حداد إن "المساعدات وصلت". '
            f'{_lawyers(30)} وأضافت المسؤولة الأممية أن "الوضع صعب جدا".'
        )
        assert _said(text, "الوضع صعب") == ("سلمى حداد", "المتحدثة باسم وكالة الأونروا")

    def test_a_post_quoted_with_no_name_is_the_one_named_with_it_next(self):
        text = (
            f'{_lawyers(30)} وقال وزير المالية إن "العجز سينخفض هذا العام". '
            "وكان الوزير نزار القاسم قد أعلن عن خطة جديدة."
        )
        assert _said(text, "العجز") == ("نزار القاسم", "وزير المالية")

    def test_the_one_official_of_his_gender(self):
        text = (
            'وقال المتحدث باسم الخارجية الأمريكية جون ريد إن "المحادثات صعبة". '
            f'{_lawyers(30, "المحامية")} وأضاف المسؤول الأمريكي أن "الوضع صعب جدا".'
        )
        assert _said(text, "الوضع صعب") == ("جون ريد", "المتحدث باسم الخارجية الأمريكية")

    def test_the_counterpart_of_another_country(self):
        text = (
            f"{_lawyers(30)} وقال وزير الخارجية الأميركية جون ريد، في مؤتمر صحفي مع "
            'نظيره الكويتي سالم العتيبي، إن "التعاون مستمر". '
            'ثم تحدث وزير الخارجية الكويتي فقال إن "الروابط بين البلدين قوية".'
        )
        assert _said(text, "الروابط") == ("سالم العتيبي", "وزير الخارجية الكويتي")


class TestFilteredWalksStillMiss:
    """Near misses: past thirty persons, no one the walk may take."""

    def test_a_bare_title_no_one_was_named_with(self):
        text = f'{_lawyers(30)} وأضاف الوزير أن "الأدوية متوفرة بكميات كافية".'
        assert _said(text, "الأدوية") == ("الوزير", "الوزير")

    def test_one_of_the_notables_is_no_tribal_leader(self):
        text = (
            'وقال صالح العبيدي، أحد وجهاء المدينة، إن "الأهالي غاضبون". '
            f'{_lawyers(30)} وأضاف الزعيم القبلي أن "الحوار هو الحل الوحيد".'
        )
        assert _said(text, "الحوار") == ("الزعيم القبلي", "الزعيم القبلي")

    def test_a_post_named_too_many_sentences_later(self):
        text = (
            f'{_lawyers(3)} وقال وزير المالية إن "العجز سينخفض هذا العام". '
            f"{_lawyers(5)} وكان الوزير نزار القاسم قد أعلن عن خطة جديدة."
        )
        assert _said(text, "العجز") == ("وزير المالية", "وزير المالية")

    def test_a_possessed_post_with_no_holder_named(self):
        text = (
            f"{_lawyers(30)} وعقد حزب الوفاق مؤتمرا، "
            'وقال أمينه العام إن "الحزب سيشارك في الانتخابات".'
        )
        assert _said(text, "الحزب سيشارك") == ("أمينه العام", "أمينه العام")


# -- growth -------------------------------------------------------------------


def _officials_after_named_persons(k: int) -> str:
    # k lawyers named in full, each followed by "the American official" with
    # no name: one_official read every entity met twice for each, and
    # counterpart walked every person met for a post of no state
    return " ".join(
        f'وقال المحامي {_MIDDLE[i % 8]}{i} {_FAMILY[i % 8]}{i} إن "الوفد سيصل غدا صباحا". '
        'وأضاف المسؤول الأمريكي أن "الجلسة انتهت اليوم".'
        for i in range(k)
    )


def test_an_official_with_a_nisba_after_many_named_persons_is_read_in_linear_time():
    # fuzz27: 6.2 from 40 to 160 lawyers; one_official reads the anonymous
    # entities alone (its tests read no other), counterpart stops before
    # its walk on a post of no state (_state_post): 4.4
    assert growth(_officials_after_named_persons, 40) < LINEAR_GROWTH
