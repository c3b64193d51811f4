"""Who said it (dev8e, 2026-12-04).

A title, its comma, then the verb's object with no name between: "نفى
المتحدث باسم الجيش، سيطرة المسلحين على المعبر" (a sloppy comma between
the subject and the object).  A bare verbal noun that no name is (سيطرة,
هيمنة: control, dominance, what is denied or confirmed) set off after the
title's comma is no name in apposition: the title alone is the subject,
and "وقال المتحدث «…»" after it is he (before, the noun and its genitive
were read as his name, or, once the noun was known for none, the whole
phrase was dropped).  A name set off in the same place ("المتحدث باسم
الجيش، نبيل سمير،") is still his.

"All" after a masculine verb of calling or urging: "كما دعا كافة
المستشفيات إلى «…»", "ودعا جميع الأطباء إلى «…»" (كافة, جميع): the ones
called, the verb's object; its subject is elided and the speaker before
goes on (before, "كافة المستشفيات" was read for the one who called).  Not
after the feminine verb ("ودعت كافة النقابات إلى «…»": "all the unions"
agree with it, its subject), nor a subject that is no "all", nor after a
verb of demanding or warning, whose subject "all" may be ("وطالب جميع
النواب الحكومة بـ«…»", "وحذر جميع المتحدثين من «…»": theirs).

A title, its comma, then a name with no comma closing it before the
verb's object: "وانتقدت النائبة عن حزب العمال، فاطمة السالمي تأخر
الموازنة عن موعدها، معتبرة ذلك: «…»".  A known given name, a family name
with the article, then a bare noun in construct with a definite genitive
(تأخر الموازنة): the name ends before the object and is the title's holder (before,
the title alone spoke).  A link of the lineage is still the name's
("محمد الأمين ولد الشيخ قرار الحكومة": ولد is no object), and a post
after the name is no object ("محمد الخطيب مدير المكتب بالقرار": the
title alone speaks, as before).

The feminine participle of commenting, "معلقة", right before a colon or,
after a comma, the words in marks ("…، معتبرة ذلك: «…»، معلقة: «…»، ليبدأ
النقاش بين أعضاء اللجنة المالية") is a cue as "معلقا" is: the woman
quoted before goes on (before, it was no cue, and the members named after
the words were taken for their speaker).  Elsewhere it is "hanging"
("لافتة معلقة «…»", "صورة معلقة خلفه"): no cue.

A foreign name whose first letters are those of ف and the article
("فاليريو", "فالنتين") right after a post ("قال مدرب المنتخب الوطني
فالنتين روسو إن «…»") is the post's holder, not a new clause "then the
…": no soft break before it when the word before ends the post (a title,
or a nisba with the article), its letters after ف are no word of the
lexicon's, and a bare word then a preposition, أنّ, a colon or a comma
close the name (before, the title alone spoke).  "فالمتحدث العسكري قال"
(ف and a title) still opens its clause.

A person named first by one name (a headline, "مدرب الفهود بيرتولي:
«…»") and later by a fuller one with a fuller post ("وأكد مدرب نادي
الاتحاد لكرة السلة لوكا بيرتولي أن …"): one person, known by the fuller
name, and now by the fuller post too (the same head word, "مدرب", told
with more words), as when the fuller name comes first; before, the
headline's short post stayed his.  A shorter post in the lead ("وأكد
المدرب لوكا بيرتولي") leaves the headline's fuller one, and another head ("الرئيس
X" then "رئيس النادي Y X", test_phenomena_role2) is left to the
head-of-state rule.

A participle of saying in a sentence opened by a verb of appearing
(ظهر, تبين, اتضح, بدا): "ويظهر في الشريط المصور أن النائب كريم العلوي
يلوح بيده قائلا «…»".  What appears is the that-clause, no person; the
named subject of its present verb says the words (before, the source
quoted before went on).  Not after a verb of saying ("وذكر المسؤول أن
النائب … يلوح بيده قائلا «…»": the official's account, as before).

Every sentence here is invented.  The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

import pytest

from tests.extraction.helpers import quotes_of, said, same_name


def test_verbal_noun_after_the_titles_comma_is_the_object():
    q = said(
        "نفت المتحدثة باسم وزارة الدفاع، سيطرة قوات المعارضة على المعبر الشمالي.\n"
        "وقالت المتحدثة «الاشتباكات مستمرة، وقوات المعارضة بعيدة عن المعبر».",
        "الاشتباكات مستمرة",
    )
    assert same_name(q.speaker, "المتحدثة باسم وزارة الدفاع"), q.speaker
    assert q.role == "المتحدثة باسم وزارة الدفاع", q.role


def test_name_after_the_titles_comma_is_still_his():
    q = said(
        "نفى المتحدث باسم وزارة الدفاع، نبيل سمير، سيطرة قوات المعارضة على المعبر.\n"
        "وقال المتحدث «الاشتباكات مستمرة، وقوات المعارضة بعيدة عن المعبر».",
        "الاشتباكات مستمرة",
    )
    assert same_name(q.speaker, "نبيل سمير"), q.speaker
    assert q.role == "المتحدث باسم وزارة الدفاع", q.role


_MINISTER = 'قال وزير الصحة سامر الخطيب إن "الوضع تحت السيطرة في كل المستشفيات". '


@pytest.mark.parametrize(
    "called, start",
    [
        (
            'كما دعا كافة المستشفيات إلى "رفع درجة الاستعداد وتأجيل العمليات غير العاجلة".',
            "رفع درجة",
        ),
        ('ودعا جميع الأطباء إلى "الالتحاق بمراكز عملهم فورا وتأجيل الإجازات".', "الالتحاق بمراكز"),
    ],
)
def test_all_after_a_masculine_verb_of_calling_is_the_object(called, start):
    q = said(_MINISTER + called, start)
    assert same_name(q.speaker, "سامر الخطيب"), q.speaker
    assert q.role == "وزير الصحة", q.role


def test_all_after_a_feminine_verb_of_calling_is_its_subject():
    q = said(_MINISTER + 'ودعت كافة النقابات إلى "رفع درجة الاستعداد وتأجيل الإجازات".', "رفع درجة")
    assert same_name(q.speaker, "كافة النقابات"), q.speaker


def test_a_verb_of_calling_at_the_very_end_has_no_phrase_to_read():
    # the "all" test of classify read the phrase's first token, past the end
    # of an empty phrase (the fuzz test found "دعا" as the text's last word)
    assert said('قال الوزير "الوضع مستقر في كل المناطق". ودعا', "الوضع مستقر").speaker == "الوزير"


def test_name_after_the_titles_comma_ends_before_the_object():
    q = said(
        "وانتقدت النائبة عن حزب العمال، فاطمة السالمي تأخر الموازنة عن موعدها، "
        "معتبرة ذلك: «تقصيرا واضحا من الحكومة».",
        "تقصيرا واضحا",
    )
    # (exactly: same_name would also take the name run on into the object)
    assert q.speaker == "فاطمة السالمي", q.speaker
    assert q.role == "النائبة عن حزب العمال", q.role


@pytest.mark.parametrize("name", ["محمد الأمين ولد الشيخ", "محمد العربي بن الحاج"])
def test_a_link_of_the_lineage_is_no_object(name):
    # exactly: same_name would take the name cut at the link ("محمد العربي");
    # "ولد" is passed over for its و, "بن" only as a link of the lineage
    q = said(f"وانتقد رئيس الحزب، {name} قرار الحكومة، معتبرا إياه «خطوة إلى الوراء».", "خطوة إلى")
    assert (q.speaker, q.role) == (name, "رئيس الحزب"), q


def test_a_post_after_the_name_is_no_object():
    q = said(
        "وأشاد المسؤول، محمد الخطيب مدير المكتب بالقرار، قائلا: «خطوة في الاتجاه الصحيح».",
        "خطوة في",
    )
    assert q.speaker == "المسؤول", q.speaker


def test_feminine_participle_of_commenting_before_the_words():
    q = said(
        "وانتقدت النائبة عن حزب العمال، فاطمة السالمي تأخر الموازنة عن موعدها، "
        "معتبرة ذلك: «تقصيرا واضحا من الحكومة»، معلقة: «المواطن يدفع ثمن هذا "
        "التأخير»، ليبدأ النقاش بين أعضاء اللجنة المالية.",
        "المواطن يدفع",
    )
    assert same_name(q.speaker, "فاطمة السالمي"), q.speaker


def test_hanging_is_no_cue():
    found = quotes_of(
        'قالت الوزيرة سلمى الخطيب إن "الاجتماع كان مثمرا". ورفع المحتجون لافتة '
        'معلقة "لا للفساد" أمام البرلمان.'
    )
    assert [q.text for q in found] == ["الاجتماع كان مثمرا"]


@pytest.mark.parametrize(
    "others, start, speaker",
    [
        (
            'وطالب جميع النواب الحكومة بـ"الكشف عن كل الحقائق أمام الرأي العام".',
            "الكشف عن",
            "جميع النواب",
        ),
        (
            'وحذر جميع المتحدثين من "خطورة المرحلة المقبلة على البلاد".',
            "خطورة المرحلة",
            "جميع المتحدثين",
        ),
    ],
)
def test_all_after_a_verb_of_demanding_or_warning_may_be_its_subject(others, start, speaker):
    q = said(_MINISTER + others, start)
    assert same_name(q.speaker, speaker), q.speaker


def test_foreign_name_in_fa_al_after_a_post():
    q = said(
        'قال مدرب المنتخب الوطني فالنتين روسو إن "المواجهة ستكون صعبة للغاية غدا".', "المواجهة"
    )
    assert same_name(q.speaker, "فالنتين روسو"), q.speaker
    assert q.role == "مدرب المنتخب الوطني", q.role


def test_fa_and_a_title_after_a_nisba_still_opens_a_clause():
    q = said(
        'قال المسؤول العسكري سامر الخطيب إن "الهدنة صامدة حتى الآن". وتبقى الأوضاع '
        'الميدانية غامضة في الشمال الشرقي فالمتحدث العسكري قال إن "الجيش جاهز لكل الاحتمالات".',
        "الجيش جاهز",
    )
    assert "فالمتحدث" not in (q.speaker or ""), q.speaker


_HEADLINED = (
    "{post} بيرتولي: لن نغير خطتنا أمام الضيوف\n"
    "وأكد {lead} لوكا بيرتولي في ندوة صحفية أن الفريق جاهز.\n"
    'وأضاف بيرتولي: "نريد النقاط الثلاث لنبقى في صدارة الترتيب".'
)


def test_the_leads_fuller_post_replaces_the_headlines():
    text = _HEADLINED.format(post="مدرب الفهود", lead="مدرب نادي الاتحاد لكرة السلة")
    for start in ("لن نغير", "نريد النقاط"):
        q = said(text, start)
        assert same_name(q.speaker, "لوكا بيرتولي"), q.speaker
        assert q.role == "مدرب نادي الاتحاد لكرة السلة", q.role


def test_a_shorter_post_in_the_lead_leaves_the_headlines():
    text = _HEADLINED.format(post="مدرب نادي الاتحاد لكرة السلة", lead="المدرب")
    q = said(text, "نريد النقاط")
    assert q.role == "مدرب نادي الاتحاد لكرة السلة", q.role


_FOOTAGE = 'نقلت وكالة محلية عن مسؤول أن "الشريط قديم ولا قيمة له". '


def test_the_subject_of_what_appears_says_the_words():
    q = said(
        _FOOTAGE
        + 'ويظهر في الشريط المصور أن النائب كريم العلوي يلوح بيده قائلا "لن نسكت بعد اليوم".',
        "لن نسكت",
    )
    assert q.speaker == "كريم العلوي", q.speaker
    assert q.role == "النائب", q.role


def test_after_a_verb_of_saying_the_participle_stays_the_tellers():
    q = said(
        _FOOTAGE + 'وذكر المسؤول أن النائب كريم العلوي يلوح بيده قائلا "لن نسكت بعد اليوم".',
        "لن نسكت",
    )
    assert same_name(q.speaker, "مسؤول"), q.speaker
