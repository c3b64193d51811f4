"""Phenomena of kw37b (known weaknesses, strict xfails from the newest files).

Invented sentences in the style of Arabic news.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_WORDS = "أبواب الدير ستبقى مفتوحة أمام الزوار"


def _check(text, speaker, role):
    q = quote_exactly(text, _WORDS)
    assert (q.speaker, q.role, q.date) == (speaker, role, None)
    assert text[q.start : q.end] == _WORDS


class TestASaintAfterAChurchIsItsName:
    """ "رئيس دير مار مارون الأرشمندريت X": after the noun of a church, a
    monastery, a parish or a school, the saint it is named after (مار,
    القديس, القديسة) and his name are the body's name, the post's; the
    holder's name (after his rank) follows, or none is given."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                f"وقال رئيس دير القديس مارون الأرشمندريت طلال هاشم إن «{_WORDS}».",
                "طلال هاشم",
                "رئيس دير القديس مارون",
            ),
            (
                f"وقال رئيس دير مار أنطونيوس سليم الحايك إن «{_WORDS}».",
                "سليم الحايك",
                "رئيس دير مار أنطونيوس",
            ),
            (
                f"وقال راعي كنيسة مار إلياس الأب جورج خوري إن «{_WORDS}».",
                "جورج خوري",
                "راعي كنيسة مار إلياس",
            ),
            (
                f"وقال مدير مستشفى القديس جاورجيوس نبيل عازار إن «{_WORDS}».",
                "نبيل عازار",
                "مدير مستشفى القديس جاورجيوس",
            ),
            (
                f"وقال رئيس دير مار مارون إن «{_WORDS}».",
                "رئيس دير مار مارون",
                "رئيس دير مار مارون",
            ),
        ],
    )
    def test_the_saint_is_the_bodys(self, text, speaker, role):
        _check(text, speaker, role)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            # (مار after a prelate's title is his honorific, as before)
            (
                f"وقال سكرتير البطريرك مار بشارة الراعي إن «{_WORDS}».",
                "بشارة الراعي",
                "سكرتير البطريرك",
            ),
            (f"وقال البطريرك مار لويس ساكو إن «{_WORDS}».", "لويس ساكو", "البطريرك"),
            # (a school named after a saint, read whole before)
            (
                f"وقالت مديرة مدرسة القديسة تريزا الأخت ريتا حداد إن «{_WORDS}».",
                "ريتا حداد",
                "مديرة مدرسة القديسة تريزا",
            ),
            (
                f"وقال مدير مدرسة مار يوسف الأستاذ سمير نصار إن «{_WORDS}».",
                "سمير نصار",
                "مدير مدرسة مار يوسف",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        _check(text, speaker, role)


class TestASpokesmanOfAnotherBodyIsAnother:
    """ "وقال المتحدث باسم الشرطة" after "المتحدث باسم الجيش X": a
    spokesman's post whose body has none of the words of the body of the
    spokesman named before is another's, not his (no fallback to him)."""

    _SAID = "لا صحة لهذه الأنباء"

    @pytest.mark.parametrize(
        "text, speaker",
        [
            (
                "ونفى المتحدث باسم الجيش رامي العلي الأنباء. وقال المتحدث باسم الشرطة إن "
                "«لا صحة لهذه الأنباء».",
                "المتحدث باسم الشرطة",
            ),
            (
                "وأكد المتحدث باسم الحكومة سامر الحداد أن الاجتماع انتهى. وقال المتحدث باسم "
                "المعارضة إن «لا صحة لهذه الأنباء».",
                "المتحدث باسم المعارضة",
            ),
            (
                "ونفى الناطق الرسمي باسم وزارة الداخلية رامي العلي الخبر. وقال الناطق باسم "
                "الدفاع المدني إن «لا صحة لهذه الأنباء».",
                "الناطق باسم الدفاع المدني",
            ),
        ],
    )
    def test_another_body(self, text, speaker):
        q = quote_exactly(text, self._SAID)
        assert (q.speaker, q.role) == (speaker, speaker)

    @pytest.mark.parametrize(
        "text, role",
        [
            (
                "ونفى المتحدث باسم الجيش رامي العلي الأنباء. وقال المتحدث باسم الجيش إن "
                "«لا صحة لهذه الأنباء».",
                "المتحدث باسم الجيش",
            ),
            (
                "ونفى المتحدث باسم الجيش رامي العلي الأنباء. وقال المتحدث إن "
                "«لا صحة لهذه الأنباء».",
                "المتحدث باسم الجيش",
            ),
            (
                "ونفى المتحدث باسم الداخلية رامي العلي الخبر. وقال المتحدث الرسمي باسم "
                "الداخلية إن «لا صحة لهذه الأنباء».",
                "المتحدث باسم الداخلية",
            ),
        ],
    )
    def test_near_misses(self, text, role):
        q = quote_exactly(text, self._SAID)
        assert (q.speaker, q.role) == ("رامي العلي", role)


class TestABodyPastTheGenitivesAdjectiveIsTheObject:
    """ "انتقد قائد القوات المعارضة الحكومة، أمس، وقال": after a verb of
    taking a stance, accusing or meeting, a body with the article past the
    title's definite genitive and that genitive's adjective (one after a
    plural in ات, or nisbas) is the verb's object, no word of the post."""

    _SAID = "الأسعار ترتفع كل يوم"

    @pytest.mark.parametrize(
        "text, speaker",
        [
            (
                "انتقد قائد القوات المسلحة الحكومة، أمس، وقال: «الأسعار ترتفع كل يوم».",
                "قائد القوات المسلحة",
            ),
            (
                "انتقد رئيس الهيئة الوطنية الحكومة، أمس، وقال: «الأسعار ترتفع كل يوم».",
                "رئيس الهيئة الوطنية",
            ),
            (
                "هاجم رئيس النقابات المستقلة البرلمان، أمس، وقال: «الأسعار ترتفع كل يوم».",
                "رئيس النقابات المستقلة",
            ),
            (
                "اتهم زعيم الجبهة الشعبية الحكومة بالفشل، وقال: «الأسعار ترتفع كل يوم».",
                "زعيم الجبهة الشعبية",
            ),
        ],
    )
    def test_the_body_is_the_object(self, text, speaker):
        q = quote_exactly(text, self._SAID)
        assert (q.speaker, q.role) == (speaker, speaker)

    @pytest.mark.parametrize(
        "text, speaker",
        [
            # (the adjective ends the phrase: no object past it)
            (
                "وانتقد قائد القوات المعارضة، أمس، الحكومة، وقال: «الأسعار ترتفع كل يوم».",
                "قائد القوات المعارضة",
            ),
            # (a name past the nisba: the holder's)
            (
                "انتقد رئيس الهيئة الوطنية سامي الحداد القرار، وقال: «الأسعار ترتفع كل يوم».",
                "سامي الحداد",
            ),
            # (no verb of taking a stance: the body stays out of reach)
            (
                "وقال قائد القوات الجوية: «الأسعار ترتفع كل يوم».",
                "قائد القوات الجوية",
            ),
        ],
    )
    def test_near_misses(self, text, speaker):
        assert quote_exactly(text, self._SAID).speaker == speaker


class TestAHeadOfAnotherBodyIsAnother:
    """ "وقال رئيس البلدية إن" after "رئيس الجامعة X": the head of a body
    (رئيس، رئيسة) with a definite genitive none of whose words the post named
    before has, nor one of the names of the same body (الحكومة/الوزراء,
    البرلمان/مجلس النواب/المجلس, الجمهورية/الدولة), is another, no longer
    given to the one named (the post stays, unnamed)."""

    _SAID = "الميزانية جاهزة"

    @pytest.mark.parametrize(
        "text, speaker",
        [
            (
                "وقال رئيس الجامعة نبيل حداد إن «الجامعة بخير». وقال رئيس البلدية إن "
                "«الميزانية جاهزة».",
                "رئيس البلدية",
            ),
            (
                "واستقبل رئيس الجمهورية نبيل حداد الوفد. وقال رئيس الحكومة إن «الميزانية جاهزة».",
                "رئيس الحكومة",
            ),
            (
                "وقالت رئيسة الجمعية سلمى حداد إن «العمل مستمر». وقالت رئيسة النقابة إن "
                "«الميزانية جاهزة».",
                "رئيسة النقابة",
            ),
        ],
    )
    def test_another_body(self, text, speaker):
        q = quote_exactly(text, self._SAID)
        assert (q.speaker, q.role) == (speaker, speaker)

    @pytest.mark.parametrize(
        "text, role",
        [
            (
                "وقال رئيس الحكومة نبيل حداد إن «الجامعة بخير». وقال رئيس الوزراء إن "
                "«الميزانية جاهزة».",
                "رئيس الحكومة",
            ),
            (
                "وقال رئيس البرلمان نبيل حداد إن «الجامعة بخير». وقال رئيس المجلس إن "
                "«الميزانية جاهزة».",
                "رئيس البرلمان",
            ),
            (
                "وقال رئيس الجمهورية نبيل حداد إن «الجامعة بخير». وقال رئيس الدولة إن "
                "«الميزانية جاهزة».",
                "رئيس الجمهورية",
            ),
            (
                "وقال رئيس حزب الأمة نبيل حداد إن «الجامعة بخير». وقال رئيس الحزب إن "
                "«الميزانية جاهزة».",
                "رئيس حزب الأمة",
            ),
        ],
    )
    def test_near_misses(self, text, role):
        q = quote_exactly(text, self._SAID)
        assert (q.speaker, q.role) == ("نبيل حداد", role)
