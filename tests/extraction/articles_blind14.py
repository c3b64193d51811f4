"""Fresh-author held-out set F9: eight articles in the styles of Tunisian,
Levantine, Gulf and pan-Arab outlets, written as their journalists write and
annotated by hand, with the gold below committed before the engine was run
on any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up. Four of the eight are copied as from a
scraped web feed (one block, no paragraph breaks, hamza dropped: ``اكد``,
``اضاف``, ``ان``, ``الى``, sentences running on without a full stop); the
gold texts keep the hamza-less spelling of the file.

- Al-Sabah cables (Tunis, scraped): 08TUNIS712 dated ``19 جوان 2008`` and
  09TUNIS158 of ``فيفري 2009`` without a day; the ambassador (``السفير
  الامريكي انذاك``), an anonymous businessman relayed by the cable (``قوله
  "…"`` without a colon, then ``وتابع رجل الاعمال "…"``), an anonymous former
  central-bank official, the second cable's subject line, reactions today
  (an economist, a former minister with a predicate in marks and an unmarked
  quote after ``قائلا:``, an association's ``بيان`` with ``بـ"…"`` and
  ``معتبرة ان "…"``); ``"سري"``, a party and the paper in marks.
- Al-Joumhouria cables (Beirut, clean, ``«…»``): 07BEIRUT1582 dated ``12
  تشرين الأول 2007`` and 08BEIRUT407 of ``آذار 2008``; the chargé
  d'affaires, an anonymous former minister relayed by him, ``ويعلّق``/
  ``ويضيف``, the second cable's subject line, the ambassador and an MP she
  met (``الذي قال لها إنّ «…»``, ``حذّر … من «…»``, ``مضيفاً:``), the
  subheading ``«كلام مجتزأ»``, the MP's reaction today, an anonymous Western
  diplomat; a bloc, ``«سرّي»`` and ``«الفراغ»`` in marks.
- Tunisie Numerique Arabic (scraped): ``اليوم الخميس 27 نوفمبر 2025`` dating
  the head of the oil board and his follow-ups (``واضاف``, ``مبرزا ان``), the
  farmers' union (predicate after ``ان الفلاحين``, ``وتابع "…"``), a
  ministry ``بلاغ`` dated ``يوم الاربعاء 26 نوفمبر 2025`` (``دعت … الى
  "…"``, ``واوضح البلاغ``), a farmer (``مضيفا "…"``), an unmarked quote
  after ``قائلا:``; a radio, a label (``"سائب"``) and a programme in marks.
- Al-Watan Syria (Rural Damascus, scraped): a company director (``المهندس``),
  ``مشيرا الى ان الشركة "…"``, the minister relayed by SANA ``في 20 تشرين
  الثاني 2025``, a council member (``وتابع "…"``), an anonymous source, a
  resident (``ام خالد، وهي من سكان …``), an unmarked quote after
  ``قائلا:``; a campaign and outlets in marks.
- Al-Riyadh (scraped, ``“…”``): a headline ``وزير البلديات: …``, the
  minister (``واضاف في تصريح نقلته … "واس" ان``), the programme's spokesman
  (``مبينا ان``), a report of the real-estate authority dated ``15 ربيع الاخر
  1447هـ الموافق 7 اكتوبر 2025``, citizens, an unmarked quote after
  ``قائلة:``; ``“سكني”``, ``“واس”``, ``“الرياض”`` and a track name in marks;
  ``امس`` without a dated dateline.
- Al-Dustour (Amman, clean, ``"…"``): a finance committee session ``أمس``
  (undated), its chairman, the minister (``الدكتور``; ``وتابع وزير
  المالية:``), an MP's question, an MP's demand (``بـ"…"``) and ``مؤكدة أن
  "…"``, the prime minister relayed by Petra ``يوم الأحد 30 تشرين الثاني
  2025``, the audit bureau's report, an anonymous parliamentary source; the
  committee and a project in marks.
- Al-Watan Kuwait (clean, ``«…»``): a headline ``المطيري لـ«الوطن»: …``, the
  municipality's director (``م.``), ``«…»، قال المطيري …، «…»`` split around
  the speaker, anonymous sources, a committee report (``أوصت … بـ«…»``,
  ``وجاء في التقرير``), an unmarked quote after ``قائلا:`` that ends with a
  slogan in marks (``«كويت جديدة»``, not a quote), a shop owner and
  ``ويضيف:``; ``د.`` and ``م.`` as honorifics.
- Arabi21 (clean, ``"…"``): a translated Guardian report, the paper as
  speaker (``وقالت الصحيفة``) and a headline ``"الغارديان": …``; a refugee
  relayed by the paper (``قولها:``, ``وأضافت:``), a UN spokesman
  (``وبحسب التقرير، قال``), an anonymous Egyptian official, an organisation
  (``وصفه … بأنه "…"``), an activist speaking to Arabi21 and closing with an
  unmarked quote after ``قائلا:``; a law, an organisation and an initiative
  in marks.

Conventions as in articles_blind2-9: a relative date (``أمس``/``امس``) gets
no date without a dated dateline; a date given for a statement (``اليوم
الخميس 27 نوفمبر 2025``, a ``بلاغ`` or a report of a given day, a
statement relayed by an agency on a given day) dates its quotes and the
follow-ups of the same account, and nothing else in the article; a cable's
quotes, and the follow-ups of the same account, take the cable's date (month
precision when the article gives no day); reactions to the leaks get no
date; a predicate in marks after ``أن X`` belongs to the outer speaker
(``ان الفلاحين "…"``, ``ان الشركة "…"``, ``ان ما ورد في البرقيات "…"``); a
quote relayed by a cable or a newspaper from a named or anonymous person
belongs to that person; nominal objects after ``إلى``/``بـ``/``من``
(``بـ"…"``, ``الى "…"``, ``حذّر … من «…»``), two-word fragments, headlines
of the form ``X: …``, a subheading in marks and a cable's subject line are
optional; an unmarked quote after ``قائلا:``/``قائلة:`` is scored without
its final full stop; names of parties, blocs, programmes, campaigns,
projects, laws, organisations, outlets and one-word labels in marks are not
quotations; a role is the title chunk or the apposition, whichever is
fuller, without honorifics (``الدكتور``, ``د.``, ``المهندس``, ``م.``), which
are not part of the name."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# Al-Sabah cables
_HARTLEY = "وليام هارتلي"
_HARTLEY_ROLE = "السفير الأمريكي"
_US_TUNIS = "السفارة الأمريكية بتونس"
_TN_BUSINESSMAN = "رجل أعمال تونسي ينشط في قطاع التوزيع"
_TN_BANKER = "مسؤول سابق في البنك المركزي التونسي"
_BEN_ACHOUR = "منير بن عاشور"
_BEN_ACHOUR_ROLE = "الخبير الاقتصادي"
_KAROUI = "الهادي القروي"
_KAROUI_ROLE = "وزير التجارة الأسبق"
_TN_TRANSPARENCY = "الجمعية التونسية للشفافية المالية"
# Al-Joumhouria cables
_HOPKINS = "دانيال هوبكنز"
_HOPKINS_ROLE = "القائم بالأعمال الأميركي في بيروت"
_LB_EX_MINISTER = "وزير لبناني سابق"
_US_BEIRUT = "السفارة الأميركية في بيروت"
_SANDERS = "ميشيل ساندرز"
_SANDERS_ROLE = "السفيرة الأميركية"
_AKIKI = "فارس جبران عقيقي"
_AKIKI_ROLE = "عضو تكتّل الإصلاح المدني"
_WEST_DIPLOMAT = "مصدر ديبلوماسي غربي"
# Tunisie Numerique
_HAMROUNI = "عبد الرزاق الحمروني"
_HAMROUNI_ROLE = "الرئيس المدير العام للديوان الوطني للزيت"
_SAIDI = "نور الدين السعيدي"
_SAIDI_ROLE = "نائب رئيس الاتحاد التونسي للفلاحة والصيد البحري"
_TN_AGRI = "وزارة الفلاحة والموارد المائية والصيد البحري"
_BEN_SALEM = "محمد الهادي بن سالم"
_MARZOUKI = "عادل المرزوقي"
# Al-Watan Syria
_DAOUD = "سامر خليل الداوود"
_DAOUD_ROLE = "مدير عام الشركة العامة لكهرباء ريف دمشق"
_HALABI = "غسان عادل الحلبي"
_HALABI_ROLE = "وزير الكهرباء"
_OTHMAN = "ماهر عثمان"
_OTHMAN_ROLE = "عضو مجلس محافظة ريف دمشق"
_SY_SOURCE = "مصدر في الشركة"
_UMM_KHALED = "أم خالد"
_UMM_KHALED_ROLE = "من سكان بلدة جرمانا"
_ABU_ALAA = "أبو علاء"
_ABU_ALAA_ROLE = "سائق السرفيس"
# Al-Riyadh
_MUTRAFI = "خالد بن عبدالعزيز المطرفي"
_MUTRAFI_ROLE = "وزير البلديات والإسكان"
_QAHTANI = "فهد بن سعد القحطاني"
_QAHTANI_ROLE = "المتحدث الرسمي لبرنامج سكني"
_REGA = "الهيئة العامة للعقار"
_SHEHRI = "عبدالله الشهري"
_DOSARI = "نوف الدوسري"
# Al-Dustour
_KHARABSHEH = "سليمان عودة الخرابشة"
_KHARABSHEH_ROLE = "رئيس اللجنة"
_SHARAIRI = "نبيل فؤاد الشرايري"
_SHARAIRI_ROLE = "وزير المالية"
_ABBADI = "محمد يوسف العبادي"
_MOMANI = "هالة سعيد المومني"
_HABASHNEH = "عادل منصور الحباشنة"
_HABASHNEH_ROLE = "رئيس الوزراء"
_JO_AUDIT = "ديوان المحاسبة"
_JO_SOURCE = "مصدر نيابي"
# Al-Watan Kuwait
_MUTAIRI = "فيصل جاسم المطيري"
_MUTAIRI_ROLE = "مدير عام بلدية الكويت"
_KW_SOURCES = "مصادر بلدية مطلعة"
_KW_COMMITTEE = "لجنة المرافق العامة في المجلس البلدي"
_AJMI = "حمد سالم العجمي"
_AJMI_ROLE = "عضو المجلس البلدي"
_ABU_MOHAMMED = "أبو محمد"
_ABU_MOHAMMED_ROLE = "صاحب محل للأدوات المنزلية في جليب الشيوخ"
# Arabi21
_GUARDIAN = "صحيفة الغارديان"
_AMINA = "أمينة عبد الرحيم"
_AMINA_ROLE = "معلمة سابقة من أم درمان"
_BORG = "كريستيان بورغ"
_BORG_ROLE = "المتحدث باسم مكتب مفوضية الأمم المتحدة لشؤون اللاجئين في القاهرة"
_EG_OFFICIAL = "مسؤول مصري في وزارة الداخلية"
_EG_OBSERVATORY = "المرصد المصري لحقوق المهاجرين"
_HAMED = "عثمان الطيب حامد"
_HAMED_ROLE = "الناشط السوداني في مجال الإغاثة"

GOLD = {
    # --- F9: fresh-author held-out set, eight outlets ----------------------------
    "f9_assabah_cables_business": [
        q(
            "مناخ الاعمال في تونس يزداد انغلاقا، والمستثمرون الاجانب يشتكون من ان كل صفقة كبرى "
            "تمر عبر دائرة ضيقة",
            _HARTLEY,
            _HARTLEY_ROLE,
            "2008-06-19",
            aliases=("هارتلي",),
        ),
        q(
            "الحكومة تعي جيدا حجم المشكل لكنها عاجزة او غير راغبة في مواجهته",
            _HARTLEY,
            _HARTLEY_ROLE,
            "2008-06-19",
            aliases=("هارتلي",),
        ),
        # relayed by the cable from an anonymous businessman, no colon
        q(
            "لقد تعلمنا ان لا نكبر اكثر من اللازم، فكل من يلفت الانظار يتلقى زيارة",
            _TN_BUSINESSMAN,
            None,
            "2008-06-19",
            aliases=("رجل الأعمال",),
        ),
        q(
            "البنوك لا تمنحك قرضا الا اذا عرفت الى اي جهة تنتمي",
            _TN_BUSINESSMAN,
            None,
            "2008-06-19",
            aliases=("رجل الأعمال",),
        ),
        # the second cable's subject line
        q(
            "تونس: الفساد يقترب من الخط الاحمر",
            _US_TUNIS,
            None,
            "2009-02",
            aliases=(_HARTLEY, "هارتلي"),
            optional=True,
        ),
        q(
            "الاحتياطي ليس في خطر لكن الثقة هي التي في خطر",
            _TN_BANKER,
            None,
            "2009-02",
        ),
        q(
            "الاستقرار الظاهر يخفي احتقانا قد ينفجر عند اول ازمة اجتماعية",
            _HARTLEY,
            _HARTLEY_ROLE,
            "2009-02",
            aliases=("هارتلي",),
        ),
        # reactions today: no date
        q(
            "البرقيات لم تكشف سرا بقدر ما وثقت ما كان يتداوله الجميع همسا في المقاهي والادارات",
            _BEN_ACHOUR,
            _BEN_ACHOUR_ROLE,
            aliases=("بن عاشور",),
        ),
        q(
            "الخطير ان نفس الاليات مازالت قائمة في بعض القطاعات الى اليوم، وان تغيرت الاسماء",
            _BEN_ACHOUR,
            _BEN_ACHOUR_ROLE,
            aliases=("بن عاشور",),
        ),
        # predicate after ان ما ورد في البرقيات
        q(
            "قراءة احادية الجانب لواقع اقتصادي معقد",
            _KAROUI,
            _KAROUI_ROLE,
            aliases=("القروي",),
        ),
        # unmarked after قائلا:
        q(
            "السفارة كانت تستمع لطرف واحد ولم تكلف نفسها عناء التثبت",
            _KAROUI,
            _KAROUI_ROLE,
            aliases=("القروي",),
        ),
        # nominal object after بـ
        q(
            "فتح كل ملفات الصفقات العمومية المبرمة بين 2005 و2010",
            _TN_TRANSPARENCY,
            optional=True,
        ),
        q(
            "المحاسبة لا تسقط بالتقادم، والراي العام من حقه ان يعرف من استفاد ومن دفع الثمن",
            _TN_TRANSPARENCY,
        ),
    ],
    "f9_joumhouria_cables_presidency": [
        # relayed by the chargé d'affaires from an anonymous former minister
        q(
            "الرئاسة لن تُحسم في بيروت، بل في عواصم أخرى، ونحن ننتظر الإشارة",
            _LB_EX_MINISTER,
            None,
            "2007-10-12",
        ),
        q(
            "جميع الأطراف يتصرّفون وكأنّ الفراغ أهون الشرور، ولا أحد مستعجل",
            _HOPKINS,
            _HOPKINS_ROLE,
            "2007-10-12",
            aliases=("هوبكنز",),
        ),
        q(
            "لا نملك أوراق ضغط كافية على المعارضة، وحلفاؤنا يدركون ذلك جيداً",
            _HOPKINS,
            _HOPKINS_ROLE,
            "2007-10-12",
            aliases=("هوبكنز",),
        ),
        # the second cable's subject line
        q(
            "لبنان: الحوار يدور في حلقة مفرغة",
            _US_BEIRUT,
            None,
            "2008-03",
            aliases=(_SANDERS, "ساندرز"),
            optional=True,
        ),
        q(
            "الحوار الوطني صار منبراً لتسجيل المواقف لا أكثر",
            _AKIKI,
            _AKIKI_ROLE,
            "2008-03",
            aliases=("عقيقي",),
        ),
        # two-word nominal object after حذّر … من
        q(
            "انزلاق الشارع",
            _AKIKI,
            _AKIKI_ROLE,
            "2008-03",
            aliases=("عقيقي",),
            optional=True,
        ),
        q(
            "إذا لم يُنتخب رئيس قبل الصيف فإنّ الحكومة ستسقط في الشارع لا في المجلس",
            _AKIKI,
            _AKIKI_ROLE,
            "2008-03",
            aliases=("عقيقي",),
        ),
        q(
            "عقيقي يعكس قلق شريحة واسعة من المستقلّين، لكنّه لا يملك قراره داخل الكتلة",
            _SANDERS,
            _SANDERS_ROLE,
            "2008-03",
            aliases=("ساندرز",),
        ),
        # subheading in marks, two words
        q(
            "كلام مجتزأ",
            _AKIKI,
            _AKIKI_ROLE,
            aliases=("عقيقي",),
            optional=True,
        ),
        # reaction today: no date
        q(
            "ما نُقل عنّي مجتزأ، فأنا قلت كلاماً أوسع بكثير في جلسة مجاملة، ولم أتوقّع أن يتحوّل "
            "إلى برقية",
            _AKIKI,
            _AKIKI_ROLE,
            aliases=("عقيقي",),
        ),
        q(
            "ومع ذلك، لا أتنصّل من جوهر ما قلته، فالحوار يومها كان فعلاً يدور حول نفسه",
            _AKIKI,
            _AKIKI_ROLE,
            aliases=("عقيقي",),
        ),
        q(
            "البرقيات تعكس قراءات آنيّة لموظفين في السفارة، ولا تمثّل بالضرورة سياسة واشنطن",
            _WEST_DIPLOMAT,
        ),
    ],
    "f9_tunisienumerique_olive_oil": [
        q(
            "صابة هذا الموسم تعد من افضل الصابات في العشرية الاخيرة وتقدر بنحو 340 الف طن",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            "2025-11-27",
            aliases=("الحمروني",),
        ),
        q(
            "الديوان سيتدخل لتعديل السوق في صورة تراجع الاسعار تحت كلفة الانتاج",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            "2025-11-27",
            aliases=("الحمروني",),
        ),
        q(
            "التوجه نحو الزيت المعلب اصبح ضرورة وليس خيارا",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            "2025-11-27",
            aliases=("الحمروني",),
        ),
        # predicate after ان الفلاحين: the union official's words
        q(
            "يبيعون بالخسارة منذ بداية الجني في عدد من الولايات",
            _SAIDI,
            _SAIDI_ROLE,
            aliases=("السعيدي",),
        ),
        q(
            "كلفة الجني ارتفعت بنسبة 30 بالمائة واليد العاملة اصبحت نادرة في صفاقس والقيروان "
            "وسيدي بوزيد",
            _SAIDI,
            _SAIDI_ROLE,
            aliases=("السعيدي",),
        ),
        # nominal object after الى
        q(
            "عدم التسرع في البيع",
            _TN_AGRI,
            None,
            "2025-11-26",
            aliases=("وزارة الفلاحة", "البلاغ"),
            optional=True,
        ),
        q(
            "خطا تمويليا بقيمة 100 مليون دينار وضع على ذمة المجمعين والمصدرين لتخزين الزيت",
            _TN_AGRI,
            None,
            "2025-11-26",
            aliases=("وزارة الفلاحة", "البلاغ"),
        ),
        q(
            "لا يغطي حتى اجرة العملة",
            _BEN_SALEM,
            "الفلاح",
            aliases=("بن سالم",),
        ),
        q(
            "عندي 600 شجرة، ولو بعت اليوم بسبعة دنانير للكيلو فساخسر نصف ما صرفته",
            _BEN_SALEM,
            "الفلاح",
            aliases=("بن سالم",),
        ),
        # unmarked after قائلا:
        q(
            "الاسعار ستتحسن بعد جانفي عندما تفتح الاسواق الاوروبية طلباتها الجديدة",
            _MARZOUKI,
            "التاجر",
            aliases=("المرزوقي",),
        ),
    ],
    "f9_watan_syria_electricity": [
        q(
            "ساعات التقنين ستتراجع تدريجيا خلال الاسبوعين القادمين بعد دخول المجموعة الثالثة في "
            "محطة دير علي الخدمة",
            _DAOUD,
            _DAOUD_ROLE,
            aliases=("الداوود",),
        ),
        q(
            "كميات الغاز الواردة الى المحطات تحسنت بنسبة تقارب 15 بالمئة مقارنة بالشهر الماضي",
            _DAOUD,
            _DAOUD_ROLE,
            aliases=("الداوود",),
        ),
        # predicate after ان الشركة
        q(
            "ستعطي الاولوية للمشافي ومحطات ضخ المياه والافران",
            _DAOUD,
            _DAOUD_ROLE,
            aliases=("الداوود",),
        ),
        q(
            "الوزارة تعمل على تامين التغذية لمدة لا تقل عن ست ساعات يوميا في كل المحافظات مع "
            "نهاية العام",
            _HALABI,
            _HALABI_ROLE,
            "2025-11-20",
            aliases=("الحلبي",),
        ),
        q(
            "الواقع على الارض مختلف، فبعض بلدات الغوطة لا تحصل على اكثر من ساعتين يوميا",
            _OTHMAN,
            _OTHMAN_ROLE,
            aliases=("عثمان",),
        ),
        q(
            "نتلقى يوميا عشرات الشكاوى من الاهالي، والحجة دائما الاعطال ونقص الكابلات",
            _OTHMAN,
            _OTHMAN_ROLE,
            aliases=("عثمان",),
        ),
        q(
            "سرقة الكابلات كلفت الشركة منذ بداية العام ما يزيد على 12 مليار ليرة، والاعتداءات "
            "تتكرر في المناطق نفسها",
            _SY_SOURCE,
        ),
        q(
            "الطعام يفسد في البراد لان الكهرباء لا تاتي الا في منتصف الليل",
            _UMM_KHALED,
            _UMM_KHALED_ROLE,
        ),
        # unmarked after قائلا:
        q(
            "صرنا نعرف مواعيد الكهرباء اكثر مما نعرف مواعيد الدوام",
            _ABU_ALAA,
            _ABU_ALAA_ROLE,
        ),
    ],
    "f9_riyadh_housing": [
        # headline X: …
        q(
            "التملك تجاوز 65%",
            _MUTRAFI,
            _MUTRAFI_ROLE,
            aliases=("وزير البلديات",),
            optional=True,
        ),
        q(
            "نسبة تملك الاسر السعودية للمساكن تجاوزت 65 في المئة، ونحن ماضون بثبات نحو مستهدف "
            "رؤية 2030",
            _MUTRAFI,
            _MUTRAFI_ROLE,
            aliases=("المطرفي",),
        ),
        q(
            "الدفعة الجديدة تراعي احتياجات الاسر الشابة وذوي الدخل المحدود في المدن الكبرى",
            _MUTRAFI,
            _MUTRAFI_ROLE,
            aliases=("المطرفي",),
        ),
        q(
            "المستفيد يستطيع الحجز الكترونيا عبر التطبيق دون الحاجة لمراجعة الفروع",
            _QAHTANI,
            _QAHTANI_ROLE,
            aliases=("القحطاني",),
        ),
        q(
            "الدعم السكني يصل الى 150 الف ريال للاسر المستحقة وفق الضوابط",
            _QAHTANI,
            _QAHTANI_ROLE,
            aliases=("القحطاني",),
        ),
        # a report of a given day
        q(
            "اسعار الوحدات السكنية في الرياض سجلت تباطؤا في النمو للمرة الاولى منذ ثلاث سنوات",
            _REGA,
            None,
            "2025-10-07",
        ),
        q(
            "الاسعار ما زالت مرتفعة مقارنة بالرواتب، خاصة في شمال الرياض",
            _SHEHRI,
            "المواطن",
            aliases=("الشهري",),
        ),
        q(
            "ننتظر ان تشمل الدفعات القادمة احياء اقرب الى مقرات العمل والمدارس",
            _SHEHRI,
            "المواطن",
            aliases=("الشهري",),
        ),
        # unmarked after قائلة:
        q(
            "استلمت مفتاح بيتي بعد انتظار ست سنوات والحمد لله على كل حال",
            _DOSARI,
            "المعلمة",
            aliases=("الدوسري",),
        ),
    ],
    "f9_dustour_budget": [
        q(
            "اللجنة ستدرس كل بند في الموازنة بعناية، ولن تمرر أي نفقات لا تنعكس مباشرة على حياة "
            "المواطن",
            _KHARABSHEH,
            _KHARABSHEH_ROLE,
            aliases=("الخرابشة",),
        ),
        q(
            "حجم الدين العام بلغ مستويات تستدعي وقفة جادة من الحكومة والمجلس معا، فخدمة الدين "
            "وحدها تلتهم جزءا كبيرا من الإيرادات",
            _KHARABSHEH,
            _KHARABSHEH_ROLE,
            aliases=("الخرابشة",),
        ),
        q(
            "الموازنة بنيت على فرضيات واقعية، ونسبة النمو المتوقعة لا تتجاوز 2.7 بالمئة",
            _SHARAIRI,
            _SHARAIRI_ROLE,
            aliases=("الشرايري",),
        ),
        q(
            "لن تكون هناك ضرائب جديدة في 2026، وسنعتمد على تحسين التحصيل ومكافحة التهرب الضريبي",
            _SHARAIRI,
            _SHARAIRI_ROLE,
            aliases=("الشرايري", "وزير المالية"),
        ),
        # an MP's question
        q(
            "كيف يمكن أن نتحدث عن تحفيز الاقتصاد والنفقات الرأسمالية لا تتجاوز 12 بالمئة من "
            "إجمالي الإنفاق؟",
            _ABBADI,
            "النائب",
            aliases=("العبادي",),
        ),
        # nominal object after بـ
        q(
            "زيادة مخصصات البلديات في المحافظات الطرفية",
            _MOMANI,
            "النائب",
            aliases=("المومني",),
            optional=True,
        ),
        q(
            "أبناء الجنوب والشمال ما زالوا ينتظرون حصتهم العادلة من التنمية",
            _MOMANI,
            "النائب",
            aliases=("المومني",),
        ),
        # relayed by Petra on a given day
        q(
            "الحكومة ملتزمة بمسار التحديث الاقتصادي، والموازنة تعكس أولويات رؤية التحديث دون "
            "تحميل المواطن أعباء إضافية",
            _HABASHNEH,
            _HABASHNEH_ROLE,
            "2025-11-30",
            aliases=("الحباشنة",),
        ),
        q(
            "مخالفات مالية بقيمة تزيد على 30 مليون دينار لم تتم تسويتها حتى تاريخه",
            _JO_AUDIT,
        ),
        q(
            "اللجنة تتجه لإقرار الموازنة مع تخفيض النفقات الجارية بنحو 40 مليون دينار، وسترفع "
            "تقريرها إلى المجلس الأسبوع المقبل",
            _JO_SOURCE,
        ),
    ],
    "f9_watan_kuwait_municipality": [
        # headline X لـ«الوطن»: …
        q(
            "حملة إزالة المخالفات مستمرة ولا استثناءات",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
            optional=True,
        ),
        q(
            "حملة إزالة المخالفات في جليب الشيوخ وخيطان مستمرة، ولن يكون هناك أي استثناء لأي جهة",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "فرقنا أزالت منذ بداية الحملة أكثر من 340 مخالفة، بين أكشاك وبسطات وإشغالات للأرصفة",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "نعمل بالتنسيق مع وزارة الداخلية والهيئة العامة للقوى العاملة، والهدف ليس العقوبة بل "
            "إعادة النظام إلى المنطقة",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        # «…»، قال المطيري …، «…»
        q(
            "لا نستهدف أرزاق الناس",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "لكن الرصيف ملك للجميع وليس امتدادا لأي محل",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "المرحلة المقبلة ستشمل مناطق الفروانية والمهبولة، وقد تم إعداد الخطة بالفعل بانتظار "
            "اعتمادها",
            _KW_SOURCES,
        ),
        # nominal object after بـ
        q(
            "تشديد الغرامات على المخالفين المتكررين",
            _KW_COMMITTEE,
            optional=True,
        ),
        q(
            "نسبة المخالفات المتكررة بلغت 38 في المئة من إجمالي المخالفات المضبوطة خلال العام "
            "الحالي",
            _KW_COMMITTEE,
            aliases=("التقرير",),
        ),
        # unmarked after قائلا:, ending with a slogan in marks
        q(
            "الحملات الموسمية لا تحل المشكلة، والمطلوب تخطيط عمراني حقيقي للمناطق المكتظة يتماشى "
            "مع رؤية «كويت جديدة»",
            _AJMI,
            _AJMI_ROLE,
            aliases=("العجمي",),
        ),
        q(
            "أدفع إيجارا 900 دينار، ومن دون البسطة أمام المحل لا أغطي مصاريفي",
            _ABU_MOHAMMED,
            _ABU_MOHAMMED_ROLE,
        ),
        q(
            "البلدية لم تعطنا مهلة كافية، جاءوا في الصباح وحملوا البضاعة في الشاحنة",
            _ABU_MOHAMMED,
            _ABU_MOHAMMED_ROLE,
        ),
    ],
    "f9_arabi21_sudan_cairo": [
        # headline "X": …
        q(
            "لاجئون سودانيون في القاهرة بين غلاء الإيجارات وحملات الترحيل",
            _GUARDIAN,
            aliases=("الغارديان", "الصحيفة"),
            optional=True,
        ),
        q(
            "مئات الآلاف من السودانيين الذين فروا من الخرطوم ودارفور يواجهون اليوم خطرا مزدوجا: "
            "الفقر والترحيل",
            _GUARDIAN,
            aliases=("الغارديان", "الصحيفة"),
        ),
        # relayed by the paper
        q(
            "دفعنا كل ما نملك للوصول إلى هنا، والآن صاحب الشقة يطلب ضعف الإيجار أو نخرج",
            _AMINA,
            _AMINA_ROLE,
        ),
        q(
            "أولادي لم يدخلوا المدرسة منذ سنتين، وأخاف أن يضيع جيل كامل",
            _AMINA,
            _AMINA_ROLE,
        ),
        q(
            "عدد المسجلين لدى المفوضية تضاعف ثلاث مرات منذ نيسان/ أبريل 2023، لكن التمويل لم "
            "يواكب هذه الزيادة",
            _BORG,
            _BORG_ROLE,
            aliases=("بورغ",),
        ),
        q(
            "نحن نغطي أقل من ثلث الاحتياجات الأساسية، وهذا رقم لا يمكن السكوت عنه",
            _BORG,
            _BORG_ROLE,
            aliases=("بورغ",),
        ),
        q(
            "حملات التفتيش تستهدف المقيمين بشكل غير قانوني فقط، ومصر استقبلت السودانيين كأشقاء",
            _EG_OFFICIAL,
        ),
        # وصفه "…" بأنه "…"
        q(
            "يمنح السلطات صلاحيات واسعة دون رقابة قضائية كافية",
            _EG_OBSERVATORY,
        ),
        q(
            "الجالية تحاول سد الفراغ عبر مبادرات أهلية، لكن الإمكانات محدودة والحاجة تكبر كل يوم",
            _HAMED,
            _HAMED_ROLE,
            aliases=("حامد",),
        ),
        # unmarked after قائلا:
        q(
            "لا أحد يريد البقاء لاجئا، فالناس يريدون العودة حين تتوقف الحرب، لا قبل ذلك",
            _HAMED,
            _HAMED_ROLE,
            aliases=("حامد",),
        ),
    ],
}

BATCHES = {
    "F9": [
        "f9_assabah_cables_business",
        "f9_joumhouria_cables_presidency",
        "f9_tunisienumerique_olive_oil",
        "f9_watan_syria_electricity",
        "f9_riyadh_housing",
        "f9_dustour_budget",
        "f9_watan_kuwait_municipality",
        "f9_arabi21_sudan_cairo",
    ],
}

BLIND_ARTICLES_14 = {name: (_read(name), gold) for name, gold in GOLD.items()}
