"""Fresh-author held-out set F7: eight articles in the styles of Gulf and
pan-Arab outlets, written as their journalists write and annotated by hand,
with the gold below committed before the engine was run on any of them
(format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Asharq Al-Awsat prisoner talks (Yemen): a byline dateline (``عدن: …``)
  with no date, ``«…»`` marks, an anonymous government source, an official
  speaking ``لـ«الشرق الأوسط»``, ``وأضاف الشرعبي:``, a Houthi leader
  relayed by a channel with ``مضيفاً أن … «…»``, the UN envoy's office and
  its statement (``وجاء في البيان:``), a two-word ``عن «خيبة أمل»``, a
  minister relayed by ``«سبأ»`` (``قوله إن «…»``), a mother with a
  two-sentence quote, ``وختم … بالقول:``; the party, the channel, the
  agency, the paper and ``«خريطة الطريق»`` in marks.
- Al-Jazeera Net feature (Kassala, Sudan): ``"…" تقول حليمة … للجزيرة نت``
  (quote first, no comma), ``وتضيف "…"`` and ``ويتابع الأمين "…"`` without
  a colon, subheadings, OCHA's report (``حذر … من أن "…"``, ``مضيفا أن``),
  a doctor's predicate after ``إن حالات … "…"``, ``"…" يقول حامد``, an
  anonymous aid worker (``-طلب عدم ذكر اسمه-``), ``يوليو/تموز`` inside a
  quote; ``"الدعم السريع"`` and ``"أطباء بلا حدود"`` in marks.
- Al-Arabiya.net electricity story (Iraq): dateline ``دبي - العربية.نت``
  without a date, a ministry spokesman relayed from INA, the ministry's
  statement dated ``يوم 3 يوليو 2025``, an MP (``اعتبر … أن "…"``,
  ``لـ"العربية.نت": "…"``), a protester with an unmarked quote after
  ``قائلا:``, an anonymous ministry source relayed by INA, an expert with
  ``د.``; ``"العربية.نت"`` and ``"الربط الخليجي"`` in marks.
- Al-Ittihad forum story (Abu Dhabi): ``أبوظبي (الاتحاد)`` and ``أمس``
  (no date), ``معالي``/``سعادة``/``المهندسة``/``الدكتور`` honorifics,
  ``وقال معاليه``, a predicate ``أن دولة الإمارات «…»``, a quote first
  followed by ``قال الدكتور X، role،``, ``وتابع الحمادي:``, the forum's
  statement relayed by WAM ending in ``دعوا إلى «…»``; the forum, an
  initiative (``«كل قطرة تهم»``), a session title, the paper and
  ``«وام»`` in marks.
- Al-Sharq council session (Doha): ``الدوحة - الشرق`` and ``أمس``,
  ``طالب المجلس … بـ"…"``, members with ``السيد``/``السيدة`` and
  ``عضو المجلس عن الدائرة 12``, a quote first (``"…"، قالت السيدة X``),
  ``وردّ … المقدم X، بأن "…"``, the chairman named in the lead and
  quoted later as ``رئيس المجلس``, citizens; ``"أشغال"`` and
  ``"الشرق"`` in marks.
- Akhbar Al-Khaleej parliament session (Bahrain): a byline, ``أمس
  الثلاثاء`` without a dated dateline, an MP's figures and question
  (``وتساءل البوعينين:``), a committee report as speaker (``وأشار تقرير
  اللجنة إلى أن "…"``), the minister (``أكدت وزيرة … X أن "…"``), a
  programme in marks before her predicate, her earlier statement dated
  ``بتاريخ 14 أكتوبر 2025``, an MP's unmarked reply after ``قائلا:``, an
  anonymous parliamentary source; ``"مزايا"`` and the paper in marks.
- Al-Quds Al-Arabi politics story (Amman): dateline ``عمان- «القدس
  العربي»:``, ``“…”`` marks, a law and a party in marks, a two-word
  ``“غير كافية”``, the government spokesman, the government's statement of
  ``آب/أغسطس 2023`` (month precision), an opposition MP, ``وتابع القضاة،
  متحدثاً لـ«القدس العربي»:``, ``“سيف مسلط”``, the journalists'
  syndicate, an analyst with ``د.`` and ``ويضيف الربضي:``, an anonymous
  government source.
- Al-Jazeera Net WikiLeaks story (Kuwait): 09KUWAIT214 dated ``8
  مارس/آذار 2009`` and 10KUWAIT87 of ``فبراير/شباط 2010`` without a day;
  the cable's subject line, an anonymous official and an anonymous MP
  relayed by the cables (``قوله "…"`` without a colon), the embassy's
  comment (``وتقول السفارة في تعليقها …``), the chargé's comment, the cable
  as speaker (``معتبرة أن القضية "…"``), reactions today (no date), an
  unmarked quote after ``قائلا:``; ``"سري"`` and ``"الداو"`` in marks.

Conventions as in articles_blind9 (F4): a relative date (``أمس``, a
weekday) gets no date without a dated dateline; a date given for a
statement dates its quotes; a cable's quotes, and the follow-ups of the
same account, take the cable's date (month precision when the article gives
no day); reactions to the leaks get no date; a predicate in marks after
``أن X`` belongs to the outer speaker (``أكد مصدر حكومي أن الجماعة «…»``,
``يقول … إن حالات سوء التغذية "…"``); nominal objects after ``إلى``/
``بـ``/``من``/``عن`` (``دعوا إلى «…»``, ``طالب … بـ"…"``, ``عن «خيبة
أمل»``), two-word fragments and a cable's subject line are optional; an
unmarked quote after ``قائلا:`` is scored without its final full stop, and
a multi-sentence answer is one quote; a question asked by an MP is scored;
names of parties, programmes, initiatives, projects, laws, outlets,
agencies, forums and one-word labels in marks are not quotations; a role is
the title chunk or the apposition, whichever is fuller, without honorifics
(``معالي``, ``سعادة``, ``السيد``, ``السيدة``, ``المهندسة``, ``الدكتور``,
``د.``, ``المقدم``, ``الوزير`` before a spokesman's name), which are not
part of the name; a speaker referred to later by a title alone (``رئيس
المجلس``, ``الوزيرة``) has that title among the aliases."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# Asharq Al-Awsat, Yemen
_YE_SOURCE = "مصدر حكومي"
_SHARABI = "ماجد عبده الشرعبي"
_SHARABI_ROLE = "وكيل وزارة حقوق الإنسان اليمنية"
_MUTAWAKKIL = "عبد الكريم يحيى المتوكل"
_MUTAWAKKIL_ROLE = "القيادي في جماعة أنصار الله"
_UN_ENVOY = "مكتب المبعوث الأممي الخاص إلى اليمن"
_HUMAIRI = "نبيل صالح الحميري"
_HUMAIRI_ROLE = "وزير الإعلام"
_UMM_ABDALLAH = "أم عبد الله"
_UMM_ABDALLAH_ROLE = "والدة أحد المختطفين منذ 2016"
# Al-Jazeera Net, Kassala
_HALIMA = "حليمة آدم إسحاق"
_AMIN = "الطيب محمد الأمين"
_AMIN_ROLE = "مفوض العون الإنساني في ولاية كسلا"
_OCHA = "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"
_HAMID = "عثمان بابكر حامد"
_HAMID_ROLE = "الطبيب المتطوع"
_AID_SOURCE = "مصدر في منظمة إغاثية دولية"
# Al-Arabiya.net, Iraq
_ABADI = "أحمد موسى العبادي"
_ABADI_ROLE = "المتحدث باسم وزارة الكهرباء العراقية"
_IQ_ELEC = "وزارة الكهرباء العراقية"
_ZAMILI = "حيدر كاظم الزاملي"
_ZAMILI_ROLE = "عضو لجنة الطاقة النيابية"
_JABBAR = "علي جبار"
_JABBAR_ROLE = "أحد المحتجين"
_IQ_SOURCE = "مصدر في وزارة الكهرباء"
_NUAIMI = "سلام عبد الرزاق النعيمي"
_NUAIMI_ROLE = "الخبير في شؤون الطاقة"
# Al-Ittihad, Abu Dhabi
_DHAHERI = "خليفة سالم الظاهري"
_DHAHERI_ROLE = "وزير التغير المناخي والبيئة"
_KAABI = "مريم عبيد الكعبي"
_KAABI_ROLE = "المديرة التنفيذية لقطاع المياه في دائرة الطاقة بأبوظبي"
_HAMMADI = "يوسف أحمد الحمادي"
_HAMMADI_ROLE = "أستاذ الهندسة البيئية في جامعة الإمارات العربية المتحدة"
_FORUM = "منتدى أبوظبي للأمن المائي"
# Al-Sharq, Doha
_CMC = "المجلس البلدي المركزي"
_KUWARI = "ناصر مبارك الكواري"
_KUWARI_ROLE = "عضو المجلس عن الدائرة 12"
_MUHANNADI = "شيخة علي المهندي"
_MUHANNADI_ROLE = "عضو المجلس عن الدائرة 7"
_MARRI = "فهد جاسم المري"
_MARRI_ROLE = "ممثل الإدارة العامة للمرور"
_SULAITI = "عبدالله حمد السليطي"
_SULAITI_ROLE = "رئيس المجلس"
_NUAIMI_QA = "خالد سعد النعيمي"
_JOSEPH = "سارة جوزيف"
_JOSEPH_ROLE = "المعلمة في مدرسة خاصة بمنطقة المنصورة"
# Akhbar Al-Khaleej, Bahrain
_BUAINAIN = "أحمد عيسى البوعينين"
_PUBLIC_UTIL = "لجنة المرافق العامة والبيئة"
_RUMAIHI = "آمنة خليل الرميحي"
_RUMAIHI_ROLE = "وزيرة الإسكان والتخطيط العمراني"
_ZAINAB = "زينب عبدالأمير حسن"
_BH_SOURCE = "مصدر نيابي"
# Al-Quds Al-Arabi, Amman
_JO_OPPOSITION = "المعارضة"
_HAYARI = "عمر سليمان الحياري"
_HAYARI_ROLE = "الناطق الرسمي باسم الحكومة"
_JO_GOV = "الحكومة الأردنية"
_QUDAH = "بلال يوسف القضاة"
_QUDAH_ROLE = "النائب عن حزب جبهة العمل الإسلامي"
_RIGHTS_GROUPS = "منظمات حقوقية محلية ودولية"
_JO_PRESS = "نقابة الصحافيين الأردنيين"
_RABADI = "هشام عوني الربضي"
_RABADI_ROLE = "الكاتب والمحلل السياسي"
# Al-Jazeera Net, Kuwait cables
_US_KUWAIT = "السفارة الأمريكية في الكويت"
_KW_OFFICIAL = "مسؤول كويتي رفيع في الديوان الأميري"
_KW_MP = "نائب إسلامي"
_TRENTON = "ألان ترينتون"
_TRENTON_ROLE = "القائم بالأعمال الأمريكي"
_SHAMMARI = "مبارك حمد الشمري"
_SHAMMARI_ROLE = "النائب السابق"
_HARBI = "عبد الرحمن ناصر الحربي"
_HARBI_ROLE = "أستاذ العلوم السياسية في جامعة الكويت"

_CABLE1 = "2009-03-08"
_CABLE2 = "2010-02"

GOLD = {
    # --- F7: fresh-author held-out set, Gulf and pan-Arab outlets -----------------
    "f7_aawsat_yemen_prisoners": [
        # predicate after أن الجماعة
        q("تتعامل مع الملف الإنساني كورقة ابتزاز سياسي", _YE_SOURCE),
        q(
            "لكن الطرف الآخر رفض إدراج الصحافيين والسياسيين المختطفين منذ سنوات، وأصر على "
            "مبادلة مقاتلين فقط",
            _SHARABI,
            _SHARABI_ROLE,
            aliases=("الشرعبي", "المسؤول اليمني"),
        ),
        q(
            "ذهبنا إلى مسقط بتفويض كامل لإغلاق الملف وفق مبدأ الكل مقابل الكل، وما زلنا "
            "متمسكين به، غير أن الجماعة تريد صفقة انتقائية تخدم دعايتها",
            _SHARABI,
            _SHARABI_ROLE,
            aliases=("الشرعبي", "المسؤول اليمني"),
        ),
        q(
            "الطرف الآخر يتحمل مسؤولية الفشل لأنه يتلقى أوامره من الخارج",
            _MUTAWAKKIL,
            _MUTAWAKKIL_ROLE,
            aliases=("المتوكل",),
        ),
        # مضيفاً أن وفد الجماعة «…»
        q(
            "قدّم كل التسهيلات الممكنة، ووافق على تبادل الجثامين كبادرة حسن نية",
            _MUTAWAKKIL,
            _MUTAWAKKIL_ROLE,
            aliases=("المتوكل",),
        ),
        # two-word nominal object after عن
        q("خيبة أمل", _UN_ENVOY, aliases=("البيان",), optional=True),
        q(
            "نحث الطرفين على إبداء المرونة اللازمة والعودة إلى طاولة الحوار في أقرب وقت، "
            "فآلاف العائلات تنتظر لمّ شملها بذويها",
            _UN_ENVOY,
            aliases=("البيان",),
        ),
        # relayed by Saba
        q(
            "الميليشيا الحوثية تثبت مرة أخرى أنها لا تؤمن بالسلام ولا بالقيم الإنسانية، وإن "
            "المجتمع الدولي مطالب بموقف واضح",
            _HUMAIRI,
            _HUMAIRI_ROLE,
            aliases=("الحميري",),
        ),
        # two sentences, one quote
        q(
            "كل جولة نعلق عليها الأمل ثم نعود إلى الانتظار. ابني لم يحمل سلاحاً في حياته، "
            "كان طالباً في كلية الهندسة",
            _UMM_ABDALLAH,
            _UMM_ABDALLAH_ROLE,
        ),
        q(
            "لن نغلق الباب، لكننا لن نقبل أن يتحول المختطفون إلى أرقام في بورصة المساومات",
            _SHARABI,
            _SHARABI_ROLE,
            aliases=("الشرعبي", "المسؤول اليمني"),
        ),
    ],
    "f7_aljazeera_sudan_kassala_camps": [
        # quote first: "…" تقول حليمة
        q(
            "لم نحمل معنا سوى ما نلبسه، خرجنا ليلا والرصاص فوق رؤوسنا",
            _HALIMA,
            aliases=("حليمة",),
        ),
        q(
            "أطفالي لم يذهبوا إلى المدرسة منذ عامين، وأصغرهم لا يعرف شيئا غير المخيمات",
            _HALIMA,
            aliases=("حليمة",),
        ),
        q(
            "الإمكانيات المتاحة لا تغطي سوى ربع الاحتياجات في أحسن الأحوال",
            _AMIN,
            _AMIN_ROLE,
            aliases=("الأمين",),
        ),
        q(
            "نحن نعمل مع المنظمات الدولية، لكن التمويل تراجع بشكل كبير هذا العام، وبعض "
            "الشركاء غادروا الولاية",
            _AMIN,
            _AMIN_ROLE,
            aliases=("الأمين",),
        ),
        # a report; حذر … من أن "…" is a clause, not a nominal object
        q(
            "أكثر من 30 مليون سوداني باتوا في حاجة إلى مساعدات عاجلة",
            _OCHA,
            aliases=("أوتشا",),
        ),
        q(
            "خطة الاستجابة الإنسانية لهذا العام لم تمول إلا بنسبة 27%",
            _OCHA,
            aliases=("أوتشا",),
        ),
        # predicate after إن حالات سوء التغذية
        q(
            "تضاعفت ثلاث مرات منذ يوليو/تموز الماضي",
            _HAMID,
            _HAMID_ROLE,
            aliases=("حامد",),
        ),
        q(
            "نستقبل يوميا ما بين 80 و100 حالة، ونفتقر إلى أبسط الأدوية، حتى المحاليل "
            "الوريدية صارت نادرة",
            _HAMID,
            _HAMID_ROLE,
            aliases=("حامد",),
        ),
        q(
            "القيود المفروضة على حركة الشاحنات عند المعابر تؤخر وصول الإمدادات لأسابيع، "
            "وبعض الشحنات تفسد قبل أن تصل",
            _AID_SOURCE,
        ),
        q(
            "لا نريد سوى أن نعود إلى بيوتنا، حتى لو وجدناها ركاما",
            _HALIMA,
            aliases=("حليمة",),
        ),
    ],
    "f7_alarabiya_iraq_electricity": [
        q(
            "الانقطاعات الحالية سببها الرئيسي تراجع إمدادات الغاز المستورد، وليس ضعف المنظومة",
            _ABADI,
            _ABADI_ROLE,
            aliases=("العبادي",),
        ),
        q(
            "الوزارة تعمل على تعويض النقص بالوقود المحلي، لكن ذلك يخفض كفاءة المحطات بنسبة "
            "تصل إلى 30%",
            _ABADI,
            _ABADI_ROLE,
            aliases=("العبادي",),
        ),
        # the ministry's statement, dated
        q(
            "المنظومة ستتمكن من تجاوز ذروة الأحمال هذا الصيف دون قطع مبرمج طويل",
            _IQ_ELEC,
            date="2025-07-03",
            aliases=("الوزارة",),
        ),
        q(
            "الحكومات المتعاقبة أنفقت أكثر من 80 مليار دولار على قطاع الكهرباء دون نتيجة ملموسة",
            _ZAMILI,
            _ZAMILI_ROLE,
            aliases=("الزاملي",),
        ),
        q(
            "نطالب بفتح تحقيق في عقود الصيانة والاستثمار، فالمواطن لم يعد يصدق الوعود التي "
            "تتكرر كل صيف",
            _ZAMILI,
            _ZAMILI_ROLE,
            aliases=("الزاملي",),
        ),
        # unmarked after قائلا:, without the final full stop
        q(
            "الكهرباء تأتي ساعتين وتنقطع أربعا، وأطفالنا لا ينامون من الحر، ولم نعد نحتمل",
            _JABBAR,
            _JABBAR_ROLE,
        ),
        # relayed by INA from an anonymous source
        q(
            "خطوط الربط مع الأردن ستدخل الخدمة بكامل طاقتها مطلع الشهر المقبل",
            _IQ_SOURCE,
        ),
        q(
            "الحل لا يكمن في شراء مزيد من المولدات، بل في إصلاح شبكات النقل والتوزيع التي "
            "تهدر نحو 40% من الطاقة المنتجة",
            _NUAIMI,
            _NUAIMI_ROLE,
            aliases=("النعيمي",),
        ),
        q(
            "الجباية الضعيفة والتجاوزات على الشبكة تجعل القطاع عاجزا عن تمويل نفسه، وتبقيه "
            "رهينة للموازنة العامة",
            _NUAIMI,
            _NUAIMI_ROLE,
            aliases=("النعيمي",),
        ),
    ],
    "f7_ittihad_abudhabi_water": [
        # predicate after أن دولة الإمارات
        q(
            "ماضية في تنفيذ استراتيجية الأمن المائي 2036 بخطى ثابتة",
            _DHAHERI,
            _DHAHERI_ROLE,
            aliases=("الظاهري",),
        ),
        # وقال معاليه
        q(
            "نجحنا في خفض استهلاك الفرد من المياه بنسبة 12% خلال ثلاث سنوات، ونستهدف الوصول "
            "إلى 21% بحلول نهاية العقد، وذلك بفضل وعي المجتمع وتكامل جهود الجهات الاتحادية "
            "والمحلية",
            _DHAHERI,
            _DHAHERI_ROLE,
            aliases=("الظاهري",),
        ),
        q(
            "محطات التحلية الجديدة تعمل بتقنية التناضح العكسي، وهي تستهلك طاقة أقل بنسبة 40% "
            "من المحطات الحرارية التقليدية",
            _KAABI,
            _KAABI_ROLE,
            aliases=("الكعبي",),
        ),
        q(
            "نعمل على رفع نسبة إعادة استخدام المياه المعالجة إلى 95% في الري والزراعة "
            "التجميلية، بما يخفف الضغط على المياه الجوفية",
            _KAABI,
            _KAABI_ROLE,
            aliases=("الكعبي",),
        ),
        # quote first, then قال الدكتور X، role،
        q(
            "التحدي الأكبر ليس في إنتاج المياه، بل في ترشيد استهلاكها",
            _HAMMADI,
            _HAMMADI_ROLE,
            aliases=("الحمادي",),
        ),
        q(
            "الوعي المجتمعي تحسن كثيراً، لكن الأسر ما زالت تستهلك أكثر من المعدلات العالمية، "
            "والمطلوب تعرفة ذكية تكافئ المرشدين",
            _HAMMADI,
            _HAMMADI_ROLE,
            aliases=("الحمادي",),
        ),
        # nominal object after دعوا إلى, relayed by WAM
        q(
            "تعزيز التعاون الإقليمي في مجال تبادل التقنيات المائية وتمويل مشاريع التحلية "
            "بالطاقة النظيفة",
            _FORUM,
            aliases=("المنتدى", "المشاركين"),
            optional=True,
        ),
    ],
    "f7_alsharq_doha_parking": [
        # nominal object after بـ
        q("حلول عاجلة لأزمة المواقف", _CMC, aliases=("المجلس",), optional=True),
        q(
            "المواطن يقضي في بعض المناطق نصف ساعة بحثا عن موقف، وهذا أمر لم يعد مقبولا في "
            "ظل التوسع العمراني الذي تشهده الدولة",
            _KUWARI,
            _KUWARI_ROLE,
            aliases=("الكواري",),
        ),
        q(
            "قدمنا التوصية نفسها قبل عامين ولم نتلق ردا حتى الآن من الجهات المعنية، والوضع "
            "يزداد سوءا مع افتتاح كل مشروع جديد",
            _KUWARI,
            _KUWARI_ROLE,
            aliases=("الكواري",),
        ),
        # quote first: "…"، قالت السيدة X
        q(
            "المشكلة ليست في عدد المواقف فقط، وإنما في غياب النقل العام عن الأحياء السكنية",
            _MUHANNADI,
            _MUHANNADI_ROLE,
            aliases=("المهندي",),
        ),
        q(
            "الإدارة نفذت خلال العام الجاري أكثر من 40 مشروعا لتحسين الانسيابية المرورية "
            "بالتنسيق مع هيئة الأشغال العامة",
            _MARRI,
            _MARRI_ROLE,
            aliases=("المري",),
        ),
        # the chairman, named in the lead, here by his title only
        q(
            "سيرفع التوصيات إلى سعادة وزير البلدية خلال أيام، مع طلب جدول زمني واضح للتنفيذ",
            _SULAITI,
            _SULAITI_ROLE,
            aliases=("السليطي", "رئيس المجلس"),
        ),
        q(
            "أحيانا أضطر إلى الوقوف بعيدا عن العيادة بكيلومتر وأمشي في الحر مع والدتي "
            "المسنة، وهذا لا يليق",
            _NUAIMI_QA,
            "المواطن",
            aliases=("النعيمي",),
        ),
        q(
            "المخالفات صارت جزءا من الميزانية الشهرية، لأننا لا نجد أين نقف قرب المدرسة في الصباح",
            _JOSEPH,
            _JOSEPH_ROLE,
        ),
    ],
    "f7_akhbarkhaleej_housing_session": [
        q(
            "أكثر من 60 ألف طلب إسكاني ما زالت على قوائم الانتظار، وبعضها يعود إلى عام 2004",
            _BUAINAIN,
            "النائب",
            aliases=("البوعينين",),
        ),
        # an MP's question
        q(
            "إلى متى ينتظر المواطن؟ هل يعقل أن يتقاعد قبل أن يتسلم بيته؟",
            _BUAINAIN,
            "النائب",
            aliases=("البوعينين",),
        ),
        # a committee's report as speaker
        q(
            "الفجوة بين الطلب والعرض تتسع سنويا بنحو 4 آلاف طلب جديد",
            _PUBLIC_UTIL,
            aliases=("اللجنة", "تقرير اللجنة"),
        ),
        q(
            "الوزارة وزعت خلال العامين الماضيين أكثر من 9 آلاف وحدة وقسيمة سكنية، وهو رقم "
            "غير مسبوق في تاريخ المملكة",
            _RUMAIHI,
            _RUMAIHI_ROLE,
            aliases=("الرميحي", "الوزيرة"),
        ),
        # predicate after أن برنامج "مزايا" للتمويل الإسكاني
        q(
            "أسهم في تقليص فترة الانتظار لآلاف الأسر، ومنحها حرية اختيار المسكن المناسب",
            _RUMAIHI,
            _RUMAIHI_ROLE,
            aliases=("الرميحي", "الوزيرة"),
        ),
        # an earlier statement, dated
        q(
            "مشروع مدينة شرق سترة سيشهد تسليم الدفعة الأخيرة من وحداته مطلع العام المقبل",
            _RUMAIHI,
            _RUMAIHI_ROLE,
            "2025-10-14",
            aliases=("الرميحي", "الوزيرة"),
        ),
        q(
            "نريد جدولا زمنيا واضحا لكل طلب، لا وعودا عامة تتكرر في كل دور انعقاد",
            _ZAINAB,
            "النائبة",
        ),
        # unmarked after قائلا:
        q(
            "نقدر الجهود المبذولة، لكن الأرقام التي نسمعها لا يشعر بها المواطن المنتظر منذ "
            "عشرين عاما",
            _BUAINAIN,
            "النائب",
            aliases=("البوعينين",),
        ),
        q(
            "هناك توجها لتقديم اقتراح بقانون يلزم الوزارة بنشر ترتيب الطلبات إلكترونيا، بحيث "
            "يعرف كل مواطن موقعه في قائمة الانتظار",
            _BH_SOURCE,
        ),
    ],
    "f7_alquds_jordan_cybercrime": [
        # two-word fragment
        q("غير كافية", _JO_OPPOSITION, optional=True),
        q(
            "التعديلات المقترحة تستجيب لملاحظات المجتمع المدني، ولا تمس جوهر حرية التعبير "
            "التي يكفلها الدستور",
            _HAYARI,
            _HAYARI_ROLE,
            aliases=("الحياري",),
        ),
        q(
            "لن يُحبس أي مواطن بسبب رأي نشره، والعقوبات ستقتصر على الغرامات في جرائم الذم "
            "والقدح والتحقير",
            _HAYARI,
            _HAYARI_ROLE,
            aliases=("الحياري",),
        ),
        # the government's statement of August 2023, month precision
        q(
            "يحمي المجتمع من اغتيال الشخصية وخطاب الكراهية ولا يستهدف الحريات العامة",
            _JO_GOV,
            date="2023-08",
            aliases=("الحكومة",),
        ),
        q(
            "ما يُطرح اليوم ترقيع لقانون سيئ، والمطلوب إلغاء المواد التي تكمم الأفواه لا تجميلها",
            _QUDAH,
            _QUDAH_ROLE,
            aliases=("القضاة",),
        ),
        q(
            "لدينا أكثر من 300 قضية رُفعت بموجب هذا القانون خلال عامين، معظمها ضد صحافيين "
            "وناشطين ومعلمين، وبعضهم أُوقف أسابيع بسبب منشور",
            _QUDAH,
            _QUDAH_ROLE,
            aliases=("القضاة",),
        ),
        # two-word fragment (عند صدوره: not resolved)
        q("سيف مسلط", _RIGHTS_GROUPS, optional=True),
        q(
            "أي تعديل لا يلغي التوقيف في قضايا النشر يبقى منقوصاً، ولا يعالج جوهر المشكلة",
            _JO_PRESS,
            aliases=("النقابة",),
        ),
        q(
            "الدولة تحاول امتصاص الانتقادات الدولية قبل مراجعة ملفها الحقوقي في جنيف، وهذا "
            "بحد ذاته مؤشر إيجابي وإن كان متأخراً",
            _RABADI,
            _RABADI_ROLE,
            aliases=("الربضي",),
        ),
        q(
            "السؤال الحقيقي هو كيف ستطبق المحاكم النص الجديد، فالمشكلة لم تكن في النص وحده "
            "بل في التوسع في تفسيره",
            _RABADI,
            _RABADI_ROLE,
            aliases=("الربضي",),
        ),
        # predicate after إن مجلس الوزراء
        q(
            "سيقرّ مشروع التعديل بصيغته النهائية خلال أسبوعين",
            "مصدر حكومي",
        ),
    ],
    "f7_aljazeera_kuwait_cables": [
        # the cable's subject line
        q(
            "الكويت: الأزمة بين الحكومة والبرلمان تدخل منعطفا خطيرا",
            _US_KUWAIT,
            date=_CABLE1,
            aliases=("السفارة", "البرقية"),
            optional=True,
        ),
        q(
            "حل البرلمان بات مسألة وقت، والقيادة لا تريد أن تظهر بمظهر من يتراجع أمام النواب",
            _KW_OFFICIAL,
            date=_CABLE1,
        ),
        # the embassy's comment, no colon
        q(
            "من غير المرجح أن تؤدي انتخابات جديدة إلى برلمان أكثر تعاونا، فالتركيبة القبلية "
            "والإسلامية للمجلس ستبقى على حالها",
            _US_KUWAIT,
            date=_CABLE1,
            aliases=("السفارة", "البرقية"),
        ),
        # relayed by the chargé from an anonymous MP, month precision
        q(
            "نحن لا نعارض الحكومة من أجل المعارضة، لكن الفساد في العقود النفطية لم يعد ممكنا "
            "السكوت عنه",
            _KW_MP,
            date=_CABLE2,
            aliases=("النائب",),
        ),
        q(
            "الأمريكيين يجب أن يفهموا أن الإصلاح هنا يبدأ من البرلمان لا من الحكومة",
            _KW_MP,
            date=_CABLE2,
            aliases=("النائب",),
        ),
        q(
            "محاورنا كان أكثر اعتدالا في الجلسة الخاصة مما هو عليه في خطاباته العلنية، وهو "
            "يدرك أن خطابه الشعبي يخدمه انتخابيا",
            _TRENTON,
            _TRENTON_ROLE,
            _CABLE2,
            aliases=("ترينتون",),
        ),
        # the cable as speaker: معتبرة أن القضية "…"
        q(
            "ستظل ورقة في يد المعارضة لسنوات",
            _US_KUWAIT,
            date=_CABLE2,
            aliases=("السفارة", "البرقية"),
        ),
        # reactions today: no date
        q(
            "هذه البرقيات لا تكشف جديدا للكويتيين، فما كان يقال في الدواوين كان أصرح بكثير "
            "مما كتبه الدبلوماسيون",
            _SHAMMARI,
            _SHAMMARI_ROLE,
            aliases=("الشمري",),
        ),
        # unmarked after قائلا:
        q(
            "الأهم أن البرقيات تظهر كيف كانت واشنطن تقرأ المشهد الكويتي من زاوية استقرار "
            "إمدادات النفط فقط",
            _HARBI,
            _HARBI_ROLE,
            aliases=("الحربي",),
        ),
        q(
            "ما ينشر يعبر عن وجهة نظر كاتبيه ولا يلزم الكويت بشيء",
            "مصدر حكومي",
        ),
    ],
}

BATCHES = {
    "F7": [
        "f7_aawsat_yemen_prisoners",
        "f7_aljazeera_sudan_kassala_camps",
        "f7_alarabiya_iraq_electricity",
        "f7_ittihad_abudhabi_water",
        "f7_alsharq_doha_parking",
        "f7_akhbarkhaleej_housing_session",
        "f7_alquds_jordan_cybercrime",
        "f7_aljazeera_kuwait_cables",
    ],
}

BLIND_ARTICLES_12 = {name: (_read(name), gold) for name, gold in GOLD.items()}
