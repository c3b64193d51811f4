"""Role rules taken up by dev30r from the development set's misses (the
speaker right, the role wrong or missing). Every sentence here is invented.

Rule 1 (phrases.phrase_entity): a title in construct with a word that spells
in full the name of a person met before ("قائد سليم" after "رئيس الأركان
الفريق قائد سليم") is that person, his post his role; it was read as an
unnamed "commander of Salim", the phrase its own role.

Rule 2 (engine.run's resolve, words._MP_TITLES, _member_of_parliament): the
bare title "النائب" ("النائبة", "النائب العراقي") refers back to the person
named as a member of parliament ("عضو مجلس النواب X", "عضو البرلمان X"); it
was read as an unnamed deputy.
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


class TestTheDeputyIsTheMemberOfParliament:
    """ "انتقد عضو مجلس النواب X الخطة …. وأوضح النائب أن «…»": the bare
    title "النائب" (with a nisba or none) is the member of parliament named
    before, his post his role; it was read as an unnamed deputy."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "انتقد عضو مجلس النواب الكيني عن حزب الوحدة، جون موانغي، اليوم الخميس، "
                'الخطة الحالية ووصفها بـ "خطة فاشلة بكل المقاييس".\n\n'
                'وأوضح النائب الكيني أن "الجميع يعلم أن هناك مطالب كثيرة حول هذه الخطة".',
                "الجميع يعلم",
                "جون موانغي",
                "عضو مجلس النواب الكيني عن حزب الوحدة",
                id="council-of-deputies-nisba",
            ),
            pytest.param(
                'قال عضو البرلمان سامي الدباغ إن "القانون لن يمر بصيغته الحالية".\n'
                'وأضاف النائب أن "الكتل الكبرى ترفض التعديلات المقترحة".',
                "الكتل الكبرى",
                "سامي الدباغ",
                "عضو البرلمان",
                id="parliament-bare",
            ),
            pytest.param(
                'قالت عضوة مجلس الشعب ليلى منصور إن "المشروع يحتاج إلى دراسة أعمق".\n'
                'وتابعت النائبة أن "اللجنة ستجتمع الأسبوع المقبل".',
                "اللجنة ستجتمع",
                "ليلى منصور",
                "عضوة مجلس الشعب",
                id="feminine",
            ),
        ],
    )
    def test_the_member_named_before(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                'قال عضو مجلس الإدارة سامي الدباغ إن "الأرباح ستوزع قريبا".\n'
                'وأضاف النائب أن "الكتل الكبرى ترفض التعديلات المقترحة".',
                "الكتل الكبرى",
                "النائب",
                "النائب",
                id="board-member-is-no-deputy",
            ),
            pytest.param(
                'قال عضو البرلمان الأردني جون موانغي إن "القانون لن يمر".\n'
                'وأضاف النائب المصري أن "الكتل الكبرى ترفض التعديلات المقترحة".',
                "الكتل الكبرى",
                "النائب المصري",
                "النائب المصري",
                id="another-country",
            ),
        ],
    )
    def test_no_member_of_parliament(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        q = one(text, fragment)
        assert (q.speaker, q.role) == (speaker, role)
