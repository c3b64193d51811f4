"""Fresh-author held-out set F8: eight articles in Tunisian and Levantine
outlet styles, written as the outlets' journalists write and annotated by
hand, with the gold below committed before the engine was run on any of them
(format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Assahafa parliament report (Tunis): a plenary dated ``يوم الاثنين 24
  نوفمبر 2025`` dating the minister's, the MPs' and a company head's words;
  a headline ``وزير الفلاحة أمام البرلمان: «…»``; ``«…»`` marks; an MP's
  question (``وتساءلت:``); ``دعا … إلى «…»`` and ``ما وصفوه بـ«…»``; the
  company acronym ``«الصوناد»`` in marks; a farmers' union statement dated
  ``يوم الأحد 23 نوفمبر 2025`` (``وجاء في البيان أن «…»``, ``مطالبا
  بـ«…»``).
- Diwan FM radio story (Sfax): ``في تصريح لديوان أف أم اليوم الخميس 27
  نوفمبر 2025`` fixing ``اليوم`` and ``صباح اليوم``; ``"…"`` marks;
  ``وقال``/``وأضاف``/``قائلا:``/``موضحا:``/``وتابع:``; a farmer in
  colloquial Tunisian; a radio programme in marks (``"ديوان ماتينال"``); a
  two-word fragment (``"محل دراسة"``); an office's ``بلاغ`` dated ``يوم 18
  نوفمبر الجاري`` with ``داعيا الفلاحين إلى "…"``.
- Business News Arabic central-bank story: ``“…”`` marks; the bank's
  ``بلاغ`` after a board meeting of ``يوم الثلاثاء 25 نوفمبر 2025``
  (``وأضاف البلاغ أن المجلس “…”``, ``ولفت المجلس إلى “…”``); the governor
  on ``يوم الأربعاء 26 نوفمبر``; a source relayed by the national agency
  (``ونقلت وكالة … عن مصدر مسؤول … أن “…”``); an economist; an anonymous
  bank manager; an employers' body named in marks (``“كونكت”``) and
  ``دعت … إلى “…”``; a headline ``ويحذّر من “…”``.
- Al-Chourouk regional report (Kairouan, undated dateline ``القيروان
  (الشروق)``): ``«…»، تقول X، وهي معلمة`` and ``قبل أن تضيف:``, ``ويقول
  المواطن X``, ``الدكتور`` as an honorific, an unmarked quote after
  ``قائلا:``, a ministry ``بلاغ`` dated ``يوم 20 نوفمبر 2025`` (``أعلنت …
  عن «…»`` then ``وجاء في البلاغ أن «…»``).
- An-Nahar cabinet story (Beirut, no dateline): ``أمس`` unresolved; a
  headline ``ونصّار: «…»``; ``«…»`` marks; ministerial sources (``مصادر
  وزارية لـ«النهار»``) and ``وأشارت المصادر إلى أن رئيس الحكومة «…»``; the
  information minister reading the decisions; an MP's post on ``«إكس»``
  and ``وتابع:``; a bloc, an outlet, an agency and a platform in marks; a
  quote relayed by ``وكالة «المركزية»`` from unnamed sources; a World Bank
  report of ``تشرين الأول 2025``; a generator owner.
- Al-Quds Al-Arabi Beirut desk, WikiLeaks cables on Lebanon: 08BEIRUT1187
  dated ``12 آب (أغسطس) 2008`` (the ambassador's words, an unnamed
  minister's words relayed by the cable, ``ويضيف الوزير، وفق البرقية:``,
  ``بأن محاوريها "…"``) and 09BEIRUT214 of ``شباط (فبراير) 2009`` without a
  day (its subject line, a former MP relayed by the cable, ``وخلص كاتب
  البرقية إلى أن "…"``); reactions today (no date), an unmarked quote after
  ``قائلا:``.
- Enab Baladi street story (Damascus): ``"…"، أضافت علا`` (a first name
  only), ``يقول محمد، طالب …``, ``قال أبو سامر (52 عامًا)، وهو …``, an
  anonymous civil servant, a ministry statement ``في 27 من تشرين الثاني
  2025``, a research centre and a one-word label (``"الفروغ"``) in marks.
- Roya News weather story (Amman, no dateline): ``لـ"رؤيا"``, ``"…"``
  marks, ``العقيد`` as a rank before a name, civil defence ``دعت …
  المواطنين إلى "…"`` then ``مؤكدة أن "…"``, Amman municipality's
  statement, an app in marks (``"سند"``), a trader in colloquial Jordanian,
  a ministry's statement of ``الثلاثاء 2 كانون الأول/ديسمبر 2025``.

Conventions as in articles_blind2-9: a relative date (``أمس``) gets no date
without a dated dateline; a statement that gives ``اليوم`` with a full date
(Diwan FM) fixes ``اليوم`` and ``صباح اليوم`` in the same story; a date
given for an event (a plenary, a board meeting) dates its quotes and the
follow-ups of the same account; a dated statement (``بيان``, ``بلاغ``,
report) dates its quotes; a cable's quotes, and the follow-ups of the same
account, take the cable's date (month precision when the article gives no
day), including the words of a third person the cable relays; reactions to
the leaks get no date; a predicate in marks after ``أن X`` belongs to the
outer speaker (``أكد … أن القسم «…»``, ``قال … إن الطلب على الإيجار "…"``);
nominal objects after ``إلى``/``بـ``/``من``/``عن`` (``دعا … إلى «…»``,
``مطالبا بـ«…»``, ``يحذّر من “…”``, ``أعلنت … عن «…»``), two-word
fragments, headlines of the form ``X: …`` and a cable's subject line are
optional; an unmarked quote after ``قائلا:`` is scored without its final
full stop; a question asked by an MP is scored; names of parties, blocs,
companies, outlets, agencies, programmes, apps, platforms, research centres
and one-word labels in marks are not quotations; a role is the title chunk
or the apposition, whichever is fuller, without honorifics (``الدكتور``,
``العقيد``) or the marks around a bloc's or centre's name, which are not
part of the name; an institution speaking through a statement is the
speaker (``البلاغ``/``البيان``/``المجلس`` as aliases), and an anonymous
source is the speaker as described (``مصادر وزارية``)."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# --- Assahafa --------------------------------------------------------------
_WARTANI = "منصف الورتاني"
_WARTANI_ROLE = "وزير الفلاحة والموارد المائية والصيد البحري"
_MPS = "عدد من النواب"
_HAMDI = "سلوى الحامدي"
_HAMDI_ROLE = "النائبة عن دائرة القصرين"
_BENOMAR = "رضا بن عمر"
_BENOMAR_ROLE = "النائب عن دائرة بنزرت الشمالية"
_ZOGHLAMI = "كمال الزغلامي"
_ZOGHLAMI_ROLE = "الرئيس المدير العام للشركة الوطنية لاستغلال وتوزيع المياه"
_UTAP = "الاتحاد التونسي للفلاحة والصيد البحري"
# --- Diwan FM --------------------------------------------------------------
_KALLEL = "نبيل القلال"
_KALLEL_ROLE = "رئيس الاتحاد الجهوي للفلاحة والصيد البحري بصفاقس"
_FERATI = "محمد علي الفراتي"
_FERATI_ROLE = "صاحب معصرة بمعتمدية المحرس"
_CHAARI = "عبد الستار الشعري"
_BENYOUSSEF = "سامي بن يوسف"
_BENYOUSSEF_ROLE = "المدير العام للإنتاج الفلاحي بوزارة الفلاحة"
_ONH = "الديوان الوطني للزيت"
# --- Business News ---------------------------------------------------------
_BCT = "البنك المركزي التونسي"
_BENSALAH = "الهادي بن صالح"
_BENSALAH_ROLE = "محافظ البنك المركزي"
_BCT_SOURCE = "مصدر مسؤول بالبنك المركزي"
_WESLETI = "أنيس الوسلاتي"
_WESLETI_ROLE = "أستاذ الاقتصاد بالجامعة التونسية"
_BANKER = "المدير العام لأحد البنوك الخاصة"
_CONECT = "كنفدرالية المؤسسات المواطنة التونسية"
# --- Al-Chourouk -----------------------------------------------------------
_ZAYRI = "سعاد الزايري"
_BELHAJALI = "الهادي بالحاج علي"
_KHAMMASSI = "وليد الخماسي"
_KHAMMASSI_ROLE = "الكاتب العام للنقابة الأساسية للأطباء بالمستشفى"
_SAIDI = "منير السعيدي"
_SAIDI_ROLE = "المدير الجهوي للصحة بالقيروان"
_TN_HEALTH = "وزارة الصحة"
# --- An-Nahar --------------------------------------------------------------
_KHOURY = "جوزف خوري"
_KHOURY_ROLE = "وزير الطاقة والمياه"
_MIN_SOURCES = "مصادر وزارية"
_EID = "بولس عيد"
_EID_ROLE = "وزير الإعلام"
_NASSAR = "إيلي نصّار"
_NASSAR_ROLE = "عضو تكتل لبنان الحر"
_EDL_SOURCES = "مصادر في مؤسسة كهرباء لبنان"
_WORLD_BANK = "البنك الدولي"
_CHATILA = "أبو علي شاتيلا"
_CHATILA_ROLE = "صاحب مولد الحي"
# --- Al-Quds Al-Arabi cables -----------------------------------------------
_WILSON = "كارين ويلسون"
_WILSON_ROLE = "السفيرة الأمريكية في بيروت"
_LB_MINISTER = "وزير لبناني بارز"
_US_BEIRUT = "السفارة الأمريكية في بيروت"
_HALABI = "عصام الحلبي"
_HALABI_ROLE = "نائب سابق عن دائرة بيروت الثالثة"
_AYOUBI = "كريم الأيوبي"
_AYOUBI_ROLE = "الباحث في المركز اللبناني للدراسات السياسية"
# --- Enab Baladi -----------------------------------------------------------
_OLA = "علا"
_OLA_ROLE = "موظفة في مؤسسة خاصة"
_MOHAMMAD = "محمد"
_MOHAMMAD_ROLE = "طالب في كلية الهندسة المدنية من دير الزور"
_ABU_SAMER = "أبو سامر"
_ABU_SAMER_ROLE = "صاحب مكتب عقاري"
_CADASTRE_CLERK = "موظف في مديرية المصالح العقارية بدمشق"
_SY_LOCAL_ADMIN = "وزارة الإدارة المحلية والبيئة"
_ALI = "مازن العلي"
_ALI_ROLE = "الباحث الاقتصادي في مركز سوار للدراسات الاقتصادية"
# --- Roya ------------------------------------------------------------------
_KHATIB = "رائد الخطيب"
_KHATIB_ROLE = "مدير دائرة الأرصاد الجوية"
_JO_CIVIL_DEF = "المديرية العامة للدفاع المدني"
_MAJALI = "خالد المجالي"
_MAJALI_ROLE = "الناطق الإعلامي باسم مديرية الأمن العام"
_HAYARI = "محمود الحياري"
_HAYARI_ROLE = "الناطق الإعلامي باسم وزارة التربية والتعليم"
_GAM = "أمانة عمان الكبرى"
_SHOUBAKI = "أبو محمد الشوبكي"
_JO_WATER = "وزارة المياه والري"
_TARAWNEH = "عمر الطراونة"
_TARAWNEH_ROLE = "الأمين العام لسلطة وادي الأردن"

GOLD = {
    # --- F8: fresh-author held-out set, Tunisian and Levantine outlets ---------
    "f8_assahafa_water_budget": [
        # headline of the form X: …
        q(
            "لا انقطاعات مبرمجة للماء الصالح للشرب هذا الشتاء",
            _WARTANI,
            _WARTANI_ROLE,
            aliases=("الورتاني", "وزير الفلاحة"),
            optional=True,
        ),
        q(
            "الوضع المائي ما يزال صعبا، لكننا تجاوزنا مرحلة الخطر التي عشناها في صائفة 2023، ولا "
            "نية لدينا في برمجة انقطاعات للماء الصالح للشرب خلال هذا الشتاء",
            _WARTANI,
            _WARTANI_ROLE,
            "2025-11-24",
            aliases=("الورتاني", "الوزير"),
        ),
        q(
            "المحطة ستدخل حيز الاستغلال في شهر مارس القادم، وستوفر 100 ألف متر مكعب يوميا "
            "لفائدة ولايات الجنوب",
            _WARTANI,
            _WARTANI_ROLE,
            "2025-11-24",
            aliases=("الورتاني", "الوزير"),
        ),
        # nominal object after بـ
        q(
            "تأخر المشاريع المائية الكبرى",
            _MPS,
            None,
            "2025-11-24",
            aliases=("النواب",),
            optional=True,
        ),
        q(
            "المناطق الداخلية ما تزال تعيش على وقع العطش، في حين تتحدث الوزارة عن أرقام ونسب لا "
            "يلمسها المواطن",
            _HAMDI,
            _HAMDI_ROLE,
            "2025-11-24",
            aliases=("الحامدي",),
        ),
        # an MP's question
        q(
            "كيف نفسر أن عائلات في معتمدية سبيطلة تشتري الماء بالصهاريج ونحن في سنة 2025؟",
            _HAMDI,
            _HAMDI_ROLE,
            "2025-11-24",
            aliases=("الحامدي",),
        ),
        # nominal object after دعا … إلى
        q(
            "مراجعة شاملة لمجلة المياه",
            _BENOMAR,
            _BENOMAR_ROLE,
            "2025-11-24",
            aliases=("بن عمر",),
            optional=True,
        ),
        q(
            "الإطار القانوني الحالي تجاوزه الزمن ولم يعد يستجيب لتحديات التغيرات المناخية",
            _BENOMAR,
            _BENOMAR_ROLE,
            "2025-11-24",
            aliases=("بن عمر",),
        ),
        q(
            "الجمعيات المائية في الأرياف تعاني من ديون متراكمة لدى الشركة التونسية للكهرباء "
            "والغاز، والحل لا يمكن أن يكون بقطع التيار عن محطات الضخ",
            _BENOMAR,
            _BENOMAR_ROLE,
            "2025-11-24",
            aliases=("بن عمر",),
        ),
        # predicate after بأن الشركة: the company head's words
        q(
            "شرعت في تنفيذ برنامج لتجديد 1200 كيلومتر من قنوات التوزيع المهترئة في 14 ولاية",
            _ZOGHLAMI,
            _ZOGHLAMI_ROLE,
            "2025-11-24",
            aliases=("الزغلامي",),
        ),
        q(
            "نسبة الضياع في الشبكة تبلغ حاليا حوالي 30 بالمائة، وهي نسبة مرتفعة لا يمكن القبول "
            "بها، ولذلك أعطينا الأولوية للمناطق التي تسجل أكبر عدد من الأعطاب",
            _ZOGHLAMI,
            _ZOGHLAMI_ROLE,
            "2025-11-24",
            aliases=("الزغلامي",),
        ),
        q(
            "الفلاحين في المناطق السقوية يواجهون وضعية صعبة بسبب تراكم الديون وارتفاع كلفة الطاقة "
            "وتواتر قرارات قطع مياه الري",
            _UTAP,
            None,
            "2025-11-23",
            aliases=("البيان",),
        ),
        # nominal object after مطالبا بـ
        q(
            "جدولة ديون الفلاحين المتضررين من الجفاف",
            _UTAP,
            None,
            "2025-11-23",
            aliases=("البيان",),
            optional=True,
        ),
    ],
    "f8_diwanfm_sfax_olive_prices": [
        # predicate after أن أسعار …: the speaker's words
        q(
            "نزلت إلى مستويات لا تغطي حتى كلفة الجني",
            _KALLEL,
            _KALLEL_ROLE,
            "2025-11-27",
            aliases=("القلال",),
        ),
        q(
            "الفلاح اليوم يبيع اللتر بين 10 و12 دينارا، في حين أن كلفة الإنتاج تتجاوز 9 دنانير "
            "دون احتساب اليد العاملة، وهذا يعني أن عددا كبيرا من الفلاحين سيخرجون من الموسم "
            "بخسائر",
            _KALLEL,
            _KALLEL_ROLE,
            "2025-11-27",
            aliases=("القلال",),
        ),
        q(
            "نطالب الديوان الوطني للزيت بالتدخل العاجل لتعديل السوق عبر شراء كميات من الزيت "
            "بأسعار مرجعية، مثلما حصل في مواسم سابقة",
            _KALLEL,
            _KALLEL_ROLE,
            "2025-11-27",
            aliases=("القلال",),
        ),
        q(
            "العامل يطلب 80 دينارا في اليوم، والفلاح الصغير لا يقدر على ذلك، فيضطر إلى ترك جزء "
            "من الصابة على الأشجار",
            _KALLEL,
            _KALLEL_ROLE,
            "2025-11-27",
            aliases=("القلال", "المتحدث"),
        ),
        q(
            "الفلاحون يؤجلون الجني على أمل تحسن الأسعار، والنتيجة أن المعصرة تشتغل ثماني ساعات "
            "فقط عوض أربع وعشرين",
            _FERATI,
            _FERATI_ROLE,
            "2025-11-27",
            aliases=("الفراتي",),
        ),
        # colloquial Tunisian
        q(
            "عندي 400 زيتونة، وما نجمش نلقى خدامة، وإذا نبيع بالسوم هذا نخسر، خير لي نخلي الزيت "
            "في الخوابي ونستنى",
            _CHAARI,
            "الفلاح",
            "2025-11-27",
            aliases=("الشعري",),
        ),
        q(
            "التقديرات تشير إلى صابة في حدود 340 ألف طن من الزيت، وهي من أعلى الصابات في العشرية "
            "الأخيرة",
            _BENYOUSSEF,
            _BENYOUSSEF_ROLE,
            "2025-11-27",
            aliases=("بن يوسف",),
        ),
        q(
            "الوزارة بصدد التفاوض مع شركاء جدد في آسيا وأمريكا الشمالية لفتح أسواق إضافية، "
            "والأسعار ستتحسن حتما مع انطلاق التصدير بنسق أسرع خلال شهر جانفي",
            _BENYOUSSEF,
            _BENYOUSSEF_ROLE,
            "2025-11-27",
            aliases=("بن يوسف",),
        ),
        # two-word fragment
        q(
            "محل دراسة",
            _BENYOUSSEF,
            _BENYOUSSEF_ROLE,
            "2025-11-27",
            aliases=("بن يوسف",),
            optional=True,
        ),
        q(
            "أسعار الزيت في الأسواق العالمية تشهد تراجعا ظرفيا مرتبطا بوفرة الإنتاج في حوض "
            "المتوسط، خاصة في إسبانيا",
            _ONH,
            None,
            "2025-11-18",
        ),
        # nominal object after داعيا … إلى
        q(
            "عدم التسرع في البيع والاستفادة من آليات الخزن المتاحة",
            _ONH,
            None,
            "2025-11-18",
            optional=True,
        ),
    ],
    "f8_businessnews_bct_key_rate": [
        # headline: nominal object after يحذّر من
        q(
            "ضغوط تضخمية كامنة",
            _BCT,
            aliases=("البنك المركزي",),
            optional=True,
        ),
        q(
            "التضخم واصل منحاه التنازلي ليبلغ 5,2% خلال شهر أكتوبر، غير أن مستواه يبقى مرتفعا "
            "مقارنة بالمعدلات المسجلة قبل سنة 2022",
            _BCT,
            None,
            "2025-11-25",
            aliases=("البنك", "البلاغ", "مجلس إدارة البنك المركزي التونسي"),
        ),
        q(
            "يتابع عن كثب تطور أسعار المواد الغذائية والطاقة، ولن يتردد في اتخاذ الإجراءات "
            "الضرورية للحفاظ على القدرة الشرائية للمواطن",
            _BCT,
            None,
            "2025-11-25",
            aliases=("البنك", "البلاغ", "المجلس", "مجلس إدارة البنك المركزي التونسي"),
        ),
        # nominal object after لفت … إلى
        q(
            "تحسن ملحوظ في الموجودات الصافية من العملة الأجنبية",
            _BCT,
            None,
            "2025-11-25",
            aliases=("البنك", "المجلس", "مجلس إدارة البنك المركزي التونسي"),
            optional=True,
        ),
        q(
            "الحديث عن تخفيض نسبة الفائدة سابق لأوانه ما دام التضخم الأساسي لم ينزل تحت عتبة 5%",
            _BENSALAH,
            _BENSALAH_ROLE,
            "2025-11-26",
            aliases=("بن صالح",),
        ),
        q(
            "نحن لا نستهدف النمو على حساب استقرار الأسعار، فالتجربة أثبتت أن كلفة التضخم يدفعها "
            "في النهاية أصحاب الدخل المحدود",
            _BENSALAH,
            _BENSALAH_ROLE,
            "2025-11-26",
            aliases=("بن صالح",),
        ),
        # relayed by the national agency from an anonymous source
        q(
            "مشروع تنقيح القانون الأساسي للبنك يبقى من مشمولات مجلس نواب الشعب، والبنك مستعد "
            "لتقديم رأيه الفني متى طلب منه ذلك",
            _BCT_SOURCE,
        ),
        # two-word fragment
        q(
            "كان متوقعا",
            _WESLETI,
            _WESLETI_ROLE,
            aliases=("الوسلاتي",),
            optional=True,
        ),
        q(
            "السوق كانت تنتظر إشارة إيجابية للمستثمرين، لكن المركزي اختار الحذر، وهو خيار مفهوم "
            "في ظل تواصل لجوء الدولة إلى التمويل المباشر من البنك",
            _WESLETI,
            _WESLETI_ROLE,
            aliases=("الوسلاتي",),
        ),
        q(
            "نسبة فائدة في حدود 7,5% تعني كلفة قروض فعلية تتجاوز 10% بالنسبة للمؤسسات الصغرى "
            "والمتوسطة، وهو ما يكبح الاستثمار ويغذي الاقتصاد الموازي",
            _WESLETI,
            _WESLETI_ROLE,
            aliases=("الوسلاتي",),
        ),
        # anonymous bank manager
        q(
            "الطلب على القروض الاستهلاكية تراجع بنحو 15% منذ بداية السنة، والبنوك تجد صعوبة في "
            "توظيف السيولة خارج سندات الخزينة",
            _BANKER,
        ),
        # nominal object after دعت … إلى
        q(
            "مراجعة هيكلة نسب الفائدة بما يخفف العبء على المؤسسات الصغرى التي تمثل أكثر من 90% "
            "من النسيج الاقتصادي",
            _CONECT,
            aliases=("كونكت",),
            optional=True,
        ),
    ],
    "f8_chourouk_kairouan_emergency": [
        # the speaker after the quote
        q(
            "منذ الساعة السابعة صباحا وأنا أنتظر مع والدي، والآن تجاوزت الساعة الثانية ظهرا ولم "
            "يفحصه أي طبيب",
            _ZAYRI,
            "معلمة",
            aliases=("الزايري",),
        ),
        q(
            "نحن لا نطلب المستحيل، فقط طبيب قار في المستشفى المحلي يغنينا عن هذه الرحلة",
            _ZAYRI,
            "معلمة",
            aliases=("الزايري",),
        ),
        q(
            "الممرضون يعملون فوق طاقتهم، ولا نلومهم، المشكلة في غياب الأطباء المختصين",
            _BELHAJALI,
            "المواطن",
        ),
        # predicate after أن القسم: the speaker's words
        q(
            "يعمل بثلاثة أطباء فقط في كل حصة، في حين يستقبل أكثر من 400 مريض يوميا من مختلف "
            "معتمديات الولاية وحتى من الولايات المجاورة",
            _KHAMMASSI,
            _KHAMMASSI_ROLE,
            aliases=("الخماسي",),
        ),
        q(
            "استقال سبعة أطباء منذ بداية السنة، أغلبهم غادروا نحو ألمانيا وفرنسا، ولم يتم تعويض "
            "أي منهم إلى حد الآن",
            _KHAMMASSI,
            _KHAMMASSI_ROLE,
            aliases=("الخماسي",),
        ),
        # unmarked after قائلا:
        q(
            "الأطباء الشبان لم يعودوا يقبلون العمل في الجهات الداخلية بالأجور الحالية وفي ظروف "
            "عمل لا تحترم أبسط المعايير، ومن يبقى منهم يبقى مضطرا",
            _KHAMMASSI,
            _KHAMMASSI_ROLE,
            aliases=("الخماسي",),
        ),
        q(
            "وجهت مراسلة إلى سلطة الإشراف لانتداب 12 طبيبا مختصا في إطار الخدمة المدنية",
            _SAIDI,
            _SAIDI_ROLE,
            aliases=("السعيدي",),
        ),
        q(
            "الحل الجذري يمر حتما عبر تحفيز الأطباء على العمل بالجهات الداخلية، ماديا ومهنيا",
            _SAIDI,
            _SAIDI_ROLE,
            aliases=("السعيدي",),
        ),
        q(
            "سيتم خلال الأسابيع القادمة فتح قسم استعجالي جديد بالمستشفى المحلي بحفوز، وهو ما "
            "سيخفف الضغط على ابن الجزار بنسبة هامة",
            _SAIDI,
            _SAIDI_ROLE,
            aliases=("السعيدي",),
        ),
        # nominal object after أعلنت … عن
        q(
            "برنامج وطني لدعم أقسام الاستعجالي بالمناطق الداخلية",
            _TN_HEALTH,
            None,
            "2025-11-20",
            aliases=("الوزارة",),
            optional=True,
        ),
        q(
            "الاعتمادات المرصودة لهذا البرنامج تبلغ 45 مليون دينار، وستوجه أساسا لتجهيز أقسام "
            "الاستعجالي وانتداب الإطارات الطبية وشبه الطبية",
            _TN_HEALTH,
            None,
            "2025-11-20",
            aliases=("الوزارة", "البلاغ"),
        ),
    ],
    "f8_annahar_cabinet_electricity": [
        # headline of the form X: …
        q(
            "ترقيع لا إصلاح",
            _NASSAR,
            _NASSAR_ROLE,
            aliases=("نصّار", "نصار"),
            optional=True,
        ),
        # أمس without a dated dateline: no date
        q(
            "الخطة تضمن رفع التغذية إلى عشر ساعات يومياً بحلول الربيع المقبل، شرط أن تُفتح "
            "الاعتمادات لشراء الفيول في الموعد المحدد",
            _KHOURY,
            _KHOURY_ROLE,
            aliases=("خوري",),
        ),
        q(
            "لا يمكن أن نطلب من مؤسسة كهرباء لبنان أن تعمل من دون جباية، ولذلك ستبدأ حملة لنزع "
            "التعديات على الشبكة في كل المناطق من دون استثناء",
            _KHOURY,
            _KHOURY_ROLE,
            aliases=("خوري",),
        ),
        q(
            "بعض الوزراء طالبوا بضمانات مكتوبة، لأن التجارب السابقة أثبتت أن التعرفة ترتفع "
            "والتغذية لا تتحسن",
            _MIN_SOURCES,
            aliases=("المصادر",),
        ),
        # predicate after إلى أن رئيس الحكومة: the sources' words
        q(
            "تدخّل أكثر من مرة لضبط إيقاع النقاش، وطلب حسم الملف في الجلسة نفسها",
            _MIN_SOURCES,
            aliases=("المصادر",),
        ),
        q(
            "أقرّ المجلس خطة الطوارئ للكهرباء، على أن يرفع وزير الطاقة تقريراً شهرياً إلى مجلس "
            "الوزراء عن مراحل التنفيذ والجباية",
            _EID,
            _EID_ROLE,
            aliases=("عيد",),
        ),
        q(
            "ما أُقرّ اليوم ترقيع لا إصلاح. لا هيئة ناظمة، ولا معامل جديدة، ولا محاسبة على "
            "عشرات المليارات التي هُدرت",
            _NASSAR,
            _NASSAR_ROLE,
            aliases=("نصّار", "نصار"),
        ),
        q(
            "سنطرح الملف في لجنة الأشغال، ولن نسمح بأن يدفع المواطن فاتورة مضاعفة لكهرباء لا يراها",
            _NASSAR,
            _NASSAR_ROLE,
            aliases=("نصّار", "نصار"),
        ),
        # relayed by an agency from unnamed sources
        q(
            "المخزون الحالي من الفيول يكفي حتى منتصف كانون الثاني، وأي تأخير في فتح الاعتمادات "
            "سيعيدنا إلى العتمة الشاملة",
            _EDL_SOURCES,
        ),
        q(
            "قطاع الكهرباء استنزف ما يقارب نصف العجز المالي للدولة خلال العقدين الماضيين، من دون "
            "أي تحسن ملموس في الخدمة",
            _WORLD_BANK,
            None,
            "2025-10",
        ),
        q(
            "لم يتراجع عددهم رغم كل الوعود",
            _CHATILA,
            _CHATILA_ROLE,
            aliases=("شاتيلا",),
        ),
        q(
            "الناس جرّبت خططاً كثيرة، وفي النهاية تعود إلى المولّد. إذا صارت الكهرباء عشر ساعات "
            "فعلاً، فأنا أول من سيفرح",
            _CHATILA,
            _CHATILA_ROLE,
            aliases=("شاتيلا",),
        ),
    ],
    "f8_qudsarabi_beirut_cables": [
        q(
            "قيادة الجيش تخشى أن يتحول الدعم الأمريكي إلى عبء سياسي عليها إذا لم يترافق مع "
            "إجراءات واضحة لتعزيز قدراتها الدفاعية",
            _WILSON,
            _WILSON_ROLE,
            "2008-08-12",
            aliases=("ويلسون", "السفيرة"),
        ),
        # a third person relayed by the cable: the cable's date
        q(
            "لا تطلبوا من الجيش ما لا يستطيع فعله، فهو المؤسسة الوحيدة التي ما زالت تجمع "
            "اللبنانيين، وأي خطأ في التوقيت قد يفجرها من الداخل",
            _LB_MINISTER,
            None,
            "2008-08-12",
            aliases=("الوزير",),
        ),
        q(
            "الأمريكيون يريدون نتائج سريعة، لكن لبنان لا يعمل بهذه الطريقة",
            _LB_MINISTER,
            None,
            "2008-08-12",
            aliases=("الوزير",),
        ),
        # predicate after بأن محاوريها: the ambassador's words
        q(
            "يبالغون أحيانا في وصف هشاشة المؤسسة العسكرية لتبرير بطء الإصلاحات",
            _WILSON,
            _WILSON_ROLE,
            "2008-08-12",
            aliases=("ويلسون", "السفيرة"),
        ),
        q(
            "مع ذلك، نوصي بمواصلة برنامج المساعدات بوتيرته الحالية، مع ربط الشرائح الجديدة "
            "بمؤشرات أداء قابلة للقياس",
            _WILSON,
            _WILSON_ROLE,
            "2008-08-12",
            aliases=("ويلسون", "السفيرة"),
        ),
        # the cable's subject line
        q(
            "لبنان: الانتخابات النيابية وحسابات المال السياسي",
            _US_BEIRUT,
            None,
            "2009-02",
            aliases=("السفارة", "كاتب البرقية"),
            optional=True,
        ),
        q(
            "الانتخابات المقبلة ستحسم بالمال أكثر مما ستحسم بالبرامج، وكل الأطراف تعرف ذلك "
            "وتتصرف على أساسه",
            _HALABI,
            _HALABI_ROLE,
            "2009-02",
            aliases=("الحلبي",),
        ),
        q(
            "الصوت في بعض الأحياء يباع بمئة دولار، وأحيانا بأقل",
            _HALABI,
            _HALABI_ROLE,
            "2009-02",
            aliases=("الحلبي",),
        ),
        q(
            "الخطاب السياسي حول الإصلاح الانتخابي لا يعكس الممارسة على الأرض، وأن المال سيبقى "
            "عاملا حاسما في الدوائر المختلطة",
            _US_BEIRUT,
            None,
            "2009-02",
            aliases=("السفارة", "كاتب البرقية"),
        ),
        # a reaction today: no date
        q(
            "ما ورد في البرقية اجتُزئ من سياقه، فقد كنت أتحدث عن ظاهرة عامة يعرفها كل اللبنانيين، "
            "ولم أتهم أي طرف بعينه",
            _HALABI,
            _HALABI_ROLE,
            aliases=("الحلبي",),
        ),
        q(
            "لا تكشف أسرارا بقدر ما توثق ما كان يقال في الصالونات السياسية",
            _AYOUBI,
            _AYOUBI_ROLE,
            aliases=("الأيوبي",),
        ),
        # unmarked after قائلا:
        q(
            "أهمية هذه الوثائق أنها تظهر كيف كانت واشنطن تقرأ المشهد اللبناني، وكيف كانت تبني "
            "قراراتها على روايات محاوريها المحليين",
            _AYOUBI,
            _AYOUBI_ROLE,
            aliases=("الأيوبي",),
        ),
    ],
    "f8_enabbaladi_damascus_rents": [
        # the speaker (a first name) after the quote
        q(
            "لم يعد أحد يقبل بالليرة، كل الأسعار صارت بالدولار، وراتبي لا يتجاوز 150 دولارًا",
            _OLA,
            _OLA_ROLE,
        ),
        q(
            "نسكن ستة شبان في غرفتين، ومع ذلك يذهب نصف ما يرسله لنا أهلنا إلى الإيجار",
            _MOHAMMAD,
            _MOHAMMAD_ROLE,
        ),
        # predicate after إن الطلب على الإيجار: the speaker's words
        q(
            "تضاعف خلال الأشهر الأخيرة مع عودة آلاف العائلات من الخارج ومن مناطق النزوح",
            _ABU_SAMER,
            _ABU_SAMER_ROLE,
        ),
        q(
            "المعروض قليل جدًا، فنصف البيوت في الريف القريب مدمرة، والناس تريد السكن داخل المدينة "
            "قرب المدارس والعمل",
            _ABU_SAMER,
            _ABU_SAMER_ROLE,
        ),
        # anonymous civil servant
        q(
            "عقود الإيجار المسجلة رسميًا لا تمثل سوى جزء صغير من السوق، لأن أغلب المؤجرين "
            "يتهربون من التسجيل لتجنب الضرائب",
            _CADASTRE_CLERK,
        ),
        q(
            "تعمل على إعداد مشروع قانون جديد للإيجارات يوازن بين حقوق المالك والمستأجر، ويراعي "
            "الظروف الاقتصادية الراهنة",
            _SY_LOCAL_ADMIN,
            None,
            "2025-11-27",
        ),
        q(
            "نتيجة طبيعية لاختلال العرض والطلب",
            _ALI,
            _ALI_ROLE,
            aliases=("العلي",),
        ),
        q(
            "عندما يتجاوز الإيجار ثلاثة أضعاف متوسط الراتب، فنحن أمام أزمة سكن حقيقية، لا مجرد "
            "موجة غلاء عابرة",
            _ALI,
            _ALI_ROLE,
            aliases=("العلي",),
        ),
        q(
            "أي قانون جديد لن ينجح ما لم يترافق مع برامج لإعادة إعمار المساكن في الأرياف، "
            "وتسهيلات للقروض العقارية، وإلا فإن تحديد سقف للإيجارات سيدفع المالكين إلى سحب شققهم "
            "من السوق",
            _ALI,
            _ALI_ROLE,
            aliases=("العلي",),
        ),
    ],
    "f8_roya_amman_storm": [
        q(
            "المنخفض مصحوب بكتلة هوائية باردة، ويتوقع أن تكون الهطولات غزيرة أحيانا في شمال ووسط "
            "المملكة، مع احتمال تساقط البرد",
            _KHATIB,
            _KHATIB_ROLE,
            aliases=("الخطيب",),
        ),
        q(
            "نتوقع أن تتراوح كميات الأمطار بين 20 و40 ملم في المرتفعات الشمالية، وهي كميات كافية "
            "لتشكيل السيول في الأودية والمناطق المنخفضة، خاصة في ساعات الليل",
            _KHATIB,
            _KHATIB_ROLE,
            aliases=("الخطيب",),
        ),
        # nominal object after دعت … إلى
        q(
            "عدم الاقتراب من مجاري السيول والأودية، وعدم المجازفة بعبورها",
            _JO_CIVIL_DEF,
            aliases=("الدفاع المدني",),
            optional=True,
        ),
        q(
            "فرقها في حالة جاهزية تامة للتعامل مع أي طارئ في مختلف محافظات المملكة",
            _JO_CIVIL_DEF,
            aliases=("الدفاع المدني",),
        ),
        q(
            "نهيب بالسائقين تخفيف السرعة وترك مسافات أمان كافية، والابتعاد عن الطرق التي تشهد "
            "تجمعات للمياه، وعدم التوقف أسفل الجسور والأنفاق",
            _MAJALI,
            _MAJALI_ROLE,
            aliases=("المجالي",),
        ),
        q(
            "قرار تعطيل الدوام أو تأخيره سيتخذ بناء على تقارير الأرصاد الجوية صباح الخميس، "
            "وسيعلن عبر المنصات الرسمية للوزارة",
            _HAYARI,
            _HAYARI_ROLE,
            aliases=("الحياري",),
        ),
        q(
            "غرفة العمليات المركزية ستعمل على مدار الساعة، بمشاركة 2500 عامل و300 آلية موزعة على "
            "مناطق العاصمة",
            _GAM,
            aliases=("الأمانة",),
        ),
        # colloquial Jordanian
        q(
            "كل شتوة بنعيش نفس القصة، المي بتفوت على المحلات وبنخسر بضاعتنا، والحكي كثير بس ما في "
            "حلول",
            _SHOUBAKI,
            "التاجر",
            aliases=("الشوبكي",),
        ),
        q(
            "السدود الرئيسية لم تتجاوز نسبة تخزينها 15% من سعتها الإجمالية البالغة 288 مليون متر "
            "مكعب",
            _JO_WATER,
            None,
            "2025-12-02",
        ),
        q(
            "ستحسن الوضع قليلا، لكنها لن تعوض العجز المتراكم منذ الموسم الماضي",
            _TARAWNEH,
            _TARAWNEH_ROLE,
            aliases=("الطراونة",),
        ),
    ],
}

BATCHES = {
    "F8": [
        "f8_assahafa_water_budget",
        "f8_diwanfm_sfax_olive_prices",
        "f8_businessnews_bct_key_rate",
        "f8_chourouk_kairouan_emergency",
        "f8_annahar_cabinet_electricity",
        "f8_qudsarabi_beirut_cables",
        "f8_enabbaladi_damascus_rents",
        "f8_roya_amman_storm",
    ],
}

BLIND_ARTICLES_13 = {name: (_read(name), gold) for name, gold in GOLD.items()}
