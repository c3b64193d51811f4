"""Fresh-author held-out set F11: eight articles in Gulf, Levantine and
pan-Arab outlet styles, written as those outlets' journalists write and
annotated by hand, with the gold below committed before the engine was run
on any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Al-Khaleej education story (Sharjah): an undated byline dateline
  (``الشارقة: مها عبد الله``), a forum held ``الاثنين 24 نوفمبر 2025`` that
  dates the quotes given at it (the authority's predicate, the department
  director with ``الدكتورة``, ``وأضاف:``, a parent leader ``لـ«الخليج» على
  هامش الملتقى``, ``«…»، قال الكتبي``, the director general's closing
  speech); a mother reached by phone, an earlier statement (``في تصريحات
  سابقة``) and the authority's statement after the forum get no date; a
  platform (``«صوت ولي الأمر»``) and the outlet in marks.
- Okaz weather story (Jeddah): ``عبدالله الغامدي (جدة)`` without a date,
  so ``اليوم``/``غداً`` are not resolved; the municipality spokesman
  ``لـ«عكاظ»:``, ``وأضاف:``, a resident with ``يقول … إن`` and ``ويتابع:``,
  the civil defence spokesman with the rank ``العقيد`` (an honorific) and
  ``مضيفاً:``, a meteorological alert (``تنبيهاً جاء فيه أن``), ``«…»، قالت
  أم فيصل، وهي معلمة``, the education director with ``الدكتور``; the
  platform ``«مدرستي»`` is not a quote.
- Al-Anba housing story (Kuwait): byline only, ``امس`` unresolved;
  anonymous sources (``مصادر مطلعة في المؤسسة``) with two quotes, the
  minister with the ``م.`` honorific and ``واضاف المطيري:``, an MP's
  predicate after ``أن الحكومة``, ``مضيفا:``, ``وتابع العجمي:``, ``د.`` as
  honorific, a cabinet statement, the programme ``"مدن المستقبل"`` and the
  outlet ``«الأنباء»`` in marks.
- Oman daily fisheries story (Muscat, ONA relay ``مسقط - العُمانية``): a
  press conference ``يوم الأحد 30 نوفمبر 2025`` dating the undersecretary's
  quotes (``سعادة المهندس`` honorifics, ``وأضاف سعادته أن``, ``موضحا:``) and
  the director general's ``خلال المؤتمر ذاته``; a fisherman in Sur with an
  unmarked quote after ``قائلا:``; the ministry's annual report; an
  association head with ``الفاضلة`` (honorific) and ``طالبت بـ"…"``
  (optional); the programme ``"مورد"`` and the newspaper in marks.
- Al-Liwaa municipal story (Beirut), scraped web text: one block, hamza
  dropped, sentences running on without full stops; ``امس`` unresolved; the
  mayor with ``المهندس``, ``واضاف "…"`` with no colon, ``وتابع ان البلدية
  "…"``, company sources relayed ``لـ"اللواء"``, a councillor's predicate
  then ``وقال:``, the minister's statement through his media office, a
  shopkeeper, a campaign group in marks (``"تجمع بيروت مدينتي"``) with
  ``دعا … الى "…"`` and ``محذرا من "…"`` (optional), and the mayor's closing
  unmarked quote after ``قائلا:`` at the end of the text.
- Al-Ghad water story (Amman): ``عمان- الغد-`` without a date, ``“…”``
  marks; the ministry's ``محذرة من "صيف صعب"`` (optional), the secretary
  general with ``المهندس``, ``وأضاف الطراونة:``, ``وبين أن … “…”``,
  ``متوقعا “…”`` (optional), an expert with ``يقول … إن``/``ويضيف:``/
  ``ويتابع المومني:``, a resident, a parliamentary committee's purpose
  clause (optional) and its chairman given as ``رئيس اللجنة``.
- Independent Arabia feature (Chad border camps): no dateline; speakers
  introduced with ``تقول X، وهي …، "…"`` and ``وتضيف "…"`` without colons,
  a UNHCR spokesman relayed by Reuters (``نقلت وكالة "رويترز" عن … قوله
  إن``), a researcher ``في حديث إلى "اندبندنت عربية"`` with ``ويتابع "…"``,
  an anonymous aid official, a governor with the honorific ``الجنرال`` and
  ``مستدركاً "…"``, an MSF report of ``الثلاثاء`` (no date) with
  ``داعية إلى "…"`` (optional), and ``بالقول "…"``.
- Al-Araby Al-Jadeed cables (Algeria), scraped web text: 08ALGIERS612 of
  ``14 ايار/مايو 2008`` (an energy ministry official relayed by the cable,
  ``واضاف المسؤول بحسب البرقية``, the subject line ``"الجزائر: …"``, the
  ambassador's comment) and 09ALGIERS187 of ``شباط/فبراير 2009`` without a
  day (an activist, ``وتابع الناشط ان بعض الشبان "…"``, the cable's own
  assessment); ``"مصدر موثوق"`` as a label and an organisation in marks;
  reactions today (no date): a researcher with ``الدكتور``, a former MP,
  the foreign ministry's statement.

Conventions as in articles_blind2-9: a relative date (``أمس``, ``اليوم``)
gets no date without a dated dateline; a date given for an event (a forum,
a press conference) dates its quotes and the follow-ups of the same account
(and quotes explicitly placed at it), but not an earlier statement nor a
statement issued afterwards without a date; a cable's quotes, and the
follow-ups of the same account, take the cable's date (month precision
when the article gives no day); reactions to the leaks get no date; a
predicate in marks after ``أن X`` belongs to the outer speaker (``أكدت
الهيئة أن أي زيادة «…»``, ``اعتبر … أن الحكومة "…"``); a quote relayed by
an agency from a person belongs to the person; a cable's own assessment
belongs to the embassy that wrote it; nominal objects after ``إلى``/``بـ``/
``من`` (``طالبت بـ"…"``, ``دعا … الى "…"``, ``محذرة من "…"``), nominal
objects of ``متوقعا``, purpose clauses (``“لمناقشة …”``), two-word
fragments, headlines of the form ``X: …`` and a cable's subject line are
optional; an unmarked quote after ``قائلا:`` is scored without its final
full stop, and a multi-sentence answer is one quote; names of parties,
groups, companies, programmes, platforms, organisations, outlets and
one-word labels in marks are not quotations; a role is the title chunk or
the apposition, whichever is fuller, without honorifics (``الدكتور``,
``الدكتورة``, ``د.``, ``م.``, ``المهندس``, ``سعادة``, ``الفاضلة``,
``العقيد``, ``الجنرال``), which are not part of the name; anonymous
sources are named by their description (``مسؤول في وزارة الطاقة``)."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_SHARJAH_AUTH = "هيئة الشارقة للتعليم الخاص"
_MUHAIRI = "شيخة راشد المهيري"
_MUHAIRI_ROLE = "مديرة إدارة الترخيص والجودة في الهيئة"
_KETBI = "عبيد سالم الكتبي"
_KETBI_ROLE = "رئيس مجلس أولياء الأمور في مدارس الشارقة الخاصة"
_ZAROUNI = "فاطمة علي الزرعوني"
_ZAROUNI_ROLE = "أم لثلاثة أبناء في مدرسة خاصة بمنطقة مويلح"
_NAQBI = "محمد أحمد النقبي"
_NAQBI_ROLE = "مدير عام الهيئة"
_BUQAMI = "محمد سعيد البقمي"
_BUQAMI_ROLE = "المتحدث الرسمي لأمانة جدة"
_HARBI = "سالم عوض الحربي"
_QAHTANI = "خالد فهد القحطاني"
_QAHTANI_ROLE = "المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة"
_NCM = "المركز الوطني للأرصاد"
_UMM_FAISAL = "أم فيصل"
_UMM_FAISAL_ROLE = "معلمة من حي قويزة"
_ZAHRANI = "ناصر علي الزهراني"
_ZAHRANI_ROLE = "مدير عام التعليم بالمحافظة"
_PAHW_SOURCES = "مصادر مطلعة في المؤسسة العامة للرعاية السكنية"
_MUTAIRI = "عادل فهد المطيري"
_MUTAIRI_ROLE = "وزير الدولة لشؤون الإسكان"
_AJMI = "فيصل ناصر العجمي"
_AJMI_ROLE = "رئيس لجنة الإسكان والعقار البرلمانية"
_RASHIDI = "سعود خالد الرشيدي"
_RASHIDI_ROLE = "رئيس الجمعية الكويتية للإسكان"
_KW_CABINET = "مجلس الوزراء"
_BAKRI = "أحمد بن ناصر البكري"
_BAKRI_ROLE = "وكيل الوزارة لشؤون الثروة السمكية"
_HASANI = "سالم بن حمد الحسني"
_HASANI_ROLE = "مدير عام تنمية الموارد السمكية"
_ORAIMI = "خميس بن سعيد العريمي"
_ORAIMI_ROLE = "الصياد"
_OM_MINISTRY = "وزارة الثروة الزراعية والسمكية وموارد المياه"
_BALUSHI = "مريم بنت علي البلوشية"
_BALUSHI_ROLE = "رئيسة جمعية الصيادين بمحافظة جنوب الشرقية"
_ITANI = "وليد فؤاد عيتاني"
_ITANI_ROLE = "رئيس بلدية بيروت"
_CO_SOURCES = "مصادر الشركة"
_HALABI = "سامر خليل الحلبي"
_HALABI_ROLE = "عضو المجلس البلدي"
_HADDAD = "ناصر جورج حداد"
_HADDAD_ROLE = "وزير البيئة"
_ABU_AHMAD = "ابو احمد"
_ABU_AHMAD_ROLE = "صاحب محل خضار في المنطقة"
_MADINATI = "تجمع بيروت مدينتي"
_JO_WATER = "وزارة المياه والري"
_TARAWNEH = "باسم عودة الطراونة"
_TARAWNEH_ROLE = "الأمين العام لسلطة المياه"
_MOMANI = "عمر يوسف المومني"
_MOMANI_ROLE = "الخبير في شؤون المياه"
_KHATIB = "سهام محمود الخطيب"
_KHATIB_ROLE = "ربة المنزل"
_JO_COMMITTEE = "لجنة الزراعة والمياه النيابية"
_ABBADI = "خالد سليمان العبادي"
_ABBADI_ROLE = "رئيس اللجنة"
_AMNA = "آمنة إسحق عبدالرحمن"
_AMNA_ROLE = "أم لخمسة أطفال وصلت قبل أسبوعين من مدينة الجنينة"
_MOLLIN = "جان بيير مولان"
_MOLLIN_ROLE = "المتحدث باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين في تشاد"
_BASHIR = "عثمان الطاهر بشير"
_BASHIR_ROLE = "الباحث السوداني في شؤون الهجرة القسرية"
_AID_OFFICIAL = "مسؤول في منظمة إغاثية دولية تعمل في المخيم"
_ABAKAR = "محمد صالح أبكر"
_ABAKAR_ROLE = "محافظ إقليم ودّاي التشادي"
_MSF = "أطباء بلا حدود"
_HAMED = "حامد يعقوب آدم"
_DZ_ENERGY = "مسؤول في وزارة الطاقة"
_US_ALGIERS = "السفارة الأمريكية في الجزائر"
_FORD = "روبرت فورد"
_FORD_ROLE = "السفير الأمريكي"
_ACTIVIST = "ناشط من حاسي مسعود"
_BENOMAR = "عبد القادر بن عمر"
_BENOMAR_ROLE = "الباحث الجزائري في علم الاجتماع السياسي"
_BOUZID = "محمد الامين بوزيد"
_BOUZID_ROLE = "النائب السابق عن ولاية ورقلة"
_DZ_MFA = "وزارة الخارجية الجزائرية"

GOLD = {
    # --- F11: fresh-author held-out set, eight outlets ---------------------------
    "f11_khaleej_sharjah_schools": [
        # predicate after أن, at the forum
        q("ستقابل بإجراءات فورية", _SHARJAH_AUTH, None, "2025-11-24", aliases=("الهيئة",)),
        q(
            "تلقينا خلال الفصل الأول 37 شكوى تتعلق بالرسوم، وأغلقنا 31 منها بعد إلزام المدارس "
            "بإعادة المبالغ الزائدة إلى الأسر",
            _MUHAIRI,
            _MUHAIRI_ROLE,
            "2025-11-24",
            aliases=("المهيري",),
        ),
        q(
            "لا نريد أن يتحول التعليم الجيد إلى عبء يدفع الأسر إلى نقل أبنائها من مدرسة إلى أخرى "
            "في منتصف العام",
            _MUHAIRI,
            _MUHAIRI_ROLE,
            "2025-11-24",
            aliases=("المهيري",),
        ),
        q(
            "تلمس تحسناً واضحاً في سرعة الاستجابة",
            _KETBI,
            _KETBI_ROLE,
            "2025-11-24",
            aliases=("الكتبي",),
        ),
        q(
            "تلجأ إلى رسوم جانبية تحت مسميات مختلفة مثل الأنشطة والزي والحافلات",
            _KETBI,
            _KETBI_ROLE,
            "2025-11-24",
            aliases=("الكتبي",),
        ),
        q(
            "المشكلة ليست في الرسوم الأساسية بل في ما يضاف إليها طوال العام",
            _KETBI,
            _KETBI_ROLE,
            "2025-11-24",
            aliases=("الكتبي",),
        ),
        # by phone: no date
        q(
            "دفعنا هذا العام 900 درهم إضافية للحافلة من دون أي إشعار مسبق، وحين راجعنا الإدارة "
            "قالوا إن القرار جاء من المالك",
            _ZAROUNI,
            _ZAROUNI_ROLE,
            aliases=("الزرعوني",),
        ),
        # earlier statement: no date
        q(
            "التقييم السنوي للمدارس سيأخذ في الاعتبار مدى التزامها بالشفافية المالية",
            _NAQBI,
            _NAQBI_ROLE,
            aliases=("النقبي",),
        ),
        q(
            "المدرسة التي تحترم ولي الأمر تحترم الطالب أولاً، ولن نتهاون مع أي تجاوز",
            _NAQBI,
            _NAQBI_ROLE,
            "2025-11-24",
            aliases=("النقبي",),
        ),
        # statement issued after the forum, undated
        q(
            "ستنفذ زيارات مفاجئة إلى 40 مدرسة خلال الفصل الثاني للتحقق من الفواتير الصادرة للأسر",
            _SHARJAH_AUTH,
            aliases=("الهيئة",),
        ),
    ],
    "f11_okaz_jeddah_rain": [
        q(
            "أنهينا تنظيف 96% من عبّارات تصريف السيول، وجهزنا 14 مضخة إضافية في أنفاق طريق الملك "
            "عبدالعزيز وشارع فلسطين",
            _BUQAMI,
            _BUQAMI_ROLE,
            aliases=("البقمي",),
        ),
        q(
            "نطلب من السكان عدم الاقتراب من مجاري الأودية وعدم عبور الأنفاق المغمورة بالمياه مهما "
            "بدا منسوبها منخفضاً",
            _BUQAMI,
            _BUQAMI_ROLE,
            aliases=("البقمي",),
        ),
        q(
            "ما زالوا يتذكرون أمطار العام الماضي حين بقيت المياه في الشوارع أربعة أيام",
            _HARBI,
            aliases=("الحربي",),
        ),
        q(
            "طلبنا أكثر من مرة تمديد شبكة التصريف إلى الشوارع الداخلية، ووعدونا أن المشروع سيبدأ "
            "بعد الصيف، ولم يبدأ",
            _HARBI,
            aliases=("الحربي",),
        ),
        q("في حالة جاهزية كاملة", _QAHTANI, _QAHTANI_ROLE, aliases=("القحطاني",)),
        q(
            "تلقينا خلال موسم الأمطار الماضي أكثر من 300 بلاغ احتجاز في المركبات، ومعظمها كان "
            "يمكن تفاديه لو التزم السائقون بالتعليمات",
            _QAHTANI,
            _QAHTANI_ROLE,
            aliases=("القحطاني",),
        ),
        q(
            "قد تشهد أمطاراً غزيرة مصحوبة برياح نشطة وتدنٍ في مدى الرؤية الأفقية وجريان للسيول",
            _NCM,
        ),
        q(
            "الأمانة تتحدث كل عام عن الجاهزية، والنتيجة نفسها",
            _UMM_FAISAL,
            _UMM_FAISAL_ROLE,
        ),
        q(
            "سلامة الطلاب والمعلمين فوق كل اعتبار، والدراسة عن بعد ستكون بالجدول المعتاد",
            _ZAHRANI,
            _ZAHRANI_ROLE,
        ),
    ],
    "f11_anba_kuwait_housing": [
        q(
            "البنية التحتية للقطاعات N8 وN9 أصبحت جاهزة بنسبة تتجاوز 90%",
            _PAHW_SOURCES,
            aliases=("مصادر مطلعة",),
        ),
        q(
            "التأخير السابق كان مرتبطا بأعمال شبكات الكهرباء، وقد تم الانتهاء من معظمها بالتنسيق "
            "مع وزارة الكهرباء والماء",
            _PAHW_SOURCES,
            aliases=("مصادر مطلعة",),
        ),
        q(
            "لن نعلن أي توزيع قبل أن تكون الخدمات الأساسية جاهزة، فلا نريد أن نسلم المواطن أرضا "
            "لا يستطيع البناء عليها",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "عدد الطلبات الإسكانية القائمة تجاوز 95 ألف طلب، والحل لا يكون بالتوزيع الورقي وإنما "
            "بالتنفيذ الفعلي على الأرض",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q("مطالبة بجدول زمني معلن وملزم", _AJMI, _AJMI_ROLE, aliases=("العجمي",)),
        q(
            "المواطن ينتظر 15 سنة في المتوسط، وهذا رقم لا يمكن القبول به في دولة بإمكانات الكويت",
            _AJMI,
            _AJMI_ROLE,
            aliases=("العجمي",),
        ),
        q(
            "سنطلب من الوزير في الجلسة المقبلة تقريرا مفصلا عن نسب الإنجاز في كل مدينة، وإذا لم "
            "نجد إجابات واضحة فكل الأدوات الدستورية متاحة",
            _AJMI,
            _AJMI_ROLE,
            aliases=("العجمي",),
        ),
        q(
            "ليست في الأراضي بل في سرعة اتخاذ القرار",
            _RASHIDI,
            _RASHIDI_ROLE,
            aliases=("الرشيدي",),
        ),
        q(
            "أكثر من 60% من المساحات المخصصة للسكن ما زالت بيد جهات حكومية أخرى",
            _RASHIDI,
            _RASHIDI_ROLE,
            aliases=("الرشيدي",),
        ),
        q(
            "ماضية في تنفيذ برنامج الشراكة مع القطاع الخاص لبناء المدن الإسكانية الجديدة",
            _KW_CABINET,
        ),
    ],
    "f11_oman_muscat_fisheries": [
        q(
            "هذه الزيادة تعكس أثر الاستثمارات في موانئ الصيد ومصانع التجهيز، لا مجرد وفرة موسمية "
            "في المخزون",
            _BAKRI,
            _BAKRI_ROLE,
            "2025-11-30",
            aliases=("البكري",),
        ),
        q(
            "تعمل على إعداد خطة لإدارة مصائد السردين والتونة حتى عام 2030",
            _BAKRI,
            _BAKRI_ROLE,
            "2025-11-30",
            aliases=("البكري",),
        ),
        q(
            "لدينا بيانات مسح علمي محدثة تسمح لنا بتحديد الكميات الآمنة للصيد في كل محافظة ساحلية",
            _BAKRI,
            _BAKRI_ROLE,
            "2025-11-30",
            aliases=("البكري",),
        ),
        q(
            "نسبة الفاقد في مرحلة ما بعد الصيد ما زالت مرتفعة، وهي تقارب 15 بالمائة في بعض "
            "المواقع، ونعمل مع القطاع الخاص على توفير سلاسل تبريد في الموانئ الصغيرة",
            _HASANI,
            _HASANI_ROLE,
            "2025-11-30",
            aliases=("الحسني",),
        ),
        q(
            "الموسم هذا العام كان جيدا، لكن أسعار الوقود والصيانة ترتفع، والصياد الصغير لا "
            "يستطيع أن يجاري الشركات الكبيرة",
            _ORAIMI,
            _ORAIMI_ROLE,
            aliases=("العريمي",),
        ),
        # unmarked after قائلا:
        q(
            "نحتاج إلى أن يصل الدعم إلى عدد أكبر من الصيادين في القرى البعيدة",
            _ORAIMI,
            _ORAIMI_ROLE,
            aliases=("العريمي",),
        ),
        q("يوفر أكثر من 58 ألف فرصة عمل مباشرة للعمانيين", _OM_MINISTRY, aliases=("الوزارة",)),
        q("وصلت إلى أكثر من 60 دولة", _OM_MINISTRY, aliases=("الوزارة",)),
        q(
            "تخصيص مواقع إنزال مستقلة للصيادين الحرفيين",
            _BALUSHI,
            _BALUSHI_ROLE,
            optional=True,
        ),
        q(
            "المرأة أيضا حاضرة في هذا القطاع، في التجهيز والتسويق، ولا بد أن يشملها الدعم",
            _BALUSHI,
            _BALUSHI_ROLE,
        ),
    ],
    "f11_liwaa_beirut_waste": [
        q(
            "البلدية لن تقبل بعد اليوم ان تكون بيروت مكبا مفتوحا بسبب خلافات لا علاقة لها بها",
            _ITANI,
            _ITANI_ROLE,
            aliases=("عيتاني",),
        ),
        q(
            "العقد مع الشركة المشغلة ينتهي في اخر السنة، ولدينا خطة بديلة جاهزة لكنها تحتاج الى "
            "موافقة مجلس الوزراء",
            _ITANI,
            _ITANI_ROLE,
            aliases=("عيتاني",),
        ),
        q("دفعت كل مستحقات الشركة حتى شهر تشرين الاول", _ITANI, _ITANI_ROLE, aliases=("عيتاني",)),
        q(
            "التأخير في الجمع سببه اقفال مطمر الجديدة لثلاثة ايام وليس اي تقصير من الشركة",
            _CO_SOURCES,
        ),
        q("اكبر من البلدية ومن الشركة", _HALABI, _HALABI_ROLE, aliases=("الحلبي",)),
        q(
            "المطلوب استراتيجية وطنية للنفايات، اما الحلول الموقتة فقد جربناها منذ 2015 ولم تنجح",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        q(
            "تعمل مع البلديات الكبرى على خطة الفرز من المصدر",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q("اي حل لا يبدأ من الفرز سيبقى حلا ناقصا", _HADDAD, _HADDAD_ROLE, aliases=("حداد",)),
        q(
            "الروائح لا تطاق والجرذان في كل مكان، ولا احد يسأل عنا",
            _ABU_AHMAD,
            _ABU_AHMAD_ROLE,
        ),
        q(
            "وقف سياسة الترقيع والانتقال الى ادارة شفافة لملف النفايات",
            _MADINATI,
            optional=True,
        ),
        q("كارثة صحية مع اول موجة امطار", _MADINATI, optional=True),
        # unmarked after قائلا: at the end of the text
        q(
            "سنكون في الشارع مع عمال النظافة حتى تنظف اخر حاوية في بيروت",
            _ITANI,
            _ITANI_ROLE,
            aliases=("عيتاني",),
        ),
    ],
    "f11_ghad_amman_water": [
        q("صيف صعب", _JO_WATER, optional=True),
        q(
            "الوزارة بدأت فعليا بتطبيق برنامج توزيع جديد في عدد من مناطق عمان الشرقية يعتمد على "
            "تقليل ساعات الضخ مقابل انتظام الدور",
            _TARAWNEH,
            _TARAWNEH_ROLE,
            aliases=("الطراونة",),
        ),
        q(
            "لا نريد أن نصل إلى مرحلة يشعر فيها المواطن أن الماء يصله مرة كل أسبوعين، لذلك نعمل "
            "على تعويض النقص من الآبار الجوفية ومن مشروع الديسي",
            _TARAWNEH,
            _TARAWNEH_ROLE,
            aliases=("الطراونة",),
        ),
        q("يسير وفق الجدول الزمني", _TARAWNEH, _TARAWNEH_ROLE, aliases=("الطراونة",)),
        q(
            "توقيع الاتفاقيات المالية النهائية مع الجهات المانحة في الربع الأول من العام المقبل",
            _TARAWNEH,
            _TARAWNEH_ROLE,
            aliases=("الطراونة",),
            optional=True,
        ),
        q("تعكس أزمة بنيوية لا موسمية", _MOMANI, _MOMANI_ROLE, aliases=("المومني",)),
        q(
            "الفاقد في الشبكات ما يزال يقارب 48 بالمائة، وكل حديث عن مصادر جديدة لا يعالج هذا "
            "الرقم هو حديث ناقص",
            _MOMANI,
            _MOMANI_ROLE,
            aliases=("المومني",),
        ),
        q(
            "المطلوب أن تنشر الوزارة بيانات الفاقد حسب كل محافظة، حتى يعرف الناس أين يذهب الماء",
            _MOMANI,
            _MOMANI_ROLE,
            aliases=("المومني",),
        ),
        q(
            "صرنا نشتري صهريجا كل عشرة أيام بـ35 دينارا، وهذا مبلغ لا تتحمله أسرة تعيش على راتب "
            "تقاعدي",
            _KHATIB,
            _KHATIB_ROLE,
            aliases=("الخطيب",),
        ),
        q(
            "لمناقشة خطة الطوارئ الصيفية وآليات ضبط الاعتداءات على خطوط المياه",
            _JO_COMMITTEE,
            optional=True,
        ),
        q(
            "الاعتداءات على الشبكة ليست مسألة فنية بل مسألة سيادة قانون",
            _ABBADI,
            _ABBADI_ROLE,
            aliases=("العبادي",),
        ),
        q(
            "ستطالب بتغليظ العقوبات في مشروع القانون المعدل لقانون سلطة المياه",
            _ABBADI,
            _ABBADI_ROLE,
            aliases=("العبادي",),
        ),
    ],
    "f11_independentarabia_chad_refugees": [
        q(
            "مشينا ثلاثة أيام، وكان الأطفال يشربون من البرك. لم نحمل معنا شيئاً سوى الأوراق",
            _AMNA,
            _AMNA_ROLE,
        ),
        q(
            "هنا على الأقل لا نسمع الرصاص، لكن الحصة الغذائية لا تكفي لأكثر من عشرة أيام في الشهر",
            _AMNA,
            _AMNA_ROLE,
        ),
        # relayed by Reuters: the spokesman is the speaker
        q(
            "خطة الاستجابة لهذا العام لم تمول إلا بنسبة 27 في المئة، وهذا يعني أن علينا أن نختار "
            "بين المياه والغذاء والتعليم",
            _MOLLIN,
            _MOLLIN_ROLE,
            aliases=("مولان",),
        ),
        q(
            "ما يحدث على الحدود ليس موجة عابرة بل نزوح طويل الأمد سيغير التركيبة السكانية للمنطقة "
            "كلها",
            _BASHIR,
            _BASHIR_ROLE,
            aliases=("بشير",),
        ),
        q(
            "المجتمعات المضيفة في شرق تشاد نفسها فقيرة، وأي ضغط إضافي على الموارد قد يتحول إلى "
            "توتر",
            _BASHIR,
            _BASHIR_ROLE,
            aliases=("بشير",),
        ),
        q(
            "الفرق الطبية تسجل يومياً عشرات حالات سوء التغذية الحاد بين الأطفال دون الخامسة",
            _AID_OFFICIAL,
        ),
        q("لن تغلق حدودها أمام الفارين من الحرب", _ABAKAR, _ABAKAR_ROLE, aliases=("أبكر",)),
        q(
            "لكن تشاد لا تستطيع أن تتحمل هذا العبء وحدها، وعلى المجتمع الدولي أن يفي بوعوده",
            _ABAKAR,
            _ABAKAR_ROLE,
            aliases=("أبكر",),
        ),
        q(
            "موسم الجفاف المقبل سيضاعف خطر تفشي الكوليرا والحصبة في المخيمات المكتظة",
            _MSF,
        ),
        q("زيادة عاجلة في إمدادات المياه النظيفة", _MSF, optional=True),
        q("تركت الجامعة في سنتي الثالثة. الآن أعد الأيام فقط", _HAMED),
    ],
    "f11_araby_algeria_cables": [
        q(
            "الحكومة تخشى ان تتحول مطالب التشغيل في ورقلة الى حركة سياسية منظمة",
            _DZ_ENERGY,
            None,
            "2008-05-14",
            aliases=("المسؤول",),
        ),
        q(
            "الشركات الاجنبية توظف عمالا من الشمال لان الادارة المحلية لا تثق في قوائم مكاتب "
            "التشغيل",
            _DZ_ENERGY,
            None,
            "2008-05-14",
            aliases=("المسؤول",),
        ),
        # the cable's subject line
        q(
            "الجزائر: توترات الجنوب تضغط على قطاع المحروقات",
            _US_ALGIERS,
            None,
            "2008-05-14",
            aliases=("البرقية", _FORD),
            optional=True,
        ),
        q(
            "النظام يتعامل مع الجنوب باعتباره ملفا امنيا قبل ان يكون ملفا تنمويا",
            _FORD,
            _FORD_ROLE,
            "2008-05-14",
            aliases=("فورد",),
        ),
        q(
            "الشباب لم يعودوا يصدقون وعود الولاة، وكل زيارة وزارية تنتهي بصور وتصريحات ولا شيء "
            "على الارض",
            _ACTIVIST,
            None,
            "2009-02",
            aliases=("الناشط",),
        ),
        q(
            "يفكرون في الهجرة او في ما هو اسوأ",
            _ACTIVIST,
            None,
            "2009-02",
            aliases=("الناشط",),
        ),
        # the cable's own assessment
        q(
            "غياب قنوات الحوار يترك فراغا قد تستغله جماعات متطرفة",
            _US_ALGIERS,
            None,
            "2009-02",
            aliases=("البرقية", "السفارة"),
        ),
        # reactions today: no date
        q("لا يفاجئ احدا في ورقلة", _BENOMAR, _BENOMAR_ROLE, aliases=("بن عمر",)),
        q(
            "المطالب نفسها تتكرر منذ خمس عشرة سنة وما تغير هو فقط اسماء المسؤولين",
            _BENOMAR,
            _BENOMAR_ROLE,
            aliases=("بن عمر",),
        ),
        q(
            "السفارات تكتب ما تسمعه في الصالونات، لكن الحقيقة يعرفها من يعيش في الجنوب",
            _BOUZID,
            _BOUZID_ROLE,
            aliases=("بوزيد",),
        ),
        q(
            "الجزائر لا تبني مواقفها على وثائق مسربة مجهولة السياق",
            _DZ_MFA,
        ),
    ],
}

BATCHES = {
    "F11": [
        "f11_khaleej_sharjah_schools",
        "f11_okaz_jeddah_rain",
        "f11_anba_kuwait_housing",
        "f11_oman_muscat_fisheries",
        "f11_liwaa_beirut_waste",
        "f11_ghad_amman_water",
        "f11_independentarabia_chad_refugees",
        "f11_araby_algeria_cables",
    ],
}

BLIND_ARTICLES_16 = {name: (_read(name), gold) for name, gold in GOLD.items()}
