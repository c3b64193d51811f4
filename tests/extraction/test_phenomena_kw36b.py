"""Known weaknesses taken up by kw36b (strict xfails first, newest file
first, then docs' Known weaknesses from the bottom up). Every sentence here is
invented; one class per rule."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly, quotes_of


class TestAGivenNameInMaqsuraAfterAnOutletsName:
    """ "رئيسة تحرير مجلة X سلمى Y Z": after an outlet's head and the word of
    its name, a woman's given name written with ى (سلمى، نجوى، سعدى), which
    folds like a nisba or a common noun and is in no list of given names,
    opens the holder's name when a given name (her father's) follows it; no
    nisba ends in ى. Not the outlet's own name right after its head ("مجلة
    صدى"), nor a word in ى followed by no given name."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقالت رئيسة تحرير موقع ساحات نجوى عادل السيد إن "الموقع سيعود قريبا".',
                "الموقع سيعود قريبا",
                "نجوى عادل السيد",
                "رئيسة تحرير موقع ساحات",
                id="a-site",
            ),
            pytest.param(
                'وقالت مديرة تحرير مجلة نجمة سعدى كامل الحسن إن "العدد جاهز للطبع".',
                "العدد جاهز للطبع",
                "سعدى كامل الحسن",
                "مديرة تحرير مجلة نجمة",
                id="a-magazine",
            ),
            pytest.param(
                'وأوضحت نائبة رئيس تحرير صحيفة المدى بشرى حسن الراوي أن "الصحيفة لن تغلق".',
                "الصحيفة لن تغلق",
                "بشرى حسن الراوي",
                "نائبة رئيس تحرير صحيفة المدى",
                id="a-newspaper-definite",
            ),
            pytest.param(
                'وقالت رئيسة تحرير مجلة صدى سلمى كامل العطار إن "العدد القادم يتناول الزراعة".',
                "العدد القادم يتناول الزراعة",
                "سلمى كامل العطار",
                "رئيسة تحرير مجلة صدى",
                id="the-outlets-name-in-maqsura-too",
            ),
        ],
    )
    def test_the_name_opens_at_it(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                'وقال رئيس تحرير مجلة صدى مازن الحلبي إن "العدد القادم جاهز".',
                "العدد القادم جاهز",
                "مازن الحلبي",
                "رئيس تحرير مجلة صدى",
                id="the-outlets-name-in-maqsura",
            ),
            pytest.param(
                'وقال رئيس تحرير مجلة دنيا مصطفى حسن إن "العدد جاهز".',
                "العدد جاهز",
                "مصطفى حسن",
                "رئيس تحرير مجلة دنيا",
                id="a-listed-given-name",
            ),
            pytest.param(
                'وقال مدير صحة مرسى مطروح سامي حسن إن "المخزون يكفي".',
                "المخزون يكفي",
                "سامي حسن",
                "مدير صحة مرسى مطروح",
                id="a-place-in-maqsura",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestAClericReceivedByAHostsPost:
    """ "واستقبل رئيس الجمهورية المطران X Y، وقال": after a verb of receiving
    or meeting, a cleric by his rank (المطران، الأب، القس، البطريرك) and name,
    past the title's definite genitive, with nothing after him but the
    clause's end, is the one met, the verb's object: the host's post speaks
    in the verbs after. Not when an object follows ("واستقبل رئيس الجامعة
    الأب X Y وفدا …": the rank is the host's own), nor past an aside and an
    object."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "والتقت وزيرة الثقافة القس سامر نعمة، وقالت إن «الحوار مستمر بين الجميع».",
                "الحوار مستمر بين الجميع",
                "وزيرة الثقافة",
                id="met-a-pastor",
            ),
            pytest.param(
                "واستقبل وزير الخارجية البطريرك يوسف حنا، وأكد أن «الزيارة كانت ناجحة».",
                "الزيارة كانت ناجحة",
                "وزير الخارجية",
                id="received-a-patriarch",
            ),
            pytest.param(
                "واستقبل محافظ حلب المطران بولس داود، وأوضح أن «الكنائس ستفتح أبوابها».",
                "الكنائس ستفتح أبوابها",
                "محافظ حلب",
                id="received-a-bishop",
            ),
            pytest.param(
                "واستقبل رئيس البرلمان المطران كميل نصار. وقال إن «البلاد تمر بمرحلة صعبة».",
                "البلاد تمر بمرحلة صعبة",
                "رئيس البرلمان",
                id="the-next-sentence",
            ),
        ],
    )
    def test_the_host_speaks(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "واستقبل رئيس الجامعة الأب كميل نصار وفدا من الطلاب، "
                "وقال إن «الجامعة مفتوحة للجميع».",
                "الجامعة مفتوحة للجميع",
                "كميل نصار",
                "رئيس الجامعة",
                id="an-object-follows",
            ),
            pytest.param(
                "واستقبل رئيس الدير الأرشمندريت طلال هاشم، يوم الأحد، وفدا من الزوار، "
                "وقال إن «الدير مفتوح للزوار».",
                "الدير مفتوح للزوار",
                "طلال هاشم",
                "رئيس الدير",
                id="an-aside-then-an-object",
            ),
            pytest.param(
                "واستقبل محافظ البصرة المطران جورج حنا. وقال المطران حنا إن «الزيارة مهمة جدا».",
                "الزيارة مهمة جدا",
                "جورج حنا",
                "المطران",
                id="the-cleric-named-again-speaks",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestABuildingSpokenFromIsNoBody:
    """ "وقال X Y من قصر العدل إن": after a name with no title, من and a
    building (قصر، كنيسة) or a gathering of mourning (مجلس عزاء) is where he
    spoke from, no body he is of: no role (dev27r's rule reads the body a
    name is from as his role). Not a body whose head is مجلس otherwise
    ("من مجلس النواب"), nor a party or a committee."""

    @pytest.mark.parametrize(
        "text, words",
        [
            pytest.param(
                "وقالت سلوى عادل من كنيسة المهد إن «الزوار سيعودون قريبا».",
                "الزوار سيعودون قريبا",
                id="a-church",
            ),
            pytest.param(
                "وقال كريم ناصر من قصر الثقافة إن «المعرض سيفتتح غدا».",
                "المعرض سيفتتح غدا",
                id="a-palace",
            ),
            pytest.param(
                "وقال ماهر يوسف، من مجلس عزاء شقيقه، إن «العدالة ستتحقق».",
                "العدالة ستتحقق",
                id="a-wake-in-commas",
            ),
        ],
    )
    def test_no_role(self, text: str, words: str) -> None:
        q = quote_exactly(text, words)
        assert q.role is None, text

    @pytest.mark.parametrize(
        "text, words, role",
        [
            pytest.param(
                "وقال ماهر يوسف من مجلس النواب إن «العدالة ستتحقق».",
                "العدالة ستتحقق",
                "مجلس النواب",
                id="a-council",
            ),
            pytest.param(
                "وقالت سلوى عادل من جمعية الكنيسة إن «الزوار سيعودون».",
                "الزوار سيعودون",
                "جمعية الكنيسة",
                id="a-society-of-the-church",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert q.role == role, text


class TestAPostMetAfterTheHostsTitle:
    """ "والتقى الوزير قائد الجيش، وقال": after a verb of meeting or
    receiving, a post in construct (a bare title and its definite genitive)
    right after the host's definite title, then a comma, is the one met, the
    verb's object, no apposition of the host's title: the host speaks in the
    verb after (the two posts were read as one person's). Not after a rank
    or a title said before a name ("الفريق قائد الجيش", "الأمير ولي العهد"),
    nor when a name follows the post met."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "والتقى الوزير قائد الجيش، وقال إن «الحدود آمنة تماما».",
                "الحدود آمنة تماما",
                "الوزير",
                id="met-the-army-chief",
            ),
            pytest.param(
                "واستقبل المحافظ مدير الشرطة، وأكد أن «الأمن مستتب في المدينة».",
                "الأمن مستتب في المدينة",
                "المحافظ",
                id="received-the-police-chief",
            ),
            pytest.param(
                "والتقت الوزيرة رئيس الغرفة، وقالت إن «الصادرات تضاعفت هذا العام».",
                "الصادرات تضاعفت هذا العام",
                "الوزيرة",
                id="a-woman-host",
            ),
        ],
    )
    def test_the_host_speaks(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "والتقى الفريق قائد الجيش، وقال إن «الحدود آمنة تماما».",
                "الحدود آمنة تماما",
                "الفريق قائد الجيش",
                "الفريق قائد الجيش",
                id="a-rank-before-the-post",
            ),
            pytest.param(
                "والتقى الوزير رئيس الجمعية سامي خليل، وقال إن «الحدود آمنة تماما».",
                "الحدود آمنة تماما",
                "سامي خليل",
                "الوزير رئيس الجمعية",
                id="a-name-after-the-post-as-before",
            ),
            pytest.param(
                "وقال الوزير رئيس اللجنة إن «الحدود آمنة تماما».",
                "الحدود آمنة تماما",
                "الوزير رئيس اللجنة",
                "الوزير رئيس اللجنة",
                id="no-verb-of-meeting",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text


class TestAMinistryNamedWithAPluralInYn:
    """ "وزير الهجرة والمهجرين بحكومة X Y Z": a minister's title, its
    definite genitive and a second joined by و, a plural in ين whose singular
    is no title nor a source's head, is the ministry's name; the place glued
    to بـ after it is where the post is held and the holder's name follows
    (the plural was read as persons joined to the title, and the post ended
    there). Not a plural of a title ("والموظفين"), nor after another title
    ("رئيس الحكومة والمتظاهرين")."""

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "وقال وزير الإغاثة والنازحين بحكومة الإنقاذ كمال العلي إن «المخيمات ممتلئة».",
                "المخيمات ممتلئة",
                "كمال العلي",
                "وزير الإغاثة والنازحين بحكومة الإنقاذ",
                id="the-displaced",
            ),
            pytest.param(
                "وأكد وزير الشهداء والمعاقين بحكومة الوحدة نبيل سعيد أن «الرواتب ستصرف».",
                "الرواتب ستصرف",
                "نبيل سعيد",
                "وزير الشهداء والمعاقين بحكومة الوحدة",
                id="the-disabled",
            ),
            pytest.param(
                "وقال وزير الأسرى والمحررين بحكومة الوفاق ماهر سعيد إن «الإفراج قريب».",
                "الإفراج قريب",
                "ماهر سعيد",
                "وزير الأسرى والمحررين بحكومة الوفاق",
                id="the-freed",
            ),
        ],
    )
    def test_the_holder_is_named(self, text: str, words: str, speaker: str, role: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, role), text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "وقال وزير الداخلية والموظفين بالوزارة إن «الرواتب ستصرف».",
                "الرواتب ستصرف",
                "وزير الداخلية والموظفين",
                id="a-titles-plural",
            ),
            pytest.param(
                "وقال رئيس الحكومة والمتظاهرين بالساحة إن «الرواتب ستصرف».",
                "الرواتب ستصرف",
                "رئيس الحكومة والمتظاهرين",
                id="no-ministers-title",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert q.speaker == speaker, text


class TestAGroupMetAfterTheHostsDefiniteTitle:
    """ "والتقى الرئيس الفائزين بجائزة X، وقال لهم": after a verb of meeting,
    a definite sound plural in ين right after the host's title with the
    article is the group met (no singular title takes a plural adjective):
    the host speaks (the plural was read as his title's adjective and a word
    after it as his name). Not a decade ("الثلاثين"), nor after a bare
    title and its genitive ("خادم الحرمين الشريفين")."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "والتقى الوزير المشاركين في المؤتمر، وقال إن «الحوار مفيد للجميع».",
                "الحوار مفيد للجميع",
                "الوزير",
                id="the-participants",
            ),
            pytest.param(
                "واستقبل المحافظ العائدين من الحج، وقال إن «الموسم كان ناجحا».",
                "الموسم كان ناجحا",
                "المحافظ",
                id="the-returning",
            ),
            pytest.param(
                "والتقى الرئيس الفائزين بجائزة الإبداع، وقال لهم إن «البلاد فخورة بكم».",
                "البلاد فخورة بكم",
                "الرئيس",
                id="the-winners-to-them",
            ),
        ],
    )
    def test_the_host_speaks(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "واستقبل خادم الحرمين الشريفين الرئيس الفرنسي، وقال إن «العلاقات متينة».",
                "العلاقات متينة",
                "خادم الحرمين الشريفين الرئيس الفرنسي",
                id="a-dual-in-the-hosts-post-as-before",
            ),
            pytest.param(
                "واستقبل الأمين العام المتطوعين، وقال إن «العمل مستمر».",
                "العمل مستمر",
                "الأمين العام",
                id="an-adjective-of-the-title-first",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert q.speaker == speaker, text


class TestABodyMetGluedToBi:
    """ "واجتمع الوزير بلجنة تنظيم البطولة، وقال": after a verb of meeting,
    a body or a group glued to بـ with no article (لجنة، وفد، مجلس، هيئة, a
    group's head: بممثلي، بأعضاء) right after the subject's definite title
    is the one met, no post he holds there: the host speaks. Not after
    another verb ("وقال العضو بلجنة الخارجية"), nor after an unnamed
    source's head ("المسؤول بلجنة …", an official at it)."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "واجتمع الوزير بلجنة تنظيم البطولة، وقال إن «التحضيرات جيدة».",
                "التحضيرات جيدة",
                "الوزير",
                id="a-committee",
            ),
            pytest.param(
                "والتقت الوزيرة بوفد نسائي من الجنوب، وقالت إن «المرأة شريكة».",
                "المرأة شريكة",
                "الوزيرة",
                id="a-delegation",
            ),
            pytest.param(
                "واجتمع السفير بمجلس إدارة الغرفة، وقال إن «الاستثمارات ستزيد».",
                "الاستثمارات ستزيد",
                "السفير",
                id="a-board",
            ),
        ],
    )
    def test_the_host_speaks(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "وقال العضو بلجنة الخارجية إن «التحضيرات جيدة».",
                "التحضيرات جيدة",
                "العضو بلجنة الخارجية",
                id="no-verb-of-meeting",
            ),
            pytest.param(
                "والتقى المسؤول بلجنة الخارجية، وقال إن «التحضيرات جيدة».",
                "التحضيرات جيدة",
                "المسؤول بلجنة الخارجية",
                id="an-official-at-it",
            ),
        ],
    )
    def test_near_misses(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert q.speaker == speaker, text


class TestALabelsOccasionBeforeOrWithSomeone:
    """ "وزير الصحة في كلمته أمام البرلمان والحكومة: …": a headline's label,
    then the occasion's word after في or خلال, then أمام or مع and up to four
    words of whom the talk was before or with, up to the colon: the label
    speaks (dev26r's rule read one or two words of the occasion only, and the
    words found no speaker). Not a place after في ("في الجزائر مع الوفد"),
    nor a label that is no speaker."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "وزيرة التربية في حوار مع القناة الأولى: الامتحانات في موعدها المحدد",
                "الامتحانات في موعدها المحدد",
                "وزيرة التربية",
                id="an-interview-with",
            ),
            pytest.param(
                "وزير الداخلية في كلمته أمام الضباط: لا تهاون مع المخالفين أبدا",
                "لا تهاون مع المخالفين أبدا",
                "وزير الداخلية",
                id="a-speech-before",
            ),
            pytest.param(
                "رئيس البرلمان خلال كلمته أمام النواب الجدد: الدورة ستبدأ الأسبوع المقبل",
                "الدورة ستبدأ الأسبوع المقبل",
                "رئيس البرلمان",
                id="during-a-speech-before",
            ),
        ],
    )
    def test_the_label_speaks(self, text: str, words: str, speaker: str) -> None:
        q = quote_exactly(text, words)
        assert (q.speaker, q.role) == (speaker, speaker), text

    @pytest.mark.parametrize(
        "text, words",
        [
            pytest.param(
                "وزير الصحة في الجزائر مع الوفد الطبي: سنواصل دعم المستشفيات",
                "سنواصل دعم المستشفيات",
                id="a-place-then-with",
            ),
        ],
    )
    def test_near_misses_no_speaker(self, text: str, words: str) -> None:
        q = quote_exactly(text, words)
        assert q.speaker is None, text

    def test_no_speaker_in_the_label_no_quote(self) -> None:
        assert quotes_of("تصعيد في الخطاب أمام البرلمان: سنواصل دعم المستشفيات") == []
