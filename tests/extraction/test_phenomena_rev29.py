"""Mid-session review rev29 (sixth session of 2026-12-06): near misses of the
rules landed since the session's start. Every sentence here is invented.

Mended (right at the session's start, wrong after a rule landed):

1. kw28's known-as rule (phrases.classify) took "مستعار" after "المعروف
   باسم" for the first word of the name ("الشاعر المعروف باسم مستعار X Y"
   gave the speaker "مستعار X Y"): the pen-name note (words._ALIAS_NOTE) is
   passed over, the name after it is the person's, the title his role.
2. dev26r's label-then-occasion rule (speakers.label_then_occasion) made
   any noun heading a headline a speaker ("تصعيد في الخطاب: «…»", "جدل واسع
   في الجلسة: «…»" gave the persons تصعيد, جدل واسع): the label must be a
   post, a body, an anonymous source, or a name opening with a given name or
   met before (speakers.occasion_label_speaker).
3. dev26d's event-name rule (speakers.is_quotation) dropped a past event's
   noun and its date in marks right after a verb of saying with no colon
   ("فقال «حرب 2006»": an answer), which it kept after a colon.
4. dev26s's title-word-in-a-name rule read any bare title word between two
   given names as the name's ("وقال سامي مستشار حسن": one three-word name,
   no role): only title words that are given names too
   (words._TITLE_WORDS_IN_NAMES: قائد، أمين، مساعد …) are.

Strict xfails (wrong at the session's start too): a second spokesman
titled with no name after another one named; a ministry's second genitive
in the plural in ين ("والمهجرين"); a fronted gathering with two
adjectives; an age in brackets after an anonymous source.
"""

from __future__ import annotations

import pytest

from .helpers import assert_speaker, quotes_of, said_by, wrong_speaker


class TestRev29PenNameAfterKnownAs:
    """After a title and "known by a pen name" (المعروف باسم مستعار), the
    name that follows is the person's, whole, and the title his role."""

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "وقال الشاعر المعروف باسم مستعار سامي حداد إن «الشعر حياة».",
                "سامي حداد",
                "الشاعر",
                id="poet",
            ),
            pytest.param(
                "وقال الكاتب المعروف باسم مستعار نبيل فرح إن «الكتابة حياة».",
                "نبيل فرح",
                "الكاتب",
                id="writer",
            ),
            pytest.param(
                "وقال الفنان الشهير باسم مستعار سامي حداد إن «الفن رسالة».",
                "سامي حداد",
                "الفنان",
                id="famous-as",
            ),
        ],
    )
    def test_the_name_after_the_note_speaks(self, text, speaker, role):
        assert said_by(text, "حياة" if "حياة" in text else "رسالة") == (speaker, role)

    def test_a_pen_name_note_with_no_name_after_it_is_left(self):
        text = "وقال الشاعر المعروف باسم مستعار إن «الشعر حياة»."
        assert said_by(text, "الشعر حياة") == ("الشاعر", "الشاعر")


class TestRev29OccasionLabelMustBeASpeaker:
    """A headline's label, then the occasion before its colon, speaks only
    when it can speak: a post, a body, an anonymous source, or a name that
    opens with a given name or was met before; not the news a headline
    opens with."""

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "تصعيد في الخطاب: «لن نتراجع عن قرارنا مهما كانت الضغوط»", id="escalation"
            ),
            pytest.param(
                "جدل واسع في الجلسة: «لن نتراجع عن قرارنا مهما كانت الضغوط»", id="wide-debate"
            ),
            pytest.param(
                "مفاجأة في الحوار: «الانتخابات ستجري في موعدها رغم كل الظروف»", id="surprise"
            ),
            pytest.param("انقسام في الاجتماع: «لن نتراجع عن قرارنا مهما كانت الضغوط»", id="split"),
        ],
    )
    def test_a_noun_of_news_is_no_speaker(self, text):
        # words long enough to be kept with no speaker (two words with none are dropped)
        (q,) = quotes_of(text)
        assert q.speaker is None

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param("وزيرة الصحة في كلمتها: «الوضع تحت السيطرة»", "وزيرة الصحة", id="post"),
            pytest.param(
                "رئيس الحكومة خلال المؤتمر الصحفي: «لن نتراجع»", "رئيس الحكومة", id="press"
            ),
            pytest.param("سامر الحداد في كلمته: «لن نتراجع»", "سامر الحداد", id="given-name"),
            pytest.param("الحكومة في بيانها: «لن نتراجع»", "الحكومة", id="a-body"),
        ],
    )
    def test_a_post_a_name_or_a_body_speaks(self, text, speaker):
        (q,) = quotes_of(text)
        assert q.speaker == speaker


class TestRev29EventNameAnsweringAVerbOfSaying:
    """A past event's noun and its date alone in marks names the event (no
    quote), but right after a verb of saying, as after a colon, it is what
    was said: an answer."""

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            pytest.param("وسئل عن أسوأ يوم في حياته فقال «حرب 2006».", "حرب 2006", id="qala"),
            pytest.param("وسئلت عن أسوأ يوم في حياتها فقالت «حرب 2006».", "حرب 2006", id="qalat"),
            pytest.param(
                "وسأله الصحفي عن أقسى ذكرى فأجاب «زلزال 2023».",
                "زلزال 2023",
                id="ajaba",
                marks=wrong_speaker(
                    "the one asked (the pronoun in سأله, no one named before) answers, "
                    "but the engine gives the answer to الصحفي, who asked"
                ),
            ),
        ],
    )
    def test_the_answer_is_a_quote(self, text, words):
        # the one asked answers: a pronoun with no one named before it, no speaker
        (q,) = quotes_of(text)
        assert q.text == words
        assert_speaker(q, None)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param("وتحدث الرئيس عن «ثورة 25 يناير» في خطابه.", id="about"),
            pytest.param('وتحدث الرئيس عن "أحداث 7 مايو" في خطابه.', id="straight-marks"),
            pytest.param("وعاد الوزير إلى «أحداث 7 مايو» في كلمته.", id="back-to"),
        ],
    )
    def test_the_events_name_is_no_quote(self, text):
        assert quotes_of(text) == []


class TestRev29TitleWordNamedNoOneIsAPost:
    """Between two given names, a bare title word that is a given name too
    (قائد، أمين) is the name's; one that names no one (مستشار، نائب، مدير)
    is the first name's post, in construct with the second."""

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "وقال سامي مستشار حسن إن «الوضع هادئ».", "سامي", "مستشار حسن", id="adviser"
            ),
            pytest.param("وقال أحمد نائب محمد إن «الوضع هادئ».", "أحمد", "نائب محمد", id="deputy"),
            pytest.param("وقال نبيل مدير حسن إن «الوضع هادئ».", "نبيل", "مدير حسن", id="director"),
        ],
    )
    def test_the_title_is_his_post(self, text, speaker, role):
        assert said_by(text, "الوضع هادئ") == (speaker, role)


class TestRev29KnownWrongAtStart:
    """Near misses found wrong at the session's start too, pinned with their
    right answers."""

    # (fixed by kw37b: a spokesman of another body is another's)
    def test_a_second_spokesman_titled_is_not_the_first(self):
        text = (
            "وقال الوزير سامر الحداد إن «الخطة جاهزة». ونفى المتحدث باسم الجيش رامي "
            "العلي الأنباء. وقال المتحدث باسم الشرطة إن «لا صحة لذلك»."
        )
        assert said_by(text, "لا صحة لذلك")[0] == "المتحدث باسم الشرطة"

    def test_a_ministry_named_with_a_plural_in_yn(self):
        text = "وقال وزير الهجرة والمهجرين بحكومة الوفاق سامر الحداد إن «العودة ممكنة»."
        assert said_by(text, "العودة ممكنة")[0] == "سامر الحداد"

    def test_a_gathering_with_two_adjectives(self):
        text = "وخلال المؤتمر الصحفي المشترك الوزير قال إن «الاتفاق قريب»."
        assert said_by(text, "الاتفاق قريب")[0] == "الوزير"

    def test_an_age_in_brackets_is_no_part_of_the_role(self):
        text = "وقال خبير اقتصادي (45 عاما) إن «الأسعار سترتفع»."
        assert said_by(text, "الأسعار سترتفع")[1] == "خبير اقتصادي"
