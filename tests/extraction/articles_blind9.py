"""Fresh-author held-out set F4: six articles in outlet styles and situations
the earlier data files do not have, written as a journalist would and
annotated by hand, with the gold below committed before the engine was run
on any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Hespress court report (Casablanca): a hearing dated ``يوم الثلاثاء 25
  نونبر 2025``; the defendant's statement to the investigating judge read out
  by the presiding judge (``الذي جاء فيه:``), the prosecutor (``نائب الوكيل
  العام للملك``), lawyers with ``الأستاذ``/``الأستاذة`` honorifics, a
  lawyer's question, ``“…”`` marks, the judge, the defendant's last word, an
  association's ``بلاغ``; the case name ``"ملف صفقات الجماعة"`` in marks.
- Al-Qabas interpellation (Kuwait): ``أمس`` without a dated dateline, MPs
  and a minister exchanging, ``«…»، قال الرشيد``, ``«…»، ردّ الوزير على
  الرشيد``, the subheading ``ردّ الوزير``, an unmarked quote after
  ``قائلا:``, ``وعقّب الهاجري``, a bloc as speaker, ``د.`` as an honorific,
  ``«الطرق»`` and ``"الخلطة الإسفلتية"`` as labels.
- L'Orient-Le Jour interview translated into Arabic (Lebanon): the speaker
  named once, then ``يقول``/``ويضيف``/``ويتابع``/``يجيب``/``يبتسم:``/
  ``ويختم`` across paragraphs and subheadings, ``"…"، يقول حداد`` followed by
  a second bare quote, a law and a party in marks, ``رئيس "التجدد
  الوطني"`` as the speaker's description, a quote of the army commander
  relayed by the leader (``قائلا إن الأخير قال له:``).
- Al-Masry Al-Youm health story (Egypt): a ministry spokesman, a ministry
  statement dated ``يوم الأحد 30 نوفمبر 2025`` and ``وأوضح البيان``,
  doctors (``الدكتور``, ``د.``), patients in colloquial Egyptian, ``الحاج`` as
  an honorific, an unmarked quote after ``قائلا:``, a syndicate's statement,
  a company in marks, a headline ``«الصحة»: …``.
- WAFA story (Hebron): a dated dateline (``الخليل 2-12-2025 وفا-``) fixing
  ``اليوم``, ``أمس`` and ``مساء اليوم``; ``اللواء`` and ``المهندس`` as
  honorifics, ``"…"، قال محافظ الخليل اللواء X``, an operation
  (``"السور الحديدي"``) and an outlet in marks, a ministry as speaker.
- Mirat al-Bahrain cables: 08MANAMA592 dated ``14 سبتمبر 2008`` and
  09MANAMA145 of ``مارس 2009`` without a day, an anonymous official and an
  anonymous MP relayed by the cables, a cable's subject line, ``«سري»`` as a
  label, reactions today (no date), an unmarked quote after ``قائلا:``.

Conventions as in articles_blind2-8: a relative date (``أمس``) gets no date
without a dated dateline; with one (WAFA) ``اليوم``, ``أمس`` and ``مساء
اليوم`` are resolved; a date given for an event (a hearing, a ministry's
statement) dates its quotes and the follow-ups of the same account, but not
an earlier statement read out at it (the defendant's statement to the
investigating judge gets no date); a cable's quotes, and the follow-ups of
the same account, take the cable's date (month precision when the article
gives no day); reactions to the leaks get no date; a predicate in marks
after ``أن X`` belongs to the outer speaker (``يؤكد أن حزبه "…"``, ``اعتبر
… أن البرقيات "…"``); a quote relayed by a speaker from a third person
(``قال له:``) belongs to the third person; nominal objects after ``إلى``/
``بـ``/``من`` (``مطالبة بـ"…"``, ``حذّر … من «…»``, ``دعت … إلى "…"``),
two-word fragments, headlines of the form ``X: …`` and a cable's subject
line are optional; an unmarked quote after ``قائلا:`` is scored without its
final full stop, and a multi-sentence answer is one quote; a question asked
by an MP or a lawyer is scored; names of parties, blocs, companies, laws,
operations, cases, outlets and one-word labels in marks are not
quotations; a role is the title chunk or the apposition, whichever is
fuller, without honorifics (``الدكتور``, ``د.``, ``الأستاذ``, ``الحاج``,
``اللواء``, ``المهندس``), which are not part of the name."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_BENKIRANE = "رشيد بنكيران"
_BENKIRANE_ROLE = "رئيس الهيئة"
_WAZZANI = "عبد الإله الوزاني"
_WAZZANI_ROLE = "الرئيس السابق لجماعة عين حرودة"
_TAHIRI = "سعيد الطاهري"
_TAHIRI_ROLE = "نائب الوكيل العام للملك"
_CHARGAOUI = "يوسف الشرقاوي"
_CHARGAOUI_ROLE = "المحامي من هيئة الدار البيضاء"
_ALAOUI = "نادية العلوي"
_ALAOUI_ROLE = "دفاع أحد المقاولين"
_AMDPF = "الجمعية المغربية لحماية المال العام"
_MOUSSAOUI = "عبد الرحيم الموساوي"
_MOUSSAOUI_ROLE = "رئيس الفرع الجهوي للجمعية بجهة الدار البيضاء-سطات"
_HAJRI = "مبارك سالم الهاجري"
_RASHEED = "عادل يوسف الرشيد"
_ANZI = "فهد ناصر العنزي"
_ANZI_ROLE = "وزير الأشغال العامة"
_NAHJ = "كتلة النهج الوطني"
_SABAHI = "هيا عبدالرحمن الصباحي"
_HADDAD = "سليم حداد"
_HADDAD_ROLE = "رئيس حزب التجدد الوطني"
_ARMY_CHIEF = "قائد الجيش"
_SHENAWY = "أيمن فاروق الشناوي"
_SHENAWY_ROLE = "المتحدث الرسمي باسم وزارة الصحة والسكان"
_EG_HEALTH = "وزارة الصحة والسكان"
_SALAMA = "محمود عبد الحميد سلامة"
_SALAMA_ROLE = "أستاذ الأمراض الصدرية بكلية طب قصر العيني"
_RANIA = "رانيا مجدي عوض"
_RANIA_ROLE = "الطبيبة المقيمة"
_UMM_MOHAMED = "أم محمد"
_UMM_MOHAMED_ROLE = "ربة منزل من الوراق"
_ABDELAAL = "سيد عبد العال"
_CAIRO_PHARMA = "نقابة صيادلة القاهرة"
_TAWIL = "ماجد حسن الطويل"
_TAWIL_ROLE = "رئيس سلطة المياه الفلسطينية"
_JAABARI = "خالد عيسى الجعبري"
_JAABARI_ROLE = "محافظ الخليل"
_AMAYREH = "عماد سليمان العمايرة"
_AMAYREH_ROLE = "رئيس بلدية دورا"
_RAJABI = "جمال الرجبي"
_PS_HEALTH = "وزارة الصحة"
_KHALIFA = "عبد الرحمن ياسين خليفة"
_KHALIFA_ROLE = "المتحدث باسم الحكومة"
_US_MANAMA = "السفارة الأمريكية في المنامة"
_ALDRICH = "جوزيف ألدريتش"
_ALDRICH_ROLE = "السفير الأمريكي"
_BH_OFFICIAL = "مسؤول بحريني رفيع في وزارة الداخلية"
_WEFAQ_MP = "نائب في كتلة الوفاق"
_MARZOOQ = "حسن علي المرزوق"
_MARZOOQ_ROLE = "الباحث البحريني المقيم في لندن"
_MANNAI = "خليفة راشد المناعي"
_MANNAI_ROLE = "النائب السابق"
_BH_MONITOR = "مرصد البحرين لحقوق الإنسان"

GOLD = {
    # --- F4: fresh-author held-out set, six outlets ------------------------------
    "f4_hespress_casablanca_trial": [
        # an earlier statement read out at the hearing: no date
        q(
            "لم أوقع على أي سند طلب دون أن تمر عليه المصالح التقنية، وكل الصفقات كانت تخضع "
            "للمساطر القانونية",
            _WAZZANI,
            _WAZZANI_ROLE,
            aliases=("الوزاني",),
        ),
        q(
            "الأفعال المنسوبة إليهم ثابتة بالوثائق والخبرة المحاسباتية، ولا يمكن تبريرها بحسن "
            "النية",
            _TAHIRI,
            _TAHIRI_ROLE,
            "2025-11-25",
            aliases=("الطاهري",),
        ),
        q(
            "نحن أمام شبكة منظمة حولت ميزانية الجماعة إلى غنيمة، والمال العام ليس مجالا للاجتهاد",
            _TAHIRI,
            _TAHIRI_ROLE,
            "2025-11-25",
            aliases=("الطاهري",),
        ),
        q(
            "موكلي وقع على المحاضر تحت الضغط، ولم يسمح له بقراءتها، وهذا خرق صريح للمادة 67 من "
            "قانون المسطرة الجنائية",
            _CHARGAOUI,
            _CHARGAOUI_ROLE,
            "2025-11-25",
            aliases=("الشرقاوي",),
        ),
        # a lawyer's question
        q(
            "كيف يعقل أن يتابع رئيس جماعة بتبديد أموال لم تخرج أصلا من خزينة الجماعة؟",
            _CHARGAOUI,
            _CHARGAOUI_ROLE,
            "2025-11-25",
            aliases=("الشرقاوي",),
        ),
        q(
            "الخبرة المنجزة ناقصة ولم تستمع إلى الأطراف",
            _ALAOUI,
            _ALAOUI_ROLE,
            "2025-11-25",
            aliases=("العلوي",),
        ),
        # nominal object after بـ
        q(
            "إجراء خبرة مضادة",
            _ALAOUI,
            _ALAOUI_ROLE,
            "2025-11-25",
            aliases=("العلوي",),
            optional=True,
        ),
        q(
            "موكلي مقاول صغير نفذ الأشغال كاملة، وشهادة التسلم موقعة من الجماعة نفسها، فأين هو "
            "التبديد؟",
            _ALAOUI,
            _ALAOUI_ROLE,
            "2025-11-25",
            aliases=("العلوي",),
        ),
        q(
            "المحكمة ستبت في الدفوع الشكلية مع الموضوع، والكلمة الآن للمتهمين",
            _BENKIRANE,
            _BENKIRANE_ROLE,
            "2025-11-25",
            aliases=("بنكيران",),
        ),
        q(
            "أنا خدمت هذه الجماعة اثنتي عشرة سنة، ولم أغتن منها، وأطلب من المحكمة أن تنصفني",
            _WAZZANI,
            _WAZZANI_ROLE,
            "2025-11-25",
            aliases=("الوزاني",),
        ),
        q(
            "هذا الملف نموذج لما يقع في عدد من الجماعات، والإفلات من العقاب يشجع على التمادي",
            _AMDPF,
        ),
        q(
            "الأحكام المخففة في قضايا المال العام تبعث برسالة خاطئة إلى المنتخبين",
            _MOUSSAOUI,
            _MOUSSAOUI_ROLE,
        ),
    ],
    "f4_qabas_interpellation": [
        q(
            "الشعب الكويتي يدفع ثمن الزجاج المكسور كل يوم، والوزارة تكتفي بالوعود منذ خمس سنوات",
            _HAJRI,
            "النائب",
            aliases=("الهاجري",),
        ),
        q(
            "سألنا الوزير عشرين سؤالا برلمانيا، وجاءتنا إجابات ناقصة أو لم تأتِ أصلا، فهل هذا "
            "احترام للدستور؟",
            _HAJRI,
            "النائب",
            aliases=("الهاجري",),
        ),
        q(
            "أين ذهبت الـ300 مليون دينار التي رصدت للصيانة؟",
            _HAJRI,
            "النائب",
            aliases=("الهاجري",),
        ),
        q(
            "العقود أرسيت على شركات بعينها رغم ملاحظات ديوان المحاسبة، وهذا ما نملك عليه المستندات",
            _RASHEED,
            "النائب",
            aliases=("الرشيد",),
        ),
        # the speaker after the quote
        q(
            "نحن لا نستهدف شخص الوزير، بل نستهدف نهجا فاشلا في إدارة المال العام",
            _RASHEED,
            "النائب",
            aliases=("الرشيد",),
        ),
        q(
            "أتفهم غضب المواطنين، وأنا أول من يعترف بأن وضع الطرق غير مقبول، لكنني تسلمت الوزارة "
            "قبل ثمانية أشهر فقط",
            _ANZI,
            _ANZI_ROLE,
            aliases=("العنزي",),
        ),
        q(
            "الوزارة سحبت ثلاثة عقود من شركات متعثرة، وأحالت ملفين إلى النيابة العامة، وهذا لم "
            "يحدث من قبل",
            _ANZI,
            _ANZI_ROLE,
            aliases=("العنزي",),
        ),
        # «…»، ردّ الوزير على الرشيد
        q(
            "ملاحظات ديوان المحاسبة تمت معالجتها، والتقارير موجودة لدى اللجنة المالية لمن أراد "
            "الاطلاع عليها",
            _ANZI,
            _ANZI_ROLE,
            aliases=("العنزي", "الوزير"),
        ),
        # unmarked after قائلا:
        q(
            "نحن نعمل على مدار الساعة، وسترون النتائج على الأرض لا في الإعلام",
            _ANZI,
            _ANZI_ROLE,
            aliases=("العنزي",),
        ),
        q(
            "سمعنا هذا الكلام من ثلاثة وزراء قبلك",
            _HAJRI,
            "النائب",
            aliases=("الهاجري",),
        ),
        q(
            "ستؤيد طرح الثقة ما لم يقدم الوزير جدولا زمنيا ملزما",
            _NAHJ,
            aliases=("النهج الوطني",),
        ),
        q(
            "طرح الثقة استحقاق دستوري، لكنني سأنتظر الاستماع إلى الردود كاملة قبل أن أحدد موقفي",
            _SABAHI,
            "النائبة",
        ),
    ],
    "f4_orient_party_leader_interview": [
        # headline of the form X: …
        q(
            "لن نكون شهود زور على انهيار الدولة",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
            optional=True,
        ),
        q(
            "خرجنا من الحكومة لأننا رفضنا أن نغطي قرارات اتخذت خارجها",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "لم يكن القرار سهلا، فقد ناقشناه ثلاثة أسابيع داخل المكتب السياسي",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "الشراكة تعني أن تكون شريكا في القرار، لا في تحمل كلفته فقط",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "هم يعرفون أننا كنا على حق، لكن بعضهم لا يملك ترف الاعتراف بذلك",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "المصارف تتصرف وكأن أموال المودعين أصبحت ملكا لها، والدولة تتفرج",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "أي خطة تعاف لا تبدأ بتحديد المسؤوليات هي خطة لشطب الودائع، ونحن لن نوقع عليها",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        # a law in marks, then the predicate in marks
        q(
            "يحمي من تسبب بالأزمة ويعاقب ضحاياها",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "نعم، وأخطأنا. السياسة ليست أن تكون على حق دائما، بل أن تملك الشجاعة لتصحيح أخطائك",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "قرار الحرب والسلم يجب أن يكون في يد الدولة وحدها، وهذا ليس موقفا ضد أحد",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "لا أطلب من أحد أن يتخلى عن قناعاته، بل أن يقبل بأن الدولة هي المظلة الوحيدة",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        # relayed by the leader: the army commander's words
        q(
            "الجيش جاهز، لكنه يحتاج إلى قرار سياسي وغطاء مالي",
            _ARMY_CHIEF,
        ),
        q(
            "سيخوض المعركة في كل الدوائر، بتحالفات أو من دونها",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "اللبنانيون تعبوا من الخطابات. يريدون كهرباء ومدارس ودواء، ومن لا يفهم ذلك سيدفع "
            "الثمن في صناديق الاقتراع",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
    ],
    "f4_masryalyoum_flu_season": [
        # headline of the form X: …
        q(
            "معدلات الإصابة بالفيروسات التنفسية طبيعية",
            _EG_HEALTH,
            aliases=("الصحة",),
            optional=True,
        ),
        q(
            "معدلات الإصابة بالفيروسات التنفسية هذا الموسم في الحدود الطبيعية، ولا يوجد أي متحور "
            "جديد يدعو للقلق",
            _SHENAWY,
            _SHENAWY_ROLE,
            aliases=("الشناوي",),
        ),
        q(
            "الوزارة رفعت درجة الاستعداد في 540 مستشفى، ووفرت مخزونا من مضادات الفيروسات يكفي "
            "ستة أشهر",
            _SHENAWY,
            _SHENAWY_ROLE,
            aliases=("الشناوي",),
        ),
        q(
            "غرفة العمليات المركزية تتابع الموقف الوبائي على مدار الساعة، بالتنسيق مع مديريات "
            "الصحة في المحافظات الـ27",
            _EG_HEALTH,
            None,
            "2025-11-30",
            aliases=("الوزارة",),
        ),
        q(
            "التطعيم ضد الإنفلونزا متاح مجانا لكبار السن وأصحاب الأمراض المزمنة في مكاتب الصحة "
            "ووحدات الرعاية الأساسية",
            _EG_HEALTH,
            None,
            "2025-11-30",
            aliases=("الوزارة", "البيان"),
        ),
        q(
            "الضغط على العيادات الخارجية تضاعف في الأسبوعين الأخيرين، وأغلب الحالات إنفلونزا "
            "موسمية تتعافى في المنزل",
            _SALAMA,
            _SALAMA_ROLE,
            aliases=("سلامة",),
        ),
        # nominal object after حذّر … من
        q(
            "الإفراط في استخدام المضادات الحيوية دون وصفة طبية",
            _SALAMA,
            _SALAMA_ROLE,
            aliases=("سلامة",),
            optional=True,
        ),
        q(
            "المضاد الحيوي لا يعالج الفيروس، والمريض الذي يتناوله بلا داع يصنع لنفسه بكتيريا "
            "مقاومة",
            _SALAMA,
            _SALAMA_ROLE,
            aliases=("سلامة",),
        ),
        q(
            "نستقبل يوميا أكثر من 200 حالة، والأسرّة في قسم الباطنة ممتلئة منذ أسبوع",
            _RANIA,
            _RANIA_ROLE,
        ),
        q(
            "ابني سخن من امبارح ومش بياكل، وقالوا لنا نستنى دورنا",
            _UMM_MOHAMED,
            _UMM_MOHAMED_ROLE,
        ),
        q(
            "الدوا اللي كتبه الدكتور مش لاقيينه في الصيدليات اللي جنبنا",
            _UMM_MOHAMED,
            _UMM_MOHAMED_ROLE,
        ),
        # unmarked after قائلا:
        q(
            "أنا مريض سكر وضغط، والدكتور قال لازم أتطعم كل سنة، بس محدش قال لي إن التطعيم ببلاش",
            _ABDELAAL,
        ),
        q(
            "نقص بعض أصناف أدوية البرد يرجع إلى تأخر الإفراج الجمركي عن المواد الخام، وليس إلى "
            "أزمة في الإنتاج",
            _CAIRO_PHARMA,
        ),
    ],
    "f4_wafa_hebron_water": [
        q(
            "الكميات التي تزودها شركة ميكوروت الإسرائيلية لمحافظة الخليل انخفضت بنسبة 40% منذ "
            "مطلع الشهر الماضي، في سياسة عقاب جماعي واضحة",
            _TAWIL,
            _TAWIL_ROLE,
            "2025-12-02",
            aliases=("الطويل",),
        ),
        q(
            "بعض الأحياء في الخليل لا تصلها المياه إلا مرة كل 20 يوما، وهذا وضع لا يمكن أن يستمر",
            _TAWIL,
            _TAWIL_ROLE,
            "2025-12-02",
            aliases=("الطويل",),
        ),
        # unmarked after قائلا:
        q(
            "تحركوا قبل أن تتحول أزمة المياه إلى كارثة صحية في الصيف المقبل",
            _TAWIL,
            _TAWIL_ROLE,
            "2025-12-02",
            aliases=("الطويل",),
        ),
        # the speaker after the quote
        q(
            "المحافظة وضعت خطة طوارئ لتوزيع المياه بالصهاريج على الأحياء الأكثر تضررا، بالتعاون "
            "مع البلديات",
            _JAABARI,
            _JAABARI_ROLE,
            "2025-12-02",
            aliases=("الجعبري",),
        ),
        q(
            "سعر كوب المياه المنقولة بالصهاريج ارتفع إلى 30 شيقلا، وهو ما لا تحتمله الأسر الفقيرة",
            _AMAYREH,
            _AMAYREH_ROLE,
            "2025-12-01",
        ),
        q(
            "منذ عشرين يوما لم تصلنا نقطة ماء، ندفع ثمن الصهريج من قوت أولادنا",
            _RAJABI,
            "المواطن",
        ),
        q(
            "طواقمها رصدت ارتفاعا في حالات الإسهال والأمراض الجلدية بين الأطفال في المناطق "
            "المتضررة من شح المياه",
            _PS_HEALTH,
            None,
            "2025-12-02",
        ),
        # nominal object after دعت … إلى
        q(
            "غلي المياه المخزنة قبل استخدامها للشرب",
            _PS_HEALTH,
            None,
            "2025-12-02",
            optional=True,
        ),
        q(
            "الحكومة ستطرح ملف المياه في اجتماع لجنة المياه المشتركة، وإن لم يحدث تجاوب فسنتوجه "
            "إلى محكمة العدل الدولية",
            _KHALIFA,
            _KHALIFA_ROLE,
            "2025-12-02",
            aliases=("خليفة",),
        ),
    ],
    "f4_mirat_bahrain_cables": [
        # two-word fragment in the headline
        q(
            "احتقان القرى",
            _US_MANAMA,
            aliases=("واشنطن",),
            optional=True,
        ),
        q(
            "التوتر في القرى يتصاعد بصمت، والحكومة تراهن على أن الإجراءات الأمنية وحدها تكفي",
            _ALDRICH,
            _ALDRICH_ROLE,
            "2008-09-14",
            aliases=("ألدريتش",),
        ),
        q(
            "هذا رهان خاسر على المدى البعيد، فالشباب العاطلون عن العمل لا يجدون في البرلمان متنفسا",
            _ALDRICH,
            _ALDRICH_ROLE,
            "2008-09-14",
            aliases=("ألدريتش",),
        ),
        q(
            "لدينا معلومات عن مجموعات صغيرة تتدرب في الخارج، لكن المشكلة الحقيقية هي البطالة، "
            "لا إيران",
            _BH_OFFICIAL,
            None,
            "2008-09-14",
        ),
        q(
            "إذا لم نحل ملف الإسكان خلال عامين فسنواجه ما هو أسوأ من التسعينيات",
            _BH_OFFICIAL,
            None,
            "2008-09-14",
        ),
        # the cable's subject line
        q(
            "البحرين: المعارضة المعتدلة تحت الضغط",
            _US_MANAMA,
            None,
            "2009-03",
            aliases=(_ALDRICH,),
            optional=True,
        ),
        q(
            "نتعرض لضغط هائل من الشارع، وكل يوم نقضيه في البرلمان دون نتائج يخسرنا جزءا من جمهورنا",
            _WEFAQ_MP,
            None,
            "2009-03",
        ),
        q(
            "المعارضة المعتدلة تفقد أرضيتها، والحكومة لا تبدو مدركة لخطورة ذلك",
            _ALDRICH,
            _ALDRICH_ROLE,
            "2009-03",
            aliases=("ألدريتش",),
        ),
        q(
            "البرقيات تؤكد أن الأزمة كانت اجتماعية واقتصادية في جوهرها، وأن رواية التدخل الخارجي "
            "كانت غطاء لتجنب الإصلاح",
            _MARZOOQ,
            _MARZOOQ_ROLE,
            aliases=("المرزوق",),
        ),
        q(
            "الأمريكيون كانوا يعرفون كل شيء، ومع ذلك اختاروا الصمت حين بدأ القمع",
            _MARZOOQ,
            _MARZOOQ_ROLE,
            aliases=("المرزوق",),
        ),
        q(
            "تعكس قراءة سطحية لدبلوماسيين لم يغادروا مكاتبهم",
            _MANNAI,
            _MANNAI_ROLE,
            aliases=("المناعي",),
        ),
        # unmarked after قائلا:
        q(
            "الحكومة كانت تعمل على ملف الإسكان قبل أن تكتب السفارة حرفا واحدا",
            _MANNAI,
            _MANNAI_ROLE,
            aliases=("المناعي",),
        ),
        q(
            "ما كشفته البرقيات يستوجب فتح تحقيق مستقل، لا تبادل الاتهامات",
            _BH_MONITOR,
        ),
    ],
}

BATCHES = {
    "F4": [
        "f4_hespress_casablanca_trial",
        "f4_qabas_interpellation",
        "f4_orient_party_leader_interview",
        "f4_masryalyoum_flu_season",
        "f4_wafa_hebron_water",
        "f4_mirat_bahrain_cables",
    ],
}

BLIND_ARTICLES_9 = {name: (_read(name), gold) for name, gold in GOLD.items()}
