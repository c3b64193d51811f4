"""Wrong speakers found on the fourteenth session's development set (dev34s).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_STEP = "خطوة مهمة على طريق التعافي"
_FIRST = "قال وزير المالية سامي الحداد إن “الاقتصاد يتعافى ببطء”.\n"


class TestVerbalNounGluedToBaAfterAPraiseVerb:
    """ "وأشاد بتوقيع الاتفاق، مؤكدا أن «…»", "وطالب بسحب قوات …": after a
    verb of praising, asking, pledging or threatening that takes its object
    with بـ, a verbal noun glued to بـ right after the verb (a derived form,
    a تفعيل of a first و, or a bare فعل before the noun it governs) is the
    thing praised or asked for, never the subject; the subject is elided,
    the one quoted before. Before, the verbal noun and its object were read
    as a name."""

    @pytest.mark.parametrize(
        "clause",
        [
            pytest.param("وأشاد بتوقيع الاتفاقية مع دول الجوار", id="tafiil-first-waw"),
            pytest.param("وأشاد بإبرام صفقة الغاز", id="ifaal"),
            pytest.param("وطالب بوقف إطلاق النار فورا", id="bare-masdar-construct"),
            pytest.param("ونوه برفع اسم بلاده من القائمة السوداء", id="bare-masdar-ism"),
            pytest.param("وتعهد بتوفير فرص العمل للشباب", id="pledge-tafiil"),
            pytest.param("وهدد بسحب سفير بلاده من العاصمة", id="threat-bare-masdar"),
            pytest.param("وأشاد باستئناف الرحلات الجوية", id="istifaal"),
        ],
    )
    def test_the_speaker_before_goes_on(self, clause: str) -> None:
        text = f"{_FIRST}{clause}، مؤكدا أنه “{_STEP}”."
        assert quote_exactly(text, _STEP).speaker == "سامي الحداد", text

    @pytest.mark.parametrize(
        "clause, speaker",
        [
            pytest.param("وأشاد بندر بن خالد بالاتفاق", "بندر بن خالد", id="given-name-bandar"),
            pytest.param("وتعهد بسام الحلبي بالمساعدة", "بسام الحلبي", id="given-name-bassam"),
            pytest.param("وهدد بطرس منصور بالاستقالة", "بطرس منصور", id="given-name-butrus"),
            pytest.param("وطالب وزير العدل بسحب القانون", "وزير العدل", id="titled-subject"),
        ],
    )
    def test_near_misses(self, clause: str, speaker: str) -> None:
        text = f"{_FIRST}{clause}، مؤكدا أن “{_STEP}”."
        assert quote_exactly(text, _STEP).speaker == speaker, text


_DENIAL = "وقال مسؤول حكومي إن الاتهامات “لا تستند إلى أي أساس قانوني”"


class TestWhatAnotherSaidAsTheSubjectOfThat:
    """ "…، معتبرا أن ما قاله X «يأتي في سياق …»": a clause "what X said"
    (ما and a verb of saying with its pronoun) as the noun of أنّ/إنّ, the
    words in marks right after it its predicate: the judgement is the
    speaker's of the clause around it, not X's. Before, X was read as the
    one who said the words in marks."""

    @pytest.mark.parametrize(
        "rest",
        [
            pytest.param(
                "معتبرا أن ما قاله الوزير السابق “يأتي في سياق حملة انتخابية مكشوفة”",
                id="considering-that-what-he-said",
            ),
            pytest.param(
                "مشيرا إلى أن ما ذكره السفير كمال الدباغ “مجرد ادعاءات لا دليل عليها”",
                id="pointing-out-that-what-he-mentioned",
            ),
            pytest.param(
                "مؤكدا أن ما أعلنه المعارض نبيل الشامي “لا أساس له من الصحة”",
                id="what-he-announced",
            ),
            pytest.param(
                "معتبرا أن ما قاله الوزير السابق كان “مجرد ادعاءات لا دليل عليها”",
                id="with-kana",
            ),
            pytest.param(
                "مضيفا أن ما قاله الوزير السابق في خطابه “يهدف إلى تضليل الرأي العام”",
                id="with-where",
            ),
        ],
    )
    def test_the_clause_speaker_judges(self, rest: str) -> None:
        text = f"{_DENIAL}، {rest}."
        words = rest.split("“")[1].rstrip("”")
        assert quote_exactly(text, words).speaker == "مسؤول حكومي", text

    @pytest.mark.parametrize(
        "rest, words, speaker",
        [
            pytest.param(
                "مضيفا أن الوزير السابق قال إن “الأدلة موجودة لدى القضاء”",
                "الأدلة موجودة لدى القضاء",
                "الوزير السابق",
                id="the-other-says-it",
            ),
            pytest.param(
                "مضيفا أن ما قاله الوزير السابق: “الأدلة موجودة لدى القضاء”",
                "الأدلة موجودة لدى القضاء",
                "الوزير السابق",
                id="what-he-said-then-colon",
            ),
            pytest.param(
                "مضيفا أن ما قاله الرئيس كمال الدباغ “لن نسمح بالفوضى أبدا” يعكس موقف الدولة",
                "لن نسمح بالفوضى أبدا",
                "كمال الدباغ",
                id="his-words-in-apposition-then-the-predicate",
            ),
            pytest.param(
                "وذلك ردا على ما قاله الوزير السابق “إن الأدلة موجودة لدى القضاء”",
                "إن الأدلة موجودة لدى القضاء",
                "مسؤول حكومي",
                id="answering-what-he-said",
            ),
        ],
    )
    def test_near_misses(self, rest: str, words: str, speaker: str) -> None:
        text = f"{_DENIAL}، {rest}."
        assert quote_exactly(text, words).speaker == speaker, text


_REFORM = "لا بد من إصلاح شامل للمؤسسات العامة"


class TestAlaBeforeNeedOrWeightAfterAName:
    """ "كما أكد X على ضرورة …", "وأكد X Y على أهمية …": على before the
    nouns of need and weight (ضرورة، أهمية) is the verb's preposition, not
    the name Ali after the subject's name. Before, the speaker read
    "X على"."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"قال الحداد: “نحن أمام مرحلة صعبة جدا”.\n"
                f"كما أكد الحداد على ضرورة الإصلاح، مشددا على أن “{_REFORM}”.",
                "الحداد",
                id="family-name-then-darura",
            ),
            pytest.param(
                f"وأكد النعيمي على ضرورة التهدئة في كلمته، مضيفا أن “{_REFORM}”.",
                "النعيمي",
                id="family-name-then-darura-and-where",
            ),
            pytest.param(
                f"وأكد كمال النعيمي على أهمية الحوار، مضيفا أن “{_REFORM}”.",
                "كمال النعيمي",
                id="full-name-then-ahammiya",
            ),
            pytest.param(
                f"وأكد النعيمي على ضرورة الحوار. وقال علي النعيمي إن “{_REFORM}”.",
                "علي النعيمي",
                id="then-a-name-opening-with-ali",
            ),
        ],
    )
    def test_the_name_ends_before_ala(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _REFORM).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(f"وقال محمد على إن “{_REFORM}”.", "محمد على", id="the-name-ali"),
            pytest.param(f"وأكد النعيمي على أن “{_REFORM}”.", "النعيمي", id="ala-anna"),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _REFORM).speaker == speaker, text


_CHOICE = "على الحكومة أن تختار طريقها بوضوح تام"


class TestPostCommaNameThenNewsVerbSendsTheMessage:
    """ "أن وزير الخارجية الأردني، سامر الحداد زار بغداد، ونقل رسالة إلى
    الرئيس، أبلغه فيها أن «…»": the subject of the chain of verbs after
    أنّ is a post, a comma and the holder's name, then a verb of news; the
    message's sender, who speaks, is the named holder of the post. Before,
    the post alone was read (or the post as a name and the name and the
    verb's object as a post)."""

    @pytest.mark.parametrize(
        "subject, speaker",
        [
            pytest.param("وزير الخارجية الأردني، سامر الحداد", "سامر الحداد", id="post-comma-name"),
            pytest.param(
                "وزير الخارجية الأردني، سامر بن خالد آل حداد",
                "سامر بن خالد آل حداد",
                id="post-comma-long-name",
            ),
            pytest.param(
                "رئيس الوزراء المغربي، كمال الدباغ",
                "كمال الدباغ",
                id="another-post",
            ),
        ],
    )
    def test_the_named_holder_speaks(self, subject: str, speaker: str) -> None:
        text = (
            f"وكشفت الوثيقة أن {subject} زار بغداد، ونقل رسالة إلى الرئيس العراقي، "
            f"أبلغه فيها أن “{_CHOICE}”."
        )
        quote = quote_exactly(text, _CHOICE)
        assert (quote.speaker, quote.role) == (speaker, subject.split("،")[0]), text

    def test_the_named_holder_of_a_chain_speaks(self) -> None:
        text = (
            "وذكرت الصحيفة أن المتحدث باسم الوزارة، كمال الدباغ اتهم المعارضة "
            f"بالتحريض، وقال إن “{_CHOICE}”."
        )
        quote = quote_exactly(text, _CHOICE)
        assert (quote.speaker, quote.role) == ("كمال الدباغ", "المتحدث باسم الوزارة"), text

    @pytest.mark.parametrize(
        "subject, speaker",
        [
            pytest.param(
                "وزير الخارجية الأردني سامر الحداد", "سامر الحداد", id="post-and-name-no-comma"
            ),
            pytest.param("وزير الخارجية الأردني", "وزير الخارجية الأردني", id="post-alone"),
            pytest.param(
                "وزير الخارجية الأردني، سامر بن التقي،",
                "سامر بن التقي",
                id="a-name-word-spelt-as-a-news-verb",
            ),
        ],
    )
    def test_near_misses(self, subject: str, speaker: str) -> None:
        text = (
            f"وكشفت الوثيقة أن {subject} زار بغداد، ونقل رسالة إلى الرئيس العراقي، "
            f"أبلغه فيها أن “{_CHOICE}”."
        )
        assert quote_exactly(text, _CHOICE).speaker == speaker, text


_PROOF = "الأدلة موجودة لدى القضاء"


class TestCopulaPronounBeforeTheWords:
    """ "ما قاله الوزير هو: «…»", "وما قاله X هو «…»": the pronoun of the
    copula right before the words (a colon or marks) ends the subject's
    phrase; it is no word of a name. Before, the speaker was "هو" (or "X
    هو")."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"{_DENIAL}، مضيفا أن ما قاله الوزير السابق هو: “{_PROOF}”.",
                "الوزير السابق",
                id="title-then-pronoun-colon",
            ),
            pytest.param(f"وكان ما قاله الوزير هو: “{_PROOF}”.", "الوزير", id="kana"),
            pytest.param(
                f"وما قاله الوزير كمال الدباغ هو “{_PROOF}”.", "كمال الدباغ", id="name-then-marks"
            ),
        ],
    )
    def test_the_pronoun_ends_the_phrase(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _PROOF).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(f"وقال الوزير كمال الدباغ: “{_PROOF}”.", "كمال الدباغ", id="no-pronoun"),
            pytest.param(f"وقال هو: “{_PROOF}”.", "هو", id="the-pronoun-as-subject"),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _PROOF).speaker == speaker, text
