"""Mends of reviewer A's findings on the ninth session's rules (mend29a).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.extraction.helpers import quote_exactly

_BEFORE = 'قال النائب رامي العطار إن "الفساد منتشر في الإدارات". '


class TestHighlightedOnlyWithASpeakingSubject:
    """ "وأبرز X أن": a verb of saying only when X may speak (a title, an
    honorific, a name, a body or a document) or no subject stands before
    its أنّ; before a common noun it is the elative in construct, "the
    most salient" ("وأبرز النقاط التي …", "وأبرز مثال على ذلك"), and the
    speaker named before goes on."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                'وقال الوزير سليم الحداد إن "الحكومة ماضية في الإصلاح".\n'
                'وأبرز النقاط التي تناولها الاجتماع أن "الميزانية ستعرض على البرلمان".',
                "الميزانية ستعرض على البرلمان",
                "سليم الحداد",
                id="the-most-salient-points",
            ),
            pytest.param(
                _BEFORE + 'وأبرز مثال على ذلك أن "الصفقات تمنح دون مناقصات".',
                "الصفقات تمنح دون مناقصات",
                "رامي العطار",
                id="the-most-salient-example",
            ),
            pytest.param(
                _BEFORE + 'وأبرز القضايا المطروحة في الجلسة أن "الملفات لم تحسم بعد".',
                "الملفات لم تحسم بعد",
                "رامي العطار",
                id="the-most-salient-issues",
            ),
        ],
    )
    def test_the_speaker_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert quote_exactly(text, words).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                _BEFORE + 'وأبرز رئيس الحزب منير الساعدي أن "الملفات لم تحسم بعد".',
                "منير الساعدي",
                "رئيس الحزب",
                id="a-titled-name",
            ),
            pytest.param(
                _BEFORE + 'وأبرز السيد العطار أن "الملفات لم تحسم بعد".',
                "رامي العطار",
                "النائب",
                id="an-honorific-and-the-name-before",
            ),
            pytest.param(
                _BEFORE + 'فأبرز الحزب أن "الملفات لم تحسم بعد".',
                "الحزب",
                None,
                id="a-body",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str | None) -> None:
        q = quote_exactly(text, "الملفات لم تحسم بعد")
        assert (q.speaker, q.role) == (speaker, role), text


_BODY = "\n\nأكد رئيس الوزراء كمال الوردي أن الحكومة ستصمد أمام كل الضغوط.\n"


def _speakers_of(text: str, words: str) -> list[str | None]:
    return [q.speaker for q in extract(text) if words in q.text]


class TestHeadlineLabelNeitherWorkNorPlural:
    """ "X: كلمات «…»" (a headline's label, a few words, words in marks):
    the label speaks only when it is one person, and the words before the
    marks name no work: "X: روايته الجديدة «…»" is the title of his novel,
    "الضيوف: X وY «…»" describes the guests; neither is words said."""

    @pytest.mark.parametrize(
        "text, words",
        [
            pytest.param(
                "سامي النجار: روايته الجديدة «ليل المدينة الطويل والحزين»" + _BODY,
                "ليل المدينة",
                id="his-novel",
            ),
            pytest.param(
                "هالة السعدي: أغنيتها الأخيرة «ليل المدينة الطويل»" + _BODY,
                "ليل المدينة",
                id="her-song",
            ),
            pytest.param(
                "الضيوف: الحداد والنجار «وزيرا الخارجية والدفاع في الحكومة»" + _BODY,
                "وزيرا الخارجية",
                id="a-plural-label",
            ),
            pytest.param(
                "الحاضرون: الحداد والنجار «وزيرا الخارجية والدفاع في الحكومة الجديدة»" + _BODY,
                "وزيرا الخارجية",
                id="a-sound-plural-label",
            ),
        ],
    )
    def test_no_one_speaks(self, text: str, words: str) -> None:
        assert all(s is None for s in _speakers_of(text, words)), text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "سامي النجار: الثقافة «ليست ترفا في زمن الأزمات»" + _BODY,
                "ليست ترفا",
                "سامي النجار",
                id="a-person-and-a-plain-word",
            ),
            pytest.param(
                "الوزير: الحكومة «ستصمد أمام كل الضغوط»" + _BODY,
                "ستصمد أمام كل الضغوط",
                "الوزير",
                id="a-singular-title",
            ),
            pytest.param(
                "الوردي: الحكومة «ستصمد أمام كل الضغوط»" + _BODY,
                "ستصمد أمام كل الضغوط",
                "الوردي",
                id="a-family-name-with-the-article",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str) -> None:
        assert _speakers_of(text, words)[:1] == [speaker], text


class TestAsideWithSomeoneMetAndNoHolderBefore:
    """A bare post, an aside in commas naming a titled one met ("في لقاء مع
    الرئيس،"), then a name: the name is the one met's only when a person
    was named before, whom the post may be; with none, the name is the
    holder's (a post left unresolved is worse). A counterpart met
    ("مع نظيره التونسي") keeps the post as before."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "وقال المتحدث باسم الحكومة، في لقاء مع الرئيس، سليم الحداد: "
                '"نريد فتح الحدود أمام التجارة".',
                "نريد فتح الحدود أمام التجارة",
                "سليم الحداد",
                "المتحدث باسم الحكومة",
                id="the-president-met",
            ),
            pytest.param(
                "وقال المتحدث باسم الحكومة، في لقاء مع الوزير الفرنسي، سليم الحداد: "
                '"نريد فتح الحدود أمام التجارة".',
                "نريد فتح الحدود أمام التجارة",
                "سليم الحداد",
                "المتحدث باسم الحكومة",
                id="a-minister-met",
            ),
            pytest.param(
                "وقال مدير الشركة، في اجتماع مع السفير الألماني، منير الساعدي، إن "
                '"الاستثمارات ستتضاعف هذا العام".',
                "الاستثمارات ستتضاعف هذا العام",
                "منير الساعدي",
                "مدير الشركة",
                id="an-ambassador-met-and-that",
            ),
        ],
    )
    def test_the_name_holds_the_post(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "أعربت هالة السعدي، وزيرة الصحة المغربية، عن ارتياحها.\n"
                "وقالت وزيرة الصحة، في لقاء مع الوزير الفرنسي، جان مارتان، إن "
                '"التعاون مثمر".',
                "التعاون مثمر",
                "هالة السعدي",
                id="a-holder-named-before",
            ),
            pytest.param(
                "وقال وزير الخارجية الليبي، في مؤتمر صحفي مع نظيره التونسي، سليم "
                'الحداد: "نريد فتح الحدود أمام التجارة".',
                "نريد فتح الحدود أمام التجارة",
                "وزير الخارجية الليبي",
                id="a-counterpart-met",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str) -> None:
        assert quote_exactly(text, words).speaker == speaker, text


class TestHeadlineLabelWithAStopAfterTheMarks:
    """ "X: كلمات «…»." (a headline's label, a few words, words in marks):
    one stop (. ! ؟) after the closing mark still ends the line; the label
    speaks as without it. Words after the stop, or a city's label, as
    before."""

    @pytest.mark.parametrize("stop", [".", "!", "؟"])
    def test_the_label_speaks(self, stop: str) -> None:
        text = "الوردي: الحكومة «ستصمد أمام كل الضغوط»" + stop + _BODY
        assert _speakers_of(text, "ستصمد أمام كل الضغوط")[:1] == ["الوردي"], text

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "الوردي: الحكومة «ستصمد أمام كل الضغوط». رغم الأزمة" + _BODY,
                id="words-after-the-stop",
            ),
            pytest.param("القاهرة: الحكومة «ستصمد أمام كل الضغوط»." + _BODY, id="a-city"),
        ],
    )
    def test_near_misses(self, text: str) -> None:
        assert _speakers_of(text, "ستصمد أمام كل الضغوط")[:1] == [None], text


class TestCommentGluedToBaAfterTheName:
    """ "ورد الوزير X بتعليق ساخر قائلا «…»": a comment glued to بـ, as a
    reply is (برد، بتعقيب), is how the words came, never a word of the
    name before it."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                'ورد الوزير سليم الحداد بتعليق ساخر قائلا "هذه أوهام لا أكثر ولا أقل".',
                "هذه أوهام لا أكثر ولا أقل",
                "سليم الحداد",
                id="a-sarcastic-comment",
            ),
            pytest.param(
                'فبادره الرئيس منير الساعدي بتعليق مقتضب قائلا "لن نتراجع عن قرارنا أبدا".',
                "لن نتراجع عن قرارنا أبدا",
                "منير الساعدي",
                id="a-short-comment",
            ),
            pytest.param(
                'واكتفى النائب رامي العطار بتعليق قصير قائلا "الحقيقة ستظهر قريبا".',
                "الحقيقة ستظهر قريبا",
                "رامي العطار",
                id="content-with-a-comment",
            ),
        ],
    )
    def test_the_name_alone_speaks(self, text: str, words: str, speaker: str) -> None:
        assert quote_exactly(text, words).speaker == speaker, text

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                'ورد الوزير سليم الحداد بتعقيب هادئ قائلا "هذه أوهام لا أكثر ولا أقل".',
                id="a-rejoinder-as-before",
            ),
            pytest.param(
                'وقال الوزير سليم الحداد في تعليق على الخبر إن "هذه أوهام لا أكثر ولا أقل".',
                id="in-a-comment",
            ),
        ],
    )
    def test_near_misses(self, text: str) -> None:
        assert quote_exactly(text, "هذه أوهام لا أكثر ولا أقل").speaker == "سليم الحداد", text


_ARMY = '"الجيش جاهز لكل الاحتمالات".'


class TestANameInMarksAfterARankOpeningThePhrase:
    """ "وقال العميد ركن «X Y» إن", "اللواء بحري ركن «X Y»": a rank that
    opens the phrase, or one qualified by its arm (بحري، جوي، بري), is
    completed before the name in marks, as "الفريق أول ركن «X Y»" is."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("وقال العميد ركن «سليم الحداد» إن " + _ARMY, id="a-rank-first"),
            pytest.param(
                "وقال قائد القوات البحرية اللواء بحري ركن «سليم الحداد» إن " + _ARMY,
                id="the-navy",
            ),
            pytest.param(
                "وقال اللواء جوي ركن «سليم الحداد» إن " + _ARMY,
                id="the-air-force",
            ),
        ],
    )
    def test_the_name_speaks(self, text: str) -> None:
        assert quote_exactly(text, "الجيش جاهز لكل الاحتمالات").speaker == "سليم الحداد", text

    @pytest.mark.parametrize(
        "text, role",
        [
            pytest.param(
                "وقال القائد العام للجيش الفريق أول ركن «سليم الحداد» إن " + _ARMY,
                "القائد العام للجيش",
                id="after-a-post-as-before",
            ),
            pytest.param("وقال العميد سليم الحداد إن " + _ARMY, "العميد", id="no-marks"),
        ],
    )
    def test_near_misses(self, text: str, role: str) -> None:
        q = quote_exactly(text, "الجيش جاهز لكل الاحتمالات")
        assert (q.speaker, q.role) == ("سليم الحداد", role), text
