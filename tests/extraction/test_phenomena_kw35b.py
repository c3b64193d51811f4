"""Strict xfails and known weaknesses taken up by kw35b (from the newest
files and the bottom of the Known-weaknesses list). Every sentence here is
invented.

Rule 1 (engine._dated_when_sent, words._SENT_IT): a document whose date is
more than twelve words after it, past a relative clause telling who sent or
wrote it with the document as the verb's object ("برقية سربها موقع X
وأرسلتها السفارة في الجزائر إلى واشنطن في 14 أكتوبر 2008"), is dated by the
first date after في or بتاريخ within twelve words of that verb, with no
mark, punctuation, أنّ, relative pronoun, other document or verb of saying
between (rev35b's strict xfails).

Rule 2 (phrases._persons_genitive, in scan_np's title test and
phrase_entity's title walk): a plural of persons glued to لـ before a
definite word after a title and its body ("رئيسة الغرفة الوطنية لتجار
المواد الغذائية بالجملة X", "لعمال الموانئ", "لمنتجي الحليب"), a broken
plural of words._SINGULAR_OF or a sound participle's plural in construct,
after a body and its nisba is the post's genitive, never a name; it was
read as the name when a word in بـ followed it (rev35b's other strict
xfail) or when no name came after. After a title it stays the ones told
("وقال الوزير لممثلي النقابات إن").

Rule 3 (lexicon._PAST_VERBS, phrases.cue_at and pleaded_that): دفع with بأن
after its subject and an aside in commas, within twelve words and before any
mark, is "pleaded" (court reports), a verb of saying as تمسك ("دفع المحامي
X، دفاع المتهم، بأن «…»"); the apposition was the subject, or the quote had
no speaker (rev34's strict xfail; rev34's rule without the بأن test was
reverted: it read the company «دفع.تن» as the verb).

Rule 4 (scan_np): after an unnamed head in the accusative and its nisba
("أن مسؤولا سعوديا"), a second adjective in the accusative ("رفيعا",
"كبيرا") is the description's, no name, so the post's place after it stays
in the phrase ("… في وزارة الداخلية أبلغ X بأن"; rev33's strict xfail).
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestADocumentSentLongAfterItsNounIsDated:
    """ "أفادت وثيقة نشرتها صحيفة X وبعثها القنصل في بيروت إلى باريس في 3
    مارس 2007، أن …": the day the document was sent, told in the clause of
    its sender past its twelfth word, dates what it relays; it was lost."""

    @pytest.mark.parametrize(
        "text, words, date",
        [
            pytest.param(
                "أفادت وثيقة سرية نشرتها صحيفة الأخبار اللبنانية وبعثها القنصل الفرنسي "
                "العام في بيروت إلى باريس في 3 مارس 2007، أن النائب سمير العلي قال: "
                "«الانتخابات لن تجري في موعدها».",
                "الانتخابات",
                "2007-03-03",
                id="consul-sent-it",
            ),
            pytest.param(
                "ذكرت رسالة سرية مسربة نشرها موقع إلكتروني معارض ووجهها السفير البريطاني "
                "في عمان إلى وزارة الخارجية في لندن في 9 يونيو 2010 أن رئيس الوزراء فهد "
                "الخالدي قال إن «الإصلاح يحتاج إلى وقت طويل».",
                "الإصلاح",
                "2010-06-09",
                id="ambassador-addressed-it",
            ),
            pytest.param(
                "وكشفت مذكرة دبلوماسية حصلت عليها الصحيفة وكتبها القائم بالأعمال الأمريكي "
                "في دمشق إلى رؤسائه في واشنطن في 20 يناير 2006 أن وزير الخارجية وليد "
                "الحسن قال إن «الحدود مع العراق مغلقة».",
                "الحدود",
                "2006-01-20",
                id="charge-wrote-it",
            ),
        ],
    )
    def test_the_documents_date(self, text: str, words: str, date: str) -> None:
        assert one(text, words).date == date, text

    @pytest.mark.parametrize(
        "text, words, date",
        [
            pytest.param(
                # published, not sent: the day of the papers, not the cable's
                "كشفت برقية دبلوماسية أمريكية قديمة سربها موقع ويكيليكس لاحقا ونشرتها "
                "صحف عربية كثيرة في 14 أكتوبر 2011، أن الوزير حميد بن سالم قال إن "
                "«الجماعات المسلحة تتلقى أموالا طائلة».",
                "الجماعات",
                None,
                id="published-by-papers",
            ),
            pytest.param(
                # the date in a relative clause of the capital's, the visit's
                "أفادت وثيقة سرية نشرتها صحيفة الأخبار اللبنانية وبعثها القنصل الفرنسي "
                "العام في بيروت إلى باريس التي زارها الرئيس في 3 مارس 2007، أن النائب "
                "سمير العلي قال: «الانتخابات لن تجري في موعدها».",
                "الانتخابات",
                None,
                id="the-capitals-visit",
            ),
            pytest.param(
                # the date of the saying, after the sender's clause
                "أفادت وثيقة سرية نشرتها صحيفة الأخبار اللبنانية أمس وبعثها القنصل الفرنسي "
                "العام في بيروت إلى باريس أن النائب سمير العلي قال في 3 مارس 2007: "
                "«الانتخابات لن تجري في موعدها».",
                "الانتخابات",
                "2007-03-03",
                id="the-sayings-date",
            ),
        ],
    )
    def test_near_miss(self, text: str, words: str, date: str | None) -> None:
        assert one(text, words).date == date, text


class TestPersonsABodyIsOfAreNoName:
    """ "قالت رئيسة الغرفة الوطنية لتجار الأقمشة بالجملة X إن «…»": the
    traders glued to لـ are the chamber's; the name after the word in بـ
    speaks. "لتجار الأقمشة" was read as the name and X lost."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "قالت رئيسة الغرفة الوطنية لتجار الأقمشة بالجملة نادية الحمروني إن "
                "«الأسعار مستقرة منذ شهرين».",
                "الأسعار",
                "نادية الحمروني",
                id="wholesale-traders",
            ),
            pytest.param(
                "وقال رئيس الجمعية الوطنية لعمال الموانئ بالعاصمة رضا القلال إن «الإضراب سيستمر».",
                "الإضراب",
                "رضا القلال",
                id="dock-workers-in-the-capital",
            ),
            pytest.param(
                "وصرح رئيس الاتحاد الجهوي لمنتجي الحليب بالقيروان منير السعيدي: "
                "«الكميات تراجعت كثيرا».",
                "الكميات",
                "منير السعيدي",
                id="producers-sound-plural",
            ),
            pytest.param(
                "وقال رئيس الجمعية الوطنية لتجار الخضر إن «التجار ملتزمون بالأسعار».",
                "التجار",
                "رئيس الجمعية الوطنية لتجار الخضر",
                id="no-name-after",
            ),
        ],
    )
    def test_the_name_after_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                # no adjective of the body: read well before
                "وقال رئيس الغرفة لتجار الخضر بالجملة كمال العياري إن «التجار ملتزمون بالأسعار».",
                "التجار",
                "كمال العياري",
                id="no-adjective",
            ),
            pytest.param(
                # a given name that opens with ل after a title
                "وقال المحامي لطفي العبيدي إن «القضية سياسية».",
                "القضية",
                "لطفي العبيدي",
                id="given-name-in-lam",
            ),
            pytest.param(
                # the body itself speaks
                "وقالت النقابة الوطنية لعمال التعليم إن «الإضراب سيستمر».",
                "الإضراب",
                "النقابة الوطنية لعمال التعليم",
                id="the-body-speaks",
            ),
            pytest.param(
                # after a title, the workers are the ones told
                "وقال المدير لعمال المصنع إن «الحوار مفتوح دائما».",
                "الحوار",
                "المدير",
                id="told-after-a-title",
            ),
        ],
    )
    def test_near_miss(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker, text


class TestPleadedWithItsBiannaSpeaks:
    """ "دفع المحامي X، دفاع المتهمة، بأن «…»": دفع with its بأن after the
    subject (and an aside in commas) is "pleaded", a verb of saying in court
    reports, as تمسك; the apposition was read as the subject (the accused
    spoke), or the quote had no speaker. Only with بأن within twelve words
    and before any mark: "دفع الثمن", "ما دفع X إلى القول" and the company
    «دفع.تن» stay as they were."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "من جهته، دفع المحامي وليد الهواري، دفاع المتهمة، بأن «موكلته كانت "
                "تدافع عن نفسها».",
                "موكلته",
                "وليد الهواري",
                id="the-defence-in-apposition",
            ),
            pytest.param(
                "ودفع دفاع المتهمين بأن «الأدلة غير كافية للإدانة».",
                "الأدلة",
                "دفاع المتهمين",
                id="the-defence-as-subject",
            ),
            pytest.param(
                "ودفع الدفاع بأن «الأحراز لم تفحص».",
                "الأحراز",
                "الدفاع",
                id="the-defence-bare",
            ),
        ],
    )
    def test_the_pleader_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                # the company's name in marks, no verb
                "وقالت المؤسسة والمديرة العامة لشركة «دفع.تن» سلمى المرزوقي إن «السوق واعدة».",
                "السوق",
                "سلمى المرزوقي",
                id="company-in-marks",
            ),
            pytest.param(
                # what drove him to say
                "وهو ما دفع المحامي إلى القول إن «القضية سياسية».",
                "القضية",
                "المحامي",
                id="drove-to-say",
            ),
            pytest.param(
                # paid a bail, then said
                "ودفع المحامي رامي الصغير بكفالة مالية، وقال إن «موكله بريء».",
                "موكله",
                "رامي الصغير",
                id="paid-then-said",
            ),
        ],
    )
    def test_near_miss(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker, text


class TestAnAccusativeAdjectiveAfterAnUnnamedSourceIsNoName:
    """ "أن مسؤولا أردنيا كبيرا في الديوان الملكي أبلغ X بأن «…»": after the
    unnamed head and its nisba in the accusative, a second adjective in the
    accusative was read as a name, so the post's place after it ended the
    phrase and the one told (or the clause before) spoke."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "وأفادت البرقية أن مسؤولا أردنيا كبيرا في الديوان الملكي أبلغ السفير "
                "الأمريكي ديفيد هيل بأن «الإصلاح يسير ببطء».",
                "الإصلاح",
                "مسؤول أردني كبير في الديوان الملكي",
                id="told-the-ambassador",
            ),
            pytest.param(
                "وقال النائب إن مسؤولا عراقيا كبيرا في وزارة النفط أكد أن «الإنتاج سيرتفع».",
                "الإنتاج",
                "مسؤول عراقي كبير في وزارة النفط",
                id="after-said-that",
            ),
            pytest.param(
                "وذكرت الوثيقة أن دبلوماسيا فرنسيا رفيعا في بعثة الأمم المتحدة أبلغ الوزير "
                "سالم العبيدي بأن «باريس لن تتدخل».",
                "باريس",
                "دبلوماسي فرنسي رفيع في بعثة الأمم المتحدة",
                id="a-diplomat",
            ),
        ],
    )
    def test_the_source_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker, text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                # no place after the adjective
                "وأفادت البرقية أن مسؤولا أردنيا كبيرا أبلغ السفير الأمريكي ديفيد هيل "
                "بأن «الإصلاح يسير ببطء».",
                "الإصلاح",
                "مسؤول أردني كبير",
                id="no-place",
            ),
            pytest.param(
                # no second adjective
                "وأفادت البرقية أن مسؤولا أردنيا في الديوان الملكي أبلغ السفير الأمريكي "
                "ديفيد هيل بأن «الإصلاح يسير ببطء».",
                "الإصلاح",
                "مسؤول أردني في الديوان الملكي",
                id="one-adjective",
            ),
        ],
    )
    def test_near_miss(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker, text
