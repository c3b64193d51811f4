"""Fresh-author held-out set F27: seven articles in Levantine outlet styles
(Al-Akhbar, An-Nahar, Al-Modon, Enab Baladi, Al-Quds, Ammon News,
Ad-Dustour; two on WikiLeaks cables, two as scraped web text without hamzas
on alef, with ``ه`` for a final ``ة`` in places and without paragraph
breaks), written as a journalist would and annotated by hand, with the gold
below committed before the engine was run on any of them (format of
../shared/gold; offsets computed by ``articles.gold_with_offsets``). All
persons quoted are invented; the cable references are plausible but made up.

- Al-Akhbar cables (Beirut): 09BEIRUT418 dated ``17 نيسان 2009`` (Levantine
  month), an anonymous MP relayed by the ambassador (``ينقل … عن نائب …
  قوله إن «…»``, ``ويضيف النائب، الذي تحجب البرقية اسمه:``), the
  ambassador's predicate after ``أن الكتلة``, a cable subject line, 09BEIRUT702
  of ``حزيران 2009`` (month precision), ``اللواء`` as an honorific, ``وتابع
  قبلان «…»`` without colon, the cable as speaker (``وتخلص البرقية إلى أن``),
  reactions ``أمس`` (no date), ``ويختم:``; «سري», «وسطية», «ويكيليكس», a centre
  and the outlet in marks as labels.
- An-Nahar (Beirut): ``“…”`` marks, ``أمس`` without a dated dateline, a
  committee chairman named after his title, a minister relayed by an MP
  (``وبحسب نائب حضر الجلسة، ردّ … بأن``, ``وفق المصدر نفسه``), an anonymous
  parliamentary source, an MP on ``"إكس"``, a banks' association statement
  dated ``28 كانون الثاني 2026`` with ``محذّرة من “…”`` and ``في البيان
  نفسه``, a depositors' league with ``دعت إلى “…”``, ``د.`` as an honorific;
  a law and the headline's names in marks as labels.
- Al-Modon funeral (Yater, South Lebanon): the funeral dated ``يوم الأحد 8
  شباط 2026`` dates the quotes of the people at it; slogans of the mourners,
  ``الشيخ`` as an honorific, ``"…"، يقول X، والد الشاب`` then ``ويضيف:``, the
  mother's cry, a neighbour ``أم علي`` with ``تقول``/``وتضيف``, an anonymous
  young man ``يقاطعها:``, a mayor by phone (no date), UNIFIL's statement
  with a two-word fragment and ``داعية … إلى "…"``; a headline and a
  subheading.
- Enab Baladi (Damascus): ``عنب بلدي – دمشق`` without a date, vox pops with
  ages (``سامر (38 عامًا)، وهو موظف …``), ``وأضاف أن "…"``, an anonymous
  estate agent, ``"…"، تقول ريم، وتتابع:``, a report of a statistics office of
  ``شباط/فبراير 2026`` (dual month, month precision, ``وفق تقرير … فإن``), a
  ministry circular of ``3 من كانون الثاني/يناير 2026``, ``نقلت وكالة … (سانا)
  … عن … قوله إن`` with ``الأحد الماضي`` (no date), ``المهندس`` as an
  honorific, ``حذّر … من أن "…"`` (a clause, required).
- Al-Quds cables as scraped text (Jerusalem): 09JERUSALEM1874 dated ``22
  تشرين الاول/اكتوبر 2009`` (dual month), an anonymous official relayed by the
  consul, ``وعلّق ويلسون … بان "…"``, a cable of ``شباط 2010`` with a subject
  line, a businessman, the cable as speaker, reactions (no date), ``د.`` as an
  honorific, a fragment object of ``تكشف``, an unmarked quote after
  ``قائلا:``, a governorate's statement ``امس`` (no date) with ``داعية … الى``.
- Ammon News municipal council as scraped text (Zarqa): ``عمون -`` without a
  date and ``امس``, the mayor after ``رئيس البلدية المهندس``, ``واضاف "…"``
  without colon, a council member named after his seat, ``ورد … بالقول:``, a
  programme in marks as a label, ``مطالبة بـ"…"``, an earlier decision dated
  ``12/1/2026`` (day/month/year) with ``نص القرار حينها على "…"``, an anonymous
  resident (``وقال احدهم``), a ministry's statement, its spokesman, an unmarked
  quote after ``قائلا:``.
- Ad-Dustour interview (Amman): Arabic-Indic digits, a headline, the director
  named after his title, ``«…»`` marks, question-and-answer form with
  ``الدستور:`` and ``النوايسة:`` prefixes, a campaign and a programme in
  marks as labels, a hotels' association statement ``أمس`` (no date).

Conventions as in articles_blind9 and articles_blind20: a relative date
(``أمس``, ``الأحد الماضي``) gets no date without a dated dateline; a date
given for an event (the funeral) dates the quotes of the people interviewed
at it and their follow-ups, not the reactions around it (the mayor by phone,
UNIFIL); a statement, report or decision dated in the text takes that date;
a cable's quotes, and the follow-ups of the same account, take the cable's
date (month precision when the article gives no day); reactions to the leaks
get no date; a predicate in marks after ``أن X`` belongs to the outer
speaker; nominal objects after ``إلى``/``بـ``/``من``/``على``, one- and
two-word fragments, slogans and cries, headlines, subheadings, a cable's
subject line and an interviewer's questions (speaker the outlet) are
optional; an answer in an interview is one quote, scored without its final
full stop, as is an unmarked quote after ``قائلا:``; names of parties,
programmes, campaigns, laws, centres, platforms, outlets and one-word labels
in marks are not quotations; a role is the title chunk or the apposition,
whichever is fuller, without honorifics (``اللواء``, ``الشيخ``, ``المهندس``,
``د.``), which are not part of the name; an anonymous source is named by its
description; scraped texts are quoted exactly as spelled."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# --- Al-Akhbar cables
_CABLE1 = "2009-04-17"
_CABLE2 = "2009-06"
_AKH_MP = "نائب في كتلة نيابية وسطية"
_HARTMANN = "دانيال هارتمان"
_HARTMANN_ROLE = "السفير الأميركي"
_AWKAR = "السفارة الأميركية في عوكر"
_QABALAN = "سمير قبلان"
_QABALAN_ROLE = "المدير العام للأمن العام"
_NASSAR = "إيلي نصّار"
_NASSAR_ROLE = "النائب السابق"
_FAWWAZ = "كريم فوّاز"
_FAWWAZ_ROLE = "الباحث في مركز «الاستشارية» للدراسات"
# --- An-Nahar
_MKHOUL = "فادي مخول"
_MKHOUL_ROLE = "رئيس لجنة المال والموازنة"
_HAJJ = "ياسين الحاج"
_HAJJ_ROLE = "وزير المال"
_NAHAR_SOURCE = "مصدر نيابي شارك في الجلسة"
_EID = "رنا عيد"
_EID_ROLE = "النائبة"
_ABL = "جمعية المصارف"
_ABL_DATE = "2026-01-28"
_DEPOSITORS = "رابطة المودعين"
_KHOURY = "مروان الخوري"
_KHOURY_ROLE = "الخبير الاقتصادي"
# --- Al-Modon funeral
_FUNERAL = "2026-02-08"
_MOURNERS = "المشيعون"
_SHARARA = "محمود شرارة"
_SHARARA_ROLE = "إمام البلدة"
_FAQIH = "علي فقيه"
_FAQIH_ROLE = "والد الشاب"
_MOTHER = "والدته"
_UMM_ALI = "أم علي"
_UMM_ALI_ROLE = "جارة العائلة"
_YOUNG_MAN = "شاب في العشرين"
_KOURANI = "حسن كوراني"
_KOURANI_ROLE = "رئيس بلدية ياطر"
_UNIFIL = 'قوات "اليونيفيل"'
_UNIFIL_ALIASES = ("اليونيفيل", "البيان")
# --- Enab Baladi
_SAMER = "سامر"
_SAMER_ROLE = "موظف في شركة اتصالات خاصة"
_AGENT = "صاحب مكتب عقاري في حي ركن الدين"
_REEM = "ريم"
_CBS = "المكتب المركزي للإحصاء"
_MOPWH = "وزارة الأشغال العامة والإسكان"
_HALABI = "ماهر الحلبي"
_HALABI_ROLE = "معاون وزير الأشغال العامة والإسكان"
_DIBS = "أيمن الدبس"
_DIBS_ROLE = 'الباحث الاقتصادي في مركز "مداد" للأبحاث'
# --- Al-Quds cables (scraped spelling)
_JCABLE1 = "2009-10-22"
_JCABLE2 = "2010-02"
_PA_OFFICIAL = "مسؤول فلسطيني رفيع في مكتب الرئاسه"
_WILSON = "مارك ويلسون"
_WILSON_ROLE = "القنصل العام الاميركي في القدس"
_CONSULATE = "القنصليه الاميركيه العامه في القدس"
_DAJANI = "نبيل الدجاني"
_DAJANI_ROLE = "رجل الاعمال المقدسي"
_KHATIB = "عزمي الخطيب"
_KHATIB_ROLE = "عضو المجلس الثوري لحركة فتح"
_SHWEIKI = "ماهر الشويكي"
_SHWEIKI_ROLE = "المحلل السياسي المقدسي"
_GOVERNORATE = "محافظه القدس"
# --- Ammon News council (scraped spelling)
_MOMANI = "عماد المومني"
_MOMANI_ROLE = "رئيس البلدية"
_ZAWAHREH = "خالد الزواهرة"
_ZAWAHREH_ROLE = "عضو المجلس عن منطقه الغويرية"
_OMOUSH = "سهى العموش"
_OMOUSH_ROLE = "عضو المجلس"
_ZARQA_COUNCIL = "مجلس بلدية الزرقاء الكبرى"
_RESIDENT = "احد سكان حي معصوم"
_MOLA = "وزارة الادارة المحلية"
_KHALAYLEH = "عمر الخلايلة"
_KHALAYLEH_ROLE = "الناطق الاعلامي باسم الوزاره"
# --- Ad-Dustour interview
_NAWAISEH = "عبدالرزاق النوايسة"
_NAWAISEH_ROLE = "مدير عام هيئة تنشيط السياحة"
_DUSTOUR = "الدستور"
_HOTELS = "جمعية الفنادق الأردنية"

GOLD = {
    "f27_akhbar_beirut_cables": [
        q(
            "الناخب المسيحي تعب من الاصطفاف بين 8 و14 آذار، لكنه لا يرى بديلاً حقيقياً",
            _AKH_MP,
            None,
            _CABLE1,
            aliases=("النائب",),
        ),
        q(
            "نحن بحاجة إلى ستة أشهر من المال والإعلام لنصبح رقماً صعباً",
            _AKH_MP,
            None,
            _CABLE1,
            aliases=("النائب",),
        ),
        q(
            "تفتقر إلى قاعدة شعبية خارج كسروان والمتن",
            _HARTMANN,
            _HARTMANN_ROLE,
            _CABLE1,
            aliases=("هارتمان",),
        ),
        q("لبنان: الوسطيون يبحثون عن راعٍ", _AWKAR, None, _CABLE1, optional=True),
        q(
            "لا نعتقد أن هذه الكتلة قادرة على الصمود بعد الانتخابات من دون رعاية إقليمية",
            _HARTMANN,
            _HARTMANN_ROLE,
            _CABLE1,
            aliases=("هارتمان",),
        ),
        q(
            "الانتخابات مرّت بأقل الخسائر، والفضل للجيش لا للسياسيين",
            _QABALAN,
            _QABALAN_ROLE,
            _CABLE2,
            aliases=("قبلان",),
        ),
        q(
            "لكننا لا نستطيع أن نبقى رهائن تسوية تنتهي مع أول خلاف إقليمي",
            _QABALAN,
            _QABALAN_ROLE,
            _CABLE2,
            aliases=("قبلان",),
        ),
        q(
            "الجيش اللبناني هو المؤسسة الوحيدة التي لا تزال تحظى بثقة عابرة للطوائف",
            "البرقية",
            None,
            _CABLE2,
            aliases=(_AWKAR,),
        ),
        q(
            "لا أذكر هذا اللقاء، وإن حصل فالكلام أُخرج من سياقه",
            _NASSAR,
            _NASSAR_ROLE,
            aliases=("نصّار",),
        ),
        q(
            "السفارة كانت تكتب ما تحب أن تسمعه، لا ما قلناه",
            _NASSAR,
            _NASSAR_ROLE,
            aliases=("نصّار",),
        ),
        q(
            "تؤكد أن واشنطن لم تراهن يوماً على الوسط إلا كورقة ضغط على حلفائها",
            _FAWWAZ,
            _FAWWAZ_ROLE,
        ),
        q("عادت إلى أحد المعسكرين بعد أشهر قليلة", _FAWWAZ, _FAWWAZ_ROLE),
        q(
            "الوسطية في لبنان كانت دائماً محطة انتظار، لا مشروعاً سياسياً",
            _FAWWAZ,
            _FAWWAZ_ROLE,
        ),
    ],
    "f27_nahar_deposits_committee": [
        q(
            "لن نمرّر أي قانون يحمّل المودعين وحدهم كلفة الانهيار",
            _MKHOUL,
            _MKHOUL_ROLE,
        ),
        q(
            "الحكومة أرسلت مشروعاً من دون أرقام، وطلبنا منها أن تعود بالأرقام خلال أسبوعين",
            _MKHOUL,
            _MKHOUL_ROLE,
        ),
        q(
            "الأرقام موجودة، لكن نشرها قبل الاتفاق مع صندوق النقد يضرّ بالمفاوضات",
            _HAJJ,
            _HAJJ_ROLE,
            aliases=("الحاج",),
        ),
        q(
            "لا أحد يريد شطب الودائع، لكن لا أحد يملك المال لإعادتها كاملة",
            _HAJJ,
            _HAJJ_ROLE,
            aliases=("الحاج",),
        ),
        q("الأكثر توتراً منذ بداية الولاية", _NAHAR_SOURCE),
        q("كاد يتحوّل إلى سجال شخصي بين الوزير وعدد من النواب", _NAHAR_SOURCE),
        q(
            "قانون الفجوة المالية بصيغته الحالية شطب مقنّع للودائع، ولن نكون شهود زور عليه",
            _EID,
            _EID_ROLE,
        ),
        q(
            "المصارف ليست مسؤولة عن السياسات التي اعتمدتها الدولة طوال ثلاثة عقود",
            _ABL,
            None,
            _ABL_DATE,
            aliases=("الجمعية",),
        ),
        q(
            "تحميل القطاع المصرفي وزر الفجوة كاملة",
            _ABL,
            None,
            _ABL_DATE,
            aliases=("الجمعية",),
            optional=True,
        ),
        q(
            "مستعدة للمساهمة في الحل ضمن قدرتها، لا أكثر",
            _ABL,
            None,
            _ABL_DATE,
            aliases=("الجمعية",),
        ),
        q(
            "ما يجري في ساحة النجمة مسرحية لكسب الوقت، فيما المودع يموت على أبواب المصارف",
            _DEPOSITORS,
        ),
        q("تحرك واسع أمام المجلس النيابي الخميس المقبل", _DEPOSITORS, optional=True),
        q(
            "المشكلة ليست في النص بل في غياب الثقة بين المودع والدولة والمصارف معاً",
            _KHOURY,
            _KHOURY_ROLE,
        ),
        q(
            "أي قانون لا يبدأ بتدقيق جنائي شامل سيبقى حبراً على ورق، مهما كانت نيّات واضعيه",
            _KHOURY,
            _KHOURY_ROLE,
        ),
    ],
    "f27_modon_yater_funeral": [
        q("خرج إلى ورشته وعاد في تابوت", _FAQIH, _FAQIH_ROLE, optional=True),
        q("الموت لإسرائيل", _MOURNERS, None, _FUNERAL, optional=True),
        q("يا جنوب لا تهتم", _MOURNERS, None, _FUNERAL, optional=True),
        q(
            "دماء حسين لن تذهب هدراً، وهذه الأرض لا تُترك لمن يريد إفراغها",
            _SHARARA,
            _SHARARA_ROLE,
            _FUNERAL,
        ),
        q(
            "كان يعمل في البناء ولم يحمل سلاحاً في حياته",
            _FAQIH,
            _FAQIH_ROLE,
            _FUNERAL,
        ),
        q(
            "خرج صباحاً إلى ورشته في صور، وعاد إلينا في تابوت. ماذا أقول لأولاده؟",
            _FAQIH,
            _FAQIH_ROLE,
            _FUNERAL,
        ),
        q("يا حبيبي، يا عريس الجنوب", _MOTHER, None, _FUNERAL, optional=True),
        q("ننام على صوت المسيّرات", _UMM_ALI, _UMM_ALI_ROLE, optional=True),
        q(
            "منذ سنة ونحن ننام ونصحو على صوت المسيّرات",
            _UMM_ALI,
            _UMM_ALI_ROLE,
            _FUNERAL,
        ),
        q(
            "الأولاد صاروا يعرفون نوع الطائرة من صوتها، وهذا وحده مصيبة",
            _UMM_ALI,
            _UMM_ALI_ROLE,
            _FUNERAL,
        ),
        q(
            "لن نترك البلدة. إلى أين نذهب؟ بيروت لم تعد تتسع لنا",
            _YOUNG_MAN,
            None,
            _FUNERAL,
        ),
        q(
            "لم تتلقَّ أي مساعدة جدية منذ وقف إطلاق النار",
            _KOURANI,
            _KOURANI_ROLE,
        ),
        q(
            "نصف البيوت في الحي الشرقي غير صالحة للسكن، والناس يرمّمون على حسابهم",
            _KOURANI,
            _KOURANI_ROLE,
        ),
        q("قلقها العميق", _UNIFIL, aliases=_UNIFIL_ALIASES, optional=True),
        q(
            "أي عمل عسكري يعرّض المدنيين للخطر يشكّل انتهاكاً للقرار 1701",
            _UNIFIL,
            aliases=_UNIFIL_ALIASES,
        ),
        q(
            "الالتزام الكامل بوقف الأعمال العدائية",
            _UNIFIL,
            aliases=_UNIFIL_ALIASES,
            optional=True,
        ),
    ],
    "f27_enab_damascus_rents": [
        q("رفع الإيجار ثلاث مرات خلال ستة أشهر", _SAMER, _SAMER_ROLE),
        q(
            "الراتب كله لا يكفي لإيجار غرفة في المزة، فكيف بشقة لعائلة؟",
            _SAMER,
            _SAMER_ROLE,
        ),
        q(
            "الطلب تضاعف منذ بداية العام، والعرض ثابت لأن نصف البيوت المتاحة بحاجة إلى ترميم",
            _AGENT,
        ),
        q(
            "شقة من غرفتين في المزة فيلات صار إيجارها 300 دولار بالشهر، وقبل سنة كانت بمئة",
            _AGENT,
        ),
        q("ما حدا فكّر وين بدنا نسكن", _REEM, optional=True),
        q("نحن رجعنا لأن البلد تحرر، بس ما حدا فكّر وين بدنا نسكن", _REEM),
        q("ابني الكبير ترك الجامعة ليشتغل ويساعدنا بالإيجار", _REEM),
        q(
            "متوسط الإيجار الشهري في دمشق ارتفع بنسبة 140% خلال عام واحد",
            _CBS,
            None,
            "2026-02",
        ),
        q(
            "عقود الإيجار غير الموثقة لا يُعتد بها أمام الجهات الرسمية",
            _MOPWH,
            None,
            "2026-01-03",
            aliases=("الوزارة",),
        ),
        q(
            "الوزارة تعمل على مشروع قانون جديد للإيجارات يوازن بين حقوق المالك والمستأجر",
            _HALABI,
            _HALABI_ROLE,
        ),
        q(
            "أي تدخل إداري لتحديد سقف الإيجارات سيدفع الملاك إلى إخراج بيوتهم من السوق",
            _DIBS,
            _DIBS_ROLE,
        ),
        q(
            "الحل الوحيد هو زيادة المعروض عبر تسهيل قروض الترميم وإعادة تأهيل الأبنية "
            "المتضررة في الأطراف",
            _DIBS,
            _DIBS_ROLE,
        ),
    ],
    "f27_quds_jerusalem_cables_scraped": [
        q("خرج عن السيطره", "مسؤولين فلسطينيين", optional=True),
        q(
            "السلطة لا تملك في القدس سوى البيانات، واسرائيل تعرف ذلك جيدًا",
            _PA_OFFICIAL,
            None,
            _JCABLE1,
            aliases=("المسؤول",),
        ),
        q(
            "اذا استمر هدم البيوت في سلوان بهذه الوتيره فلن يبقى لنا ما نفاوض عليه",
            _PA_OFFICIAL,
            None,
            _JCABLE1,
            aliases=("المسؤول",),
        ),
        q(
            "القياده الفلسطينيه تبدو عاجزة عن تقديم اي دعم ملموس لسكان المدينة، ما يترك "
            "الساحة لقوى اخرى",
            _WILSON,
            _WILSON_ROLE,
            _JCABLE1,
            aliases=("ويلسون",),
        ),
        q("القدس الشرقية: اقتصاد يختنق", _CONSULATE, None, _JCABLE2, optional=True),
        q(
            "التجار في البلده القديمه يدفعون ضرائب تفوق دخلهم، والمحلات تغلق واحدًا تلو الاخر",
            _DAJANI,
            _DAJANI_ROLE,
            _JCABLE2,
            aliases=("الدجاني",),
        ),
        q(
            "اولادنا يهاجرون الى رام الله او الى الخارج، ولن يعودوا",
            _DAJANI,
            _DAJANI_ROLE,
            _JCABLE2,
            aliases=("الدجاني",),
        ),
        q(
            "الضغط الاقتصادي على المقدسيين قد يحقق ما لم تحققه الجرافات",
            "البرقية",
            None,
            _JCABLE2,
            aliases=(_CONSULATE,),
        ),
        q(
            "لم نكن بحاجة الى ويكيليكس لنعرف ان الاميركيين يعرفون كل شيء ولا يفعلون شيئًا",
            _KHATIB,
            _KHATIB_ROLE,
            aliases=("الخطيب",),
        ),
        q(
            "تكتفي بالتوثيق، بينما تُهدم البيوت امام اعين دبلوماسييها",
            _KHATIB,
            _KHATIB_ROLE,
            aliases=("الخطيب",),
        ),
        q("ازدواجية واضحة في الموقف الاميركي", _SHWEIKI, _SHWEIKI_ROLE, optional=True),
        q(
            "ما كتبه القنصل قبل خمس عشرة سنة ينطبق حرفيًا على ما نعيشه اليوم في الشيخ جراح وسلوان",
            _SHWEIKI,
            _SHWEIKI_ROLE,
        ),
        q(
            "اكثر من 300 منشاة هُدمت في المدينة منذ بداية العام، بينها 90 منزلًا ماهولًا",
            _GOVERNORATE,
        ),
        q("تحمل مسؤولياته القانونية والاخلاقية", _GOVERNORATE, optional=True),
    ],
    "f27_ammon_zarqa_council_scraped": [
        q(
            "البلدية تعاني نقصا في الكوادر يصل الى 400 عامل وطن، ولا نملك سوى 60 ضاغطة صالحة "
            "للعمل من اصل 110",
            _MOMANI,
            _MOMANI_ROLE,
            aliases=("المومني",),
        ),
        q(
            "طلبنا من وزارة الادارة المحلية دعما عاجلا لشراء 20 ضاغطة جديدة، ولم يصلنا رد حتى "
            "اليوم",
            _MOMANI,
            _MOMANI_ROLE,
            aliases=("المومني",),
        ),
        q(
            "الناس في الغويرية والحسين يعيشون بين اكوام القمامة منذ اسبوعين، وهذا امر لا يليق "
            "بثاني اكبر مدينه في المملكة",
            _ZAWAHREH,
            _ZAWAHREH_ROLE,
            aliases=("الزواهرة",),
        ),
        q(
            "المشكلة ليست في عدد الضاغطات فقط، بل في غياب الرقابة على الشركه المتعهده",
            _ZAWAHREH,
            _ZAWAHREH_ROLE,
            aliases=("الزواهرة",),
        ),
        q(
            "الشركة اخلت بالتزاماتها، وسنطبق الشروط الجزائيه المنصوص عليها في العقد دون مجاملة",
            _MOMANI,
            _MOMANI_ROLE,
            aliases=("المومني",),
        ),
        q("بقي حبرا على ورق في الاحياء الشرقية", _OMOUSH, _OMOUSH_ROLE),
        q(
            "لجنه تحقيق مستقله في عطاءات النظافة",
            _OMOUSH,
            _OMOUSH_ROLE,
            optional=True,
        ),
        q(
            "انذار الشركة المتعهدة خطيا ومنحها مهلة شهر لتحسين ادائها",
            _ZARQA_COUNCIL,
            None,
            "2026-01-12",
            aliases=("المجلس", "القرار"),
            optional=True,
        ),
        q(
            "جئنا لنسمع حلولا فسمعنا خلافات، والذباب يدخل بيوتنا صيفا وشتاء",
            _RESIDENT,
        ),
        q(
            "المخصصات الاضافية لبلدية الزرقاء ستصرف خلال الربع الاول من العام الحالي",
            _MOLA,
            aliases=("الوزاره",),
        ),
        q(
            "تتابع ملف النظافة في المدينة بشكل يومي",
            _MOLA,
            aliases=("الوزاره",),
        ),
        q(
            "اي بلدية تثبت تقصير الشركات المتعاقدة معها مخولة قانونيا بفسخ العقود",
            _KHALAYLEH,
            _KHALAYLEH_ROLE,
        ),
        q(
            "البلدية لن تنتظر احدا، وسنعمل بما هو متاح حتى تصل الضاغطات",
            _MOMANI,
            _MOMANI_ROLE,
            aliases=("المومني",),
        ),
    ],
    "f27_dustour_tourism_interview": [
        q(
            "نستهدف ٧ ملايين زائر.. والبترا لن تبقى رهينة الإقليم",
            _NAWAISEH,
            _NAWAISEH_ROLE,
            aliases=("النوايسة",),
            optional=True,
        ),
        q("تجاوز أصعب مراحله", _NAWAISEH, _NAWAISEH_ROLE, aliases=("النوايسة",)),
        q(
            "الأردن بلد آمن ومستقر، والمشكلة كانت دائما في صورة الإقليم لا في واقعنا",
            _NAWAISEH,
            _NAWAISEH_ROLE,
            aliases=("النوايسة",),
        ),
        q(
            "كيف تقيّمون أداء القطاع خلال الموسم الشتوي الحالي؟",
            _DUSTOUR,
            optional=True,
        ),
        q(
            "الأرقام مشجعة. أعداد الزوار ارتفعت بنسبة ٣٢٪ مقارنة بالفترة نفسها من العام "
            "الماضي، والحجوزات الفندقية في العقبة والبحر الميت تقارب ٨٠٪ في عطلات نهاية "
            "الأسبوع",
            _NAWAISEH,
            _NAWAISEH_ROLE,
            aliases=("النوايسة",),
        ),
        q(
            "لكن أصحاب الفنادق في البترا يشتكون من أن الانتعاش لم يصلهم بعد؟",
            _DUSTOUR,
            optional=True,
        ),
        q(
            "هذا صحيح جزئيا. البترا تعتمد على السياحة الأوروبية والأمريكية، وهذه الأسواق "
            "تتأخر دائما في العودة. نحن نعمل مع منظمي الرحلات في ألمانيا وإسبانيا وإيطاليا، "
            "وأتوقع أن نرى الفرق بوضوح مع بداية الربيع",
            _NAWAISEH,
            _NAWAISEH_ROLE,
            aliases=("النوايسة",),
        ),
        q(
            "ماذا عن الطيران منخفض التكاليف، وهل ما زالت الهيئة ملتزمة بدعمه؟",
            _DUSTOUR,
            optional=True,
        ),
        q(
            "بالتأكيد. الطيران منخفض التكاليف جلب إلى العقبة وحدها أكثر من ٢٠٠ ألف زائر العام "
            "الماضي. لا يمكن أن نتراجع عن هذا الخيار، بل نفاوض حاليا ثلاث شركات جديدة لفتح "
            "خطوط مباشرة",
            _NAWAISEH,
            _NAWAISEH_ROLE,
            aliases=("النوايسة",),
        ),
        q(
            "هناك من ينتقد حملة «الأردن يستحق» ويعتبرها مكلفة وضعيفة الأثر؟",
            _DUSTOUR,
            optional=True,
        ),
        q(
            "النقد مشروع، لكن الأرقام تقول غير ذلك. كل دينار أنفقناه في الحملة عاد على "
            "الاقتصاد بأضعافه، وسننشر دراسة مستقلة بذلك خلال أسابيع",
            _NAWAISEH,
            _NAWAISEH_ROLE,
            aliases=("النوايسة",),
        ),
        q("وما الذي يقلقكم في المرحلة المقبلة؟", _DUSTOUR, optional=True),
        q(
            "يقلقني أمران: أي تصعيد جديد في المنطقة، ونقص العمالة المدربة في الفنادق "
            "والمطاعم. الأول خارج سيطرتنا، أما الثاني فنعالجه مع وزارة العمل ومؤسسة التدريب "
            "المهني",
            _NAWAISEH,
            _NAWAISEH_ROLE,
            aliases=("النوايسة",),
        ),
        q("كلمة أخيرة للعاملين في القطاع؟", _DUSTOUR, optional=True),
        q(
            "أقول لهم: صبرتم كثيرا، والموسم المقبل سيكون موسمكم",
            _NAWAISEH,
            _NAWAISEH_ROLE,
            aliases=("النوايسة",),
        ),
        q(
            "نسب الإشغال في إقليم الجنوب ما زالت دون ٤٠٪، ولا يمكن الحديث عن تعافٍ حقيقي قبل "
            "أن تتجاوز ٦٠٪",
            _HOTELS,
        ),
    ],
}

BATCHES = {
    "F27": [
        "f27_akhbar_beirut_cables",
        "f27_nahar_deposits_committee",
        "f27_modon_yater_funeral",
        "f27_enab_damascus_rents",
        "f27_quds_jerusalem_cables_scraped",
        "f27_ammon_zarqa_council_scraped",
        "f27_dustour_tourism_interview",
    ],
}

BLIND_ARTICLES_32 = {name: (_read(name), gold) for name, gold in GOLD.items()}
