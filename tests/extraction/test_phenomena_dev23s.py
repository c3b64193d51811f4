"""Speakers of real news text (third session of 2026-12-06, dev23s).

Constructions that gave a quote a wrong speaker in the development
excerpts; every sentence here is invented.

1. A verb of saying that renews or repeats, its subject elided (named
   before), then a definite verbal noun of telling and its preposition
   ("وجدد الإشارة إلى أن", "وجدد الحديث عما وصفه", "وجددت الدعوة إلى"):
   the verbal noun was read as the verb's subject, a speaker named
   "الإشارة" or "الحديث", for this quote and the ones after. It is the
   verb's object now, as "لفت الانتباه إلى" was, and the one named
   before speaks. Not such a noun that heads a body or a text ("وقالت
   الدعوة السلفية", "يقول الحديث الشريف"), which no preposition follows,
   nor the noun after the verb's own subject ("وجدد الوزير X الإشارة").
2. A person named with a post and a word that says he has died ("ضريح
   الرئيس الراحل X", "قبر الزعيم الشهيد X", "روح الأمين العام المرحوم
   X", "تأبين رئيس البلدية الفقيد X"), a mention in the narrator's
   clause, then an honorific pronoun ("وهنأ سيادته …، قائلا", "وشكر
   فخامته …، مؤكدا"): the late person, the last one mentioned, was whom
   the pronoun stood for. Such a mention is no antecedent now, and the
   living subject named before speaks. Not the late person quoted with a
   verb of saying ("وقال الرئيس الراحل X في خطاب عام 1990:"), whose
   words and the verbs after them stay his. The role of a bare post said
   later ("وأضاف الرئيس") is left to the roles' rules.
3. Words in marks inside a clause a verb of saying governs, then "as Y
   claimed it" ("«…» مثلما ادعته بعض القنوات", "«…»، كما زعمته النقابة",
   "مثلما نشرته بعض المواقع"): كما, مثلما or حسبما and a verb of saying
   or claiming with the object pronoun of the words, then its subject.
   The governing verb's subject was given the words; the one after the
   verb said them now. Not with no subject after the verb ("كما ذكرته
   في خطابها أمس": the speaker goes on), nor "كما سبق ذكره", nor "كما
   قال في المؤتمر" (no pronoun of the words).
4. A headline: a title, a name, then a present verb and its object in
   marks ("البابا X يختار «…» موضوعا", "الوزير X Y يختار «…» شعارا",
   "الشيخ X Y يحتاج «…»"): the verb was read as the name's last word
   (a mark after it, no word, or one name word after the title a titled
   phrase is read from, and the hollow shapes يفتال, ينفال were no
   verb's), so "وقال البابا X" later found "X يختار". The verb ends the
   name now. Not a given name in ي ("الأمير يزيد «…»", "الوزير X يوسف إن",
   "المدرب X ياسين «…»"), nor a given name alone before such a verb
   ("المطران X يختار", a family name of a verb's shape being possible:
   left as it was).
"""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text)]


# ---------------------------------------------------------------- rule 1


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'أكد وزير الخارجية محمد سالم أن بلاده "لن تتخلى عن حقوقها".\n'
            'وجدد الإشارة إلى أن المفاوضات "تعثرت بسبب أطراف خارجية"، '
            'مؤكدا أن الحكومة "ستبقى صامدة".',
            "تعثرت بسبب أطراف خارجية",
            "محمد سالم",
        ),
        (
            'قال المدرب خالد يوسف إن الفريق "قدم مباراة كبيرة".\n'
            'وجدد الحديث عما وصفه بـ"الأخطاء التحكيمية"، قائلا: '
            '"تعرضنا لظلم واضح في المباريات الأخيرة".',
            "تعرضنا لظلم واضح في المباريات الأخيرة",
            "خالد يوسف",
        ),
        (
            'قالت الوزيرة سعاد كامل إن الخطة "ستنفذ هذا العام".\n'
            'وجددت الدعوة إلى "الحوار بين كل الأطراف دون شروط مسبقة".',
            "الحوار بين كل الأطراف دون شروط مسبقة",
            "سعاد كامل",
        ),
        (
            'قال رئيس الوزراء خالد منصور إن الحكومة "ماضية في الإصلاح".\n'
            'وكرر الحديث عن الفساد، قائلا: "لن نسمح لأحد بنهب المال العام".',
            "لن نسمح لأحد بنهب المال العام",
            "خالد منصور",
        ),
        (
            "صرح النائب عمر الهادي بأن اللجنة «ستجتمع غدا».\n"
            "وجدد التحذير من «انهيار الخدمات في المستشفيات العمومية».",
            "انهيار الخدمات في المستشفيات العمومية",
            "عمر الهادي",
        ),
    ],
    ids=["pointing-out", "talk-about", "call-to", "repeat-talk", "warning-of"],
)
def test_told_masdar_after_the_verb_is_its_object(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'وقالت الدعوة السلفية في بيان إن "المشاركة في الانتخابات واجب وطني".',
            "المشاركة في الانتخابات واجب وطني",
            "الدعوة السلفية",
        ),
        (
            'ويقول الحديث الشريف: "الدين النصيحة لله ولرسوله ولأئمة المسلمين".',
            "الدين النصيحة لله ولرسوله ولأئمة المسلمين",
            "الحديث الشريف",
        ),
        (
            'وجدد الوزير سامي عادل الإشارة إلى أن الخطة "لن تتأخر أكثر من ذلك".',
            "لن تتأخر أكثر من ذلك",
            "سامي عادل",
        ),
    ],
    ids=["body-named-dawa", "text-that-speaks", "subject-before-the-noun"],
)
def test_told_masdar_heading_a_body_or_after_a_subject_stays(text, words, speaker):
    assert (words, speaker) in _speakers(text)


# ---------------------------------------------------------------- rule 2


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "زار رئيس الحكومة خالد منصور، صباح اليوم، ضريح الرئيس الراحل سامي عادل، "
            "بمناسبة ذكرى الاستقلال.\n"
            "وهنأ سيادته المواطنين بحلول العيد الوطني، قائلا: "
            '"أتمنى لكم عاما مليئا بالخير والسلام".',
            "أتمنى لكم عاما مليئا بالخير والسلام",
            "خالد منصور",
        ),
        (
            "وضع رئيس الدولة خالد منصور، اليوم الأحد، إكليلا من الزهور على قبر الزعيم "
            "الشهيد سامي عادل، وذلك في ذكرى رحيله.\n"
            'ودعا سيادته المواطنين إلى الوحدة، قائلا: "لا خيار أمامنا سوى العمل معا".',
            "لا خيار أمامنا سوى العمل معا",
            "خالد منصور",
        ),
        (
            "ترحم الرئيس خالد منصور، خلال زيارته مسقط رأسه، على روح الأمين العام "
            "المرحوم سامي عادل.\n"
            "وشكر فخامته سكان المدينة على حسن الاستقبال، مؤكدا أن "
            '"المسيرة مستمرة رغم كل العراقيل".',
            "المسيرة مستمرة رغم كل العراقيل",
            "خالد منصور",
        ),
        (
            "شارك الوزير عمر الهادي، أمس، في تأبين رئيس البلدية الفقيد سامي عادل، "
            "بحضور عائلته.\n"
            'وعزى معاليه أسرة الفقيد، قائلا إن البلدية "فقدت رجلا من الطراز الرفيع".',
            "فقدت رجلا من الطراز الرفيع",
            "عمر الهادي",
        ),
    ],
    ids=["late-president", "martyr-leader", "late-secretary", "late-mayor"],
)
def test_late_person_mentioned_is_no_antecedent(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "وقال الرئيس الراحل سامي عادل في خطاب ألقاه عام 1990: "
            '"لن نتنازل عن شبر واحد من أرضنا".\n'
            'وأضاف "الاستقلال لا يكتمل إلا بالعدالة الاجتماعية".',
            "الاستقلال لا يكتمل إلا بالعدالة الاجتماعية",
            "سامي عادل",
        ),
        (
            "وقال الرئيس الراحل سامي عادل في خطاب ألقاه عام 1990: "
            '"لن نتنازل عن شبر واحد من أرضنا".',
            "لن نتنازل عن شبر واحد من أرضنا",
            "سامي عادل",
        ),
        (
            "التقى رئيس البرلمان خالد منصور بنجل الرئيس الراحل سامي عادل، اليوم.\n"
            'وقال منصور إن اللقاء "كان وديا ومثمرا".',
            "كان وديا ومثمرا",
            "خالد منصور",
        ),
    ],
    ids=["late-quoted-goes-on", "late-quoted", "named-again"],
)
def test_late_person_quoted_still_speaks(text, words, speaker):
    assert (words, speaker) in _speakers(text)


# ---------------------------------------------------------------- rule 3


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            "أكد المتحدث باسم وزارة الداخلية عمر الهادي أن الأخبار عن "
            '"انهيار أمني وشيك في العاصمة" مثلما ادعته بعض القنوات الخاصة لا أساس لها.',
            "انهيار أمني وشيك في العاصمة",
            "بعض القنوات الخاصة",
        ),
        (
            'نفى مدير الشركة سامي عادل أن تكون المؤسسة على "حافة الإفلاس التام"، '
            "كما زعمته النقابة في بيانها.",
            "حافة الإفلاس التام",
            "النقابة",
        ),
        (
            'قال رئيس البلدية خالد منصور إن المشروع لن يكون "كارثة بيئية كبرى" '
            "مثلما نشرته بعض المواقع الإلكترونية، بل فرصة للتنمية.",
            "كارثة بيئية كبرى",
            "بعض المواقع الإلكترونية",
        ),
    ],
    ids=["as-channels-claimed", "as-union-claimed", "as-sites-published"],
)
def test_as_claimed_by_after_the_words_speaks(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'وقالت الوزيرة ليلى حسن إن "الإصلاح لن يتوقف أبدا"، كما ذكرته في خطابها أمس.',
            "الإصلاح لن يتوقف أبدا",
            "ليلى حسن",
        ),
        (
            'وأكد الوزير سامي عادل أن الحكومة "لن تتراجع عن قراراتها"، كما سبق ذكره.',
            "لن تتراجع عن قراراتها",
            "سامي عادل",
        ),
        (
            'وأكد الوزير سامي عادل أن الحكومة "لن تتراجع عن قراراتها" كما قال في المؤتمر.',
            "لن تتراجع عن قراراتها",
            "سامي عادل",
        ),
    ],
    ids=["no-subject-after", "as-said-before", "no-pronoun"],
)
def test_as_said_without_another_subject_stays(text, words, speaker):
    assert (words, speaker) in _speakers(text)


# ---------------------------------------------------------------- rule 4


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        (
            'البابا شنودة يختار "المحبة" موضوعا لعظته الأسبوعية\n'
            'وقال البابا شنودة في العظة "المحبة هي أساس كل شيء".',
            "المحبة هي أساس كل شيء",
            "شنودة",
        ),
        (
            'الوزير سامي عادل يختار "الشفافية" شعارا لوزارته\n'
            'وقال الوزير سامي عادل إن "الشفافية أساس الثقة".',
            "الشفافية أساس الثقة",
            "سامي عادل",
        ),
        (
            'الشيخ سالم العلي يحتاج "معجزة" للفوز بالانتخابات\n'
            'وقال الشيخ سالم العلي إن الحملة "لم تنته بعد".',
            "لم تنته بعد",
            "سالم العلي",
        ),
    ],
    ids=["one-name-chooses", "two-names-chooses", "needs"],
)
def test_headline_verb_before_marks_ends_the_name(text, words, speaker):
    assert (words, speaker) in _speakers(text)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ('وقال الأمير يزيد "لن نقبل بأي تدخل في شؤوننا".', "لن نقبل بأي تدخل في شؤوننا", "يزيد"),
        ('قال الوزير سامي يوسف إن "الميزانية جاهزة".', "الميزانية جاهزة", "سامي يوسف"),
        (
            'وقال المدرب أحمد ياسين "الفريق قدم مباراة كبيرة".',
            "الفريق قدم مباراة كبيرة",
            "أحمد ياسين",
        ),
    ],
    ids=["given-name-yazid", "family-name-yusuf", "family-name-yasin"],
)
def test_names_in_ya_before_marks_stay(text, words, speaker):
    assert (words, speaker) in _speakers(text)
