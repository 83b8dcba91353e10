"""Words of Arabic reported speech, in the search normal form (alef and hamza folded, ى as ي):
speech verbs in their common forms with و/ف attached, attribution phrases, the complementizers
that open a reported clause, and words that end a speaker's noun phrase."""
from __future__ import annotations

from annotator.suggest.arabic import light, norm

# Past (he, she, they) and present (he, she) forms of each verb.
_VERBS = """
قال قالت قالوا يقول تقول
أكد أكدت أكدوا يؤكد تؤكد
أضاف أضافت أضافوا يضيف تضيف
أوضح أوضحت يوضح توضح
صرح صرحت صرحوا يصرح تصرح
أشار أشارت يشير تشير
اعتبر اعتبرت اعتبروا يعتبر تعتبر
رأى رأت يرى ترى
شدد شددت يشدد تشدد
لفت لفتت يلفت تلفت
طالب طالبت طالبوا يطالب تطالب
دعا دعت يدعو تدعو
أعلن أعلنت يعلن تعلن
ذكر ذكرت يذكر تذكر
أفاد أفادت يفيد تفيد
نفى نفت ينفي تنفي
كشف كشفت يكشف تكشف
حذر حذرت يحذر تحذر
تابع تابعت
أردف أردفت
زعم زعمت
اعترف اعترفت
رد ردت ردوا
نقل نقلت نقلوا ينقل تنقل
كتب كتبت
روى روت
تعهد تعهدت
"""
# Participles that open a quote after the speaker: ورد الوزير قائلا: «...»
_PARTICIPLES = "قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة معتبرا معتبرة"
SPEECH_VERBS: frozenset[str] = frozenset(
    c + norm(v) for v in (_VERBS + _PARTICIPLES).split() for c in ("", "و", "ف"))

# Phrases that name the speaker right after them: بحسب الوزير، وفقا لـ، نقلا عن.
ATTRIBUTIONS: frozenset[str] = frozenset(
    c + norm(w) for w in "بحسب حسب وفق وفقا طبقا نقلا".split() for c in ("", "و"))
FOLLOWERS = frozenset({"عن", "ل", "لـ", "ما", "قول"})  # وفقا لـ، نقلا عن، بحسب ما

# أن / إن / بأن, also with a pronoun attached (إنه، أنها).
COMPLEMENTIZERS: frozenset[str] = frozenset(
    norm(w) for w in "أن إن بأن أنه إنه أنها إنها أنهم إنهم بأنه بأنها وأن".split())

# Words that end the speaker's noun phrase after a verb: prepositions, time words, particles
# (in the light form: على is a preposition, علي a name).
NP_STOPS: frozenset[str] = frozenset(light(w) for w in """
في على إلى الى من عن مع خلال بعد قبل أمام عند حول ضمن لدى منذ
أمس اليوم غدا مساء صباح الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
أيضا كذلك بدوره بدورها نفسه نفسها إن أن إنه أنه قد لقد ما لا لم لن ثم و أو
له لها لهم لهن لنا لي لك لكم
""".split()) | COMPLEMENTIZERS

# A speaker phrase headed by one of these is an organisation, not a person.
ORG_HEADS: frozenset[str] = frozenset(norm(w) for w in """
وزارة الوزارة الحكومة حكومة الشرطة الجيش جيش المنظمة منظمة الأمم الرئاسة البيت رئاسة
الوكالة وكالة اللجنة لجنة المجلس مجلس الهيئة هيئة الحركة حركة الحزب حزب الشركة شركة
السفارة سفارة الجامعة جامعة المكتب مكتب البنك بنك الاتحاد اتحاد المحكمة محكمة القيادة قيادة
""".split())

SENTENCE_ENDERS = frozenset({".", "!", "?", "\u061F", "\u2026", "\u06D4"})
# Opening mark -> closing mark. A straight quote closes itself.
QUOTE_PAIRS = {"\u201C": "\u201D", "\u00AB": "\u00BB", '"': '"'}

# Titles that open a speaker's noun phrase before the name (and the words naming a newspaper or
# channel, صحيفة الشرق الأوسط, whose name is what follows): الوزير أحمد سعيد، وزير الخارجية
# العراقي فؤاد حسين، المتحدث باسم الحكومة سالم علي. The speaker span is the name after them.
TITLES: frozenset[str] = frozenset(norm(c + w) for w in """
وزير الوزير وزيرة الوزيرة رئيس الرئيس رئيسة الرئيسة الدكتور الدكتورة د السيد السيدة
الشيخ المتحدث المتحدثة الناطق الناطقة اللواء العميد العقيد المقدم الفريق النائب نائب
السفير سفير المستشار مستشار الأمين العام المدير مدير مديرة المديرة الملك الأمير
الزعيم القائد الجنرال المحامي القاضي الأستاذ البروفيسور المبعوث مبعوث المفوض مفوض
المحلل المحللة الخبير الخبيرة الصحفي الصحفية الكاتب الكاتبة الناشط الناشطة الممرض الممرضة
الطبيب الطبيبة المهندس المهندسة محافظ المحافظ مدرب المدرب الباحث الباحثة المسؤول مسؤول
النائبة المراسل المراسلة
صحيفة جريدة مجلة قناة موقع
""".split() for c in ("", "و"))
# After a title, "باسم" takes the next word along (المتحدث باسم الجيش).
IN_THE_NAME_OF = norm("باسم")

# Words naming a work or an event whose name follows in quote marks (مهرجان "ليالي الشرق",
# برنامج «المشهد»): a short passage quoted right after one of them is its name, not a quote
# (in the light form, so الـ, و, ب and ل forms count too).
NAMED_WORKS: frozenset[str] = frozenset(light(w) for w in """
مهرجان المهرجان برنامج البرنامج ندوة الندوة مؤتمر المؤتمر كتاب الكتاب كتابه كتابها رواية
الرواية روايته مسرحية المسرحية فيلم الفيلم حملة الحملة شعار الشعار معرض المعرض مبادرة
المبادرة مشروع المشروع عملية العملية مسلسل المسلسل أغنية الأغنية قصيدة القصيدة صحيفة مجلة
""".split())
