"""Fresh-author held-out set F21: seven Tunisian articles in outlet styles
(Al-Chourouk, Assabah, Mosaique FM relaying TAP, Inkyfada, Al-Maghreb, Shems
FM, Al-Sahafa Al-Yawm; two on leaked WikiLeaks cables, two as scraped web text
without hamzas or paragraph breaks), written as a journalist would and
annotated by hand, with the gold below committed before the engine was run on
any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Al-Chourouk feature with vox pops (Kasserine, drinking water): undated
  dateline ``القصرين ـ الشروق:``, a quoted headline, a mother introduced with
  ``وهي أم لخمسة أطفال`` and ``وتقول:``/``وتضيف وهي تشير …:``, an old man
  with the quote first and ``يقول الرجل`` after it, ``قبل أن يستدرك:``, an
  activist whose apposition contains a coordination's name in marks, the
  water company's ``بلاغ أصدرته أمس`` (no date: undated dateline) with an
  optional nominal object after ``إلى``, a regional official named after his
  title (``أن الجهة «…»``, ``وأوضح أن``, ``وأضاف:``, ``ويقر السالمي بأن``),
  an observatory's report, the mother again at the end by first name only.
- Assabah court report (Tunis, grain office procurement): the hearing dated
  ``يوم الثلاثاء 21 أكتوبر 2025`` dates everything said at it and on its
  sidelines; the defendant quoted before ``قال الرياحي``, a quote inside his
  quote, the presiding judge's question (``سؤالا ثانيا: «…؟»``), a
  third-person paraphrase in marks after ``بالقول إنه`` (optional), a
  supplier with apposition, ``ممثل النيابة العمومية`` as speaker, a lawyer
  with the honorific ``الأستاذة`` and ``وقالت:``/``وتابعت:``, an outlet and
  an NGO name in marks, the NGO's earlier report (no date).
- Mosaique FM wire brief relaying TAP: dated dateline ``تونس 5 فيفري 2026
  (وات)``, ``اليوم الخميس`` (the union leader at the meeting, with
  ``وأضاف أن الإضراب "…"`` and ``وختم بالقول:``), a ministry statement of
  ``مساء أمس الأربعاء`` (2026-02-04) with three quotes, an anonymous ministry
  source of ``الثلاثاء الماضي`` (2026-02-03), a parents' association head
  (reaction, no date) with an optional object after ``إلى``.
- Inkyfada cables (the Ben Ali family): the label ``«العائلة»`` in marks,
  a Levantine dual month ``كانون الأول/ديسمبر 2010`` for a publication
  (no quote), 07TUNIS1388 of ``5 نوفمبر 2007`` with its subject line
  (optional) and the ambassador in apposition, 09TUNIS512 of ``جويلية
  2009`` (month precision) relaying an anonymous businessman quoted before
  ``روى الرجل`` with a quote inside his quote, the cable itself as speaker
  (``وتعلق البرقية نفسها … بأن``), an undated cable relaying an anonymous
  central-bank official, a cable of ``11 جانفي 2011`` speaking through
  ``وجاء فيها أن``, reactions today (academic with ``تقول الهنتاتي`` after
  the quote, an anonymous lawyer, the embassy's reply), none dated.
- Al-Maghreb cables as scraped text (Gafsa 2008 and the succession): no
  hamzas, ى written ي, one run-on paragraph; 08TUNIS614 of ``12 جوان 2008``
  (the embassy, then an anonymous activist relayed with ``ونقلت البرقية
  ذاتها عن … قوله إن``), the label ``"ملف الخلافة"``, 09TUNIS88 of ``9
  فيفري 2009`` (an anonymous Western diplomat, ``وتابع المصدر:``, an
  opposition figure in apposition), a cable of ``3 اذار/مارس 2009`` (dual
  Levantine form) by a chargé d'affaires, a Rabat cable of ``14 شتنبر 2009``
  (Moroccan month) relaying a Moroccan official, an outlet name in marks,
  reactions (no date) including an unmarked quote after ``وتابع قائلا:``.
- Shems FM interview (Gafsa regional council): dateline ``قفصة – شمس أف
  أم`` and ``صباح اليوم الإثنين 12 جانفي 2026`` dating the interviewee's
  answers; a quoted headline, a programme name in marks, ``وعن سؤال حول …
  مضيفا:``, ``رد النصيري بالقول:``, critics' words in marks (optional),
  short predicates (optional), an unmarked quote after ``وتابع قائلا:``, and
  two reactions by phone and to the radio (no date) with
  ``واستطرد:``/``وقالت في تصريح للإذاعة:``.
- Al-Sahafa Al-Yawm op-ed as scraped text (Sidi Bouzid, 17 December): no
  hamzas, ة written ه and ى written ي, byline and body run together; a
  slogan in marks (optional), an MP in a plenary session of ``يوم الثلاثاء 9
  ديسمبر 2025`` with ``ليقول … :`` and ``واضاف الجباري متوجها …:``, an
  unnamed minister answering in the same session (``رد … بان``, ``مؤكدا
  ان``), a young graduate met by the columnist (``الذي قال لي …:``, ``ثم
  اضاف ضاحكا:``), the statistics institute's report, a sociologist's study
  (``كتب … ان "…"، وان "…"``); the columnist's own undated visit dates
  nothing.

Conventions as in articles_blind20: a relative date (``أمس``, ``اليوم``,
``الثلاثاء الماضي``) gets a date only from a dated dateline or an explicit
date next to it; a date given for an event (hearing, plenary session,
interview) dates the quotes of those who speak at it and their follow-ups,
not the reactions around it; a cable's quotes, and the follow-ups of the same
account, take the cable's date (month precision when the article gives no
day); reactions to the leaks get no date; a predicate in marks after ``أن X``
belongs to the outer speaker; nominal objects after ``إلى``/``بـ``/``بعد``,
one- to three-word fragments, headlines, slogans, third-person paraphrases in
marks and a cable's subject line are optional; a quote inside a quote belongs
to the outer quote and keeps its inner marks; an unmarked quote after
``قائلا:`` is scored without its final full stop; names of parties,
associations, programmes, outlets and one-word labels in marks are not
quotations; a role is the title chunk or the apposition, whichever is fuller,
without honorifics (``الحاج``, ``الأستاذة``); an institution or a cable
speaking is named as the institution; an anonymous source is named by its
description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# f21_chourouk_kasserine_water
_AYADI = "خديجة العيادي"
_AYADI_ROLE = "أم لخمسة أطفال"
_KHADHRAOUI = "عمار الخضراوي"
_HAMMAMI = "وائل الهمامي"
_HAMMAMI_ROLE = "شاب عاطل عن العمل وناشط في تنسيقية «الماء حق» بالجهة"
_SONEDE = "الإدارة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه بالقصرين"
_SALMI = "عبد الحميد السالمي"
_SALMI_ROLE = "المندوب الجهوي للتنمية الفلاحية بالقصرين"
_OBSERVATORY = "المرصد الاجتماعي التونسي"
# f21_assabah_court_grains
_HEARING = "2025-10-21"
_RIAHI = "كمال الرياحي"
_RIAHI_ROLE = "الرئيس المدير العام الأسبق لديوان الحبوب"
_RIAHI_ALIASES = ("الرياحي", "المتهم الرئيسي", "المتهم")
_JUDGE = "رئيس الدائرة"
_CHABBI = "نبيل الشابي"
_CHABBI_ROLE = "صاحب شركة للتوريد والتصدير"
_PROSECUTION = "ممثل النيابة العمومية"
_DRIDI = "سنية الدريدي"
_DRIDI_ROLE = "عضو هيئة الدفاع عن الرياحي"
_OUERTANI = "منير الورتاني"
_OUERTANI_ROLE = "محامي أحد الموردين"
_IWATCH = "منظمة أنا يقظ"
# f21_mosaique_secondary_strike
_FERCHICHI = "رضوان الفرشيشي"
_FERCHICHI_ROLE = "الكاتب العام للجامعة العامة للتعليم الثانوي"
_EDUCATION = "وزارة التربية"
_EDU_SOURCE = "مصدر مسؤول بالوزارة"
_BERGAOUI = "الهادي البرقاوي"
_BERGAOUI_ROLE = "رئيس الجمعية التونسية للأولياء والتلاميذ"
# f21_inkyfada_cables_family
_US_TUNIS = "السفارة الأمريكية بتونس"
_US_TUNIS_ALIASES = ("السفارة الأمريكية", "السفارة", "البرقية")
_COLBURN = "جيمس كولبرن"
_COLBURN_ROLE = "السفير الأمريكي في تونس"
_SFAX_BUSINESSMAN = "رجل أعمال من صفاقس"
_BCT_OFFICIAL = "مسؤول سابق في البنك المركزي"
_HENTATI = "ليلى الهنتاتي"
_HENTATI_ROLE = "أستاذة القانون العام بجامعة قرطاج"
_FAMILY_LAWYER = "محام عن عدد من أفراد العائلة"
# f21_maghreb_cables_gafsa_scraped
_US_TUNIS_S = "السفارة الامريكية بتونس"
_REDEYEF_ACTIVIST = "ناشط حقوقي من الرديف"
_WEST_DIPLOMAT = "مصدر دبلوماسي غربي"
_MAJRI = "عبد الرزاق الماجري"
_MAJRI_ROLE = "القيادي في الحزب الديمقراطي التقدمي"
_STEWART = "مارك ستيوارت"
_STEWART_ROLE = "القائم بالاعمال الامريكي"
_MA_OFFICIAL = "مسؤول مغربي رفيع"
_AMAIDI = "الناصر العمايدي"
_AMAIDI_ROLE = "احد وجوه حركة الرديف سنة 2008"
_ZRIBI = "حاتم الزريبي"
_ZRIBI_ROLE = "الاستاذ بجامعة منوبة"
# f21_shems_gafsa_interview
_INTERVIEW = "2026-01-12"
_NSIRI = "عبد الكريم النصيري"
_NSIRI_ROLE = "رئيس المجلس الجهوي بقفصة"
_NSIRI_ALIASES = ("النصيري", "رئيس المجلس", "ضيف البرنامج")
_WESLATI = "سمير الوسلاتي"
_WESLATI_ROLE = "الكاتب العام للاتحاد الجهوي للشغل بقفصة"
_CHTIOUI = "رحمة الشتيوي"
_CHTIOUI_ROLE = "الناشطة في المجتمع المدني بالمتلوي"
# f21_sahafa_sidibouzid_scraped
_PLENARY = "2025-12-09"
_JEBARI = "محمد علي الجباري"
_JEBARI_ROLE = "النائب عن دائره سيدي بوزيد الغربيه"
_MINISTER = "وزير الاقتصاد والتخطيط"
_SOFIANE = "سفيان"
_SOFIANE_ROLE = "خريج كليه الحقوق بسوسه منذ سنه 2016"
_INS = "المعهد الوطني للاحصاء"
_HANACHI = "فتحي الحناشي"
_HANACHI_ROLE = "الباحث في علم الاجتماع"

GOLD = {
    # --- F21: fresh-author held-out set, seven Tunisian outlets ------------------
    "f21_chourouk_kasserine_water": [
        q("الحنفية جافة والصهريج لا يأتي", "متساكنون", optional=True),
        q(
            "نشرب من هذه البئر ونحن نعرف أنها ليست نظيفة، لكن ماذا نفعل؟ الأطفال لا "
            "يصبرون على العطش",
            _AYADI,
            _AYADI_ROLE,
            aliases=("خديجة",),
        ),
        q(
            "نشتري الماء المعلب عندما يتوفر المال، وأحيانا نقضي يومين بلا ماء للغسيل",
            _AYADI,
            _AYADI_ROLE,
            aliases=("خديجة",),
        ),
        q("عشت هنا كل عمري، ولم أر صيفا كهذا", _KHADHRAOUI, aliases=("الرجل",)),
        q(
            "المشكلة ليست في الجفاف فقط، المشكلة أن لا أحد يسأل عنا",
            _KHADHRAOUI,
            aliases=("الرجل",),
        ),
        q(
            "نظمنا وقفتين احتجاجيتين أمام مقر المعتمدية ولم نتلق سوى الوعود",
            _HAMMAMI,
            _HAMMAMI_ROLE,
        ),
        q(
            "إذا لم تتحرك السلط قبل موفى الشهر فسنغلق الطريق الوطنية، ولن يكون ذلك "
            "اختيارا بل اضطرارا",
            _HAMMAMI,
            _HAMMAMI_ROLE,
        ),
        q(
            "تراجع منسوب الموائد المائية وتعدد الاعتداءات على الشبكة",
            _SONEDE,
            aliases=("الصوناد",),
            optional=True,
        ),
        q(
            "فرقها الفنية تعمل على مدار الساعة لإعادة التزويد في أقرب الآجال",
            _SONEDE,
            aliases=("الصوناد",),
        ),
        q(
            "تحتاج إلى حلول هيكلية لا إلى صهاريج",
            _SALMI,
            _SALMI_ROLE,
            aliases=("السالمي",),
        ),
        q(
            "المجامع المائية في الأرياف تعاني من ديون متراكمة لدى الستاغ، وهو ما أدى إلى "
            "قطع الكهرباء عن عدد من الآبار العميقة",
            _SALMI,
            _SALMI_ROLE,
            aliases=("السالمي",),
        ),
        q(
            "برمجنا حفر أربع آبار جديدة خلال السنة الحالية، غير أن الإجراءات الإدارية "
            "تأخذ وقتا أطول مما يحتمله المواطن",
            _SALMI,
            _SALMI_ROLE,
            aliases=("السالمي",),
        ),
        q("يعيش على الورق فقط", _SALMI, _SALMI_ROLE, aliases=("السالمي",)),
        q("تتصدر قائمة الولايات الأكثر تضررا من العطش", _OBSERVATORY),
        q("التفاؤل لا يروي العطش", _AYADI, _AYADI_ROLE, aliases=("خديجة",)),
    ],
    "f21_assabah_court_grains": [
        q(
            "أقالوني لأنني رفضت التوقيع",
            _RIAHI,
            _RIAHI_ROLE,
            _HEARING,
            aliases=_RIAHI_ALIASES,
            optional=True,
        ),
        q(
            "لم أتدخل يوما في عمل لجنة الشراءات، وكل الملفات كانت تمر عبر المصالح المختصة",
            _RIAHI,
            _RIAHI_ROLE,
            _HEARING,
            aliases=_RIAHI_ALIASES,
        ),
        q(
            "عندما طلب مني تمرير صفقة ربيع 2020 دون طلب عروض، قلت لهم بالحرف الواحد "
            '"لن أوقع على صفقة لم تمر بلجنة الشراءات"، فتمت إقالتي بعد أسبوع',
            _RIAHI,
            _RIAHI_ROLE,
            _HEARING,
            aliases=_RIAHI_ALIASES,
        ),
        q(
            "كانت تعليمات شفاهية، ولا أملك ما يثبتها",
            _RIAHI,
            _RIAHI_ROLE,
            _HEARING,
            aliases=_RIAHI_ALIASES,
        ),
        q(
            "لماذا لم تعترض كتابيا إذا كنت متأكدا من عدم قانونيتها؟",
            _JUDGE,
            None,
            _HEARING,
            aliases=("القاضي",),
        ),
        q(
            "خشي على مستقبله المهني",
            _RIAHI,
            _RIAHI_ROLE,
            _HEARING,
            aliases=_RIAHI_ALIASES,
            optional=True,
        ),
        q(
            "احترمت كل الشروط الفنية",
            _CHABBI,
            _CHABBI_ROLE,
            _HEARING,
            aliases=("الشابي",),
        ),
        q(
            "قدمنا أفضل سعر، والوثائق موجودة في الملف لمن يريد أن يقرأ",
            _CHABBI,
            _CHABBI_ROLE,
            _HEARING,
            aliases=("الشابي",),
        ),
        q(
            "الأفعال المنسوبة إلى المتهمين ثابتة بالاختبار المالي وبالمراسلات الإلكترونية المحجوزة",
            _PROSECUTION,
            None,
            _HEARING,
            aliases=("النيابة العمومية", "النيابة"),
        ),
        q(
            "الخروقات الإجرائية",
            _DRIDI,
            _DRIDI_ROLE,
            _HEARING,
            aliases=("الدريدي",),
            optional=True,
        ),
        q(
            "منوبي قضى ثلاثة عشر شهرا في الإيقاف التحفظي دون أن يقع سماعه سوى مرة واحدة، "
            "وهذا وحده كاف لإبطال إجراءات التتبع",
            _DRIDI,
            _DRIDI_ROLE,
            _HEARING,
            aliases=("الدريدي",),
        ),
        q(
            "الاختبار الذي تستند إليه النيابة أنجزه خبير واحد، ورفض قاضي التحقيق كل "
            "مطالبنا بإجراء اختبار مضاد",
            _DRIDI,
            _DRIDI_ROLE,
            _HEARING,
            aliases=("الدريدي",),
        ),
        q(
            "ضخم لكنه فارغ من الناحية الجزائية",
            _OUERTANI,
            _OUERTANI_ROLE,
            _HEARING,
            aliases=("الورتاني",),
        ),
        q(
            "تنتهي القضية بعدم سماع الدعوى في حق أغلب المتهمين",
            _OUERTANI,
            _OUERTANI_ROLE,
            _HEARING,
            aliases=("الورتاني",),
        ),
        q(
            "غياب الرقابة اللاحقة حوّل الصفقات الاستثنائية إلى قاعدة",
            _IWATCH,
            aliases=("أنا يقظ",),
        ),
    ],
    "f21_mosaique_secondary_strike": [
        q(
            "الوزارة أغلقت باب التفاوض منذ أكثر من ثلاثة أشهر ولم تترك لنا خيارا آخر",
            _FERCHICHI,
            _FERCHICHI_ROLE,
            "2026-02-05",
            aliases=("الفرشيشي",),
        ),
        q(
            "ليس موجها ضد التلاميذ ولا ضد الأولياء، بل ضد سياسة التسويف",
            _FERCHICHI,
            _FERCHICHI_ROLE,
            "2026-02-05",
            aliases=("الفرشيشي",),
        ),
        q(
            "الأساتذة ليسوا هواة إضرابات، لكنهم لن يقبلوا بأن تتحول الوعود إلى سياسة دائمة",
            _FERCHICHI,
            _FERCHICHI_ROLE,
            "2026-02-05",
            aliases=("الفرشيشي",),
        ),
        q(
            "أبواب الحوار تبقى مفتوحة أمام كل الأطراف الاجتماعية",
            _EDUCATION,
            None,
            "2026-02-04",
            aliases=("الوزارة", "البلاغ"),
        ),
        q(
            "جزءا هاما من بنود الاتفاق السابق دخل حيز التنفيذ، والبقية مرتبطة "
            "بالتوازنات المالية للدولة",
            _EDUCATION,
            None,
            "2026-02-04",
            aliases=("الوزارة", "البلاغ"),
        ),
        q(
            "صرفت خلال السنة الماضية مستحقات الترقيات المتخلدة بذمتها لفائدة أكثر من 12 ألف مدرس",
            _EDUCATION,
            None,
            "2026-02-04",
            aliases=("الوزارة", "البلاغ"),
        ),
        q(
            "قد تعقد في غضون أسبوعين إذا توفرت الإرادة لدى الطرفين",
            _EDU_SOURCE,
            None,
            "2026-02-03",
        ),
        q(
            "تغليب مصلحة التلميذ",
            _BERGAOUI,
            _BERGAOUI_ROLE,
            aliases=("البرقاوي",),
            optional=True,
        ),
        q(
            "السنة الدراسية لا تحتمل هزة جديدة بعد ما عاشته في الثلاثي الأول",
            _BERGAOUI,
            _BERGAOUI_ROLE,
            aliases=("البرقاوي",),
        ),
    ],
    "f21_inkyfada_cables_family": [
        q(
            "الفساد يقترب من القصر",
            _US_TUNIS,
            None,
            "2007-11-05",
            aliases=_US_TUNIS_ALIASES,
            optional=True,
        ),
        q(
            "الفساد لم يعد في تونس استثناء، بل أصبح نظاما له قواعده ووسطاؤه",
            _COLBURN,
            _COLBURN_ROLE,
            "2007-11-05",
        ),
        q(
            "يبدو الرئيس معزولا عن تفاصيل ما يجري حوله، أو لعله يفضل ألا يعرف",
            _COLBURN,
            _COLBURN_ROLE,
            "2007-11-05",
        ),
        q(
            'زارني أحد الأصهار في مكتبي وقال لي: "إما أن تبيعنا نصف الشركة أو تخسرها كلها"',
            _SFAX_BUSINESSMAN,
            None,
            "2009-07",
            aliases=("الرجل", "محدث الدبلوماسيين"),
        ),
        q(
            "بعت بعد شهرين. لم يكن هناك قاض واحد في البلاد سيقبل النظر في شكواي",
            _SFAX_BUSINESSMAN,
            None,
            "2009-07",
            aliases=("الرجل", "محدث الدبلوماسيين"),
        ),
        q(
            "حالات مماثلة تتكرر في قطاعات البناء والتوزيع والاتصالات",
            _US_TUNIS,
            None,
            "2009-07",
            aliases=_US_TUNIS_ALIASES,
        ),
        q(
            "لا تملك وسيلة للتحقق من كل رواية على حدة",
            _US_TUNIS,
            None,
            "2009-07",
            aliases=_US_TUNIS_ALIASES,
        ),
        q(
            "القروض الكبرى كانت تمنح بمكالمة هاتفية، والضمانات كانت تأتي لاحقا أو لا تأتي أبدا",
            _BCT_OFFICIAL,
        ),
        q(
            "الوضع في المدن الداخلية قد يفلت من السيطرة في الأيام المقبلة، والجيش يبدو "
            "مترددا في الانخراط في القمع",
            _US_TUNIS,
            None,
            "2011-01-11",
            aliases=_US_TUNIS_ALIASES,
        ),
        q(
            "كل تونسي كان يعرف هذه القصص، لكن أن يكتبها سفير في تقرير رسمي فهذا يعني أن "
            "واشنطن كانت تعرف وتتعامل مع النظام رغم ذلك",
            _HENTATI,
            _HENTATI_ROLE,
            aliases=("الهنتاتي",),
        ),
        q(
            "السؤال الحقيقي اليوم ليس ماذا عرف الأمريكيون، بل لماذا لم تفتح العدالة "
            "التونسية هذه الملفات بعد",
            _HENTATI,
            _HENTATI_ROLE,
            aliases=("الهنتاتي",),
        ),
        q(
            "مجرد انطباعات جمعها دبلوماسيون من صالونات العاصمة",
            _FAMILY_LAWYER,
        ),
        q(
            "لا توجد في أي منها وثيقة بنكية أو عقد واحد. هذه ليست أدلة، هذه نميمة بختم رسمي",
            _FAMILY_LAWYER,
        ),
        q(
            "لا نعلق على وثائق يزعم أنها مسربة",
            _US_TUNIS,
            aliases=_US_TUNIS_ALIASES,
        ),
    ],
    "f21_maghreb_cables_gafsa_scraped": [
        q(
            "السلطات اختارت الحل الامني لان الاعتراف بالمشكل الاجتماعي يعني الاعتراف "
            "بفشل نموذجها التنموي",
            _US_TUNIS_S,
            None,
            "2008-06-12",
            aliases=("السفارة الامريكية", "السفارة"),
        ),
        q(
            "الشباب لا يطالب باكثر من مناظرة نزيهة في شركة الفسفاط، لكن الجواب كان الرصاص",
            _REDEYEF_ACTIVIST,
            None,
            "2008-06-12",
            aliases=("الناشط",),
        ),
        q(
            "اذا لم يتغير شيء فان ما حدث في الرديف سيتكرر في مدن اخري",
            _REDEYEF_ACTIVIST,
            None,
            "2008-06-12",
            aliases=("الناشط",),
        ),
        q(
            "الصراع علي خلافة بن علي يدور داخل العائلة لا داخل الحزب الحاكم",
            _WEST_DIPLOMAT,
            None,
            "2009-02-09",
            aliases=("المصدر",),
        ),
        q(
            "لا احد في التجمع يجرؤ علي طرح السؤال علنا",
            _WEST_DIPLOMAT,
            None,
            "2009-02-09",
            aliases=("المصدر",),
        ),
        q(
            "المعارضة القانونية تحولت الي ديكور، والانتخابات المقبلة محسومة سلفا",
            _MAJRI,
            _MAJRI_ROLE,
            "2009-02-09",
        ),
        q(
            "الاستقرار الظاهر يخفي هشاشة عميقة، واي شرارة قد تكفي لاشعال الجنوب",
            _STEWART,
            _STEWART_ROLE,
            "2009-03-03",
        ),
        q(
            "تونس تصدر صورة الاستقرار لكنها تخفي غليانا في الجنوب",
            _MA_OFFICIAL,
            None,
            "2009-09-14",
        ),
        q("لم يفاجئ احدا في الحوض المنجمي", _AMAIDI, _AMAIDI_ROLE),
        q(
            "كنا نعرف ان الامريكيين يتابعون ما يجري، لكننا لم نكن نتصور انهم فهموا الوضع "
            "افضل من حكومتنا",
            _AMAIDI,
            _AMAIDI_ROLE,
        ),
        q(
            "وثيقة تاريخية لا بد من التعامل معها بحذر",
            _ZRIBI,
            _ZRIBI_ROLE,
            aliases=("المؤرخ حاتم الزريبي",),
        ),
        q(
            "الدبلوماسي يكتب ما يسمعه من محدثيه، ومحدثوه كانوا في الغالب من المعارضين "
            "ورجال الاعمال الغاضبين",
            _ZRIBI,
            _ZRIBI_ROLE,
            aliases=("المؤرخ حاتم الزريبي",),
        ),
    ],
    "f21_shems_gafsa_interview": [
        q(
            "لن نقبل بأن تبقى الجهة مجرد منجم",
            _NSIRI,
            _NSIRI_ROLE,
            _INTERVIEW,
            aliases=_NSIRI_ALIASES,
            optional=True,
        ),
        q(
            "نقاشات طويلة وصعبة",
            _NSIRI,
            _NSIRI_ROLE,
            _INTERVIEW,
            aliases=_NSIRI_ALIASES,
            optional=True,
        ),
        q(
            "قفصة أعطت البلاد الفسفاط طيلة أكثر من قرن، واليوم حان الوقت لكي تأخذ الجهة "
            "نصيبها من الثروة التي تخرج من باطن أرضها",
            _NSIRI,
            _NSIRI_ROLE,
            _INTERVIEW,
            aliases=_NSIRI_ALIASES,
        ),
        q(
            "أولويتنا المطلقة هي الماء والصحة، ثم الطرقات التي تربط المعتمديات المنجمية "
            "بمركز الولاية",
            _NSIRI,
            _NSIRI_ROLE,
            _INTERVIEW,
            aliases=_NSIRI_ALIASES,
        ),
        q(
            "نسخة من المخططات السابقة",
            "عدد من أعضاء المجلس",
            optional=True,
        ),
        q(
            "من يقول ذلك لم يقرأ الوثيقة. لأول مرة نضع آجالا محددة لكل مشروع وآلية "
            "لمتابعة التنفيذ كل ثلاثة أشهر",
            _NSIRI,
            _NSIRI_ROLE,
            _INTERVIEW,
            aliases=_NSIRI_ALIASES,
        ),
        q(
            "لا تزال في بدايتها",
            _NSIRI,
            _NSIRI_ROLE,
            _INTERVIEW,
            aliases=_NSIRI_ALIASES,
        ),
        q(
            "الشركة ليست خصما لنا، لكنها لا يمكن أن تواصل التعامل مع الجهة كمجرد منجم",
            _NSIRI,
            _NSIRI_ROLE,
            _INTERVIEW,
            aliases=_NSIRI_ALIASES,
        ),
        q(
            "الأرقام التي قدمتها المصالح الصحية مفزعة",
            _NSIRI,
            _NSIRI_ROLE,
            _INTERVIEW,
            aliases=_NSIRI_ALIASES,
        ),
        q(
            "المواطن في المظيلة يتنفس الغبار منذ عقود ولا أحد يعوضه عن ذلك",
            _NSIRI,
            _NSIRI_ROLE,
            _INTERVIEW,
            aliases=_NSIRI_ALIASES,
        ),
        q(
            "المخططات لا تقاس بعدد المشاريع بل بما ينجز منها على الأرض",
            _WESLATI,
            _WESLATI_ROLE,
            aliases=("الوسلاتي",),
        ),
        q(
            "نحن نساند كل مبادرة جدية، لكننا سمعنا هذا الكلام من الولاة ومن الحكومات "
            "المتعاقبة منذ 2011",
            _WESLATI,
            _WESLATI_ROLE,
            aliases=("الوسلاتي",),
        ),
        q(
            "الإرادة السياسية",
            _CHTIOUI,
            _CHTIOUI_ROLE,
            aliases=("الشتيوي",),
            optional=True,
        ),
        q(
            "شباب المتلوي يغادر نحو إيطاليا لأنه فقد الثقة في كل الوعود، وهذا هو المؤشر "
            "الوحيد الذي يجب أن ينظر إليه المسؤولون",
            _CHTIOUI,
            _CHTIOUI_ROLE,
            aliases=("الشتيوي",),
        ),
    ],
    "f21_sahafa_sidibouzid_scraped": [
        q("شغل، حريه، كرامه وطنيه", "اهالي سيدي بوزيد", optional=True),
        q(
            "منذ 2011 ونحن نسمع عن مشاريع كبري في الجهه، والي اليوم لم يدخل مستشفي "
            "جامعي واحد حيز الاستغلال",
            _JEBARI,
            _JEBARI_ROLE,
            _PLENARY,
            aliases=("الجباري",),
        ),
        q(
            "لا تعطونا ارقاما عن الاعتمادات المرصوده، اعطونا ارقاما عما انجز فعلا",
            _JEBARI,
            _JEBARI_ROLE,
            _PLENARY,
            aliases=("الجباري",),
        ),
        q(
            "المشاريع المعطله في سيدي بوزيد تعطلت لاسباب عقاريه في اغلبها، لا لغياب التمويل",
            _MINISTER,
            None,
            _PLENARY,
            aliases=("الوزاره",),
        ),
        q(
            "احدثت خليه خاصه لفض الاشكاليات العقاريه في الولايات الداخليه",
            _MINISTER,
            None,
            _PLENARY,
            aliases=("الوزاره",),
        ),
        q(
            "في 2010 كنت تلميذا وخرجت مع الناس، اليوم انا في الثلاثين ولم اشتغل يوما واحدا بشهادتي",
            _SOFIANE,
            _SOFIANE_ROLE,
        ),
        q(
            "علي الاقل لم يعد احد يمنعنا من الكلام، لكن الكلام لا يطعم خبزا",
            _SOFIANE,
            _SOFIANE_ROLE,
        ),
        q(
            "تتجاوز ضعف المعدل الوطني",
            _INS,
            aliases=("تقرير المعهد الوطني للاحصاء",),
        ),
        q(
            "الدوله غيرت خطابها عن الجهات الداخليه ولم تغير طريقه حكمها",
            _HANACHI,
            _HANACHI_ROLE,
            aliases=("الحناشي",),
        ),
        q(
            "مركزيه القرار بقيت علي حالها رغم كل الحديث عن اللامركزيه",
            _HANACHI,
            _HANACHI_ROLE,
            aliases=("الحناشي",),
        ),
    ],
}

BATCHES = {
    "F21": [
        "f21_chourouk_kasserine_water",
        "f21_assabah_court_grains",
        "f21_mosaique_secondary_strike",
        "f21_inkyfada_cables_family",
        "f21_maghreb_cables_gafsa_scraped",
        "f21_shems_gafsa_interview",
        "f21_sahafa_sidibouzid_scraped",
    ],
}

BLIND_ARTICLES_26 = {name: (_read(name), gold) for name, gold in GOLD.items()}
