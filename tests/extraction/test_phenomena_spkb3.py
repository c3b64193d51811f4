"""Phenomena of speakers by reference found on real news (development sets
kept outside the repository, third round): quotes whose cue has no subject
of its own, or whose subject names a person the text introduced before in
other words (a follow-up verb, a pronoun, a bare title, a possessive).

Every article here is written for the test, in invented sentences; each test
fails without the rule it names.
"""

from tests.extraction.helpers import one


def test_a_bare_title_under_another_name_of_the_office():
    # "وقال المدرب" after "X، المدير الفني للوداد،"; "الملك المغربي" after
    # "العاهل المغربي الملك X": one office with several names (the coach:
    # مدرب، المدير الفني، الناخب الوطني; the king: الملك، العاهل) is the
    # person introduced with another of them
    text = (
        "أكد ماركو فيرتي، المدير الفني للوداد، أنه باق مع الفريق.\n"
        "وتعادل الوداد مع الرجاء في الجولة الثالثة من البطولة.\n"
        'وقال المدرب بعد المباراة: "لن أرحل عن النادي، أرفض هذا الأمر تماما".\n'
    )
    q = one(text, "لن أرحل")
    assert q.speaker == "ماركو فيرتي", q
    assert q.role == "المدير الفني للوداد", q
    text = (
        "أكد مدرب الوداد ماركو فيرتي أنه باق مع الفريق.\n"
        "وتعادل الوداد مع الرجاء في الجولة الثالثة من البطولة.\n"
        'وقال المدير الفني بعد المباراة: "لن أرحل عن النادي، أرفض هذا الأمر تماما".\n'
    )
    assert one(text, "لن أرحل").speaker == "ماركو فيرتي"
    text = (
        'قال العاهل المغربي الملك محمد السادس في مقابلة مع مجلة فرنسية إن "الاستقرار '
        'هو الأساس في هذه اللحظة".\n'
        'وأوضح أنه "من المستحيل التنبؤ بتطور الوضع في المنطقة".\n'
        'الملك المغربي أكد أن "الشيء الوحيد المؤكد هو أن الأزمة تزيد من الأعباء".\n'
    )
    q = one(text, "الشيء الوحيد")
    assert q.speaker == "محمد السادس", q
    assert q.role == "العاهل المغربي", q  # (the rank before the name: rolef)
    # not the assistant coach, another member of the staff, nor a king of
    # another country
    text = (
        "أكد ماركو فيرتي، المدير الفني للوداد، أنه باق مع الفريق.\n"
        "وتعادل الوداد مع الرجاء في الجولة الثالثة من البطولة.\n"
        'وقال المدرب المساعد بعد المباراة: "لن نرحل عن النادي، نرفض هذا الأمر تماما".\n'
    )
    assert one(text, "لن نرحل").speaker != "ماركو فيرتي"
    text = (
        'قال العاهل المغربي الملك محمد السادس في مقابلة مع مجلة فرنسية إن "الاستقرار '
        'هو الأساس في هذه اللحظة".\n'
        'الملك الأردني أكد أن "الشيء الوحيد المؤكد هو أن الأزمة تزيد من الأعباء".\n'
    )
    assert one(text, "الشيء الوحيد").speaker != "محمد السادس"


def test_a_post_with_a_possessive_genitive_is_its_holder_named_before():
    # "على لسان وزير خارجيتها" after "وزير الخارجية البلجيكي X": the post
    # whose genitive carries the possessive suffix of the body or country
    # (خارجيتها، حكومته، بلادهم) is the person named with it before, not
    # an anonymous source
    text = (
        "قال وزير الخارجية البلجيكي ديدييه رايندرز إن الاعتداء على السفارة مدان.\n\n"
        "ونشرت الصفحة الرسمية للخارجية البلجيكية تصريحات على لسان وزير خارجيتها: "
        '"تلقيت ببالغ الأسى نبأ الاعتداء على السفارة هذا المساء".\n\n'
        'وتابع: "تدين بلجيكا هذا الاعتداء، ولا شيء يبرر العنف".\n'
    )
    for fragment in ("تلقيت ببالغ", "تدين بلجيكا"):
        q = one(text, fragment)
        assert q.speaker == "ديدييه رايندرز", q
        assert q.role == "وزير الخارجية البلجيكي", q
    # another post of the same head is someone else
    text = (
        "قال وزير الخارجية البلجيكي ديدييه رايندرز إن الاعتداء على السفارة مدان.\n\n"
        "ونشرت الصفحة الرسمية للحكومة البلجيكية تصريحات على لسان وزير داخليتها: "
        '"تلقيت ببالغ الأسى نبأ الاعتداء على السفارة هذا المساء".\n'
    )
    assert one(text, "تلقيت ببالغ").speaker != "ديدييه رايندرز"


def test_a_follow_up_verb_after_the_occasion_sentence_is_the_talk_owner():
    # "جاء ذلك في مداخلة للوزير X في جلسة …. وأضاف «…»": the sentence that
    # tells the occasion of the words before ("جاء ذلك في كلمة/مداخلة/
    # تصريحات صحفية لـX") names who goes on, not the committee or body its
    # end mentions
    text = (
        "أكد وزير المالية الأردني سامي الخطيب أنه لا يوجد عجز في موازنة العام المقبل، "
        "متوقعا تحسن الإيرادات قريبا.\n\n"
        "جاء ذلك في مداخلة للوزير الخطيب في جلسة مجلس النواب اليوم الثلاثاء أثناء مناقشة "
        "المجلس لتقرير لجنة الموازنة النيابية بشأن مشروع قانون الموازنة العامة.\n\n"
        "وأضاف «أود أن أؤكد أن الموازنة لا تعاني أي عجز هذا العام كما هو معروف».\n"
    )
    q = one(text, "أود أن أؤكد")
    assert q.speaker == "سامي الخطيب", q
    assert q.role == "وزير المالية الأردني", q
    # an interview given to a newspaper: the outlet is no speaker
    text = (
        "قال وزير المالية الأردني سامي الخطيب إن الموازنة متوازنة.\n\n"
        "جاء ذلك في مقابلة لصحيفة الأيام نشرتها اليوم بشأن مشروع قانون الموازنة.\n\n"
        "وأضاف «أود أن أؤكد أن الموازنة لا تعاني أي عجز هذا العام كما هو معروف».\n"
    )
    assert one(text, "أود أن أؤكد").speaker == "سامي الخطيب"


def test_a_time_adverb_after_a_follow_up_verb_is_no_subject():
    # "وواصل حينذاك فقط، «…»", "وتابع عندئذ: «…»": the demonstrative
    # adverbs of time (حينذاك، عندئذ، حينئذ، وقتذاك، ساعتها، عندها، لاحقا،
    # مجددا، فقط) after a verb of saying leave it without a subject of its
    # own; the speaker goes on
    text = (
        "وأضاف الوزير سليم العياري في كلمة ألقاها خلال افتتاح الملتقى، أن تونس "
        '"ملتزمة بالوقوف إلى جانب الشعوب المستعمرة في كفاحها".\n\n'
        'وواصل حينذاك فقط، "يمكن للقارة أن تطوي بصفة نهائية آخر صفحة من تاريخ الاستعمار".\n\n'
        'وتابع عندئذ: "لن نتخلى عن هذا الموقف أبدا مهما كانت الضغوط".\n'
    )
    for fragment in ("يمكن للقارة", "لن نتخلى"):
        assert one(text, fragment).speaker == "سليم العياري"
    # a subject after the adverb is still read
    text = (
        "وأضاف الوزير سليم العياري في كلمة ألقاها خلال افتتاح الملتقى، أن تونس "
        '"ملتزمة بالوقوف إلى جانب الشعوب المستعمرة في كفاحها".\n\n'
        'وقال لاحقا السفير كمال الحداد: "لن نتخلى عن هذا الموقف أبدا مهما كانت الضغوط".\n'
    )
    assert one(text, "لن نتخلى").speaker == "كمال الحداد"


def test_a_title_in_construct_is_the_person_the_text_gave_it_to_later_named():
    # "بحضور رئيس إقليم دارفور، عمر الطاهر" (no verb of saying: the post is
    # read when he speaks, "وأضاف الطاهر"), then "وتابع رئيس إقليم دارفور،
    # أن «…»": the post in construct is that person, though he was first
    # registered without it
    text = (
        "انطلق مهرجان كبير لدعم الاتفاق في مدينة الفاشر، بحضور رئيس إقليم دارفور، "
        "عمر الطاهر.\n\n"
        "وأضاف الطاهر: “لا شك أن أهالي الفاشر سيقولون نعم للاتفاق”.\n\n"
        "وتابع رئيس إقليم دارفور، أن “الدستور ينص على أن الالتزام به هو الضامن للوحدة”.\n"
    )
    q = one(text, "الدستور ينص")
    # (the full name since the place's name after إقليم is read as such)
    assert q.speaker in ("الطاهر", "عمر الطاهر"), q
    assert q.role == "رئيس إقليم دارفور", q
    # another post of the same head is no one named
    text = text.replace("وتابع رئيس إقليم دارفور،", "وتابع رئيس بلدية الفاشر،")
    assert one(text, "الدستور ينص").speaker != "الطاهر"


def test_a_verbal_noun_of_attendance_after_a_bare_title_is_no_name():
    # "أقامها وزير الخارجية بحضور لفيف من الصحفيين", "برئاسة", "بمشاركة":
    # بـ and a verbal noun of attendance or sponsorship ends the phrase; it
    # is no person named with the title, whom "وقال وزير الخارجية" would
    # then take over the minister named before
    text = (
        "أكد وزير الخارجية الدكتور سامي الخطيب أن الأردن سيواصل جهوده لوقف الحرب.\n\n"
        "جاء ذلك خلال الحوار الذي أعقب مأدبة العشاء التي أقامها وزير الخارجية بحضور "
        "لفيف من كبار الصحفيين والإعلاميين مساء اليوم.\n\n"
        'وقال وزير الخارجية "إننا لم نيأس ولن نتوقف عن العمل من أجل السلام".\n'
    )
    q = one(text, "إننا لم نيأس")
    assert q.speaker == "سامي الخطيب", q
    # a name that opens with ب is still one
    text = 'وقال وزير الخارجية بسام الحداد "إننا لم نيأس ولن نتوقف عن العمل من أجل السلام".\n'
    assert one(text, "إننا لم نيأس").speaker == "بسام الحداد"


def test_a_place_head_in_a_title_takes_the_place_name_not_the_person_s():
    # "بحضور رئيس إقليم كوردستان، مسعود البارزاني" (also ولاية، محافظة،
    # بلدية، مدينة، منطقة …): after the place head the word is the place's
    # name, the title's genitive; the name after the comma is the person's,
    # who is then known when "وألقى مسعود البارزاني كلمة، قال فيها:" and
    # "وتابع رئيس إقليم كوردستان، أن" take him up
    text = (
        "انطلق مهرجان كبير لدعم الاتفاق في مدينة الفاشر، بحضور رئيس إقليم دارفور، "
        "عمر الطاهر.\n\n"
        "وألقى عمر الطاهر كلمةً خلال المهرجان، قال فيها: “لا فخر أكبر من وجود هذه "
        "الجماهير الغفيرة”.\n\n"
        "وتابع رئيس إقليم دارفور، أن “الدستور ينص على أن الالتزام به هو الضامن للوحدة”.\n"
    )
    for fragment in ("لا فخر", "الدستور ينص"):
        q = one(text, fragment)
        assert q.speaker == "عمر الطاهر", q
        assert q.role == "رئيس إقليم دارفور", q
    # a title whose genitive is a body, then a name, as before
    text = (
        "انطلق مهرجان كبير في مدينة الفاشر، بحضور رئيس حكومة الإقليم، عمر الطاهر.\n\n"
        "وألقى عمر الطاهر كلمةً خلال المهرجان، قال فيها: “لا فخر أكبر من وجود هذه "
        "الجماهير الغفيرة”.\n"
    )
    assert one(text, "لا فخر").speaker == "عمر الطاهر"


def test_an_adjective_of_time_after_an_office_s_other_name():
    # "وأضاف الناخب الوطني الجديد" after "المدير الفني للمنتخب المغربي X":
    # the office under another name, with "new" (الجديد، السابق، الحالي),
    # is still the person introduced with it
    text = (
        "خلال الندوة الصحفية التي عقدها المدير الفني للمنتخب المغربي وحيد هاليلوزيتش، "
        "تحدث عن مجموعة من الأمور.\n"
        "وأضاف الناخب الوطني الجديد، خلال الندوة التي عقدها قبل قليل، أنه يتابع جميع "
        "اللاعبين.\n"
        "وأردف قائلا: “لقد تابعت بعض المباريات للمنتخب الوطني الأول تحت إشراف المدرب "
        "السابق”.\n"
    )
    q = one(text, "لقد تابعت")
    assert q.speaker == "وحيد هاليلوزيتش", q
    assert q.role == "المدير الفني للمنتخب المغربي", q
    # the new assistant coach is another member of the staff
    text = text.replace("الناخب الوطني الجديد", "المدرب المساعد الجديد")
    assert one(text, "لقد تابعت").speaker != "وحيد هاليلوزيتش"


def test_a_post_said_without_the_article_is_the_person_introduced_with_it():
    # "أمين عام الأمم المتحدة" after "الأمين العام للأمم المتحدة X", "مدرب
    # الأهلي" after "X، المدرب العام بالنادي الأهلي،": the post in construct
    # (no article on its head, its body without لـ/بـ) is the same post
    text = (
        "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن المجلس يحتاج إلى إصلاحات.\n\n"
        'وأضاف أمين عام الأمم المتحدة في تصريحات للصحفيين: "لا يمكن أن نقبل باستمرار '
        'هذه الحرب".\n'
    )
    q = one(text, "لا يمكن أن نقبل")
    assert q.speaker == "أنطونيو غوتيريش", q
    assert q.role == "الأمين العام للأمم المتحدة", q
    text = (
        "أبدى محمد فوزي، المدرب العام بالنادي الأهلي، سعادته بالفوز على الوداد.\n\n"
        'وقال محمد فوزي عقب المباراة: "الحمد لله على الفوز، كان بإمكاننا مضاعفة النتيجة".\n\n'
        'وأضاف مدرب الأهلي: "لدينا أجواء غريبة يمر بها الفريق هذه الأيام".\n'
    )
    assert one(text, "لدينا أجواء").speaker == "محمد فوزي"
    # the same head with another body is another post
    text = text.replace("وأضاف مدرب الأهلي", "وأضاف مدرب الزمالك")
    assert one(text, "لدينا أجواء").speaker != "محمد فوزي"
    text = (
        "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن المجلس يحتاج إلى إصلاحات.\n\n"
        'وأضاف أمين عام الجامعة العربية في تصريحات للصحفيين: "لا يمكن أن نقبل باستمرار '
        'هذه الحرب".\n'
    )
    assert one(text, "لا يمكن أن نقبل").speaker != "أنطونيو غوتيريش"


def test_a_post_with_the_possessive_suffix_of_a_body_is_its_holder():
    # "وقال أمينه العام" after "الأمين العام لحزب الوفاق X", "وأضاف
    # رئيسها" after "رئيس الجمعية التونسية للقضاة X": the post whose head
    # carries the suffix of the body named just before is the person who
    # holds it there (the suffix agrees with the body: ه a masculine one,
    # ها a feminine one or a plural)
    text = (
        "قال الأمين العام لحزب الوفاق سليم العياري إن الحزب سيشارك في الانتخابات.\n"
        "وعقد الحزب اجتماعا لمكتبه السياسي أمس في العاصمة. وقال أمينه العام في ختام "
        'الاجتماع: "لن نقاطع أي استحقاق انتخابي مهما كانت الظروف".\n'
    )
    q = one(text, "لن نقاطع")
    assert q.speaker == "سليم العياري", q
    assert q.role == "الأمين العام لحزب الوفاق", q
    text = (
        "وكان رئيس الجمعية التونسية للقضاة رياض الشابي قد انتقد القانون. وأضاف رئيسها "
        'في تصريح صحفي: "لن نقبل بأي تدخل في عمل القضاة".\n'
    )
    assert one(text, "لن نقبل").speaker == "رياض الشابي"
    # a masculine suffix is no feminine body's head
    text = text.replace("وأضاف رئيسها", "وأضاف رئيسه العام")
    assert one(text, "لن نقبل").speaker != "رياض الشابي"


def test_the_same_title_with_no_quote_before_is_the_last_named_subject():
    # "وكشف X، الأمين العام السابق للحزب، أن …. وأضاف القيادي ذاته: «…»":
    # "the same leader" (a title the text gave no one), with no quote
    # before, is the named subject of the last verb of saying nearby
    text = (
        "وكشف عبد الإله بنكيران، الأمين العام السابق لحزب العدالة والتنمية، أن "
        "تصريحاته تزعج إخوانه في الحزب.\n\n"
        "وأضاف القيادي ذاته: “كنت تكلمت ووقعت ضجة كبيرة في الحزب”.\n"
    )
    q = one(text, "كنت تكلمت")
    assert q.speaker == "عبد الإله بنكيران", q
    assert q.role == "الأمين العام السابق لحزب العدالة والتنمية", q
    # not a man for "the same" woman
    text = text.replace("وأضاف القيادي ذاته", "وأضافت القيادية ذاتها")
    assert one(text, "كنت تكلمت").speaker != "عبد الإله بنكيران"
