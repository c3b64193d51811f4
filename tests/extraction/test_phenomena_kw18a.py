"""Constructions from the Known weaknesses list (kw18a, fourth session of 2026-12-05).

1. A verb, its subject, then its definite object, a comma and a
   participle of saying that takes up the subject ('ونفى المحافظ
   المزاعم، مضيفا أن «…»', 'وهاجم النواب الوزير، مؤكدين', 'ونفى أعضاء
   المجلس البلدي الخبر، مؤكدين'). The object was read into the subject's
   phrase: a bare title and the object as a titled man's name ('المحافظ
   المزاعم'), a plural of persons and a title as one person ('النواب
   الوزير', then no speaker for the plural participle). Now (a) the
   reports, rumours and claims a verb denies or confirms ('الخبر',
   'الأنباء', 'المزاعم' …) are common definite objects
   (words._DEFINITE_OBJECTS), which a bare title takes as it took
   'الاتفاق'; (b) after persons in the plural (a group's plural, a title's
   broken plural, or a plural head in construct, 'أعضاء X'), a definite
   singular title or a common definite object right after a definite word
   opens the verb's object: a definite word governs no genitive, and an
   adjective of persons in the plural is no singular title nor such a
   noun. Not an adjective ('النواب المستقلون', 'المسؤولون الأمريكيون'),
   nor a definite genitive after an indefinite word ('أعضاء مجلس إدارة
   الشركة').
2. The people greeted or called on, in construct right after a bare
   definite title ('وشكر المحافظ أهالي القرية', 'وحيا المدرب جماهير
   النادي', 'وخاطب الملك أبناء الشعب'; gen15's xfail): read as the title
   holder's name, since a bare word after a bare title may be one. The
   words of phrases._GREETED_PEOPLE (شعب جماهير أهالي أبناء), no words of
   a name, end the phrase there as they did after a name or a title's
   genitive. Not inside a body's name ('رئيس جمعية أهالي الحي'), nor
   another bare word after the title ('المحافظ سامي …', a name).
3. A document after a fronted في (or opening its sentence), a verb of
   publishing with its pronoun, a day or not, then a body, and after the
   comma a verb with فيه and no subject ('وفي بيان أصدرته وزارة X، قالت
   فيه «…»', 'بيان أصدرته أمس هيئة X، وقالت فيه'): no speaker when the
   verb was feminine, since the mention registered was the document
   (masculine 'بيان'), which the feminine verb does not agree with. The
   body that published it is now the mention, as a body in construct with
   the document was ('تقرير لجنة المالية'), read by classify's rule for a
   published document (kw17a). Not a person who published it ('تقرير نشره
   الكاتب X': the document, as before), nor a leaked document ('وثيقة
   سربها موقع X، جاء فيها': the document).
4. A verb of saying, a post or a bare title, then a given name glued to
   لـ and the words said right after it ('وقال وزير الداخلية لسامي X:
   «…»', 'وقالت الوزيرة لمحمد X إن'): the name was read as the post
   holder's ('لسامي X'); it is whom the words were for, as in a label
   heading its line (kw17b), and the post speaks. Not a name opening in ل
   whose rest is no given name ('لطفي X'), nor one of words._LAM_FIRST_NAMES
   ('لحسن X').
5. A broken plural of persons by their standing, with no article, in
   construct with a definite genitive ('قادة الفصائل', 'مشايخ الطائفة',
   'زعماء الأحزاب'; words._SINGULAR_OF) was read as one man's name, so a
   plural participle after it ('ونفى قادة الفصائل الخبر، مؤكدين') found
   no one who agrees. It is a group in the plural now, and a plural head in
   construct before the verb's object (1b). Not the singular ('شيخ
   القبيلة', a person), nor the heads that were anonymous sources already
   ('أعضاء', 'خبراء').
6. The outlet that relayed the words named in marks after them, a comma
   and a relay's word ('، وفق «رويترز»', '، نقلا عن "فرانس برس"', '،
   نقلا عن «وكالة الأنباء الرسمية»'): ``via`` stayed empty, since a mark
   there ended the search (kw17c read the name without marks only). The
   name in marks, a wire's name or an outlet's head first, now fills it,
   without its marks. Not other words in marks there ('، وفق «خطة
   الطريق»').
"""

from __future__ import annotations

from tests.extraction.helpers import one, same_name

B = "الميزانية الجديدة ستصدر قبل نهاية الشهر الحالي دون أي تأخير"


def _said(lead: str) -> tuple[str | None, str | None]:
    q = one(f"{lead} «{B}».", "الميزانية الجديدة")
    return q.speaker, q.role


def test_bare_title_then_a_report_denied() -> None:
    for lead, who in (
        ("ونفى المحافظ المزاعم، مضيفا أن", "المحافظ"),
        ("ونفى الوزير الخبر، مؤكدا أن", "الوزير"),
        ("وكذب السفير الأنباء، مشيرا إلى أن", "السفير"),
    ):
        speaker, role = _said(lead)
        assert speaker == who, lead
        assert role == who, lead


def test_plural_subject_then_its_object_and_a_plural_participle() -> None:
    for lead, who in (
        ("وهاجم النواب الوزير، مؤكدين أن", "النواب"),
        ("وانتقد المتظاهرون الحكومة، مؤكدين أن", "المتظاهرون"),
        ("ودان المعلمون الهجوم، معتبرين أن", "المعلمون"),
        ("ورفض الوزراء القرار، مؤكدين أن", "الوزراء"),
        ("وانتقد المسؤولون الأمريكيون الحكومة، مؤكدين أن", "المسؤولون الأمريكيون"),
    ):
        speaker, _ = _said(lead)
        assert speaker == who, lead


def test_plural_head_in_construct_then_the_object() -> None:
    for lead, who in (
        ("ونفى أعضاء المجلس البلدي الخبر، مؤكدين أن", "أعضاء المجلس البلدي"),
        ("ورفض أعضاء النقابة القرار، مؤكدين أن", "أعضاء النقابة"),
        ("وانتقد أعضاء اللجنة المالية الوزيرة، معتبرين أن", "أعضاء اللجنة المالية"),
    ):
        speaker, role = _said(lead)
        assert speaker == who, lead
        assert role == who, lead


def test_near_miss_adjectives_and_genitives_stay() -> None:
    for lead, who in (
        ("وقال النواب المستقلون إن", "النواب المستقلون"),
        ("وقال أعضاء المجلس الوطني إن", "أعضاء المجلس الوطني"),
        ("وقال المسؤولون الأمريكيون إن", "المسؤولون الأمريكيون"),
    ):
        speaker, _ = _said(lead)
        assert speaker == who, lead
    # (a definite genitive after an indefinite word is the body's name)
    speaker, _ = _said("ونفى أعضاء مجلس إدارة الشركة الخبر، مؤكدين أن")
    assert same_name(speaker, "أعضاء مجلس إدارة الشركة")
    assert "الخبر" not in (speaker or "")


G = "سنبقى إلى جانبكم حتى تعود الحياة إلى طبيعتها في كل البلدات"


def test_people_greeted_right_after_a_bare_title() -> None:
    for text, who in (
        (f"وشكرت الوزيرة أهالي البلدة على صبرهم، وقالت: «{G}».", "الوزيرة"),
        (f'وحيّا القائد جماهير المدينة، وقال: "{G}".', "القائد"),
        (f"وخاطب الرئيس أبناء الجالية في المهجر قائلا: «{G}».", "الرئيس"),
        (f"وهنأ الأمير شعب المملكة بالعيد، وقال: «{G}».", "الأمير"),
    ):
        assert one(text, "سنبقى إلى جانبكم").speaker == who, text


def test_near_miss_a_name_or_a_body_after_the_title() -> None:
    q = one(f"وقال رئيس جمعية أبناء الجنوب إن «{G}».", "سنبقى إلى جانبكم")
    assert q.speaker == "رئيس جمعية أبناء الجنوب"
    q = one(f"وشكر المحافظ سامي الوردي أهالي البلدة، وقال: «{G}».", "سنبقى إلى جانبكم")
    assert same_name(q.speaker, "سامي الوردي")


H = "المحصول هذا العام سيكون أوفر من الموسم الماضي بفضل الأمطار"


def test_body_that_issued_a_document_speaks_in_it() -> None:
    for lead, who in (
        ("وفي بيان أصدرته وزارة الري، قالت فيه إن", "وزارة الري"),
        ("وفي بيان نشرته أمس هيئة الانتخابات، أكدت فيه أن", "هيئة الانتخابات"),
        ("وفي تقرير أصدرته منظمة الأغذية العالمية، قالت فيه إن", "منظمة الأغذية العالمية"),
        ("بيان أصدرته اليوم نقابة الفلاحين، وقالت فيه إن", "نقابة الفلاحين"),
        ("وفي بيان أصدره حزب الأمل، قال فيه إن", "حزب الأمل"),
    ):
        assert one(f"{lead} «{H}».", "المحصول هذا العام").speaker == who, lead


def test_near_miss_a_writer_or_a_leaked_document() -> None:
    q = one(f"وفي تقرير نشره الكاتب جميل العطار، قال فيه إن «{H}».", "المحصول هذا العام")
    assert q.speaker == "تقرير"
    q = one(f"وفي وثيقة سربها موقع الحقيقة، جاء فيها أن «{H}».", "المحصول هذا العام")
    assert q.speaker == "وثيقة"


T = "سنحقق في كل الشكاوى التي وصلت إلى مكاتبنا هذا الشهر"


def test_given_name_glued_to_lam_after_a_verb_of_saying_is_the_one_told() -> None:
    for lead, who in (
        ("وقال وزير الداخلية لسامي العطار:", "وزير الداخلية"),
        ("وقالت وزيرة الصحة لمحمد الحسيني إن", "وزيرة الصحة"),
        ("وقال الرئيس لخالد السامرائي:", "الرئيس"),
        ("وأوضح مدير الشرطة لأحمد أن", "مدير الشرطة"),
    ):
        q = one(f"{lead} «{T}».", "سنحقق في كل")
        assert (q.speaker, q.role) == (who, who), lead


def test_near_miss_names_opening_in_lam() -> None:
    for lead, who in (
        ("وقال وزير الداخلية لطفي الزين:", "لطفي الزين"),
        ("وأكد وزير الداخلية لحسن الزين أن", "لحسن الزين"),
    ):
        q = one(f"{lead} «{T}».", "سنحقق في كل")
        assert (q.speaker, q.role) == (who, "وزير الداخلية"), lead


F = "الاتفاق الجديد لا يلبي مطالب الأهالي في الحصول على الماء"


def test_broken_plural_in_construct_is_a_group() -> None:
    for lead, who in (
        ("ونفى قادة الفصائل الخبر، مؤكدين أن", "قادة الفصائل"),
        ("ودان زعماء الأحزاب الهجوم، معتبرين أن", "زعماء الأحزاب"),
        ("وأعلن شيوخ القبائل رفضهم للاتفاق، مؤكدين أن", "شيوخ القبائل"),
        ("نفى وجهاء البلدة، في بيان صدر أمس، ما تردد عن موافقتهم، مؤكدين أن", "وجهاء البلدة"),
    ):
        assert one(f"{lead} «{F}».", "الاتفاق الجديد").speaker == who, lead


def test_near_miss_a_singular_or_an_anonymous_plural() -> None:
    q = one(f"وقال شيخ القبيلة إن «{F}».", "الاتفاق الجديد")
    assert q.speaker == "شيخ القبيلة"
    q = one(f"وقال مشايخ الطائفة إن «{F}».", "الاتفاق الجديد")
    assert q.speaker == "مشايخ الطائفة"
    q = one(f"وقال خبراء المياه إن «{F}».", "الاتفاق الجديد")
    assert q.speaker == "خبراء المياه"


V = "المصانع الجديدة ستفتح أبوابها أمام العمال مطلع الربيع القادم"


def test_relay_after_the_words_to_an_outlet_named_in_marks() -> None:
    for after, outlet in (
        ("وفق «رويترز»", "رويترز"),
        ('نقلا عن "فرانس برس"', "فرانس برس"),
        ("نقلا عن «وكالة الأنباء الرسمية»", "وكالة الأنباء الرسمية"),
        ("بحسب «صحيفة الفجر»", "صحيفة الفجر"),
    ):
        q = one(f"وقالت وزيرة الصناعة ليلى الشامي إن «{V}»، {after}.", "المصانع الجديدة")
        assert same_name(q.speaker, "ليلى الشامي"), after
        assert q.via == outlet, after


def test_near_miss_other_words_in_marks_after_the_relay_word() -> None:
    q = one(f"وقالت وزيرة الصناعة ليلى الشامي إن «{V}»، وفق «خطة الطريق».", "المصانع الجديدة")
    assert q.via is None
