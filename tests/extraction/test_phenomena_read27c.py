"""mend27c: items of the final review (reportC), one class per rule."""

import pytest

from claims.extraction import extract


def quotes(text):
    return [(q.text, q.speaker, q.role, q.date) for q in extract(text)]


_QUOTED = 'وقال الرئيس سليم النجار إن "الحوار هو الطريق الوحيد". '
_MET = "واستقبل وزير الداخلية وفدا من النقابات في مكتبه. "


class TestMend27cTheHostAddsNothing:
    """A verb that adds to one's own words ("وأضاف", "وتابع") after a
    meeting sentence goes on with the last speaker quoted, not with the
    host of the meeting, who has said nothing."""

    @pytest.mark.parametrize(
        ("text", "said", "speaker", "role"),
        [
            pytest.param(
                _QUOTED + _MET + 'وأضاف أن "الأمن مسؤولية الجميع".',
                "الأمن مسؤولية الجميع",
                "سليم النجار",
                "الرئيس",
                id="added-that",
            ),
            pytest.param(
                'وقال المدير العام فريد الشامي إن "المصنع سيعود للعمل قريبا". واستقبل وزير '
                'الصناعة وفدا من العمال. وتابع أن "الأجور ستصرف كاملة".',
                "الأجور ستصرف كاملة",
                "فريد الشامي",
                "المدير العام",
                id="went-on",
            ),
            pytest.param(
                'وقال النائب مراد الخطيب إن "القانون يحتاج إلى تعديل". والتقى رئيس البرلمان '
                'وفدا من المحامين. وأضاف: "سنقدم مقترحا الأسبوع المقبل".',
                "سنقدم مقترحا الأسبوع المقبل",
                "مراد الخطيب",
                "النائب",
                id="added-colon",
            ),
        ],
    )
    def test_the_last_speaker_goes_on(self, text, said, speaker, role):
        assert quotes(text)[-1] == (said, speaker, role, None)

    @pytest.mark.parametrize(
        ("text", "said", "speaker"),
        [
            pytest.param(
                _MET + 'وأضاف أن "الأمن مسؤولية الجميع".',
                "الأمن مسؤولية الجميع",
                "وزير الداخلية",
                id="no-quote-before",
            ),
            pytest.param(
                _QUOTED + _MET + 'وأكد أن "الأمن مسؤولية الجميع".',
                "الأمن مسؤولية الجميع",
                "وزير الداخلية",
                id="a-verb-that-does-not-add",
            ),
        ],
    )
    def test_the_host_speaks(self, text, said, speaker):
        assert quotes(text)[-1] == (said, speaker, speaker, None)


_SAID = 'وقال الوزير نبيل حداد في مؤتمر صحفي: "الخطة جاهزة". '


class TestMend27cANoteWithItsOwnCue:
    """An editor's note ("ملاحظة: «…»", "تنويه: «…»") whose words a cue
    right after the marks, in the note's own sentence, gives to a person is
    that person's quote, not the outlet's: it is kept."""

    @pytest.mark.parametrize(
        ("text", "said", "speaker", "role"),
        [
            pytest.param(
                'وقال القنصل للوفد إن "الحدود ستفتح قريبا". ملاحظة: "أعضاء الوفد بدوا '
                'متشككين"، كتب القنصل في تقريره.',
                "أعضاء الوفد بدوا متشككين",
                "القنصل",
                "القنصل",
                id="wrote-in-his-report",
            ),
            pytest.param(
                'وأعلنت الشركة وقف الإنتاج. تنويه: "لن يفقد أي عامل وظيفته"، قال المدير '
                "التنفيذي للشركة سمير داود.",
                "لن يفقد أي عامل وظيفته",
                "سمير داود",
                "المدير التنفيذي للشركة",
                id="said-the-spokesman",
            ),
            pytest.param(
                _SAID + 'ملحوظة: "لن نقبل بأي تأخير في التنفيذ مهما كانت الأسباب"، أضاف الوزير.',
                "لن نقبل بأي تأخير في التنفيذ مهما كانت الأسباب",
                "نبيل حداد",
                "الوزير",
                id="the-minister-added",
            ),
        ],
    )
    def test_the_note_is_kept(self, text, said, speaker, role):
        assert quotes(text)[-1] == (said, speaker, role, None)

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                _SAID + 'ملاحظة: "هذا المقال يعبر عن رأي كاتبه فقط".',
                id="no-cue-after",
            ),
            pytest.param(
                'وقال الوزير نبيل حداد: "الخطة جاهزة". ملاحظة: "هذا المقال يعبر عن رأي كاتبه '
                'فقط". وقال المتحدث سمير داود إن "التنفيذ سيبدأ غدا".',
                id="a-cue-in-the-next-sentence",
            ),
        ],
    )
    def test_the_note_is_dropped(self, text):
        assert all(q[0] != "هذا المقال يعبر عن رأي كاتبه فقط" for q in quotes(text))


class TestMend27cTheEmbassysOwnStaff:
    """A post in construct whose genitive is one of the embassy's services
    ("حارس الأمن للسفارة"): the embassy is most likely its genitive (its own
    staff), not the one told; since 530b92d4 it ends the phrase."""

    def test_the_guard_of_the_embassy(self):
        text = 'وقال حارس الأمن للسفارة إن "المحتجين وصلوا إلى الباب الرئيسي".'
        assert quotes(text) == [
            ("المحتجين وصلوا إلى الباب الرئيسي", "حارس الأمن للسفارة", "حارس الأمن للسفارة", None)
        ]
