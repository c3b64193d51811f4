"""Wrong speakers found on the tenth session's development set (dev30s).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from tests.extraction.helpers import quote_exactly

_WORDS = "لن نسمح بأي تهاون في حماية الحدود"


class TestSpeechGivenByAnUnnamedPost:
    """ "ألقى رئيس مجلس النواب كلمة قال فيها «…»": the giver of the speech
    speaks in it also when he is a post of several words with no name (an
    unnamed holder, read as anonymous) or an unnamed official; only a
    titled or named person did, and the words had no speaker."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"ألقى رئيس مجلس النواب كلمة قال فيها «{_WORDS}».",
                "رئيس مجلس النواب",
                id="a-post-in-construct",
            ),
            pytest.param(
                f"وفي ختام المناورات، ألقى قائد أركان القوات البحرية كلمة قال فيها «{_WORDS}».",
                "قائد أركان القوات البحرية",
                id="after-a-fronted-adverbial",
            ),
            pytest.param(
                f"ألقى أحد المسؤولين كلمة قال فيها «{_WORDS}».",
                "أحد المسؤولين",
                id="one-of-the-officials",
            ),
            pytest.param(
                f"وألقى مصدر مسؤول كلمة قال فيها «{_WORDS}».",
                "مصدر مسؤول",
                id="a-source-not-the-speech",
            ),
        ],
    )
    def test_the_giver_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"ألقى رئيس البرلمان سامي النجار كلمة قال فيها «{_WORDS}».",
                "سامي النجار",
                id="a-named-holder",
            ),
            pytest.param(
                f"ألقى رئيس الحكومة كلمة قال فيها «{_WORDS}».",
                "رئيس الحكومة",
                id="a-titled-post",
            ),
            pytest.param(
                f"أصدرت اللجنة التنفيذية للحزب بيانا قالت فيه «{_WORDS}».",
                "اللجنة التنفيذية للحزب",
                id="a-body-and-its-statement",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


_CHIEF = "قال الفريق سعيد المراكشي، نائب وزير الدفاع رئيس أركان الجيش الوطني، إن التدريبات انتهت.\n"


class TestSecondPostOfAPersonNamedBefore:
    """ "X، نائب وزير الدفاع رئيس أركان الجيش، …" then "وقال رئيس أركان
    الجيش «…»": a bare post (read as an unnamed holder) that is the second
    of two posts a person was named with, the first ending on a definite
    genitive, is that person; only the first post's head led back to him.
    Not the deputy's post in construct ("نائب رئيس مجلس النواب X" then
    "رئيس مجلس النواب"), nor a post only part of the second."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                _CHIEF + f"وقال رئيس أركان الجيش الوطني «{_WORDS}».",
                "سعيد المراكشي",
                "نائب وزير الدفاع رئيس أركان الجيش الوطني",
                id="two-posts-in-commas",
            ),
            pytest.param(
                "أكد وزير الدولة رئيس ديوان الرئاسة منير الساعدي أن التدريبات انتهت.\n"
                f"وأضاف رئيس ديوان الرئاسة «{_WORDS}».",
                "منير الساعدي",
                "وزير الدولة رئيس ديوان الرئاسة",
                id="two-posts-before-the-name",
            ),
            pytest.param(
                "قالت الدكتورة ليلى العامري، عميدة كلية الطب رئيسة لجنة الأخلاقيات"
                " الطبية، إن التدريبات انتهت.\n"
                f"وأوضحت رئيسة لجنة الأخلاقيات الطبية «{_WORDS}».",
                "ليلى العامري",
                "عميدة كلية الطب رئيسة لجنة الأخلاقيات الطبية",
                id="a-woman-s-second-post",
            ),
            pytest.param(
                _CHIEF + f"وفي المساء، ألقى رئيس أركان الجيش الوطني كلمة قال فيها «{_WORDS}».",
                "سعيد المراكشي",
                "نائب وزير الدفاع رئيس أركان الجيش الوطني",
                id="the-speech-giver",
            ),
        ],
    )
    def test_the_holder_speaks(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _WORDS)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "قال نائب رئيس مجلس النواب سعيد المراكشي إن التدريبات انتهت.\n"
                f"وقال رئيس مجلس النواب «{_WORDS}».",
                "رئيس مجلس النواب",
                id="the-deputy-is-not-the-head",
            ),
            pytest.param(
                _CHIEF + f"وقال رئيس أركان القوات البحرية «{_WORDS}».",
                "رئيس أركان القوات البحرية",
                id="another-body",
            ),
            pytest.param(
                "قال الفريق سعيد المراكشي، مستشار رئيس أركان الجيش الوطني، إن التدريبات"
                f" انتهت.\nوقال رئيس أركان الجيش الوطني «{_WORDS}».",
                "رئيس أركان الجيش الوطني",
                id="the-adviser-is-not-the-chief",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


class TestDefiniteOfficialWhereHeServes:
    """ "قال مسؤول أمريكي كبير إن …" then "عن المسؤول الكبير في وزارة
    الخارجية الأمريكية: «…»": the definite description of the unnamed
    source met before, told with where he serves (after في, لدى or a body
    glued to بـ), is that source when its words before the place were all
    in the first description and every word of the first (its nisba, of
    either gender) is in it; it stood as a new person."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            pytest.param(
                "قال مسؤول أمريكي كبير إن الوضع خطير.\n"
                f"ونقلت شبكة الأخبار عن المسؤول الكبير في وزارة الخارجية الأمريكية: «{_WORDS}».",
                "مسؤول أمريكي كبير",
                "المسؤول الكبير في وزارة الخارجية الأمريكية",
                id="relayed-by-a-network",
            ),
            pytest.param(
                "قال دبلوماسي أوروبي رفيع إن الوضع خطير.\n"
                f"وأضاف الدبلوماسي الرفيع في بعثة الاتحاد الأوروبي «{_WORDS}».",
                "دبلوماسي أوروبي رفيع",
                "الدبلوماسي الرفيع في بعثة الاتحاد الأوروبي",
                id="a-diplomat-in-a-mission",
            ),
            pytest.param(
                "قالت مسؤولة فرنسية بارزة إن الوضع خطير.\n"
                f"وأضافت المسؤولة البارزة في وزارة الدفاع الفرنسية «{_WORDS}».",
                "مسؤولة فرنسية بارزة",
                "المسؤولة البارزة في وزارة الدفاع الفرنسية",
                id="a-woman",
            ),
            pytest.param(
                "قال مسؤول عسكري إسرائيلي إن الوضع خطير.\n"
                f"وقال المسؤول العسكري لدى الجيش الإسرائيلي «{_WORDS}».",
                "مسؤول عسكري إسرائيلي",
                "المسؤول العسكري لدى الجيش الإسرائيلي",
                id="serving-with-lada",
            ),
        ],
    )
    def test_the_source_met_goes_on(self, text: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, _WORDS)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "قال مسؤول أمريكي كبير إن الوضع خطير.\n"
                f"وقال المسؤول الكبير في وزارة الخارجية الروسية «{_WORDS}».",
                "المسؤول الكبير في وزارة الخارجية الروسية",
                id="another-country",
            ),
            pytest.param(
                "قال مسؤول أمريكي كبير إن الوضع خطير.\n"
                f"وقال المسؤول الصحي في وزارة الخارجية الأمريكية «{_WORDS}».",
                "المسؤول الصحي في وزارة الخارجية الأمريكية",
                id="another-adjective",
            ),
            pytest.param(
                "قال مسؤول أمريكي كبير إن الوضع خطير.\n"
                f"وقال المسؤول في وزارة الخارجية الأمريكية «{_WORDS}».",
                "المسؤول في وزارة الخارجية الأمريكية",
                id="no-adjective-before-the-place",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


class TestThingAfterABareTitleIsTheObject:
    """ "ووصف السفير زيارة الوزير إلى واشنطن بأنها «…»": a thing or an event
    with no article (words._OBJECT_THINGS, or one of _DEFINITE_OBJECTS
    with it, no body) in construct with a definite genitive, or with a
    post and its definite genitive ("زيارة وزير الخارجية"), right after a
    bare title is the verb's object, no name: the title speaks, resolved
    to its holder named before; "زيارة" or "قرار" was the person's name."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"ووصف السفير زيارة الرئيس إلى باريس بأنها «{_WORDS}».",
                "السفير",
                id="a-visit",
            ),
            pytest.param(
                f"ووصف السفير قرار الحكومة بأنه «{_WORDS}».",
                "السفير",
                id="a-decision",
            ),
            pytest.param(
                f"واعتبر المتحدث خطة الحكومة «{_WORDS}».",
                "المتحدث",
                id="a-plan",
            ),
            pytest.param(
                "وقال الوزير سامي النجار إن الحكومة مستعدة. "
                f"ووصف الوزير زيارة وزير الخارجية إلى واشنطن بأنها «{_WORDS}».",
                "سامي النجار",
                id="a-post-s-visit-and-the-holder-named-before",
            ),
        ],
    )
    def test_the_title_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال السفير زياد الرفاعي «{_WORDS}».",
                "زياد الرفاعي",
                id="a-name-after-the-title",
            ),
            pytest.param(
                f"ووصف السفير الزيارة بأنها «{_WORDS}».",
                "السفير",
                id="the-thing-with-the-article",
            ),
            pytest.param(
                f"ووصف رئيس الوزراء سامي النجار قرار الحكومة بأنه «{_WORDS}».",
                "سامي النجار",
                id="a-named-subject",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


class TestBareTitleWhereThePostIsHeld:
    """ "اعتبر وزير المالية في الحكومة المغربية أن …" then "وقال الوزير في
    الحكومة المغربية «…»": the bare title and where the post is held, all
    of whose words the one post of that head told before with no name
    has, is that post's unnamed holder (as the bare "الوزير" is); it stood
    as a new speaker with that description."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "اعتبر وزير المالية في الحكومة المغربية أن الوضع صعب.\n"
                f"وقال الوزير في الحكومة المغربية «{_WORDS}».",
                "وزير المالية في الحكومة المغربية",
                id="the-government-by-its-nisba",
            ),
            pytest.param(
                "أكد وزير الاقتصاد في حكومة الوحدة الوطنية أن الوضع صعب.\n"
                f"وأضاف الوزير في حكومة الوحدة الوطنية «{_WORDS}».",
                "وزير الاقتصاد في حكومة الوحدة الوطنية",
                id="the-government-by-its-name",
            ),
            pytest.param(
                "أعلن وزير الداخلية في الحكومة الانتقالية أن الانتخابات ستجري في موعدها.\n"
                f"وأوضح الوزير في الحكومة الانتقالية في مؤتمر صحفي أن «{_WORDS}».",
                "وزير الداخلية في الحكومة الانتقالية",
                id="before-its-anna",
            ),
        ],
    )
    def test_the_post_told_before_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                "اعتبر وزير المالية في الحكومة المغربية أن الوضع صعب.\n"
                f"وقال الوزير في الحكومة التونسية «{_WORDS}».",
                "الوزير في الحكومة التونسية",
                id="another-government",
            ),
            pytest.param(
                "أكد وزير الاقتصاد في حكومة الوحدة الوطنية أن الوضع صعب.\n"
                f"وأضاف الوزير في الحكومة السابقة «{_WORDS}».",
                "الوزير في الحكومة السابقة",
                id="the-former-government",
            ),
            pytest.param(
                "اعتبر وزير المالية في الحكومة المغربية أن الوضع صعب. وقال وزير الصحة إن"
                f" الوضع صعب.\nوقال الوزير في الحكومة المغربية «{_WORDS}».",
                "الوزير في الحكومة المغربية",
                id="two-ministers-told",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


_ASKED = "«لماذا تأخرت الحكومة في إعلان الخطة الجديدة للإصلاح؟»"
_ANSWER = "«هناك أسباب تقنية كثيرة للتأخير»"


class TestQuestionInConstructWithItsAsker:
    """ "وردا على سؤال الصحفي «…»، قال الوزير «…»": the words in marks right
    after a question in construct with its asker (one word with the
    article, a person by his title or trade) are the asker's; the one who
    answers after them had them. Not after "when" or glued to بـ ("وعند
    سؤال الوزير «…»", "وبسؤال الوزير": asking the minister), nor a
    preposition after the question ("سؤال حول «…»": what was asked)."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وردا على سؤال الصحفية {_ASKED}، قال الوزير {_ANSWER}.",
                "الصحفية",
                id="in-reply-to-the-journalist",
            ),
            pytest.param(
                f"وفي رده على سؤال المذيع {_ASKED}، قال الوزير {_ANSWER}.",
                "المذيع",
                id="in-his-reply",
            ),
            pytest.param(
                "قال الوزير سامي النجار إن الحكومة مستعدة.\n"
                f"وبخصوص سؤال الصحفي {_ASKED}، قال النجار {_ANSWER}.",
                "الصحفي",
                id="as-for-the-question",
            ),
        ],
    )
    def test_the_asker_asks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _ASKED[1:-1]).speaker == speaker, text
        assert quote_exactly(text, _ANSWER[1:-1]).speaker != speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وبسؤال الوزير {_ASKED}، أجاب {_ANSWER}.",
                "الوزير",
                id="asking-the-minister",
            ),
            pytest.param(
                f"وردا على سؤال حول {_ASKED}، أجاب الوزير {_ANSWER}.",
                "الوزير",
                id="a-question-about",
            ),
            pytest.param(
                f"وردا على سؤال الرئاسة {_ASKED}، أجاب الوزير {_ANSWER}.",
                "الوزير",
                id="no-person-after-the-question",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _ASKED[1:-1]).speaker == speaker, text


_MINISTER = "قال الوزير سامي النجار إن الحكومة مستعدة. "
_DEPUTY = "قالت النائبة ليلى العامري إن الحكومة فشلت. "


class TestWentOnSpeaking:
    """ "واسترسل X: «…»", "«…»، تسترسل X", "مسترسلا": استرسل, went on
    speaking (Maghrebi press), is a verb of saying that goes on, as استطرد;
    it was read as a name before a colon, or the words went to the last
    speaker named."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                _MINISTER + f"واسترسل: «{_WORDS}».",
                "سامي النجار",
                id="went-on-no-subject",
            ),
            pytest.param(
                _MINISTER + f"واسترسل النجار: «{_WORDS}».",
                "سامي النجار",
                id="went-on-and-the-family-name",
            ),
            pytest.param(
                _DEPUTY + _MINISTER + f"\n«{_WORDS}»، تسترسل العامري في الندوة.",
                "ليلى العامري",
                id="after-the-words",
            ),
        ],
    )
    def test_the_one_going_on_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                _MINISTER + f"واستطرد: «{_WORDS}».",
                "سامي النجار",
                id="istatrada-as-before",
            ),
            pytest.param(
                _DEPUTY + _MINISTER + f"\n«{_WORDS}»، قالت العامري في الندوة.",
                "ليلى العامري",
                id="said-after-the-words",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


class TestPressStatementThenItsIssuer:
    """ "وأضاف بيان صحفي نشره الموقع أن «…»", "بيان رسمي أصدره الحزب",
    "بيان مقتضب للرئاسة": a press, official, brief or written statement
    (lexicon.DOCUMENT_ADJECTIVES) then its issuer, as after "بيان مشترك":
    the issuer speaks; the adjective stopped the reading and "بيان" spoke."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وأضاف بيان صحفي نشره الموقع أن «{_WORDS}».",
                "الموقع",
                id="a-press-statement-published",
            ),
            pytest.param(
                f"وأضاف بيان رسمي أصدره الحزب أن «{_WORDS}».",
                "الحزب",
                id="an-official-statement-issued",
            ),
            pytest.param(
                f"وقال بيان مقتضب للرئاسة إن «{_WORDS}».",
                "الرئاسة",
                id="a-brief-statement-of",
            ),
        ],
    )
    def test_the_issuer_speaks(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, speaker",
        [
            pytest.param(
                f"وقال الوزير في بيان صحفي إن «{_WORDS}».",
                "الوزير",
                id="in-a-press-statement",
            ),
            pytest.param(
                f"وأضاف بيان نشرته الوزارة أن «{_WORDS}».",
                "الوزارة",
                id="no-adjective-as-before",
            ),
        ],
    )
    def test_near_misses(self, text: str, speaker: str) -> None:
        assert quote_exactly(text, _WORDS).speaker == speaker, text


class TestWordsAfterWithThePhrase:
    """ "واختصر الوزير X الموقف بعبارة «حمى الله البلاد من كل سوء»", "وختم
    كلمته بعبارة «حفظ الله الوطن وأهله»", "بجملة «…»": three words or more
    in marks after "with the phrase", when a cue names a subject, are the
    words he put it in, a prayer too; they were dropped (a blessing's form
    or a name's). Not a body's or a label's name ("صورة مرفقة بعبارة «حزب
    …»"), nor two words."""

    @pytest.mark.parametrize(
        "text, words",
        [
            pytest.param(
                "واختصر الوزير سامي النجار الموقف بعبارة «حمى الله البلاد من كل سوء».",
                "حمى الله البلاد من كل سوء",
                id="summed-up",
            ),
            pytest.param(
                "وختم الوزير سامي النجار كلمته بعبارة «حفظ الله الوطن وأهله».",
                "حفظ الله الوطن وأهله",
                id="closed-his-speech",
            ),
            pytest.param(
                "ورد النائب سامي النجار على منتقديه بعبارة «سامحهم الله جميعا».",
                "سامحهم الله جميعا",
                id="replied",
            ),
        ],
    )
    def test_the_subject_s_words(self, text: str, words: str) -> None:
        assert quote_exactly(text, words).speaker == "سامي النجار", text

    @pytest.mark.parametrize(
        "text",
        [
            pytest.param(
                "ونشر الحزب صورة مرفقة بعبارة «حزب التقدم الوطني».",
                id="a-body-s-name",
            ),
            pytest.param(
                "وختم الوزير سامي النجار كلمته بعبارة «دمتم بخير».",
                id="two-words",
            ),
        ],
    )
    def test_near_misses(self, text: str) -> None:
        assert extract(text) == [], text
