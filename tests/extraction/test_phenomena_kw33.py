"""Known weaknesses from the top of the first session of 2026-12-07's list
(kw33). Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import said_by


class TestObjectNounAfterAGenitiveGluedToLam:
    """ "ألقى عضو المكتب السياسي للحركة كلمة قال فيها «…»": after a post
    whose definite genitive is glued to لـ (the article's alif gone), a
    common object noun of news verbs (كلمة, محاضرة, …) is the verb's object,
    as after a genitive with the article, never the holder's name: the
    speaker was `كلمة`, with the post for role."""

    @pytest.mark.parametrize(
        "text, fragment, speaker",
        [
            pytest.param(
                "ألقى عضو المكتب السياسي للحركة كلمة قال فيها «لن نتراجع عن مطالبنا المشروعة».",
                "لن نتراجع",
                "عضو المكتب السياسي للحركة",
                id="a-speech-after-the-movement",
            ),
            pytest.param(
                "وفي افتتاح المؤتمر، ألقى الأمين العام للاتحاد كلمة أكد فيها أن "
                "«العمال لن يدفعوا ثمن الأزمة».",
                "العمال لن يدفعوا",
                "الأمين العام للاتحاد",
                id="a-that-clause-after-a-fronted-adverbial",
            ),
            pytest.param(
                'وألقت المديرة التنفيذية للمنظمة محاضرة قالت فيها: "التعليم حق لكل طفل".',
                "التعليم حق",
                "المديرة التنفيذية للمنظمة",
                id="a-lecture-a-woman",
            ),
            pytest.param(
                "وألقى المدير العام للشركة كلمة قال فيها “سنفتتح ثلاثة مصانع جديدة”.",
                "سنفتتح ثلاثة",
                "المدير العام للشركة",
                id="the-company",
            ),
        ],
    )
    def test_the_post_speaks(self, text: str, fragment: str, speaker: str) -> None:
        assert said_by(text, fragment) == (speaker, speaker)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقال الأمين العام للحزب وفيق الحسيني إن «الانتخابات ستجرى في موعدها».",
                "الانتخابات ستجرى",
                "وفيق الحسيني",
                "الأمين العام للحزب",
                id="a-holder-named",
            ),
            pytest.param(
                "وقالت المديرة العامة للشركة لقاء حسن إن «الأرباح تضاعفت هذا العام».",
                "الأرباح تضاعفت",
                "لقاء حسن",
                "المديرة العامة للشركة",
                id="a-meeting-noun-that-is-a-given-name",
            ),
            pytest.param(
                "ألقى رئيس المكتب السياسي للحركة جمال الطحان كلمة قال فيها «لن نتراجع عن مطالبنا».",
                "لن نتراجع",
                "جمال الطحان",
                "رئيس المكتب السياسي للحركة",
                id="the-holder-then-the-speech",
            ),
        ],
    )
    def test_a_name_after_the_post_stays(
        self, text: str, fragment: str, speaker: str, role: str
    ) -> None:
        assert said_by(text, fragment) == (speaker, role)


class TestStatementOfABodyAfterABareTitle:
    """ "ووصف الوزير بيان الحكومة بأنه «…»": a statement's or a meeting's
    noun that is also a given name (بيان, خطاب, لقاء), with no article, in
    construct with a definite body (الحكومة, الرئاسة, …) right after a bare
    title, is the verb's object: the title speaks, resolved to its holder
    named before; it was read as the titled person's name."""

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "ووصف الوزير بيان الحكومة بأنه «خطوة في الاتجاه الصحيح».",
                "خطوة في الاتجاه",
                "الوزير",
                "الوزير",
                id="the-government-statement",
            ),
            pytest.param(
                "وقال وزير الخارجية خالد العمري إن المحادثات مستمرة. "
                "ووصف الوزير بيان الحكومة بأنه «خطوة في الاتجاه الصحيح».",
                "خطوة في الاتجاه",
                "خالد العمري",
                "وزير الخارجية",
                id="the-holder-named-before",
            ),
            pytest.param(
                "وانتقد السفير خطاب الرئاسة، معتبرا أنه “لا يعكس الواقع على الأرض”.",
                "لا يعكس الواقع",
                "السفير",
                "السفير",
                id="a-speech-of-the-presidency",
            ),
            pytest.param(
                'واعتبرت الوزيرة لقاء الحكومة مع النقابات "فرصة أخيرة للحوار".',
                "فرصة أخيرة",
                "الوزيرة",
                "الوزيرة",
                id="a-meeting-a-woman",
            ),
        ],
    )
    def test_the_title_speaks(self, text: str, fragment: str, speaker: str, role: str) -> None:
        assert said_by(text, fragment) == (speaker, role)

    @pytest.mark.parametrize(
        "text, fragment, speaker, role",
        [
            pytest.param(
                "وقالت الإعلامية بيان الحسيني إن «الحرية لا تتجزأ».",
                "الحرية لا",
                "بيان الحسيني",
                "الإعلامية",
                id="bayan-a-given-name",
            ),
            pytest.param(
                "وأكدت المذيعة لقاء الخطيب أن «الإعلام الحر ضرورة».",
                "الإعلام الحر",
                "لقاء الخطيب",
                "المذيعة",
                id="liqaa-a-given-name",
            ),
            pytest.param(
                "وقال المهندس خطاب الجيش إن «المشروع سينتهي قريبا».",
                "المشروع سينتهي",
                "خطاب الجيش",
                None,
                id="after-a-verb-that-takes-no-object",
            ),
        ],
    )
    def test_a_given_name_stays(self, text: str, fragment: str, speaker: str, role: str) -> None:
        assert said_by(text, fragment) == (speaker, role)
