"""Fresh-author held-out set F33: seven articles in outlet styles (Tunisian,
Algerian, Egyptian, Lebanese, Jordanian, Kuwaiti, pan-Arab London; three on
WikiLeaks cables, two as scraped web text without hamzas on alef, with ``ه``
for a final ``ة`` in places and no paragraph breaks), written as a journalist
would and annotated by hand, with the gold below committed before the engine
was run on any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Al-Fajr cables (Tunis): ``تونس – الفجر`` without a date, 08TUNIS1187
  dated ``21 أكتوبر 2008``, the ambassador after ``كتب … أن "…"`` and
  ``وأضاف السفير في البرقية ذاتها:``, an anonymous interior ministry official
  relayed ``على لسان`` the cable, 09TUNIS516 of ``جويلية 2009`` (Maghreb
  month, month precision) with the cable itself as speaker (``جاء في البرقية
  أن``, ``وتابعت البرقية:``) and ``"سري"`` as a label, an opponent of a party
  named in marks, a third cable of ``3 فيفري 2010`` with a minister relayed by
  the ambassador, a subheading in marks, reactions today (no date) with
  ``اعتبر … أن البرقيات "…"``, ``تقول``/``وتضيف أن``.
- Ennahar as scraped text (Algiers): ``الجزائر - النهار اونلاين``, a
  ministry's ``مراسلة`` dated ``21 ديسمبر 2025`` (``جاء في المراسلة ان``,
  ``دعت … الى "…"``), a minister ``امس`` without a dated dateline, ``مضيفا``
  without colon, ``وتابع الوزير:``, a union acronym in marks, a two-word
  fragment then an unmarked quote after ``قائلا:``, ``قال لـ"النهار":``,
  ``اقترح X "…"`` (nominal object), ``وبحسب مصدر … فان "…"``, a teacher with
  ``ترى … ان "…"`` and ``مؤكدة ان الاجراء "…"``.
- Al-Youm Al-Sabea talk show (Cairo): byline and dated line ``الأحد، 14
  ديسمبر 2025`` fixing ``مساء أمس السبت`` and ``اليوم الأحد``; a programme
  and a channel in marks, an MP, a lawyer and an economist in colloquial
  Egyptian, ``ورد … قائلا: "…"``, the host's question (``متسائلا:``),
  ``فأجابت … بأن "…"`` then ``موضحة:``, a spokesman in a phone-in with
  ``المهندس`` as an honorific, ``وعاد … ليعلق …:``, ``واختتمت … بالقول:``,
  an owners' association head with ``مضيفا:``.
- Lebanon24 cables (Beirut): ``خاص "لبنان 24"``, 08BEIRUT1462 dated ``17
  تشرين الأول/أكتوبر 2008`` (dual month), an anonymous former minister and
  an MP of a bloc in marks relayed by the ambassador, ``وتعلق ويلكوكس``,
  07BEIRUT94 of ``كانون الثاني/يناير 2007`` with its subject line, the
  cable as speaker (``تقول البرقية إن``, ``وتخلص البرقية إلى أن``), a
  businessman relayed, a subheading in marks, reactions today (no date),
  ``لافتة إلى أن``, ``وتتابع``.
- Al-Ghad health ministry decision (Amman): ``عمان- الغد``, a headline with
  the ministry nickname ``"الصحة"`` as a label, a statement dated ``٢٢ كانون
  الأول (ديسمبر) ٢٠٢٥`` (Arabic-Indic digits, Levantine month with the
  other in brackets), ``وأوضح البيان أن``, the minister ``أمس`` without a
  dated dateline, ``وتابع "…"`` without colon, a platform name in marks,
  ``نقلت وكالة … (بترا) عن مصدر …``, a syndicate head with ``حذر من "…"``,
  a WHO report of ``تشرين الثاني (نوفمبر) 2025``, a quote before its
  speaker (``"…"، تقول أم يزن، وهي …``), a campaign slogan in marks.
- Al-Jarida as scraped text (Kuwait cables): 08KUWAIT1033 dated ``26 اكتوبر
  2008``, an anonymous security official relayed by the cable and
  ``واضاف المسؤول:``, a cable of ``يونيو 2009`` with its subject line,
  ``وصف … لقاءه بنائب اسلامي بانه «…»``, the MP relayed (``ونقل عنه
  قوله:``), an unmarked quote after ``قائلا:``, ``د.`` as an honorific,
  ``واضاف «…»`` without colon, ``راى … ان البرقيات «…»``, an anonymous
  government source with ``فاكتفى بالقول … ان``, ``«تمدد»`` as a label.
- Al-Sharq Al-Awsat translated interview (London/Rabat): ``لندن - الرباط:
  «الشرق الأوسط»``, an El País interview published ``يوم الأحد 14 ديسمبر
  (كانون الأول) 2025`` dating the commissioner's answers, the newspaper as
  speaker of its introduction and of a question (``وسألتها الصحيفة:``),
  ``أجابت … بأن «…»``, ``فردت:``, ``«الحصن الأوروبي»`` as a label and
  ``وصفت … بأنه «وهم خطير»``, a party and a platform in marks, an anonymous
  Moroccan source, a Moroccan ministry's ``بلاغ`` of ``12 دجنبر 2025``
  (Moroccan month name).

Conventions as in articles_blind9 and articles_blind20: a relative date
(``أمس``, ``اليوم``) gets no date without a dated dateline; with one
(Al-Youm Al-Sabea) ``مساء أمس السبت`` and ``اليوم الأحد`` are resolved; a
date given for an event (a statement, a correspondence, a talk show, an
interview's publication, a report) dates its quotes and the follow-ups of
the same account, not the reactions around it; a cable's quotes, and the
follow-ups of the same account, take the cable's date (month precision when
the article gives no day); reactions to the leaks get no date; a predicate
in marks after ``أن X`` belongs to the outer speaker; a quote relayed by a
speaker from a third person (``نقل هادسون عن الوزير قوله:``) belongs to
the third person; a document (a cable, a statement, a correspondence) is
named as the institution that issued it, or as the cable where the article
makes the cable the speaker; nominal objects after ``إلى``/``بـ``/``من``,
one- and two-word fragments, slogans, subheadings, headlines and a cable's
subject line are optional; a question asked by the interviewer or the host
is scored; an unmarked quote after ``قائلا:`` is scored without its final
full stop; names of parties, blocs, unions, programmes, channels,
platforms, outlets and one-word labels in marks are not quotations; a role
is the title chunk or the apposition, whichever is fuller, without
honorifics (``الدكتور``, ``الدكتورة``, ``د.``, ``المهندس``), which are not
part of the name; an anonymous source is named by its description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# --- Al-Fajr cables ---------------------------------------------------------
_HUDSON = "وليام هادسون"
_HUDSON_ROLE = "السفير الأمريكي"
_HUDSON_ALIASES = ("هادسون", "السفير")
_TN_INTERIOR = "مسؤول في وزارة الداخلية"
_CABLE_516 = "البرقية 09TUNIS516"
_PDP_OPPONENT = 'معارض من "الحزب الديمقراطي التقدمي"'
_TN_FM = "وزير الخارجية"
_KHMIRI = "عبد الستار الخميري"
_KHMIRI_ROLE = 'القيادي السابق في "الحزب الديمقراطي التقدمي"'
_BENSEDRINE = "ليلى بن سدرين"
_BENSEDRINE_ROLE = "الباحثة في التاريخ المعاصر بجامعة منوبة"
# --- Ennahar ------------------------------------------------------------------
_DZ_EDU = "وزارة التربية الوطنية"
_DZ_EDU_ALIASES = ("الوزاره", "المراسلة")
_BELAID = "عبد الحكيم بلعيد"
_BELAID_ROLE = "وزير التربية الوطنية"
_BOUCHAMA = "رضا بوشامة"
_BOUCHAMA_ROLE = 'المكلف بالاعلام في النقابة الوطنية المستقلة لعمال التربية "انباف"'
_KHALDI = "احمد خالدي"
_KHALDI_ROLE = "رئيس الفيدرالية الوطنية لجمعيات اولياء التلاميذ"
_DZ_SOURCE = "مصدر مسؤول بالوزاره"
_KACEMI = "سميرة قاسمي"
_KACEMI_ROLE = "استاذة اللغة الفرنسية بثانوية عمر راسم بالعاصمه"
# --- Al-Youm Al-Sabea -----------------------------------------------------------
_ABDELGHAFFAR = "سامح عبد الغفار"
_ABDELGHAFFAR_ROLE = "وكيل لجنة الإسكان بمجلس النواب"
_QALYOUBI = "هشام القليوبي"
_QALYOUBI_ROLE = "المستشار القانوني لرابطة المستأجرين"
_HOST = "شريف عبد المقصود"
_HOST_ROLE = "مقدم البرنامج"
_SHERBINI = "منى الشربيني"
_SHERBINI_ROLE = "أستاذة الاقتصاد بجامعة القاهرة"
_HELMY = "طارق حلمي"
_HELMY_ROLE = "المتحدث باسم وزارة الإسكان"
_ABDELRAHMAN = "مصطفى عبد الرحمن"
_ABDELRAHMAN_ROLE = "رئيس جمعية ملاك العقارات القديمة"
_SHOW_DAY = "2025-12-13"
# --- Lebanon24 cables -----------------------------------------------------------
_LB_MINISTER = "وزير لبناني سابق"
_WILCOX = "كارين ويلكوكس"
_WILCOX_ROLE = "السفيرة الأميركية"
_LB_MP = 'نائب في كتلة "لبنان أولاً"'
_CABLE_94 = "البرقية 07BEIRUT94"
_LB_BUSINESSMAN = "رجل أعمال بيروتي"
_KHOURY = "فادي الخوري"
_KHOURY_ROLE = "النائب السابق"
_HADDAD = "ريما حداد"
_HADDAD_ROLE = "الباحثة في العلاقات الدولية في الجامعة اللبنانية"
# --- Al-Ghad --------------------------------------------------------------------
_JO_HEALTH = "وزارة الصحة"
_JO_HEALTH_ALIASES = ("الوزارة", "البيان")
_AMAYREH = "نبيل العمايرة"
_AMAYREH_ROLE = "وزير الصحة"
_JFDA_SOURCE = "مصدر في المؤسسة العامة للغذاء والدواء"
_ABDALLAT = "محمد العبداللات"
_ABDALLAT_ROLE = "نقيب الصيادلة"
_ZOUBI = "هالة الزعبي"
_ZOUBI_ROLE = "استشارية الأمراض المعدية"
_WHO = "منظمة الصحة العالمية"
_UM_YAZAN = "أم يزن"
_UM_YAZAN_ROLE = "موظفة من سكان ماركا"
_ABU_KHALED = "أبو خالد"
_ABU_KHALED_ROLE = "متقاعد من جبل النزهة"
# --- Al-Jarida cables -----------------------------------------------------------
_LOPEZ = "ريتشارد لوبيز"
_LOPEZ_ROLE = "السفير الامريكي"
_LOPEZ_ALIASES = ("لوبيز", "السفير")
_KW_SECURITY = "مسؤول امني كويتي"
_KW_MP = "نائب اسلامي"
_MUTAIRI = "عبدالله المطيري"
_MUTAIRI_ROLE = "النائب السابق"
_SHAMMARI = "بدر الشمري"
_SHAMMARI_ROLE = "استاذ العلاقات الدولية في جامعة الكويت"
_KW_GOV_SOURCE = "مصدر حكومي"
# --- Al-Sharq Al-Awsat --------------------------------------------------------
_SOLHEIM = "إنغريد سولهايم"
_SOLHEIM_ROLE = "المفوضة الأوروبية لشؤون المتوسط"
_SOLHEIM_ALIASES = ("سولهايم", "المسؤولة الأوروبية")
_ELPAIS = "إل باييس"
_ELPAIS_ALIASES = ("الصحيفة",)
_INTERVIEW_DAY = "2025-12-14"
_MORENO = "خافيير مورينو"
_MORENO_ROLE = "المتحدث باسم حزب «فوكس» اليميني"
_MA_SOURCE = "مصدر حكومي مغربي"
_MA_INTERIOR = "وزارة الداخلية المغربية"

GOLD = {
    # --- F33: fresh-author held-out set, seven outlets -------------------------
    "f33_fajr_tunis_cables": [
        q(
            "الحزب الحاكم لم يعد قادرا على استيعاب الشباب، وقواعده تشيخ أمام أعيننا",
            _HUDSON,
            _HUDSON_ROLE,
            "2008-10-21",
            aliases=_HUDSON_ALIASES,
        ),
        q(
            "ما يجمع أعضاء التجمع اليوم هو الخوف من فقدان الامتيازات لا الإيمان بمشروع",
            _HUDSON,
            _HUDSON_ROLE,
            "2008-10-21",
            aliases=_HUDSON_ALIASES,
        ),
        q(
            "الرئيس محاط بدائرة ضيقة لا تسمح لأحد بأن يحمل إليه الأخبار السيئة",
            _TN_INTERIOR,
            None,
            "2008-10-21",
            aliases=("المسؤول",),
        ),
        q(
            "أحداث الرديف كشفت هشاشة النموذج التنموي الذي تسوقه الحكومة للخارج",
            _CABLE_516,
            None,
            "2009-07",
            aliases=("البرقية", "السفارة"),
        ),
        q(
            "لا يبدو أن السلطات استخلصت الدروس، فالمحاكمات جاءت بدل الحلول",
            _CABLE_516,
            None,
            "2009-07",
            aliases=("البرقية", "السفارة"),
        ),
        q(
            "الناس في الجنوب لم يعودوا يخافون كما في السابق، وهذا ما يقلق القصر",
            _PDP_OPPONENT,
            None,
            "2009-07",
        ),
        q(
            "وزير الخارجية استمع إلينا بأدب، لكنه كرر أن تونس لا تحتاج إلى نصائح من أحد",
            _HUDSON,
            _HUDSON_ROLE,
            "2010-02-03",
            aliases=_HUDSON_ALIASES,
        ),
        q(
            "لدينا تجربتنا الخاصة وسنمضي فيها مهما قيل في العواصم الغربية",
            _TN_FM,
            None,
            "2010-02-03",
            aliases=("الوزير",),
        ),
        q("كنا نعرف", _KHMIRI, _KHMIRI_ROLE, optional=True),
        q(
            "تؤكد ما كنا نقوله في الداخل ولم يصدقنا أحد",
            _KHMIRI,
            _KHMIRI_ROLE,
        ),
        q(
            "الأمريكيون كانوا يعرفون كل شيء، ومع ذلك واصلوا التعامل مع النظام كحليف"
            " موثوق حتى الأيام الأخيرة",
            _KHMIRI,
            _KHMIRI_ROLE,
        ),
        q(
            "البرقية ليست محضرا محايدا، فهي تعكس ما أراد الدبلوماسي أن تسمعه وزارته في واشنطن",
            _BENSEDRINE,
            _BENSEDRINE_ROLE,
            aliases=("بن سدرين",),
        ),
        q(
            "ليست حقيقة تاريخية جاهزة بل مادة خام للمؤرخ، تحتاج إلى مقارنتها بالأرشيف"
            " التونسي الذي لم يفتح بعد",
            _BENSEDRINE,
            _BENSEDRINE_ROLE,
            aliases=("بن سدرين",),
        ),
    ],
    "f33_ennahar_algiers_phones_scraped": [
        q(
            "استعمال الهاتف النقال من طرف التلاميذ داخل المؤسسة يعد مخالفة تستوجب الحجز"
            " والاستدعاء الفوري للولي",
            _DZ_EDU,
            None,
            "2025-12-21",
            aliases=_DZ_EDU_ALIASES,
        ),
        q(
            "الاساتذة والموظفين معنيون بدورهم بهذا الاجراء خلال ساعات التدريس",
            _DZ_EDU,
            None,
            "2025-12-21",
            aliases=_DZ_EDU_ALIASES,
        ),
        q(
            "التحلي بالمرونة مع الحالات الخاصة",
            _DZ_EDU,
            None,
            "2025-12-21",
            aliases=_DZ_EDU_ALIASES,
            optional=True,
        ),
        q(
            "القرار ليس عقابيا بل تربويا، هدفه الاول حماية تركيز التلميذ داخل القسم",
            _BELAID,
            _BELAID_ROLE,
            aliases=("بلعيد", "الوزير"),
        ),
        q(
            "لاحظنا تراجعا في النتائج مرتبطا بالاستعمال المفرط للهاتف، والارقام التي بين"
            " ايدينا لا تكذب",
            _BELAID,
            _BELAID_ROLE,
            aliases=("بلعيد", "الوزير"),
        ),
        q(
            "سنرافق المؤسسات بخلايا اصغاء، ولن نترك المدير وحده في مواجهة الاولياء",
            _BELAID,
            _BELAID_ROLE,
            aliases=("بلعيد", "الوزير"),
        ),
        q("جاء متاخرا", _BOUCHAMA, _BOUCHAMA_ROLE, optional=True),
        q(
            "الهاتف اصبح ينافس الاستاذ داخل القسم ولا احد كان يملك وسيلة قانونية لمنعه",
            _BOUCHAMA,
            _BOUCHAMA_ROLE,
        ),
        q(
            "الولي يريد ان يطمئن على ابنه في الطريق، والهاتف وسيلته الوحيدة لذلك",
            _KHALDI,
            _KHALDI_ROLE,
            aliases=("خالدي",),
        ),
        q(
            "ايداع الهواتف عند مدخل المؤسسة بدل حجزها",
            _KHALDI,
            _KHALDI_ROLE,
            aliases=("خالدي",),
            optional=True,
        ),
        q(
            "تطبيق القرار سيخضع لتقييم شامل نهاية شهر مارس المقبل، وقد يتم تعديله على"
            " ضوء تقارير المديريات",
            _DZ_SOURCE,
        ),
        q("نصف القسم يصور الدرس بدل ان يكتبه", _KACEMI, _KACEMI_ROLE),
        q(
            "سيعيد للاستاذ هيبته اذا طبق على الجميع دون استثناء",
            _KACEMI,
            _KACEMI_ROLE,
        ),
    ],
    "f33_youm7_cairo_rent_talkshow": [
        q(
            "القانون لم يكتب لطرد أحد من بيته، وإنما لإعادة التوازن بين طرفين ظلم أحدهما خمسين سنة",
            _ABDELGHAFFAR,
            _ABDELGHAFFAR_ROLE,
            _SHOW_DAY,
            aliases=("عبد الغفار",),
        ),
        q(
            "الدولة ملتزمة بتوفير وحدات بديلة لكل مستأجر يثبت أنه غير قادر، وده كلام"
            " مكتوب في اللائحة التنفيذية",
            _ABDELGHAFFAR,
            _ABDELGHAFFAR_ROLE,
            _SHOW_DAY,
            aliases=("عبد الغفار",),
        ),
        q(
            "الكلام ده حلو على الورق، لكن الناس في شبرا والسيدة زينب مش لاقية إيجار"
            " شقة بديلة بأقل من خمسة آلاف جنيه",
            _QALYOUBI,
            _QALYOUBI_ROLE,
            _SHOW_DAY,
            aliases=("القليوبي",),
        ),
        q(
            "إحنا مش ضد الملاك، إحنا ضد إن الست الكبيرة اللي عاشت أربعين سنة في الشقة"
            " تترمي في الشارع",
            _QALYOUBI,
            _QALYOUBI_ROLE,
            _SHOW_DAY,
            aliases=("القليوبي",),
        ),
        q(
            "طب إيه الحل اللي يرضي الطرفين؟",
            _HOST,
            _HOST_ROLE,
            _SHOW_DAY,
        ),
        q(
            "الحل اقتصادي قبل ما يكون قانوني",
            _SHERBINI,
            _SHERBINI_ROLE,
            _SHOW_DAY,
            aliases=("الشربيني",),
        ),
        q(
            "لو زودنا المعروض من الإسكان المتوسط بأسعار معقولة، السوق هيظبط نفسه من غير"
            " ما حد يتأذى",
            _SHERBINI,
            _SHERBINI_ROLE,
            _SHOW_DAY,
            aliases=("الشربيني",),
        ),
        q(
            "انتهت من حصر 85 ألف وحدة جاهزة للتسليم في 14 محافظة",
            _HELMY,
            _HELMY_ROLE,
            _SHOW_DAY,
            aliases=("حلمي",),
        ),
        q(
            "الأولوية ستكون لكبار السن وأصحاب المعاشات والأرامل",
            _HELMY,
            _HELMY_ROLE,
            _SHOW_DAY,
            aliases=("حلمي",),
        ),
        q(
            "85 ألف وحدة فين؟ في المدن الجديدة اللي على بعد 60 كيلو من شغل الناس؟",
            _QALYOUBI,
            _QALYOUBI_ROLE,
            _SHOW_DAY,
            aliases=("القليوبي",),
        ),
        q(
            "المشكلة مش في القانون، المشكلة إن مفيش بديل حقيقي في نفس المنطقة",
            _SHERBINI,
            _SHERBINI_ROLE,
            _SHOW_DAY,
            aliases=("الشربيني",),
        ),
        q(
            "أصوات الملاك غابت عن الحلقة كالعادة",
            _ABDELRAHMAN,
            _ABDELRAHMAN_ROLE,
            "2025-12-14",
        ),
        q(
            "إحنا كمان أصحاب حق، وفيه ملاك معاشهم كله من إيجار عمارة بتجيب 300 جنيه في الشهر",
            _ABDELRAHMAN,
            _ABDELRAHMAN_ROLE,
            "2025-12-14",
        ),
    ],
    "f33_lebanon24_beirut_cables": [
        q(
            "الجميع ينتظر الانتخابات النيابية، ولا أحد يريد أن يتحرك قبل أن يعرف الأحجام",
            _LB_MINISTER,
            None,
            "2008-10-17",
        ),
        q(
            "محاورنا بدا متشائما أكثر مما اعتدنا، وأسرّ لنا بأنه يفكر جديا بإرسال أولاده إلى الخارج",
            _WILCOX,
            _WILCOX_ROLE,
            "2008-10-17",
            aliases=("ويلكوكس",),
        ),
        q(
            "السلاح خارج الدولة سيبقى العقدة مهما تغيرت الحكومات",
            _LB_MP,
            None,
            "2008-10-17",
        ),
        q(
            "لبنان: الإضراب يشل بيروت والحوار معلق",
            _CABLE_94,
            None,
            "2007-01",
            aliases=("البرقية",),
            optional=True,
        ),
        q(
            "الشارع منقسم بشكل لم تشهده بيروت منذ نهاية الحرب الأهلية",
            _CABLE_94,
            None,
            "2007-01",
            aliases=("البرقية",),
        ),
        q(
            "خسرنا موسم الأعياد كاملا، والمصارف بدأت تشد الحزام على الجميع",
            _LB_BUSINESSMAN,
            None,
            "2007-01",
        ),
        q(
            "أي تسوية لن تأتي من الداخل، بل من تفاهم إقليمي لم تنضج شروطه بعد",
            _CABLE_94,
            None,
            "2007-01",
            aliases=("البرقية",),
        ),
        q("الوجوه نفسها", _KHOURY, _KHOURY_ROLE, optional=True),
        q(
            "هذه البرقيات تقرأ اليوم كأنها كتبت أمس، فالأزمة هي نفسها والوجوه هي نفسها",
            _KHOURY,
            _KHOURY_ROLE,
        ),
        q(
            "الفرق الوحيد أن الدولة انهارت في الأثناء، وأن الناس فقدوا ودائعهم",
            _KHOURY,
            _KHOURY_ROLE,
        ),
        q(
            "كانوا يسمعون من اللبنانيين ما يريدون سماعه",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "البرقيات تكشف عن الطبقة السياسية اللبنانية أكثر مما تكشف عن واشنطن",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
        q(
            "اللافت أن كثيرين ممن اشتكوا للسفارة من الفساد والسلاح عادوا وجلسوا في"
            " الحكومات نفسها، وكأن شيئا لم يكن",
            _HADDAD,
            _HADDAD_ROLE,
            aliases=("حداد",),
        ),
    ],
    "f33_alghad_amman_antibiotics": [
        q(
            "الاستخدام العشوائي للمضادات الحيوية بات يشكل تهديدا مباشرا لفعالية العلاج"
            " في مستشفيات المملكة",
            _JO_HEALTH,
            None,
            "2025-12-22",
            aliases=_JO_HEALTH_ALIASES,
        ),
        q(
            "الصيدلية المخالفة ستتعرض للإغلاق مدة أسبوع في المرة الأولى، وشهر كامل في حال التكرار",
            _JO_HEALTH,
            None,
            "2025-12-22",
            aliases=_JO_HEALTH_ALIASES,
        ),
        q(
            "نسب مقاومة البكتيريا في مستشفياتنا من الأعلى في الإقليم، ولا نملك ترف الانتظار",
            _AMAYREH,
            _AMAYREH_ROLE,
            aliases=("العمايرة",),
        ),
        q(
            "لن يكون هناك استثناء لأي صيدلية، والرقابة ستكون يومية وفي كل المحافظات",
            _AMAYREH,
            _AMAYREH_ROLE,
            aliases=("العمايرة",),
        ),
        q(
            "المرحلة الأولى ستشمل عمان والزرقاء وإربد",
            _AMAYREH,
            _AMAYREH_ROLE,
            aliases=("العمايرة",),
        ),
        q(
            "المؤسسة ستعمم على الصيدليات قائمة بالأصناف المشمولة بالقرار خلال أيام",
            _JFDA_SOURCE,
        ),
        q("صائب من حيث المبدأ", _ABDALLAT, _ABDALLAT_ROLE, aliases=("العبداللات",)),
        q(
            "تحميل الصيدلاني وحده مسؤولية ثقافة مجتمع كامل",
            _ABDALLAT,
            _ABDALLAT_ROLE,
            aliases=("العبداللات",),
            optional=True,
        ),
        q(
            "المريض يأتي إلينا لأن الطبيب غير متاح أو مكلف، فماذا نقول له؟ ارجع إلى بيتك؟",
            _ABDALLAT,
            _ABDALLAT_ROLE,
            aliases=("العبداللات",),
        ),
        q(
            "نصف الوصفات التي نراها لالتهابات فيروسية لا ينفع فيها المضاد أصلا",
            _ZOUBI,
            _ZOUBI_ROLE,
        ),
        q(
            "كل علبة مضاد تؤخذ بلا داع هي خطوة نحو يوم لا يعمل فيه أي دواء",
            _ZOUBI,
            _ZOUBI_ROLE,
        ),
        q(
            "الأردن من بين أعلى عشر دول في المنطقة في استهلاك المضادات الحيوية للفرد",
            _WHO,
            None,
            "2025-11",
            aliases=("تقرير لمنظمة الصحة العالمية",),
        ),
        q(
            "بدي أشتري دوا لابني بنص الليل، وين بدي ألاقي دكتور؟",
            _UM_YAZAN,
            _UM_YAZAN_ROLE,
        ),
        q("تأخر عشرين سنة", _ABU_KHALED, _ABU_KHALED_ROLE),
        q(
            "المضاد مش حل لكل شي",
            _JO_HEALTH,
            None,
            aliases=_JO_HEALTH_ALIASES,
            optional=True,
        ),
    ],
    "f33_jarida_kuwait_cables_scraped": [
        q(
            "الحكومة الكويتية تدرك حجم المشكلة لكنها تخشى كلفة المواجهة مع التيارات"
            " الدينية في مجلس الامة",
            _LOPEZ,
            _LOPEZ_ROLE,
            "2008-10-26",
            aliases=_LOPEZ_ALIASES,
        ),
        q(
            "نحن نراقب، لكن القانون لا يسمح لنا بالكثير قبل ان يرتكب الشخص جريمه",
            _KW_SECURITY,
            None,
            "2008-10-26",
            aliases=("المسؤول",),
        ),
        q(
            "المشكلة ليست في الداخل فقط، فالتمويل يمر عبر لجان تعمل تحت غطاء خيري ولها"
            " امتدادات في الخارج",
            _KW_SECURITY,
            None,
            "2008-10-26",
            aliases=("المسؤول",),
        ),
        q(
            "الكويت: برلمان صاخب وحكومة مترددة",
            _LOPEZ,
            _LOPEZ_ROLE,
            "2009-06",
            aliases=_LOPEZ_ALIASES,
            optional=True,
        ),
        q(
            "صريح على غير العادة",
            _LOPEZ,
            _LOPEZ_ROLE,
            "2009-06",
            aliases=_LOPEZ_ALIASES,
        ),
        q(
            "اذا ضغطتم على الحكومة علنا فستخسرون، الكويتيون لا يحبون ان يملي عليهم احد ما يفعلون",
            _KW_MP,
            None,
            "2009-06",
        ),
        q(
            "الاستقرار هنا اقوى مما يبدو، لكن الازمات الحكومية المتكررة تستنزف الجميع"
            " وتؤجل كل القرارات الصعبة",
            _LOPEZ,
            _LOPEZ_ROLE,
            "2009-06",
            aliases=_LOPEZ_ALIASES,
        ),
        q(
            "ما ورد في البرقيات يؤكد ان الملف الامني كان يدار بعقلية رد الفعل لا بعقلية الوقاية",
            _MUTAIRI,
            _MUTAIRI_ROLE,
        ),
        q(
            "لا جديد في موضوع التمويل، لكن الجديد ان الامريكيين كانوا يعرفون التفاصيل"
            " اكثر من بعض مسؤولينا",
            _MUTAIRI,
            _MUTAIRI_ROLE,
        ),
        q(
            "تظهر حجم التداخل بين الداخل والخارج في صناعة القرار الكويتي",
            _SHAMMARI,
            _SHAMMARI_ROLE,
        ),
        q(
            "قراءتها اليوم يجب ان تتم في سياقها الزمني، فالكويت عام 2009 ليست الكويت اليوم",
            _SHAMMARI,
            _SHAMMARI_ROLE,
        ),
        q(
            "الكويت لا تعلق على وثائق مسربة لا يعرف مدى دقتها",
            _KW_GOV_SOURCE,
        ),
        q("تغيرت جذريا منذ ذلك الحين", _KW_GOV_SOURCE),
    ],
    "f33_sharqawsat_london_elpais_interview": [
        q(
            "تتحدث بلغة لم يعتد عليها الجنوب من بروكسل",
            _ELPAIS,
            None,
            _INTERVIEW_DAY,
            aliases=_ELPAIS_ALIASES,
        ),
        q(
            "لا يمكن لأوروبا أن تطلب من المغرب أن يكون حارس حدودها ثم تعامله كشريك من"
            " الدرجة الثانية",
            _SOLHEIM,
            _SOLHEIM_ROLE,
            _INTERVIEW_DAY,
            aliases=_SOLHEIM_ALIASES,
        ),
        q(
            "التمويل الذي وعدنا به تأخر كثيرا، وهذا خطأ نتحمله نحن لا الرباط",
            _SOLHEIM,
            _SOLHEIM_ROLE,
            _INTERVIEW_DAY,
            aliases=_SOLHEIM_ALIASES,
        ),
        q(
            "الأرقام تنخفض حين يتعاون الجميع، وترتفع حين نتبادل الاتهامات عبر الصحف",
            _SOLHEIM,
            _SOLHEIM_ROLE,
            _INTERVIEW_DAY,
            aliases=_SOLHEIM_ALIASES,
        ),
        q(
            "هل تعتقدين أن ميثاق الهجرة واللجوء سيصمد أمام صعود اليمين المتطرف في أكثر"
            " من بلد أوروبي؟",
            _ELPAIS,
            None,
            _INTERVIEW_DAY,
            aliases=_ELPAIS_ALIASES,
        ),
        q(
            "الميثاق ليس مثاليا، لكنه أفضل ما استطعنا الاتفاق عليه بين سبع وعشرين دولة،"
            " والتراجع عنه سيكون كارثة",
            _SOLHEIM,
            _SOLHEIM_ROLE,
            _INTERVIEW_DAY,
            aliases=_SOLHEIM_ALIASES,
        ),
        q(
            "وهم خطير",
            _SOLHEIM,
            _SOLHEIM_ROLE,
            _INTERVIEW_DAY,
            aliases=_SOLHEIM_ALIASES,
            optional=True,
        ),
        q(
            "لن تبني أوروبا مستقبلها بالأسوار، بل بالاستثمار في الضفة الجنوبية وفي شبابها",
            _SOLHEIM,
            _SOLHEIM_ROLE,
            _INTERVIEW_DAY,
            aliases=_SOLHEIM_ALIASES,
        ),
        q(
            "بروكسل تدفع، والإسبان يدفعون الثمن مرتين",
            _MORENO,
            _MORENO_ROLE,
        ),
        q(
            "تعكس تحولا في الخطاب الأوروبي، ننتظر أن يترجم إلى أفعال",
            _MA_SOURCE,
            aliases=("المصدر",),
        ),
        q(
            "المغرب لا يطلب صدقة، بل شراكة متوازنة تحترم التزامات الطرفين",
            _MA_SOURCE,
            aliases=("المصدر",),
        ),
        q(
            "أحبطت منذ بداية السنة أكثر من 60 ألف محاولة للهجرة غير النظامية، وفككت 210"
            " شبكات للتهريب",
            _MA_INTERIOR,
            None,
            "2025-12-12",
        ),
    ],
}

BATCHES = {
    "F33": [
        "f33_fajr_tunis_cables",
        "f33_ennahar_algiers_phones_scraped",
        "f33_youm7_cairo_rent_talkshow",
        "f33_lebanon24_beirut_cables",
        "f33_alghad_amman_antibiotics",
        "f33_jarida_kuwait_cables_scraped",
        "f33_sharqawsat_london_elpais_interview",
    ],
}

BLIND_ARTICLES_38 = {name: (_read(name), gold) for name, gold in GOLD.items()}
