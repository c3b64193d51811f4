"""Fresh-author held-out set F31: seven articles in outlet styles (Iraqi,
Yemeni, Mauritanian; three on WikiLeaks cables, two as scraped web text
without hamzas on alef, with ``ه`` for final ``ة`` in places and no paragraph
breaks), written as a journalist would and annotated by hand, with the gold
below committed before the engine was run on any of them (format of
../shared/gold; offsets computed by ``articles.gold_with_offsets``). All
persons quoted are invented; the cable references are plausible but made up.

- Al-Mada cables (Baghdad): ``بغداد/ المدى`` without a date, ``“…”`` marks,
  09BAGHDAD1874 dated ``14 تموز/يوليو 2009`` (dual month names), an
  anonymous adviser relayed by the ambassador (``قوله إن الحكومة "…"``), the
  ambassador's own predicate after ``أن المستشار``, a clan sheikh (``شيخ
  عشيرة البو جاسم``) with ``ويضيف الدليمي، بحسب البرقية:``, the cable as
  speaker (``تخلص البرقية … إلى أن``), ``“سري”`` as a label, 09BAGHDAD2910 of
  ``تشرين الثاني/نوفمبر 2009`` (month precision) with the head of a
  provincial council, an anonymous Kurdish MP, the subject line and a
  subheading, a headline fragment, reactions today (no date) with a
  three-word predicate and ``مستدركا:``.
- Shafaq News (Basra): ``شفق نيوز/`` and ``يوم الاثنين`` without a date, a
  provincial council committee head (``إن "…"``, ``مبيناً أن``), a
  governor's letter dated ``3 كانون الأول/ديسمبر 2025`` (``وجاء في الكتاب
  أن``, ``بـ"…"``), a ministry's statement read by its spokesman (``وتابع
  البيان:``), a clan sheikh with ``ويقول … بمرارة إن``, relayed attribution
  (``نقلت وكالة … عن مصدر … قوله``), an environmental activist, a headline
  fragment after ``من``.
- Al-Sumaria News as scraped text (Diyala): one line, ``اليوم الثلاثاء``
  without a dated dateline, an operation in marks (``"ثار الشهداء"``), the
  spokesman of the Security Media Cell reading a statement (``اللواء`` as an
  honorific), ``وتابع "…"`` without colon, a ministry's statement, relayed
  attribution, a clan sheikh with ``مضيفا "…"``, a provincial council member
  with a one-word predicate, ``الى "…"`` and ``لافتا الى ان``, security
  leaders as a group with a three-word predicate.
- Aden Al-Ghad (Aden): ``عدن (عدن الغد) خاص:``, an event dated ``مساء أمس
  الأحد 23 جمادى الآخرة 1447هـ الموافق 14 ديسمبر 2025م`` (Hijri and
  Gregorian), a slogan, a protester (``ويدعى``) and ``وتابع باعباد:``, an
  undated statement of a public corporation with ``داعيا … إلى "…"``, the
  statement of an armed force read by its spokesman that evening (``النقيب``
  as an honorific), the head of a district council with an unmarked quote
  after ``قائلا:``, an economist (``د.``) with ``مشيرا إلى أن`` and
  ``ويضيف``; the force's name in marks in the headline.
- Al-Masdar Online cables as scraped text (Sanaa): one line, 09SANAA1520
  dated ``20 اغسطس 2009``, the ambassador writing, an anonymous security
  official relayed by him and a follow-up ``واضاف المسؤول "…"``, a tribal
  sheikh quoted in the cable, a fragment after ``بـ``, the cable as speaker,
  10SANAA287 of ``فبراير 2010`` (month precision) with a deputy minister and
  the embassy (``بان "…"``), a subject line, reactions (no date) of a
  researcher and of the sheikh (``مكتفيا بالقول:``), a centre, the outlet
  and a hashtag in marks.
- Al-Akhbar Info cables (Nouakchott): ``الأخبار (نواكشوط) –``,
  Mauritanian month names (``أغشت``), 08NOUAKCHOTT624 dated ``19 أغشت
  2008`` with an anonymous member of the ruling council, the ambassador
  (``بأن محدّثه "…"``), a party leader, 09NOUAKCHOTT118 of ``فبراير 2009``
  with a tribal notable relayed by a diplomat (``قال له:``) and ``وأضاف
  الوجيه القبلي:``, the cable as speaker, ``"سري"`` as a label, reactions
  (no date) of a former MP, of a party's statement ``اليوم`` and of an
  anonymous Western diplomat.
- Sahara Medias (Kiffa): ``«…»`` marks, a sit-in dated ``يوم الخميس 4
  دجمبر 2025``, a slogan, a housewife with ``وتضيف:``, an organiser, the
  wali after the meeting with a project name in nested marks, a company's
  statement ``أمس`` (no date) with ``إلى «…»``, a tribal leader with an
  unmarked quote after ``وتابع قائلا:``, a party with ``إلى «…»`` and
  ``معتبرا أن``.

Conventions as in articles_blind9 and articles_blind20: a relative date
(``أمس``, ``اليوم``) gets no date without a dated dateline; a date given for
an event (a protest, a sit-in) dates the quotes of those interviewed at it and
of statements made there or that evening, not the reactions around it; a
dated document (a governor's letter) dates its quotes; a cable's quotes, and
the follow-ups of the same account, take the cable's date (month precision
when the article gives no day); reactions to the leaks get no date; a
predicate in marks after ``أن X`` belongs to the outer speaker; a statement
read by a spokesman belongs to the body that issued it, the spokesman being
an alias; nominal objects after ``إلى``/``بـ``/``من``, one- and two-word
fragments, slogans, headlines, subheadings and a cable's subject line are
optional; an unmarked quote after ``قائلا:`` is scored without its final full
stop; a quote with a name in inner marks is one quote; names of parties,
forces, operations, projects, centres, outlets, hashtags and one-word labels
in marks are not quotations; a role is the title chunk or the apposition,
whichever is fuller, without honorifics (``الشيخ``, ``اللواء``, ``النقيب``,
``الأستاذ``, ``د.``), which are not part of the name; an anonymous source is
named by its description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# Al-Mada
_CALDWELL = "ريتشارد كالدويل"
_CALDWELL_ROLE = "السفير الأمريكي"
_IQ_ADVISER = "مستشار في مكتب رئيس الوزراء"
_DULAIMI = "حميد فرحان الدليمي"
_DULAIMI_ROLE = "شيخ عشيرة البو جاسم في الرمادي"
_DULAIMI_ALIASES = ("الدليمي", "حميد الدليمي")
_CABLE = "البرقية"
_HAMDANI = "سالم عبد الغفور الحمداني"
_HAMDANI_ROLE = "رئيس مجلس محافظة نينوى"
_KURDISH_MP = "نائب كردي"
_RUBAIE = "علي كاظم الربيعي"
_RUBAIE_ROLE = "الباحث في الشأن السياسي"
# Shafaq News
_TRIBE_SHEIKHS = "شيوخ عشائر في جنوب المحافظة"
_KAABI = "عدنان جبار الكعبي"
_KAABI_ROLE = "رئيس لجنة الزراعة والمياه في المجلس"
_BASRA_LETTER = "كتاب رسمي"
_BASRA_GOV = "محافظ البصرة"
_WATER_MIN = "وزارة الموارد المائية"
_SAADI = "حيدر عبد الأمير الساعدي"
_MANSOURI = "مهدي عبد الحسين المنصوري"
_MANSOURI_ROLE = "شيخ عشيرة آل منصور"
_BASRA_HEALTH = "مصدر في دائرة صحة البصرة"
_TAMIMI_H = "حسن عادل التميمي"
_TAMIMI_H_ROLE = "الناشط البيئي"
# Al-Sumaria News (scraped)
_KHAZRAJI = "سعد جبار الخزرجي"
_KHAZRAJI_ROLE = "المتحدث باسم خلية الاعلام الامني"
_IQ_DEFENCE = "وزارة الدفاع"
_DIYALA_SOURCE = "مصدر امني في ديالى"
_TAMIMI_K = "عبد الكريم ناجي التميمي"
_TAMIMI_K_ROLE = "شيخ عشيرة بني تميم في ديالى"
_AZZAWI = "حيدر مهدي العزاوي"
_AZZAWI_ROLE = "عضو مجلس محافظة ديالى"
_SEC_LEADERS = "القيادات الامنيه"
# Aden Al-Ghad
_PROTESTERS = "المحتجون"
_BAABBAD = "عمر سالم باعباد"
_BAABBAD_ROLE = "أحد المحتجين"
_ADEN_POWER = "المؤسسة العامة للكهرباء في عدن"
_HIMAYA = "قيادة قوات الحماية الجنوبية في عدن"
_HIMAYA_ALIASES = ("قوات الحماية الجنوبية", "وضاح محسن اليافعي", "اليافعي")
_HAWSHABI = "فضل علي الحوشبي"
_HAWSHABI_ROLE = "رئيس المجلس المحلي بمديرية الشيخ عثمان"
_SHUAIBI = "ماجد عبدالله الشعيبي"
_SHUAIBI_ROLE = "الخبير الاقتصادي"
# Al-Masdar Online (scraped)
_MCKINLEY = "ستيفن ماكينلي"
_MCKINLEY_ROLE = "السفير الامريكي"
_YE_OFFICIAL = "مسؤول امني يمني رفيع"
_AWADI = "ناجي صالح العواضي"
_AWADI_ROLE = "احد مشايخ قبيلة عبيده في مارب"
_CABLE_S = "البرقيه"
_SALAHI = "عبد الرب محمد الصلاحي"
_SALAHI_ROLE = "نائب وزير الداخليه اليمني"
_US_SANAA = "السفاره الامريكيه في صنعاء"
_MUQTARI = "عادل محمد المقطري"
_MUQTARI_ROLE = 'الباحث في مركز "سبا للدراسات"'
# Al-Akhbar Info
_HCE_MEMBER = "عضو في المجلس الأعلى للدولة"
_WHITAKER = "دونالد ويتاكر"
_WHITAKER_ROLE = "السفير الأمريكي"
_OULD_AHMEDOU = "محمد المختار ولد أحمدو"
_OULD_AHMEDOU_ROLE = 'رئيس حزب "التجديد الوطني"'
_OULD_ALY = "سيدي محمد ولد اعل الشيخ"
_OULD_ALY_ROLE = "أحد وجهاء قبيلة أولاد الناصر في الحوض الشرقي"
_OULD_SIDI = "أحمدو ولد سيدي المختار"
_OULD_SIDI_ROLE = "النائب البرلماني السابق"
_TAJDID = "حزب التجديد الوطني"
_WEST_DIPLOMAT = "مصدر دبلوماسي غربي في نواكشوط"
# Sahara Medias
_KIFFA_RESIDENTS = "عشرات السكان في مدينة كيفه"
_FATIMA = "فاطمة بنت محمد الأمين"
_FATIMA_ROLE = "ربة بيت من حي «التيسير»"
_SIDIYA = "محمد ولد الشيخ سيديا"
_SIDIYA_ROLE = "أحد منظمي الوقفة"
_WALI = "سيدي ولد أحمد سالم"
_WALI_ROLE = "والي لعصابة"
_SNDE = "الشركة الوطنية للماء"
_ABBAH = "اباه ولد محمد محمود"
_ABBAH_ROLE = "زعيم قبيلة إدوعيش في لعصابة"
_TAWASSOUL = "حزب تواصل"

_D_BGH1 = "2009-07-14"
_D_BGH2 = "2009-11"
_D_BASRA_LETTER = "2025-12-03"
_D_ADEN = "2025-12-14"
_D_SANAA1 = "2009-08-20"
_D_SANAA2 = "2010-02"
_D_NKC1 = "2008-08-19"
_D_NKC2 = "2009-02"
_D_KIFFA = "2025-12-04"

GOLD = {
    # --- F31: fresh-author held-out set, seven outlets ---------------------------
    "f31_almada_baghdad_cables": [
        # headline fragment of the council head's words
        q("إدارة برأسين", _HAMDANI, _HAMDANI_ROLE, _D_BGH2, ("الحمداني",), optional=True),
        q(
            "لن تدفع رواتب مقاتلي الصحوة إلى ما لا نهاية",
            _IQ_ADVISER,
            None,
            _D_BGH1,
            ("المستشار",),
        ),
        q(
            "بدا واثقا أكثر مما تسمح به الأرقام",
            _CALDWELL,
            _CALDWELL_ROLE,
            _D_BGH1,
            ("كالدويل", "السفير"),
        ),
        q(
            "الحكومة لم تستوعب حتى الآن سوى ربع العناصر الذين وعدت بدمجهم في الأجهزة الأمنية "
            "والوزارات المدنية",
            _CALDWELL,
            _CALDWELL_ROLE,
            _D_BGH1,
            ("كالدويل", "السفير"),
        ),
        q(
            "أبناؤنا قاتلوا القاعدة حين تخلى عنهم الجميع، واليوم يُطلب منهم أن يعودوا إلى بيوتهم "
            "بلا عمل ولا حماية",
            _DULAIMI,
            _DULAIMI_ROLE,
            _D_BGH1,
            _DULAIMI_ALIASES,
        ),
        q(
            "إذا خرج الأمريكيون قبل أن تُحسم هذه المسألة فإن الأنبار ستدفع الثمن مرة أخرى",
            _DULAIMI,
            _DULAIMI_ROLE,
            _D_BGH1,
            _DULAIMI_ALIASES,
        ),
        q(
            "مصير الصحوات هو الاختبار الحقيقي لمصالحة وطنية لم تبدأ بعد",
            _CABLE,
            None,
            _D_BGH1,
        ),
        # subheading, then the cable's subject line
        q("شراكة على الورق", _CABLE, None, _D_BGH2, optional=True),
        q("نينوى: شراكة على الورق", _CABLE, None, _D_BGH2, optional=True),
        q(
            "الموصل لا تحتمل إدارة برأسين، واحد في مبنى المحافظة وآخر في أربيل",
            _HAMDANI,
            _HAMDANI_ROLE,
            _D_BGH2,
            ("الحمداني",),
        ),
        q(
            "نحن لا نطلب من واشنطن أن تنحاز لنا، بل أن تتوقف عن التظاهر بأنها لا ترى ما يجري",
            _HAMDANI,
            _HAMDANI_ROLE,
            _D_BGH2,
            ("الحمداني",),
        ),
        q(
            "يتحدث بلغة الأغلبية وينسى أن نصف القرى حول الموصل ليست معه",
            _KURDISH_MP,
            None,
            _D_BGH2,
        ),
        # reactions today: no date
        q("صحيح في جوهره", _DULAIMI, _DULAIMI_ROLE, aliases=_DULAIMI_ALIASES),
        q(
            "لكن الأمريكيين كتبوا ما أرادوا سماعه، ونسوا ما طلبناه منهم بالحرف",
            _DULAIMI,
            _DULAIMI_ROLE,
            aliases=_DULAIMI_ALIASES,
        ),
        q(
            "تكشف أن ملف الصحوات أُدير بعقلية الصفقة لا بعقلية الدولة",
            _RUBAIE,
            _RUBAIE_ROLE,
            aliases=("الربيعي",),
        ),
        q(
            "ما نعيشه اليوم من هشاشة في المناطق المحررة بدأ هناك، في تلك الاجتماعات التي لم "
            "يُكتب عنها سوى بضعة أسطر في برقية",
            _RUBAIE,
            _RUBAIE_ROLE,
            aliases=("الربيعي",),
        ),
    ],
    "f31_shafaq_basra_salinity": [
        # headline, then the same fragment after من in the lead
        q("هجرة جماعية", _TRIBE_SHEIKHS, optional=True),
        q("هجرة جماعية", _TRIBE_SHEIKHS, optional=True),
        q(
            "نسبة الأملاح في بعض المقاطع تجاوزت 12 ألف جزء بالمليون، وهي نسبة لا تصلح لا للشرب "
            "ولا للسقي ولا حتى لتربية الجاموس",
            _KAABI,
            _KAABI_ROLE,
            aliases=("الكعبي",),
        ),
        q(
            "المجلس خاطب وزارة الموارد المائية أكثر من مرة، ولم نتلقَّ سوى الوعود",
            _KAABI,
            _KAABI_ROLE,
            aliases=("الكعبي",),
        ),
        q(
            "القرار الذي صوتنا عليه اليوم يتيح للمحافظة التعاقد المباشر على محطات التحلية من دون "
            "المرور بالروتين",
            _KAABI,
            _KAABI_ROLE,
            aliases=("الكعبي",),
        ),
        q(
            "تشغيل محطات التحلية بكامل طاقتها وعلى مدار الساعة",
            _BASRA_GOV,
            None,
            _D_BASRA_LETTER,
            ("الكتاب", _BASRA_LETTER),
            optional=True,
        ),
        q(
            "أي تقصير في هذا الملف سيعرّض المسؤول المباشر للمساءلة القانونية",
            _BASRA_LETTER,
            None,
            _D_BASRA_LETTER,
            ("الكتاب", _BASRA_GOV),
        ),
        q(
            "الإطلاقات المائية نحو البصرة هي الأعلى منذ ثلاث سنوات، لكن اللسان الملحي يتقدم بسبب "
            "شح الواردات من دول المنبع",
            _WATER_MIN,
            None,
            None,
            ("البيان", _SAADI),
        ),
        q(
            "الوزارة ليست مسؤولة عن سنوات الجفاف، وعلى الحكومات المحلية ترشيد الاستهلاك وإزالة "
            "التجاوزات على الحصص المائية",
            _WATER_MIN,
            None,
            None,
            ("البيان", _SAADI),
        ),
        q(
            "نخيلنا مات واقفاً، والعوائل بدأت تبيع مواشيها بنصف سعرها قبل أن تنفق",
            _MANSOURI,
            _MANSOURI_ROLE,
            aliases=("المنصوري",),
        ),
        q(
            "المسؤولين يأتون في الصيف للتصوير ثم يختفون حتى الصيف الذي يليه",
            _MANSOURI,
            _MANSOURI_ROLE,
            aliases=("المنصوري",),
        ),
        q("تعويض عادل", _MANSOURI, _MANSOURI_ROLE, aliases=("المنصوري",), optional=True),
        q(
            "المستشفيات استقبلت خلال الأسبوع الماضي أكثر من 400 حالة مغص كلوي وإسهال يُرجَّح "
            "ارتباطها بنوعية المياه",
            _BASRA_HEALTH,
        ),
        q(
            "نتيجة طبيعية لعشرين عاماً من الإهمال وغياب أي خطة لإدارة المياه",
            _TAMIMI_H,
            _TAMIMI_H_ROLE,
            aliases=("التميمي",),
        ),
        q(
            "في كل عام نقول إنها الأزمة الأخيرة، وفي كل عام تأتي أزمة أكبر منها",
            _TAMIMI_H,
            _TAMIMI_H_ROLE,
            aliases=("التميمي",),
        ),
    ],
    "f31_sumaria_diyala_operation": [
        q(
            "قطعات من الجيش العراقي والشرطة الاتحاديه والحشد الشعبي شرعت منذ الساعات الاولى من "
            "فجر اليوم بتفتيش مساحة تزيد على 40 كيلومترا مربعا من البساتين والاراضي الزراعيه",
            _KHAZRAJI,
            _KHAZRAJI_ROLE,
            aliases=("الخزرجي",),
        ),
        q(
            "العمليه اسفرت حتى الان عن تدمير ثلاث مضافات وضبط اعتده وعبوات ناسفه معده للتفجير",
            _KHAZRAJI,
            _KHAZRAJI_ROLE,
            aliases=("الخزرجي",),
        ),
        q(
            "العمليه مستمره حتى تطهير المنطقه بالكامل",
            _KHAZRAJI,
            _KHAZRAJI_ROLE,
            aliases=("الخزرجي",),
        ),
        q(
            "لن نسمح لبقايا داعش بالعودة الى القرى التي دفع اهلها ثمنا باهظا خلال السنوات الماضيه",
            _KHAZRAJI,
            _KHAZRAJI_ROLE,
            aliases=("الخزرجي",),
        ),
        q(
            "طيران الجيش نفذ ست طلعات استطلاعيه لدعم القطعات المتقدمه وتامين خطوط الامداد",
            _IQ_DEFENCE,
        ),
        q(
            "ثلاثة من عناصر التنظيم قتلوا بضربه جويه قرب تلال حمرين فجر اليوم",
            _DIYALA_SOURCE,
        ),
        q(
            "اهالي القرى المحيطه بالوقف يعيشون منذ اشهر على وقع الهجمات الليليه، وبعضهم ترك بيته "
            "وانتقل الى بعقوبة",
            _TAMIMI_K,
            _TAMIMI_K_ROLE,
            aliases=("التميمي",),
        ),
        q(
            "نطالب بنشر قوات ماسكه للارض بعد انتهاء العمليه، لا ان تنسحب القطعات ويعود المسلحون "
            "في اليوم التالي",
            _TAMIMI_K,
            _TAMIMI_K_ROLE,
            aliases=("التميمي",),
        ),
        q("متاخره", _AZZAWI, _AZZAWI_ROLE, aliases=("العزاوي",), optional=True),
        q(
            "كان يجب ان تنطلق قبل شهرين عندما طالبنا بها بشكل رسمي، لكن القرار تاخر بسبب خلافات "
            "بين القيادات الامنيه في المحافظه",
            _AZZAWI,
            _AZZAWI_ROLE,
            aliases=("العزاوي",),
        ),
        q(
            "مراجعة الخطط الامنيه في المناطق الزراعيه المفتوحه",
            _AZZAWI,
            _AZZAWI_ROLE,
            aliases=("العزاوي",),
            optional=True,
        ),
        q(
            "البساتين الكثيفه تمنح المسلحين غطاء لا توفره اي منطقة اخرى في ديالى",
            _AZZAWI,
            _AZZAWI_ROLE,
            aliases=("العزاوي",),
        ),
        q("محدود العدد والقدرة", _SEC_LEADERS),
    ],
    "f31_adenalghad_power_protests": [
        q("لا كهرباء لا هدوء", _PROTESTERS, None, _D_ADEN, optional=True),
        q(
            "ست عشرة ساعة انطفاء في اليوم، والمرضى وكبار السن لا يتحملون الرطوبة، ومن يملك مولدا "
            "لا يجد الديزل",
            _BAABBAD,
            _BAABBAD_ROLE,
            _D_ADEN,
            ("باعباد",),
        ),
        q(
            "لسنا ضد أحد، ولم نخرج لنخرب، لكننا تعبنا من الوعود التي تتكرر كل شهر",
            _BAABBAD,
            _BAABBAD_ROLE,
            _D_ADEN,
            ("باعباد",),
        ),
        # the corporation's statement carries no date
        q(
            "العجز في الوقود بلغ أكثر من 70 بالمائة بسبب تأخر وصول شحنات الديزل والمازوت إلى ميناء "
            "الزيت",
            _ADEN_POWER,
            aliases=("المؤسسة", "البيان"),
        ),
        q(
            "المؤسسة تعمل بالتنسيق مع وزارة المالية لتأمين شحنة إسعافية خلال الأيام القادمة",
            _ADEN_POWER,
            aliases=("المؤسسة", "البيان"),
        ),
        q(
            "التحلي بالصبر وعدم الانجرار وراء دعوات الفوضى",
            _ADEN_POWER,
            aliases=("المؤسسة", "البيان"),
            optional=True,
        ),
        # the force's statement, read by its spokesman that evening
        q(
            "لن تسمح بقطع الطرقات أو الاعتداء على الممتلكات العامة والخاصة تحت أي ذريعة كانت",
            _HIMAYA,
            None,
            _D_ADEN,
            _HIMAYA_ALIASES,
        ),
        q(
            "نتفهم معاناة المواطنين، ونحن جزء منهم، لكن التعبير عن الرأي لا يكون بإحراق الإطارات "
            "أمام المستشفيات ومحطات الكهرباء نفسها",
            _HIMAYA,
            None,
            _D_ADEN,
            _HIMAYA_ALIASES,
        ),
        q(
            "المديرية رفعت أكثر من مذكرة إلى السلطة المحلية بالمحافظة دون أن تتلقى أي رد",
            _HAWSHABI,
            _HAWSHABI_ROLE,
            aliases=("الحوشبي",),
        ),
        # unmarked after قائلا:, without the final full stop
        q(
            "المواطن لا يهمه من المسؤول عن العجز، بل يهمه أن تعود الكهرباء إلى منزله",
            _HAWSHABI,
            _HAWSHABI_ROLE,
            aliases=("الحوشبي",),
        ),
        q(
            "ليست فنية بل سياسية بامتياز",
            _SHUAIBI,
            _SHUAIBI_ROLE,
            aliases=("الشعيبي",),
        ),
        q(
            "جزءا من الوقود المخصص لمحطات التوليد يتسرب إلى السوق السوداء، ثم تتحدث الجهات المعنية "
            "عن العجز",
            _SHUAIBI,
            _SHUAIBI_ROLE,
            aliases=("الشعيبي",),
        ),
        q(
            "لا حل دون عدادات دفع مسبق وشفافية في عقود الطاقة المشتراة، وكل ما عدا ذلك مسكنات",
            _SHUAIBI,
            _SHUAIBI_ROLE,
            aliases=("الشعيبي",),
        ),
    ],
    "f31_masdar_sanaa_cables": [
        q(
            "الحكومه اليمنيه تتعامل مع مارب كما لو كانت دولة مجاوره، تفاوضها ولا تحكمها",
            _MCKINLEY,
            _MCKINLEY_ROLE,
            _D_SANAA1,
            ("ماكينلي",),
        ),
        q(
            "نحن ندفع للمشايخ كي لا يحموا القاعده، وهم ياخذون منا ومن القاعده في الوقت نفسه",
            _YE_OFFICIAL,
            None,
            _D_SANAA1,
            ("المسؤول",),
        ),
        q(
            "الرئيس يعرف ذلك، لكنه يفضل شيخا يبتزه على شيخ يحاربه",
            _YE_OFFICIAL,
            None,
            _D_SANAA1,
            ("المسؤول",),
        ),
        q("الصريح على نحو غير معتاد", _CABLE_S, None, _D_SANAA1, optional=True),
        q(
            "الدولة لم تبن في مارب مدرسه واحده منذ عشر سنوات، فلماذا تنتظرون من الناس ان يقفوا "
            "معها؟",
            _AWADI,
            _AWADI_ROLE,
            _D_SANAA1,
            ("العواضي",),
        ),
        q(
            "اي مقاربه امنيه خالصه في مارب ستدفع القبائل اكثر نحو القاعده",
            _CABLE_S,
            None,
            _D_SANAA1,
        ),
        q(
            "الحرب في صعده استنزفت الجيش، ولم يعد لدينا ما نرسله الى الشرق",
            _SALAHI,
            _SALAHI_ROLE,
            _D_SANAA2,
            ("الصلاحي",),
        ),
        q(
            "نحتاج الى طائرات استطلاع، لا الى خطابات",
            _SALAHI,
            _SALAHI_ROLE,
            _D_SANAA2,
            ("الصلاحي",),
        ),
        q(
            "الحكومه تبالغ في الحديث عن الخطر الحوثي لتحصل على دعم تستخدمه في مكان اخر",
            _US_SANAA,
            None,
            _D_SANAA2,
            ("السفاره",),
        ),
        # the cable's subject line
        q("اليمن: دولة تدير ازماتها بالتقسيط", _CABLE_S, None, _D_SANAA2, optional=True),
        # reactions: no date
        q(
            "ليس جديدا على اليمنيين",
            _MUQTARI,
            _MUQTARI_ROLE,
            aliases=("المقطري",),
        ),
        q(
            "الجديد ان نقراه بلغه بارده كتبها دبلوماسي يحسب كل شيء بميزان مصالح بلاده",
            _MUQTARI,
            _MUQTARI_ROLE,
            aliases=("المقطري",),
        ),
        q(
            "تفسر لماذا سقطت مارب والجوف في قبضة الفوضى بعد سنوات قليله",
            _MUQTARI,
            _MUQTARI_ROLE,
            aliases=("المقطري",),
        ),
        q(
            "كل ما قلته قلته امام الناس قبل ان اقوله للامريكان",
            _AWADI,
            _AWADI_ROLE,
            aliases=("العواضي",),
        ),
    ],
    "f31_alakhbar_nouakchott_cables": [
        q(
            "العسكريون لا يريدون الحكم، يريدون فقط ضمان ألا يحكم أحد ضدهم",
            _HCE_MEMBER,
            None,
            _D_NKC1,
        ),
        q(
            "كان يتحدث بثقة من يعرف أن الانتخابات محسومة سلفا",
            _WHITAKER,
            _WHITAKER_ROLE,
            _D_NKC1,
            ("ويتاكر",),
        ),
        q(
            "لم نسمع منه كلمة واحدة عن موعد عودة المؤسسات الدستورية",
            _WHITAKER,
            _WHITAKER_ROLE,
            _D_NKC1,
            ("ويتاكر",),
        ),
        q(
            "الشارع الموريتاني تعب من الانقلابات، لكنه تعب أكثر من الفساد، ولهذا لم يخرج أحد "
            "للدفاع عن الرئيس المخلوع",
            _OULD_AHMEDOU,
            _OULD_AHMEDOU_ROLE,
            _D_NKC1,
        ),
        # relayed by a diplomat: the notable's words
        q(
            "شبابنا يهاجرون إلى مالي للتهريب لأن الدولة لا تعرف طريق النعمة إلا في موسم الانتخابات",
            _OULD_ALY,
            _OULD_ALY_ROLE,
            _D_NKC2,
            ("الوجيه القبلي",),
        ),
        q(
            "نحن من يحرس الحدود، لا الجيش، ونحن من يعرف من دخل ومن خرج",
            _OULD_ALY,
            _OULD_ALY_ROLE,
            _D_NKC2,
            ("الوجيه القبلي",),
        ),
        q(
            "الفراغ الأمني في الشرق أخطر على نواكشوط من أي معارضة سياسية في العاصمة",
            _CABLE,
            None,
            _D_NKC2,
        ),
        # reactions: no date
        q(
            "تؤكد ما قلناه يومها من أن الخارج كان يعلم ويبارك",
            _OULD_SIDI,
            _OULD_SIDI_ROLE,
        ),
        q(
            "من الغريب أن نقرأ تاريخنا السياسي في وثائق الآخرين، بعد أكثر من عقد ونصف",
            _OULD_SIDI,
            _OULD_SIDI_ROLE,
        ),
        q(
            "تنقل انطباعات دبلوماسي أجنبي لا أقوال رجل سياسة",
            _TAJDID,
        ),
        q(
            "السفارات كلها كانت تكتب الشيء نفسه في تلك الفترة، لكن الأمريكيين وحدهم نُشرت برقياتهم",
            _WEST_DIPLOMAT,
        ),
    ],
    "f31_saharamedias_kiffa_water": [
        q("الماء حق لا منّة", _KIFFA_RESIDENTS, None, _D_KIFFA, ("المحتجين",), optional=True),
        q(
            "نشتري برميل الماء بألف أوقية قديمة، ومن لا يملك المال يشرب من الآبار المكشوفة",
            _FATIMA,
            _FATIMA_ROLE,
            _D_KIFFA,
        ),
        q(
            "أطفالنا مرضوا، والمستوصف لا يملك حتى الأدوية البسيطة",
            _FATIMA,
            _FATIMA_ROLE,
            _D_KIFFA,
        ),
        q(
            "لن تتوقف عن الاحتجاج حتى ترى الماء في الحنفيات",
            _SIDIYA,
            _SIDIYA_ROLE,
            _D_KIFFA,
        ),
        q(
            "الوعود التي قدمت في الصيف الماضي ذهبت أدراج الرياح",
            _SIDIYA,
            _SIDIYA_ROLE,
            _D_KIFFA,
        ),
        q(
            "الدولة وضعت مشكل الماء في كيفه على رأس أولوياتها",
            _WALI,
            _WALI_ROLE,
            _D_KIFFA,
            ("الوالي",),
        ),
        # one quote with a project name in inner marks
        q(
            "الأشغال في المرحلة الثانية من مشروع «آفطوط الشرقي» ستنطلق مطلع السنة المقبلة، "
            "والتمويل متوفر",
            _WALI,
            _WALI_ROLE,
            _D_KIFFA,
            ("الوالي",),
        ),
        # the company's statement of أمس, no dated dateline: no date
        q(
            "أعطال متكررة في محطة الضخ الرئيسية",
            _SNDE,
            aliases=("البيان",),
            optional=True,
        ),
        q(
            "فرق الصيانة تعمل ليل نهار، وسيتم تزويد الأحياء المتضررة بصهاريج مجانية في انتظار "
            "إصلاح العطل",
            _SNDE,
            aliases=("البيان",),
        ),
        q(
            "قلنا للحكومة مرارا إن صبر الناس له حدود، والعطش لا ينتظر المناقصات",
            _ABBAH,
            _ABBAH_ROLE,
        ),
        # unmarked after قائلا:, without the final full stop
        q(
            "نحن مع الدولة ولن نكون ضدها، لكن على الدولة أن تكون مع الناس في أوقات الشدة",
            _ABBAH,
            _ABBAH_ROLE,
        ),
        q(
            "التدخل العاجل لإنهاء معاناة سكان كيفه",
            _TAWASSOUL,
            optional=True,
        ),
        q(
            "دليل إضافي على فشل السياسات المائية المتبعة منذ سنوات",
            _TAWASSOUL,
        ),
    ],
}

BATCHES = {
    "F31": [
        "f31_almada_baghdad_cables",
        "f31_shafaq_basra_salinity",
        "f31_sumaria_diyala_operation",
        "f31_adenalghad_power_protests",
        "f31_masdar_sanaa_cables",
        "f31_alakhbar_nouakchott_cables",
        "f31_saharamedias_kiffa_water",
    ],
}

BLIND_ARTICLES_36 = {name: (_read(name), gold) for name, gold in GOLD.items()}
