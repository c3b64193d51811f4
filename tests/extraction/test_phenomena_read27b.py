"""Mends of review A's findings 4, 5, 6, 7 and 9 on the seventh session of
2026-12-06 (dev27r, dev27s), mender mend27b. Every sentence here is
invented; one class per rule. Each case asserts the quote's words, speaker,
role and date."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only_quote


def _read(text: str) -> tuple[str, str | None, str | None, str | None]:
    q = only_quote(text)  # (checks text[start:end] == the quote's text)
    return q.text, q.speaker, q.role, q.date


class TestABareNameUrgesThePeopleOnSomething:
    """ "وحث X Y الشباب على المشاركة، قائلا «…»": scan_np ends a name read
    with no title before a plural of people followed by على/إلى (dev27r),
    the verb's object; the bare name is then the verb's subject as when the
    preposition follows it right away ("ودافع X عن"): verb_preposition_at
    passes the plural and others joined by و to the preposition (review A
    item 4: the name was lost and the quote had no speaker). Near misses: a
    title before the name, a family name before the quote's colon, a plural
    before في (already right)."""

    @pytest.mark.parametrize(
        "text",
        [
            "وحث أحمد حسن الشباب على المشاركة، قائلا «الانتخابات مهمة».",
            "وشجع أحمد حسن الشباب على المشاركة، قائلا «الانتخابات مهمة».",
            "وحض أحمد حسن المواطنين على المشاركة، قائلا «الانتخابات مهمة».",
            "وحث أحمد حسن الشباب على المشاركة وقال «الانتخابات مهمة».",
            "وحث أحمد حسن الشباب والطلاب على المشاركة، قائلا «الانتخابات مهمة».",
        ],
    )
    def test_the_name_speaks(self, text):
        assert _read(text) == ("الانتخابات مهمة", "أحمد حسن", None, None)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                "وحث الوزير أحمد حسن الشباب على المشاركة، قائلا «الانتخابات مهمة».",
                "أحمد حسن",
                "الوزير",
            ),
            ("وقال أحمد حسن العمال: «الانتخابات مهمة».", "أحمد حسن العمال", None),
            (
                "وانتقد أحمد حسن الشباب في كلمته، قائلا «الانتخابات مهمة».",
                "أحمد حسن",
                None,
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        assert _read(text) == ("الانتخابات مهمة", speaker, role, None)


class TestCarryingThemByRoadIsNoRelaying:
    """ "في نقلهم عن طريق البحر", "في نقلهم عن الحدود": after في, the noun
    of carrying with its object's pronoun, then عن and a way or a place, is
    no relaying of someone's words (dev27s made "في نقلها عن X" a source,
    as نقلا عن); cue_at keeps it a source only when a person, a title, a
    source, an outlet or a name follows عن (review A item 5: the way or the
    place became the speaker). Near misses: a title and a name, a given
    name, an unnamed source after عن (still the one relayed)."""

    @pytest.mark.parametrize(
        "text, words",
        [
            (
                "وأكد الوزير أحمد حسن أن الجيش ساهم في نقلهم عن طريق البحر: «العملية نجحت».",
                "العملية نجحت",
            ),
            (
                "وأوضح الوزير أحمد حسن أن الشركة ساهمت في نقلهم عن طريق الجو: «كانت عملية صعبة».",
                "كانت عملية صعبة",
            ),
            (
                "وتحدث الوزير أحمد حسن عن الصعوبات في نقلهم عن الحدود، قائلا «العملية صعبة».",
                "العملية صعبة",
            ),
            (
                "وتحدث الوزير أحمد حسن عن الصعوبات في نقلها عن طريق البر، قائلا «العملية صعبة».",
                "العملية صعبة",
            ),
        ],
    )
    def test_the_subject_speaks(self, text, words):
        assert _read(text) == (words, "أحمد حسن", "الوزير", None)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                "وتابعت الوثيقة في نقلها عن السفيرة سلمى حسن «الحل السياسي هو الطريق الوحيد».",
                "سلمى حسن",
                "السفيرة",
            ),
            (
                "وتابعت البرقية في نقلها عن هدى سالم «الحل السياسي هو الطريق الوحيد».",
                "هدى سالم",
                None,
            ),
            (
                "وتابعت البرقية في نقلها عن مصادر مطلعة «الحل السياسي هو الطريق الوحيد».",
                "مصادر مطلعة",
                "مصادر مطلعة",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        assert _read(text) == ("الحل السياسي هو الطريق الوحيد", speaker, role, None)


class TestATalkOfAnOutletATimeOrAnAudience:
    """ "في حديث الجزيرة «…»", "في حديث المساء «…»", "خلال حديث الجمهور
    «…»": حديث, a noun of one's words since dev27s (statement_of), is also
    a talk given, its genitive the outlet, the time or the audience; a body
    never owns it, and one word owns it only as a title, the Prophet's (a
    hadith: words._HADITH_OWNERS), an unnamed person or a name the text
    gave before: else the verb's subject speaks (review A item 6: the
    outlet, the time or the audience spoke). Near misses: the Prophet's
    hadith, a name given before, an unnamed officer."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                "وقال الوزير أحمد حسن في حديث الجزيرة «إن الحكومة تدعم الفقراء».",
                "أحمد حسن",
                "الوزير",
            ),
            (
                "وقالت الوزيرة سلمى حسن في حديث الشروق «إن الحكومة تدعم الفقراء».",
                "سلمى حسن",
                "الوزيرة",
            ),
            (
                "وقال الوزير أحمد حسن في حديث المساء «إن الحكومة تدعم الفقراء».",
                "أحمد حسن",
                "الوزير",
            ),
            (
                "وقال الوزير أحمد حسن خلال حديث الجمهور «إن الحكومة تدعم الفقراء».",
                "أحمد حسن",
                "الوزير",
            ),
            (
                "وقال الوزير أحمد حسن في حديث قناة الجزيرة «إن الحكومة تدعم الفقراء».",
                "أحمد حسن",
                "الوزير",
            ),
        ],
    )
    def test_the_verbs_subject_speaks(self, text, speaker, role):
        assert _read(text) == ("إن الحكومة تدعم الفقراء", speaker, role, None)

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "وقال الإمام إن التكافل واجب، اقتداء بحديث النبي «المؤمن للمؤمن كالبنيان».",
                "المؤمن للمؤمن كالبنيان",
                "النبي",
                None,
            ),
            (
                "وأشاد الوزير سامي فرح بالقرار.\nوذكر الكاتب بحديث فرح «لن نتراجع عن مواقعنا».",
                "لن نتراجع عن مواقعنا",
                "سامي فرح",
                "الوزير",
            ),
            (
                "وأوضحت الوثيقة أن الجنود غضبوا بعد حديث أحد الضباط «لن نتراجع عن مواقعنا».",
                "لن نتراجع عن مواقعنا",
                "أحد الضباط",
                "الضباط",
            ),
        ],
    )
    def test_near_misses(self, text, words, speaker, role):
        assert _read(text) == (words, speaker, role, None)


class TestTheOwnerOfASayingWithItsRole:
    """Review A item 9: dev27s's TestSayingNounInConstructWithItsOwner and
    TestDemonstrativeGluedAfterAName asserted the speaker only; here the
    words, speaker, role and date of each. A title alone owns his saying
    with himself for role ("قول الضابط", the anonymous "أحد الضباط" with
    its head); "النبي" and "الرسول" are no titles in lexicon.TITLES, so the
    Prophet's saying has no role (the inconsistency the review notes, pinned
    as it is: adding them to the titles reads "النبي محمد" as a title and a
    name, against test_phenomena_fuzz24)."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            (
                "وأوضحت الوثيقة أن الجنود غضبوا، وخصوصا بعد قول أحد الضباط «لن نتراجع عن مواقعنا».",
                "لن نتراجع عن مواقعنا",
                "أحد الضباط",
                "الضباط",
            ),
            (
                "وأوضحت الوثيقة أن الجنود غضبوا، وخصوصا بعد قول الضابط «لن نتراجع عن مواقعنا».",
                "لن نتراجع عن مواقعنا",
                "الضابط",
                "الضابط",
            ),
            (
                "وقال الإمام إن التكافل واجب، اقتداء بقول الرسول عليه السلام "
                "«المؤمن للمؤمن كالبنيان».",
                "المؤمن للمؤمن كالبنيان",
                "الرسول",
                None,
            ),
            (
                "وأكد الإمام أن الصدقة واجبة، مستشهدا بحديث الرسول صلى الله عليه وسلم "
                "«الصدقة تطفئ الخطيئة».",
                "الصدقة تطفئ الخطيئة",
                "الرسول",
                None,
            ),
            (
                "وتظهر الوثيقة قول الضابط سامي فرح «لن نترك مواقعنا أبدا».",
                "لن نترك مواقعنا أبدا",
                "سامي فرح",
                "الضابط",
            ),
            (
                "وقال الوزير نادر عيسى بهذا الخصوص «لن نتراجع عن القرار».",
                "لن نتراجع عن القرار",
                "نادر عيسى",
                "الوزير",
            ),
        ],
    )
    def test_speaker_role_and_date(self, text, words, speaker, role):
        assert _read(text) == (words, speaker, role, None)


class TestThePlaceANameSpokeFromIsNoRole:
    """Review A item 7: since dev27r (affe0bbb) the body a name with no
    title is "from" (من + lexicon.ORGANIZATION_HEADS) is his role; those
    heads hold buildings and gatherings too (قصر, كنيسة, مجلس, مستشفى),
    the place he spoke from, no body he belongs to. Right answer: no role,
    as at START. Left as strict xfails (a fix needs a split of
    ORGANIZATION_HEADS into bodies and places; not done in time). Near
    misses: a party and a defence team stay his role (dev27r's own)."""

    @pytest.mark.parametrize(
        "text, words",
        [
            pytest.param(
                "وقال أحمد حسن من قصر العدل إن «الحكم جائر».",
                "الحكم جائر",
            ),
            pytest.param(
                "وقال أحمد حسن من كنيسة القيامة في القدس إن «الاحتفال سيقام».",
                "الاحتفال سيقام",
            ),
            pytest.param(
                "وقال أحمد حسن من مجلس عزاء والده إن «الوضع كارثي».",
                "الوضع كارثي",
            ),
        ],
    )
    def test_no_role(self, text, words):
        assert _read(text) == (words, "أحمد حسن", None, None)

    @pytest.mark.parametrize(
        "body",
        ["حزب العمال", "فريق الدفاع عن المتهم", "لجنة المتابعة"],
    )
    def test_near_misses(self, body):
        text = f"وقال أحمد حسن من {body} إن «الحكم جائر»."
        assert _read(text) == ("الحكم جائر", "أحمد حسن", body, None)
