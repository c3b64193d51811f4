"""dev23r (third session of 2026-12-06): roles, and a person's post carried
through the text to his later quotes.

Every sentence here is invented for the test."""

import pytest

from claims.extraction import extract


def _quote(text, words):
    for q in extract(text):
        if q.text == words:
            return q
    raise AssertionError(f"no quote {words!r} in {[q.text for q in extract(text)]}")


# Rule 1: a definite post, then a rank alone set off by commas, then the
# name ("القائد العام لشرطة المدينة، الفريق ركن، X Y،"): the name holds the
# post and the rank. Before, the rank alone was the role, and a police force
# glued to لـ (لشرطة) was read as the holder's name.
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            'وقال القائد الأسبق لشرطة المدينة، الفريق ركن، سامر الحداد، إن "الأمن مسؤولية الجميع".',
            "الأمن مسؤولية الجميع",
            "سامر الحداد",
            "القائد الأسبق لشرطة المدينة، الفريق ركن",
        ),
        (
            'وقال المدير العام لشرطة الولاية، اللواء، منير العابد، إن "الطرق آمنة هذا الموسم".',
            "الطرق آمنة هذا الموسم",
            "منير العابد",
            "المدير العام لشرطة الولاية، اللواء",
        ),
        (
            'وقال القائد العام لشركة الموانئ، العميد الركن، سالم بوعزة، إن "العمل لن يتوقف".',
            "العمل لن يتوقف",
            "سالم بوعزة",
            "القائد العام لشركة الموانئ، العميد الركن",
        ),
        (
            'وأكد الناطق باسم القوات البرية، العقيد، فهد المالكي، أن "القوات جاهزة لكل طارئ".',
            "القوات جاهزة لكل طارئ",
            "فهد المالكي",
            "الناطق باسم القوات البرية، العقيد",
        ),
    ],
)
def test_rank_in_commas_between_post_and_name(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


def test_rank_in_commas_carried_to_the_surname():
    text = (
        "انتقد القائد الأسبق لشرطة الإمارة، الفريق ركن، راشد البلوشي، قرار الحكومة.\n"
        'وقال البلوشي في تدوينة: "هذا القرار سيضر بسمعة البلاد طويلا".'
    )
    q = _quote(text, "هذا القرار سيضر بسمعة البلاد طويلا")
    assert (q.speaker, q.role) == ("راشد البلوشي", "القائد الأسبق لشرطة الإمارة، الفريق ركن")


# Near misses: an unnamed post (indefinite) keeps its reading; a police force
# speaks as a body; the rank read with the name keeps the post before it.
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            'وقال مدير شرطة المدينة، الفريق ركن، سامر الحداد، إن "الأمن مسؤولية الجميع".',
            "الأمن مسؤولية الجميع",
            "سامر الحداد",
            "مدير شرطة المدينة، الفريق ركن",
        ),
        (
            'وقالت شرطة المدينة في بيان: "الطرق آمنة هذا الموسم".',
            "الطرق آمنة هذا الموسم",
            "شرطة المدينة",
            None,
        ),
        (
            'وقال رئيس أركان الجيش، اللواء ركن، سامر الحداد، إن "الأمن مسؤولية الجميع".',
            "الأمن مسؤولية الجميع",
            "سامر الحداد",
            "رئيس أركان الجيش، اللواء ركن",
        ),
        (
            'وقال المدير العام لشرطة المدينة الفريق ركن سامر الحداد إن "الأمن مسؤولية الجميع".',
            "الأمن مسؤولية الجميع",
            "سامر الحداد",
            "المدير العام لشرطة المدينة",
        ),
    ],
)
def test_rank_in_commas_near_misses(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


# Rule 2: a bare title glued to لـ, then its body's name in marks, then the
# holder's name ("محادثة لرئيس «حزب …» X Y"): the mention names the holder
# with the post, for his later quotes. Before, the phrase stopped at the
# mark (the title alone, an unnamed "رئيس"), and "وقال Y" had no post.
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            'بثت القناة مكالمة لرئيس "حزب الفجر" كمال سعيد مع أنصاره.\n'
            "وقال سعيد في المكالمة: «سنفوز بهذه الانتخابات بسهولة».",
            "سنفوز بهذه الانتخابات بسهولة",
            "كمال سعيد",
            'رئيس "حزب الفجر"',
        ),
        (
            "وفي تصريح لأمين «جمعية الصيادين» نبيل العكرمي، حذر من تراجع الثروة السمكية.\n"
            "وأضاف العكرمي: «البحر لم يعد يعطينا شيئا».",
            "البحر لم يعد يعطينا شيئا",
            "نبيل العكرمي",
            "أمين «جمعية الصيادين»",
        ),
        (
            "وجهت الوزارة دعوة لمدير “مستشفى الرحمة” سليم بن عمار لحضور الاجتماع.\n"
            "وقال بن عمار: “الأسرة كلها ممتلئة منذ أسبوع”.",
            "الأسرة كلها ممتلئة منذ أسبوع",
            "سليم بن عمار",
            "مدير “مستشفى الرحمة”",
        ),
    ],
)
def test_title_glued_to_lam_then_body_in_marks(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


# Near misses: with no marks the post was read already; a title with the
# article glued to لل before marks is unchanged; a verb of saying with its
# addressee glued to لـ and words in marks keeps the words.
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "بثت القناة مكالمة لرئيس حزب الفجر كمال سعيد مع أنصاره.\n"
            "وقال سعيد في المكالمة: «سنفوز بهذه الانتخابات بسهولة».",
            "سنفوز بهذه الانتخابات بسهولة",
            "كمال سعيد",
            "رئيس حزب الفجر",
        ),
        (
            'وقال الوزير سامي الجلاصي لرئيس الحكومة "لن نتراجع عن الإصلاح أبدا".',
            "لن نتراجع عن الإصلاح أبدا",
            "سامي الجلاصي",
            "الوزير",
        ),
    ],
)
def test_title_glued_to_lam_near_misses(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


# Rule 3: a title with the article glued to و in a list of posts and their
# holders ("…، ومستشار الأمن X Y، والناطقة باسم الحكومة Z W، …") gives the
# name after it its post, for "وقالت W" later. Before, the list's next item
# after an unnamed source's head (مستشار) was never read as a mention, and
# mention_role skipped a title glued to و.
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "وأدرجت الوزارة على قائمتها الجديدة السفير، ومستشار الأمن الوطني عادل الشامي، "
            "والناطقة باسم الحكومة سلمى الرميثي، وآخرين.\n"
            "وقالت الرميثي: “لا يخطط أي منا لزيارة ذلك البلد قريبا”.",
            "لا يخطط أي منا لزيارة ذلك البلد قريبا",
            # (the full name since dev25r: the list's next item is read as
            # a person of its own, no apposition of the one before)
            "سلمى الرميثي",
            "الناطقة باسم الحكومة",
        ),
        (
            "ومنعت السلطات من السفر النائب العام، ومستشار الأمن القومي سامي الجلاصي، "
            "والمدير العام للجمارك حسن بن علي، وعددا من القضاة.\n"
            "وقال بن علي: “لم يبلغني أحد بهذا القرار حتى الآن”.",
            "لم يبلغني أحد بهذا القرار حتى الآن",
            "حسن بن علي",
            "المدير العام للجمارك",
        ),
        (
            "وتضمنت القائمة قائد الشرطة، ومستشار الأمن القومي فادي السالمي، "
            "والمديرة التنفيذية للصندوق هدى الفاسي، ورجال أعمال.\n"
            "وقالت الفاسي: “لم يبلغنا أحد بهذا القرار حتى اليوم”.",
            "لم يبلغنا أحد بهذا القرار حتى اليوم",
            "هدى الفاسي",
            "المديرة التنفيذية للصندوق",
        ),
    ],
)
def test_title_glued_to_wa_in_a_list(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)


# Near misses: a title glued to و with no article (role_joined_before_name)
# and two persons joined by و after a verb keep their posts.
@pytest.mark.parametrize(
    "text, words, speaker, role",
    [
        (
            "وأدرجت الوزارة على قائمتها الجديدة السفير، ومستشار الأمن الوطني عادل الشامي، "
            "ومدير المخابرات يوسف الدباغ، وآخرين.\n"
            "وقال الدباغ: “هذه العقوبات لا تعني لنا شيئا”.",
            "هذه العقوبات لا تعني لنا شيئا",
            "يوسف الدباغ",  # (the full name since dev25r)
            "مدير المخابرات",
        ),
        (
            "وحضر الحفل وزير الخارجية كمال سعيد ووزيرة الثقافة ليلى حداد.\n"
            "وقالت حداد: “الثقافة جسر بين الشعوب في كل زمان”.",
            "الثقافة جسر بين الشعوب في كل زمان",
            "ليلى حداد",
            "وزيرة الثقافة",
        ),
    ],
)
def test_title_glued_to_wa_near_misses(text, words, speaker, role):
    q = _quote(text, words)
    assert (q.speaker, q.role) == (speaker, role)
