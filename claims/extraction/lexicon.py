"""Word lists for cue, speaker and label recognition.

Everything is written here in ordinary spelling (with hamzas) and folded with
``normalize()`` at import, so lookups work on folded text and match both
``أكد`` and the hamza-less ``اكد`` that many outlets print.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.extraction.dates import WEEKDAYS as _WEEKDAYS
from claims.extraction.normalize import normalize

# --------------------------------------------------------------------------
# Speech cues

M, F = "m", "f"
SG, PL, DU = "sg", "pl", "du"

VERB = "verb"  # قال، أضاف …: the subject is the speaker
PARTICIPLE = "participle"  # قائلا، مضيفا …: the speaker is the clause subject
IMPERSONAL = "impersonal"  # جاء في، ورد في: the speaker is a document
PREPOSITION = "preposition"  # بحسب، وفق، نقلا عن، على لسان
RELAY = "relay"  # نقلت X عن Y: Y speaks, X relays


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str
    gender: str | None = None
    number: str | None = None
    particle: str | None = None  # a following preposition the cue takes (عن، إلى، على)


# speakers.plural_that_subject: the cue a that-clause's plural subject is
# read for after a participle of chanting or addressing, masculine or
# feminine ("إن أنصاره خرجوا هاتفين «…»")
CHANTED_BY = (Cue("هتف", VERB, M, PL), Cue("هتف", VERB, F, PL))


# Past-tense stems (3rd masc. sg.) of reporting verbs and the preposition they
# usually take.  Regular inflection is generated below.
_PAST_VERBS: dict[str, str | None] = {
    "أضاف": None,
    "أكد": None,
    "أوضح": None,
    "أعرب": "عن",
    "أقر": "ب",
    # "تمسك المتهم بأن …": held to it (court reports), with بأن as أقر
    "تمسك": "ب",
    # "ودفع المحامي X، دفاع المتهم، بأن «…»": pleaded (court reports), with
    # بأن as تمسك; a cue only with its بأن after it (phrases.cue_at: not
    # "دفع الثمن", nor the company «دفع.تن»; kw35b)
    "دفع": "ب",
    # "وطمأنت المديرة بأن «…»", "وطمأن الوزير المواطنين بأن": reassured,
    # with بأن as أقر
    "طمأن": "ب",
    "كتب": None,
    "أشار": "إلى",
    "شدد": "على",
    "ذكر": None,
    "أورد": None,
    "صرح": None,
    "أعلن": None,
    "تابع": None,
    "خلص": "إلى",
    "اعتبر": None,
    "لفت": "إلى",
    "حذر": None,
    "اعترف": None,
    "زعم": None,
    "أفاد": None,
    "أردف": None,
    "استطرد": None,
    # "واسترسل X: «…»", "«…»، تسترسل X": went on speaking, as استطرد
    # (Maghrebi press; dev30s)
    "استرسل": None,
    "ختم": None,
    # "وأنهى: «…»", "واختتم حديثه بالقول": closed his words, as ختم
    "أنهى": None,
    "اختتم": None,
    # "وأتمّ: «…»": completed his words, as أنهى
    "أتم": None,
    "بين": None,
    "أبان": None,
    "نوه": None,
    "لاحظ": None,
    "كشف": None,
    "أظهر": None,
    "تساءل": None,
    "تسائل": None,
    "سأل": None,
    "أبلغ": None,
    "قدر": None,
    "رد": "على",
    "علق": "على",
    "أجاب": None,
    "استدرك": None,
    # "لكن المتحدث تدارك: مع ذلك …", "وتداركت الوزيرة: …": caught himself,
    # added a caveat, as استدرك (dev29d)
    "تدارك": None,
    "أفصح": None,
    "نفى": None,
    "أشاد": None,
    "طالب": None,
    "دعا": None,
    "وصف": None,
    "روى": None,
    "أبدى": None,
    "نبه": None,
    "أنكر": None,
    "ناشد": None,
    "أهاب": None,  # "وأهابت المديرية بالمواطنين «…»": appealed, urged
    "حث": "على",
    "اقترح": None,
    "أخبر": None,
    # "وأطلع X السفير بأن …", "أطلعه على أن «…»": briefed, told, as أخبر;
    # a cue only with its بأن or "على أن" after it (phrases.cue_at: not
    # "اطّلع على التقرير", read, which folds alike)
    "أطلع": None,
    "جزم": None,
    "رجح": None,
    "توقع": None,
    "تعهد": None,
    "هدد": None,
    "نصح": None,
    "غرد": None,
    "لخص": None,
    "استنتج": None,
    "ردد": None,
    "حسم": None,
    "جدد": None,
    "اختصر": None,
    "كرر": None,
    "اعتقد": None,
    "سجل": None,  # "سجّل المتحدث أن": noted (Moroccan press)
    "صرخ": None,  # "صرخ المتهم من القفص:": shouted
    "هتف": None,
    # "ولمّح، حسب البرقية، إلى أن …": hinted
    "لمح": "إلى",
    "ألمح": "إلى",
    # verbs of judging, doubting and threatening with a that-clause or a
    # colon ("واستبعد النائب أن «…»", "واستغرب X أن «…»", "وتوعد X: «…»",
    # "وأصرّ على أن «…»", "وشكك في أن «…»"): the words are their subject's,
    # as after أكد (not اتهم, استنكر: verbs of a stance whose object after
    # the subject, or whose subject left out, the stance verbs' own reading
    # handles, _STANCE_VERBS)
    "استبعد": None,
    "توعد": None,
    "استغرب": None,
    "أصر": "على",
    "شكك": "في",
}
_HOLLOW = {  # verbs whose inflection is irregular: form -> (gender, number)
    "قال": {
        "قال": (M, SG),
        "قالت": (F, SG),
        "قالوا": (M, PL),
        "قالا": (M, DU),
        "قلن": (F, PL),
        # "ما قاله السفير X …: «…»": what he said, its object the quote
        "قاله": (M, SG),
        "قالته": (F, SG),
        # "«…»، قالها الرئيس X": said it, the words in marks before
        "قالها": (M, SG),
        "قالتها": (F, SG),
        "قالوها": (M, PL),
    },
    "رأى": {"رأى": (M, SG), "رأت": (F, SG), "رأوا": (M, PL)},
    "أبدى": {"أبدى": (M, SG), "أبدت": (F, SG), "أبدوا": (M, PL)},
    "ادعى": {"ادعى": (M, SG), "ادعت": (F, SG), "ادعوا": (M, PL)},
    "نفى": {"نفى": (M, SG), "نفت": (F, SG), "نفوا": (M, PL), "ينفي": (M, SG), "تنفي": (F, SG)},
    "دعا": {"دعا": (M, SG), "دعت": (F, SG), "دعوا": (M, PL), "يدعو": (M, SG), "تدعو": (F, SG)},
    "روى": {"روى": (M, SG), "روت": (F, SG), "رووا": (M, PL), "يروي": (M, SG), "تروي": (F, SG)},
    # "يحكي: «…»", "تحكي وهي تبكي:": tells (features, vox pops)
    "حكى": {"حكى": (M, SG), "حكت": (F, SG), "حكوا": (M, PL), "يحكي": (M, SG), "تحكي": (F, SG)},
    "أوصى": {
        "أوصى": (M, SG),
        "أوصت": (F, SG),
        "أوصوا": (M, PL),
        "يوصي": (M, SG),
        "توصي": (F, SG),
    },
    "رد": {"رد": (M, SG), "ردت": (F, SG), "ردوا": (M, PL)},
    "أقر": {"أقر": (M, SG), "أقرت": (F, SG), "أقروا": (M, PL), "أقرا": (M, DU)},
    # Maghrebi "and he added" ("وزاد المتحدث ذاته"); only the past: the
    # present "يزيد" is also a first name
    "زاد": {"زاد": (M, SG), "زادت": (F, SG)},
    # "صاح المتهم من داخل القفص:": shouted
    "صاح": {"صاح": (M, SG), "صاحت": (F, SG), "صاحوا": (M, PL), "يصيح": (M, SG), "تصيح": (F, SG)},
    # "وتمنى الوزير أن «…»": wished
    "تمنى": {
        "تمنى": (M, SG),
        "تمنت": (F, SG),
        "تمنوا": (M, PL),
        "يتمنى": (M, SG),
        "تتمنى": (F, SG),
    },
}
# Present-tense stems without the prefix: يـ/تـ + stem (+ ون).
_PRESENT_STEMS: dict[str, str] = {
    "قول": "قال",
    "كرر": "كرر",
    "ضيف": "أضاف",
    "ؤكد": "أكد",
    "وضح": "أوضح",
    "شير": "أشار",
    "عتبر": "اعتبر",
    "كتب": "كتب",
    "ذكر": "ذكر",
    "شدد": "شدد",
    "عرب": "أعرب",
    "قر": "أقر",
    "لفت": "لفت",
    "حذر": "حذر",
    "تابع": "تابع",
    "علن": "أعلن",
    "صرح": "صرح",
    "فيد": "أفاد",
    "زعم": "زعم",
    "عترف": "اعترف",
    "رى": "رأى",
    "كشف": "كشف",
    "ورد": "أورد",
    "خلص": "خلص",
    "علق": "علق",
    "لاحظ": "لاحظ",
    "ختم": "ختم",
    "طالب": "طالب",
    "ستطرد": "استطرد",
    "سترسل": "استرسل",
    "ردف": "أردف",
    "بلغ": "أبلغ",
    "تساءل": "تساءل",
    "تسائل": "تسائل",
    "سأل": "سأل",
    "نوه": "نوه",
    "ستدرك": "استدرك",
    "تدارك": "تدارك",
    "ستنتج": "استنتج",
    "ظهر": "أظهر",
    "نبه": "نبه",
    "توقع": "توقع",
    "رجح": "رجح",
    "تعهد": "تعهد",
    "هدد": "هدد",
    "نكر": "أنكر",
    "ناشد": "ناشد",
    "هيب": "أهاب",
    "قترح": "اقترح",
    "غرد": "غرد",
    "صف": "وصف",
    "جدد": "جدد",
    "عتقد": "اعتقد",
    "سجل": "سجل",  # "وتسجل البرقية … أن": notes
    "شرح": "شرح",  # "ويشرح: «…»": explains (the past "شرح" is also the noun)
    "جيب": "أجاب",  # "فيجيب دون تردد: «…»", "تجيب بابتسامة:": answers
    # "ويستبعد X أن «…»", "ويتوعد X: «…»", "ويستغرب أن", "ويصر على أن",
    # "ويشكك في أن": judges unlikely, threatens, wonders, insists, doubts
    "ستبعد": "استبعد",
    "توعد": "توعد",
    "ستغرب": "استغرب",
    "صر": "أصر",
    "شكك": "شكك",
    "لمح": "لمح",  # "ويلمح إلى أن …": hints
}
# Active participles (masc. sg. stem); -ا masc. accusative, -ة fem., -ين plural.
_PARTICIPLES: dict[str, str] = {
    "قائل": "قال",
    "مضيف": "أضاف",
    "مؤكد": "أكد",
    "موضح": "أوضح",
    "مشير": "أشار",
    "معتبر": "اعتبر",
    "لافت": "لفت",
    "مشدد": "شدد",
    "محذر": "حذر",
    "معرب": "أعرب",
    "مبين": "بين",
    "متابع": "تابع",
    "معلن": "أعلن",
    "مردف": "أردف",
    "مستدرك": "استدرك",
    "منوه": "نوه",
    "معترف": "اعترف",
    "مستطرد": "استطرد",
    "مسترسل": "استرسل",
    "مختتم": "ختم",
    "متسائل": "تساءل",
    "مطالب": "طالب",
    "مبدي": "أبدى",
    "متوقع": "توقع",
    "مرجح": "رجح",
    "منبه": "نبه",
    "متعهد": "تعهد",
    "مهدد": "هدد",
    "مشيد": "أشاد",
    "مبرز": "أبرز",
    # (not "مستغربا", the manner of another verb of saying: "وقال
    # مستغربا:")
    "مستبعد": "استبعد",
    "متوعد": "توعد",
    "مشكك": "شكك",
    "متمني": "تمنى",
    # "مصرحا بأن", "مصرّحة:" (Maghreb and Gulf press; dev17s)
    "مصرح": "صرح",
    # "وارتفع صوت X مرددة: «…»", "وقف المحتجون مرددين: «…»": chanting,
    # repeating, as the verb ردد is a cue (kw34)
    "مردد": "ردد",
}


# definite verbal nouns of saying, cues right before أنّ (with no agent, the
# clause's subject speaks)
SAYING_NOUNS = {"التأكيد": "أكد", "التأكيدات": "أكد", "التشديد": "شدد"}
# past verbs of saying whose form with an object pronoun is a cue after ما
# ("وهو ما أكده X", "وهذا ما أعلنته الوزارة"), only there
WHAT_SAID_STEMS = ("أكد", "أوضح", "أعلن", "ذكر")
# the same of نفى, whose ى is written ا before the pronoun ("وهذا ما نفاه X
# قائلا:", "وهو ما نفته الوزارة")
WHAT_DENIED_FORMS = {"نفاه": (M, SG), "نفته": (F, SG), "نفوه": (M, PL)}


# the participles of ادعى (claiming), as written: also "a prosecutor"
# ("مدعية عامة"), so cues only right before the words (words.py's special
# cues, read by phrases.cue_at alone, not by the noun phrase's scan)
CLAIMING_FORMS = {"مدعيا": (M, SG), "مدعية": (F, SG), "مدعين": (M, PL)}


# عزا and its forms (a relaying verb, "attributed to"), as written
AZA_FORMS = {
    "عزا": (M, SG),
    "عزت": (F, SG),
    "عزوا": (M, PL),
    "يعزو": (M, SG),
    "تعزو": (F, SG),
}
# the verbal noun of relaying with its owner's pronoun, as written: a relay
# cue glued to بـ ("بنقلها عن X"), a source after في ("في نقلها عن X":
# PREPOSITION_CUES, words._IN_RELAYING)
RELAYING_NOUNS = {"نقله": (M, SG), "نقلها": (F, SG), "نقلهم": (M, PL)}


def _build_cues() -> dict[str, Cue]:
    cues: dict[str, Cue] = {}

    def add(form: str, cue: Cue) -> None:
        cues.setdefault(normalize(form), cue)

    for lemma, forms in _HOLLOW.items():
        particle = _PAST_VERBS.get(lemma)
        for form, (gender, number) in forms.items():
            add(form, Cue(lemma, VERB, gender, number, particle))
    for stem, particle in _PAST_VERBS.items():
        if stem in _HOLLOW:
            continue
        add(stem, Cue(stem, VERB, M, SG, particle))
        add(stem + "ت", Cue(stem, VERB, F, SG, particle))
        add(stem + "وا", Cue(stem, VERB, M, PL, particle))
        # no dual forms: rare in news, and stem+ا collides with accusatives and
        # participles ("طالبا عدم كشف هويته", "كتبا")
        add(stem + "ن", Cue(stem, VERB, F, PL, particle))
    # but the telling verbs' past duals: "أن الوزير X والوزير Y أبلغا السفير
    # أن", "أخبرتا" (no accusative nor participle is spelled so; mend30a)
    for stem in ("أبلغ", "أخبر"):
        add(stem + "ا", Cue(stem, VERB, M, DU, _PAST_VERBS[stem]))
        add(stem + "تا", Cue(stem, VERB, F, DU, _PAST_VERBS[stem]))
    for stem, lemma in _PRESENT_STEMS.items():
        particle = _PAST_VERBS.get(lemma)
        add("ي" + stem, Cue(lemma, VERB, M, SG, particle))
        add("ت" + stem, Cue(lemma, VERB, F, SG, particle))
        add("ي" + stem + "ون", Cue(lemma, VERB, M, PL, particle))
        add("ي" + stem + "ان", Cue(lemma, VERB, M, DU, particle))
        add("ت" + stem + "ان", Cue(lemma, VERB, F, DU, particle))
    for stem, lemma in _PARTICIPLES.items():
        particle = _PAST_VERBS.get(lemma)
        base = stem[:-1] if stem.endswith("ة") else stem
        add(base + "ا", Cue(lemma, PARTICIPLE, M, SG, particle))
        add(base + "اً", Cue(lemma, PARTICIPLE, M, SG, particle))
        add(base + "ة", Cue(lemma, PARTICIPLE, F, SG, particle))
        add(base + "ين", Cue(lemma, PARTICIPLE, M, PL, particle))
        add(base + "ات", Cue(lemma, PARTICIPLE, F, PL, particle))
    # "…، معقبا: «…»", "معقبة «…»": commenting in reply, as معلقا
    for form, gender in (("معقبا", M), ("معقباً", M), ("معقبة", F)):
        add(form, Cue("عقب", PARTICIPLE, gender, SG, "على"))
    for form in ("معلقا", "معلقاً", "معلقين"):
        # "استغرب الوزير X …، معلقا: «…»": commenting (not the feminine,
        # "خريطة معلقة خلفه": hanging)
        add(form, Cue("علق", PARTICIPLE, M, PL if form.endswith("ين") else SG, "على"))
    # "…، معلقة: «…»": the feminine too, but only right before a colon or
    # the words in marks (phrases.cue_at; "خريطة معلقة خلفه": hanging)
    add("معلقة", Cue("علق", PARTICIPLE, F, SG, "على"))
    # عبّر عن: the bare masculine "عبر" is also the preposition "via", so only
    # the unambiguous forms are cues (the engine checks "عبر … عن" itself).
    for form, (gender, number) in {
        "عبرت": (F, SG),
        "عبروا": (M, PL),
        "يعبر": (M, SG),
        "تعبر": (F, SG),
        "معبرا": (M, SG),
        "معبرة": (F, SG),
    }.items():
        add(form, Cue("عبر", PARTICIPLE if form.startswith("مع") else VERB, gender, number, "عن"))
    for form, (gender, number) in {"داعيا": (M, SG), "داعية": (F, SG), "داعين": (M, PL)}.items():
        add(form, Cue("دعا", PARTICIPLE, gender, number))
    for form, (gender, number) in {"نافيا": (M, SG), "نافية": (F, SG)}.items():
        add(form, Cue("نفى", PARTICIPLE, gender, number))
    # "سائلاً السفير: …؟": asking (not "سائلة", also "liquid", nor the
    # plural "سائلين", the askers)
    for form in ("سائلا", "سائلاً"):
        add(form, Cue("سأل", PARTICIPLE, M, SG))
    # "وأبرزت الهيئة في بيان أنه «…»": highlighted, stated (Maghrebi press;
    # its participle مبرزا is a cue above), as عبّر only the unambiguous
    # forms: the masculine "أبرز" is also "the most salient" ("وهذه أبرز
    # المداخلات:"), the present "يبرز" also "stands out"
    for form, (gender, number) in {"أبرزت": (F, SG), "أبرزوا": (M, PL)}.items():
        add(form, Cue("أبرز", VERB, gender, number))
    # "محتجا «…»", "مستنكرة: «…»", "منددا بما وصفه «…»": protesting,
    # denouncing, as he speaks (no plural, nor "محتجة": the protesters)
    for form, lemma, gender in (
        ("محتجا", "احتج", M),
        ("مستنكرا", "استنكر", M),
        ("مستنكرة", "استنكر", F),
        ("منددا", "ندد", M),
        ("منددة", "ندد", F),
    ):
        add(form, Cue(lemma, PARTICIPLE, gender, SG))
    # "زاعما أن …", "زاعمة: …": claiming, as he speaks (those of ادعى,
    # also "a prosecutor", are words.py's special cues: CLAIMING_FORMS)
    for form, gender, number in (("زاعما", M, SG), ("زاعمة", F, SG), ("زاعمين", M, PL)):
        add(form, Cue("زعم", PARTICIPLE, gender, number))
    # "أبلغه أن", "يبلغه بأن", "أخبرها": the object pronoun is the addressee
    for stem, present in (("أبلغ", "بلغ"), ("أخبر", "خبر"), ("أفاد", "فيد"), ("أطلع", "طلع")):
        for suffix in ("ه", "ها", "هم", "ني", "نا"):
            add(stem + suffix, Cue(stem, VERB, M, SG))
            add(stem + "ت" + suffix, Cue(stem, VERB, F, SG))
            add("ي" + present + suffix, Cue(stem, VERB, M, SG))
            add("ت" + present + suffix, Cue(stem, VERB, F, SG))
    # "فأجابه النائب X «…»", "يجيبها الوزير:": answered him/her, the object
    # pronoun the one answered (not the feminine past "أجابته", which folds
    # like the noun "إجابته", his answer)
    for suffix in ("ه", "ها", "هم"):
        add("أجاب" + suffix, Cue("أجاب", VERB, M, SG))
        add("يجيب" + suffix, Cue("أجاب", VERB, M, SG))
        add("تجيب" + suffix, Cue("أجاب", VERB, F, SG))
    # "ودعاه الرئيس إلى «…»", "ودعتهم الوزيرة X إلى «…»": called on
    # him/them, the object pronoun the one called on
    for suffix in ("ه", "ها", "هم"):
        add("دعا" + suffix, Cue("دعا", VERB, M, SG))
        add("دعت" + suffix, Cue("دعا", VERB, F, SG))
        add("يدعو" + suffix, Cue("دعا", VERB, M, SG))
        add("تدعو" + suffix, Cue("دعا", VERB, F, SG))
    # "طالبهم مرارا «بقطع …»", "حثهم على", "ناشدهم": the verbs of urging
    # that take the person urged as their object, with that object's
    # pronoun; the subject is named before or elided ("طالبه" is also a
    # woman student: not that form)
    for stem, present in (("طالب", "طالب"), ("ناشد", "ناشد"), ("حث", "حث")):
        particle = "على" if stem == "حث" else None
        for suffix in ("ه", "ها", "هم"):
            if stem + suffix != "طالبه":
                add(stem + suffix, Cue(stem, VERB, M, SG, particle))
            add(stem + "ت" + suffix, Cue(stem, VERB, F, SG, particle))
            add("ي" + present + suffix, Cue(stem, VERB, M, SG, particle))
            add("ت" + present + suffix, Cue(stem, VERB, F, SG, particle))
    # "«…»، رددها المتظاهرون": chanted it, the object pronoun the words in
    # marks before (not كتبها: "برقية كتبها السفير" names an author)
    for stem in ("ردد",):
        add(stem + "ها", Cue(stem, VERB, M, SG))
        add(stem + "تها", Cue(stem, VERB, F, SG))
        add(stem + "وها", Cue(stem, VERB, M, PL))
    # the present, in a feature's scene ("«…»، يقولها أبو محمد وهو يشير
    # إلى …", "«…»، ترددها الأمهات")
    for form, lemma, gender, number in (
        ("يقولها", "قال", M, SG),
        ("تقولها", "قال", F, SG),
        ("يقولونها", "قال", M, PL),
        ("يرددها", "ردد", M, SG),
        ("ترددها", "ردد", F, SG),
        ("يرددونها", "ردد", M, PL),
    ):
        add(form, Cue(lemma, VERB, gender, number))
    # "وهو ما اعتبره الوسيط X «…»", "ما وصفته الوزارة بأنه": the pronoun is
    # the object (what was said before), the subject follows
    for stem in ("اعتبر", "وصف"):
        for suffix in ("ه", "ها", "هم"):
            add(stem + suffix, Cue(stem, VERB, M, SG))
            add(stem + "ت" + suffix, Cue(stem, VERB, F, SG))
            # ("احتجاجا على ما وصفوه بـ«…»": they, the plural; "ما وصفنه":
            # the feminine plural)
            add(stem + "و" + suffix, Cue(stem, VERB, M, PL))
            add(stem + "ن" + suffix, Cue(stem, VERB, F, PL))
    # "وهو ما أكده السفير X عندما قال: «…»", "وهذا ما أوضحته الوزيرة X
    # قائلة:": what he confirmed, the pronoun the object (what was told
    # before), the subject after the verb; cue_at keeps these only right
    # after ما (WHAT_SAID_FORMS: "ذكره" is also "his mention", "سبق ذكره")
    for stem in WHAT_SAID_STEMS:
        add(stem + "ه", Cue(stem, VERB, M, SG))
        add(stem + "ته", Cue(stem, VERB, F, SG))
        add(stem + "وه", Cue(stem, VERB, M, PL))
    for form, (gender, number) in WHAT_DENIED_FORMS.items():
        add(form, Cue("نفى", VERB, gender, number))
    # "القصر الذي يصفه الدبلوماسي بـ«…»", "على ما يعتبرونه «…»": the
    # present too
    for lemma, present in (("وصف", "صف"), ("اعتبر", "عتبر")):
        for suffix in ("ه", "ها"):
            add("ي" + present + suffix, Cue(lemma, VERB, M, SG))
            add("ت" + present + suffix, Cue(lemma, VERB, F, SG))
            add("ي" + present + "ون" + suffix, Cue(lemma, VERB, M, PL))
            add("ي" + present + "ن" + suffix, Cue(lemma, VERB, F, PL))
    # "وتنص المادة 12 من الدستور على أن «…»", "الفصل الذي ينص على أن":
    # provides, a legal text its subject (not the masculine past "نص": the
    # noun "text")
    for form, gender in (("ينص", M), ("تنص", F), ("نصت", F)):
        add(form, Cue("نص", VERB, gender, SG, "على"))
    # "دوّن X في صفحته:" (wrote, posted): cue_at keeps it only before a page
    # or an account it was written on; elsewhere دون is "without"
    add("دون", Cue("دون", VERB, M, SG))
    add("دونت", Cue("دون", VERB, F, SG))
    add("مذكرا", Cue("ذكر", PARTICIPLE, M, SG))  # not "مذكرة" (a memo)
    # "…، ملاحظا أن «…»": noting, as مشيرا; the feminine "ملاحظة" is also
    # "a note", so a cue only after a comma and right before أنّ, a colon or
    # the marks (phrases.cue_at), and no plural ("ملاحظات": notes; dev25d)
    for form, gender in (("ملاحظا", M), ("ملاحظاً", M), ("ملاحظة", F)):
        add(form, Cue("لاحظ", PARTICIPLE, gender, SG))
    # "اكتفى مصدر حكومي بالقول": like a participle, the clause subject speaks
    # "ما دفع أحد الصحفيين للقول: «…»": prompted to say (cue_at keeps it
    # only after the verb that prompts)
    add("للقول", Cue("قال", PARTICIPLE, None, None))
    for form in ("بالقول", "بقوله", "بقولها"):
        add(form, Cue("قال", PARTICIPLE, None, None))
    # "عمد الوزير X إلى تهدئة النواب وتقديم التأكيدات أن «…»", "مع التأكيد
    # على أن «…»": the verbal noun of saying with no agent, like a
    # participle (cue_at keeps it only right before أنّ or على أنّ)
    for form, lemma in SAYING_NOUNS.items():
        add(form, Cue(lemma, PARTICIPLE, None, None))
    # "ثم توجه القاضي إلى المتهم بالسؤال:": so does the one who asks
    add("بالسؤال", Cue("سأل", PARTICIPLE, None, None))
    # Relaying verbs: نقل X عن Y, نسب X إلى Y.
    for form, (gender, number) in {
        "نقل": (M, SG),
        "نقلت": (F, SG),
        "نقلوا": (M, PL),
        "ينقل": (M, SG),
        "تنقل": (F, SG),
        "ينقلون": (M, PL),
        # "وعلقت الوكالة على الوثائق بنقلها عن X قوله": the verbal noun with
        # the relayer's pronoun, after the relayer's own verb
        **{"ب" + noun: person for noun, person in RELAYING_NOUNS.items()},
        # "بحسب ما نقلته وكالة X عن Y": the resumptive object pronoun after
        # "ما" (cue_at keeps these only there: "نقله إلى المستشفى" is
        # "his transfer")
        "نقله": (M, SG),
        "نقلته": (F, SG),
        "نقلوه": (M, PL),
        "ينقله": (M, SG),
        "تنقله": (F, SG),
    }.items():
        add(form, Cue("نقل", RELAY, gender, number, "عن"))
    for form, (gender, number) in {
        "نسب": (M, SG),
        "نسبت": (F, SG),
        "ينسب": (M, SG),
        "تنسب": (F, SG),
    }.items():
        add(form, Cue("نسب", RELAY, gender, number, "إلى"))
    # "وعزا التلفزيون إلى الوزير قوله": عزا relays as نسب does (cue_at keeps
    # it only in that frame); "عزت" only glued to و/ف (CONJOINED_CUES)
    for form, (gender, number) in AZA_FORMS.items():
        if form != "عزت":
            add(form, Cue("نسب", RELAY, gender, number, "إلى"))
    return cues


CUES: dict[str, Cue] = _build_cues()
# a circumstantial participle of manner, folded ("يقول ضاحكاً", "تضيف
# مبتسمة"): how the speaker said it, the narrator's word (words._MANNER;
# quotes: one alone in marks inside a quote is the narrator's aside)
MANNER_PARTICIPLES = frozenset(
    [
        "ضاحكا",
        "ضاحكه",
        "مبتسما",
        "مبتسمه",
        "متنهدا",
        "متنهده",
        "مازحا",
        "مازحه",
        "ساخرا",
        "ساخره",
        "غاضبا",
        "غاضبه",
    ]
)
# the present of a verb of saying of one man or one woman, folded ("يؤكد",
# "تؤكد"): after the subject إنّ opens, the predicate of that subject, not
# the narrator's next cue ("إن المدينة، رغم ما مر بها، تؤكد أنها …")
PRESENT_SAYING = frozenset(
    normalize(person + stem) for stem in _PRESENT_STEMS for person in ("ي", "ت")
)

# Verbs of going on or finishing one's words, cues only glued to و/ف, as a
# follow-up ("وواصل: «…»", "وأكمل قائلا", "وأتم حديثه"): the bare "واصل"
# and "أكمل" are also first names ("قال واصل أبو يوسف"), and "واصلت القوات
# قصفها" opens a story, no speech.  "واستكمل الوزير: …" (went on, Egyptian
# press) as وأكمل; "واستكملت اللجنة أعمالها" completes a task, no cue
# without words after it.
_GO_ON_STEMS = ("واصل", "أكمل", "أتم", "استكمل")
# "وأبرز", "فأبرز" folded: the masculine of أبرز glued to و/ف, a cue in
# CONJOINED_CUES (phrases._HIGHLIGHTED keeps it only before its أنّ)
HIGHLIGHTED_FORMS = frozenset(normalize(p + "أبرز") for p in "وف")
CONJOINED_CUES: dict[str, Cue] = (
    {
        normalize(p + stem + ending): Cue(stem, VERB, gender, number)
        for stem in _GO_ON_STEMS
        for ending, gender, number in (("", M, SG), ("ت", F, SG), ("وا", M, PL))
        for p in "وف"
    }
    | {
        # "وتواصل البرقية: …", "ويواصل التقرير: …": its present, glued to و/ف
        # too (not أتم's, "ويتم" the passive's auxiliary; dev23d)
        normalize(p + person + "واصل"): Cue("واصل", VERB, gender, SG)
        for person, gender in (("ي", M), ("ت", F))
        for p in "وف"
    }
    | {
        # "وأبرز الوزير أن «…»": highlighted, stated (Maghrebi press), the
        # masculine glued to و/ف (bare, "أبرز" is also "the most salient";
        # phrases.cue_at keeps it only before أنّ: "وأبرز المداخلات:" is
        # "the most salient interventions"; dev29r)
        form: Cue("أبرز", VERB, M, SG)
        for form in HIGHLIGHTED_FORMS
    }
    | {
        # "وعزت الصحيفة إلى مصدر قوله": the bare "عزت" is the given name Izzat
        normalize(p + "عزت"): Cue("نسب", RELAY, F, SG, "إلى")
        for p in "وف"
    }
    | {
        # "وحث رئيس الوزراء السكان على «…»": urged, a cue of two letters
        # glued to و/ف (the table glues them to words of three letters or
        # more only; not "ورد", which is "came" as often as "replied"; kw39)
        normalize(p + "حث"): Cue("حث", VERB, M, SG, "على")
        for p in "وف"
    }
)

# Impersonal cues take a following preposition: جاء في، ورد في، ذكر في.
IMPERSONAL_CUES: dict[str, Cue] = {
    normalize(form): Cue(normalize(form), IMPERSONAL, None, None, "في")
    for form in (
        *("جاء", "ورد", "يرد", "وردت", "جاءت", "يأتي", "تضمن", "تضمنت", "يتضمن", "تتضمن"),
        # "…، فترد الوزيرة X: «…»": the feminine as the masculine (kw34)
        "ترد",
    )
}
# "صدر عن X البيان الآتي: «…»": issued by X, who speaks (cue_at reads it
# only before عن)
IMPERSONAL_CUES[normalize("صدر")] = Cue(normalize("صدر"), IMPERSONAL, None, None, "عن")

# Prepositional attributions; the value is the number of words in the cue.
PREPOSITION_CUES: dict[tuple[str, ...], str] = {
    tuple(normalize(form).split()): normalize(form)
    for form in (
        "بحسب",
        "حسب",
        "وفق",
        "وفقا ل",
        "وفقاً ل",
        "طبقا ل",
        "بالنسبة ل",
        "نقلا عن",
        "نقلاً عن",
        # ("وتابعت الوثيقة في نقلها عن X «…»": in its relaying from X, as
        # نقلا عن; cue_at keeps it only after في; dev27s)
        *(noun + " عن" for noun in RELAYING_NOUNS),
        "على لسان",
        # ("وقالت الحركة بلسان الناطق باسمها X": as على لسان)
        "بلسان",
        "بحسب ما قال",
        "بحسب ما ذكر",
        "حسب ما قال",
        # ("«…» حسب ما ذكره محامو الدفاع": as with بحسب, with or without
        # the resumptive pronoun)
        "حسب ما ذكر",
        "وفق ما قال",
        "وفق ما ذكر",
        "كما قال",
        "على حد تعبير",
        "على حد قول",
    )
}

# the prepositional cues that name the mouthpiece through whom a body speaks
# ("أكدت النقابة، على لسان رئيسها X، أن": X says the words, with the commas
# as without them; no aside on a source, as "، بحسب البرقية،" is; dev36s)
MOUTHPIECE_CUES = frozenset((normalize("على لسان"), normalize("بلسان")))
# "على حد تعبيره/قولها" and similar: a pronoun-only prepositional cue.
PRONOUN_SUFFIXES = {"ه": (M, SG), "ها": (F, SG), "هم": (M, PL), "هما": (M, DU), "هن": (F, PL)}
# the same, longest first, to tell which one a word ends in ("بقولهما": هما)
PRONOUN_SUFFIXES_LONGEST_FIRST = tuple(sorted(PRONOUN_SUFFIXES, key=len, reverse=True))

# --------------------------------------------------------------------------
# Noun phrases


def _fold_set(words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words.split())


# Words that end a speaker noun phrase after a cue.
NP_STOP = _fold_set(
    """
    أن أنه أنها أنهم أنهما إن إنه إنها إنهم بأن بأنه بأنها بأنهم لأن فإن فإنه فإنها
    فإنهم وإن
    أننا إننا أنني إنني بأننا بأنني فإننا لأننا
    في عن على إلى الى خلال أمام لدى حول بعد قبل منذ مع ضد عبر حتى
    تحت فوق قرب داخل خارج نحو وسط عند أثناء حيال إزاء تجاه بخصوص بشأن
    قوله قولها قولهم قولهما قوله: القول ما عما مما ماذا كيف لماذا الذي التي الذين اللذين بتاريخ
    بالنسبة بحسب حسب وفق وفقا وفقاً بدوره بدورها بدورهم أيضا أيضاً كذلك رسميا رسمياً
    صراحة صراحةً حرفيا حرفياً شخصيا شخصياً علنا علناً هاتفيا هاتفياً مباشرة مباشرةً
    كالعادة كالمعتاد كالمعهود كالتالي كالآتي كعادته كعادتها
    مؤخرا مؤخراً اليوم أمس غدا الليلة صباح مساء ليلة ظهر
    ليل عصر ظهيرة عقب إثر فور غداة عشية إبان قبيل
    يوم العام عام سنة السنة الأسبوع الشهر الماضي الماضية المقبل
    مطلع نهاية بداية أواخر أوائل منتصف
    وهو وهي وهم لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها ولكنهم غير إلا إذ وإذ حيث كما ثم أو أم بل
    هذا هذه ذلك تلك هناك هنا لم لن لا قد لقد وقد فقد كان كانت وكان وكانت كانوا
    فيه فيها فيهم عنه عنها عنهم منه منها له لها عدم عليه عليها عليهم إليه إليها لديه
    لديها معه معها
    التقت التقوا ألقى ألقت ألغى ألغت ألمح ألمحت
    ردا تعليقا تعقيبا جوابا حينها آنذاك وقتها يومها حين حينما عندما بينما خلاله خلالها
    حينذاك وقتذاك يومذاك ساعتذاك آنئذ حينئذ عندئذ يومئذ وقتئذ ساعتئذ بعدئذ ساعتها عندها
    بعدها لاحقا لاحقاً مجددا مجدداً فقط
    دعوته دعوتها دعوتهم موقفه موقفها موقفهم رفضه رفضها رفضهم لقاءه لقاءها لقائه
    لقائها حديثه حديثها تأكيده تأكيدها ترحيبه ترحيبها
    التعليق الإدلاء السؤال سؤالا رفقة برفقة بيانا بلاغا تقريرا
    بحضور وبحضور بمشاركة وبمشاركة برئاسة بتنظيم بدعوة بمبادرة بإشراف برعاية
    بمرافقة بصحبة
    بمناسبة لمناسبة
    بمثابة كمثل
    أجراه أجرته أجراها أجرتها بثه بثته بثها بثتها نشرته نشرها نشرتها
    """
) | frozenset(_WEEKDAYS)  # the weekdays (dates.WEEKDAYS, folded, both spellings of Tuesday)
# (not نشره, "published it": folded, it is نشرة, a bulletin, "وقالت نشرة
# الأخبار")
# "تصريحات صادمة لمدير المستشفى فماذا قال؟": an interrogative, with و/ف or
# not, asks; it is never a word of the name before it
NP_STOP = NP_STOP | frozenset(
    p + w for w in _fold_set("ماذا لماذا متى كيف هل أين") for p in ("", "و", "ف")
)
# "وأكد الاتحاد العام للمرة الثانية أن": "for the (second) time", glued to
# لل, is no body's genitive nor a word of a name
NP_STOP = NP_STOP | _fold_set("للمرة")
# "وحيث أكد أن «…»، شدد على": a conjunction of time or cause with و glued
# (as وإذ above), opening a clause before its verb, is never its subject; nor
# is a relative pronoun with و ("الأمير X والذي قال"), no word of the name
NP_STOP = NP_STOP | _fold_set("وحيث وحين وكلما والذي والتي والذين")
# "وقالت الحركة بلسان الناطق باسمها X": the source's preposition, as على
# لسان, no word of the body's name before it
NP_STOP = NP_STOP | _fold_set("بلسان")
# "وقال البارحة إن «…»": the adverb of yesterday, as أمس, is never the
# subject after the verb nor a word of a name (mend35b)
NP_STOP = NP_STOP | _fold_set("البارحة")
# "وقال الوزير X نقلا عن وكالة Y": the relay's "quoting" after the subject,
# with no comma, is no word of the name
NP_STOP = NP_STOP | _fold_set("نقلا نقلاً")
# "came" after a name is its verb ("وكان الوزير X Y جاء إلى"), or the verb
# of "جاء فيه" after an excerpt of his speech ("اقتباسا من كلمة الوزير X Y
# جاء فيه:"), no word of the name
NP_STOP = NP_STOP | _fold_set("جاء جاءت")
# "قال X إن القائد العام Y Z ليس خائنا": the verb "is not", in any of its
# persons, after a name is the clause's verb, as كان is, no word of the name
# (dev37s)
NP_STOP = NP_STOP | _fold_set("ليس ليست ليسا ليستا ليسوا لست لسنا")
# "وافتخر الوزير X بذلك، قائلا", "ورحب X بهذه الخطوة": a demonstrative glued
# to بـ or لـ ("with/by that", "for this") is the verb's complement, never a
# word of the name before it (dev27s); words._BACK_REFERENCE is built on it
GLUED_DEMONSTRATIVES = frozenset(p + w for w in _fold_set("هذا هذه ذلك تلك") for p in "بل")
NP_STOP = NP_STOP | GLUED_DEMONSTRATIVES
# "وأضاف نعم: «…»", "وأجاب أجل،": a particle of answer, alone where the
# verb's subject would stand, opens the words said; it is no speaker
# (dev36s; "نعم" is a given name too, so only alone)
RESPONSE_PARTICLES = _fold_set("نعم أجل بلى كلا")
# Honorifics of clergy and of address the title lexicon lacks, before a name
# ("أن الملا عمر، …، قال", "أن العلامة يوسف القرضاوي"): a definite first
# word that opens a person, no thing (speakers' "أن + definite thing" rule;
# mend36c). No post: the phrase keeps no role from them.
NAME_HONORIFICS = _fold_set("الملا العلامة الحاخام الأب الأم القس الراهب الراهبة الدالاي")
# Prepositions that may belong inside a role ("السفيرة في باماكو"), and the
# affairs a post is for glued to لـ ("المبعوث الخاص لشؤون …", "المفوض السامي
# لحقوق …"), never a first name in لـ.
ROLE_PREPOSITIONS = _fold_set("في لدى باسم عن لشؤون لشئون لحقوق لقضايا")
# Event nouns after في that end a speaker phrase ("قال الوزير في مؤتمر صحفي").
EVENT_NOUNS = _fold_set(
    """
    مؤتمر تصريح تصريحات مقابلة حديث بيان لقاء كلمة خطاب اجتماع ندوة جلسة
    رسالة برقية تقرير مذكرة تغريدة منشور تدوينة حوار زيارة
    عظة خطبة محاضرة مداخلة درس
    تغريدات تدوينات منشورات مقابلات مداخلات خطابات رسائل
    """
)
# "في سلسلة تغريدات", "في عدة مقابلات": a series or a count of the occasions
# above, which the occasion noun then names (dev15b, third session of
# 2026-12-05)
SERIES_NOUNS = _fold_set("سلسلة عدة جملة بضع")


def _possessed(nouns: frozenset[str]) -> frozenset[str]:
    """ "كلمته", "مرافعتها", "تصريحاتهم": a noun with a possessive suffix
    (ة written ت before it)."""
    out = set()
    for n in nouns:
        stem = n[:-1] + "ت" if n[-1] == "ه" else n
        out.update(stem + s for s in ("ه", "ها", "هم", "هما"))
    return frozenset(out)


# "واستهل النائب X مرافعته بالقول", "وختم الوزير X كلمته قائلا", "وختم كلامه
# قائلا": the speaker's own occasion, the verb's object after the subject (or
# with the subject elided), ends the speaker phrase.
_OWN_OCCASIONS = EVENT_NOUNS | _fold_set(
    "رد تعقيب تعليق مداخلة مرافعة شهادة إفادة محاضرة كلام ملاحظة ملاحظات تحليل تقييم خلاصة "
    # (testimony in court: "وشدد المتهم في أقواله أمام الهيئة")
    "أقوال "
    # (a writer's own piece: "وختم الكاتب X مقاله بالقول", "وختم X دراسته
    # بالقول", "وختم X عموده قائلا"; kw27b)
    "مقال مقالة عمود زاوية افتتاحية دراسة بحث كتاب رواية قصيدة ورقة"
)
# a possessed occasion that folds as a bare noun in ة of the list ("مقاله":
# his article, or "مقالة", an article, "كاتب مقالة الرأي X"): a stop only
# when written with ه (scan_np reads the text), none in NP_STOP
POSSESSED_OR_BARE = _possessed(_OWN_OCCASIONS) & _OWN_OCCASIONS
# any of them possessed ("روايتها", "عموده", "كلمتها"): no object of على, so
# a name-like علي right before one is the name Ali ("الكاتبة هدى علي
# روايتها"; mend25a)
OWN_OCCASIONS_POSSESSED = _possessed(_OWN_OCCASIONS)
NP_STOP = NP_STOP | (_possessed(_OWN_OCCASIONS) - POSSESSED_OR_BARE)
# Verbal nouns of a stance of the first form that a verb of saying takes
# with its subject's own pronoun ("جدد رفضه", "أكد دعمها", "أبدى قلقه"),
# and the fears and doubts one voices ("أبدى مخاوفه", "أبدت تخوفها"), folded;
# and the feelings, hopes and readiness one voices of the other forms
# ("أبدى X تفاؤله", "أعرب عن ارتياحه", "أعلن استعداده", "أبدى أسفه")
STANCE_NOUNS = _fold_set(
    "رفض دعم قلق شكر عزم حرص تمسك ترحيب تأييد مخاوف هواجس شكوك تخوف "
    "تفاؤل تشاؤم ارتياح استياء استغراب امتعاض انزعاج استنكار اعتزاز "
    "أسف غضب حزن فخر أمل ثقة رغبة نية دهشة "
    "استعداد تضامن تقدير تفهم إدانة تنديد شجب معارضة اعتراض تحفظ تحفظات إصرار تطلع تعاطف امتنان"
)
# Calls, demands, warnings and promises a verb of saying takes with its
# subject's own pronoun ("وجدد X نداءه للمواطنين", "وكرر الوزير مطالبه",
# "وجدد X تعهده بـ"): read in their possessed forms only (STANCE_POSSESSED),
# since some are names bare ("وعد") and _OBJECT_MASDARS reads STANCE_NOUNS
# bare (dev19r)
APPEAL_NOUNS = _fold_set(
    "نداء نداءات دعوات مطالبة مطالبات مطلب مطالب مناشدة مناشدات تحذيرات انتقادات "
    "اتهامات تعهد تعهدات وعد وعود مقترح مقترحات اقتراح اقتراحات "
    # ("وجدد X طلبه بـ…", "وقدم X عرضه", "وواصل X هجومه على …": kw22a)
    "طلب طلبات عرض هجوم"
)
# "وكشف الوزير X عزمه إعادة …", "وجدد X دعمه للخطة", "وأبدى X قلقه", "وجدد
# X نداءه": such a stance or call with the subject's own pronoun, the verb's
# object after the subject, ends the speaker phrase (the hamza on ي before
# the pronoun too: "استيائه", "ندائه")
STANCE_POSSESSED = _possessed(STANCE_NOUNS | APPEAL_NOUNS) | _fold_set(
    "استيائه استيائها استيائهم ندائه ندائها ندائهم"
)
# the possessed forms that fold as a name in ة does ("طلبه", "طلبة"): out of
# NP_STOP, read by scan_np only where the text prints ه (kw22a)
POSSESSED_LIKE_NAMES = _fold_set("طلبه")
NP_STOP = NP_STOP | (STANCE_POSSESSED - POSSESSED_LIKE_NAMES)
# "…، وأثنى الوزير على «…»": praised, as أشاد, but no cue (folded, its
# forms are the numbers اثنين / اثني عشر): quotes._narrator_resumes only
PRAISED_ON = _fold_set("أثنى أثنت أثنوا")
# "أشاد وزير الصحة بجهود الأطباء قائلا", "رحب رئيس البرلمان بقرار الحكومة":
# what is praised or welcomed, glued to بـ after the subject, is no name
NP_STOP = NP_STOP | frozenset(
    "ب" + w
    for w in _fold_set(
        "جهود مجهودات قرار قرارات مبادرة موقف مواقف مستوى أداء نتائج إنجازات "
        "إنجاز خطوة خطوات حرص التزام إعلان اتفاق"
    )
)

# "وأضافت بتغريدة أخرى «…»", "وعلق ببيان مقتضب": the statement the words
# came in, glued to بـ right after the verb, is no subject (elided) nor a
# word of a name
NP_STOP = NP_STOP | frozenset("ب" + w for w in _fold_set("تغريدة تدوينة منشور بيان تصريح تصريحات"))

# Heads of titles/roles (with and without the article; fem. forms listed).
TITLES = _fold_set(
    """
    رئيس رئيسة وزير وزيرة سفير سفيرة مدير مديرة مسؤول مسؤولة متحدث متحدثة
    مسئول مسئولة
    ناطق ناطقة مستشار مستشارة نائب نائبة زعيم زعيمة قائد قائدة أمين أمينة
    عضو مساعد مساعدة كاتب كاتبة محلل محللة خبير خبيرة باحث باحثة أستاذ أستاذة
    ملك ملكة أمير أميرة شيخ جنرال عقيد لواء عميد فريق مشير قنصل قنصلة ملحق ملحقة
    دبلوماسي دبلوماسية ديبلوماسي ديبلوماسية مبعوث مبعوثة موفد موفدة مندوب مندوبة
    ممثل ممثلة حاكم حاكمة محافظ محافظة والي عمدة قاضي قاضية مدعي مدعية محامي محامية
    مذيع مذيعة
    نقيب سيناتور النائب رئيس وكيل وكيلة منسق منسقة مفوض مفوضة سكرتير سكرتيرة
    مراسل مراسلة قائم مديرة الرئيس الملك نظير نظيرة زميل زميلة
    ناشط ناشطة السياسي معارض معارضة صحفي صحفية صحافي صحافية إعلامي إعلامية حقوقي حقوقية
    طبيب طبيبة مهندس مهندسة أكاديمي أكاديمية برلماني برلمانية مرشح مرشحة قيادي
    قيادية عضوة داعية مفتي إمام بطريرك مطران متروبوليت ميتروبوليت كاردينال بابا منسق محقق مراقب ضابط
    عسكري مؤرخ مفكر أديب أديبة شاعر شاعرة روائي روائية فنان فنانة مخرج مخرجة لاعب
    مدرب رائد ملازم ربة قائمة وزيرة نقيبة أمين محافظ مستشارة الأمين السفيرة سفيرة رئيسة
    عاهل ولي سلطان رئيس وسيط وسيطة عميدة مزارع مزارعة معلم معلمة ممرض ممرضة سائق طالبة
    صياد صيادة بائع بائعة صيدلي صيدلانية مقرر مقررة مواطن مواطنة شاب شابة تاجر تاجرة
    فلاح فلاحة نقابي نقابية
    فاعل فاعلة
    استشاري استشارية
    دليل مرشد مرشدة سائح سائحة زائر زائرة صاحب صاحبة
    مطور مطورة مستثمر مستثمرة
    متهم متهمة
    معاون معاونة
    ايمام
    جار جارة
    مشرف مشرفة
    مؤسس مؤسسة
    بطل بطلة لاعبة مدربة حارس حارسة عداء عداءة
    مهاجم مهاجمة مدافع مدافعة هداف هدافة ظهير ناخب محترف محترفة
    سباح ملاكم مصارع رباع دراج ناقد ناقدة
    أرملة مقاول مقاولة موظف موظفة متقاعد متقاعدة
    أسير أسيرة
    مترشح مترشحة
    ناظر ناظرة
    مصور مصورة
    """
)
# Sudanese tribal heads: "ناظر قبيلة X", "مك الفونج" (the king of a tribe;
# "ناظر" is a school's head too), titles as عمدة is
TITLES = TITLES | _fold_set("مك")
# "خادم الحرمين الشريفين الملك X": the Saudi king's title, in construct with
# the two holy mosques (dev29r)
TITLES = TITLES | _fold_set("خادم")
# titles never read with a possessive pronoun glued: folded, "خادمه" is the
# maid ("وقالت خادمة المنزل إن"), no "his servant" (mend29c)
TITLES_NO_PRONOUN = _fold_set("خادم الخادم")
TITLES = TITLES | frozenset("ال" + t for t in TITLES)
# "وأشارت المشاركة "X Y" إلى أن": a participant (in a campaign, a sit-in, a
# workshop), with the article only: bare, "بمشاركة وزير المالية X" is the
# participation of the minister (in the presence of), no post (dev37s)
TITLES = TITLES | _fold_set("المشارك المشاركة")
# "قال الإطار الوطني X" (Maghrebi press: a national coach or executive, as
# "الناخب الوطني"): a title with its article only ("في إطار" is no post)
TITLES = TITLES | _fold_set("الإطار")
# "راعي أبرشية صيدا للسريان المطران X", "راعي كنيسة مار إلياس الأب X": a
# parish's or diocese's pastor, a post in construct; bare only ("الراعي" is
# a family name; kw33b)
TITLES = TITLES | _fold_set("راعي")
# "كاهن كنيسة مار جرجس الأب X", "أسقف الأبرشية المطران X": a church's or
# a parish's priest or bishop, a post in construct as راعي's (not القس,
# an honorific of the name, NAME_HONORIFICS; kw39)
TITLES = TITLES | _fold_set("كاهن كاهنة أسقف")
# titles that are one bare only: with the article the word is a family name
# ("بشارة الراعي"), never the post after a name (dev36rd)
TITLES_BARE_ONLY = _fold_set("راعي")
HONORIFICS = _fold_set(
    "السيد السيدة الدكتور الدكتورة د. الشيخ الأستاذ الأستاذة المهندس المهندسة الحاج "
    "الحاجة البروفيسور البروفسور البروفيسورة صاحب صاحبة السمو "
    "الملكي الجلالة المعالي السعادة الفخامة فخامة معالي سعادة سمو جلالة سماحة "
    "الأخ الأخت "  # a union's or a party's "brother"/"sister" ("الأخ X، الأمين العام")
    "الزميل الزميلة "  # the press's "colleague" ("كتب الزميل X رئيس تحرير …"): no post
    "مار"  # the Eastern churches' prelate's ("البطريرك مار X Y"): no first name
) | {"د", "م", "."}  # "د. سعاد", "م.عادل" (engineer): the abbreviation is two tokens
# Heads that make a phrase anonymous when indefinite ("مسؤول أمريكي").
ANONYMOUS_HEADS = _fold_set(
    """
    أحد إحدى بعض مصدر مصادر مسؤول مسؤولة مسؤولون مسؤولين دبلوماسي ديبلوماسي
    دبلوماسيون دبلوماسيين خبير خبراء محلل محللون شاهد شهود ناشط ناشطون مراقبون
    مقرب مقربون مقربين عنصر عناصر ضابط ضباط موظف موظفون مستشار مستشارون مستشارين
    مسؤولو قيادي قياديون قياديين قيادات عضو أعضاء رجل امرأة سيدة مواطن مواطنة شاب تاجر
    موزع مستورد مصدر صيدلي مشرف مشرفة
    سياسي سياسيون سياسيين
    أوساط نواب
    مسئول مسئولة مسئولون مسئولين مسئولو
    طالب
    """
)
# (طالب: "وقال طالب جامعي (21 عاما) إن", an unnamed student, bare only:
# "الطالب" is also a family name, "أيت الطالب"; the verb "demanded" is a
# cue, told apart by phrases.cue_at after a verb of saying; kw32; and
# before a given name or a definite nisba it is the given name Talib,
# phrases._talib_named; mend30a)
QUANTIFIERS = _fold_set("أحد إحدى بعض")
DOCUMENT_HEADS = _fold_set(
    """
    برقية البرقية برقيات البرقيات وثيقة الوثيقة وثائق الوثائق تقرير التقرير تقارير
    التقارير مذكرة المذكرة رسالة الرسالة بيان البيان محضر المحضر دراسة الدراسة
    بلاغ البلاغ رسائل الرسائل
    """
)
# documents that relay others' words, a cable, a memo, a report, a letter,
# minutes ("ونقلت البرقية", "وتضيف المذكرة"): their own dating reads them,
# never a document named again as the place words were said
# (dating.document_told_before), bare forms
RELAYING_DOCUMENTS = _fold_set(
    "برقية برقيات وثيقة وثائق مذكرة مذكرات تقرير تقارير رسالة رسائل محضر"
)
# a piece a paper publishes ("نشرت الصحيفة مقالا", Egyptian "موضوعا"):
# dating.document_told_before names it again with the article
WRITTEN_PIECES = _fold_set("مقال مقالة موضوع")
FEMININE_DOCUMENTS = _fold_set(
    "برقية البرقية برقيات البرقيات وثيقة الوثيقة وثائق الوثائق مذكرة المذكرة رسالة "
    "الرسالة دراسة الدراسة تقارير التقارير رسائل الرسائل"
)
ORGANIZATION_HEADS = _fold_set(
    """
    السفارة سفارة الوزارة وزارة الحكومة حكومة الخارجية الرئاسة رئاسة البيت الجيش
    جيش الشرطة الحزب حزب حركة الحركة المنظمة منظمة الأمم الاتحاد اتحاد وكالة
    الوكالة الجامعة المجلس مجلس الكونغرس الكونجرس البنتاغون البنتاجون البرلمان
    اللجنة لجنة القيادة الأمانة الهيئة هيئة المكتب مكتب الإدارة إدارة تنظيم التنظيم
    الجماعة جماعة كتائب الحرس المخابرات الاستخبارات البعثة بعثة القنصلية السلطات
    السلطة الشركة شركة المحكمة النيابة الداخلية الدفاع المعارضة الائتلاف ائتلاف
    التحالف تحالف جبهة الجبهة المفوضية مفوضية الشرطة قيادة صندوق الصندوق بنك
    البنك مصرف المصرف الاتحادية اتحادية النقابة نقابة الكتلة كتلة الغرفة غرفة
    الجمعية جمعية البلدية بلدية أمانة التجمع تجمع المرصد مرصد
    المندوبية مندوبية المديرية مديرية الديوان ديوان المعهد معهد التنسيقية تنسيقية
    الفدرالية فدرالية الفيدرالية فيدرالية الكنفدرالية كنفدرالية
    سلطة
    جهاز الجهاز تيار التيار
    الكرملين الإليزيه الاليزي الفاتيكان قصر
    مستشفى المستشفى مستوصف المستوصف جامعة كلية الكلية
    الوفد وفد
    الطاقم طاقم الكتيبة كتيبة
    الجالية جالية
    الكنيسة كنيسة الأسرة أسرة العائلة عائلة الحملة حملة
    التجمع تجمع
    القبيلة قبيلة العشيرة عشيرة الطائفة طائفة الخلية خلية الأبرشية
    العصابة الميليشيا المليشيا الجوقة الأوركسترا الأغلبية الأكثرية
    الحشد الفوج
    المجموعة مجموعة
    المجمع مجمع قوات
    """
)
MASCULINE_ORGS = _fold_set(
    "البيت الجيش جيش الحزب حزب الاتحاد اتحاد المجلس مجلس الكونغرس الكونجرس البنتاغون "
    "البنتاجون البرلمان المكتب مكتب تنظيم التنظيم الحرس الائتلاف ائتلاف التحالف تحالف "
    "صندوق الصندوق بنك البنك مصرف المصرف المرصد مرصد الديوان ديوان المعهد معهد مركز المركز "
    "جهاز الجهاز تيار التيار مستشفى المستشفى مستوصف المستوصف "
    # a delegation speaks as a body ("وقال الوفد الأمريكي إن")
    "الوفد وفد "
    # a rally of a profession or of parties ("وقال تجمع المهنيين")
    "التجمع تجمع "
    # a crew speaks as a body ("وقال الطاقم الطبي إن")
    "الطاقم طاقم "
    # a club speaks as a body ("وقال النادي في بيان")
    "النادي نادي "
    # a mobilisation and a regiment ("وقال الحشد الشعبي", "وقال الفوج الثالث")
    "الحشد الفوج "
    # a business group ("وقال مجمع سونلغاز في بيان")
    "المجمع مجمع "
    # a seat of power for its government ("وقال الكرملين", "قصر قرطاج")
    "الكرملين الإليزيه الاليزي الفاتيكان قصر "
    # outlets of the masculine gender ("وحذر الموقع", "وأضاف التلفزيون")
    "موقع الموقع تلفزيون التلفزيون راديو"
)
# Outlets that relay words ("نقلت وكالة X", "قال لصحيفة X").
OUTLET_HEADS = _fold_set(
    """
    وكالة الوكالة صحيفة الصحيفة جريدة الجريدة قناة القناة إذاعة الإذاعة موقع الموقع
    مجلة المجلة تلفزيون التلفزيون شبكة الشبكة يومية أسبوعية
    فضائية الفضائية تلفزة التلفزة راديو
    """
)
# Nouns that name the thing in marks ("تنظيم "القاعدة"", "عملية "الجرف"").
LABEL_NOUNS = _fold_set(
    """
    تنظيم حزب حركة جماعة جبهة عملية برنامج مشروع خطة مبادرة صحيفة جريدة مجلة
    موقع وكالة قناة إذاعة شبكة شركة منظمة جمعية مؤسسة مركز معهد كتاب كتابه كتابها
    رواية فيلم مسلسل أغنية قصيدة مؤتمر منتدى قمة ائتلاف تحالف كتلة تيار مجموعة
    لجنة هيئة مجلس اتفاق اتفاقية قانون مرسوم ملف قضية شعار لقب اسم تسمية مصطلح
    وسم هاشتاغ هاشتاج حملة مسابقة جائزة مهرجان نادي بعنوان عنوان عنوانه
    المسماة المسمى تدعى يدعى باسم اسمه اسمها سمي سميت عرف عرفت يعرف تعرف
    المعروف المعروفة ماركة علامة منصة تطبيق نظام صفقة كتائب سرايا ألوية لواء
    ميليشيا ميليشيات فصيل فصائل لفظ عبارة مفهوم مقولة نظرية أطروحة عقيدة دورية
    يسمى تسمى سمي سميت يطلق تطلق أطلق أطلقت المسماة المسمى شعار بمسمى مسمى
    أوساط فعاليات فعالية ملتقى معرض تجمع
    استراتيجية إستراتيجية منظومة رؤية
    فضائية تلفزيون تلفزة راديو
    """
)
LABEL_NOUNS = LABEL_NOUNS | frozenset("ال" + t for t in LABEL_NOUNS if not t.startswith("ال"))
# a disease named in marks ("مرض "كوفيد 19"", "فيروس «كورونا»"), its noun
# without the article only ("المرض «…»" may be the subject of what is said)
LABEL_NOUNS = LABEL_NOUNS | _fold_set("مرض فيروس وباء جائحة متحور سلالة")
# the theme of a gathering named in marks ("لمناقشة موضوع «…»", "تحت محور
# «…»"), its noun without the article only ("الموضوع «…»" may be what the
# speaker says of the matter: "وقال عن الموضوع «لا تعليق»")
LABEL_NOUNS = LABEL_NOUNS | _fold_set("موضوع محور")
# a delegation named in marks by whom it is made of ("زيارة وفد «شيوخ
# القبائل»", "وفود «رجال الأعمال»"), its noun without the article only, as
# موضوع above ("وقال الوفد «لن نوقع»": the delegation speaks; dev23d)
LABEL_NOUNS = LABEL_NOUNS | _fold_set("وفد وفود")
# a charge named in marks ("أدين بتهمة «إهانة موظف عمومي»", "وجهت إليه
# تهمة «…»"), its noun without the article only, as موضوع above ("وقال عن
# التهمة «إنها ملفقة»" is what the speaker says of it); the plural and the
# dual too ("ويواجه X تهم «…»", "وجهت إليه تهمتين «…»")
LABEL_NOUNS = LABEL_NOUNS | _fold_set("تهمة بتهمة تهم بتهم تهمتي بتهمتي تهمتين بتهمتين تهمتا")

# Verbs that introduce the author of a document ("برقية أرسلتها جانيت دوغلاس").
AUTHOR_VERBS = _fold_set(
    """
    أرسل أرسلت أرسله أرسلها أرسلته أرسلتها كتب كتبت كتبه كتبها كتبته كتبتها وقع وقعت
    وقعه وقعها وقعته وقعتها أعد أعدت أعده أعدها أعدته أعدتها بعث بعثت بعثه بعثها
    بعثته بعثتها وجه وجهت وجهه وجهها صاغ صاغت صاغه صاغها حرر حررت حرره حررها
    قدمه قدمها قدمته قدمتها
    أبرق أبرقت أبرقه أبرقها أبرقته أبرقتها
    رفعه رفعها رفعته رفعتها
    """
)
# Their forms in ب ("برقية بعث بها السفير X", "رسالة بعثتها الوزيرة X"):
# scan_np reads a word in ب as glued to the preposition and ends the phrase
# there, so after a document's head it reads these on to the sender
AUTHOR_VERBS_IN_B = frozenset(w for w in AUTHOR_VERBS if w[0] == "ب")
# The passive participles of sending, before من and the sender ("برقيات
# مرسلة من السفارة X", "وثيقة موجهة من الوزارة"): the author follows
SENT_PARTICIPLES = _fold_set("مرسلة مرسل مرسلتين مرسلتان موجهة موجه")
# A series of documents, the documents themselves ("سلسلة برقيات", "مجموعة
# وثائق"): their sender, or they, speak
DOCUMENT_SERIES = _fold_set("سلسلة مجموعة")
# Verbs of receiving with the document for object, after it, then the
# receiver and من (قبل) and the sender ("رسالة تلقتها الصحيفة من الوزير
# X"): the sender wrote it, as after AUTHOR_VERBS
RECEIVED_IT = _fold_set(
    "تلقاه تلقاها تلقته تلقتها تسلمه تسلمها تسلمته تسلمتها استلمه استلمها استلمته استلمتها"
)
# Verbs of publishing with the document for object, after it: the outlet or
# body after them published it ("تقرير نشرته صحيفة X", "دراسة أصدرتها وزارة
# X"; folded, "نشره" is also نشرة, a bulletin: an outlet or a body must follow)
PUBLISHED_IT = _fold_set("نشرته نشرتها نشره نشرها بثته بثتها بثه بثها أصدرته أصدرتها أصدره أصدرها")
# Words that commonly link a document to its date or origin; skipped when
# looking for the author ("برقية سرية تعود إلى ... أرسلتها من لندن").
DOCUMENT_ADJECTIVES = _fold_set(
    "سرية سري أخرى آخر أمريكية أميركية دبلوماسية ديبلوماسية جديدة مسربة سابقة لاحقة "
    "داخلية رسمية مؤرخة نفسها ذاتها مشترك مشتركة سنوي سنوية مسرب"
    # ("بيان صحفي نشره X", "بيان رسمي أصدره X": a press or an official
    # statement, then its issuer; dev30s)
    " رسمي صحفي صحفية صحافي صحافية مقتضب مقتضبة مكتوب مكتوبة"
    # ("وفي برقية ثالثة من ربيع 2008"، "تقرير ثان": an indefinite ordinal,
    # which of the documents it is; kw33b)
    " أولى ثانية ثالثة رابعة خامسة سادسة ثان ثالث رابع خامس سادس"
)

# Honorifics that stand for "he/she" in Gulf and Levantine copy ("وأوضح سعادته").
PRONOUN_NOUNS = {
    normalize(w): feats
    for w, feats in {
        "سعادته": (M, SG),
        "سعادتها": (F, SG),
        "معاليه": (M, SG),
        "معاليها": (F, SG),
        "سموه": (M, SG),
        "سموها": (F, SG),
        "فخامته": (M, SG),
        "دولته": (M, SG),
        "جلالته": (M, SG),
        "سيادته": (M, SG),
        "سيادتها": (F, SG),
        "نيافته": (M, SG),
        "غبطته": (M, SG),
    }.items()
}
