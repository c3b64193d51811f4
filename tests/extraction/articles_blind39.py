"""Fresh-author held-out set F34: seven articles in Syrian, Palestinian and
Sudanese outlet styles (Syria TV, Al-Watan of Damascus, WAFA, Al-Ayyam of
Ramallah, Arab 48, Al-Sudani, Al-Tagheer; two on WikiLeaks cables, two as
scraped web text without hamzas on alef, with ``ه`` for final ``ة`` in places
and no paragraph breaks), written as a journalist would and annotated by
hand, with the gold below committed before the engine was run on any of them
(format of ../shared/gold; offsets computed by ``articles.gold_with_offsets``).
All persons quoted are invented; the cable references are plausible but made
up.

- Syria TV camp report (Atmeh): ``إدلب - تلفزيون سوريا`` without a date, a
  flood dated ``فجر يوم الخميس 23 كانون الثاني 2025``; displaced people with
  ``ويقول X، وهو نازح …:``, ``ويضيف الرجل الستيني``, ``تقول إن … "…"`` then
  ``وتتابع:``, ``تقول:`` after a descriptive sentence, ``فيختم حديثه
  بالقول:``; a camp director named after his title with ``أن "…"`` and
  ``قائلاً:``; the civil defence's statement of ``أمس`` (``لـ"…"`` and
  ``إلى "…"`` optional, ``وقال البيان إن``, ``محذراً من أن "…"``); a deputy
  minister with ``إن الوزارة "…"`` and ``مضيفاً أن``; the camp name
  ``"الكرامة"``; a headline ``نازحون: "…"``.
- Al-Watan cables (Damascus): ``«…»`` marks, 09DAMASCUS477 dated ``14 تموز
  2009`` (Levantine month), the chargé d'affaires named after his title, an
  anonymous businessman relayed by the cable (``وتنقل البرقية عن … قوله إن``,
  ``مضيفاً:``), a deputy minister with ``أبلغ … بأن «…»``, the embassy's
  comment, 10DAMASCUS88 of ``شباط/فبراير 2010`` (dual month, month precision)
  with a subject line and the cable as speaker, an anonymous official relayed
  by it, reactions today (no date) with ``د.`` as an honorific, ``داعياً …
  إلى «…»``, ``«ويكيليكس»``/``«الوطن»`` as names, a hashtag and the headline
  label ``«اقتصاد الظل»``.
- WAFA (Nablus): dated dateline ``نابلس 17-3-2025 وفا-`` fixing ``فجر
  اليوم``, ``مساء اليوم`` and ``مساء أمس``; a village council head named
  after his title, a slogan in marks, a citizen, the ministry of foreign
  affairs' statement quoted at length (``وأضاف البيان:``, ``وتابعت
  الخارجية:``, ``بـ"…"`` and ``وبتوفير "…"`` optional), a governor with
  ``اللواء`` as an honorific and ``قد قال … مساء أمس:``, ``وأضاف حمدان أن
  المحافظة "…"``, a commission's report of ``الأسبوع الماضي`` (no date).
- Al-Ayyam hospital report (Deir al-Balah): ``“…”`` marks, a headline quote,
  ``"…"، يقول الحاج X (63 عاماً)، النازح من …`` then ``ويضيف:``, colloquial
  Gazan speech, a nurse, a hospital director (``د.``) with ``أن القسم "…"``,
  ``وأضاف الفرا:``, ``موضحاً أن``, a consultant (``الدكتور``) with ``فيرى
  أن``/``لافتاً إلى أن محطة … "…"``, the health ministry (``من "…"``
  optional), a WHO spokesman relayed by Reuters (``نقلت وكالة … عن … قوله
  إن``), a mother with ``وتتابع بصوت منخفض:``, an unmarked quote after
  ``قائلاً:``.
- Arab 48 investigation (extortion): many unnamed sources (a shopkeeper, a
  former police officer, a council's employees not quoted), a threat relayed
  as ``رسالة قصيرة: "…"``, ``يقول لـ"عرب 48"، طالبا عدم ذكر اسمه:``, a
  centre director (``المحامي``), a contractor with a quote before the verb,
  the police's reply (``إلى "…"`` optional), the State Comptroller's report
  of ``أيار/مايو 2024``, a researcher (``د.``), an MK's post on
  ``"فيسبوك"`` reacting to a killing dated ``9 كانون الأول/ ديسمبر 2024``
  (no date: a reaction), a victim's mother in colloquial speech with a
  quote of her son inside her quote; labels ``"الخاوة"``, ``"الزيارة"``,
  ``"الشراكة"``, a unit ``"سيف"`` and the outlet in marks.
- Al-Sudani as scraped text (Khartoum cables): one line, headline fragment
  ``"صراع الاجنحه"``, the dateline ``الخرطوم: السوداني`` after the headline,
  08KHARTOUM1156 dated ``22 يوليو 2008``, ``نقل القائم بالاعمال … عن مستشار
  … قوله ان``, ``واضاف المستشار بحسب البرقيه:``, the embassy as speaker, an
  anonymous opposition leader, 09KHARTOUM412 of ``ابريل 2009`` with a
  subject line, the cable as speaker, a European diplomat relayed without a
  colon, reactions today (no date) with ``د.``, an unmarked quote after
  ``قائلا:``.
- Al-Tagheer as scraped text (teachers' strike): one line, ``“…”`` marks, a
  headline ``لجنة المعلمين: “…”``, the committee's statement dated with
  Arabic-Indic digits ``يوم الاحد ١٢ اكتوبر ٢٠٢٥`` (``واضاف البيان:``,
  ``وتابعت اللجنه:``, ``داعيه … الى “…”`` optional), a spokesman with
  ``وزاد:``, an anonymous teacher, a ministry source relayed by SUNA
  (``وان “…”``), a parent with a predicate quote and an unmarked quote after
  ``قائلا:``.

Conventions as in articles_blind9 and articles_blind20: a relative date
(``أمس``, ``يوم الأحد الماضي``) gets no date without a dated dateline; with
one (WAFA) ``اليوم``, ``مساء اليوم`` and ``مساء أمس`` are resolved; a date
given for an event (the flood) dates the quotes of the people interviewed at
it and their follow-ups, not the reactions around it (camp director,
civil defence, ministry, a post reacting to a killing); a statement's or
report's date dates its quotes; a cable's quotes, and the follow-ups of the
same account, take the cable's date (month precision when the article gives
no day); reactions to the leaks get no date; a predicate in marks after
``أن X`` belongs to the outer speaker; nominal objects after ``إلى``/``بـ``/
``لـ``/``من``, one- and two-word fragments, slogans and hashtags, headlines
and a cable's subject line are optional; an unmarked quote after ``قائلا:``
is scored without its final full stop; a quote inside a quote belongs to the
outer speaker; names of camps, parties, units, outlets, platforms and
one-word labels in marks are not quotations; a role is the title chunk or
the apposition, whichever is fuller, without honorifics (``الحاج``,
``اللواء``, ``المحامي``, ``الدكتور``, ``د.``), which are not part of the
name; an anonymous source is named by its description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# Syria TV
_HOMSI = "أبو خالد الحمصي"
_HOMSI_ROLE = "نازح من ريف حمص الشمالي"
_HOMSI_AL = ("أبو خالد", "الرجل الستيني")
_FLOOD = "2025-01-23"
_UMM_MOHAMMED = "أم محمد"
_UMM_MOHAMMED_ROLE = "نازحة من ريف معرة النعمان وأم لخمسة أطفال"
_AHMAD = "عبد الرزاق الأحمد"
_AHMAD_ROLE = 'مدير مخيم "الكرامة"'
_SCD = "مؤسسة الدفاع المدني السوري"
_SCD_AL = ("الدفاع المدني السوري", "البيان")
_ABDO = "مصطفى العبدو"
_ABDO_ROLE = "معاون وزير الإدارة المحلية والبيئة في الحكومة السورية"
_KHALIL = "سعاد الخليل"
_KHALIL_ROLE = "أرملة من ريف حماة"
# Al-Watan
_WHITMORE = "دانيال ويتمور"
_WHITMORE_ROLE = "القائم بالأعمال الأميركي"
_DAM_EMBASSY = "السفارة الأميركية في دمشق"
_DAM_EMBASSY_AL = ("السفارة",)
_DAM_BUSINESSMAN = "رجل أعمال دمشقي"
_ATTAR = "سمير العطار"
_ATTAR_ROLE = "نائب وزير الاقتصاد والتجارة"
_CABLE1 = "2009-07-14"
_DAM_CABLE2 = "البرقية الثانية"
_DAM_CABLE2_AL = ("البرقية", "السفارة الأميركية في دمشق")
_CABLE2 = "2010-02"
_PLANNING = "مسؤول في هيئة تخطيط الدولة"
_MASRI = "وائل المصري"
_MASRI_ROLE = "الباحث الاقتصادي والأستاذ في كلية الاقتصاد بجامعة دمشق"
_HALABI = "مازن الحلبي"
_HALABI_ROLE = "عضو غرفة تجارة دمشق"
# WAFA
_WAFA_DAY = "2025-03-17"
_ODEH = "بكر عودة"
_ODEH_ROLE = "رئيس مجلس قروي قريوت"
_ABU_HUSSEIN = "سامر أبو حسين"
_MOFA = "وزارة الخارجية والمغتربين"
_MOFA_AL = ("البيان", "الخارجية", "الوزارة")
_HAMDAN = "مازن حمدان"
_HAMDAN_ROLE = "محافظ نابلس"
_CWRC = "هيئة مقاومة الجدار والاستيطان"
_CWRC_AL = ("التقرير",)
# Al-Ayyam
_ABU_SHAMALA = "عبد الكريم أبو شمالة"
_ABU_SHAMALA_ROLE = "النازح من مدينة رفح"
_ABU_SHAMALA_AL = ("أبو شمالة",)
_AWAD = "سماح عوض"
_AWAD_ROLE = "الممرضة"
_FARRA = "إياد الفرا"
_FARRA_ROLE = "مدير المستشفى"
_HAMDOUNA = "نبيل حمدونة"
_HAMDOUNA_ROLE = "استشاري أمراض الكلى في المستشفى"
_GAZA_MOH = "وزارة الصحة في غزة"
_WHO = "متحدث باسم منظمة الصحة العالمية"
_UMM_YOUSSEF = "أم يوسف"
# Arab 48
_SHOPKEEPER = "صاحب محل لبيع مواد البناء في أم الفحم"
_SHOPKEEPER_AL = ("التاجر", "صاحب المحل في أم الفحم")
_DARAWSHE = "سليم دراوشة"
_DARAWSHE_ROLE = "مدير المركز"
_ATHAMNEH = "ماهر عثامنة"
_ATHAMNEH_ROLE = "المقاول"
_POLICE = "الشرطة الإسرائيلية"
_OFFICER = "ضابط سابق في الشرطة"
_OFFICER_AL = ("ضابطا سابقا في الشرطة",)
_KHATIB = "منى خطيب"
_KHATIB_ROLE = "الباحثة في علم الاجتماع في جامعة حيفا"
_HIJAZI = "ياسر حجازي"
_HIJAZI_ROLE = "النائب في الكنيست"
_UMM_AHMAD = "أم أحمد"
_UMM_AHMAD_ROLE = "والدة المقاول القتيل"
# Al-Sudani
_ABDELBAQI = "الفاتح عبد الباقي"
_ABDELBAQI_ROLE = "مستشار رئيس الجمهوريه"
_ABDELBAQI_AL = ("المستشار",)
_KRT_CABLE1 = "2008-07-22"
_KRT_EMBASSY = "السفاره الامريكيه في الخرطوم"
_KRT_CABLE = "البرقيه"
_KRT_CABLE2 = "2009-04"
_TAYEB = "عثمان الطيب"
_TAYEB_ROLE = "المحلل السياسي"
_ABDELRAHIM = "محمد الحسن عبد الرحيم"
_ABDELRAHIM_ROLE = "السفير السابق بوزارة الخارجيه"
# Al-Tagheer
_STC = "لجنة المعلمين السودانيين"
_STC_AL = ("لجنة المعلمين", "اللجنه", "البيان")
_STC_DAY = "2025-10-12"
_HAMID = "عمار يوسف حامد"
_HAMID_ROLE = "المتحدث الرسمي باسم لجنة المعلمين"
_KASSALA_TEACHER = "معلمه في مدرسه ثانويه بمدينة كسلا"
_MOF_SOURCE = "مصدر بوزارة الماليه والتخطيط الاقتصادي"
_IDRIS = "عبد المنعم ادريس"
_IDRIS_ROLE = "ولي امر من حي ديم مدينه ببورتسودان"

GOLD = {
    # --- F34: fresh-author held-out set, seven outlets ---------------------------
    "f34_syriatv_atmeh_camp_floods": [
        q(
            "لا أحد يسأل عنا",
            _HOMSI,
            _HOMSI_ROLE,
            _FLOOD,
            aliases=(*_HOMSI_AL, "نازحون"),
            optional=True,
        ),
        q(
            "استيقظنا على الماء يدخل من تحت الخيمة، حملنا الأطفال وخرجنا إلى الطريق "
            "ولم نستطع إنقاذ شيء من الفرش والبطانيات",
            _HOMSI,
            _HOMSI_ROLE,
            _FLOOD,
            aliases=_HOMSI_AL,
        ),
        q(
            "كنا نقول بعد التحرير سنعود إلى بيوتنا خلال أسابيع، لكن بيتي في تلبيسة "
            "مدمر بالكامل ولا أملك ثمن ترميم غرفة واحدة",
            _HOMSI,
            _HOMSI_ROLE,
            _FLOOD,
            aliases=_HOMSI_AL,
        ),
        q(
            "والآن لا مكان جافاً تنام فيه",
            _UMM_MOHAMMED,
            _UMM_MOHAMMED_ROLE,
            _FLOOD,
        ),
        q(
            "طلبنا من إدارة المخيم عوازل ورملاً منذ تشرين الأول، قالوا لنا المنظمات "
            "وعدت، ولم يأتِ أحد",
            _UMM_MOHAMMED,
            _UMM_MOHAMMED_ROLE,
            _FLOOD,
        ),
        q(
            "أكثر من سبعين خيمة تضررت بشكل كامل أو جزئي، ونحتاج بشكل عاجل إلى مئتي "
            "خيمة بديلة وكميات من الحصى لرفع أرضية الممرات",
            _AHMAD,
            _AHMAD_ROLE,
            aliases=("الأحمد",),
        ),
        q(
            "المنظمات تقول لنا إن التمويل انخفض، وإن الأولوية الآن لمشاريع العودة، "
            "لكن العودة تحتاج بيوتاً صالحة للسكن والناس هنا لا يملكون شيئاً",
            _AHMAD,
            _AHMAD_ROLE,
            aliases=("الأحمد",),
        ),
        q("أكثر من 60 مخيماً متضرراً", _SCD, aliases=_SCD_AL, optional=True),
        q(
            "تحرك فوري لتأمين مأوى بديل للعائلات المتضررة",
            _SCD,
            aliases=_SCD_AL,
            optional=True,
        ),
        q(
            "الفرق عملت على فتح قنوات تصريف المياه وشق الطرقات الترابية، إلا أن حجم "
            "الأضرار يفوق الإمكانيات المتاحة",
            _SCD,
            aliases=_SCD_AL,
        ),
        q(
            "استمرار الهطولات خلال الأيام المقبلة ينذر بكارثة حقيقية",
            _SCD,
            aliases=_SCD_AL,
        ),
        q(
            "تعمل على خطة لإغلاق المخيمات تدريجياً خلال عامين",
            _ABDO,
            _ABDO_ROLE,
            aliases=("العبدو",),
        ),
        q(
            "الحل ليس في توزيع خيام جديدة، بل في إعادة تأهيل القرى المدمرة بدعم من المانحين",
            _ABDO,
            _ABDO_ROLE,
            aliases=("العبدو",),
        ),
        q(
            "سمعنا كثيراً عن خطط العودة، نحن نريد أن نعود اليوم قبل الغد، لكن إلى أين؟",
            _KHALIL,
            _KHALIL_ROLE,
            _FLOOD,
        ),
        q(
            "لا أحد يسأل عنا، كأننا لم نكن جزءاً من هذه الثورة",
            _HOMSI,
            _HOMSI_ROLE,
            _FLOOD,
            aliases=_HOMSI_AL,
        ),
    ],
    "f34_watan_damascus_cables": [
        q("اقتصاد الظل", _DAM_EMBASSY, aliases=_DAM_EMBASSY_AL, optional=True),
        q("اقتصاد الظل", _DAM_EMBASSY, aliases=_DAM_EMBASSY_AL, optional=True),
        q(
            "قرارات الانفتاح الاقتصادي لم تغير قواعد اللعبة، بل نقلت الامتيازات من "
            "القطاع العام إلى دائرة ضيقة من المستثمرين المقربين",
            _WHITMORE,
            _WHITMORE_ROLE,
            _CABLE1,
            aliases=("ويتمور",),
        ),
        q(
            "أي صفقة كبيرة في البلد تحتاج إلى شريك لا يظهر اسمه في العقود",
            _DAM_BUSINESSMAN,
            None,
            _CABLE1,
        ),
        q(
            "نحن ندفع ضريبتين، واحدة للدولة وأخرى لمن يحمي الترخيص",
            _DAM_BUSINESSMAN,
            None,
            _CABLE1,
        ),
        q(
            "الحكومة جادة في مكافحة الاحتكار، لكن الإصلاح لا يتم بقرار واحد",
            _ATTAR,
            _ATTAR_ROLE,
            _CABLE1,
        ),
        q(
            "لم نلمس حتى الآن أي إجراء ملموس يعزز كلام نائب الوزير",
            _DAM_EMBASSY,
            None,
            _CABLE1,
            aliases=_DAM_EMBASSY_AL,
        ),
        q(
            "الإصلاح الاقتصادي السوري: خطوتان إلى الأمام وخطوة إلى الوراء",
            _DAM_CABLE2,
            None,
            _CABLE2,
            aliases=_DAM_CABLE2_AL,
            optional=True,
        ),
        q(
            "المصرف المركزي يتعرض لضغوط من رجال أعمال نافذين لتأجيل قرارات تحرير سعر الصرف",
            _DAM_CABLE2,
            None,
            _CABLE2,
            aliases=_DAM_CABLE2_AL,
        ),
        q(
            "نحن نعرف المشكلة جيداً، لكن الكلمة الأخيرة ليست لنا",
            _PLANNING,
            None,
            _CABLE2,
        ),
        q(
            "لا تكشف سراً بقدر ما توثق ما كان يعرفه كل تاجر في سوق الحميدية",
            _MASRI,
            _MASRI_ROLE,
            aliases=("المصري",),
        ),
        q(
            "المهم اليوم ألا نعيد إنتاج المنظومة نفسها بأسماء جديدة، فالسوق تحتاج "
            "قواعد شفافة تطبق على الجميع",
            _MASRI,
            _MASRI_ROLE,
            aliases=("المصري",),
        ),
        q(
            "كثير من الأسماء التي تشير إليها البرقيات غادرت البلاد، لكن بعضها ما زال "
            "يعمل عبر واجهات",
            _HALABI,
            _HALABI_ROLE,
        ),
        q(
            "فتح ملفات الاستيراد خلال السنوات الخمس عشرة الماضية",
            _HALABI,
            _HALABI_ROLE,
            optional=True,
        ),
        q(
            "من_يحمي_الترخيص",
            "حملة على مواقع التواصل الاجتماعي",
            optional=True,
        ),
    ],
    "f34_wafa_qaryut_settlers": [
        q("الموت للعرب", "مستعمرون", None, _WAFA_DAY, optional=True),
        q(
            "أكثر من ثلاثين مستعمرا هاجموا الأطراف الشرقية للقرية تحت حماية جنود "
            "الاحتلال، ورشقوا المنازل بالحجارة قبل أن يضرموا النار في المركبات",
            _ODEH,
            _ODEH_ROLE,
            _WAFA_DAY,
            aliases=("عودة",),
        ),
        q(
            "الأهالي تصدوا للمستعمرين بصدورهم العارية حتى انسحبوا باتجاه البؤرة الاستعمارية",
            _ODEH,
            _ODEH_ROLE,
            _WAFA_DAY,
            aliases=("عودة",),
        ),
        q(
            "خرجت على صوت الصراخ فوجدت السيارة مشتعلة، وأطفالي كانوا نائمين في الغرفة المقابلة",
            _ABU_HUSSEIN,
            None,
            _WAFA_DAY,
        ),
        q(
            "اعتداءات ميليشيات المستعمرين المسلحة باتت جزءا لا يتجزأ من سياسة رسمية "
            "تتبناها حكومة الاحتلال، وتهدف إلى تهجير المواطنين من أرضهم وتوسيع "
            "الاستعمار",
            _MOFA,
            None,
            _WAFA_DAY,
            aliases=_MOFA_AL,
        ),
        q(
            "إن الوزارة تحمل حكومة الاحتلال المسؤولية الكاملة والمباشرة عن هذه "
            "الجرائم ونتائجها، وتعتبر أن الصمت الدولي عليها يشجع على ارتكاب المزيد "
            "منها",
            _MOFA,
            None,
            _WAFA_DAY,
            aliases=_MOFA_AL,
        ),
        q(
            "إن الاكتفاء بالإدانات اللفظية وبيانات القلق لم يعد مقبولا، والمطلوب فرض "
            "عقوبات رادعة على منظومة الاستعمار بأكملها، بما فيها الجهات التي تمولها "
            "وتوفر لها الغطاء السياسي",
            _MOFA,
            None,
            _WAFA_DAY,
            aliases=_MOFA_AL,
        ),
        q(
            "تحمل مسؤولياته في تنفيذ القرار 2334",
            _MOFA,
            None,
            _WAFA_DAY,
            aliases=_MOFA_AL,
            optional=True,
        ),
        q(
            "الحماية الدولية لشعبنا",
            _MOFA,
            None,
            _WAFA_DAY,
            aliases=_MOFA_AL,
            optional=True,
        ),
        q(
            "ما تتعرض له قرى جنوب نابلس حرب مفتوحة على الأرض والإنسان، ونحن هنا "
            "لنقول لأهلنا إنكم لستم وحدكم",
            _HAMDAN,
            _HAMDAN_ROLE,
            "2025-03-16",
            aliases=("حمدان",),
        ),
        q(
            "ستعمل مع المؤسسات الرسمية على تعويض المزارعين المتضررين وإعادة تأهيل "
            "الأراضي التي جرفها الاحتلال",
            _HAMDAN,
            _HAMDAN_ROLE,
            "2025-03-16",
            aliases=("حمدان",),
        ),
        q(
            "محافظة نابلس تصدرت قائمة المحافظات المستهدفة، تلتها رام الله والبيرة والخليل",
            _CWRC,
            aliases=_CWRC_AL,
        ),
    ],
    "f34_ayyam_deir_balah_dialysis": [
        q(
            "نعيش من جلسة إلى جلسة",
            "مرضى الكلى في دير البلح",
            optional=True,
        ),
        q(
            "كنت أغسل ثلاث مرات في الأسبوع، اليوم صاروا يعطوني جلستين بس، وكل جلسة "
            "ساعتين ونص بدل أربع ساعات",
            _ABU_SHAMALA,
            _ABU_SHAMALA_ROLE,
            aliases=_ABU_SHAMALA_AL,
        ),
        q(
            "الدكتور قال لي الجسم بتجمع فيه السموم، بس شو بدهم يعملوا؟ الأجهزة قليلة والمرضى كثار",
            _ABU_SHAMALA,
            _ABU_SHAMALA_ROLE,
            aliases=_ABU_SHAMALA_AL,
        ),
        q(
            "نشتغل على 19 جهازاً فقط لأكثر من 300 مريض، وكثير من المرضى صاروا ينامون "
            "في المستشفى حتى لا يضيع دورهم",
            _AWAD,
            _AWAD_ROLE,
        ),
        q(
            "يعمل على مدار 24 ساعة بثلاث ورديات، ومع ذلك لا نستطيع تقديم الحد الأدنى "
            "من الجلسات المطلوبة طبياً",
            _FARRA,
            _FARRA_ROLE,
            aliases=("الفرا",),
        ),
        q(
            "نقص الفلاتر والمحاليل يجبرنا على تقليص مدة الجلسة، وهذا يعني مضاعفات "
            "خطيرة على المدى المتوسط، خاصة لدى كبار السن والأطفال",
            _FARRA,
            _FARRA_ROLE,
            aliases=("الفرا",),
        ),
        q(
            "معظمهم كانوا ينتظرون التحويل للعلاج في الخارج منذ أشهر",
            _FARRA,
            _FARRA_ROLE,
            aliases=("الفرا",),
        ),
        q(
            "الأزمة ليست في الأجهزة فقط، بل في المياه المعالجة التي يحتاجها الغسيل",
            _HAMDOUNA,
            _HAMDOUNA_ROLE,
        ),
        q(
            "تتوقف كلما انقطع الوقود عن المستشفى",
            _HAMDOUNA,
            _HAMDOUNA_ROLE,
        ),
        q(
            "انهيار كامل لخدمات غسيل الكلى",
            _GAZA_MOH,
            optional=True,
        ),
        q(
            "أكثر من 40% من مرضى الكلى في القطاع فقدوا حياتهم منذ بدء الحرب",
            _GAZA_MOH,
        ),
        q(
            "تمكنت الشهر الماضي من إدخال شحنة محدودة من الفلاتر، لكنها لا تكفي لأكثر من أسبوعين",
            _WHO,
        ),
        q(
            "يوسف بيحب المدرسة، من سنة ما شاف كتاب. كل همنا هلأ إنه يضل عايش",
            _UMM_YOUSSEF,
        ),
        q(
            "طلبنا تحويلة لمصر من ثمانية شهور، وكل مرة بقولولنا استنوا",
            _UMM_YOUSSEF,
        ),
        q(
            "ما بدنا إشي غير نعيش بكرامة",
            _ABU_SHAMALA,
            _ABU_SHAMALA_ROLE,
            aliases=_ABU_SHAMALA_AL,
        ),
    ],
    "f34_arab48_khawa_investigation": [
        q("من اليوم، كل أول شهر في ظرف", "شابان على دراجة نارية"),
        q(
            "رفضت في البداية، بعد أسبوع أطلقوا النار على واجهة المحل. من يومها أدفع ولا أسأل",
            _SHOPKEEPER,
            aliases=_SHOPKEEPER_AL,
        ),
        q(
            "الشرطة تعرف. الكل يعرف. لكن إذا قدمت شكوى، من سيحميني بعد أن أخرج من المحطة؟",
            _SHOPKEEPER,
            aliases=_SHOPKEEPER_AL,
        ),
        q(
            "الخاوة تحولت من ظاهرة هامشية إلى نظام ضريبي مواز تديره منظمات الإجرام",
            _DARAWSHE,
            _DARAWSHE_ROLE,
            aliases=("دراوشة",),
        ),
        q(
            "نحن نتحدث عن مئات الملايين من الشواقل سنويا تخرج من جيوب المصالح الصغيرة",
            _DARAWSHE,
            _DARAWSHE_ROLE,
            aliases=("دراوشة",),
        ),
        q(
            "قالوا لي إما أن نكون شركاء في المشروع أو لن يعمل أحد في الموقع",
            _ATHAMNEH,
            _ATHAMNEH_ROLE,
            aliases=("عثامنة",),
        ),
        q(
            "توجهت للشرطة، سجلوا الشكوى وبعد شهرين أغلقوا الملف بحجة عدم وجود أدلة",
            _ATHAMNEH,
            _ATHAMNEH_ROLE,
            aliases=("عثامنة",),
        ),
        q(
            "تعمل بكل الوسائل المتاحة لمكافحة ظاهرة جباية الخاوة، وقد فتحت خلال العام "
            "الماضي عشرات ملفات التحقيق وقدمت لوائح اتهام ضد مشتبهين",
            _POLICE,
        ),
        q("تقديم الشكاوى وعدم الخضوع للتهديد", _POLICE, optional=True),
        q(
            "الملفات تفتح لتغلق. لا توجد وحدة مخصصة بموارد حقيقية، والأولوية دائما لملفات أخرى",
            _OFFICER,
            aliases=_OFFICER_AL,
        ),
        q(
            "تحولت إلى عنوان إعلامي أكثر منها أداة عمل",
            _OFFICER,
            aliases=_OFFICER_AL,
        ),
        q(
            "الشرطة لم تضع خطة عمل منهجية لمكافحة جباية الخاوة في البلدات العربية، "
            "ولم تخصص لها القوى البشرية اللازمة",
            "تقرير مراقب الدولة",
            None,
            "2024-05",
        ),
        q(
            "عندما تغلق أمام الشباب أبواب العمل والإسكان، تصبح المنظمة الإجرامية هي "
            "المشغل الأكبر في البلدة",
            _KHATIB,
            _KHATIB_ROLE,
            aliases=("خطيب",),
        ),
        q(
            "الحكومة التي تتسابق على توزيع السلاح لا تريد أن ترى الدم العربي. الصمت "
            "هنا سياسة وليس عجزا",
            _HIJAZI,
            _HIJAZI_ROLE,
        ),
        q(
            "ابني رفض يدفع. قال لي يما أنا بشتغل بعرقي، ما بدفع لحدا",
            _UMM_AHMAD,
            _UMM_AHMAD_ROLE,
        ),
        q("هلأ بدفع أنا، كل يوم، من قلبي", _UMM_AHMAD, _UMM_AHMAD_ROLE),
        q(
            "إلى متى؟ نحن لا نطلب أكثر من أن نعمل بأمان في بلدنا",
            _SHOPKEEPER,
            aliases=_SHOPKEEPER_AL,
        ),
    ],
    "f34_sudani_khartoum_cables_scraped": [
        q("صراع الاجنحه", "مسؤولون سودانيون", optional=True),
        q(
            "الحكومه لن تسلم اي مواطن سوداني لمحكمه اجنبيه مهما كان الثمن",
            _ABDELBAQI,
            _ABDELBAQI_ROLE,
            _KRT_CABLE1,
            aliases=_ABDELBAQI_AL,
        ),
        q(
            "المحكمه الجنائيه ورقة ضغط سياسيه وليست عداله، وانتم تعرفون ذلك اكثر منا",
            _ABDELBAQI,
            _ABDELBAQI_ROLE,
            _KRT_CABLE1,
            aliases=_ABDELBAQI_AL,
        ),
        q(
            "النظام يشعر بالحصار لكنه يراهن على انقسام المجتمع الدولي حول قرار المحكمه",
            _KRT_EMBASSY,
            None,
            _KRT_CABLE1,
            aliases=("السفاره",),
        ),
        q(
            "الحزب الحاكم ليس كتله واحده، هناك جناح امني يرى في التصعيد فرصه للبقاء "
            "وجناح يبحث عن صفقه مع الغرب",
            "قيادي في حزب معارض",
            None,
            _KRT_CABLE1,
        ),
        q(
            "السودان بعد مذكرة التوقيف: النظام يشدد قبضته",
            _KRT_CABLE,
            None,
            _KRT_CABLE2,
            aliases=(_KRT_EMBASSY,),
            optional=True,
        ),
        q(
            "الاجهزه الامنيه وسعت حملات الاعتقال وسط الناشطين في دارفور والخرطوم بعد "
            "طرد المنظمات الانسانيه",
            _KRT_CABLE,
            None,
            _KRT_CABLE2,
            aliases=(_KRT_EMBASSY,),
        ),
        q(
            "كل الابواب الخلفيه اغلقت الان، ولم يعد احد هنا يثق في وعود الحكومه",
            "دبلوماسي اوروبي في الخرطوم",
            None,
            _KRT_CABLE2,
        ),
        q(
            "تؤكد ما ظل يردده كثيرون عن تعدد مراكز القرار داخل النظام السابق",
            _TAYEB,
            _TAYEB_ROLE,
        ),
        q(
            "الاخطر ان بعض من تحدثوا للامريكيين سرا كانوا يهاجمونهم علنا في المنابر",
            _TAYEB,
            _TAYEB_ROLE,
        ),
        q(
            "هذه محاضر دبلوماسيه عاديه تعكس وجهة نظر كاتبها ولا ترقى لمستوى الحقيقه",
            _ABDELRAHIM,
            _ABDELRAHIM_ROLE,
        ),
    ],
    "f34_altagheer_teachers_strike_scraped": [
        q(
            "لن نعود للفصول قبل صرف المتاخرات",
            _STC,
            None,
            _STC_DAY,
            aliases=_STC_AL,
            optional=True,
        ),
        q(
            "الحكومه في بورتسودان تجد الاموال لكل شيء الا لمن يعلمون ابناء هذا الشعب",
            _STC,
            None,
            _STC_DAY,
            aliases=_STC_AL,
        ),
        q(
            "ان المعلم السوداني ظل يؤدي واجبه في ظروف الحرب والنزوح دون ان يتلقى ما "
            "يسد رمقه، ولم يعد في مقدوره ان يقف امام طلابه وهو جائع",
            _STC,
            None,
            _STC_DAY,
            aliases=_STC_AL,
        ),
        q(
            "نحمل وزارتي الماليه والتربيه والتوجيه المسؤوليه كامله عن ضياع العام "
            "الدراسي، ونؤكد ان الاضراب سيستمر حتى يتم صرف المتاخرات كامله وتعديل "
            "الهيكل الراتبي بما يتناسب مع الغلاء",
            _STC,
            None,
            _STC_DAY,
            aliases=_STC_AL,
        ),
        q(
            "الوقوف مع المعلمين في معركتهم العادله",
            _STC,
            None,
            _STC_DAY,
            aliases=_STC_AL,
            optional=True,
        ),
        q(
            "تجاوزت 90 في المئه في معظم الولايات",
            _HAMID,
            _HAMID_ROLE,
        ),
        q(
            "المعلمون يبيعون اثاث بيوتهم ليعيشوا، وبعضهم ترك المهنه للعمل في الاسواق "
            "او التعدين الاهلي",
            _HAMID,
            _HAMID_ROLE,
        ),
        q(
            "راتبي لا يكفي لشراء جوال ذره، ومنذ مارس لم نستلم شيئا",
            _KASSALA_TEACHER,
        ),
        q(
            "ابني ترك الدراسه لانه يعمل في سوق المدينه، وانا معلمه لا استطيع ان اعلم ابني",
            _KASSALA_TEACHER,
        ),
        q(
            "الوزاره التزمت بصرف راتب شهرين خلال الاسبوع المقبل",
            _MOF_SOURCE,
        ),
        q(
            "الظروف الاستثنائيه التي تمر بها البلاد تفرض على الجميع الصبر وتقديم مصلحه الطلاب",
            _MOF_SOURCE,
        ),
        q(
            "هم الضحيه الاولى والاخيره لهذا الصراع",
            _IDRIS,
            _IDRIS_ROLE,
        ),
        q(
            "الحكومه والمعلمين كلهم عندهم حق، لكن اولادنا قاعدين في البيوت من سنتين "
            "وما في زول سائل فيهم",
            _IDRIS,
            _IDRIS_ROLE,
        ),
    ],
}

BATCHES = {
    "F34": [
        "f34_syriatv_atmeh_camp_floods",
        "f34_watan_damascus_cables",
        "f34_wafa_qaryut_settlers",
        "f34_ayyam_deir_balah_dialysis",
        "f34_arab48_khawa_investigation",
        "f34_sudani_khartoum_cables_scraped",
        "f34_altagheer_teachers_strike_scraped",
    ],
}

BLIND_ARTICLES_39 = {name: (_read(name), gold) for name, gold in GOLD.items()}
