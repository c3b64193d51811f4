"""Fresh-author held-out set F14: six articles in outlet styles (Levantine,
Gulf, Tunisian, a WikiLeaks cable story), written as a journalist would and
annotated by hand, with the gold below committed before the engine was run
on any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Al-Akhbar electricity story (Beirut): ``«…»`` marks, a byline and no
  dated dateline (``أمس`` stays undated), the utility's ``بيان`` as speaker,
  its director general by apposition (``المدير العام للمؤسسة، X، قال``),
  ``وأضاف:``/``وتابع:``, anonymous ``مصادر وزارة المالية``, an MP's
  two-word fragment, a shopkeeper, an expert with an unmarked quote after
  ``قائلاً:``; ``«كهرباء لبنان»``, ``«الأخبار»`` and a plan name
  ``«الطاقة المتجددة 2030»`` in marks are not quotations.
- Al-Dustour water story (Amman): ``عمان - الدستور -`` dateline without a
  date, ``"…"`` marks, a minister with ``المهندس``, a tour dated ``يوم
  الاثنين 8 كانون الأول 2025`` (Levantine month) dating the minister's
  quotes including the lead (same account), a spokeswoman, a professor with
  ``الدكتور``, a resident, a parliamentary committee's ``بيان`` with
  ``طالبت … بـ"…"``; ``"الدستور"`` is a label.
- Al-Jarida housing story (Kuwait): ``كتب X`` byline, headline ``«الإسكان»:
  …`` and a sub-headline ``العتيبي لـ الجريدة•: …`` (optional), ``م.`` as an
  honorific, ``وأضاف أن «…»``, an MP's unmarked quote after ``قائلا:``,
  ``مصادر حكومية``, a citizen speaking Kuwaiti colloquial.
- Al-Madina rain story (Jeddah): headline ``أمانة جدة: …`` (optional),
  ``لـ"المدينة"``, a spokesman, ``اللواء`` and ``د.`` as honorifics, the
  National Centre of Meteorology's ``تقرير`` as speaker, a resident,
  ``مضيفًا:``.
- Al-Maghreb union story (Sfax), scraped web text without hamzas or
  paragraph breaks: a meeting ``يوم السبت 6 ديسمبر 2025`` dating the union
  leaders' quotes and the meeting's ``لائحة``, ``وتابع`` with a bare quote,
  an anonymous government source (undated), an unmarked quote after
  ``قائلا:`` ending where the next sentence starts (``وكانت``), nominal
  objects after ``عن``/``الى`` (optional).
- Mosaique FM WikiLeaks story, scraped web text: 08TUNIS812 dated ``23 جوان
  2008`` (Maghreb month) and 09TUNIS367 of ``ماي 2009`` without a day, the
  ambassador, an anonymous businessman and an anonymous official relayed by
  the cables, a cable's subject line (optional), a predicate in marks after
  ``ان الحكومة`` belonging to the ambassador, reactions today (undated).

Conventions as in articles_blind2-9: a relative date (``أمس``) gets no date
without a dated dateline; a date given for an event (a tour, a meeting)
dates its quotes and the follow-ups of the same account; a cable's quotes,
and the follow-ups of the same account, take the cable's date (month
precision when the article gives no day); reactions to the leaks get no
date; a predicate in marks after ``أن X`` belongs to the outer speaker;
nominal objects after ``إلى``/``بـ``/``من``/``عن``, two-word fragments,
headlines of the form ``X: …`` and a cable's subject line are optional; an
unmarked quote after ``قائلا:`` is scored without its final full stop;
names of institutions, outlets, plans and one-word labels in marks are not
quotations; a role is the title chunk or the apposition, whichever is
fuller, without honorifics (``الدكتور``, ``د.``, ``م.``, ``المهندس``,
``اللواء``), which are not part of the name."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_EDL = "مؤسسة كهرباء لبنان"
_NASREDDINE = "كمال نصر الدين"
_NASREDDINE_ROLE = "المدير العام للمؤسسة"
_LB_FIN = "مصادر وزارة المالية"
_ABOUCHAKRA = "وليد أبو شقرا"
_ABOUCHAKRA_ROLE = "النائب عن دائرة الشوف"
_ITANI = "حسين عيتاني"
_ITANI_ROLE = "صاحب محل لبيع الألبان في برج البراجنة"
_SALLOUM = "رامي سلّوم"
_SALLOUM_ROLE = "الخبير في شؤون الطاقة"
_RAWASHDEH = "عدنان الرواشدة"
_RAWASHDEH_ROLE = "وزير المياه والري"
_ABBADI = "رنا العبادي"
_ABBADI_ROLE = "الناطقة الإعلامية باسم سلطة المياه"
_SHOUBAKI = "باسل الشوبكي"
_SHOUBAKI_ROLE = "أستاذ الهيدرولوجيا في الجامعة الأردنية"
_ZYOUD = "أبو خالد الزيود"
_ZYOUD_ROLE = "المواطن"
_JO_COMMITTEE = "لجنة الزراعة والمياه النيابية"
_PAHW = "المؤسسة العامة للرعاية السكنية"
_OTAIBI = "فيصل العتيبي"
_OTAIBI_ROLE = "مدير عام المؤسسة العامة للرعاية السكنية"
_DOSARI = "مشعل الدوسري"
_DOSARI_ROLE = "عضو لجنة الإسكان البرلمانية"
_KW_GOV = "مصادر حكومية"
_UMM_FAHD = "أم فهد"
_UMM_FAHD_ROLE = "موظفة تنتظر دورها منذ عام 2012"
_JEDDAH = "أمانة محافظة جدة"
_BAQAMI = "محمد البقمي"
_BAQAMI_ROLE = "المتحدث الرسمي لأمانة جدة"
_HARITHI = "سعد الحارثي"
_HARITHI_ROLE = "مدير إدارة الدفاع المدني بمنطقة مكة المكرمة"
_NCM = "المركز الوطني للأرصاد"
_ZAHRANI = "عبدالرحمن الزهراني"
_ZAHRANI_ROLE = "من سكان حي قويزة"
_MAZROUI = "منصور المزروعي"
_MAZROUI_ROLE = "أستاذ علم المناخ بجامعة الملك عبدالعزيز"
_BENAMMARA = "سامي بن عمارة"
_BENAMMARA_ROLE = "الامين العام المساعد للاتحاد العام التونسي للشغل"
_GUEROUI = "منير القروي"
_GUEROUI_ROLE = "الكاتب العام للاتحاد الجهوي للشغل بصفاقس"
_TN_GOV = "مصدر من رئاسة الحكومة"
_FERCHICHI = "نبيل الفرشيشي"
_FERCHICHI_ROLE = "الخبير الاقتصادي"
_HAYAA = "الهيئة الادارية"
_MILFORD = "روبرت ميلفورد"
_MILFORD_ROLE = "السفير الامريكي"
_TN_BUSINESSMAN = "رجل اعمال تونسي"
_US_TUNIS = "السفارة الامريكية بتونس"
_TN_MFA = "مسؤول في وزارة الخارجية التونسية"
_AYADI = "كمال العيادي"
_AYADI_ROLE = "الناشط الحقوقي"

GOLD = {
    # --- F14: fresh-author held-out set, six outlets -----------------------------
    "f14_akhbar_beirut_electricity": [
        q(
            "المخزون الحالي لا يكفي لأكثر من عشرة أيام، وبعدها ستضطر المؤسسة إلى إطفاء معملي "
            "الزهراني ودير عمار",
            _EDL,
        ),
        q(
            "المشكلة ليست تقنية بل مالية بامتياز",
            _NASREDDINE,
            _NASREDDINE_ROLE,
            aliases=("نصر الدين",),
        ),
        q(
            "طلبنا فتح اعتماد منذ شهرين ولم نتلقّ جواباً من وزارة المالية",
            _NASREDDINE,
            _NASREDDINE_ROLE,
            aliases=("نصر الدين",),
        ),
        q(
            "الوزارة لا تستطيع الصرف من خارج الموازنة من دون قرار من مجلس الوزراء",
            _LB_FIN,
        ),
        # two-word fragment
        q(
            "فضيحة موصوفة",
            _ABOUCHAKRA,
            _ABOUCHAKRA_ROLE,
            aliases=("أبو شقرا",),
            optional=True,
        ),
        q(
            "كل صيف نسمع الحكاية نفسها، والمواطن يدفع مرتين: للدولة وللمولّد",
            _ABOUCHAKRA,
            _ABOUCHAKRA_ROLE,
            aliases=("أبو شقرا",),
        ),
        q(
            "البضاعة تفسد في البرّاد، ولم أعد أحتمل فاتورة المولّد",
            _ITANI,
            _ITANI_ROLE,
            aliases=("عيتاني",),
        ),
        # unmarked quote after قائلاً:
        q(
            "لا توجد خطة فعلية، هناك وعود فقط وعقود مؤجلة",
            _SALLOUM,
            _SALLOUM_ROLE,
            aliases=("سلّوم",),
        ),
    ],
    "f14_dustour_amman_water": [
        q(
            "الموسم المطري الحالي هو الأضعف منذ عشر سنوات",
            _RAWASHDEH,
            _RAWASHDEH_ROLE,
            "2025-12-08",
            aliases=("الرواشدة",),
        ),
        # nominal object after إلى
        q(
            "ترشيد الاستهلاك بأقصى درجة ممكنة",
            _RAWASHDEH,
            _RAWASHDEH_ROLE,
            "2025-12-08",
            aliases=("الرواشدة",),
            optional=True,
        ),
        q(
            "نسبة التخزين في السدود لم تتجاوز 18 بالمئة من سعتها الكلية",
            _RAWASHDEH,
            _RAWASHDEH_ROLE,
            "2025-12-08",
            aliases=("الرواشدة",),
        ),
        q(
            "سنلجأ إلى برنامج توزيع مبرمج في عدد من مناطق العاصمة والزرقاء اعتبارا من الأسبوع "
            "المقبل",
            _RAWASHDEH,
            _RAWASHDEH_ROLE,
            "2025-12-08",
            aliases=("الرواشدة",),
        ),
        q(
            "مشروع الناقل الوطني يسير وفق الجدول الزمني المحدد، ومن المتوقع طرح العطاء الرئيسي "
            "مطلع العام المقبل",
            _ABBADI,
            _ABBADI_ROLE,
            aliases=("العبادي",),
        ),
        q(
            "الاعتماد على المياه الجوفية وصل إلى حدود الخطر",
            _SHOUBAKI,
            _SHOUBAKI_ROLE,
            aliases=("الشوبكي",),
        ),
        q(
            "بعض الأحواض تُستنزف بضعف قدرتها على التغذية",
            _SHOUBAKI,
            _SHOUBAKI_ROLE,
            aliases=("الشوبكي",),
        ),
        q(
            "الماء يصلنا يوما واحدا في الأسبوع، ونشتري الصهاريج بأسعار مرتفعة",
            _ZYOUD,
            _ZYOUD_ROLE,
            aliases=("الزيود",),
        ),
        # nominal object after بـ
        q(
            "خطة طوارئ وطنية واضحة المعالم",
            _JO_COMMITTEE,
            optional=True,
        ),
    ],
    "f14_jarida_kuwait_housing": [
        # headline «الإسكان»: …
        q(
            "90 ألف طلب على قائمة الانتظار",
            _PAHW,
            aliases=("الإسكان",),
            optional=True,
        ),
        # sub-headline العتيبي لـ الجريدة•: …
        q(
            "تسليم قسائم جنوب المطلاع خلال 2026",
            _OTAIBI,
            _OTAIBI_ROLE,
            aliases=("العتيبي",),
            optional=True,
        ),
        q(
            "عدد الطلبات الإسكانية القائمة تجاوز 90 ألف طلب حتى نهاية نوفمبر الماضي",
            _OTAIBI,
            _OTAIBI_ROLE,
            aliases=("العتيبي",),
        ),
        q(
            "المؤسسة ستبدأ توزيع القسائم في مدينة جنوب المطلاع خلال العام المقبل، بعد استكمال "
            "البنية التحتية",
            _OTAIBI,
            _OTAIBI_ROLE,
            aliases=("العتيبي",),
        ),
        q(
            "العقبة الأكبر تبقى توفير الأراضي، وهو أمر خارج عن صلاحيات المؤسسة",
            _OTAIBI,
            _OTAIBI_ROLE,
            aliases=("العتيبي",),
        ),
        # unmarked quote after قائلا:
        q(
            "المواطن ينتظر خمس عشرة سنة للحصول على بيت، وهذا غير مقبول في دولة بحجم ميزانية الكويت",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "قدمنا اقتراحا بقانون لإنشاء شركات مساهمة لبناء المدن الإسكانية، لكنه لا يزال حبيس "
            "الأدراج",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "مجلس الوزراء سيناقش في جلسته المقبلة تخصيص أراض جديدة في منطقة الخيران",
            _KW_GOV,
        ),
        q(
            "نعيش مع أهل زوجي في غرفة واحدة، وكل سنة يقولون لنا السنة الجاية",
            _UMM_FAHD,
            _UMM_FAHD_ROLE,
        ),
    ],
    "f14_madina_jeddah_rain": [
        # headline أمانة جدة: …
        q(
            "رفع الجاهزية استعدادًا للحالة المطرية",
            _JEDDAH,
            aliases=("أمانة جدة",),
            optional=True,
        ),
        q(
            "الأمانة جهزت أكثر من 2000 معدة وآلية، إضافة إلى فرق ميدانية تعمل على مدار الساعة",
            _BAQAMI,
            _BAQAMI_ROLE,
            aliases=("البقمي",),
        ),
        q(
            "تصريف مياه الأمطار في الأنفاق الرئيسية سيتم عبر محطات ضخ جديدة دخلت الخدمة هذا العام",
            _BAQAMI,
            _BAQAMI_ROLE,
            aliases=("البقمي",),
        ),
        q(
            "نهيب بالجميع الابتعاد عن مجاري السيول والأودية وعدم المجازفة بعبورها",
            _HARITHI,
            _HARITHI_ROLE,
            aliases=("الحارثي",),
        ),
        q(
            "هطول أمطار رعدية متوسطة إلى غزيرة على أجزاء من منطقة مكة المكرمة تشمل جدة ورابغ",
            _NCM,
        ),
        q(
            "لا نزال نتذكر ما حدث قبل سنوات، ونأمل أن تكون الاستعدادات هذه المرة كافية",
            _ZAHRANI,
            _ZAHRANI_ROLE,
            aliases=("الزهراني",),
        ),
        q(
            "كميات الأمطار المتوقعة لا تدعو للقلق",
            _MAZROUI,
            _MAZROUI_ROLE,
            aliases=("المزروعي",),
        ),
        q(
            "المهم أن تكون شبكات التصريف نظيفة قبل بداية الهطول",
            _MAZROUI,
            _MAZROUI_ROLE,
            aliases=("المزروعي",),
        ),
    ],
    "f14_maghreb_tunis_union": [
        q(
            "المنظمة الشغيلة لن تقبل بتجميد الاجور تحت اي ذريعة",
            _BENAMMARA,
            _BENAMMARA_ROLE,
            "2025-12-06",
            aliases=("بن عمارة",),
        ),
        q(
            "الحكومة اختارت سياسة الهروب الى الامام ورفضت الجلوس الى طاولة المفاوضات منذ اكثر "
            "من سنة",
            _BENAMMARA,
            _BENAMMARA_ROLE,
            "2025-12-06",
            aliases=("بن عمارة",),
        ),
        q(
            "اذا تواصل هذا التمشي فان كل الخيارات مطروحة بما في ذلك الاضراب العام",
            _BENAMMARA,
            _BENAMMARA_ROLE,
            "2025-12-06",
            aliases=("بن عمارة",),
        ),
        q(
            "الجهة تعيش على وقع احتقان اجتماعي غير مسبوق بسبب غلاء الاسعار وتدهور المقدرة الشرائية",
            _GUEROUI,
            _GUEROUI_ROLE,
            "2025-12-06",
            aliases=("القروي",),
        ),
        q(
            "باب الحوار لم يغلق وان الاولوية حاليا للتحكم في عجز الميزانية",
            _TN_GOV,
        ),
        # unmarked quote after قائلا:, no full stop in the scraped text
        q(
            "قانون المالية لسنة 2026 لا يترك هامشا كبيرا للزيادة في الاجور لكن غياب التفاوض "
            "يعمق الازمة",
            _FERCHICHI,
            _FERCHICHI_ROLE,
            aliases=("الفرشيشي",),
        ),
        # nominal objects after عن / الى
        q(
            "رفضها المطلق لضرب الحق النقابي",
            _HAYAA,
            None,
            "2025-12-06",
            optional=True,
        ),
        q(
            "تنظيم تجمع عمالي جهوي امام مقر الولاية",
            _HAYAA,
            None,
            "2025-12-06",
            optional=True,
        ),
    ],
    "f14_mosaique_wikileaks_cables": [
        q(
            "الفساد في تونس يزداد سوءا ولم يعد احد بمنأى عنه",
            _MILFORD,
            _MILFORD_ROLE,
            "2008-06-23",
            aliases=("ميلفورد",),
        ),
        q(
            "رجال الاعمال التونسيين يتجنبون الاستثمار خوفا من ان تستولي العائلة على مشاريعهم",
            _MILFORD,
            _MILFORD_ROLE,
            "2008-06-23",
            aliases=("ميلفورد",),
        ),
        # anonymous businessman relayed by the cable
        q(
            "عليك ان تدفع او ان تنسحب ليس هناك خيار ثالث",
            _TN_BUSINESSMAN,
            None,
            "2008-06-23",
        ),
        # predicate after ان الحكومة: the ambassador's
        q(
            "لا تتقبل اي انتقاد وترى في كل ملاحظة تدخلا في شؤونها الداخلية",
            _MILFORD,
            _MILFORD_ROLE,
            "2009-05",
            aliases=("ميلفورد",),
        ),
        # the cable's subject line
        q(
            "تونس: شركاء صعبون في مكافحة الارهاب",
            _US_TUNIS,
            None,
            "2009-05",
            optional=True,
        ),
        q(
            "بلاده تتعاون امنيا لكنها لا تريد دروسا في الديمقراطية",
            _TN_MFA,
            None,
            "2009-05",
        ),
        q(
            "البرقيات لم تكشف شيئا يجهله التونسيون لكنها اكدت ان الخارج كان يعرف كل شيء ويصمت",
            _AYADI,
            _AYADI_ROLE,
            aliases=("العيادي",),
        ),
        q(
            "الصمت الدولي كان جزءا من المشكلة",
            _AYADI,
            _AYADI_ROLE,
            aliases=("العيادي",),
        ),
    ],
}

BATCHES = {
    "F14": [
        "f14_akhbar_beirut_electricity",
        "f14_dustour_amman_water",
        "f14_jarida_kuwait_housing",
        "f14_madina_jeddah_rain",
        "f14_maghreb_tunis_union",
        "f14_mosaique_wikileaks_cables",
    ],
}

BLIND_ARTICLES_19 = {name: (_read(name), gold) for name, gold in GOLD.items()}
