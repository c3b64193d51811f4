"""Speakers on development sets e4–e7 (dev10b, 2026-12-04).

A source a preposition names ("بحسب صحيفة X"، "نقلا عن وكالة Y") was taken
up by a participle later in its sentence ("مضيفة أن «…»") even when the
sentence named a titled person after it as the subject of a verb of saying
("نقلا عن Y رسالة تفيد بأن السفيرة Z أبلغت …، مضيفة"): the person goes on.
Not a person whose verb is no verb of saying ("وحسب X، فإن الوزيرة Y زارت
…، مؤكدة": the source goes on, as test_phenomena_rev8 holds), nor a person
who does not agree with the participle.

A news site, a television or a radio speaks with a masculine verb ("وحذر
الموقع", "وأضاف التلفزيون"): ``lx.MASCULINE_ORGS`` did not hold these
outlet heads, so the body was read as feminine and a masculine verb with
no subject after its quote ("وأضاف أن …", "كما لفت إلى …") found nobody
(or a noun of the clause before) instead of the outlet, while a feminine
verb took the site. Not a feminine outlet ("صحيفة", "قناة") before a
masculine verb.

A that-clause with a first-person pronoun ("وقال إننا «…»", "وأكد الوزير X
أننا «…»", "إنني", "بأننا": reported speech slipping into the speaker's own
words) did not end the speaker's phrase as "إنه"/"أنها" do: the word was
read as the speaker ("إننا") or as part of the name ("X أننا").
``lx.NP_STOP`` now holds the first-person forms of إنّ/أنّ. Not the
subject named before them ("وقال أحد الصيادلة إننا": the pharmacist).

A degree written between a military rank and the name, as Egyptian press
does ("الفريق مهندس X", "اللواء دكتور X"), was read as a name word: the
speaker came out as the whole address, or, with the post in commas after
it, as the last word of the post ("ونائب"). It is now a word of the rank
(``words._RANK_QUALIFIERS``, as "أول" and "ركن"). Not a profession told
after the name ("اللواء X، مهندس المشروع،") or with its own genitive
("مهندس الري X").

"ضباط وصف وجنود" (officers, the ranks and soldiers: و + صف) after a
speaker's "لدى مخاطبته" was read as the verb وصف ("described") with the
soldiers for its subject, who took the quote. After "ضباط"/"الضباط" وصف
is no cue. Not وصف with its own و ("الضباط ووصف القرار") or after a comma.

A platform named after على ("وكتب على تويتر أن «…»", "على فيسبوك") was
read as the name Ali and a surname (على folds to علي): the speaker was
"على تويتر", or a name ran on into it ("X على تويتر"). The platforms'
names join ``words._ALA_OBJECTS`` (as "منصته", "حسابه"). Not the name Ali
with a surname ("وكتب علي الحداد أن").

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import one


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            # "نقلا عن X وثيقة تشير إلى أن الوزيرة Y أبلغت …، مؤكدة"
            "نشرت صحيفة محلية نقلا عن وكالة الأنباء وثيقة سرية تشير إلى أن "
            "وزيرة المالية سلمى الناصري أبلغت السفير الكندي أن الميزانية "
            "ستتأخر، مؤكدة أنها ستستقيل «إذا لم تقر الحكومة الإصلاحات».",
            "إذا لم تقر",
            "سلمى الناصري",
        ),
        (
            # "نقلا عن X رسالة تفيد بأن السفيرة Y أبلغت …، مضيفة"
            "ونشرت القناة نقلا عن صحيفة الأيام رسالة مسربة تفيد بأن سفيرة "
            "السويد آنا لارسون أبلغت وزير الخارجية أن بلادها ستعيد النظر في "
            "المساعدات، مضيفة أن «القرار لم يتخذ بعد».",
            "القرار لم",
            "آنا لارسون",
        ),
        (
            # "بحسب X، التقت الوزيرة Y … وقالت …، مضيفة"
            "وبحسب صحيفة الأيام، التقت وزيرة التربية هدى العلمي النقابات أمس "
            "وقالت لهم إن الإضراب غير قانوني، مضيفة أن «الحوار هو الطريق الوحيد».",
            "الحوار هو",
            "هدى العلمي",
        ),
    ],
)
def test_a_person_who_speaks_after_a_prepositional_source_goes_on(text, fragment, speaker):
    # "نقلا عن X … أن الوزيرة Y أبلغت …، مؤكدة «…»": the participle is Y's
    q = one(text, fragment)
    assert q.speaker == speaker, q


@pytest.mark.parametrize(
    "text, fragment",
    [
        (
            # no titled person after the source
            "وحسب وكالة الأنباء الرسمية، فإن الحكومة ستعلن برنامجا جديدا للسكن "
            "خلال أيام، مؤكدة أن «العائلات الفقيرة لها الأولوية».",
            "العائلات الفقيرة",
        ),
        (
            # the person's verb is no verb of saying
            "وبحسب وكالة الأنباء الرسمية، فإن وزيرة التربية هدى العلمي زارت "
            "المدارس المتضررة أمس، مؤكدة أن «الدراسة ستستأنف الأحد المقبل».",
            "الدراسة ستستأنف",
        ),
        (
            # the person does not agree with the participle
            "وبحسب وكالة الأنباء الرسمية، فإن وزير التربية سمير العلمي أكد "
            "للنقابات أن الإضراب غير قانوني، مؤكدة أن «الدراسة ستستأنف الأحد».",
            "الدراسة ستستأنف",
        ),
    ],
)
def test_the_source_goes_on_with_no_person_speaking_after_it(text, fragment):
    # near misses: the source named by the preposition goes on
    q = one(text, fragment)
    assert q.speaker == "وكالة الأنباء الرسمية", q


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            # a news site, then a masculine verb with no subject of its own
            'ذكر موقع "أخبار الطقس" أن المغرب ينتظر موجة برد شديدة هذا الأسبوع. '
            'وحذر الموقع من أن الرياح قد تكون "قوية جدا في المرتفعات الشمالية". '
            'كما لفت إلى احتمالية "هطول الثلوج على القمم العالية بشكل متقطع".',
            "هطول الثلوج",
            'موقع "أخبار الطقس"',
        ),
        (
            'ذكر موقع "أخبار الطقس" أن المغرب ينتظر موجة برد شديدة هذا الأسبوع. '
            'وحذر الموقع من أن الرياح قد تكون "قوية جدا في المرتفعات الشمالية". '
            'وأضاف أن الأمطار ستكون "غزيرة في بعض المناطق الساحلية الضيقة".',
            "غزيرة في بعض",
            'موقع "أخبار الطقس"',
        ),
        (
            # a television: before, the verb of the that-clause ("سيلقي")
            'أفاد التلفزيون الرسمي أن الرئيس سيلقي "خطابا هاما إلى الأمة مساء الغد". '
            'وأضاف أن الخطاب سيتناول "الإصلاحات الاقتصادية المنتظرة منذ سنوات".',
            "الإصلاحات الاقتصادية",
            "التلفزيون الرسمي",
        ),
    ],
)
def test_a_masculine_outlet_goes_on_with_a_masculine_verb(text, fragment, speaker):
    # "وحذر الموقع … كما لفت إلى «…»": موقع, تلفزيون, راديو are masculine
    q = one(text, fragment)
    assert (q.speaker, q.speaker_kind) == (speaker, "organization"), q


def test_a_feminine_outlet_does_not_go_on_with_a_masculine_verb():
    # near miss: "ذكرت صحيفة X … وأضاف": the paper is feminine, the
    # masculine verb is not hers
    q = one(
        'ذكرت صحيفة "الأيام" أن الحكومة ستعلن "خطة جديدة لدعم الفلاحين الصغار". '
        'وأضاف أن الخطة تشمل "قروضا ميسرة لكل من فقد محصوله هذا العام".',
        "قروضا ميسرة",
    )
    assert q.speaker != 'صحيفة "الأيام"', q


def test_a_feminine_verb_does_not_go_on_with_a_site():
    # "ذكر موقع X … وأضافت": the site does not agree with the feminine
    # verb (before, read as feminine, it took it)
    q = one(
        'ذكر موقع "أخبار الطقس" أن المغرب ينتظر "موجة برد شديدة هذا الأسبوع". '
        'وأضافت أن الأمطار ستكون "غزيرة في بعض المناطق الساحلية الضيقة".',
        "غزيرة في بعض",
    )
    assert q.speaker != 'موقع "أخبار الطقس"', q


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            # "وقال إننا «…»": no subject, the verb goes on with the minister
            'قال وزير الصحة كريم الناصري، اليوم الأحد: "لدينا مخزون كاف من الأدوية". '
            'وقال إننا "نعمل على توسيع المستشفيات في كل المحافظات".',
            "نعمل على توسيع",
            "كريم الناصري",
        ),
        (
            # "وأكد X أننا «…»": the name ends before أننا
            'وأكد وزير الصحة كريم الناصري أننا "لن نسمح بنقص الأدوية في أي مستشفى".',
            "لن نسمح",
            "كريم الناصري",
        ),
        (
            # "إنني" after a feminine title and name
            'وقالت المديرة سلمى الحداد إنني "لم أتلق أي شكوى من المرضى حتى الآن".',
            "لم أتلق",
            "سلمى الحداد",
        ),
    ],
)
def test_a_first_person_that_ends_the_speakers_phrase(text, fragment, speaker):
    # "وقال إننا «…»", "X أننا «…»": إننا/أنني is أنّ, never a name word
    q = one(text, fragment)
    assert q.speaker == speaker, q


def test_a_subject_before_a_first_person_that_stays_the_speaker():
    # near miss: "وقال أحد الصيادلة إننا «…»": the subject named before
    # إننا speaks, not the last quote's speaker (before, with إننا in it)
    q = one(
        'قال وزير الصحة كريم الناصري إن "المخزون كاف لثلاثة أشهر على الأقل". '
        'وقال أحد الصيادلة إننا "لم نتسلم أي شحنة منذ بداية الشهر الماضي".',
        "لم نتسلم",
    )
    assert q.speaker.startswith("أحد الصيادلة"), q


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            # rank, degree, name, then two posts in commas
            "أكد الفريق مهندس سامي الحداد، وزير الإسكان والمرافق ونائب رئيس "
            'مجلس الوزراء، أن "المدن الجديدة حق للمواطنين".',
            "المدن الجديدة",
            "سامي الحداد",
        ),
        (
            'وقال الفريق مهندس سامي الحداد إن "الجسر سيفتح الشهر المقبل".',
            "الجسر سيفتح",
            "سامي الحداد",
        ),
        (
            'أكد اللواء دكتور سامي الحداد أن "المستشفى الجديد سيفتح قريبا".',
            "المستشفى الجديد",
            "سامي الحداد",
        ),
    ],
)
def test_a_degree_between_rank_and_name_is_no_name_word(text, fragment, speaker):
    # "الفريق مهندس X": مهندس belongs to the rank, X is the name
    q = one(text, fragment)
    assert q.speaker == speaker, q


@pytest.mark.parametrize(
    "text, fragment, role",
    [
        (
            'وقال اللواء سامي الحداد، مهندس المشروع، إن "الجسر سيفتح الشهر المقبل".',
            "الجسر سيفتح",
            "مهندس المشروع",
        ),
        (
            'وقال مهندس الري سامي الحداد إن "السد سيمتلئ الشهر المقبل".',
            "السد سيمتلئ",
            "مهندس الري",
        ),
    ],
)
def test_a_profession_after_the_name_or_with_its_genitive_is_a_post(text, fragment, role):
    # near misses: مهندس after the name, or with its own genitive, is the
    # post told, not a word of a rank
    q = one(text, fragment)
    assert (q.speaker, q.role) == ("سامي الحداد", role), q


def test_the_ranks_after_officers_are_no_verb_of_saying():
    # "ضباط وصف وجنود": و + صف, the ranks, no verb "described"
    q = one(
        "قال القائد العام للجيش ورئيس المجلس الأعلى الفريق أول ركن سامي الحداد "
        "لدى مخاطبته اليوم ضباط وصف وجنود الجيش بمنطقة الشمال العسكرية: "
        '"إن الجيش سيبقى درعا للوطن".',
        "الجيش سيبقى",
    )
    assert q.speaker == "سامي الحداد", q


@pytest.mark.parametrize(
    "text",
    [
        'التقى الوزير سامي الحداد الضباط ووصف القرار بأنه "خطوة في الاتجاه الصحيح".',
        'كرم الوزير سامي الحداد الضباط، ثم وصف القرار بأنه "خطوة في الاتجاه الصحيح".',
    ],
)
def test_described_after_officers_with_its_own_conjunction_is_a_verb(text):
    # near misses: "الضباط ووصف", "الضباط، ثم وصف": the verb described
    q = one(text, "خطوة في")
    assert (q.speaker, q.cue) == ("سامي الحداد", "ووصف" if "ووصف" in text else "وصف"), q


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (
            # "وكتب على تويتر": no subject, the party quoted before goes on
            'وردا على الحكم، اعتبر حزب الأمل أنه "يوم حزين للعدالة في البلاد". '
            'وكتب على تويتر أن الحكم "ليس نهاية المعركة" مؤكدا أنه سيستأنف.',
            "ليس نهاية",
            "حزب الأمل",
        ),
        (
            'وردا على الحكم، اعتبر حزب الأمل أنه "يوم حزين للعدالة في البلاد". '
            'وكتب على فيس بوك أن الحكم "ليس نهاية المعركة".',
            "ليس نهاية",
            "حزب الأمل",
        ),
        (
            # the name ends before "على" + the platform
            'وكتب النائب علي الحداد على فيسبوك أن الحكم "ليس نهاية المعركة".',
            "ليس نهاية",
            "علي الحداد",
        ),
    ],
)
def test_a_platform_after_ala_is_no_name(text, fragment, speaker):
    # "كتب على تويتر": على the preposition, تويتر no surname
    q = one(text, fragment)
    assert q.speaker == speaker, q


def test_the_name_ali_with_a_surname_stays_a_name():
    # near miss: "وكتب علي الحداد أن": Ali and his surname
    q = one('وكتب علي الحداد أن الحكم "ليس نهاية المعركة".', "ليس نهاية")
    assert q.speaker == "علي الحداد", q
