"""Findings 8 to 10 of the eighth session's review (reportA), mended by
mend28c. Every sentence here is invented.

Rule 1 (phrases.classify, _document_participle): a document with no
article, then a nisba of a post with no article agreeing with it
("دبلوماسية" after "مذكرة", "دبلوماسي" after "تقرير" or the letter
"خطاب"), is a diplomatic document, not a diplomat in construct, when past
its adjectives a participle agreeing with it and its preposition follow
("موجه إلى", "مرسل من", "مؤرخ في", "صادرة عن"), even set off by commas
("مذكرة دبلوماسية سرية، مرسلة من القنصلية،"). The document speaks, not a
man named "خطاب" with the post "دبلوماسي سري موجه", nor one named "مرسلة"
or "مرسل". Near misses: a diplomat named after the definite title, a
woman diplomat named in commas after the indefinite one.

Rule 2 (speakers.subject_of): a cue's text ends at its last word before a
comma that sets off the verb's subject or a day ("وأكدت، الوزيرة X، أن":
"وأكدت", as with no comma).

Rule 3 (speakers.main_clause_subject, ba_object; words._CHARGE_HOLDERS):
after a verb of praise or asking, a noun glued to بـ right after it (with
"بأعمال" now among the nouns no ending marks) is its object, no subject of
the clause, also when a later verb of saying has its subject elided
("وأشاد بأعمال اللجنة، وقال إن"); and "بأعمال" completes the chargé
d'affaires' word with no article ("قائمة بأعمال السفارة X Y") as with it.
"""

from __future__ import annotations

import pytest

from .helpers import quote_exactly

_CABLES = "واشنطن - كشفت وثائق جديدة تفاصيل عن المنطقة.\n\n"


class TestRead28cADiplomaticDocumentAndItsParticiple:
    """A document, its nisba with no article and a participle agreeing with
    it, then its preposition (commas or not): the document, no diplomat."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            pytest.param(
                "وجاء في خطاب دبلوماسي سري موجه إلى الوزارة أن «الوضع متوتر».",
                "الوضع متوتر",
                "خطاب دبلوماسي سري",
                id="letter-masculine-addressed",
            ),
            pytest.param(
                "وورد في خطاب دبلوماسي أمريكي، مؤرخ في آذار، أن «الجيش منهك تماما».",
                "الجيش منهك تماما",
                "خطاب دبلوماسي أمريكي",
                id="letter-masculine-dated-in-commas",
            ),
            pytest.param(
                "وجاء في مذكرة دبلوماسية سرية، مرسلة من القنصلية، أن «المعابر مغلقة».",
                "المعابر مغلقة",
                "مذكرة دبلوماسية سرية",
                id="memo-feminine-sent-in-commas",
            ),
            pytest.param(
                "وأفادت رسالة دبلوماسية، مؤرخة في أيلول، بأن «المفاوضات متعثرة».",
                "المفاوضات متعثرة",
                "رسالة دبلوماسية",
                id="letter-feminine-dated-in-commas",
            ),
            pytest.param(
                "وجاء في تقرير دبلوماسي سري، مرسل من السفارة، أن «الحدود مفتوحة».",
                "الحدود مفتوحة",
                "تقرير",
                id="report-masculine-sent-in-commas",
            ),
        ],
    )
    def test_the_document_speaks(self, text, words, speaker):
        q = quote_exactly(_CABLES + text, words)
        assert q.speaker is not None and q.speaker.startswith(speaker), q
        assert q.role is None, q

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "وجاء في خطاب الدبلوماسي سامي عمر أن «الوضع السياسي هش».",
                "سامي عمر",
                "الدبلوماسي",
                id="definite-diplomat-named",
            ),
            pytest.param(
                "وجاء في تقرير الدبلوماسي الأمريكي جون سميث أن «الوضع السياسي هش».",
                "جون سميث",
                "الدبلوماسي الأمريكي",
                id="report-of-a-definite-diplomat",
            ),
            pytest.param(
                "وجاء في مذكرة دبلوماسية أمريكية، سارة جونز، أن «الوضع السياسي هش».",
                "سارة جونز",
                "دبلوماسية أمريكية",
                id="woman-diplomat-named-in-commas",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        q = quote_exactly(_CABLES + text, "الوضع السياسي هش")
        assert (q.speaker, q.role) == (speaker, role)


class TestRead28cTheCueEndsBeforeTheComma:
    """A verb of saying, then its subject set off by commas ("وأكدت،
    الوزيرة X، أن"), or a day between commas ("قال، اليوم الاثنين، الأمين
    العام …"): the cue's words end at the last word before the comma, as
    with no comma ("وأكدت", not "وأكدت،"). Near misses: a cue with no comma
    after it, and a prepositional cue of two words."""

    LEAD = "قال وزير المالية كريم العلوي إن الميزانية جاهزة للتصويت.\n"

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "cue"),
        [
            pytest.param(
                "وأكدت، الوزيرة سلمى أحمد، أن «الخطة جاهزة».",
                "الخطة جاهزة",
                "سلمى أحمد",
                "وأكدت",
                id="woman-minister-then-that",
            ),
            pytest.param(
                'وقال، خالد الحداد، لوكالة الأنباء "المنزل انهار فوق رؤوسنا".',
                "المنزل انهار فوق رؤوسنا",
                "خالد الحداد",
                "وقال",
                id="name-then-agency-told",
            ),
            pytest.param(
                "وأضاف، المهندس يوسف البرهامي، إن «المشروع سينتهي قريبا».",
                "المشروع سينتهي قريبا",
                "يوسف البرهامي",
                "وأضاف",
                id="honorific-then-inna",
            ),
            pytest.param(
                "قال، اليوم الاثنين، الأمين العام للنقابة، إن «الإضراب مستمر».",
                "الإضراب مستمر",
                "الأمين العام للنقابة",
                "قال، اليوم الاثنين",
                id="day-between-commas",
            ),
        ],
    )
    def test_the_cue_has_no_comma(self, text, words, speaker, cue):
        q = quote_exactly(self.LEAD + text, words)
        assert (q.speaker, q.cue) == (speaker, cue), q

    @pytest.mark.parametrize(
        ("text", "words", "cue"),
        [
            pytest.param(
                "وأكدت الوزيرة سلمى أحمد أن «الخطة جاهزة».",
                "الخطة جاهزة",
                "وأكدت",
                id="no-comma",
            ),
            pytest.param(
                "وجاء في بيان الوزارة، أن «العجز تراجع».",
                "العجز تراجع",
                "وجاء في",
                id="prepositional-cue",
            ),
        ],
    )
    def test_near_misses(self, text, words, cue):
        assert quote_exactly(self.LEAD + text, words).cue == cue


class TestRead28cTheWorksPraisedAreNoSubject:
    """After a verb of praise or asking, "بأعمال" and a definite genitive
    glued to بـ right after the verb ("وأشاد بأعمال اللجنة، وقال") are the
    thing praised, the verb's object, no subject: the subject is elided,
    the one quoted before. Near misses: a named subject after the verb of
    praise, a woman whose name opens with ب after a feminine verb, an
    ambassador (no chargé d'affaires) then بأعمال."""

    @pytest.mark.parametrize(
        ("lead", "text", "words", "speaker"),
        [
            pytest.param(
                "وقال الوزير سامي عمر: «نحن بخير».\n",
                "وأشاد بأعمال اللجنة، وقال إن «النتائج مرضية».",
                "النتائج مرضية",
                "سامي عمر",
                id="works-of-the-committee-then-said",
            ),
            pytest.param(
                "وقال المحافظ رامي الصالح: «المطار يعمل».\n",
                "ونوه بأعمال الصيانة في المدرج، مضيفا أن «الرحلات ستستأنف».",
                "الرحلات ستستأنف",
                "رامي الصالح",
                id="maintenance-works-then-participle",
            ),
            pytest.param(
                "وقالت الوزيرة هالة منصور: «الوضع مستقر».\n",
                "وأشادت بأعمال الإغاثة، وأضافت أن «المساعدات وصلت».",
                "المساعدات وصلت",
                "هالة منصور",
                id="woman-praises-relief-works",
            ),
        ],
    )
    def test_the_one_quoted_before_goes_on(self, lead, text, words, speaker):
        q = quote_exactly(lead + text, words)
        assert q.speaker == speaker, q

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            pytest.param(
                "وأشاد رئيس الوزراء كريم حداد بأعمال اللجنة، وقال إن «النتائج مرضية».",
                "النتائج مرضية",
                "كريم حداد",
                id="named-subject-after-praise",
            ),
            pytest.param(
                "وأشادت بثينة الخوري بالجهود، وقالت إن «العمل مستمر».",
                "العمل مستمر",
                "بثينة الخوري",
                id="woman-named-with-ba",
            ),
            pytest.param(
                "وأشاد السفير بأعمال اللجنة المشتركة، وقال إن «التعاون مثمر».",
                "التعاون مثمر",
                "السفير",
                id="ambassador-then-works",
            ),
        ],
    )
    def test_near_misses(self, text, words, speaker):
        q = quote_exactly("وقال الوزير سامي عمر: «نحن بخير».\n" + text, words)
        assert q.speaker is not None and q.speaker.startswith(speaker), q


class TestRead28cTheChargeHolderWithNoArticle:
    """ "بأعمال" completes in construct the chargé d'affaires' word with no
    article ("قائم بأعمال", "قائمة بأعمال") as it does with the article:
    the holder named after the embassy or the post speaks, the whole his
    role. Near misses: the chargé with the article, an indefinite
    ambassador (no chargé) before a name."""

    LEAD = "وقال الوزير سامي عمر: «نحن بخير».\n"

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            pytest.param(
                "وقالت قائمة بأعمال السفارة الأمريكية جين سميث إن «الوضع هادئ».",
                "الوضع هادئ",
                "جين سميث",
                "قائمة بأعمال السفارة الأمريكية",
                id="chargee-feminine",
            ),
            pytest.param(
                "وأكد قائم بأعمال السفارة الفرنسية بيير دوران أن «التعاون مستمر».",
                "التعاون مستمر",
                "بيير دوران",
                "قائم بأعمال السفارة الفرنسية",
                id="charge-masculine",
            ),
            pytest.param(
                "وصرح قائم بأعمال رئيس البلدية كمال الدين يونس بأن «الطرق سالكة».",
                "الطرق سالكة",
                "كمال الدين يونس",
                "قائم بأعمال رئيس البلدية",
                id="charge-of-a-mayor",
            ),
        ],
    )
    def test_the_charge_holder_speaks(self, text, words, speaker, role):
        q = quote_exactly(self.LEAD + text, words)
        assert (q.speaker, q.role) == (speaker, role), q

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            pytest.param(
                "وقال القائم بأعمال السفارة الكندية توم براون إن «الوضع هادئ».",
                "الوضع هادئ",
                "توم براون",
                "القائم بأعمال السفارة الكندية",
                id="charge-with-the-article",
            ),
            pytest.param(
                "وقال سفير ألمانيا يوهان مولر إن «الوضع هادئ».",
                "الوضع هادئ",
                "يوهان مولر",
                "سفير ألمانيا",
                id="indefinite-ambassador",
            ),
        ],
    )
    def test_near_misses(self, text, words, speaker, role):
        q = quote_exactly(self.LEAD + text, words)
        assert (q.speaker, q.role) == (speaker, role), q
