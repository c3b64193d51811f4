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
