"""Fresh-author held-out set F5: eight articles in Maghrebi outlet styles
(Tunisian, Algerian, Libyan), written as a journalist would and annotated by
hand, with the gold below committed before the engine was run on any of them
(format of ../shared/gold; offsets computed by ``articles.gold_with_offsets``).
All persons quoted are invented; the cable references are plausible but made
up.

- Al-Maghreb economy story (Tunis): an undated dateline (``تونس – المغرب``),
  the central bank's board meeting dated ``يوم الأربعاء 26 نوفمبر 2025`` and
  its statement (``وجاء في البيان أن المجلس «…»``, ``ما وصفه البيان بـ«…»``),
  an economist (``في تصريح لـ«المغرب» أن البنك المركزي «…»``, ``مضيفا:``,
  ``وتابع``, ``ويختم … بالقول:``), the finance minister at a plenary dated
  ``يوم الخميس 27 نوفمبر``, an MP of the bloc ``«الأحرار»`` (``ما سماه
  «…»``), the UGTT's undated statement (``داعيا إلى «…»``), ``«…»`` marks.
- Assarih society story (Kairouan): the headline ``والمهنيون: "…"``, an
  undated dateline with ``اليوم الثلاثاء``, the bakers' chamber president
  (``في تصريح لـ"الصريح"``), ``وأضاف``, ``ويقول``, citizens in Tunisian
  dialect with ``السيدة`` and ``عم`` as honorifics (``قائلة:``), a regional
  director (``أن مصالحه "…"``, ``مرجعا الاضطراب إلى "…"``), a ministry's
  ``بلاغ`` dated ``يوم 2 ديسمبر 2025`` (``أعلنت … عن "…"``), ``"…"`` marks.
- Mosaique FM radio report (Nabeul): a dated timestamp line (``السبت 18
  أكتوبر 2025``) fixing ``اليوم`` and ``صباح اليوم``; ``العقيد`` as an
  honorific; the civil protection director ``في تصريح لموزاييك اليوم``,
  ``مؤكدا أنه "…"``, ``وأضاف الفرجاني``; the weather institute's bulletin
  (``داعيا إلى "…"``); an anonymous resident in dialect; a mayor
  (``مقرا بأن "…"``); the education directorate's ``بلاغ`` (``جاء فيه:``).
- ARP committee hearing report (Tunis): a hearing dated ``يوم الاثنين 10
  نوفمبر 2025``, ``“…”`` marks, the committee chair, the health minister
  (``وأوضح الوزير أن عدد الأدوية المفقودة “…”``), a programme in marks
  (``“الدواء الجنيس أولا”``), a public company's CEO (``وهو ما “…”``), an
  MP's question, an MP (``دعت … إلى “…”``), the minister's promise
  (``تعهد … بتقديم “…”``) and an unmarked quote after ``قائلا:``.
- El Khabar housing story (Algeria): an undated dateline, the programme
  ``"عدل 3"`` (also in the headline) and the agency ``"عدل"`` in marks, the
  minister on a visit dated ``يوم الأحد 16 نوفمبر 2025`` (``وأضاف الوزير``,
  ``قال بوعلام`` later in the same visit), an agency director's earlier
  statement (``في وقت سابق``), subscribers (``ويقول``, ``وتضيف``), the
  one-word label ``"الغموض"``, a coordination's ``بيان`` (``بـ"…"``,
  ``محذرة من "…"``, ``وجاء في البيان:``), the outlet ``"الخبر"`` in marks.
- Ennahar education story (Algeria): a dated timestamp line (``الأربعاء 19
  نوفمبر 2025``) fixing ``اليوم الأربعاء``; the headline ``وزير التربية:
  "…"`` repeated later in the minister's quote; a senator's question in the
  same session; a project name (``مشروع "المحفظة الخفيفة"``); a union leader
  (``في تصريح لـ"النهار أونلاين"``, ``وتابع``); a parents' federation
  (``داعيا الوزارة إلى "…"``, ``وقال``).
- Al-Wasat (Libya): an undated dateline (``طرابلس - بوابة الوسط``) with
  ``السبت`` and ``الخميس الماضي`` unresolved; ``المهندس`` and ``الدكتور`` as
  honorifics; ``«طرح الأحمال»`` as a term in marks; a quote relayed by a news
  agency from an anonymous source (``نقلت وكالة الأنباء الليبية (وال) عن
  مصدر … قوله إن «…»، وإن «…»``); a minister (``طالب … بـ«…»``,
  ``مؤكدا، وفق ما نشره المكتب الإعلامي للوزارة، أن «…»``); an anonymous
  shopkeeper (``يقول … إن «…». ويتابع:``); a placard's slogan; an expert.
- Nawaat cables (Tunisia/Algeria): 08TUNIS1127 dated ``15 أكتوبر 2008`` and
  09ALGIERS602 of ``جوان 2009`` without a day; ``«سري»`` as a label, an
  organisation and the outlet in marks, the first cable's subject line
  (``وعنوانها: «تونس: …»``), two ambassadors, an anonymous Tunisian official
  and an anonymous Algerian officer relayed by the cables (``وأضاف المسؤول،
  بحسب البرقية:``, ``وتابع الضابط:``), reactions today (no date), an
  unmarked quote after ``قائلا:``.

Conventions as in articles_blind2-9: a relative date (``أمس``, ``اليوم``,
``السبت``, ``الخميس الماضي``) gets no date without a dated dateline; with one
(Mosaique FM, Ennahar) ``اليوم`` and ``صباح اليوم`` are resolved; a date
given for an event (a meeting, a plenary, a hearing, a visit, a statement)
dates its quotes and the follow-ups of the same account, including a
question asked in the same session and a later quote from the same visit,
but not an earlier statement (``في وقت سابق``) or one with no date; a
cable's quotes, and the follow-ups of the same account, take the cable's
date (month precision when the article gives no day); reactions to the leaks
get no date; a predicate in marks after ``أن X`` belongs to the outer
speaker (``أن البنك المركزي «…»``, ``أن مصالحه "…"``, ``أن عدد الأدوية
المفقودة “…”``, ``أن ما ورد في البرقيات «…»``), and so does one after ``وهو
ما`` or ``ما دامت X`` in the same account; nominal objects after ``إلى``/
``بـ``/``من``/``عن`` (``وصفه … بـ«…»``, ``داعيا إلى «…»``, ``محذرة من
"…"``, ``أعلنت … عن "…"``, ``تعهد … بتقديم “…”``), ``ما سماه «…»``, a
placard's slogan, two-word fragments, headlines of the form ``X: …`` and a
cable's subject line are optional; an unmarked quote after ``قائلا:`` is
scored without its final full stop, and a multi-sentence answer is one
quote; a question asked by an MP or a senator is scored; names of parties,
blocs, agencies, programmes, projects, organisations, outlets and one-word
labels in marks (``"الغموض"``, ``«سري»``) are not quotations; a role is the
title chunk or the apposition, whichever is fuller, without honorifics
(``الدكتور``, ``المهندس``, ``العقيد``, ``السيدة``, ``عم``), which are not
part of the name; an anonymous speaker is named by its description
(``إحدى المتساكنات``, ``مصدر في المؤسسة الوطنية للنفط``)."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# Al-Maghreb
_BCT_BOARD = "مجلس إدارة البنك المركزي التونسي"
_HAMROUNI = "منير الحمروني"
_HAMROUNI_ROLE = "الخبير الاقتصادي والأستاذ بالجامعة التونسية"
_BENAMMAR = "سهام بن عمار"
_BENAMMAR_ROLE = "وزيرة المالية"
_ZOGHLAMI = "هشام الزغلامي"
_ZOGHLAMI_ROLE = "النائب عن كتلة الأحرار"
_UGTT = "الاتحاد العام التونسي للشغل"
# Assarih
_BENSALEM = "الطاهر بن سالم"
_BENSALEM_ROLE = "رئيس الغرفة الجهوية لأصحاب المخابز بالقيروان"
_FATMA = "فاطمة"
_FATMA_ROLE = "موظفة في الخمسينات"
_HEDI = "الهادي"
_HEDI_ROLE = "متقاعد"
_AKREMI = "منير العكرمي"
_AKREMI_ROLE = "المدير الجهوي للتجارة بالقيروان"
_TN_TRADE = "وزارة التجارة وتنمية الصادرات"
# Mosaique FM
_FERJANI = "محمد علي الفرجاني"
_FERJANI_ROLE = "المدير الجهوي للحماية المدنية بنابل"
_INM = "المعهد الوطني للرصد الجوي"
_RESIDENT = "إحدى المتساكنات"
_KASMI = "نبيل القاسمي"
_KASMI_ROLE = "رئيس النيابة الخصوصية لبلدية دار شعبان الفهري"
_NABEUL_EDU = "المندوبية الجهوية للتربية بنابل"
# ARP committee
_MAHJOUBI = "سنية المحجوبي"
_MAHJOUBI_ROLE = "رئيسة اللجنة"
_GALLAL = "الطاهر القلال"
_GALLAL_ROLE = "وزير الصحة"
_BENYOUSSEF = "كمال بن يوسف"
_BENYOUSSEF_ROLE = "الرئيس المدير العام للصيدلية المركزية"
_GHARSALLI = "عبد الستار الغرسلي"
_GHARSALLI_ROLE = "النائب عن دائرة القصرين الشمالية"
_DRIDI = "ريم الدريدي"
_DRIDI_ROLE = "النائبة"
# El Khabar
_BOUALLAM = "رشيد بوعلام"
_BOUALLAM_ROLE = "وزير السكن والعمران والمدينة"
_SAHLI = "كمال ساحلي"
_SAHLI_ROLE = "المدير العام لوكالة عدل"
_MAMINE = "محمد الأمين"
_MAMINE_ROLE = "أستاذ في التعليم المتوسط من بوفاريك"
_SAMIRA = "سميرة"
_SAMIRA_ROLE = "موظفة في قطاع الصحة"
_AADL_COORD = "التنسيقية الوطنية لمكتتبي عدل 3"
# Ennahar
_BELAID = "عبد الحكيم بلعيد"
_BELAID_ROLE = "وزير التربية الوطنية"
_BOUZID = "فاتح بوزيد"
_BOUZID_ROLE = "عضو مجلس الأمة عن ولاية سطيف"
_BENCHEIKH = "رضوان بن شيخ"
_BENCHEIKH_ROLE = "الأمين العام للنقابة الوطنية المستقلة لأساتذة التعليم الثانوي والتقني"
_HAMMADOUCHE = "الطيب حمادوش"
_HAMMADOUCHE_ROLE = "رئيس الفدرالية الوطنية لجمعيات أولياء التلاميذ"
# Al-Wasat
_MECHIRGUI = "عبد السلام المشيرقي"
_MECHIRGUI_ROLE = "مدير إدارة التحكم بالشركة العامة للكهرباء"
_NOC_SOURCE = "مصدر في المؤسسة الوطنية للنفط"
_WARFALLI = "مفتاح سالم الورفلي"
_WARFALLI_ROLE = "وزير الكهرباء والطاقات المتجددة"
_SHOPKEEPER = "صاحب محل لبيع المواد الغذائية"
_ZAWIYA_PROTESTERS = "عشرات المواطنين"
_ABUSHNAF = "هشام أبوشناف"
_ABUSHNAF_ROLE = "الخبير في شؤون الطاقة"
# Nawaat cables
_US_TUNIS = "السفارة الأمريكية في تونس"
_MACLEAN = "ستيفن ماكلين"
_MACLEAN_ROLE = "السفير الأمريكي"
_TN_OFFICIAL = "مسؤول رفيع في وزارة الداخلية التونسية"
_DZ_OFFICER = "ضابط سام في الجيش الجزائري"
_STANTON = "مارك ستانتون"
_STANTON_ROLE = "السفير الأمريكي في الجزائر"
_ZOUARI = "فيصل الزواري"
_ZOUARI_ROLE = "الباحث في الشؤون الأمنية والعسكرية"
_BOUCHAREB = "عبد القادر بوشارب"
_BOUCHAREB_ROLE = "الدبلوماسي الجزائري السابق"

GOLD = {
    # --- F5: fresh-author held-out set, eight Maghrebi outlets --------------------
    "f5_almaghreb_bct_rate": [
        # nominal object after بـ
        q(
            "استمرار المخاطر المحيطة بآفاق التضخم",
            _BCT_BOARD,
            date="2025-11-26",
            optional=True,
        ),
        q(
            "تابع باهتمام تطور المؤشرات الاقتصادية، ولاحظ أن نسق التضخم، رغم تراجعه الطفيف، "
            "يبقى في مستويات مرتفعة تستدعي اليقظة",
            _BCT_BOARD,
            date="2025-11-26",
        ),
        # predicate after أن البنك المركزي: the economist's
        q(
            "اختار الحذر على حساب النمو",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            aliases=("الحمروني",),
        ),
        q(
            "المؤسسات الصغرى والمتوسطة تختنق اليوم تحت كلفة القروض، ولا يمكن أن ننتظر "
            "استثمارا في ظل نسبة فائدة بهذا المستوى",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            aliases=("الحمروني",),
        ),
        q(
            "نحن أمام حلقة مفرغة: الدولة تقترض من السوق الداخلية، والبنوك تفضل إقراض الدولة "
            "على تمويل الاقتصاد، والبنك المركزي يبقي الفائدة مرتفعة ليكبح استهلاكا هو أصلا في "
            "تراجع",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            aliases=("الحمروني",),
        ),
        q(
            "لن تلجأ إلى الاقتراض الخارجي إلا في حدود ما تسمح به التوازنات",
            _BENAMMAR,
            _BENAMMAR_ROLE,
            "2025-11-27",
            aliases=("بن عمار",),
        ),
        q(
            "التعويل على الذات ليس شعارا بل خيار تفرضه السيادة الوطنية",
            _BENAMMAR,
            _BENAMMAR_ROLE,
            "2025-11-27",
            aliases=("بن عمار",),
        ),
        # ما سماه «…»: a label-like nominal
        q(
            "تضخم الأداءات على الأجراء",
            _ZOGHLAMI,
            _ZOGHLAMI_ROLE,
            "2025-11-27",
            aliases=("الزغلامي",),
            optional=True,
        ),
        q(
            "الأجير هو من يدفع فاتورة هذا القانون، في حين تبقى القطاعات الريعية خارج دائرة "
            "الجباية، ولا أحد في الحكومة يجرؤ على الاقتراب منها",
            _ZOGHLAMI,
            _ZOGHLAMI_ROLE,
            "2025-11-27",
            aliases=("الزغلامي",),
        ),
        # undated statement; predicate after أن مشروع القانون
        q(
            "يكرس نفس الخيارات التي أثبتت فشلها طيلة العشرية الماضية",
            _UGTT,
        ),
        q(
            "مراجعة جذرية لجدول الضريبة على الدخل",
            _UGTT,
            optional=True,
        ),
        q(
            "الاستقرار النقدي ضروري، لكنه لا يصنع وحده النمو، ولا بد من سياسة مالية تشجع "
            "الاستثمار بدل أن تخنقه",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            aliases=("الحمروني",),
        ),
    ],
    "f5_assarih_kairouan_bread": [
        # headline "والمهنيون: ..." repeating the chamber president's words
        q(
            "الفارينة ما تكفيش",
            _BENSALEM,
            _BENSALEM_ROLE,
            aliases=("بن سالم",),
            optional=True,
        ),
        q(
            "الكميات المخصصة للمخابز المصنفة تقلصت بنحو الثلث منذ بداية الشهر، والفارينة ما "
            "تكفيش باش نخدمو نهار كامل",
            _BENSALEM,
            _BENSALEM_ROLE,
            aliases=("بن سالم",),
        ),
        q(
            "أغلب المخابز تغلق أبوابها على الساعة العاشرة صباحا لأنها ببساطة لم تعد تملك ما "
            "تعجنه، والمواطن يحمّلنا المسؤولية وهي ليست مسؤوليتنا",
            _BENSALEM,
            _BENSALEM_ROLE,
            aliases=("بن سالم",),
        ),
        q(
            "كل يوم نفس الحكاية، نوقف ساعة في الصف وفي الآخر يقولولي وفى الخبز",
            _FATMA,
            _FATMA_ROLE,
        ),
        q(
            "زمان كان الخبز أرخص حاجة في البلاد، اليوم ولّى يتطلب أكتاف",
            _HEDI,
            _HEDI_ROLE,
            aliases=("عم الهادي",),
        ),
        # predicate after أن مصالحه: the director's
        q(
            "لم تسجل أي نقص في الكميات الموزعة من ديوان الحبوب",
            _AKREMI,
            _AKREMI_ROLE,
            aliases=("العكرمي",),
        ),
        q(
            "تحويل وجهة الفارينة المدعمة نحو مسالك غير قانونية",
            _AKREMI,
            _AKREMI_ROLE,
            aliases=("العكرمي",),
            optional=True,
        ),
        q(
            "لن نتسامح مع كل من يتلاعب بقوت التونسيين، والمخالفات ستحال على القضاء دون استثناء",
            _AKREMI,
            _AKREMI_ROLE,
            aliases=("العكرمي",),
        ),
        # nominal object after عن (a programme)
        q(
            "برنامج وطني لمراقبة مسالك توزيع المواد المدعمة",
            _TN_TRADE,
            date="2025-12-02",
            optional=True,
        ),
        q(
            "التزويد سيعود إلى نسقه العادي في أجل لا يتجاوز أسبوعين",
            _TN_TRADE,
            date="2025-12-02",
        ),
        q(
            "الأسعار المعتمدة للخبز المدعم لم تتغير منذ سنوات، وكلفة الإنتاج تضاعفت، فكيف نطلب "
            "من صاحب مخبزة أن يواصل العمل بالخسارة؟",
            _BENSALEM,
            _BENSALEM_ROLE,
            aliases=("بن سالم",),
        ),
    ],
    "f5_mosaique_nabeul_floods": [
        q(
            "تدخلت في أكثر من 40 عملية لشفط المياه وإجلاء عائلات حاصرتها السيول",
            _FERJANI,
            _FERJANI_ROLE,
            "2025-10-18",
            aliases=("الفرجاني",),
        ),
        q(
            "لم يتم تسجيل أي خسائر بشرية إلى حد الآن",
            _FERJANI,
            _FERJANI_ROLE,
            "2025-10-18",
            aliases=("الفرجاني",),
        ),
        q(
            "نطلب من المواطنين عدم المجازفة بعبور الأودية والطرقات المغمورة، والابتعاد عن "
            "مجاري المياه إلى حين تحسن الأحوال الجوية",
            _FERJANI,
            _FERJANI_ROLE,
            "2025-10-18",
            aliases=("الفرجاني",),
        ),
        q(
            "بلغت 112 مليمترا في مدينة نابل و87 مليمترا في قرمبالية خلال 24 ساعة",
            _INM,
            date="2025-10-18",
        ),
        q(
            "توخي الحذر نظرا لتواصل التقلبات الجوية إلى غاية يوم الأحد",
            _INM,
            date="2025-10-18",
            optional=True,
        ),
        q(
            "الماء دخل للديار من الساعة ثلاثة متاع الليل، ما رقدناش، وكل عام نفس المشكل وما "
            "ثماش شكون يسمعنا",
            _RESIDENT,
        ),
        q(
            "سخرت كل معداتها لفتح المجاري",
            _KASMI,
            _KASMI_ROLE,
            aliases=("القاسمي",),
        ),
        q(
            "شبكة تصريف مياه الأمطار في المدينة قديمة ولم تعد تستوعب مثل هذه الكميات",
            _KASMI,
            _KASMI_ROLE,
            aliases=("القاسمي",),
        ),
        q(
            "راسلنا الديوان الوطني للتطهير منذ 2023 بخصوص مشروع تهيئة القناة الرئيسية، ولم "
            "نتلق أي رد إلى اليوم",
            _KASMI,
            _KASMI_ROLE,
            aliases=("القاسمي",),
        ),
        q(
            "حرصا على سلامة التلاميذ والإطار التربوي، تقرر تعليق الدروس بصفة استثنائية في "
            "انتظار تقييم وضعية المؤسسات المتضررة",
            _NABEUL_EDU,
        ),
    ],
    "f5_arp_health_committee": [
        q(
            "الانقطاعات المتكررة في بعض الأدوية، وخاصة أدوية الأمراض المزمنة وأدوية السرطان، "
            "أصبحت مصدر قلق حقيقي للمواطنين وللنواب على حد السواء",
            _MAHJOUBI,
            _MAHJOUBI_ROLE,
            "2025-11-10",
            aliases=("المحجوبي",),
        ),
        # predicate after أن عدد الأدوية المفقودة: the minister's
        q(
            "تراجع من 310 أصناف في بداية السنة إلى 187 صنفا حاليا",
            _GALLAL,
            _GALLAL_ROLE,
            "2025-11-10",
            aliases=("القلال",),
        ),
        q(
            "جزءا كبيرا من النقص يعود إلى اضطرابات في السوق العالمية وليس إلى سوء التصرف كما "
            "يروج البعض",
            _GALLAL,
            _GALLAL_ROLE,
            "2025-11-10",
            aliases=("القلال",),
        ),
        q(
            "نحن لا ننكر وجود صعوبات، لكننا نرفض تهويل الوضع، والدولة ستواصل تحمل كلفة الأدوية "
            "الحياتية مهما كان الثمن",
            _GALLAL,
            _GALLAL_ROLE,
            "2025-11-10",
            aliases=("القلال",),
        ),
        q(
            "تجاوزت 1200 مليون دينار",
            _BENYOUSSEF,
            _BENYOUSSEF_ROLE,
            "2025-11-10",
            aliases=("بن يوسف",),
        ),
        # وهو ما “…”: same account
        q(
            "يعيق خلاص المزودين الأجانب في الآجال التعاقدية",
            _BENYOUSSEF,
            _BENYOUSSEF_ROLE,
            "2025-11-10",
            aliases=("بن يوسف",),
        ),
        q(
            "بعض المخابر العالمية أصبحت تشترط الدفع المسبق للتعامل معنا، وهذا لم يكن يحدث قبل "
            "خمس سنوات",
            _BENYOUSSEF,
            _BENYOUSSEF_ROLE,
            "2025-11-10",
            aliases=("بن يوسف",),
        ),
        # an MP's question
        q(
            "كيف يعقل أن يقطع مريض بالسرطان 300 كيلومتر ليعود خاوي الوفاض لأن الدواء غير متوفر "
            "في الصيدلية الاستشفائية؟",
            _GHARSALLI,
            _GHARSALLI_ROLE,
            "2025-11-10",
            aliases=("الغرسلي",),
        ),
        q(
            "إحداث وحدة تصنيع عمومية للأدوية الأساسية",
            _DRIDI,
            _DRIDI_ROLE,
            "2025-11-10",
            aliases=("الدريدي",),
            optional=True,
        ),
        q(
            "الأمن الدوائي جزء لا يتجزأ من الأمن القومي، ولا يمكن تركه لتقلبات السوق",
            _DRIDI,
            _DRIDI_ROLE,
            "2025-11-10",
            aliases=("الدريدي",),
        ),
        # nominal object after بتقديم
        q(
            "تقرير مفصل حول وضعية المخزون الاستراتيجي",
            _GALLAL,
            _GALLAL_ROLE,
            "2025-11-10",
            aliases=("القلال",),
            optional=True,
        ),
        # unmarked after قائلا:
        q(
            "لن نخفي أي معطى عن نواب الشعب، والأرقام ستكون على طاولتكم قبل نهاية السنة",
            _GALLAL,
            _GALLAL_ROLE,
            "2025-11-10",
            aliases=("القلال",),
        ),
    ],
    "f5_elkhabar_aadl3_appeals": [
        q(
            "دراسة الطعون تتم بصرامة وشفافية، ولن يقصى أي مواطن تتوفر فيه الشروط",
            _BOUALLAM,
            _BOUALLAM_ROLE,
            "2025-11-16",
            aliases=("بوعلام",),
        ),
        q(
            "سنعلن عن النتائج النهائية قبل 31 ديسمبر، والأشغال ستنطلق مباشرة في المواقع التي "
            "تم اختيارها عبر الولايات",
            _BOUALLAM,
            _BOUALLAM_ROLE,
            "2025-11-16",
            aliases=("بوعلام",),
        ),
        # an earlier statement: no date
        q(
            "أكثر من 70 بالمائة من الطعون المودعة تتعلق بأخطاء في التصريح بالدخل أو بالوضعية "
            "العائلية",
            _SAHLI,
            _SAHLI_ROLE,
            aliases=("ساحلي",),
        ),
        q(
            "أودعت طعني منذ شهرين، وكل مرة أتصل بالرقم الأخضر يقولون لي انتظر. نحن لا نطلب "
            "صدقة، نحن دفعنا ونريد فقط أن نعرف مصيرنا",
            _MAMINE,
            _MAMINE_ROLE,
        ),
        q(
            "رفضوا ملفي لأن زوجي يملك حصة في قطعة أرض ورثها عن والده، وهي قطعة مشتركة مع "
            "إخوته، فهل هذا عدل؟",
            _SAMIRA,
            _SAMIRA_ROLE,
        ),
        q(
            "نشر معايير دراسة الطعون بشكل علني",
            _AADL_COORD,
            optional=True,
        ),
        q(
            "احتقان قد يتحول إلى احتجاجات أمام مقرات الوكالة",
            _AADL_COORD,
            optional=True,
        ),
        q(
            "نحن ملتزمون بالحوار، لكن صبر المكتتبين له حدود، ولن نقبل أن تبقى آلاف العائلات "
            "معلقة بين الرفض والانتظار",
            _AADL_COORD,
        ),
        # later in the same dated visit
        q(
            "المقاولات التي لا تحترم الآجال سيتم فسخ عقودها، ولدينا قائمة سوداء لن يخرج منها "
            "أحد بسهولة",
            _BOUALLAM,
            _BOUALLAM_ROLE,
            "2025-11-16",
            aliases=("بوعلام",),
        ),
    ],
    "f5_ennahar_private_lessons": [
        # headline "وزير التربية: ..."
        q(
            "لا مجال للدروس الخصوصية داخل المؤسسات التربوية",
            _BELAID,
            _BELAID_ROLE,
            "2025-11-19",
            aliases=("بلعيد",),
            optional=True,
        ),
        q(
            "الوزارة أصدرت تعليمة صارمة تمنع منعا باتا تقديم الدروس الخصوصية داخل المؤسسات "
            "التربوية، وكل من يخالفها سيتعرض لعقوبات إدارية",
            _BELAID,
            _BELAID_ROLE,
            "2025-11-19",
            aliases=("بلعيد",),
        ),
        q(
            "لا مجال للدروس الخصوصية داخل المؤسسات التربوية، فالمدرسة العمومية وجدت لتكون "
            "مجانية ومنصفة لكل أبناء الجزائريين",
            _BELAID,
            _BELAID_ROLE,
            "2025-11-19",
            aliases=("بلعيد",),
        ),
        # a senator's question in the same session
        q(
            "إلى متى يبقى الأولياء رهينة لسوق موازية للتعليم تستنزف جيوبهم كل شهر؟",
            _BOUZID,
            _BOUZID_ROLE,
            "2025-11-19",
            aliases=("بوزيد",),
        ),
        q(
            "أكثر من 1800 مدرسة ابتدائية تم تزويدها بالألواح الإلكترونية منذ الدخول المدرسي الحالي",
            _BELAID,
            _BELAID_ROLE,
            "2025-11-19",
            aliases=("بلعيد",),
        ),
        # predicate after أن اللجنة الوطنية للمناهج: the minister's
        q(
            "ستقدم مقترحاتها قبل نهاية الفصل الثاني",
            _BELAID,
            _BELAID_ROLE,
            "2025-11-19",
            aliases=("بلعيد",),
        ),
        q(
            "لن نغير شيئا في منتصف السنة الدراسية حتى لا نربك التلاميذ والأساتذة، وأي تعديل "
            "سيدخل حيز التنفيذ في الموسم المقبل",
            _BELAID,
            _BELAID_ROLE,
            "2025-11-19",
            aliases=("بلعيد",),
        ),
        q(
            "محاربة الدروس الخصوصية لا تكون بالتعليمات، بل بتحسين ظروف الأستاذ وتخفيف الاكتظاظ "
            "داخل الأقسام",
            _BENCHEIKH,
            _BENCHEIKH_ROLE,
            aliases=("بن شيخ",),
        ),
        q(
            "الأستاذ الذي يتقاضى أجرا لا يكفيه حتى منتصف الشهر سيبحث حتما عن مدخول إضافي، هذه "
            "هي الحقيقة التي يجب أن نواجهها",
            _BENCHEIKH,
            _BENCHEIKH_ROLE,
            aliases=("بن شيخ",),
        ),
        q(
            "إشراك الأولياء في لجان المتابعة على مستوى كل ولاية",
            _HAMMADOUCHE,
            _HAMMADOUCHE_ROLE,
            aliases=("حمادوش",),
            optional=True,
        ),
        q(
            "نحن مع كل قرار يخفف العبء عن العائلات، لكن العبرة بالتطبيق الميداني وليس بالمراسلات",
            _HAMMADOUCHE,
            _HAMMADOUCHE_ROLE,
            aliases=("حمادوش",),
        ),
    ],
    "f5_alwasat_tripoli_power_cuts": [
        # nominal object after إلى; السبت unresolved
        q(
            "نقص إمدادات الغاز إلى محطات الإنتاج في الزاوية وأوباري وجنوب طرابلس",
            _MECHIRGUI,
            _MECHIRGUI_ROLE,
            aliases=("المشيرقي",),
            optional=True,
        ),
        q(
            "العجز في الشبكة بلغ نحو 1800 ميغاوات في ساعات الذروة، ونحن نعمل على توزيع الأحمال "
            "بشكل عادل بين المناطق، ولا توجد منطقة مستثناة",
            _MECHIRGUI,
            _MECHIRGUI_ROLE,
            aliases=("المشيرقي",),
        ),
        q(
            "لا نملك عصا سحرية. المحطات جاهزة، لكن من دون وقود لا يمكنها أن تنتج",
            _MECHIRGUI,
            _MECHIRGUI_ROLE,
            aliases=("المشيرقي",),
        ),
        # relayed by the news agency from an anonymous source
        q(
            "الكميات المتعاقد عليها تُضخ بشكل منتظم",
            _NOC_SOURCE,
        ),
        q(
            "أي نقص في المحطات يعود إلى أعطال فنية في خطوط النقل، وليس إلى المؤسسة",
            _NOC_SOURCE,
        ),
        q(
            "خطة عاجلة لتقليص ساعات الانقطاع قبل ذروة فصل الشتاء",
            _WARFALLI,
            _WARFALLI_ROLE,
            aliases=("الورفلي",),
            optional=True,
        ),
        q(
            "المواطن لا يجب أن يدفع ثمن الخلافات بين المؤسسات، وعلى الجميع تحمل مسؤولياتهم",
            _WARFALLI,
            _WARFALLI_ROLE,
            aliases=("الورفلي",),
        ),
        q(
            "الانقطاع أتلف بضاعة بأكثر من ثلاثة آلاف دينار خلال أسبوع واحد",
            _SHOPKEEPER,
        ),
        q(
            "اشتريت مولدا كهربائيا بالدين، والآن أقف ساعات في طوابير البنزين لتشغيله، والأسعار "
            "في السوق السوداء نار",
            _SHOPKEEPER,
        ),
        # a placard's slogan
        q(
            "نريد حقنا في الكهرباء",
            _ZAWIYA_PROTESTERS,
            optional=True,
        ),
        q(
            "الحلول الترقيعية لن تنهي الأزمة ما لم تُنفذ مشاريع الطاقة الشمسية المعلنة منذ سنوات",
            _ABUSHNAF,
            _ABUSHNAF_ROLE,
            aliases=("أبوشناف",),
        ),
        # predicate after أن ليبيا: the expert's
        q(
            "تحرق يوميا كميات من الغاز المصاحب كانت تكفي لتشغيل محطتين كاملتين",
            _ABUSHNAF,
            _ABUSHNAF_ROLE,
            aliases=("أبوشناف",),
        ),
    ],
    "f5_nawaat_border_cables": [
        # the cable's subject line
        q(
            "تونس: تعاون أمني حذر مع الجزائر وتوجس من الجار الليبي",
            _US_TUNIS,
            date="2008-10-15",
            optional=True,
        ),
        # predicate after أن المسؤولين التونسيين: the ambassador's
        q(
            "يتحدثون عن التعاون مع الجزائر بلغة إيجابية في العلن، لكنهم في المجالس الخاصة لا "
            "يخفون شكوكهم في نوايا جهاز الاستخبارات الجزائري",
            _MACLEAN,
            _MACLEAN_ROLE,
            "2008-10-15",
            aliases=("ماكلين",),
        ),
        q(
            "الجزائريين يعطوننا ما يريدون أن نعرفه، لا ما نحتاج إلى معرفته",
            _TN_OFFICIAL,
            date="2008-10-15",
        ),
        q(
            "الحدود طويلة والتضاريس صعبة، ولا يمكن لأي جيش أن يغلقها بالكامل، لذلك نعتمد على "
            "السكان أكثر مما نعتمد على الأسلاك",
            _TN_OFFICIAL,
            date="2008-10-15",
        ),
        q(
            "ستبقى شريكا مفيدا لكن محدودا",
            _MACLEAN,
            _MACLEAN_ROLE,
            "2008-10-15",
            aliases=("ماكلين",),
        ),
        # ما دامت السلطات «…»: same account
        q(
            "تنظر إلى كل تعاون خارجي من زاوية بقاء النظام",
            _MACLEAN,
            _MACLEAN_ROLE,
            "2008-10-15",
            aliases=("ماكلين",),
        ),
        # second cable: month precision
        q(
            "تونس تتعامل مع الإرهاب كملف أمني بحت، بينما هو في الجزائر حرب عاشتها البلاد عشر "
            "سنوات كاملة",
            _DZ_OFFICER,
            date="2009-06",
        ),
        q(
            "جيراننا في تونس لم يفهموا بعد أن الجماعات المسلحة لا تعترف بالحدود",
            _DZ_OFFICER,
            date="2009-06",
        ),
        q(
            "يبدي رغبة حقيقية في تعزيز التنسيق الميداني، شريطة ألا يتحول ذلك إلى وجود عسكري "
            "أمريكي في المنطقة",
            _STANTON,
            _STANTON_ROLE,
            "2009-06",
            aliases=("ستانتون",),
        ),
        # reactions today: no date
        q(
            "البرقيات تؤكد ما كان معروفا لدى المختصين: التعاون بين البلدين كان قائما على الحد "
            "الأدنى من الثقة",
            _ZOUARI,
            _ZOUARI_ROLE,
            aliases=("الزواري",),
        ),
        # unmarked after قائلا:
        q(
            "ما تغير بعد 2011 هو أن الخطر فرض على البلدين تنسيقا لم يكن خيارا بل ضرورة",
            _ZOUARI,
            _ZOUARI_ROLE,
            aliases=("الزواري",),
        ),
        q(
            "يعكس قراءة أمريكية تبحث دائما عن الخلافات بين دول المنطقة أكثر مما تبحث عن فهمها",
            _BOUCHAREB,
            _BOUCHAREB_ROLE,
            aliases=("بوشارب",),
        ),
    ],
}

BATCHES = {
    "F5": [
        "f5_almaghreb_bct_rate",
        "f5_assarih_kairouan_bread",
        "f5_mosaique_nabeul_floods",
        "f5_arp_health_committee",
        "f5_elkhabar_aadl3_appeals",
        "f5_ennahar_private_lessons",
        "f5_alwasat_tripoli_power_cuts",
        "f5_nawaat_border_cables",
    ],
}

BLIND_ARTICLES_10 = {name: (_read(name), gold) for name, gold in GOLD.items()}
