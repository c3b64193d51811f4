"""Review B's findings 1, 4 and 8 (mend33c). Every sentence here is
invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one, only_quote, quotes_of


class TestDroveToSayIsNoPleading:
    """ "ودفعت الأزمة الاقتصادية الوزير إلى التصريح بأن «…»": دفع with إلى
    or a verbal noun of saying before its بأن is "drove X to say"; the one
    who pushed never speaks (kw35b's "pleaded" took it for the speaker)."""

    @pytest.mark.parametrize(
        "text, pusher, driven",
        [
            pytest.param(
                "ودفعت الأزمة الاقتصادية الوزير إلى التصريح بأن «الحكومة ستخفض الإنفاق».",
                "الأزمة الاقتصادية",
                "الوزير",
                id="the-reviewers-sentence",
            ),
            pytest.param(
                "ودفع الغضب الشعبي النائب إلى القول بأن «البرلمان لن يصمت».",
                "الغضب الشعبي",
                "النائب",
                id="to-saying",
            ),
            pytest.param(
                "ودفعت الضغوط الشركة إلى الاعتقاد بأن «السوق ستتعافى قريبا».",
                "الضغوط",
                "الشركة",
                id="to-believing",
            ),
            pytest.param(
                "ودفعت التطورات الأخيرة المعارضة الى التأكيد بأن «الانتخابات مزورة».",
                "التطورات الأخيرة",
                "المعارضة",
                id="to-asserting-bare-alif",
            ),
            pytest.param(
                "ودفعت الأزمة النائب للقول بأن «البرلمان لن يصمت».",
                "الأزمة",
                "النائب",
                id="glued-lam",
            ),
            pytest.param(
                "وقد دفع ذلك الحكومة إلى الإعلان بأن «الوضع تحت السيطرة».",
                "ذلك",
                "الحكومة",
                id="the-reviewers-second-sentence",
            ),
        ],
    )
    def test_the_pusher_does_not_speak(self, text: str, pusher: str, driven: str) -> None:
        speakers = [q.speaker for q in quotes_of(text)]
        assert pusher not in speakers, text
        assert all(s in (None, driven) for s in speakers), speakers

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "ودفع المحامي خالد سعيد، وكيل المتهم، بأن «موكله بريء من التهم».",
                "موكله بريء",
                "خالد سعيد",
                id="pleaded-with-aside",
            ),
            pytest.param(
                "ودفعت هيئة الدفاع بأن «الأدلة باطلة».",
                "الأدلة باطلة",
                "هيئة الدفاع",
                id="pleaded-by-a-body",
            ),
            pytest.param(
                "ودفع المحامي الرسوم. وقال الموكل بأن «القضية ستكسب».",
                "القضية ستكسب",
                "الموكل",
                id="paid-then-a-full-stop",
            ),
        ],
    )
    def test_pleading_stays(self, text: str, fragment: str, speaker: str) -> None:
        assert one(text, fragment).speaker == speaker, text


_SAID = "قال الوزير: «إن الحكومة ستعمل على حل الأزمة في أقرب وقت ممكن»، "


class TestSourceAfterAStrayOpenerIsTheReporters:
    """ "قال الوزير: “…”، “حسب ما نقلت صحيفة الأهرام …": an opener never
    closed after the speaker's words, whose first word tells the source
    (حسب، وفقا، نقلا، كما ذكرت …), opens the reporter's attribution, not the
    same speaker going on (dev33d's after_closed_speech)."""

    @pytest.mark.parametrize(
        "text, stray",
        [
            pytest.param(
                "قال الوزير: “إن الحكومة ستعمل على حل الأزمة في أقرب وقت ممكن”، "
                "“حسب ما نقلت صحيفة الأهرام في عددها الصادر اليوم.",
                "حسب ما نقلت",
                id="the-reviewers-sentence",
            ),
            pytest.param(
                _SAID + "«وفقا لما أوردته وكالة الأنباء الرسمية مساء أمس.",
                "وفقا لما أوردته",
                id="according-to",
            ),
            pytest.param(
                'قال المدير: "سنفتح فرعا جديدا في المدينة الشهر المقبل"، '
                '"بحسب ما ذكر موقع الشركة على الإنترنت اليوم.',
                "بحسب ما ذكر",
                id="straight-marks",
            ),
            pytest.param(
                _SAID + "«نقلا عن مصادر مطلعة في الوزارة هذا المساء.",
                "نقلا عن مصادر",
                id="relayed-from",
            ),
            pytest.param(
                _SAID + "«كما ذكرت الصحيفة في عددها الصادر اليوم.",
                "كما ذكرت الصحيفة",
                id="as-reported",
            ),
        ],
    )
    def test_only_the_words(self, text: str, stray: str) -> None:
        texts = [q.text for q in quotes_of(text)]
        assert len(texts) == 1, texts
        assert stray not in texts[0]

    @pytest.mark.parametrize(
        "text, more",
        [
            pytest.param(
                _SAID + "«وسنواصل العمل مع جميع الأطراف المعنية.",
                "وسنواصل العمل",
                id="goes-on",
            ),
            pytest.param(
                _SAID + "«كما أننا سنواصل العمل مع جميع الأطراف المعنية.",
                "كما أننا سنواصل",
                id="as-also-goes-on",
            ),
            pytest.param(
                "قال الوزير: «إن الحكومة ستعمل على حل الأزمة في أقرب وقت ممكن». "
                "«ولن نتخلى عن مسؤولياتنا تجاه المواطنين.",
                "ولن نتخلى",
                id="after-a-full-stop",
            ),
        ],
    )
    def test_the_speaker_goes_on(self, text: str, more: str) -> None:
        assert one(text, more).speaker == "الوزير", text


_GOES_ON = "«التعاون مستمر»."


class TestJoinedCounterpartAfterNameAndPostIsAnother:
    """ "وقال أحمد سعيد رئيس الوزراء ونظيره التركي …": "his counterpart",
    "his colleague", "his ally" joined by و after a name and its post is
    another person; the subject's post ends before it (rev36's break missed
    the و-forms, and dev33r's second post read them on)."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وقال أحمد سعيد رئيس الوزراء ونظيره التركي في مؤتمر صحفي مشترك إن " + _GOES_ON,
                "أحمد سعيد",
                "رئيس الوزراء",
                id="the-reviewers-sentence",
            ),
            pytest.param(
                "وأكد خالد يوسف وزير الخارجية وزميله وزير الداخلية أن «الأمن مستتب».",
                "خالد يوسف",
                "وزير الخارجية",
                id="his-colleague",
            ),
            pytest.param(
                "وصرح سامي حداد رئيس الحزب وحليفه رئيس البرلمان بأن «الائتلاف باق».",
                "سامي حداد",
                "رئيس الحزب",
                id="his-ally",
            ),
            pytest.param(
                "وقال سامي حداد رئيس الحزب وحليفه: «الائتلاف باق».",
                "سامي حداد",
                "رئيس الحزب",
                id="his-ally-then-a-colon",
            ),
            pytest.param(
                "وقال أحمد سعيد رئيس الوزراء ونظيره التركي إن " + _GOES_ON,
                "أحمد سعيد",
                "رئيس الوزراء",
                id="counterpart-then-that",
            ),
        ],
    )
    def test_the_post_ends_before_the_other(self, text: str, speaker: str, role: str) -> None:
        q = only_quote(text)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وقال أحمد سعيد رئيس الوزراء ووزير المالية إن " + _GOES_ON,
                "أحمد سعيد",
                "رئيس الوزراء ووزير المالية",
                id="his-second-post",
            ),
            pytest.param(
                "وقال أحمد سعيد رئيس الوزراء مع نظيره التركي إن " + _GOES_ON,
                "أحمد سعيد",
                "رئيس الوزراء",
                id="with-his-counterpart",
            ),
            pytest.param(
                "واستقبل أحمد سعيد رئيس الوزراء نظيره التركي، وقال إن " + _GOES_ON,
                "أحمد سعيد",
                "رئيس الوزراء",
                id="received-his-counterpart",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        q = only_quote(text)
        assert (q.speaker, q.role) == (speaker, role), text
