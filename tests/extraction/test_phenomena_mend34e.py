"""Review B's R3, R4 and R7 on dev34d's 9e70e9c5 (mend34e): أطلع read as
"briefed" on another verb's "على أن" or بأن; two last names of people
named before split a new person's name; and an earlier verb's date carried
over ثم, a new occasion or a pluperfect "كان … قد". Each class has its
failing examples and near misses that must keep their answer; every text
is written for the test.
"""

from tests.extraction.helpers import quotes_of


def _one(text: str, words: str):
    q = [q for q in quotes_of(text) if words in q.text]
    assert q, [q.text for q in quotes_of(text)]
    return q[0]


def _speaker(text: str, words: str) -> str | None:
    return _one(text, words).speaker


def _found(text: str, words: str) -> bool:
    return any(words in q.text for q in quotes_of(text))


class TestReadOnIsNotBriefedBy_AnotherVerbsThat:
    """ "واطلع X على الخطة، وشدد على أن «…»": the على of اطّلع has a noun
    for its object (read), and the "على أن" or بأن after it belongs to
    another verb or noun; the cue is that verb, the speaker X."""

    def test_read_then_stressed(self):
        text = "واطلع رئيس الوزراء على الخطة، وشدد على أن «التنفيذ سيبدأ فورا»."
        assert _speaker(text, "التنفيذ سيبدأ") == "رئيس الوزراء"

    def test_read_then_stressing(self):
        text = "واطلع أمير المنطقة على التقرير السنوي للهيئة، مؤكدا على أن «المواطن أولا»."
        assert _speaker(text, "المواطن أولا") == "أمير المنطقة"

    def test_read_provided_that(self):
        text = "واطلع المحافظ على سير العمل في المشروع، على أن «يتم افتتاحه في مايو»."
        assert _speaker(text, "يتم افتتاحه") != "على سير"

    def test_read_a_report_stating(self):
        text = "واطلع الوزير على تقرير يفيد بأن «الوضع صعب»."
        assert _speaker(text, "الوضع صعب") != "على"

    def test_read_then_keen(self):
        text = "واطلع الوزير على مراحل تنفيذ الطريق، وحرص على أن «ينجز في موعده»."
        assert not _found(text, "ينجز في موعده") or _speaker(text, "ينجز في موعده") != "على مراحل"

    def test_near_miss_briefed_with_bi(self):
        text = "وأطلع الوزير السفير بأن «الوضع صعب»."
        assert _speaker(text, "الوضع صعب") == "الوزير"

    def test_near_miss_briefed_on_that(self):
        text = "وأطلعت الوزيرة النواب على أن «الموازنة ستتأخر»."
        assert _speaker(text, "الموازنة ستتأخر") == "الوزيرة"

    def test_near_miss_read_then_confirmed_that(self):
        # (review B R9: a plain أنّ of another verb after "اطلع على X" does
        # not make اطّلع a cue; the speaker is never its على)
        text = "واطلع الوزير على التقرير، وأكد أن «الوضع صعب»."
        assert _speaker(text, "الوضع صعب") not in ("على", "على التقرير")


_TWO = "وقال الوزير محمد أحمد إن «الخطة جاهزة». وقال النائب علي حسن إن «الموازنة متأخرة». "


class TestTwoLastNamesOfOthersAreANewName:
    """ "وأبلغ رئيس اللجنة أحمد حسن الصحفيين بأن": a new person whose
    given name is one earlier person's last name and whose last name is
    another's, introduced with a title or with the one told after him, is
    one name, not the subject and the one told."""

    def test_titled_new_person_told(self):
        text = _TWO + "وأبلغ رئيس اللجنة أحمد حسن الصحفيين بأن «الاجتماع تأجل»."
        q = _one(text, "الاجتماع تأجل")
        assert (q.speaker, q.role) == ("أحمد حسن", "رئيس اللجنة")
        assert _one(text, "الخطة جاهزة").role == "الوزير"

    def test_bare_new_person_told_the_press(self):
        text = _TWO + "وأبلغ أحمد حسن الصحفيين بأن «الاجتماع تأجل»."
        assert _speaker(text, "الاجتماع تأجل") == "أحمد حسن"

    def test_titled_new_person_called(self):
        text = _TWO + "ودعا النائب أحمد حسن إلى «وقف الحرب فورا»."
        q = _one(text, "وقف الحرب")
        assert (q.speaker, q.role) == ("أحمد حسن", "النائب")

    def test_near_miss_last_name_then_other_last_name(self):
        text = (
            "وقال الوزير سالم العبيدي إن «الخطة جاهزة». "
            "وقال السفير جورج هاملتون إن «بلاده تدعم الخطة». "
            "وأبلغ العبيدي هاملتون بأن «الاجتماع تأجل»."
        )
        assert _speaker(text, "الاجتماع تأجل") == "سالم العبيدي"

    def test_near_miss_last_name_then_other_after_told(self):
        text = (
            "وقال الوزير سالم العبيدي إن «الخطة جاهزة». "
            "وقال السفير جورج هاملتون إن «بلاده تدعم الخطة». "
            "وأخبر العبيدي هاملتون بأن «الموعد تغير»."
        )
        assert _speaker(text, "الموعد تغير") == "سالم العبيدي"


class TestDateNotBridgedOverThenOrNewOccasion:
    """ "وكان X قد أعلن في DATE أن …، وأكد أن …، ثم قال في مقابلة: «…»": a
    later verb after ثم, or told at a new occasion, or the pluperfect
    background of "كان … قد", does not take the earlier verb's date."""

    def test_pluperfect_then_interview(self):
        text = (
            "وكان وزير المالية سمير حداد قد أعلن في 3 مارس 2019 أن الموازنة جاهزة، "
            "وأكد أن العجز سينخفض، ثم قال في مقابلة تلفزيونية: «سنبدأ غدا»."
        )
        assert _one(text, "سنبدأ غدا").date is None

    def test_then_said(self):
        text = (
            "وأعلن وزير المالية سمير حداد في 3 مارس 2019 أن الموازنة جاهزة، "
            "وأكد أن العجز سينخفض، ثم قال: «سنبدأ غدا»."
        )
        assert _one(text, "سنبدأ غدا").date is None

    def test_new_occasion(self):
        text = (
            "وأعلن وزير المالية سمير حداد في 3 مارس 2019 أن الموازنة جاهزة، "
            "وأكد أن العجز سينخفض، وقال في مقابلة تلفزيونية: «سنبدأ غدا»."
        )
        assert _one(text, "سنبدأ غدا").date is None

    def test_near_miss_undated_verb_between(self):
        text = (
            "وأعلن وزير المالية سمير حداد في 3 مارس 2019 أن الموازنة جاهزة، "
            "ونقل رسالة إلى رئيس الوزراء، أبلغه فيها أن «العجز سينخفض»."
        )
        assert _one(text, "العجز سينخفض").date == "2019-03-03"

    def test_near_miss_date_in_a_quote_is_not_the_verbs(self):
        text = (
            "وأعلن وزير المالية سمير حداد أن «الموازنة جاهزة منذ 3 مارس 2019»، "
            "وأكد أن «العجز سينخفض»."
        )
        assert _one(text, "العجز سينخفض").date is None

    def test_near_miss_pluperfect_with_its_own_date(self):
        text = "وكان وزير المالية سمير حداد قد أعلن في 3 مارس 2019 أن «الموازنة جاهزة»."
        assert _one(text, "الموازنة جاهزة").date == "2019-03-03"
