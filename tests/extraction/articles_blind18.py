"""Fresh-author held-out set F13: six articles in Tunisian, Levantine and Gulf
outlet styles, written as a journalist would and annotated by hand, with the
gold below committed before the engine was run on any of them (format of
../shared/gold; offsets computed by ``articles.gold_with_offsets``). All
persons quoted are invented; the cable references are plausible but made up.

- Assabah cables (Tunis): 08TUNIS714 dated ``17 جويلية 2008`` and
  09TUNIS398 of ``جوان 2009`` without a day (Tunisian month names); the
  ambassador (``السفير الأمريكي آنذاك``) then ``وأضاف السفير``, an anonymous
  businessman relayed by a cable (``تنقل البرقية … عن … قوله:``), the cable's
  subject line, a programme and the paper in marks, a sociologist with a
  predicate in marks after ``إن ما ورد``, ``وتابع الحمروني:``, a union
  official with an unmarked quote after ``قائلا:``, an anonymous ministry
  source; ``أمس`` without a dated dateline.
- Al-Chourouk regional story (Sfax) as scraped web text: one paragraph, no
  hamzas, no full stops; a chamber president, ``واضاف`` with a bare quote,
  the regional director with ``مشيرا الى ان مصالحه "…"``, a ministry
  ``بلاغ`` dated ``يوم 24 نوفمبر 2025``, a housewife and an unnamed young
  man, ``"مغلق"`` and ``"الطابونة"`` as labels, an economist, ``وختم
  الطرابلسي قائلا:`` with an unmarked quote.
- Al-Nahar (Beirut): ``«…»`` marks, the role before the name without a
  verb of saying in front (``وزير الطاقة والمياه X حذّر من «…»``), a
  syndicate head, ``ويقول الخوري:``, EDL's statement dated ``28 تشرين
  الثاني 2025``, ``«…»، تقول عازار، وتتابع:``, a shopkeeper ``«…»، قال أبو
  علي … قبل أن يضيف:``, a plan and a bloc in marks, MPs' demand after
  ``بـ``.
- Al-Quds Al-Arabi Damascus correspondent as scraped web text: the outlet in
  marks in the dateline, an estate agent (``ابو سامر``), ``ويضيف`` with a
  bare quote, an official with ``المهندس``, a minister relayed by SANA
  (``نقلت وكالة … عن … قوله ان``), a researcher (``ويتابع الشعار``), a
  widow, an anonymous union source (``بحسب مصدر … فان «…»``).
- Al-Ayam (Bahrain): a byline instead of a dateline, ``أمس`` undated, the
  minister with a predicate in marks after ``مشيرًا إلى أن``, a programme
  and a project named, an MP given as ``النائب`` plus a committee
  apposition, his question (``وتساءل``), a cabinet secretariat statement
  issued after a session dated ``يوم الاثنين 24 نوفمبر 2025``, a director
  with ``داعيةً المواطنين إلى "…"``, a citizen.
- Al-Watan (Qatar): ``“…”`` marks, an engineer speaking on a tour dated
  ``يوم الأحد 30 نوفمبر 2025`` (his follow-ups take that date), a
  prepositional fragment after ``نُفذت``, the traffic department's
  statement and ``وحثت … على “…”``, residents, a professor with ``الدكتور``
  and an unmarked quote after ``قائلاً:``; ``“الوطن”`` and ``"أشغال"`` as
  names.

Conventions as in articles_blind2-9: a relative date (``أمس``) gets no date
without a dated dateline; a date given for an event (a tour, a cabinet
session, a statement) dates its quotes and the follow-ups of the same
account; a cable's quotes, and the follow-ups of the same account, take the
cable's date (month precision when the article gives no day); reactions to
the leaks get no date; a predicate in marks after ``أن X`` belongs to the
outer speaker; a quote relayed by a cable or an agency from a third person
belongs to the third person; nominal objects after ``إلى``/``بـ``/``من``/
``على``, prepositional fragments, two-word fragments, headlines of the form
``X: …`` and a cable's subject line are optional; an unmarked quote after
``قائلا:`` is scored without its final full stop, and a multi-sentence
answer is one quote; a question asked by an MP is scored; names of parties,
blocs, companies, programmes, plans, projects, outlets and one-word labels
in marks are not quotations; a role is the title chunk or the apposition,
whichever is fuller, without honorifics (``الدكتور``, ``المهندس``), which are
not part of the name; an anonymous speaker is named by its description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_MCKENZIE = "روبرت ماكنزي"
_MCKENZIE_ROLE = "السفير الأمريكي"
_TN_BUSINESSMAN = "رجل أعمال تونسي"
_US_TUNIS = "السفارة الأمريكية بتونس"
_HAMROUNI = "منير الحمروني"
_HAMROUNI_ROLE = "الأستاذ الجامعي والباحث في علم الاجتماع"
_ZOUARI = "الهادي الزواري"
_ZOUARI_ROLE = "عضو المكتب التنفيذي للاتحاد العام التونسي للشغل"
_TN_MFA_SOURCE = "مصدر بوزارة الشؤون الخارجية"
_TRABELSI = "محمد الطرابلسي"
_TRABELSI_ROLE = "رئيس الغرفة الجهوية للمخابز بصفاقس"
_BOUZIDI = "كمال البوزيدي"
_BOUZIDI_ROLE = "المدير الجهوي للتجارة بصفاقس"
_TN_COMMERCE = "وزارة التجارة وتنمية الصادرات"
_FATMA = "فاطمة"
_FATMA_ROLE = "ربة بيت"
_YOUNG_MAN = "شاب يعمل في مقهى قريب"
_MASMOUDI = "عبد الستار المصمودي"
_MASMOUDI_ROLE = "الخبير في الاقتصاد"
_ABOU_CHAKRA = "وليد أبو شقرا"
_ABOU_CHAKRA_ROLE = "وزير الطاقة والمياه"
_KHOURY = "جورج الخوري"
_KHOURY_ROLE = "رئيس تجمع أصحاب المولدات الخاصة"
_EDL = "مؤسسة كهرباء لبنان"
_AZAR = "ريتا عازار"
_AZAR_ROLE = "الخبيرة في شؤون الطاقة في الجامعة الأميركية في بيروت"
_ABU_ALI = "أبو علي"
_ABU_ALI_ROLE = "صاحب دكان في برج البراجنة"
_TAHRIR_MPS = "نواب من كتلة التنمية والتحرير"
_ABU_SAMER = "ابو سامر"
_ABU_SAMER_ROLE = "صاحب مكتب عقاري في حي المزة"
_HALABI = "سامر الحلبي"
_HALABI_ROLE = "مدير الشؤون العقارية في محافظة دمشق"
_SAATI = "نبيل الساعاتي"
_SAATI_ROLE = "وزير الاشغال العامة والاسكان"
_SHAAR = "كرم الشعار"
_SHAAR_ROLE = "الباحث الاقتصادي المقيم في دمشق"
_UMM_MOHAMMAD = "ام محمد"
_UMM_MOHAMMAD_ROLE = "ارملة تعيل ثلاثة اطفال"
_ENG_SOURCE = "مصدر في نقابة المهندسين"
_DOSARI = "إبراهيم خليل الدوسري"
_DOSARI_ROLE = "وزير الإسكان والتخطيط العمراني"
_BUAINAIN = "حمد عيسى البوعينين"
_BUAINAIN_ROLE = "رئيس لجنة المرافق العامة والبيئة بمجلس النواب"
_BH_CABINET = "الأمانة العامة لمجلس الوزراء"
_KOOHEJI = "مريم جاسم الكوهجي"
_KOOHEJI_ROLE = "مديرة إدارة خدمات المستفيدين بالوزارة"
_ALI_HASSAN = "علي حسن"
_ALI_HASSAN_ROLE = "موظف ينتظر وحدته منذ 2008"
_KUWARI = "عبدالله محمد الكواري"
_KUWARI_ROLE = "مدير إدارة مشاريع الطرق في أشغال"
_QA_TRAFFIC = "الإدارة العامة للمرور"
_MARRI = "سالم راشد المري"
_MARRI_ROLE = "المواطن"
_FATHI = "أحمد فتحي"
_FATHI_ROLE = "محاسب في منطقة الدفنة"
_HAJRI = "خالد ناصر الهاجري"
_HAJRI_ROLE = "أستاذ هندسة النقل بجامعة قطر"

GOLD = {
    # --- F13: fresh-author held-out set, six outlets -----------------------------
    "f13_assabah_tunis_cables": [
        q(
            "الاحتقان في الحوض المنجمي لم يعد شأنا محليا، بل صار مؤشرا على فشل منوال التنمية في "
            "الجهات الداخلية",
            _MCKENZIE,
            _MCKENZIE_ROLE,
            "2008-07-17",
            aliases=("ماكنزي", "السفير"),
        ),
        q(
            "السلطات تراهن على الحل الأمني وحده، وهو رهان قصير النفس",
            _MCKENZIE,
            _MCKENZIE_ROLE,
            "2008-07-17",
            aliases=("ماكنزي", "السفير"),
        ),
        # relayed by the cable from an anonymous businessman
        q(
            "لا أحد يجرؤ على الاستثمار في قفصة ما دامت الصفقات الكبرى تمر عبر العائلة",
            _TN_BUSINESSMAN,
            None,
            "2008-07-17",
        ),
        # the cable's subject line
        q(
            "تونس: نمو بلا تشغيل",
            _US_TUNIS,
            None,
            "2009-06",
            optional=True,
        ),
        q(
            "نسبة البطالة في صفوف حاملي الشهادات العليا تفوق بكثير الأرقام الرسمية",
            _US_TUNIS,
            None,
            "2009-06",
        ),
        q(
            "لا يضيف جديدا للتونسيين، لكنه يؤكد أن الأجانب كانوا يرون ما نراه",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            aliases=("الحمروني",),
        ),
        q(
            "الفرق أن السفارة كانت تكتب ذلك في برقيات سرية، بينما كان من يقوله علنا يدفع الثمن",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            aliases=("الحمروني",),
        ),
        q(
            "شهادة إضافية على أن انتفاضة الحوض المنجمي كانت الشرارة الأولى",
            _ZOUARI,
            _ZOUARI_ROLE,
            aliases=("الزواري",),
        ),
        # unmarked quote after قائلا:
        q(
            "لقد دفع أبناء الرديف ثمن صمت الجميع، ولا نريد أن يتكرر ذلك",
            _ZOUARI,
            _ZOUARI_ROLE,
            aliases=("الزواري",),
        ),
        q(
            "هذه وثائق تعبر عن آراء كاتبيها ولا تلزم الدولة التونسية في شيء",
            _TN_MFA_SOURCE,
            None,
        ),
    ],
    "f13_chourouk_sfax_bread": [
        q(
            "المخابز لم تتسلم مستحقاتها منذ سبعة اشهر وبعض اصحابها صاروا عاجزين عن خلاص العمال",
            _TRABELSI,
            _TRABELSI_ROLE,
            aliases=("الطرابلسي",),
        ),
        q(
            "نحن لا نريد معاقبة المواطن لكن صبرنا نفد",
            _TRABELSI,
            _TRABELSI_ROLE,
            aliases=("الطرابلسي",),
        ),
        q(
            "جزءا هاما من المستحقات سيصرف قبل نهاية الشهر الجاري",
            _BOUZIDI,
            _BOUZIDI_ROLE,
            aliases=("البوزيدي",),
        ),
        q(
            "ستتصدى لكل عملية احتكار او بيع مشروط",
            _BOUZIDI,
            _BOUZIDI_ROLE,
            aliases=("البوزيدي",),
        ),
        q(
            "التزود بالفارينة يتم بصفة عادية وان الاشكال ظرفي ومحدود",
            _TN_COMMERCE,
            None,
            "2025-11-24",
        ),
        q(
            "نقف في الطابور منذ السادسة صباحا ولا نعود الا بخبزتين",
            _FATMA,
            _FATMA_ROLE,
        ),
        q(
            "تبيع الخبز المدعم بثمن مضاعف تحت مسمى الخبز المحسن",
            _YOUNG_MAN,
            None,
        ),
        q(
            "منظومة الدعم كلها تحتاج الى مراجعة جذرية لا الى حلول ترقيعية",
            _MASMOUDI,
            _MASMOUDI_ROLE,
            aliases=("المصمودي",),
        ),
        # unmarked quote after قائلا:
        q(
            "اذا لم تصرف المستحقات هذا الاسبوع فان الاضراب سيشمل كل معتمديات الولاية",
            _TRABELSI,
            _TRABELSI_ROLE,
            aliases=("الطرابلسي",),
        ),
    ],
    "f13_nahar_beirut_generators": [
        # nominal object after من
        q(
            "التمادي في استغلال حاجة الناس",
            _ABOU_CHAKRA,
            _ABOU_CHAKRA_ROLE,
            aliases=("أبو شقرا",),
            optional=True,
        ),
        q(
            "أعطينا تعليمات واضحة للمحافظين والبلديات، ومن يخالف التسعيرة سيُنزع عداده ويُحال "
            "على القضاء",
            _ABOU_CHAKRA,
            _ABOU_CHAKRA_ROLE,
            aliases=("أبو شقرا",),
        ),
        q(
            "نعرف أن الدولة هي المقصّرة أولاً، لكن هذا لا يبرّر الفوضى",
            _ABOU_CHAKRA,
            _ABOU_CHAKRA_ROLE,
            aliases=("أبو شقرا",),
        ),
        q(
            "التسعيرة الرسمية لا تأخذ في الاعتبار سعر المازوت الحقيقي ولا كلفة الصيانة",
            _KHOURY,
            _KHOURY_ROLE,
            aliases=("الخوري",),
        ),
        q(
            "نحن لسنا تجّاراً جشعين كما يصوّروننا. نحن نسدّ فراغاً تركته الدولة منذ ثلاثين عاماً",
            _KHOURY,
            _KHOURY_ROLE,
            aliases=("الخوري",),
        ),
        q(
            "وصول باخرة الفيول المنتظرة سيسمح برفع التغذية تدريجاً إلى ثماني ساعات",
            _EDL,
            None,
            "2025-11-28",
        ),
        q(
            "سمعنا هذا الوعد عشرات المرات",
            _AZAR,
            _AZAR_ROLE,
            aliases=("عازار",),
        ),
        q(
            "المشكلة ليست في باخرة أو اثنتين، بل في غياب أي إصلاح فعلي للقطاع",
            _AZAR,
            _AZAR_ROLE,
            aliases=("عازار",),
        ),
        q(
            "ندفع نصف المعاش للمولّد",
            _ABU_ALI,
            _ABU_ALI_ROLE,
        ),
        q(
            "وإذا اشتكينا يقطعون الاشتراك",
            _ABU_ALI,
            _ABU_ALI_ROLE,
        ),
        # nominal object after بـ
        q(
            "خطة واضحة ومحددة زمنياً",
            _TAHRIR_MPS,
            None,
            optional=True,
        ),
    ],
    "f13_qudsarabi_damascus_rents": [
        q(
            "شقة من غرفتين في المزة باتت تؤجر بخمسمئة دولار شهريا، وهذا رقم لم نكن نحلم به قبل سنة",
            _ABU_SAMER,
            _ABU_SAMER_ROLE,
        ),
        q(
            "المالك يطلب الدفع لستة اشهر سلفا وبالدولار حصرا",
            _ABU_SAMER,
            _ABU_SAMER_ROLE,
        ),
        q(
            "تعمل على اعداد دراسة لتنظيم عقود الايجار وتسجيلها الكترونيا",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        q(
            "اي مالك يرفض تسجيل العقد سيتعرض للمساءلة",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        # relayed by SANA
        q(
            "مشروع السكن البديل في ماروتا سيطرح الدفعة الاولى من الشقق خلال الربع الاول من العام "
            "المقبل",
            _SAATI,
            _SAATI_ROLE,
            aliases=("الساعاتي",),
        ),
        q(
            "لا يكون بالوعود بل بفتح باب الاعمار امام القطاع الخاص",
            _SHAAR,
            _SHAAR_ROLE,
            aliases=("الشعار",),
        ),
        q(
            "طالما بقيت اكثر من ثلث المساكن مدمرة او غير صالحة، فالاسعار ستواصل الارتفاع",
            _SHAAR,
            _SHAAR_ROLE,
            aliases=("الشعار",),
        ),
        q(
            "اخرجني المالك لانه وجد مستاجرا يدفع اكثر، والان نسكن في غرفة عند اخي",
            _UMM_MOHAMMAD,
            _UMM_MOHAMMAD_ROLE,
        ),
        q(
            "نحو اربعين في المئة من ابنية الغوطة الشرقية تحتاج الى هدم كامل",
            _ENG_SOURCE,
            None,
        ),
    ],
    "f13_ayam_bahrain_housing": [
        q(
            "أولوية التوزيع ستكون للطلبات القديمة التي تعود إلى ما قبل عام 2010",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "لن نترك أي مواطن على قوائم الانتظار أكثر مما يجب، وبرنامج مزايا سيتوسع ليشمل فئات "
            "جديدة",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "هناك أكثر من 2500 أسرة ستتسلم مفاتيحها قبل نهاية الربع الأول",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "الأرقام المعلنة مشجعة، لكن المواطن يريد أن يرى الوحدات على أرض الواقع لا في المؤتمرات "
            "الصحفية",
            _BUAINAIN,
            _BUAINAIN_ROLE,
            aliases=("البوعينين",),
        ),
        # an MP's question
        q(
            "لماذا تتأخر مشاريع المحافظة الشمالية في كل مرة؟",
            _BUAINAIN,
            _BUAINAIN_ROLE,
            aliases=("البوعينين",),
        ),
        q(
            "الحكومة ماضية في تنفيذ التزاماتها الإسكانية وفق البرنامج الحكومي",
            _BH_CABINET,
            None,
            "2025-11-24",
        ),
        q(
            "المستفيدين سيتم إخطارهم عبر الرسائل النصية والتطبيق الإلكتروني",
            _KOOHEJI,
            _KOOHEJI_ROLE,
            aliases=("الكوهجي",),
        ),
        # nominal object after إلى
        q(
            "تحديث بياناتهم قبل نهاية ديسمبر",
            _KOOHEJI,
            _KOOHEJI_ROLE,
            aliases=("الكوهجي",),
            optional=True,
        ),
        q(
            "سبعة عشر عامًا وأنا أنتقل من شقة إيجار إلى أخرى، كل ما أريده بيت يجمع أولادي",
            _ALI_HASSAN,
            _ALI_HASSAN_ROLE,
        ),
    ],
    "f13_watan_qatar_roads": [
        q(
            "التقاطع سيخفض زمن الرحلة بين الوكرة ووسط الدوحة بنحو عشرين دقيقة في أوقات الذروة",
            _KUWARI,
            _KUWARI_ROLE,
            "2025-11-30",
            aliases=("الكواري",),
        ),
        q(
            "راعينا في التصميم مسارات خاصة للحافلات ومعابر آمنة للمشاة",
            _KUWARI,
            _KUWARI_ROLE,
            "2025-11-30",
            aliases=("الكواري",),
        ),
        # prepositional fragment
        q(
            "بأيدٍ وخبرات قطرية بنسبة كبيرة",
            _KUWARI,
            _KUWARI_ROLE,
            "2025-11-30",
            aliases=("الكواري",),
            optional=True,
        ),
        q(
            "الدوريات ستنتشر في محيط التقاطع خلال الأسابيع الأولى لتوجيه السائقين",
            _QA_TRAFFIC,
            None,
        ),
        # nominal object after على
        q(
            "الالتزام بالسرعات المحددة واللوحات الإرشادية",
            _QA_TRAFFIC,
            None,
            optional=True,
        ),
        q(
            "كنا نقضي ساعة كاملة في الزحام صباحاً، اليوم الوضع مختلف تماماً",
            _MARRI,
            _MARRI_ROLE,
        ),
        q(
            "الطريق أفضل، لكن اللوحات الإرشادية تحتاج إلى وضوح أكثر عند المخارج",
            _FATHI,
            _FATHI_ROLE,
        ),
        q(
            "هذه المشاريع ضرورية، لكن الحل الجذري يكمن في تعزيز استخدام المترو والنقل العام",
            _HAJRI,
            _HAJRI_ROLE,
            aliases=("الهاجري",),
        ),
        # unmarked quote after قائلاً:
        q(
            "إن أي طريق جديد سيمتلئ بالسيارات خلال سنوات قليلة إذا لم نغير ثقافة التنقل",
            _HAJRI,
            _HAJRI_ROLE,
            aliases=("الهاجري",),
        ),
    ],
}

BATCHES = {
    "F13": [
        "f13_assabah_tunis_cables",
        "f13_chourouk_sfax_bread",
        "f13_nahar_beirut_generators",
        "f13_qudsarabi_damascus_rents",
        "f13_ayam_bahrain_housing",
        "f13_watan_qatar_roads",
    ],
}

BLIND_ARTICLES_18 = {name: (_read(name), gold) for name, gold in GOLD.items()}
