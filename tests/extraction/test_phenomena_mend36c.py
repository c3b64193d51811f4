"""Mends of review findings R5 and R6 (reviewB) on dev36s's commit 86886080
(mend36c).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one

_FRAME = (
    "وقال المحلل سامي ناصر إن المفاوضات متعثرة، مشيرا إلى أن {}، وفي تصريح "
    "خاص، أوضح أن هذه الاتهامات “مجرد دعاية مكشوفة”.\n"
)


class TestHonouredNameAfterThatSpeaks:
    """R5: after أنّ, a definite first word that is an honorific the title
    lexicon lacks (الملا، العلامة، الحاخام، الأب، الأم، الدالاي …) before a
    name, or any definite word before a given name and one word more, opens
    a person, no thing: the person speaks after the aside (the "definite
    thing" rule handed the quote to the speaker before)."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (_FRAME.format("الملا عبد الغني برادر"), "دعاية مكشوفة", "الملا عبد الغني برادر"),
            (_FRAME.format("العلامة يوسف القرضاوي"), "دعاية مكشوفة", "العلامة يوسف القرضاوي"),
            (_FRAME.format("الحاخام عوفاديا يوسف"), "دعاية مكشوفة", "الحاخام عوفاديا يوسف"),
            (_FRAME.format("الملا عمر"), "دعاية مكشوفة", "الملا عمر"),
            (_FRAME.format("الأم تيريزا"), "دعاية مكشوفة", "الأم تيريزا"),
            (_FRAME.format("الدالاي لاما"), "دعاية مكشوفة", "الدالاي لاما"),
            (
                "وذكر المحلل سامي ناصر أن العلامة يوسف القرضاوي، في خطبة الجمعة أمس، "
                "قال إن «الأمة تمر بمحنة».\n",
                "تمر بمحنة",
                "العلامة يوسف القرضاوي",
            ),
            (
                "وذكرت الصحيفة أن الملا عبد الغني برادر، وخلال لقائه الوفد، أكد أن "
                "«الحركة لن تتراجع».\n",
                "لن تتراجع",
                "الملا عبد الغني برادر",
            ),
            (
                "وذكر التقرير أن الحاخام عوفاديا يوسف، في درسه الأسبوعي، قال إن «السلام بعيد».\n",
                "السلام بعيد",
                "الحاخام عوفاديا يوسف",
            ),
        ],
    )
    def test_the_honoured_one_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # a noun and its adjective: a thing still
            (_FRAME.format("الوضع الأمني"), "دعاية مكشوفة", "سامي ناصر"),
            (_FRAME.format("القطاع الخاص"), "دعاية مكشوفة", "سامي ناصر"),
            # an honorific before an adjective: "the spiritual father of …"
            (_FRAME.format("الأب الروحي للحركة"), "دعاية مكشوفة", "سامي ناصر"),
            # a predicate that is a given name too, two words only
            (_FRAME.format("الموقف سليم"), "دعاية مكشوفة", "سامي ناصر"),
            # an honorific the lexicon has, before a name (no role kept)
            (_FRAME.format("الشيخ محمد علي"), "دعاية مكشوفة", "محمد علي"),
            (_FRAME.format("الأستاذ محمد علي"), "دعاية مكشوفة", "محمد علي"),
            # a person met before, an honorific and no given name: known
            (
                "قال الأمين العام السابق للأمم المتحدة كوفي عنان إن «الحل ممكن». "
                + _FRAME.format("الأستاذ كوفي عنان"),
                "دعاية مكشوفة",
                "كوفي عنان",
            ),
            (
                "قال المعارض نيلسون مانديلا إن «الحل ممكن». "
                + _FRAME.format("السيد نيلسون مانديلا"),
                "دعاية مكشوفة",
                "نيلسون مانديلا",
            ),
        ],
    )
    def test_the_rule_still_reads(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestForeignNameInSinIsNoFutureVerb:
    """R6: س, ت or ن and a stem with a long vowel, nothing glued before
    them, is a name as well as a future verb ("ستروس", "سترانج", "ستروب"):
    read as a verb only with و or ف glued to it (as "سيسون", "سيمون")."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            ("وقال ستروس كان إن «الأزمة لم تنته بعد».\n", "لم تنته", "ستروس"),
            ("قال ستروس كان: «الأزمة لم تنته بعد».\n", "لم تنته", "ستروس"),
            ("وأضاف سترانج أن «الأزمة لم تنته بعد».\n", "لم تنته", "سترانج"),
            ("وقال ستروب تالبوت إن «الأزمة لم تنته بعد».\n", "لم تنته", "ستروب تالبوت"),
        ],
    )
    def test_the_name_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # glued to و: a future verb, no subject (dev36s)
            (
                "قال وزير الصحة سليم داود، صباح الاثنين، إن التقرير الأخير خطير "
                "جدا لكن لن يعلق عليه وستدرسه اللجنة.\n"
                "وفي ختام الجولة التي قادته إلى مستشفيات الجنوب الثلاثة برفقة عدد من "
                'مسؤولي الوزارة، حيا الوزير سليم داود "الأطباء الذين واصلوا العمل '
                'رغم الحصار".\n',
                "واصلوا العمل",
                "سليم داود",
            ),
            (
                "أكد رئيس البلدية السيد نادر الخطيب، مساء الخميس، أن ما حصل في الحي "
                "أمس أمر مؤسف لكن لن يعلق عليه وسيتركه إلى وقت لاحق.\n"
                "وخلال كلمة في الليلة الثالثة من ليالي المهرجان الصيفي الكبير في ساحة "
                'البلدية القديمة، وجه السيد نادر الخطيب الشكر إلى "رجال الإطفاء الذين '
                'خاطروا بحياتهم".\n',
                "رجال الإطفاء",
                "نادر الخطيب",
            ),
        ],
    )
    def test_a_glued_future_verb_stays_no_subject(
        self, text: str, words: str, speaker: str
    ) -> None:
        assert one(text, words).speaker == speaker
