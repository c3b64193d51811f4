"""Role rules taken up by dev30r from the development set's misses (the
speaker right, the role wrong or missing). Every sentence here is invented.

Rule 1 (phrases.phrase_entity): a title in construct with a word that spells
in full the name of a person met before ("قائد سليم" after "رئيس الأركان
الفريق قائد سليم") is that person, his post his role; it was read as an
unnamed "commander of Salim", the phrase its own role.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestANameThatOpensWithATitleIsThePersonMetBefore:
    """ "قال وزير الداخلية اللواء قائد سليم إن «…». وأضاف قائد سليم «…»":
    the second quote is the minister's, with his post."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                'قال وزير الداخلية اللواء قائد سليم اليوم إن "الأمن مستتب في كل المحافظات".\n\n'
                'وأضاف قائد سليم "لن نسمح لأحد بالعبث باستقرار البلاد".',
                "لن نسمح",
                "قائد سليم",
                "وزير الداخلية",
                id="commander-name",
            ),
            pytest.param(
                'وأوضح رئيس هيئة الأركان الفريق نائب مرعي أن "التدريبات ستستمر شهرا كاملا".\n'
                'وتابع نائب مرعي: "الجاهزية في أعلى مستوياتها".',
                "الجاهزية في",
                "نائب مرعي",
                "رئيس هيئة الأركان",
                id="deputy-name-colon",
            ),
            pytest.param(
                'صرح مدير الأمن العام العميد قائد الزبيدي بأن "الطرق آمنة".\n'
                'وقال قائد الزبيدي للصحفيين إن "الدوريات ستتضاعف في الصيف".',
                "الدوريات ستتضاعف",
                "قائد الزبيدي",
                "مدير الأمن العام",
                id="commander-family-article",
            ),
        ],
    )
    def test_the_named_person_and_his_post(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                'قال وزير الداخلية اللواء قائد سليم إن "الأمن مستتب".\n\n'
                'وقال قائد الشرطة في المدينة إن "الدوريات ستتضاعف في الصيف".',
                "الدوريات ستتضاعف",
                "قائد الشرطة في المدينة",
                "قائد الشرطة في المدينة",
                id="commander-of-the-police-someone-else",
            ),
            pytest.param(
                'قال وزير الداخلية اللواء سامر العلي إن "الأمن مستتب".\n\n'
                'وقال نائب سالم للصحفيين إن "الدوريات ستتضاعف في الصيف".',
                "الدوريات ستتضاعف",
                "نائب سالم",
                "نائب سالم",
                id="no-such-name-met",
            ),
        ],
    )
    def test_no_person_of_that_name(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)
