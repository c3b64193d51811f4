"""Findings 4 to 7 of the eighth session's review (reportC), mended by
mend28h. Every sentence here is invented."""

from __future__ import annotations

import pytest

from .helpers import quote_exactly


class TestRead28hEmbassyStaffInThePluralOrWithNoTitle:
    """The embassy's staff in a service ("حراس الأمن للسفارة", "موظفو
    الاستقبال للسفارة", "عامل النظافة للسفارة"): a staff word, singular or
    plural, its service, then the embassy glued to لل; the embassy is their
    employer, its genitive, kept in the speaker, as after the title "حارس
    الأمن للسفارة" (not the one told). Near misses: a post that may be the
    host country's ("مدير الأمن للسفارة") and staff of a body, not of a
    service ("موظفو الوزارة للسفارة"), tell the embassy."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                'وقال موظفو الأمن للسفارة إن "الأبواب مغلقة منذ الصباح".',
                "موظفو الأمن للسفارة",
                id="sound-plural-nominative",
            ),
            pytest.param(
                'وأكد حراس البوابة للسفارة أن "الزوار قليلون هذا الأسبوع".',
                "حراس البوابة للسفارة",
                id="broken-plural",
            ),
            pytest.param(
                'وقال عامل النظافة للسفارة إن "المبنى لم يتضرر".',
                "عامل النظافة للسفارة",
                id="worker-singular",
            ),
            pytest.param(
                'وأوضح سائقو الصيانة للسفارة أن "الطريق آمن".',
                "سائقو الصيانة للسفارة",
                id="drivers",
            ),
            pytest.param(
                'وذكر عمال الحراسة للسفارة أن "الليلة مرت بهدوء".',
                "عمال الحراسة للسفارة",
                id="workers-broken-plural",
            ),
        ],
    )
    def test_the_embassy_is_their_employer(self, text: str, speaker: str) -> None:
        words = text.split('"')[1]
        assert quote_exactly(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                'وقال مدير الأمن للسفارة إن "الحدود مراقبة".',
                "مدير الأمن",
                id="host-post-tells-the-embassy",
            ),
            pytest.param(
                'وقال موظفو الوزارة للسفارة إن "الملف جاهز".',
                "موظفو الوزارة",
                id="staff-of-a-body-tells-the-embassy",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        words = text.split('"')[1]
        assert quote_exactly(text, words).speaker == speaker


class TestRead28hAnySoundPluralUrgedAfterAName:
    """After a verb of urging or calling on (_URGE_LEMMAS, past or present:
    "حث", "يحث", "طالب", "تدعو"), a definite sound plural in ين/ون after a
    given name and before على/إلى or a word glued to بـ is the one urged,
    never a family name, whatever the plural ("الصيادين", "العاملين"), not
    only the listed ones. Near misses: a plural after a verb of saying keeps
    the name read whole; a compound name's second half ("زين العابدين")
    and a short family name ("الحسين") stay names."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                'وحث عمر الصيادين على التعاون، قائلا: "البحر هائج اليوم".',
                "عمر",
                id="past-fishermen",
            ),
            pytest.param(
                'وحث ماجد العاملين على الصبر، قائلا: "الأجور ستصرف قريبا".',
                "ماجد",
                id="past-workers",
            ),
            pytest.param(
                'ويحث سعيد المزارعين على الري ليلا، قائلا: "الحر شديد".',
                "سعيد",
                id="present-urges",
            ),
            pytest.param(
                'وطالب وليد المتقاعدين بالصبر، قائلا: "المعاشات ستزيد".',
                "وليد",
                id="demands-with-ba",
            ),
        ],
    )
    def test_the_plural_is_the_one_urged(self, text: str, speaker: str) -> None:
        words = text.split('"')[1]
        assert quote_exactly(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                'وقال عمر الصيادين للصحفيين إن "الشباك فارغة".',
                "عمر الصيادين",
                id="verb-of-saying",
            ),
            pytest.param(
                'ودعا زين العابدين إلى الحوار، قائلا: "الوطن للجميع".',
                "زين العابدين",
                id="compound-name",
            ),
            pytest.param(
                'وحث عمر الحسين على الحضور، قائلا: "الأمر مهم".',
                "عمر الحسين",
                id="short-family-name",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        words = text.split('"')[1]
        assert quote_exactly(text, words).speaker == speaker
