"""Fresh-author held-out set F29: seven articles in the styles of pan-Arab
outlets and wires (Al-Jazeera Net, Al-Arabiya Net, Sky News Arabia, BBC
Arabic, France 24 Arabic, RT Arabic, DW Arabic; three on WikiLeaks-style
cables, two as scraped web text without hamzas on alef, with ``ه`` for a
final ``ة`` in places and no paragraph breaks), written as a journalist
would and annotated by hand, with the gold below committed before the
engine was run on any of them (format of ../shared/gold; offsets computed
by ``articles.gold_with_offsets``). All persons quoted are invented; the
cable references are plausible but made up.

- Al-Jazeera Net cables (Algeria): ``الجزائر- الجزيرة نت`` without a date,
  08ALGIERS1187 of ``17 ديسمبر/كانون الأول 2008``, 09ALGIERS402 of
  ``أبريل/نيسان 2009`` (month precision) with ``وصفت الاقتراع بأنه "…"``
  and ``نسبت إلى X قوله إن``, a third cable of ``3 فبراير/شباط 2010``
  relaying a businessman and its chargé d'affaires (``بالقول إن``), a
  headline fragment, ``ما سمته "…"``, subheadings in marks, a professor
  with ``الدكتور`` after his title, a party with its acronym ``"حمس"`` in
  marks and ``داعية إلى "…"``, an anonymous ministry source; reactions
  undated.
- Al-Arabiya Net press conference (Baghdad): ``بغداد - العربية.نت``, a
  minister's conference dated ``الاثنين 12 مايو 2025``, questions by
  reporters (``سأله مراسل "العربية" … قائلا: "…؟"``, ``وسألت صحافية``,
  a named agency reporter with ``فسأل:``) and the answers (``أجاب الوزير:``,
  ``فرد الساعدي بالقول:``, ``ثم تابع وهو يشير …:``, ``وجاء رد الوزير
  مقتضبا:``), a company, a project and the outlet in marks, a one-word
  headline fragment, an expert's reaction, a committee's ``بيان`` with
  ``طالبت … بـ"…"`` and ``وقال البيان إن``.
- Sky News Arabia wire story (El Fasher): ``«…»`` marks, ``الأحد`` without
  a dated dateline, relayed sources (``نقلت وكالة رويترز عن مصدر عسكري``,
  ``أفاد شهود عيان لوكالة فرانس برس بأن``, a medical source to AP with
  ``مضيفا:``, ``نقلت وكالة السودان للأنباء (سونا) عن والي …``), an
  adviser's post on ``«إكس»``, an operation name in marks, ``بحسب … فإن``,
  the UN's two-word ``«قلقها البالغ»``, an OCHA spokesman, an NGO report
  dated ``28 فبراير 2025``, an analyst with ``رأى … أن`` and ``وتابع:``.
- BBC Arabic feature (Al Haouz, Morocco): long narrative, ordinary people
  with ``"…"، تقول X، وهي …``, ``وتضيف:``, ``يقول:`` after the description,
  ``ثم يضحك:``, a teacher with ``تقول إن التلاميذ "…"`` and ``وتتابع``, a
  boy's answer with ``فيجيب:``, an anonymous official of the province, an
  association in marks with a report of ``الشهر الماضي``, its president
  with ``ويوضح:``, a programme in marks, a closing quote followed by a
  second bare quote, the event date (``8 سبتمبر/أيلول 2023``) that dates
  nothing said; the headline repeats the closing quote.
- France 24 Arabic cables as scraped text (Morocco): ``«…»`` marks, one
  line, 08RABAT614 of ``2 يوليو/تموز 2008``, 09RABAT733 of
  ``سبتمبر/أيلول 2009`` with its subject line, an anonymous businessman,
  official and activist relayed by the cables, a professor and an unmarked
  quote after ``وتابع قائلا:``, the government spokesman relayed by
  ``«هسبريس»`` on ``الخميس 14 غشت 2025`` (Moroccan month name), an
  observatory's ``بلاغ`` with ``دعا … إلى «…»`` and ``وأكد البلاغ أن``.
- RT Arabic as scraped text (Moscow): ``“…”`` marks, one line, ``اليوم
  الثلاثاء`` without a dated dateline, a deputy minister with ``أكد … أن``,
  ``وشدد الدبلوماسي الروسي على أن``, ``لفت … إلى أن``, a ministry's
  statement, a spokeswoman's earlier statement dated in Arabic-Indic
  digits (``٢٢ كانون الثاني/يناير ٢٠٢٥``) with ``ترفض “سياسة
  الإملاءات”``, an MP's four-word predicate, an analyst, ``“RT عربية”``
  and ``“نوفوستي”`` in marks, a headline fragment.
- DW Arabic cables (Egypt): 09CAIRO1847 dated ``السادس من أكتوبر/ تشرين
  الأول 2009`` (day in words), the ambassador with ``كتبت … :`` and
  ``وتابعت السفيرة:``, an anonymous party official relayed by the cable,
  10CAIRO215 of ``فبراير/ شباط 2010`` with its subject line, an activist of
  a movement in marks, the cable as speaker (``وتضيف البرقية في
  تقييمها:``), a researcher with ``يقول … في حديث مع DW عربية:`` and
  ``ويضيف``, a German MP of ``"الخضر"``, an anonymous Egyptian diplomat
  with ``مكتفيا بالقول``; reactions undated; headline and subheading
  fragments.

Conventions as in articles_blind9 and articles_blind20: a relative date
(``أمس``, ``اليوم``, ``الأحد``, ``الشهر الماضي``) gets no date without a
dated dateline; a date given for an event (the press conference) dates
its quotes, the reporters' questions and the follow-ups of the same
account, not the reactions around it (the expert, the committee); a date
of a past event (the earthquake) dates nothing said today; a statement
given its own date (the NGO report, the spokeswoman, the spokesman's
briefing) takes it; a cable's quotes, and the follow-ups of the same
account, take the cable's date (month precision when the article gives no
day); reactions to the leaks get no date; a predicate in marks after ``أن
X`` belongs to the outer speaker; a question asked by a reporter is
scored; nominal objects after ``إلى``/``بـ``/``من``/``عن`` and after
``بأنه``, one- and two-word fragments, headlines and subheadings, and a
cable's subject line are optional; an unmarked quote after ``قائلا:`` is
scored without its final full stop; names of parties, associations,
movements, companies, projects, programmes, operations, platforms,
outlets and one-word labels in marks are not quotations; a role is the
title chunk or the apposition, whichever is fuller, without honorifics
(``الدكتور``), which are not part of the name; an anonymous source is
named by its description; a document (a cable, a statement) is named as
its issuer or as the article names it."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_AMB = "دانيال ويلكنسون"
_AMB_R = "السفير الأميركي"
_C2 = "البرقية الثانية"
_BOU = "رضوان بوهيدل"
_BOU_R = "أستاذ العلوم السياسية بجامعة الجزائر 3"
_SAA = "عادل كريم الساعدي"
_SAA_R = "وزير الكهرباء العراقي"
_COM = "لجنة الطاقة النيابية"
_MIL = "مصدر عسكري في الجيش السوداني"
_BAB = "الطاهر عثمان بابكر"
_BAB_R = "المحلل السياسي السوداني"
_FAT = "فاطمة أيت علي"
_FAT_R = "أم لأربعة أطفال"
_HUS = "الحسين أوبلا"
_HUS_R = "صاحب دكان صغير في وسط الدوار"
_KHA = "خديجة بنعمر"
_KHA_R = "المعلمة"
_HAOUZ = "مسؤول في عمالة الحوز"
_US_RABAT = "السفاره الامريكيه في الرباط"
_HAR = "ستيفن هاردينغ"
_HAR_R = "السفير الامريكي"
_BEL = "عمر بلمختار"
_BEL_R = "استاذ الاقتصاد بجامعة محمد الخامس بالرباط"
_OBS = "المرصد المغربي للشفافية"
_VOL = "اندريه فولكوف"
_VOL_R = "نائب وزير الخارجية الروسي"
_ZAR = "عبد الحكيم الزروق"
_ZAR_R = "وزير الخارجية في حكومه الوحدة الوطنيه الليبيه"
_KUZ = "يلينا كوزنيتسوفا"
_KUZ_R = "المتحدثة باسم الخارجية الروسيه"
_SHA = "فرج الشلوي"
_SHA_R = "عضو مجلس النواب الليبي"
_MCK = "جوديث ماكنزي"
_MCK_R = "السفيرة الأمريكية"
_ACT = 'ناشط شاب من حركة "6 أبريل"'
_ABD = "حازم عبد الرؤوف"
_ABD_R = "الباحث المصري المقيم في برلين"

GOLD = {
    # --- F29: fresh-author held-out set, seven pan-Arab outlets ----------------
    "f29_aljazeera_algeria_cables": [
        q("صندوقا أسود", "واشنطن", optional=True),
        q("الصراع الصامت", "السفارة الأميركية في الجزائر", optional=True),
        q(
            "لا أحد في الجزائر يعرف من يحكم فعلا، حتى الوزراء أنفسهم",
            _AMB,
            _AMB_R,
            "2008-12-17",
            aliases=("ويلكنسون", "السفير"),
        ),
        q(
            "الرئاسة والمؤسسة العسكرية تتقاسمان القرار، لكن لا أحد منهما يملك الكلمة الأخيرة",
            _AMB,
            _AMB_R,
            "2008-12-17",
            aliases=("ويلكنسون", "السفير"),
        ),
        q(
            "الرئيس يريد أن يبقى في الحكم حتى النهاية، والجيش يريد أن يختار من يأتي بعده",
            "وزير جزائري سابق",
            None,
            "2008-12-17",
        ),
        q("محسومة", _C2, None, "2009-04", aliases=("البرقية",), optional=True),
        q("مسرحية محسومة النتائج", _C2, None, "2009-04", aliases=("البرقية",), optional=True),
        q(
            "نسبة المشاركة الحقيقية لم تتجاوز في أحسن الأحوال 30%",
            "دبلوماسي أوروبي معتمد في الجزائر",
            None,
            "2009-04",
        ),
        q(
            "المعارضة ضعيفة ومشتتة، والشارع غير مبال، وهذا ما يمنح النظام وقتا إضافيا",
            _C2,
            None,
            "2009-04",
            aliases=("البرقية",),
        ),
        q(
            "المال صار أقوى من البندقية في هذا البلد، ومن يملك الموانئ يملك نصف القرار",
            "رجل أعمال مقرب من دوائر القرار",
            None,
            "2010-02-03",
        ),
        q(
            "هذه الشبكات ستلعب دورا حاسما في أي مرحلة انتقالية",
            "إليزابيث موريس",
            "القائمة بالأعمال في السفارة",
            "2010-02-03",
            aliases=("موريس",),
        ),
        q("ما كان يقال همسا", _BOU, _BOU_R, aliases=("بوهيدل",), optional=True),
        q("تؤكد ما كان يقال همسا في الصالونات السياسية", _BOU, _BOU_R, aliases=("بوهيدل",)),
        q(
            (
                "الجديد هو أن الأميركيين كانوا يعرفون كل التفاصيل، ومع ذلك تعاملوا مع النظام "
                "كشريك موثوق في مكافحة الإرهاب"
            ),
            _BOU,
            _BOU_R,
            aliases=("بوهيدل",),
        ),
        q(
            "دليل إضافي على أن القرار الوطني كان رهينة التوازنات الخارجية",
            "حركة مجتمع السلم",
            aliases=("حمس",),
        ),
        q(
            "فتح نقاش وطني صريح حول مرحلة العشريتين الأخيرتين",
            "حركة مجتمع السلم",
            aliases=("حمس",),
            optional=True,
        ),
        q("الجزائر لا تعلق على وثائق مسروقة لا يمكن التحقق من صحتها", "مصدر في وزارة الخارجية"),
    ],
    "f29_alarabiya_iraq_electricity_presser": [
        q("الانهيار", _SAA, _SAA_R, aliases=("الساعدي", "الوزير"), optional=True),
        q(
            "الصيف المقبل سيكون صعبا، لكننا لن نصل إلى الانهيار الذي شهدناه العام الماضي",
            _SAA,
            _SAA_R,
            "2025-05-12",
            aliases=("الساعدي", "الوزير"),
        ),
        q(
            "الإنتاج الحالي يبلغ 27 ألف ميغاواط، والحاجة الفعلية في ذروة تموز تتجاوز 48 ألفا",
            _SAA,
            _SAA_R,
            "2025-05-12",
            aliases=("الساعدي", "الوزير"),
        ),
        q(
            (
                "الغاز الإيراني يغطي نحو ثلث حاجة المحطات، وأي توقف فيه يعني خسارة 8 آلاف "
                "ميغاواط فورا"
            ),
            _SAA,
            _SAA_R,
            "2025-05-12",
            aliases=("الساعدي", "الوزير"),
        ),
        q(
            "هل لدى الحكومة خطة بديلة إذا لم تجدد واشنطن الإعفاء؟",
            'مراسل "العربية"',
            None,
            "2025-05-12",
        ),
        q(
            "لدينا خطة، ولن أدخل في تفاصيلها الآن، لكن العراقيين لن يتركوا في الظلام",
            _SAA,
            _SAA_R,
            "2025-05-12",
            aliases=("الساعدي", "الوزير"),
        ),
        q(
            "لماذا يدفع المواطن فاتورتين، واحدة للحكومة وأخرى لصاحب المولدة؟",
            "صحافية من قناة محلية",
            None,
            "2025-05-12",
        ),
        q(
            "هذا سؤال مشروع، والجواب أن الشبكة الوطنية لم تحصل على استثمار حقيقي منذ عشرين عاما",
            _SAA,
            _SAA_R,
            "2025-05-12",
            aliases=("الساعدي", "الوزير"),
        ),
        q(
            (
                "هنا، في البصرة وذي قار، تبلغ الحرارة 52 درجة، ولا يمكن أن نطلب من الناس الصبر "
                "بلا كهرباء"
            ),
            _SAA,
            _SAA_R,
            "2025-05-12",
            aliases=("الساعدي", "الوزير"),
        ),
        q(
            "متى تدخل المرحلة الأولى من مشروع الربط الخليجي الخدمة فعلا؟",
            "علي حسين الدليمي",
            "مراسل وكالة الأنباء العراقية (واع)",
            "2025-05-12",
        ),
        q(
            "قبل نهاية حزيران، بطاقة 500 ميغاواط في مرحلتها الأولى",
            _SAA,
            _SAA_R,
            "2025-05-12",
            aliases=("الساعدي", "الوزير"),
        ),
        q(
            "الأرقام نفسها كل عام",
            "سعد جبار الحلفي",
            "الخبير في شؤون الطاقة",
            aliases=("الحلفي",),
            optional=True,
        ),
        q(
            "الوزير يكرر الأرقام نفسها كل عام، والمشكلة في الهدر والفساد لا في الإنتاج",
            "سعد جبار الحلفي",
            "الخبير في شؤون الطاقة",
            aliases=("الحلفي",),
        ),
        q(
            "الكشف عن عقود الصيانة الموقعة مع الشركات الأجنبية",
            _COM,
            aliases=("البيان",),
            optional=True,
        ),
        q(
            "استمرار الانقطاعات في ذروة الصيف لم يعد مقبولا بعد كل هذه الأموال",
            _COM,
            aliases=("البيان",),
        ),
    ],
    "f29_skynews_fasher_wire": [
        q(
            "القوات استعادت السيطرة على المحور الشرقي للمدينة بعد معارك استمرت ست ساعات",
            _MIL,
            aliases=("المصدر",),
        ),
        q("خسائر الميليشيا كبيرة، وهناك عشرات الأسرى", _MIL, aliases=("المصدر",)),
        q(
            "ما يروجه إعلام الجيش أكاذيب، قواتنا تتقدم في كل المحاور",
            "عمر حمدان الزين",
            "المستشار الإعلامي لقوات الدعم السريع",
        ),
        q("انسحاب تكتيكي", "منصات مقربة من الدعم السريع", optional=True),
        q("لم يتوقف منذ فجر الأحد", "شهود عيان"),
        q(
            "نختبئ تحت الأرض مع أطفالنا، ولا نعرف متى تسقط القذيفة التالية",
            "آدم إسحاق",
            "أحد السكان",
        ),
        q("نعمل بلا كهرباء ومعظم الأدوية نفدت", "مصدر طبي في المستشفى السعودي بالفاشر"),
        q("المدنيين يدفعون ثمن حرب لا ناقة لهم فيها ولا جمل", "تنسيقية لجان مقاومة الفاشر"),
        q(
            "حكومة الولاية تعمل مع المنظمات لفتح ممرات آمنة لخروج المدنيين",
            "حافظ عبد الرحيم النور",
            "والي شمال دارفور المكلف",
        ),
        q("قلقها البالغ", "الأمم المتحدة", optional=True),
        q(
            "الوضع في الفاشر كارثي، ولا يمكن لقوافلنا الوصول منذ أسابيع",
            "ماركوس فيلدمان",
            "المتحدث باسم مكتب تنسيق الشؤون الإنسانية (أوتشا)",
        ),
        q(
            "واحدا من كل ثلاثة أطفال في مخيم زمزم يعاني سوء تغذية حادا",
            "منظمة أطباء بلا حدود",
            None,
            "2025-02-28",
        ),
        q("معركة الفاشر ستحدد شكل أي مفاوضات مقبلة", _BAB, _BAB_R),
        q("من يسيطر على الفاشر يسيطر عمليا على دارفور كلها", _BAB, _BAB_R),
    ],
    "f29_bbc_haouz_earthquake_feature": [
        q("الجبل أخذ منا الكثير", _FAT, _FAT_R, aliases=("فاطمة",), optional=True),
        q("كنا نسمع صوت الجبل قبل أن نشعر بالهزة", _FAT, _FAT_R, aliases=("فاطمة",)),
        q(
            "سنتان مرتا ونحن ننتظر. وعدونا بالبيت، ولم يصلنا إلا نصف المبلغ",
            _FAT,
            _FAT_R,
            aliases=("فاطمة",),
        ),
        q(
            (
                "البرد هنا لا يرحم. في الشتاء نضع الأغطية كلها فوق الأطفال ونبقى نحن مستيقظين "
                "حتى الصباح"
            ),
            _HUS,
            _HUS_R,
        ),
        q("الحمد لله، على الأقل نحن أحياء", _HUS, _HUS_R),
        q("فقدوا أكثر من عام دراسي، وبعضهم لم يعد أبدا", _KHA, _KHA_R),
        q("أصعب شيء أن ترى طفلا في العاشرة يخاف من صوت شاحنة تمر", _KHA, _KHA_R),
        q("مهندسا، لأبني بيوتا لا تسقط", "يوسف"),
        q(
            "أكثر من 90 في المئة من الأسر المتضررة تلقت الدفعات المقررة",
            _HAOUZ,
            aliases=("المسؤول",),
        ),
        q("سببه تعقيدات في ملفات الملكية ووعورة المسالك الجبلية", _HAOUZ, aliases=("المسؤول",)),
        q(
            "مئات الأسر ما زالت خارج لوائح المستفيدين رغم أن بيوتها انهارت بالكامل",
            'جمعية "تضامن الأطلس"',
        ),
        q(
            (
                "الأسر التي تسلمت المال لم تجد عمالا ولا مواد بناء بأسعار معقولة، فتوقفت "
                "الأوراش في منتصفها"
            ),
            "إبراهيم أوحساين",
            "رئيس الجمعية",
        ),
        q("الجبل أخذ منا الكثير، لكننا لن نتركه", _FAT, _FAT_R, aliases=("فاطمة",)),
        q("هنا ولدنا، وهنا سنبني من جديد", _FAT, _FAT_R, aliases=("فاطمة",)),
    ],
    "f29_france24_morocco_cables_scraped": [
        q("اقتصاد الريع", _US_RABAT, optional=True),
        q(
            "الفساد في المغرب لم يعد ظاهره هامشية، بل اصبح جزءا من طريقه تسيير الاقتصاد",
            _HAR,
            _HAR_R,
            "2008-07-02",
            aliases=("هاردينغ",),
        ),
        q(
            "المستثمرون الاجانب يشتكون من انهم لا يعرفون القواعد الحقيقية للعبه",
            _HAR,
            _HAR_R,
            "2008-07-02",
            aliases=("هاردينغ",),
        ),
        q(
            "لا يمكنك ان تفوز بصفقه كبيره دون ان تمر عبر الدائره الضيقة",
            "رجل اعمال مغربي بارز",
            None,
            "2008-07-02",
        ),
        q(
            "المغرب: الاصلاحات تتباطا",
            _US_RABAT,
            None,
            "2009-09",
            aliases=("السفاره",),
            optional=True,
        ),
        q(
            "الاولوية اليوم للاستقرار، اما الاصلاح السياسي فيمكن ان ينتظر",
            "مسؤول في وزاره الداخلية",
            None,
            "2009-09",
        ),
        q(
            "الناس فقدوا الثقه في الاحزاب، ولم يعودوا يصدقون ان صوتهم يغير شيئا",
            "ناشط حقوقي في الدار البيضاء",
            None,
            "2009-09",
        ),
        q(
            (
                "هذه البرقيات تصف بدقة ما يسميه المغاربة اقتصاد الريع، اي الامتيازات التي توزع "
                "مقابل الولاء"
            ),
            _BEL,
            _BEL_R,
        ),
        q(
            "ما كشفته البرقيات كان معروفا لدى المغاربة منذ زمن، لكن الجديد انه صادر عن حليف",
            _BEL,
            _BEL_R,
        ),
        q(
            "الحكومه لا تبني مواقفها على وثائق مسربه مجهولة المصدر",
            "مصطفى الادريسي",
            "الناطق الرسمي باسم الحكومه",
            "2025-08-14",
        ),
        q(
            "فتح تحقيق في كل الصفقات التي ورد ذكرها في البرقيات",
            _OBS,
            aliases=("البلاغ",),
            optional=True,
        ),
        q("محاربة الفساد لا تكون بالشعارات بل بربط المسؤوليه بالمحاسبه", _OBS, aliases=("البلاغ",)),
    ],
    "f29_rt_libya_moscow_scraped": [
        q("حلا ليبيا-ليبيا", "موسكو", optional=True),
        q("روسيا تدعم حلا ليبيا-ليبيا دون اي تدخل خارجي", _VOL, _VOL_R, aliases=("فولكوف",)),
        q(
            "نحن على اتصال مع جميع الاطراف في طرابلس وبنغازي، ولا نفضل طرفا على اخر",
            _VOL,
            _VOL_R,
            aliases=("فولكوف", "الدبلوماسي الروسي"),
        ),
        q(
            "مستعدة لاستضافة جولة جديده من الحوار اذا طلب الليبيون ذلك",
            _VOL,
            _VOL_R,
            aliases=("فولكوف", "الدبلوماسي الروسي"),
        ),
        q(
            (
                "نقدر الموقف الروسي المتوازن، ونتطلع الى تفعيل الاتفاقيات الاقتصادية الموقعه "
                "سابقا بين البلدين"
            ),
            _ZAR,
            _ZAR_R,
            aliases=("الزروق", "الوزير الليبي"),
        ),
        q(
            "ملف الكهرباء واعادة تشغيل المصانع المتوقفة على راس الاولويات",
            _ZAR,
            _ZAR_R,
            aliases=("الزروق", "الوزير الليبي"),
        ),
        q(
            "بحثا سبل تعزيز التعاون في مجالات الطاقة والزراعة والتعليم العالي",
            "وزاره الخارجية الروسيه",
        ),
        q("الوجود العسكري الاجنبي في ليبيا هو اصل المشكله", _KUZ, _KUZ_R, "2025-01-22"),
        q("سياسه الاملاءات", _KUZ, _KUZ_R, "2025-01-22", optional=True),
        q("خطوة في الاتجاه الصحيح", _SHA, _SHA_R),
        q("لكن الليبيين ملوا من الاجتماعات، انهم يريدون نتائج على الارض", _SHA, _SHA_R),
        q(
            "موسكو تريد ان تثبت انها لاعب لا يمكن تجاوزه في المتوسط، وليبيا بوابتها الى افريقيا",
            "رامي الخطيب",
            "الخبير في الشؤون الروسيه",
        ),
    ],
    "f29_dw_egypt_cables": [
        q("غضبا مكتوما", "السفارة الأمريكية في القاهرة", optional=True),
        q(
            "النظام واثق من قدرته على إدارة ملف الخلافة، لكن الشارع ليس بالهدوء الذي يبدو عليه",
            _MCK,
            _MCK_R,
            "2009-10-06",
            aliases=("ماكنزي", "السفيرة"),
        ),
        q(
            "الشباب المتعلم هو الفئة الأكثر إحباطا، وهو لا يثق بالأحزاب القائمة",
            _MCK,
            _MCK_R,
            "2009-10-06",
            aliases=("ماكنزي", "السفيرة"),
        ),
        q(
            "الرئيس لم يحسم أمره بعد، وكل ما يقال في الصحف مجرد تخمينات",
            "مسؤول رفيع في الحزب الوطني الحاكم",
            None,
            "2009-10-06",
        ),
        q("فيسبوك هو البرلمان الحقيقي", _ACT, None, "2010-02", optional=True),
        q("مصر: جيل غاضب بلا قنوات", _C2, None, "2010-02", aliases=("البرقية",), optional=True),
        q("فيسبوك أصبح البرلمان الحقيقي في مصر", _ACT, None, "2010-02"),
        q(
            "الأجهزة الأمنية تقلل من شأن الإنترنت، وقد يكون هذا خطأ في التقدير",
            _C2,
            None,
            "2010-02",
            aliases=("البرقية",),
        ),
        q(
            "البرقيات تظهر أن واشنطن رأت العاصفة قادمة، لكنها فضلت الاستقرار على التغيير",
            _ABD,
            _ABD_R,
            aliases=("عبد الرؤوف",),
        ),
        q(
            "هذا ليس جديدا في السياسة الأمريكية، فالمصالح تسبق دائما الخطاب عن الديمقراطية",
            _ABD,
            _ABD_R,
            aliases=("عبد الرؤوف",),
        ),
        q(
            "لقد ارتكبنا نحن الأوروبيين الخطأ نفسه، ودعمنا أنظمة مستبدة باسم الاستقرار",
            "آنا ليمان",
            'النائبة في البوندستاغ عن حزب "الخضر"',
            aliases=("ليمان",),
        ),
        q("لن نعلق على وثائق مر عليها أكثر من خمسة عشر عاما", "مصدر دبلوماسي مصري"),
    ],
}

BATCHES = {
    "F29": [
        "f29_aljazeera_algeria_cables",
        "f29_alarabiya_iraq_electricity_presser",
        "f29_skynews_fasher_wire",
        "f29_bbc_haouz_earthquake_feature",
        "f29_france24_morocco_cables_scraped",
        "f29_rt_libya_moscow_scraped",
        "f29_dw_egypt_cables",
    ],
}

BLIND_ARTICLES_34 = {name: (_read(name), gold) for name, gold in GOLD.items()}
