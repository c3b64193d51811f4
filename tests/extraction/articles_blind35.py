"""Fresh-author held-out set F30: seven articles in the styles of Egyptian and
Maghreb outlets (Al-Masry Al-Youm, Al-Ahram, Hespress, El Khabar, Echorouk,
Libya Al-Ahrar, Sudan Tribune), two of them on leaked US cables and two as
scraped web text without hamzas or paragraph breaks, written as a journalist
would and annotated by hand, with the gold below committed before the engine
was run on any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Al-Masry Al-Youm cables (Cairo): ``«…»`` marks, names in marks
  (``«ميرفيلد»``, ``«الفقي»``), Arabic-Indic digits; 08CAIRO1187 dated ``١٢
  يونيو ٢٠٠٨`` (``كتبت … أن طوابير الخبز «…»``), an anonymous official relayed
  by the cable (``نقلت البرقية عن … قوله إن``, ``وتابع …، بحسب البرقية:``);
  09CAIRO402 of ``مارس ٢٠٠٩`` with a subject line, ``جاء فيها أن``, ``أشارت
  البرقية إلى أن X «…»``, an anonymous diplomat; an undated lead
  (``نبهت واشنطن … إلى أن «…»``) and a headline ``حذرت من «غضب الرغيف»``;
  reactions (no date), ``اللواء`` and ``الدكتور`` as honorifics, an unmarked
  quote after ``قائلا:``, a vox pop in colloquial Egyptian with ``يقول``/
  ``ويضيف ضاحكا:``, a programme (``«تكافل وكرامة»``) and an outlet in marks.
- Al-Ahram ministerial statement read out on TV: ``مساء السبت ١٣ ديسمبر
  ٢٠٢٥`` dates the minister's statement and its follow-ups (``وأضاف أن ما
  حدث "…"``, ``وتابع "…"`` without colon, ``مؤكدا أن مصر "…"``, ``وأوضح
  البيان أن الوزارة "…"``, ``شدد … على أن``, ``لافتا إلى أن … "من منظور …"``);
  the cabinet spokesman ``أمس`` without a dated dateline (``المستشار`` as an
  honorific), a governor on a TV programme in marks, farmers in colloquial
  Egyptian (``الحاج``), an MP ``طالب … بـ"…"`` then ``وقال في طلب إحاطة:``,
  an initiative in marks.
- Hespress trial report (Marrakech): a hearing dated ``يوم الخميس 11 دجنبر
  2025`` (Moroccan month name), ``غشت 2015`` for the facts; the presiding
  judge's question (``حيث سأله: "…؟"``), the defendant's answer (``وأجاب
  المتهم:``) and follow-up, the prosecutor (``اعتبرت أن "…"``, ``“…”``,
  ``ملتمسة في حقهم "…"``), lawyers with ``الأستاذ``, a victim with ``«…»``,
  ``أكد … أن موكله "…"``, ``وتساءل``, an unnamed co-defendant (``المنعش
  العقاري``) with ``فاكتفى بالقول:``, a victims' coordination member on the
  sidelines of the hearing, an association's ``بلاغ`` with ``داعية إلى``; the
  association name ``"النخيل"`` in marks.
- El Khabar as scraped text (wilaya of Bouira): a wali's field visit dated
  ``يوم الاثنين 1 ديسمبر 2025`` dating his quotes and the water director's
  presentation to him, ``جانفي`` in the text, ``وقال الوالي مخاطبا … "…"``
  and ``واضاف "…"`` without colon, a company unit's statement (``ارجعت …
  الى "…"``, ``واكد البيان ان``), an APC president speaking to ``"الخبر"``, a
  slogan (``رافعين شعار "…"``), a quote before its speaker (``"…"، يقول X،
  متقاعد …``), an anonymous neighbour, an APW member with two predicates in
  marks and a follow-up, the wali ``في ختام زيارته``.
- Echorouk cables (Algiers): 08ALGIERS712 dated ``17 جويلية 2008`` with a
  subject line, the ambassador (``كتب … أن "…"``, ``وأضاف كروفورد أن
  المؤسسة العسكرية "…"``), an anonymous officer relayed by him; 09ALGIERS233
  of ``فيفري 2009`` (month precision): ``وصفت الاستحقاق بـ"…"``, ``وجاء
  فيها:``, an anonymous party leader relayed by the cable, ``المتحدث
  ذاته``; reactions today (no date): a professor (``الدكتور``), a former
  minister (``فرد … بالقول:``), a party official (party in marks, ``مضيفا أن
  "…"``), the embassy's refusal ``رفضت … "التعليق على …"``; the headline
  fragment ``"شريكا صعبا"``.
- Libya Al-Ahrar (Tripoli): a press conference on ``الثلاثاء 9 كانون
  الأول/ديسمبر 2025`` (dual month name) dating the commission chairman's
  quotes (lead ``أكد … أن المفوضية "…"``, ``موضحا:``); the commission's
  Facebook post ``أمس`` without a dated dateline; relayed attribution
  (``نقلت وكالة الأنباء الليبية (وال) عن مصدر في … قوله إن``), ``جاء على
  لسان``, a mayor (``عميد بلدية``) with ``«…»``, an analyst (``يرى … أن
  الانتخابات "…"``, ``وأضاف:``), the UN mission (``داعية … إلى "…"``, ``وأكدت
  البعثة أن``), an anonymous voter, a campaign name in marks, a statistic's
  fragment ``"أقل من المأمول"``.
- Sudan Tribune as scraped text: a dated dateline ``بورتسودان 4 ديسمبر 2025
  —`` fixing ``اليوم الخميس`` and ``امس``; the humanitarian commissioner at a
  press conference (no colon, ``واضافت "…"``), OCHA's statement ``امس
  الاربعاء`` with ``واضاف البيان ان``, the RSF statement (``اتهمت … الجيش
  بـ"…"``) and spokesman, a governor ``في اجتماع … امس`` with an unmarked
  quote after ``قائلا:``, a displaced woman (``"…"، تقول X، وهي نازحة …``,
  ``وتضيف``), MSF ``حذرت … من "…"`` and its coordinator (``ان فرقه "…"``).

Conventions as in articles_blind9 and articles_blind20: a relative date
(``أمس``) gets no date without a dated dateline; with one (Sudan Tribune)
``اليوم`` and ``امس`` are resolved; a date given for an event (a hearing, a
field visit, a press conference, a televised statement) dates its quotes and
the follow-ups of the same account, including people interviewed at it, but
not separate statements or reactions around it; a cable's quotes, and the
follow-ups of the same account, take the cable's date (month precision when
the article gives no day); reactions to the leaks get no date; a predicate
in marks after ``أن X`` belongs to the outer speaker; nominal objects after
``إلى``/``بـ``/``من`` (and the masdar object of ``رفضت``, ``ملتمسة``),
prepositional fragments, one- and two-word fragments, slogans, headlines and
a cable's subject line are optional; an unmarked quote after ``قائلا:`` is
scored without its final full stop; a question asked by a judge or a lawyer
is scored; names of parties, associations, companies, programmes,
campaigns, platforms, outlets and names of persons in marks are not
quotations; a document or statement the speaker issues (``البيان``,
``البرقية``) is an alias of its author; a role is the title chunk or the
apposition, whichever is fuller, without honorifics (``الدكتور``,
``اللواء``, ``المستشار``, ``الحاج``, ``الأستاذ``), which are not part of the
name; an anonymous source is named by its description; quotes in the scraped
texts are spelled as the scraped text spells them."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# --- Al-Masry Al-Youm cables -------------------------------------------------
_US_CAIRO = "السفارة الأمريكية بالقاهرة"
_US_CAIRO_ALIASES = ("البرقية", "السفارة")
_MERRIFIELD = "كاثرين ميرفيلد"
_MERRIFIELD_ROLE = "السفيرة الأمريكية"
_EG_OFFICIAL = "مسؤول رفيع في وزارة التضامن الاجتماعي"
_EG_DIPLOMAT = "دبلوماسي أمريكي"
_FIQI = "عادل حمدي الفقي"
_FIQI_ROLE = "أستاذ الاقتصاد بجامعة القاهرة"
_RADWAN = "سامح عبدالمجيد رضوان"
_RADWAN_ROLE = "مساعد وزير التموين الأسبق"
_RAGAB = "رجب عبدالتواب"
_RAGAB_ROLE = "بائع فول على ناصية الشارع"
# --- Al-Ahram -----------------------------------------------------------------
_SWEIFY = "هشام عبدالفتاح السويفي"
_SWEIFY_ROLE = "وزير الموارد المائية والري"
_SWEIFY_ALIASES = ("السويفي", "الوزير", "البيان")
_GENDY = "طارق منير الجندي"
_GENDY_ROLE = "المتحدث الرسمي باسم مجلس الوزراء"
_HEGAZY = "عمرو صلاح الدين حجازي"
_HEGAZY_ROLE = "محافظ المنوفية"
_MANSOUR = "عبدالستار منصور"
_ABDELRAOUF = "محمود عبدالرؤوف"
_ABDELRAOUF_ROLE = "مزارع شاب"
_SHAZLY = "حسام الدين فؤاد الشاذلي"
_SHAZLY_ROLE = "عضو لجنة الزراعة والري بمجلس النواب"
# --- Hespress trial -------------------------------------------------------------
_ZERHOUNI = "عبد الحق الزرهوني"
_ZERHOUNI_ROLE = "رئيس الهيئة"
_AITTALEB = "حميد أيت الطالب"
_AITTALEB_ROLE = 'رئيس ودادية "النخيل" السكنية'
_AITTALEB_ALIASES = ("أيت الطالب", "المتهم")
_BENAMAR = "ليلى بنعمر"
_BENAMAR_ROLE = "نائبة الوكيل العام للملك"
_KETTANI = "المهدي الكتاني"
_KETTANI_ROLE = "دفاع المطالبين بالحق المدني"
_OUALI = "فاطمة الزهراء أوعلي"
_OUALI_ROLE = "أرملة في الستينات من عمرها"
_HIHI = "عبد الرزاق الحيحي"
_HIHI_ROLE = "دفاع المتهم الرئيسي"
_PROMOTER = "المنعش العقاري"
_SERGHINI = "عبد الإله السرغيني"
_SERGHINI_ROLE = "عن تنسيقية ضحايا الودادية"
_INPPM = "الهيئة الوطنية لحماية المال العام بالمغرب"
_HEARING = "2025-12-11"
# --- El Khabar (scraped) ----------------------------------------------------------
_BOUALLAM = "محمد الصالح بوعلام"
_BOUALLAM_ROLE = "والي ولاية البويرة"
_HAMADOUCHE = "كمال حمادوش"
_HAMADOUCHE_ROLE = "مدير الموارد المائية للولاية"
_ADE_BOUIRA = 'وحده البويرة لمؤسسه "الجزائرية للمياه"'
_MEZIANE = "رشيد مزيان"
_MEZIANE_ROLE = "رئيس المجلس الشعبي البلدي للاخضريه"
_BOUSAAD = "الطاهر بوسعد"
_BOUSAAD_ROLE = "متقاعد يقطن بالحي منذ ثلاثين سنة"
_NEIGHBOUR = "اب لخمسة اطفال"
_CHERIFI = "نادية شريفي"
_CHERIFI_ROLE = "عضو المجلس الشعبي الولائي"
_VISIT = "2025-12-01"
# --- Echorouk cables ----------------------------------------------------------------
_US_ALGIERS = "السفارة الأمريكية بالجزائر"
_US_ALGIERS_ALIASES = ("البرقية", "السفارة", "واشنطن")
_CRAWFORD = "دانيال كروفورد"
_CRAWFORD_ROLE = "السفير الأمريكي"
_DZ_OFFICER = "مسؤول عسكري جزائري رفيع"
_DZ_LEADER = "رئيس حزب معارض"
_BOUDIAF = "رضا بوضياف"
_BOUDIAF_ROLE = "أستاذ العلاقات الدولية بجامعة الجزائر 3"
_SELLAOUI = "عبد المجيد سلاوي"
_SELLAOUI_ROLE = "الوزير الأسبق"
_BENCHEIKH = "مراد بن شيخ"
_BENCHEIKH_ROLE = 'القيادي في حزب "الفجر الجديد"'
# --- Libya Al-Ahrar -----------------------------------------------------------------
_SHARIF = "عماد مفتاح الشريف"
_SHARIF_ROLE = "رئيس المفوضية الوطنية العليا للانتخابات"
_HNEC = "المفوضية الوطنية العليا للانتخابات"
_LY_MOF_SOURCE = "مصدر في وزارة المالية بحكومة الوحدة الوطنية"
_BENNASR = "خالد الطاهر بن نصر"
_BENNASR_ROLE = "المتحدث باسم المجلس الرئاسي"
_KIKLI = "سالم عبد السلام الككلي"
_KIKLI_ROLE = "عميد بلدية سوق الجمعة"
_FITOURI = "مروان علي الفيتوري"
_FITOURI_ROLE = "المحلل السياسي"
_UNSMIL = "بعثة الأمم المتحدة للدعم في ليبيا"
_VOTER = "ناخبة من مدينة مصراتة"
_PRESSER = "2025-12-09"
# --- Sudan Tribune (scraped) ------------------------------------------------------------
_TAYEB = "منى عبد الرحيم الطيب"
_TAYEB_ROLE = "مفوضة العون الانساني"
_OCHA = "مكتب الامم المتحدة لتنسيق الشؤون الانسانية"
_RSF = "قوات الدعم السريع"
_MUKHAYER = "ابراهيم مخير عيسى"
_MUKHAYER_ROLE = "المتحدث باسم الدعم السريع"
_SULEIMAN = "الطيب ابكر سليمان"
_SULEIMAN_ROLE = "والي شمال دارفور المكلف"
_HAWA = "حواء اسحق"
_HAWA_ROLE = "نازحة من الفاشر وصلت الى طويلة الشهر الماضي"
_MSF = "منظمة اطباء بلا حدود"
_BELLINI = "ماركو بيلليني"
_BELLINI_ROLE = "منسق الطوارئ في المنظمة"

GOLD = {
    # --- F30: fresh-author held-out set, seven outlets --------------------------
    "f30_masryalyoum_cairo_cables": [
        # headline: nominal object after من
        q("غضب الرغيف", _US_CAIRO, aliases=_US_CAIRO_ALIASES, optional=True),
        # the lead sums up two years of cables: no date
        q(
            "صبر الشارع المصري على الأسعار ليس بلا حدود",
            _US_CAIRO,
            aliases=_US_CAIRO_ALIASES,
        ),
        q(
            "تحولت إلى برلمان الفقراء الحقيقي، يتحدث فيه الناس بما لا يقولونه في أي مكان آخر",
            _MERRIFIELD,
            _MERRIFIELD_ROLE,
            "2008-06-12",
            aliases=("ميرفيلد",),
        ),
        q(
            "الحكومة تدرك أن رغيف الخبز خط أحمر، لكنها لا تملك المال الكافي لحمايته طويلا",
            _MERRIFIELD,
            _MERRIFIELD_ROLE,
            "2008-06-12",
            aliases=("ميرفيلد",),
        ),
        q(
            "نحو ثلث الدقيق المدعم يتسرب إلى السوق السوداء قبل أن يصل إلى المخابز",
            _EG_OFFICIAL,
            None,
            "2008-06-12",
            aliases=("المسؤول",),
        ),
        q(
            "نحن نعرف أسماء المتورطين، لكن بعضهم أقوى من الوزير نفسه",
            _EG_OFFICIAL,
            None,
            "2008-06-12",
            aliases=("المسؤول",),
        ),
        # subject line
        q(
            "مصر: الإصلاح الاقتصادي في مواجهة الشارع",
            _US_CAIRO,
            None,
            "2009-03",
            aliases=_US_CAIRO_ALIASES,
            optional=True,
        ),
        q(
            "الإصلاحيين في الحكومة يخسرون المعركة أمام الحرس القديم داخل الحزب الحاكم",
            _US_CAIRO,
            None,
            "2009-03",
            aliases=_US_CAIRO_ALIASES,
        ),
        q(
            "يتحدثون عن السوق الحرة في المؤتمرات، ويطلبون الحماية في المكاتب المغلقة",
            _US_CAIRO,
            None,
            "2009-03",
            aliases=_US_CAIRO_ALIASES,
        ),
        q(
            "لا أحد هنا يتحدث عن السياسة علنا، لكن الجميع يتحدث عن الأسعار",
            _EG_DIPLOMAT,
            None,
            "2009-03",
        ),
        q(
            "البرقيات تكشف أن الأمريكيين قرأوا المشهد أفضل مما قرأته الحكومة نفسها",
            _FIQI,
            _FIQI_ROLE,
            aliases=("الفقي",),
        ),
        q(
            "الدعم كان ولا يزال ملفا أمنيا قبل أن يكون ملفا اقتصاديا، وهذا ما فهمته السفارة مبكرا",
            _FIQI,
            _FIQI_ROLE,
            aliases=("الفقي",),
        ),
        # unmarked, after قائلا:
        q(
            "ما يكتبه دبلوماسي في مكتبه لا يعبر عن الواقع، والدولة لم تتخل يوما عن رغيف الخبز",
            _RADWAN,
            _RADWAN_ROLE,
            aliases=("رضوان",),
        ),
        q(
            "رقم مبالغ فيه لم يصدر عن أي جهة رقابية",
            _RADWAN,
            _RADWAN_ROLE,
            aliases=("رضوان",),
        ),
        q(
            "الطابور زي ما هو، من ٢٠٠٨ لحد النهارده، بس الرغيف صغر",
            _RAGAB,
            _RAGAB_ROLE,
        ),
        q("الأمريكان عرفوا إيه؟ ما احنا عارفين من زمان", _RAGAB, _RAGAB_ROLE),
        q("أغلقت أبواب التسرب", "وزارة التموين"),
    ],
    "f30_ahram_irrigation_tv_statement": [
        q(
            "الدولة لن تترك أي مزارع متضرر دون تعويض، وقد بدأنا بالفعل حصر الأراضي المتضررة "
            "بالتنسيق مع المحافظين ووزارة الزراعة",
            _SWEIFY,
            _SWEIFY_ROLE,
            "2025-12-13",
            aliases=_SWEIFY_ALIASES,
        ),
        q(
            "نتيجة مباشرة للإدارة الأحادية غير المنضبطة للسد الإثيوبي، التي تسببت في تدفق "
            "كميات كبيرة من المياه دون إخطار مسبق",
            _SWEIFY,
            _SWEIFY_ROLE,
            "2025-12-13",
            aliases=_SWEIFY_ALIASES,
        ),
        q(
            "لقد أبلغنا الجانب الإثيوبي مرارا بضرورة تبادل البيانات الخاصة بالتشغيل، لكننا لم "
            "نتلق أي رد حتى الآن",
            _SWEIFY,
            _SWEIFY_ROLE,
            "2025-12-13",
            aliases=_SWEIFY_ALIASES,
        ),
        q(
            "تحتفظ بحقها في اتخاذ كل ما تراه مناسبا لحماية أمنها المائي وفقا للقانون الدولي",
            _SWEIFY,
            _SWEIFY_ROLE,
            "2025-12-13",
            aliases=_SWEIFY_ALIASES,
        ),
        # وأوضح البيان: the statement the minister read out
        q(
            "رفعت حالة الطوارئ القصوى في جميع الإدارات العامة للري بمحافظات الدلتا، وتعمل غرفة "
            "العمليات المركزية على مدار الساعة",
            _SWEIFY,
            _SWEIFY_ROLE,
            "2025-12-13",
            aliases=_SWEIFY_ALIASES,
        ),
        q(
            "ليست أراضي زراعية بالمعنى القانوني، وزراعتها تتم على مسؤولية واضعي اليد",
            _SWEIFY,
            _SWEIFY_ROLE,
            "2025-12-13",
            aliases=_SWEIFY_ALIASES,
        ),
        # prepositional fragment
        q(
            "من منظور إنساني قبل أي اعتبار آخر",
            _SWEIFY,
            _SWEIFY_ROLE,
            "2025-12-13",
            aliases=_SWEIFY_ALIASES,
            optional=True,
        ),
        # أمس without a dated dateline
        q(
            "وجه بصرف دفعة أولى من التعويضات خلال أسبوعين على الأكثر",
            _GENDY,
            _GENDY_ROLE,
        ),
        q(
            "المياه غمرت نحو ٨٠٠ فدان في قرى مركز أشمون، ولم تسجل أي خسائر في الأرواح",
            _HEGAZY,
            _HEGAZY_ROLE,
            aliases=("المحافظ",),
        ),
        q(
            "فرق الوحدات المحلية تعمل منذ الفجر على رفع المياه من الشوارع وتوزيع المساعدات على "
            "الأسر المتضررة",
            _HEGAZY,
            _HEGAZY_ROLE,
            aliases=("المحافظ",),
        ),
        q("الأرض كلها راحت، البرسيم والدرة، واحنا مستنيين التعويض من شهرين", _MANSOUR),
        q(
            "الكلام كتير والفلوس لسه ما وصلتش، احنا عايزين نزرع تاني قبل ما الموسم يفوت",
            _ABDELRAOUF,
            _ABDELRAOUF_ROLE,
        ),
        q(
            "محاسبة المسؤولين عن تأخر فتح مفيض توشكى",
            _SHAZLY,
            _SHAZLY_ROLE,
            optional=True,
        ),
        q(
            "الحكومة كانت تعلم بارتفاع المنسوب منذ أغسطس الماضي، ولم تتحرك إلا بعد أن غرقت الأراضي",
            _SHAZLY,
            _SHAZLY_ROLE,
        ),
    ],
    "f30_hespress_marrakech_housing_trial": [
        # the presiding judge's question
        q(
            "هل كنت تعلم أن البقع الأرضية غير محفظة حين تسلمت التسبيقات من المنخرطين؟",
            _ZERHOUNI,
            _ZERHOUNI_ROLE,
            _HEARING,
            aliases=("القاضي",),
        ),
        q(
            "كنت أعلم، لكن الجماعة وعدتنا بتسوية الوضعية العقارية في أجل لا يتعدى ستة أشهر، "
            "وأنا صدقت الوعد",
            _AITTALEB,
            _AITTALEB_ROLE,
            _HEARING,
            aliases=_AITTALEB_ALIASES,
        ),
        q(
            "لم آخذ درهما واحدا لنفسي، وكل المبالغ مودعة في حساب الودادية، والوثائق موجودة في "
            "الملف",
            _AITTALEB,
            _AITTALEB_ROLE,
            _HEARING,
            aliases=_AITTALEB_ALIASES,
        ),
        q(
            "الأموال التي جمعت من أزيد من 300 منخرط لم يظهر لها أثر في الحساب البنكي للودادية "
            "إلا بنسبة لا تتجاوز الثلث",
            _BENAMAR,
            _BENAMAR_ROLE,
            _HEARING,
            aliases=("بنعمر",),
        ),
        q(
            "المتهمون استغلوا حاجة أسر بسيطة إلى السكن، ونسجوا شبكة من الوعود الكاذبة على مدى "
            "سنوات",
            _BENAMAR,
            _BENAMAR_ROLE,
            _HEARING,
            aliases=("بنعمر",),
        ),
        # nominal object of ملتمسة
        q(
            "أقصى العقوبات المنصوص عليها قانونا",
            _BENAMAR,
            _BENAMAR_ROLE,
            _HEARING,
            aliases=("بنعمر",),
            optional=True,
        ),
        q(
            "موكلي باعوا حليهم وأراضيهم في البادية من أجل بقعة، وبعد عشر سنوات لا يملكون سوى "
            "وصولات لا قيمة لها",
            _KETTANI,
            _KETTANI_ROLE,
            _HEARING,
        ),
        q(
            "دفعت 12 مليون سنتيم، كل ما تركه لي زوجي رحمه الله، وأريد فقط أن أسترجع مالي",
            _OUALI,
            _OUALI_ROLE,
            _HEARING,
        ),
        q(
            "ضحية بدوره لتماطل الإدارة، والملف في جوهره نزاع مدني لا مكان له أمام غرفة الجنايات",
            _HIHI,
            _HIHI_ROLE,
            _HEARING,
            aliases=("الحيحي",),
        ),
        q(
            "لماذا لم يتابع المسؤولون الجماعيون الذين وقعوا على التصاميم وسلموا الرخص ثم تراجعوا "
            "عنها؟",
            _HIHI,
            _HIHI_ROLE,
            _HEARING,
            aliases=("الحيحي",),
        ),
        q(
            "لا علاقة لي بالودادية، كنت مجرد مقاول نفذ ما طلب منه",
            _PROMOTER,
            None,
            _HEARING,
        ),
        # interviewed on the sidelines of the hearing
        q(
            "نحن لا نريد أن يدخل أحد السجن، نريد أموالنا أو بقعنا، هذا كل شيء",
            _SERGHINI,
            _SERGHINI_ROLE,
            _HEARING,
        ),
        q(
            "ملف الوداديات بمراكش يكشف حجم التواطؤ بين بعض المنعشين وبعض المنتخبين",
            _INPPM,
        ),
        q("فتح تحقيق شامل في كل الوداديات السكنية بالجهة", _INPPM, optional=True),
    ],
    "f30_elkhabar_bouira_water_scraped": [
        q(
            "لا اريد ان اسمع عن مشاريع متوقفه بسبب اجراءات اداريه، المواطن ينتظر الماء في حنفيته "
            "لا في الوعود",
            _BOUALLAM,
            _BOUALLAM_ROLE,
            _VISIT,
            aliases=("الوالي",),
        ),
        q(
            "سيتم استلام محطه الضخ بسد تيلسديت قبل نهاية شهر جانفي، ومن يتاخر سيتحمل مسؤوليته "
            "كاملة",
            _BOUALLAM,
            _BOUALLAM_ROLE,
            _VISIT,
            aliases=("الوالي",),
        ),
        q(
            "نسبه امتلاء السدود لا تتجاوز 32 بالمائة، وهو ادنى مستوى نسجله منذ عشر سنوات",
            _HAMADOUCHE,
            _HAMADOUCHE_ROLE,
            _VISIT,
            aliases=("حمادوش",),
        ),
        q(
            "برمجنا توزيع الماء بنظام المناوبه يوما بيوم في 14 بلدية الى غايه تحسن الوضع",
            _HAMADOUCHE,
            _HAMADOUCHE_ROLE,
            _VISIT,
            aliases=("حمادوش",),
        ),
        q(
            "الاعتداءات المتكرره على القنوات الرئيسيه والربط العشوائي",
            _ADE_BOUIRA,
            aliases=("البيان",),
            optional=True,
        ),
        q(
            "فرق التدخل تعمل على مدار الساعه لاصلاح الاعطاب في اقرب الاجال",
            _ADE_BOUIRA,
            aliases=("البيان",),
        ),
        q(
            "البلدية لا تملك الامكانيات لحفر ابار جديدة، وميزانيتها بالكاد تغطي اجور العمال",
            _MEZIANE,
            _MEZIANE_ROLE,
        ),
        # slogan
        q("الماء حق وليس امتيازا", "السكان", optional=True),
        # the quote before its speaker
        q(
            "نشتري صهريج الماء بـ1500 دينار كل اسبوع، ومنذ الصيف لم تصل قطره من الحنفية",
            _BOUSAAD,
            _BOUSAAD_ROLE,
        ),
        q(
            "الاطفال يذهبون الى المدرسة دون ان يغتسلوا، وهذا عيب في بلد مثل الجزائر",
            _NEIGHBOUR,
            aliases=("جاره",),
        ),
        q("نتيجة سوء تسيير وليس نقص امطار فقط", _CHERIFI, _CHERIFI_ROLE, aliases=("شريفي",)),
        q(
            "متوقف منذ ثلاث سنوات دون اي مبرر مقنع",
            _CHERIFI,
            _CHERIFI_ROLE,
            aliases=("شريفي",),
        ),
        q(
            "طرحنا الملف في دورتين متتاليتين للمجلس ولم نتلق الى اليوم اي رد مكتوب من المصالح "
            "المعنية",
            _CHERIFI,
            _CHERIFI_ROLE,
            aliases=("شريفي",),
        ),
        # في ختام زيارته
        q(
            "الاولويه المطلقة هذا الشتاء هي الماء، قبل الطرقات وقبل اي مشروع اخر",
            _BOUALLAM,
            _BOUALLAM_ROLE,
            _VISIT,
            aliases=("الوالي",),
        ),
    ],
    "f30_echorouk_algiers_cables": [
        # headline fragment
        q("شريكا صعبا", _US_ALGIERS, aliases=_US_ALGIERS_ALIASES, optional=True),
        # subject line
        q(
            "الجزائر: شريك صعب لكنه لا غنى عنه",
            _US_ALGIERS,
            None,
            "2008-07-17",
            aliases=_US_ALGIERS_ALIASES,
            optional=True,
        ),
        q(
            "الجزائريين يتعاونون في الملف الأمني بقدر ما يخدم مصالحهم، ولا يقبلون أن يملي عليهم "
            "أحد شروطه",
            _CRAWFORD,
            _CRAWFORD_ROLE,
            "2008-07-17",
            aliases=("كروفورد", "السفير"),
        ),
        q(
            "تبقى صاحبة الكلمة الأخيرة في كل القرارات الكبرى، مهما كانت الواجهة المدنية",
            _CRAWFORD,
            _CRAWFORD_ROLE,
            "2008-07-17",
            aliases=("كروفورد", "السفير"),
        ),
        q(
            "لن نسمح بوجود قواعد أجنبية على أرضنا، هذا خط أحمر لا نقاش فيه",
            _DZ_OFFICER,
            None,
            "2008-07-17",
            aliases=("المسؤول ذاته",),
        ),
        q(
            "نحن نحارب الإرهاب منذ التسعينيات وحدنا، ولم ننتظر أحدا",
            _DZ_OFFICER,
            None,
            "2008-07-17",
            aliases=("المسؤول ذاته",),
        ),
        # nominal object after بـ
        q(
            "التمرين الشكلي",
            _US_ALGIERS,
            None,
            "2009-02",
            aliases=_US_ALGIERS_ALIASES,
            optional=True,
        ),
        q(
            "الانتخابات الرئاسية محسومة مسبقا، والرهان الوحيد بالنسبة للسلطة هو نسبة المشاركة",
            _US_ALGIERS,
            None,
            "2009-02",
            aliases=_US_ALGIERS_ALIASES,
        ),
        q(
            "الشباب فقدوا الثقة في الصناديق وفي الأحزاب معا",
            _DZ_LEADER,
            None,
            "2009-02",
            aliases=("المتحدث ذاته",),
        ),
        q(
            "حتى نحن في المعارضة لم نعد نعرف ماذا نقول لهم",
            _DZ_LEADER,
            None,
            "2009-02",
            aliases=("المتحدث ذاته",),
        ),
        q(
            "البطالة في أوساط الشباب والسكن هما الملفان القادران على تحريك الشارع أكثر من أي "
            "خطاب سياسي",
            _US_ALGIERS,
            None,
            "2009-02",
            aliases=_US_ALGIERS_ALIASES,
        ),
        q(
            "هذه الوثائق تؤكد أن واشنطن كانت تنظر إلى الجزائر بعين أمنية بحتة، ولم تكن تهمها "
            "الديمقراطية إلا بقدر ما تخدم الاستقرار",
            _BOUDIAF,
            _BOUDIAF_ROLE,
            aliases=("بوضياف",),
        ),
        q(
            "الأمريكيون لم يفهموا يوما خصوصية العقيدة الدفاعية الجزائرية القائمة على عدم التدخل",
            _BOUDIAF,
            _BOUDIAF_ROLE,
            aliases=("بوضياف",),
        ),
        q(
            "لا قيمة لما يكتبه موظف في سفارة عن بلد لا يعرفه، والتاريخ حكم على تلك المرحلة بما "
            "لها وما عليها",
            _SELLAOUI,
            _SELLAOUI_ROLE,
        ),
        q("لا يخلو من حسابات سياسية", _BENCHEIKH, _BENCHEIKH_ROLE),
        q(
            "على السلطات أن ترد رسميا بدل ترك الساحة للتأويلات",
            _BENCHEIKH,
            _BENCHEIKH_ROLE,
        ),
        # masdar object of رفضت, a reaction today
        q(
            "التعليق على وثائق يفترض أنها مسربة",
            _US_ALGIERS,
            aliases=_US_ALGIERS_ALIASES,
            optional=True,
        ),
    ],
    "f30_libyaahrar_municipal_elections": [
        q(
            "جاهزة فنيا لإجراء المرحلة الثالثة من الانتخابات البلدية",
            _SHARIF,
            _SHARIF_ROLE,
            _PRESSER,
            aliases=("الشريف",),
        ),
        q(
            "لن نعلن موعدا لا نستطيع الوفاء به، فمصداقية المفوضية أهم من أي جدول زمني",
            _SHARIF,
            _SHARIF_ROLE,
            _PRESSER,
            aliases=("الشريف",),
        ),
        q(
            "أنهينا تحديث سجل الناخبين في أغلبها، وننتظر فقط الإفراج عن المخصصات",
            _SHARIF,
            _SHARIF_ROLE,
            _PRESSER,
            aliases=("الشريف",),
        ),
        # أمس without a dated dateline
        q(
            "نسبة المشاركة في المرحلة الثانية بلغت 71 بالمئة من المسجلين، وهي الأعلى منذ انطلاق "
            "الاستحقاق البلدي في شباط/فبراير الماضي",
            _HNEC,
            aliases=("المفوضية",),
        ),
        q(
            "مخصصات المفوضية أحيلت إلى مصرف ليبيا المركزي منذ أسبوعين، والتأخير ليس من جهة الوزارة",
            _LY_MOF_SOURCE,
        ),
        q(
            "يدعم استكمال الاستحقاق البلدي في كل المدن دون استثناء، بما فيها المدن الواقعة خارج "
            "سيطرة الحكومة",
            _BENNASR,
            _BENNASR_ROLE,
        ),
        q(
            "البلديات بلا مجالس منتخبة منذ سنوات في بعض المناطق، والمواطن هو من يدفع الثمن في "
            "الخدمات والنظافة والطرق",
            _KIKLI,
            _KIKLI_ROLE,
        ),
        q(
            "صارت الاختبار الوحيد المتاح لقياس إرادة الليبيين",
            _FITOURI,
            _FITOURI_ROLE,
        ),
        q(
            "نجاحها يحرج كل من يعطلون الانتخابات الرئاسية والبرلمانية منذ كانون الأول/ديسمبر 2021",
            _FITOURI,
            _FITOURI_ROLE,
        ),
        q(
            "تسهيل عمل المفوضية دون أي تدخل",
            _UNSMIL,
            aliases=("البعثة",),
            optional=True,
        ),
        q(
            "الانتخابات البلدية أثبتت قدرة الليبيين على إدارة استحقاقات سلمية متى توفرت الإرادة "
            "السياسية",
            _UNSMIL,
            aliases=("البعثة",),
        ),
        q(
            "صوتنا لأن البلدية هي الشيء الوحيد القريب منا، أما الحكومات فلا نراها إلا في التلفزيون",
            _VOTER,
        ),
        # a statistic's fragment
        q("أقل من المأمول", _HNEC, aliases=("المفوضية",), optional=True),
    ],
    "f30_sudantribune_tawila_scraped": [
        q(
            "الحكومة قررت تمديد فتح معبر ادري لثلاثه اشهر اضافيه لتسهيل دخول المساعدات الى كل "
            "المتضررين",
            _TAYEB,
            _TAYEB_ROLE,
            "2025-12-04",
        ),
        q(
            "لكننا لن نقبل ان تستخدم القوافل الانسانية غطاء لتهريب السلاح والوقود الى الميليشيا",
            _TAYEB,
            _TAYEB_ROLE,
            "2025-12-04",
        ),
        q(
            "اكثر من 400 الف نازح وصلوا الى طويلة منذ سقوط الفاشر، معظمهم من النساء والاطفال",
            _OCHA,
            None,
            "2025-12-03",
            aliases=("اوتشا", "البيان"),
        ),
        q(
            "الشركاء الانسانيين لا يملكون سوى ربع التمويل المطلوب للاستجابة حتى نهاية العام",
            _OCHA,
            None,
            "2025-12-03",
            aliases=("اوتشا", "البيان"),
        ),
        q(
            "عرقلة وصول الاغاثة الى المناطق الخاضعة لسيطرتها",
            _RSF,
            optional=True,
        ),
        q(
            "ابوابنا مفتوحه امام المنظمات الدولية، ومن يمنع الغذاء هو من يقصف الاسواق بالطيران",
            _MUKHAYER,
            _MUKHAYER_ROLE,
            "2025-12-03",
        ),
        q(
            "الوضع في طويلة يفوق طاقه اي جهة منفرده، ونحتاج الى جسر جوي عاجل",
            _SULEIMAN,
            _SULEIMAN_ROLE,
            "2025-12-03",
            aliases=("الوالي",),
        ),
        # unmarked, after قائلا:
        q(
            "العالم تاخر كثيرا، وكل يوم تاخير يعني مزيدا من الموتى",
            _SULEIMAN,
            _SULEIMAN_ROLE,
            "2025-12-03",
            aliases=("الوالي",),
        ),
        q(
            "مشينا خمسه ايام على الارجل، ودفنا اثنين من اطفالنا في الطريق",
            _HAWA,
            _HAWA_ROLE,
        ),
        q("هنا على الاقل لا يوجد قصف، لكن لا يوجد طعام ايضا", _HAWA, _HAWA_ROLE),
        q(
            "انفجار وبائي وشيك مع انتشار الكوليرا في المخيمات",
            _MSF,
            aliases=("المنظمة",),
            optional=True,
        ),
        q(
            "تستقبل يوميا عشرات الاطفال في حاله سوء تغذية حاد، والمخزون الطبي يكفي لاسبوعين فقط",
            _BELLINI,
            _BELLINI_ROLE,
        ),
    ],
}

BATCHES = {
    "F30": [
        "f30_masryalyoum_cairo_cables",
        "f30_ahram_irrigation_tv_statement",
        "f30_hespress_marrakech_housing_trial",
        "f30_elkhabar_bouira_water_scraped",
        "f30_echorouk_algiers_cables",
        "f30_libyaahrar_municipal_elections",
        "f30_sudantribune_tawila_scraped",
    ],
}

BLIND_ARTICLES_35 = {name: (_read(name), gold) for name, gold in GOLD.items()}
