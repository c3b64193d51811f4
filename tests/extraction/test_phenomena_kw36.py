"""Known weaknesses of the fourth session of 2026-12-07, taken from the top
of the list (kw36). Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly

_SOON = "سنبدأ غدا"


class TestIndefiniteObjectAndDerivedAdjective:
    """ "قدم وزير المالية عرضا مفصلا، وقال": a verbal noun with tanween alif
    of a shape no name has (فَعْل, فِعال, تفعيل) right after a title, then an
    accusative participle of a derived form ("مفصلا", "مطولا", "مختصرا"),
    is the verb's object and its adjective; the title speaks (mend33a's
    left item: the noun was read as the name)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"قدم وزير المالية عرضا مفصلا، وقال: «{_SOON}».",
                "وزير المالية",
                id="mend33a-a-post",
            ),
            pytest.param(
                f"قدم الوزير عرضا مفصلا، وقال: «{_SOON}».",
                "الوزير",
                id="a-bare-title",
            ),
            pytest.param(
                f"قدم وزير الصحة شرحا مفصلا للخطة، وقال: «{_SOON}».",
                "وزير الصحة",
                id="fal-then-for-what",
            ),
            pytest.param(
                f"وقدم النائب توضيحا مختصرا، وقال: «{_SOON}».",
                "النائب",
                id="tafil",
            ),
            pytest.param(
                f"قدمت الوزيرة عرضا موجزا، وقالت: «{_SOON}».",
                "الوزيرة",
                id="feminine-waw-in-the-adjective",
            ),
        ],
    )
    def test_the_title_speaks(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وقال الرئيس نيكولا متهما الغرب: «{_SOON}».",
                "نيكولا",
                "الرئيس",
                id="a-name-in-a-then-a-manner-participle-after-a-verb-of-saying",
            ),
            pytest.param(
                f"ورد الوزير نيكولا منتقدا المعارضة: «{_SOON}».",
                "نيكولا",
                "الوزير",
                id="a-foreign-name-after-a-title",
            ),
            pytest.param(
                f"التقى السفير لارا مستشارا للوزير، وقال: «{_SOON}».",
                "لارا",
                "السفير",
                id="a-name-with-a-long-vowel",
            ),
            pytest.param(
                f"عقد الوزير أحمد سالم اجتماعا مغلقا مع النواب، وقال: «{_SOON}».",
                "أحمد سالم",
                "الوزير",
                id="a-titled-name-then-the-object",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text


class TestPluralObjectAfterAPostsGenitive:
    """ "نفى المتحدث باسم الجيش الاتهامات، وقال": a definite sound feminine
    plural, or a common object of news verbs, after a post's definite
    genitive in the singular (after باسم, or glued to لـ after a definite
    post: "الأمين العام للحزب") describes neither and opens the verb's
    object; the post speaks (mend33a's left item: the object was read into
    the post)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وفي المؤتمر الصحفي نفى المتحدث باسم الجيش الاتهامات، وقال: «{_SOON}».",
                "المتحدث باسم الجيش",
                id="mend33a-the-spokesman",
            ),
            pytest.param(
                f"رفض رئيس الحكومة الانتقادات، وقال: «{_SOON}».",
                "رئيس الحكومة",
                id="a-plural-off-the-list",
            ),
            pytest.param(
                f"وانتقد الأمين العام للحزب التصريحات، وقال: «{_SOON}».",
                "الأمين العام للحزب",
                id="a-body-glued-to-lam",
            ),
            pytest.param(
                f"وحذرت المتحدثة باسم الوزارة الصحفيات، وقالت: «{_SOON}».",
                "المتحدثة باسم الوزارة",
                id="feminine-spokeswoman",
            ),
        ],
    )
    def test_the_post_speaks(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقالت رئيسة جمعية النساء العاملات: «{_SOON}».",
                "رئيسة جمعية النساء العاملات",
                id="the-adjective-of-a-broken-plural-of-women",
            ),
            pytest.param(
                f"وقالت رئيسة اتحاد الطالبات الجامعيات: «{_SOON}».",
                "رئيسة اتحاد الطالبات الجامعيات",
                id="the-adjective-of-a-plural-in-at",
            ),
            pytest.param(
                f"وقال المتحدث باسم قوات سوريا الديمقراطية: «{_SOON}».",
                "المتحدث باسم قوات سوريا الديمقراطية",
                id="a-body-in-at-after-basm",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert quote.role == speaker, text


class TestOneGivenNameAfterThePostsCity:
    """ "وقال مدير الأمن في مدينة تعز سالم إن «…»": a city after the post's
    في or a bare place head, then one given name, ends the post; the given
    name is the holder's (rev36's left item: "في مدينة عدن X لسبأ" gave
    "عدن X")."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وقال مدير الصحة في مدينة عدن أحمد لسبأ إن «الوضع صعب».",
                "أحمد",
                "مدير الصحة في مدينة عدن",
                id="rev36-city-then-an-agency",
            ),
            pytest.param(
                "وقال مدير الأمن في مدينة تعز سالم إن «الوضع صعب».",
                "سالم",
                "مدير الأمن في مدينة تعز",
                id="then-inna",
            ),
            pytest.param(
                "وقال محافظ البنك في محافظة صنعاء خالد: «الوضع صعب».",
                "خالد",
                "محافظ البنك في محافظة صنعاء",
                id="a-province-then-a-colon",
            ),
            pytest.param(
                "وقال مدير الأمن في محافظة تعز سالم لسبأ إن «الوضع صعب».",
                "سالم",
                "مدير الأمن في محافظة تعز",
                id="a-province-then-an-agency",
            ),
        ],
    )
    def test_the_given_name_is_the_holders(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, "الوضع صعب")
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وقال مدير الأمن في مدينة تعز سالم الحداد إن «الوضع صعب».",
                "سالم الحداد",
                "مدير الأمن في مدينة تعز",
                id="a-name-of-two-words",
            ),
            pytest.param(
                "وقال مدير الأمن في مدينة تعز إن «الوضع صعب».",
                "مدير الأمن في مدينة تعز",
                "مدير الأمن في مدينة تعز",
                id="no-name",
            ),
            pytest.param(
                "وقال مدير مكتب الصحة في تعز لبيب إن «الوضع صعب».",
                "لبيب",
                "مدير مكتب الصحة في تعز",
                id="a-bare-city-then-a-family-name",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, "الوضع صعب")
        assert (quote.speaker, quote.role) == (speaker, role), text


class TestTheSameOccasionFronted:
    """ "وفي الوقت نفسه أصدر الوزير بيانا، وقال": the emphatic "the same"
    (نفسه، ذاته، عينه …) after the noun of a fronted adverbial of occasion
    is still the occasion's; the clause's verb and its title follow, and
    the joined verb of saying goes on with them (mend33a's left item: no
    speaker)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وخلال الجلسة نفسها قدمت الوزيرة تقريرا، وقالت: «{_SOON}».",
                "الوزيرة",
                id="during-the-same-session",
            ),
            pytest.param(
                f"وفي الاجتماع عينه قدم مدير الشركة بيانا، وقال: «{_SOON}».",
                "مدير الشركة",
                id="ainuhu",
            ),
            pytest.param(
                f"وفي الوقت نفسه أصدر الوزير بيانا، وقال: «{_SOON}».",
                "الوزير",
                id="mend33a-at-the-same-time",
            ),
        ],
    )
    def test_the_title_speaks(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وفي الوقت نفسه قال الوزير: «{_SOON}».",
                "الوزير",
                "الوزير",
                id="the-verb-of-saying-itself",
            ),
            pytest.param(
                f"وفي المؤتمر نفسه تحدث النائب خالد سالم عن الخطة، وقال: «{_SOON}».",
                "خالد سالم",
                "النائب",
                id="a-titled-name",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text


class TestFeminineObjectAndItsAdjectiveAfterATitle:
    """ "قدم الوزير خطة جديدة، وقال": an indefinite feminine noun and a
    common adjective of what news verbs present (جديدة، شاملة، مفصلة،
    متكاملة …) right after a title is the verb's object, no name; the
    title speaks (mend33a's left item, "وفي الوقت نفسه قدم …")."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وفي الوقت نفسه قدم الوزير خطة جديدة، وقال: «{_SOON}».",
                "الوزير",
                id="mend33a-a-new-plan",
            ),
            pytest.param(
                f"وطرحت الوزيرة رؤية شاملة للإصلاح، وقالت: «{_SOON}».",
                "الوزيرة",
                id="a-vision",
            ),
            pytest.param(
                f"ووضع رئيس البلدية خطة متكاملة للنظافة، وقال: «{_SOON}».",
                "رئيس البلدية",
                id="a-post",
            ),
            pytest.param(
                f"وقدم مدير المستشفى دراسة مفصلة، وقال: «{_SOON}».",
                "مدير المستشفى",
                id="a-study",
            ),
        ],
    )
    def test_the_title_speaks(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقالت الوزيرة فاطمة جديدة: «{_SOON}».",
                "فاطمة جديدة",
                id="a-given-name-first",
            ),
            pytest.param(
                f"واستقبلت الوزيرة سميرة كاملة الوفد، وقالت: «{_SOON}».",
                "سميرة كاملة",
                id="a-given-name-then-a-family-name-off-the-list",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert quote.speaker == speaker, text


class TestTheOneDrivenToSaySpeaks:
    """ "ودفعت الاحتجاجات رئيس الحكومة إلى القول بأن «…»": a title after
    دفع (and its subject), then إلى and a verbal noun of saying, is the one
    driven to say the words, who speaks (mend33c's left item: no speaker, or
    what drove him read as a name holding his post)."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "ودفعت الاحتجاجات رئيس الحكومة إلى القول بأن «الوضع صعب».",
                "رئيس الحكومة",
                "رئيس الحكومة",
                id="the-protests-drove-the-premier",
            ),
            pytest.param(
                "ودفعت الأزمة الاقتصادية الوزير إلى القول إن «الوضع صعب».",
                "الوزير",
                "الوزير",
                id="a-subject-and-its-adjective",
            ),
            pytest.param(
                "ودفعت الضغوط وزيرة الصحة إلى القول إن «الوضع صعب».",
                "وزيرة الصحة",
                "وزيرة الصحة",
                id="a-post",
            ),
        ],
    )
    def test_the_one_driven_speaks(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, "الوضع صعب")
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "ودفع الغضب الشعبي وزير الداخلية أحمد سالم إلى القول: «الوضع صعب».",
                "أحمد سالم",
                "وزير الداخلية",
                id="a-titled-name",
            ),
            pytest.param(
                "ودفع المحامي خالد سالم بأن «الوضع صعب».",
                "خالد سالم",
                "المحامي",
                id="pleaded",
            ),
            pytest.param(
                "وقال الوزير إن الأزمة دفعت الحكومة إلى القول بأن «الوضع صعب».",
                "الوزير",
                "الوزير",
                id="a-body-driven-inside-a-that-clause",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, "الوضع صعب")
        assert (quote.speaker, quote.role) == (speaker, role), text


class TestTheOneMetAfterTheSubjectsPost:
    """ "التقى X Y وزير الخارجية السفير الأردني Z، وقال": after a verb of
    meeting or visiting, the subject's name and his post, a definite title
    and a nationality open the one met (as نظيره does); the subject's post
    ends before them (rev36's left item: the role ran on into the object's
    title and name)."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"التقى أحمد سالم وزير الخارجية السفير الأردني خالد نور، وقال: «{_SOON}».",
                "أحمد سالم",
                "وزير الخارجية",
                id="rev36-the-ambassador",
            ),
            pytest.param(
                f"واستقبل خالد العمر رئيس الوزراء المبعوث الأمريكي جون سميث، وقال: «{_SOON}».",
                "خالد العمر",
                "رئيس الوزراء",
                id="received-the-envoy",
            ),
            pytest.param(
                f"والتقت سعاد خالد وزيرة الثقافة السفيرة الإيطالية ماريا روسي، وقالت: «{_SOON}».",
                "سعاد خالد",
                "وزيرة الثقافة",
                id="feminine",
            ),
        ],
    )
    def test_the_subjects_post_ends(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                f"وقال أحمد سالم وزير الخارجية السفير الأردني السابق: «{_SOON}».",
                "أحمد سالم",
                "وزير الخارجية السفير الأردني السابق",
                id="no-verb-of-meeting",
            ),
            pytest.param(
                f"وزار سامي نور وزير الدفاع الملحق العسكري الفرنسي، وقال: «{_SOON}».",
                "سامي نور",
                "وزير الدفاع",
                id="a-title-and-its-nisba-before-the-nationality",
            ),
            pytest.param(
                f"التقى الشيخ أحمد سالم وزير الخارجية نظيره الأردني خالد نور، وقال: «{_SOON}».",
                "أحمد سالم",
                "وزير الخارجية",
                id="his-counterpart-as-before",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, _SOON)
        assert (quote.speaker, quote.role) == (speaker, role), text


class TestAnHonorificAsAFamilyNameBeforeAPost:
    """ "استقبل وزير الزراعة X الحاج رئيس اتحاد البلديات Y Z، ونقل عنه":
    an honorific that is also a family name (الحاج، الشيخ) after a given
    name and before a post in construct ends the subject's name; the post
    after it is the one received (rev35's left item, kw35's "the honorific
    mid-phrase splitting it": the given name went to the role and the
    post's head spoke)."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "استقبل وزير الزراعة خالد الحاج رئيس اتحاد البلديات سامي نور، "
                "ونقل عنه قوله إن «الوضع صعب».",
                "خالد الحاج",
                "وزير الزراعة",
                id="rev35-the-hajj",
            ),
            pytest.param(
                "والتقى محافظ المدينة سامي الشيخ مدير الأمن خالد نور، وقال: «الوضع صعب».",
                "سامي الشيخ",
                "محافظ المدينة",
                id="the-sheikh",
            ),
            pytest.param(
                "واستقبل وزير الداخلية أحمد الحاج نائب رئيس البرلمان سعيد علي، وقال: «الوضع صعب».",
                "أحمد الحاج",
                "وزير الداخلية",
                id="a-deputy",
            ),
        ],
    )
    def test_the_family_name_ends_the_subject(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, "الوضع صعب")
        assert (quote.speaker, quote.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "وقال رئيس البلدية الحاج خالد سالم إن «الوضع صعب».",
                "خالد سالم",
                "رئيس البلدية",
                id="the-honorific-before-the-name",
            ),
            pytest.param(
                "وقال وزير الزراعة خالد الحاج إن «الوضع صعب».",
                "خالد الحاج",
                "وزير الزراعة",
                id="no-post-after",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str, role: str) -> None:
        quote = quote_exactly(text, "الوضع صعب")
        assert (quote.speaker, quote.role) == (speaker, role), text
