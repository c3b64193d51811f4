"""Roles of the development read of the fourth session of 2026-12-06 (dev24r).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly


class TestKeeperOfTheSeals:
    """ "وزير العدل حافظ الأختام": before الأختام, حافظ is the post's word
    (the keeper of the seals), not the given name Hafez."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "أكد سمير منصور وزير العدل حافظ الأختام، أن “الإنفاق سيتقلص”.",
                "الإنفاق سيتقلص",
                "سمير منصور",
                "وزير العدل حافظ الأختام",
                id="name-then-post",
            ),
            pytest.param(
                "وزير العدل حافظ الأختام ناصر بوعلام قال إن «المحاكم ستعمل بلا توقف».",
                "المحاكم ستعمل بلا توقف",
                "ناصر بوعلام",
                "وزير العدل حافظ الأختام",
                id="post-then-name",
            ),
            pytest.param(
                "قال رشيد موساوي، وزير العدل حافظ الأختام، أمس إن الإصلاح بدأ، مضيفا أن "
                "«القضاة سيحصلون على حقوقهم».\nوتابع موساوي: «لا أحد فوق القانون».",
                "لا أحد فوق القانون",
                "رشيد موساوي",
                "وزير العدل حافظ الأختام",
                id="carried-to-a-later-quote",
            ),
            pytest.param(
                "وأوضحت ليلى حمدي، وزيرة العدل حافظة الأختام، أن «السجون ستفرغ من الموقوفين».",
                "السجون ستفرغ من الموقوفين",
                "ليلى حمدي",
                "وزيرة العدل حافظة الأختام",
                id="feminine-in-commas",
            ),
        ],
    )
    def test_post_with_the_seals(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "قال الرئيس حافظ الأسد إن «السلام خيار».",
                "السلام خيار",
                "حافظ الأسد",
                "الرئيس",
                id="the-given-name-hafez",
            ),
            pytest.param(
                "وقال المدرب حافظ عمران: «الفريق جاهز».",
                "الفريق جاهز",
                "حافظ عمران",
                "المدرب",
                id="hafez-before-a-family-name",
            ),
        ],
    )
    def test_hafez_stays_a_name(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestPostSaidAgainWithAPreposition:
    """A bare title that refers back to a named person is no fuller form of
    his post when it adds only a preposition ("العضو في المجلس" after "عضو
    المجلس X"): the post told with the name stays his role."""

    @pytest.mark.parametrize(
        "text, words, role",
        [
            pytest.param(
                "وقال عضو البرلمان كمال داود إن الرئاسة “منعته من الكلام”.\n"
                "وأضاف العضو في البرلمان الذي انسحب من الجلسة أن “القانون لا يطبق”.",
                "منعته من الكلام",
                "عضو البرلمان",
                id="member-in-parliament",
            ),
            pytest.param(
                "قالت عضوة اللجنة هدى سليم إن “الميزانية ناقصة”.\n"
                "وتابعت العضوة في اللجنة، مؤكدة أن “الأرقام غير صحيحة”.",
                "الأرقام غير صحيحة",
                "عضوة اللجنة",
                id="feminine-member",
            ),
            pytest.param(
                "قال عضو مجلس الشيوخ مراد بلحاج إن «الميزانية لن تمر».\n"
                "وتابع العضو في مجلس الشيوخ، في حديث للإذاعة، أن «التصويت سيؤجل».",
                "الميزانية لن تمر",
                "عضو مجلس الشيوخ",
                id="member-of-the-senate",
            ),
        ],
    )
    def test_role_kept(self, text: str, words: str, role: str) -> None:
        assert quote_exactly(text, words).role == role, text

    @pytest.mark.parametrize(
        "text, words, role",
        [
            pytest.param(
                "وقال وزير الخارجية كمال داود إن “الحوار ممكن”.\n"
                "وأضاف وزير الخارجية وشؤون الجاليات أن “القانون لا يطبق”.",
                "الحوار ممكن",
                "وزير الخارجية وشؤون الجاليات",
                id="a-fuller-portfolio",
            ),
            pytest.param(
                "قال عضو المكتب سامي عيسى إن “الحزب سيشارك”.\n"
                "وأكد العضو في المكتب السياسي أن “القرار نهائي”.",
                "الحزب سيشارك",
                "العضو في المكتب السياسي",
                id="a-preposition-and-a-word-more",
            ),
        ],
    )
    def test_fuller_post_still_wins(self, text: str, words: str, role: str) -> None:
        assert quote_exactly(text, words).role == role, text


class TestPostInMarksBeforeTheName:
    """A post set off in marks right before a name ("ما يسمى “قائد …” X Y")
    is the role of the one named; not a work's title after a label noun."""

    @pytest.mark.parametrize(
        "text, words, role",
        [
            pytest.param(
                "صرح ما يسمى “القائد الأعلى لقوات الحرس” سامر خليل بأن “الهدنة ستصمد طويلا”.\n"
                "وقال خليل إن “الوضع هادئ”.",
                "الوضع هادئ",
                "القائد الأعلى لقوات الحرس",
                id="so-called-commander",
            ),
            pytest.param(
                'زعم ما يسمى "وزير الدفاع" جمال عوض أن الجيش انسحب.\nوقال عوض: «لن نتراجع».',
                "لن نتراجع",
                "وزير الدفاع",
                id="so-called-minister",
            ),
            pytest.param(
                "التقى الوفد بـ«قائد الجبهة» حسن مراد.\nوقال مراد: «المعركة انتهت».",
                "المعركة انتهت",
                "قائد الجبهة",
                id="after-a-preposition",
            ),
        ],
    )
    def test_role_from_the_marks(self, text: str, words: str, role: str) -> None:
        assert quote_exactly(text, words).role == role, text

    @pytest.mark.parametrize(
        "text, words",
        [
            pytest.param(
                'قرأ الطالب كتاب "الأمير" سامي عادل.\nوقال عادل: «الكتاب ممتع».',
                "الكتاب ممتع",
                id="a-book-title",
            ),
            pytest.param(
                "شاهد الجمهور فيلم «الرئيس» كريم حداد.\nوقال حداد: «العمل صعب».",
                "العمل صعب",
                id="a-film-title",
            ),
        ],
    )
    def test_work_title_is_no_role(self, text: str, words: str) -> None:
        assert quote_exactly(text, words).role is None, text


class TestActingPostInASecondApposition:
    """ "X، وزير النقل، القائم بأعمال رئيس الحكومة،": after a definite title
    in a second apposition, بأعمال is the post's complement, no name of
    another holder; both posts are the role."""

    @pytest.mark.parametrize(
        "text, words, role",
        [
            pytest.param(
                "قال سامي عبيد، وزير النقل، القائم بأعمال رئيس الحكومة، إن “الطرق ستفتح غدا”.",
                "الطرق ستفتح غدا",
                "وزير النقل، القائم بأعمال رئيس الحكومة",
                id="acting-head-of-government",
            ),
            pytest.param(
                "صرح المهندس نبيل داود، وزير الري، القائم بأعمال محافظ الإقليم: «السد آمن».",
                "السد آمن",
                "وزير الري، القائم بأعمال محافظ الإقليم",
                id="before-a-colon",
            ),
            pytest.param(
                "قالت منى خليل، مديرة المكتب، القائمة بأعمال السفير، إن “الزيارة أجلت”.",
                "الزيارة أجلت",
                "مديرة المكتب، القائمة بأعمال السفير",
                id="feminine",
            ),
        ],
    )
    def test_both_posts(self, text: str, words: str, role: str) -> None:
        assert quote_exactly(text, words).role == role, text

    def test_a_holder_named_after_a_definite_title_is_another(self) -> None:
        text = "قال سامي عبيد، وزير النقل، النائب بلقاسم حمدي، إن “الطرق ستفتح غدا”."
        assert quote_exactly(text, "الطرق ستفتح غدا").role == "وزير النقل", text
