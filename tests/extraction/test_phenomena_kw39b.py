"""Phenomena of kw39b (Known weaknesses from the bottom of the list, the
older sessions' items). Every sentence and name here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text)]


class TestShortWordsFrontedBeforeTheirVerb:
    """ "«الفوز مستحق»، قال المدرب X.": one or two words in marks opening
    their sentence, a comma, then the verb of saying and its subject: the
    words said, fronted as three words or more already were (they were
    dropped as a name in marks; fifth session of 2026-12-03)."""

    @pytest.mark.parametrize(
        "text, said, speaker",
        [
            pytest.param(
                "«الفوز مستحق»، قال المدرب سامي الحداد.", "الفوز مستحق", "سامي الحداد", id="two"
            ),
            pytest.param(
                "«الفوز مستحق»، قال المدرب سامي الحداد للصحفيين.",
                "الفوز مستحق",
                "سامي الحداد",
                id="told-to",
            ),
            pytest.param("«كفى»، قالت الوزيرة هدى سالم.", "كفى", "هدى سالم", id="one-word"),
            pytest.param(
                "وسأله الصحفي عن المباراة. «الفوز مستحق»، رد المدرب كمال يونس.",
                "الفوز مستحق",
                "كمال يونس",
                id="after-a-sentence",
            ),
        ],
    )
    def test_words_said(self, text, said, speaker) -> None:
        assert (said, speaker) in _said(text), _said(text)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("«حزب الأمة»، قال رئيسه إن الحزب مستمر.", id="a-bodys-name"),
            pytest.param("«الشروق»، قال الوزير إن الوضع صعب.", id="an-outlet"),
            pytest.param("وفي حديث لـ«الشروق»، قال الوزير إن الوضع صعب.", id="after-lam"),
            pytest.param("«سامي الحداد»، قال الوزير إن الوضع صعب.", id="a-persons-name"),
            pytest.param(
                "ونشرت الصحيفة «الفوز مستحق»، وقال المدرب إن الفريق تعب.", id="mid-sentence"
            ),
        ],
    )
    def test_names_in_marks(self, text) -> None:
        assert _said(text) == [], _said(text)


class TestOutletSpeltInLettersToldTo:
    """ "وقال الوزير لبي بي سي إن «…»": an outlet's name spelt out in
    letters, the first glued to لـ, after a post or a name is the outlet
    spoken to, as one with a tail word ("لفرانس برس") was; it was the
    speaker, or ran on into the name (fourth session of 2026-12-03)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param("وقال الوزير لبي بي سي إن «الوضع صعب».", "الوزير", id="post"),
            pytest.param("وقال الوزير لإم بي سي إن «الوضع صعب».", "الوزير", id="mbc"),
            pytest.param("وقال سامي الحداد لبي بي سي إن «الوضع صعب».", "سامي الحداد", id="name"),
            pytest.param(
                "وقالت الوزيرة هدى سالم لبي بي سي عربي إن «الوضع صعب».", "هدى سالم", id="titled"
            ),
        ],
    )
    def test_the_one_who_spoke(self, text, speaker) -> None:
        (quote,) = extract(text)
        assert quote.speaker == speaker, quote

    def test_the_outlet_is_the_via(self) -> None:
        (quote,) = extract("وقال الوزير لبي بي سي إن «الوضع صعب».")
        assert quote.via == "بي بي سي", quote

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وقال سامي الحداد، مدير مكتب بي بي سي، إن «الوضع صعب».",
                "سامي الحداد",
                "مدير مكتب بي بي سي",
                id="the-outlet-he-works-for",
            ),
            pytest.param(
                "وقال مسؤول عراقي لبي بي سي إن «الوضع صعب».",
                "مسؤول عراقي",
                "مسؤول عراقي",
                id="anonymous-as-before",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role) -> None:
        (quote,) = extract(text)
        assert (quote.speaker, quote.role) == (speaker, role), quote


class TestTheOneAddressed:
    """ "وقاطع رئيس البرلمان النائب قائلا: «…»": after a verb of addressing
    (قاطع، خاطب), the one addressed, a definite title or a plural of
    persons after the subject's definite word, is the verb's object, not a
    word of the speaker's post (fifth session of 2026-12-03: "the object
    joined to the speaker after قاطع")."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "وقاطع رئيس البرلمان النائب قائلا: «انتهى وقتك».", "رئيس البرلمان", id="post"
            ),
            pytest.param("وقاطع الرئيس النائب قائلا: «انتهى وقتك».", "الرئيس", id="bare-title"),
            pytest.param(
                "وخاطب رئيس البرلمان النواب قائلا: «انتهى وقتكم».", "رئيس البرلمان", id="plural"
            ),
            pytest.param(
                "وقاطعت رئيسة الجلسة الوزير، قائلة: «انتهى وقتك».", "رئيسة الجلسة", id="feminine"
            ),
            pytest.param(
                "وخاطب مسؤول أمني الصحفيين قائلا: «ابتعدوا».", "مسؤول أمني", id="anonymous"
            ),
        ],
    )
    def test_the_speaker(self, text, speaker) -> None:
        (quote,) = extract(text)
        assert quote.speaker == speaker, quote

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وخاطب الوزير المفوض سامي الحداد الحضور قائلا: «مرحبا بكم».",
                "سامي الحداد",
                "الوزير المفوض",
                id="a-title-before-a-name",
            ),
            pytest.param(
                "وخاطب الرئيس الفلسطيني قائلا: «مرحبا بكم».",
                "الرئيس الفلسطيني",
                "الرئيس الفلسطيني",
                id="a-nisba",
            ),
            pytest.param(
                "وقال رئيس البرلمان النائب الأول سامي الحداد: «انتهى الوقت».",
                "سامي الحداد",
                None,
                id="no-addressing",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role) -> None:
        (quote,) = extract(text)
        assert quote.speaker == speaker, quote
        if role is not None:
            assert quote.role == role, quote


class TestAskedBeforeTheColon:
    """ "وسأله: «…؟»": the verb of asking with the one asked as its suffix,
    its subject elided, right before the colon is no label: it was the
    speaker "وسأله" (second session of 2026-12-03: "سأله: right before a
    colon read as a name")."""

    LEAD = "والتقى الصحفي سامي الحداد الوزير في مكتبه. "

    @pytest.mark.parametrize("verb", ["وسأله", "فسأله", "سأله", "وسألهما", "وسألهن"])
    def test_no_verb_speaks(self, verb) -> None:
        (quote,) = extract(self.LEAD + verb + ": «هل أنت راض عن أداء الحكومة؟».")
        assert quote.speaker != verb, quote

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param("وسأله القاضي: «هل أنت مذنب أم بريء؟».", "القاضي", id="asker-named"),
            pytest.param(
                "واتصل النائب سامي الحداد بالوزير، وسأله: «متى تنتهي هذه الأزمة الخانقة؟».",
                "سامي الحداد",
                id="same-sentence",
            ),
            pytest.param("وزير المالية: «الميزانية جاهزة للتصويت».", "وزير المالية", id="a-label"),
        ],
    )
    def test_near_misses(self, text, speaker) -> None:
        (quote,) = extract(text)
        assert quote.speaker == speaker, quote


class TestTitleWordsThatAreGivenNames:
    """ "وقال المواطن فلاح X": after a definite title, فلاح (a farmer) and
    أمينة (a trustee) with no article before a family name open the name,
    as أمير, سلطان and رائد did; the whole phrase was the speaker (third
    and seventh sessions of 2026-12-03)."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وقال المواطن فلاح الحداد: «الوضع صعب».", "فلاح الحداد", "المواطن", id="falah"
            ),
            pytest.param(
                "وقال المزارع فلاح الجبوري: «الموسم ضعيف».", "فلاح الجبوري", "المزارع", id="farmer"
            ),
            pytest.param(
                "واستقبلت الوزيرة أمينة الصالح الوفد، وقالت: «مرحبا بكم».",
                "أمينة الصالح",
                "الوزيرة",
                id="amina-object-after",
            ),
            pytest.param(
                "وقالت النائبة أمينة الخطيب: «الوضع صعب».", "أمينة الخطيب", "النائبة", id="amina"
            ),
        ],
    )
    def test_the_name(self, text, speaker, role) -> None:
        (quote,) = extract(text)
        assert (quote.speaker, quote.role) == (speaker, role), quote

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param("وقال فلاح من القرية: «الموسم ضعيف».", "فلاح من القرية", id="a-farmer"),
            pytest.param(
                "وقالت الأستاذة أمينة الصندوق في الجمعية: «الوضع صعب».",
                "الأستاذة أمينة الصندوق في الجمعية",
                id="the-treasurer",
            ),
            pytest.param(
                "وقال النائب عن ائتلاف النصر فلاح الخفاجي: «الوضع صعب».",
                "فلاح الخفاجي",
                id="after-a-complete-post",
            ),
        ],
    )
    def test_near_misses(self, text, speaker) -> None:
        (quote,) = extract(text)
        assert quote.speaker == speaker, quote
