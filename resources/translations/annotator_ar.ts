<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <source>skipped: it is the project being imported into (or its journal)</source>
        <translation>تُرك: إنه المشروع الذي يُستورد إليه (أو سجلّه)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <source>damaged or tampered project file: {reason}; it was left untouched</source>
        <translation>ملف مشروع تالف أو عُبث به: ⁨{reason}⁩؛ تُرك كما هو</translation>
    </message>
    <message>
        <source>damaged or tampered project file: {reason}</source>
        <translation>ملف مشروع تالف أو عُبث به: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>read-only, and made by an older version of annotator: copy it to a folder you can write and open the copy once, which upgrades it (for example `cp {path} copy.annotator &amp;&amp; annotator stats --db copy.annotator`)</source>
        <translation>للقراءة فقط، وصنعه إصدار أقدم من annotator: انسخه إلى مجلد تستطيع الكتابة فيه وافتح النسخة مرة فتُحدَّث (مثلًا `cp ⁨{path}⁩ copy.annotator &amp;&amp; annotator stats --db copy.annotator`)</translation>
    </message>
    <message>
        <source>read-only, and made by an older version of annotator; reading it upgraded in memory failed: {reason}</source>
        <translation>للقراءة فقط، وصنعه إصدار أقدم من annotator؛ تعذّرت قراءته مُحدَّثًا في الذاكرة: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>read-only: the disk is full (no room for the project&apos;s journal)</source>
        <translation>للقراءة فقط: القرص ممتلئ (لا مكان لسجلّ المشروع)</translation>
    </message>
    <message>
        <source>the folder cannot be written (permission denied or a read-only disk)</source>
        <translation>لا يمكن الكتابة في المجلد (الإذن مرفوض أو القرص للقراءة فقط)</translation>
    </message>
    <message>
        <source>cannot enter it to read its files (no search permission)</source>
        <translation>لا يمكن دخوله لقراءة ملفاته (لا إذن بالبحث فيه)</translation>
    </message>
    <message>
        <source>table {name} is missing</source>
        <translation>الجدول ⁨{name}⁩ مفقود</translation>
    </message>
    <message>
        <source>{name} is a {kind}, not a table</source>
        <translation>⁨{name}⁩ من نوع ⁨{kind}⁩، وليس جدولًا</translation>
    </message>
    <message>
        <source>table {name} is not of the expected kind</source>
        <translation>الجدول ⁨{name}⁩ ليس من النوع المتوقع</translation>
    </message>
    <message>
        <source>table {name} lacks column {column}</source>
        <translation>ينقص الجدولَ ⁨{name}⁩ العمودُ ⁨{column}⁩</translation>
    </message>
    <message>
        <source>it holds a view {name} that annotator does not make</source>
        <translation>فيه عرض ⁨{name}⁩ لا يصنعه annotator</translation>
    </message>
    <message>
        <source>it holds a trigger {name} that annotator does not make</source>
        <translation>فيه مُطلِق ⁨{name}⁩ لا يصنعه annotator</translation>
    </message>
    <message>
        <source>trigger {name} is missing</source>
        <translation>المُطلِق ⁨{name}⁩ مفقود</translation>
    </message>
    <message>
        <source>&amp;Hand out to annotators…</source>
        <translation>توزيع &amp;على المُوسِّمين…</translation>
    </message>
    <message>
        <source>Write one project file per annotator with their documents</source>
        <translation>كتابة ملف مشروع لكل مُوسِّم يحوي مستنداته</translation>
    </message>
    <message>
        <source>&amp;Merge annotators&apos; files…</source>
        <translation>&amp;دمج ملفات المُوسِّمين…</translation>
    </message>
    <message>
        <source>Bring annotators&apos; project files back into this project</source>
        <translation>إعادة ملفات مشاريع المُوسِّمين إلى هذا المشروع</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>الا&amp;تفاق…</translation>
    </message>
    <message>
        <source>&amp;Curate…</source>
        <translation>الت&amp;نقيح…</translation>
    </message>
    <message>
        <source>Build the gold annotation from the annotators&apos; spans</source>
        <translation>بناء التوسيم المرجعي من مقاطع المُوسِّمين</translation>
    </message>
    <message>
        <source>&amp;Progress dashboard…</source>
        <translation>&amp;لوحة التقدّم…</translation>
    </message>
    <message>
        <source>&amp;Sync with the server</source>
        <translation>&amp;مزامنة مع الخادم</translation>
    </message>
    <message>
        <source>Send this working copy&apos;s changes to the team server and bring in what others did</source>
        <translation>أرسل تغييرات هذه النسخة إلى خادم الفريق واجلب ما أنجزه الآخرون</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>F1 exact</source>
        <translation>F1 المطابقة التامة</translation>
    </message>
    <message>
        <source>F1 overlap</source>
        <translation>F1 التداخل</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>كابا</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>المُوسِّمون</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>ألفا</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, mean over the pairs</source>
        <translation>معامل كابا لكوهين، متوسطًا على الأزواج</translation>
    </message>
    <message>
        <source>Span F1 (exact), mean over the pairs</source>
        <translation>F1 للمقاطع (مطابقة تامة)، متوسطًا على الأزواج</translation>
    </message>
    <message>
        <source>Worst first. Enter or double-click a document to curate it.</source>
        <translation>الأسوأ أولًا. اضغط Enter أو انقر مستندًا نقرًا مزدوجًا لتنقيحه.</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>الطبقة:</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>جارٍ حساب الاتفاق…</translation>
    </message>
    <message>
        <source>Agreement not computed (cancelled).</source>
        <translation>لم يُحسب الاتفاق (أُلغي).</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>التنقيح</translation>
    </message>
    <message>
        <source>Enter: accept · digit: accept as label · Alt+←/→ (Shift: start): move a gold edge · Delete: remove from gold · Ctrl+1…9: all of one annotator · Ctrl+G: all agreed · Ctrl+Enter: gold done, next · Alt+↓/↑: next/previous · Ctrl+Z: undo</source>
        <translation>Enter: قبول · رقم: قبول بوسم · Alt+←/→ (مع Shift: البداية): تحريك طرف في المرجع · Delete: حذف من المرجع · Ctrl+1…9: كل مقاطع مُوسِّم واحد · Ctrl+G: كل المتفق عليه · Ctrl+Enter: المرجع منجز، التالي · Alt+↓/↑: التالي/السابق · Ctrl+Z: تراجع</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;document {at} of {total} · gold: {gold} ({status})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;المستند {at} من {total} · المرجع: {gold} ({status})</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>الرأس</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <source>Tail</source>
        <translation>الذيل</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>underlined</source>
        <translation>مسطَّر</translation>
    </message>
    <message>
        <source>in the gold</source>
        <translation>في المرجع</translation>
    </message>
    <message>
        <source>accept {label}</source>
        <translation>قبول {label}</translation>
    </message>
    <message>
        <source>accept all of {name}</source>
        <translation>قبول كل مقاطع {name}</translation>
    </message>
    <message>
        <source>accept all agreed</source>
        <translation>قبول كل المتفق عليه</translation>
    </message>
    <message>
        <source>accept link</source>
        <translation>قبول العلاقة</translation>
    </message>
    <message>
        <source>Team progress</source>
        <translation>تقدّم الفريق</translation>
    </message>
    <message>
        <source>Documents per status, per annotator</source>
        <translation>المستندات حسب الحالة، لكل مُوسِّم</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>المُوسِّم</translation>
    </message>
    <message>
        <source>Spans per label</source>
        <translation>المقاطع حسب الوسم</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Spans per hour, per annotator</source>
        <translation>المقاطع في الساعة، لكل مُوسِّم</translation>
    </message>
    <message>
        <source>Hour (local time)</source>
        <translation>الساعة (بالتوقيت المحلي)</translation>
    </message>
    <message>
        <source>Spans made in the hour</source>
        <translation>المقاطع المُنشأة في الساعة</translation>
    </message>
    <message>
        <source>Agreement per label (Krippendorff&apos;s alpha)</source>
        <translation>الاتفاق حسب الوسم (ألفا كريبندورف)</translation>
    </message>
    <message>
        <source>Computing agreement per label…</source>
        <translation>جارٍ حساب الاتفاق لكل وسم…</translation>
    </message>
    <message>
        <source>0.67: tentative</source>
        <translation>0.67: مبدئي</translation>
    </message>
    <message>
        <source>0.80: reliable</source>
        <translation>0.80: موثوق</translation>
    </message>
    <message>
        <source>Hand out to annotators</source>
        <translation>توزيع على المُوسِّمين</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل المستندات</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Annotators:</source>
        <translation>المُوسِّمون:</translation>
    </message>
    <message>
        <source>Shared with several:</source>
        <translation>المشترك بين عدة مُوسِّمين:</translation>
    </message>
    <message>
        <source>Annotators per shared document:</source>
        <translation>عدد المُوسِّمين لكل مستند مشترك:</translation>
    </message>
    <message>
        <source>Seed (same seed, same hand-out):</source>
        <translation>البذرة (البذرة نفسها، التوزيع نفسه):</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>المستندات:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>Hand out</source>
        <translation>توزيع</translation>
    </message>
    <message>
        <source>Writes one project file per annotator, NAME.annotator, holding the label scheme and that annotator&apos;s documents. Send each file to its annotator; bring them back with Team &gt; Merge annotators&apos; files.</source>
        <translation>يكتب ملف مشروع لكل مُوسِّم، NAME.annotator، يحوي مخطط الوسوم ومستندات ذلك المُوسِّم. أرسل كل ملف إلى صاحبه، ثم أعِدها بـ الفريق &gt; دمج ملفات المُوسِّمين.</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>مجلد الملفات</translation>
    </message>
    <message>
        <source>Merge annotators&apos; files</source>
        <translation>دمج ملفات المُوسِّمين</translation>
    </message>
    <message>
        <source>Annotator projects (*.annotator)</source>
        <translation>مشاريع المُوسِّم (*.annotator)</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>جارٍ الدمج…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>The merge was cancelled: nothing was merged.</source>
        <translation>أُلغي الدمج: لم يُدمج شيء.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>{what} {name} may not be empty or contain spaces, quotes, commas or brackets</source>
        <translation>لا يجوز أن يكون ⁨{what}⁩ ⁨{name}⁩ فارغًا ولا أن يحوي مسافات أو علامات تنصيص أو فواصل أو أقواسًا</translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation>تعذّرت القراءة: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>ليس TOML صالحًا: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>not valid TOML: arrays or tables nested too deeply</source>
        <translation>ليس TOML صالحا: المصفوفات أو الجداول متداخلة بعمق مفرط</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>layer name</source>
        <translation>اسم الطبقة</translation>
    </message>
    <message>
        <source>label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>hotkey {key!r} is used by both {first} and {second}</source>
        <translation>المفتاح ⁨{key!r}⁩ مستعمل للوسمين ⁨{first}⁩ و⁨{second}⁩ معًا</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>نوع العلاقة</translation>
    </message>
    <message>
        <source>relation name</source>
        <translation>اسم العلاقة</translation>
    </message>
    <message>
        <source>relation {name}: {key!r} must name at least one label</source>
        <translation>العلاقة ⁨{name}⁩: يجب أن يسمّي ⁨{key!r}⁩ وسمًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>relation {name} names missing label {label!r} in {key!r}</source>
        <translation>العلاقة ⁨{name}⁩ تسمّي في ⁨{key!r}⁩ وسمًا غير موجود: ⁨{label!r}⁩</translation>
    </message>
    <message>
        <source>label name</source>
        <translation>اسم الوسم</translation>
    </message>
    <message>
        <source>label {name} is in unknown layer {layer!r} (layers: {layers})</source>
        <translation>الوسم ⁨{name}⁩ في طبقة غير معروفة ⁨{layer!r}⁩ (الطبقات: ⁨{layers}⁩)</translation>
    </message>
    <message>
        <source>label {name} has colour {color!r}; expected #RRGGBB, e.g. #E69F00</source>
        <translation>لون الوسم ⁨{name}⁩ هو ⁨{color!r}⁩؛ والمطلوب صيغة #RRGGBB، مثل #E69F00</translation>
    </message>
    <message>
        <source>label {name} has hotkey {key!r}; expected one digit, one letter A-Z, or F1-F12</source>
        <translation>مفتاح الوسم ⁨{name}⁩ هو ⁨{key!r}⁩؛ والمطلوب رقم واحد أو حرف واحد من A إلى Z أو أحد المفاتيح F1 إلى F12</translation>
    </message>
    <message>
        <source>label {name}: attribute {attribute!r} needs a list of distinct, non-empty values</source>
        <translation>الوسم ⁨{name}⁩: الخاصية ⁨{attribute!r}⁩ تحتاج إلى قائمة قيم غير فارغة ولا مكررة</translation>
    </message>
    <message>
        <source>layer {n}</source>
        <translation>الطبقة ⁨{n}⁩</translation>
    </message>
    <message>
        <source>label {n}</source>
        <translation>الوسم ⁨{n}⁩</translation>
    </message>
    <message>
        <source>label {name}</source>
        <translation>الوسم ⁨{name}⁩</translation>
    </message>
    <message>
        <source>label {name}: attributes must map names to lists of values, e.g. kind = [&quot;direct&quot;, &quot;indirect&quot;]</source>
        <translation>الوسم ⁨{name}⁩: يجب أن تربط الخصائص كل اسم بقائمة قيم، مثل kind = [&quot;direct&quot;, &quot;indirect&quot;]</translation>
    </message>
    <message>
        <source>relation {n}</source>
        <translation>العلاقة ⁨{n}⁩</translation>
    </message>
    <message>
        <source>relation {name}</source>
        <translation>العلاقة ⁨{name}⁩</translation>
    </message>
    <message>
        <source>relation {name}: {key!r} must be a list of labels</source>
        <translation>العلاقة ⁨{name}⁩: يجب أن يكون ⁨{key!r}⁩ قائمة وسوم</translation>
    </message>
    <message>
        <source>the scheme has no [[layers]]</source>
        <translation>ليس في المخطط أي [[layers]] (طبقات)</translation>
    </message>
    <message>
        <source>{owner}: unknown key {key!r} (expected one of: {allowed})</source>
        <translation>⁨{owner}⁩: مفتاح غير معروف ⁨{key!r}⁩ (المتوقع واحد من: ⁨{allowed}⁩)</translation>
    </message>
    <message>
        <source>{key} must be an array of tables ([[{key}]])</source>
        <translation>يجب أن يكون ⁨{key}⁩ مصفوفة جداول ([[⁨{key}⁩]])</translation>
    </message>
    <message>
        <source>{owner}: missing {key!r}</source>
        <translation>⁨{owner}⁩: ينقصه ⁨{key!r}⁩</translation>
    </message>
    <message>
        <source>{owner}: {key!r} must be a string</source>
        <translation>⁨{owner}⁩: يجب أن يكون ⁨{key!r}⁩ نصًا</translation>
    </message>
    <message>
        <source>{what} {name!r} is defined twice</source>
        <translation>تكرّر تعريف ⁨{what}⁩ ⁨{name!r}⁩</translation>
    </message>
    <message>
        <source>label {name} (layer {layer}) may not contain spaces, quotes, commas or brackets</source>
        <translation>لا يجوز أن يحوي الوسم ⁨{name}⁩ (الطبقة ⁨{layer}⁩) مسافات أو علامات تنصيص أو فواصل أو أقواسًا</translation>
    </message>
    <message>
        <source>no label {name!r} (labels: {labels})</source>
        <translation>لا يوجد وسم ⁨{name!r}⁩ (الوسوم: ⁨{labels}⁩)</translation>
    </message>
    <message>
        <source>there is already a label {name!r}</source>
        <translation>يوجد وسم باسم ⁨{name!r}⁩ من قبل</translation>
    </message>
    <message>
        <source>hotkey {key} is already used by {label}; choose another or clear that one first</source>
        <translation>المفتاح ⁨{key}⁩ مستعمل للوسم ⁨{label}⁩؛ اختر مفتاحًا آخر أو امسح مفتاح ذلك الوسم أولًا</translation>
    </message>
    <message>
        <source>no label {name!r}</source>
        <translation>لا يوجد وسم ⁨{name!r}⁩</translation>
    </message>
    <message>
        <source>a new order must list every label exactly once</source>
        <translation>يجب أن يذكر الترتيب الجديد كل وسم مرة واحدة بالضبط</translation>
    </message>
    <message>
        <source>{name} is used by {n}</source>
        <translation>⁨{name}⁩ مستعمل في ⁨{n}⁩</translation>
    </message>
    <message>
        <source>{name} is used by 1 span</source>
        <translation>⁨{name}⁩ مستعمل في مقطع واحد</translation>
    </message>
    <message>
        <source>{name} is used by {n} spans</source>
        <translation>⁨{name}⁩ مستعمل في مقاطع عددها ⁨{n}⁩</translation>
    </message>
    <message>
        <source>{uses}. Nothing was changed; force the removal to delete those annotations too (--force on the command line)</source>
        <translation>⁨{uses}⁩. لم يتغير شيء؛ افرض الحذف لتُحذف تلك التوسيمات أيضًا (الخيار --force في سطر الأوامر)</translation>
    </message>
    <message>
        <source>no document {id}</source>
        <translation>لا يوجد مستند رقمه ⁨{id}⁩</translation>
    </message>
    <message>
        <source>span offsets must be integers, got {start!r}, {end!r}</source>
        <translation>يجب أن تكون مواضع المقطع أعدادًا صحيحة، والموجود ⁨{start!r}⁩ و⁨{end!r}⁩</translation>
    </message>
    <message>
        <source>span [{start}, {end}) is outside the text (0..{length}) or empty</source>
        <translation>المقطع [⁨{start}⁩, ⁨{end}⁩) خارج النص (0..⁨{length}⁩) أو فارغ</translation>
    </message>
    <message>
        <source>unknown label {label!r}</source>
        <translation>وسم غير معروف ⁨{label!r}⁩</translation>
    </message>
    <message>
        <source>relation {type!r} names span {id}, which is not in this document</source>
        <translation>العلاقة ⁨{type!r}⁩ تسمّي المقطع ⁨{id}⁩، وهو ليس في هذا المستند</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes and no UTF-16 byte-order mark)</source>
        <translation>ملف ثنائي (فيه بايتات NUL وليس فيه علامة ترتيب بايتات UTF-16)</translation>
    </message>
    <message>
        <source>neither UTF-8 (invalid byte at {at}) nor Arabic text in Windows-1256</source>
        <translation>ليس UTF-8 (بايت غير صالح عند ⁨{at}⁩) ولا نصًا عربيًا بترميز Windows-1256</translation>
    </message>
    <message>
        <source>byte {at} (line {line})</source>
        <translation>البايت ⁨{at}⁩ (السطر ⁨{line}⁩)</translation>
    </message>
    <message>
        <source>{places} and {n} more</source>
        <translation>⁨{places}⁩ و⁨{n}⁩ غيرها</translation>
    </message>
    <message>
        <source>1 invalid UTF-8 byte sequence replaced by U+FFFD at {places}</source>
        <translation>استُبدل U+FFFD بتسلسل بايتات واحد غير صالح في UTF-8 عند ⁨{places}⁩</translation>
    </message>
    <message>
        <source>{n} invalid UTF-8 byte sequences replaced by U+FFFD at {places}</source>
        <translation>استُبدل U+FFFD بتسلسلات بايتات غير صالحة في UTF-8 عددها ⁨{n}⁩ عند ⁨{places}⁩</translation>
    </message>
    <message>
        <source>not valid {encoding} at byte {at}</source>
        <translation>ليس ⁨{encoding}⁩ صالحًا عند البايت ⁨{at}⁩</translation>
    </message>
    <message>
        <source>empty file (only white space)</source>
        <translation>ملف فارغ (مسافات بيضاء فقط)</translation>
    </message>
    <message>
        <source>binary or unreadable content ({bad} control, replacement or private-use characters in {length})</source>
        <translation>محتوى ثنائي أو غير مقروء (⁨{bad}⁩ من محارف التحكم أو الاستبدال أو الاستخدام الخاص في ⁨{length}⁩)</translation>
    </message>
    <message>
        <source>unreadable content ({bad} replacement characters U+FFFD, the mark of bytes lost before, in {length})</source>
        <translation>محتوى غير مقروء (⁨{bad}⁩ من محارف الاستبدال U+FFFD، علامة بايتات ضاعت من قبل، في ⁨{length}⁩)</translation>
    </message>
    <message>
        <source>{what} is {length} characters long (at most {limit})</source>
        <translation>طول ⁨{what}⁩ ⁨{length}⁩ محرفًا (الحد الأقصى ⁨{limit}⁩)</translation>
    </message>
    <message>
        <source>{what} {name} holds U+{code:04X} ({char}), which is not allowed in names</source>
        <translation>في ⁨{what}⁩ ⁨{name}⁩ المحرف U+⁨{code:04X}⁩ (⁨{char}⁩)، وهو غير مسموح به في الأسماء</translation>
    </message>
    <message>
        <source>annotator name</source>
        <translation>اسم المُوسِّم</translation>
    </message>
    <message>
        <source>no {name} beside it: a brat document is a .txt and an .ann</source>
        <translation>لا يوجد ⁨{name}⁩ بجانبه: مستند brat هو ملف ‎.txt وملف ‎.ann معًا</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 (byte {at})</source>
        <translation>⁨{name}⁩ ليس UTF-8 (البايت ⁨{at}⁩)</translation>
    </message>
    <message>
        <source>expected R&lt;n&gt;&lt;TAB&gt;TYPE Arg1:T&lt;n&gt; Arg2:T&lt;n&gt;</source>
        <translation>المتوقع ⁦R&lt;n&gt;&lt;TAB&gt;TYPE Arg1:T&lt;n&gt; Arg2:T&lt;n&gt;⁩</translation>
    </message>
    <message>
        <source>expected A&lt;n&gt;&lt;TAB&gt;NAME T&lt;n&gt; [VALUE]</source>
        <translation>المتوقع ⁦A&lt;n&gt;&lt;TAB&gt;NAME T&lt;n&gt; [VALUE]⁩</translation>
    </message>
    <message>
        <source>expected #&lt;n&gt;&lt;TAB&gt;TYPE T&lt;n&gt;&lt;TAB&gt;NOTE</source>
        <translation>المتوقع ⁦#&lt;n&gt;&lt;TAB&gt;TYPE T&lt;n&gt;&lt;TAB&gt;NOTE⁩</translation>
    </message>
    <message>
        <source>{n} line(s) of kinds other than T, R, A, M and # (events, normalizations, equivalences) were ignored, the first here</source>
        <translation>أُهملت أسطر ليست من الأنواع ⁦T⁩ و⁦R⁩ و⁦A⁩ و⁦M⁩ و⁦#⁩ (أحداث وتوحيدات وتكافؤات)، عددها ⁨{n}⁩، أولها هنا</translation>
    </message>
    <message>
        <source>{id} ignored: it is on {refs}, which is not a text span (T line), and only text spans are stored</source>
        <translation>أُهمل ⁨{id}⁩: فهو على ⁨{refs}⁩، وهذا ليس مقطعًا من النص (سطر ⁦T⁩)، ولا يُخزَّن إلا مقاطع النص</translation>
    </message>
    <message>
        <source>{id} is a discontinuous span: stored as its {n} pieces, each linked to the next by {link!r}</source>
        <translation>⁨{id}⁩ مقطع متقطع: خُزّن قطعًا عددها ⁨{n}⁩، كل قطعة مربوطة بالتي تليها بالرابط ⁨{link!r}⁩</translation>
    </message>
    <message>
        <source>the fragments of this span overlap</source>
        <translation>قطع هذا المقطع متداخلة</translation>
    </message>
    <message>
        <source>{ref} names no line of the file</source>
        <translation>⁨{ref}⁩ لا يسمّي أي سطر في الملف</translation>
    </message>
    <message>
        <source>expected T&lt;n&gt;&lt;TAB&gt;LABEL START END&lt;TAB&gt;TEXT</source>
        <translation>المتوقع ⁦T&lt;n&gt;&lt;TAB&gt;LABEL START END&lt;TAB&gt;TEXT⁩</translation>
    </message>
    <message>
        <source>{fragment!r} is not START END</source>
        <translation>⁨{fragment!r}⁩ ليس على صيغة ⁦START END⁩</translation>
    </message>
    <message>
        <source>offsets [{start}, {end}) are outside the text (length {length}) or empty</source>
        <translation>المواضع [⁨{start}⁩, ⁨{end}⁩) خارج النص (طوله ⁨{length}⁩) أو فارغة</translation>
    </message>
    <message>
        <source>{quoted!r} is not the text at {where} (offsets must count code points)</source>
        <translation>⁨{quoted!r}⁩ ليس النص الموجود عند ⁨{where}⁩ (يجب أن تَعُدّ المواضعُ نقاطَ الترميز)</translation>
    </message>
    <message>
        <source>an I- tag without a B- before it was read as the start of a span</source>
        <translation>قُرئ وسم ⁦I-⁩ لا يسبقه ⁦B-⁩ بدايةً لمقطع</translation>
    </message>
    <message>
        <source>{lines} and {n} more</source>
        <translation>⁨{lines}⁩ و⁨{n}⁩ غيرها</translation>
    </message>
    <message>
        <source>{n} I- tags without a B- before them were read as the start of a span: this line, then lines {more}</source>
        <translation>قُرئت وسوم ⁦I-⁩ لا يسبقها ⁦B-⁩ بدايةً لمقطع (عددها ⁨{n}⁩): هذا السطر، ثم الأسطر ⁨{more}⁩</translation>
    </message>
    <message>
        <source>expected a token and at least one tag, got {line!r}</source>
        <translation>المتوقع كلمة ووسم واحد على الأقل، والموجود ⁨{line!r}⁩</translation>
    </message>
    <message>
        <source>no tokens in the file</source>
        <translation>لا كلمات في الملف</translation>
    </message>
    <message>
        <source>{tag!r} is not a tag (expected O, B-X, I-X, E-X or S-X)</source>
        <translation>⁨{tag!r}⁩ ليس وسمًا (المتوقع O أو B-X أو I-X أو E-X أو S-X)</translation>
    </message>
    <message>
        <source>read as CoNLL (every line is a token and tags)</source>
        <translation>قُرئ بصيغة CoNLL (كل سطر كلمة ووسوم)</translation>
    </message>
    <message>
        <source>cannot read folder: {error}</source>
        <translation>تعذّرت قراءة المجلد: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>no files to import found in this folder (looked for {readers})</source>
        <translation>لم يوجد في هذا المجلد ملفات للاستيراد (بُحث عن ⁨{readers}⁩)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>unsupported file type (supported: {readers}, or choose a reader with --format)</source>
        <translation>نوع ملف غير مدعوم (المدعوم: ⁨{readers}⁩، أو اختر قارئًا بالخيار --format)</translation>
    </message>
    <message>
        <source>too many errors, the rest of the file was not read</source>
        <translation>أخطاء كثيرة جدًا، ولم يُقرأ باقي الملف</translation>
    </message>
    <message>
        <source>nested too deeply to read</source>
        <translation>متداخل إلى عمق لا تمكن معه القراءة</translation>
    </message>
    <message>
        <source>cannot import: {error}</source>
        <translation>تعذّر الاستيراد: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>nothing to import found in this file</source>
        <translation>لم يوجد في هذا الملف شيء للاستيراد</translation>
    </message>
    <message>
        <source>relation {type!r} names a span id that the record lacks ({head!r} -&gt; {tail!r})</source>
        <translation>العلاقة ⁨{type!r}⁩ تسمّي معرّف مقطع ليس في السجل (⁨{head!r}⁩ ← ⁨{tail!r}⁩)</translation>
    </message>
    <message>
        <source>broken JSON: {error} (column {column})</source>
        <translation>JSON معطوب: ⁨{error}⁩ (العمود ⁨{column}⁩)</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON متداخل إلى عمق كبير جدًا</translation>
    </message>
    <message>
        <source>a line must hold a JSON object</source>
        <translation>يجب أن يحوي كل سطر كائن JSON</translation>
    </message>
    <message>
        <source>missing &quot;text&quot; (a string)</source>
        <translation>ينقصه &quot;text&quot; (نص)</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>يجب أن يكون &quot;text&quot; نصًا</translation>
    </message>
    <message>
        <source>&quot;text&quot; is empty</source>
        <translation>&quot;text&quot; فارغ</translation>
    </message>
    <message>
        <source>{value} is not a JSON number (strict JSON readers refuse it)</source>
        <translation>{value} ليس عددا في JSON (ترفضه قارئات JSON الصارمة)</translation>
    </message>
    <message>
        <source>a number in the JSON is too long to read (thousands of digits)</source>
        <translation>في JSON عدد أطول من أن يُقرأ (آلاف الأرقام)</translation>
    </message>
    <message>
        <source>unreadable JSON: {error}</source>
        <translation>JSON غير مقروء: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be {kind}, not {found}</source>
        <translation>يجب أن يكون &quot;⁨{key}⁩&quot; ⁨{kind}⁩، لا ⁨{found}⁩</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائنًا</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>نصًا</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{where}: &quot;{name}&quot; must be an integer, got {value!r}</source>
        <translation>⁨{where}⁩: يجب أن يكون &quot;⁨{name}⁩&quot; عددًا صحيحًا، والموجود ⁨{value!r}⁩</translation>
    </message>
    <message>
        <source>{where}: offsets [{start}, {end}) are outside the text (length {length}) or empty</source>
        <translation>⁨{where}⁩: المواضع [⁨{start}⁩, ⁨{end}⁩) خارج النص (طوله ⁨{length}⁩) أو فارغة</translation>
    </message>
    <message>
        <source>{where}: a span must be an object</source>
        <translation>⁨{where}⁩: يجب أن يكون المقطع كائنًا</translation>
    </message>
    <message>
        <source>{where}: &quot;label&quot; must be a non-empty string</source>
        <translation>⁨{where}⁩: يجب أن يكون &quot;label&quot; نصًا غير فارغ</translation>
    </message>
    <message>
        <source>{where}: &quot;text&quot; {quoted!r} is not text[{start}:{end}] {found!r} (offsets must count code points)</source>
        <translation>⁨{where}⁩: ‏&quot;text&quot; ⁨{quoted!r}⁩ ليس text[⁨{start}⁩:⁨{end}⁩] أي ⁨{found!r}⁩ (يجب أن تَعُدّ المواضعُ نقاطَ الترميز)</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; must be {kind}</source>
        <translation>⁨{where}⁩: يجب أن يكون &quot;⁨{key}⁩&quot; ⁨{kind}⁩</translation>
    </message>
    <message>
        <source>{where}: &quot;origin&quot; must not be empty</source>
        <translation>⁨{where}⁩: يجب ألّا يكون &quot;origin&quot; فارغًا</translation>
    </message>
    <message>
        <source>{where}: expected [start, end, &quot;LABEL&quot;]</source>
        <translation>⁨{where}⁩: المتوقع ⁦[start, end, &quot;LABEL&quot;]⁩</translation>
    </message>
    <message>
        <source>{where}: the label must be a non-empty string</source>
        <translation>⁨{where}⁩: يجب أن يكون الوسم نصًا غير فارغ</translation>
    </message>
    <message>
        <source>{where}: a relation must be an object</source>
        <translation>⁨{where}⁩: يجب أن تكون العلاقة كائنًا</translation>
    </message>
    <message>
        <source>{where}: missing &quot;{key}&quot;</source>
        <translation>⁨{where}⁩: ينقصه &quot;⁨{key}⁩&quot;</translation>
    </message>
    <message>
        <source>{where}: &quot;type&quot; must be a string</source>
        <translation>⁨{where}⁩: يجب أن يكون &quot;type&quot; نصًا</translation>
    </message>
    <message>
        <source>not UTF-8 (byte {at})</source>
        <translation>ليس UTF-8 (البايت ⁨{at}⁩)</translation>
    </message>
    <message>
        <source>task {n}</source>
        <translation>المهمة ⁨{n}⁩</translation>
    </message>
    <message>
        <source>{where}: expected an object with &quot;data&quot;</source>
        <translation>⁨{where}⁩: المتوقع كائن فيه &quot;data&quot;</translation>
    </message>
    <message>
        <source>{where}: &quot;data.text&quot; must be a non-empty string</source>
        <translation>⁨{where}⁩: يجب أن يكون &quot;data.text&quot; نصًا غير فارغ</translation>
    </message>
    <message>
        <source>{where}: &quot;annotations&quot; must be a list</source>
        <translation>⁨{where}⁩: يجب أن يكون &quot;annotations&quot; قائمة</translation>
    </message>
    <message>
        <source>{where}: an annotation&apos;s &quot;result&quot; must be a list</source>
        <translation>⁨{where}⁩: يجب أن يكون &quot;result&quot; في كل توسيم قائمة</translation>
    </message>
    <message>
        <source>{where}: a relation names a region the task lacks ({head!r} -&gt; {tail!r})</source>
        <translation>⁨{where}⁩: علاقة تسمّي منطقة ليست في المهمة (⁨{head!r}⁩ ← ⁨{tail!r}⁩)</translation>
    </message>
    <message>
        <source>{where}: a result needs a &quot;value&quot; object</source>
        <translation>⁨{where}⁩: كل نتيجة تحتاج إلى كائن &quot;value&quot;</translation>
    </message>
    <message>
        <source>{where}: value.start and value.end must be integers</source>
        <translation>⁨{where}⁩: يجب أن يكون value.start وvalue.end عددين صحيحين</translation>
    </message>
    <message>
        <source>{where}: value.text {quoted!r} is not text[{start}:{end}] (offsets must count code points)</source>
        <translation>⁨{where}⁩: ‏value.text ⁨{quoted!r}⁩ ليس text[⁨{start}⁩:⁨{end}⁩] (يجب أن تَعُدّ المواضعُ نقاطَ الترميز)</translation>
    </message>
    <message>
        <source>{where}: value.labels must be a list of label names</source>
        <translation>⁨{where}⁩: يجب أن يكون value.labels قائمة أسماء وسوم</translation>
    </message>
    <message>
        <source>spans[{i}]: token_start/token_end name no token with start/end</source>
        <translation>spans[⁨{i}⁩]: لا يسمّي token_start/token_end أي كلمة لها start/end</translation>
    </message>
    <message>
        <source>{where}:{line}: {reason}</source>
        <translation>‏⁨{where}:{line}⁩: {reason}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>‏⁨{where}⁩: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>busy: another program kept the project locked for more than {seconds:g} s; try again when it has finished</source>
        <translation>مشغول: أبقى برنامج آخر المشروع مقفلًا أكثر من ⁨{seconds:g}⁩ ث؛ أعد المحاولة حين ينتهي</translation>
    </message>
    <message>
        <source>read-only: the project file or its folder cannot be written</source>
        <translation>للقراءة فقط: لا تمكن الكتابة في ملف المشروع أو مجلده</translation>
    </message>
    <message>
        <source>disk error: {error}</source>
        <translation>خطأ في القرص: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>damaged project file: {error}</source>
        <translation>ملف المشروع تالف: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>مجلد، لا ملف مشروع</translation>
    </message>
    <message>
        <source>not an annotator project (not a SQLite database)</source>
        <translation>ليس مشروع annotator (ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <source>not an annotator project (a SQLite database of another program); it was left untouched</source>
        <translation>ليس مشروع annotator (قاعدة بيانات SQLite لبرنامج آخر)؛ ولم يُمسّ</translation>
    </message>
    <message>
        <source>made by a newer version of annotator (schema {version}; this version reads up to {known}); it was left untouched</source>
        <translation>أنشأه إصدار أحدث من annotator (إصدار قاعدة البيانات ⁨{version}⁩؛ وهذا الإصدار يقرأ حتى ⁨{known}⁩)؛ ولم يُمسّ</translation>
    </message>
    <message>
        <source>unreadable database: {error}</source>
        <translation>قاعدة بيانات غير مقروءة: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>المجلد ⁨{folder}⁩ غير موجود</translation>
    </message>
    <message>
        <source>cannot open project: {reason}</source>
        <translation>تعذّر فتح المشروع: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>cannot upgrade project: {error}</source>
        <translation>تعذّرت ترقية المشروع: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>cannot open the read-only project: {reason}</source>
        <translation>تعذّر فتح المشروع للقراءة فقط: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>unknown layer {layer!r} (layers: {layers})</source>
        <translation>طبقة غير معروفة ⁨{layer!r}⁩ (الطبقات: ⁨{layers}⁩)</translation>
    </message>
    <message>
        <source>no document marked done by {missing} (annotators with done documents: {known})</source>
        <translation>لا مستند أنجزه ⁨{missing}⁩ (المُوسِّمون الذين أنجزوا مستندات: ⁨{known}⁩)</translation>
    </message>
    <message>
        <source>--overlap must be between 0 and 1, got {overlap}</source>
        <translation>يجب أن تكون نسبة المشاركة (‎--overlap) بين 0 و1، والموجود ⁨{overlap}⁩</translation>
    </message>
    <message>
        <source>--per-doc must be between 2 and the number of annotators ({n}), got {per_doc}</source>
        <translation>يجب أن يكون عدد المُوسِّمين لكل مستند (‎--per-doc) بين 2 وعدد المُوسِّمين (⁨{n}⁩)، والموجود ⁨{per_doc}⁩</translation>
    </message>
    <message>
        <source>give at least one annotator name (--annotators mona,ali,sara)</source>
        <translation>اكتب اسم مُوسِّم واحد على الأقل (⁦--annotators mona,ali,sara⁩)</translation>
    </message>
    <message>
        <source>an annotator is named twice in --annotators</source>
        <translation>اسم أحد المُوسِّمين مكرر في ⁦--annotators⁩</translation>
    </message>
    <message>
        <source>annotator name {name!r} cannot name a file (no spaces, slashes, quotes, commas or brackets)</source>
        <translation>اسم المُوسِّم ⁨{name!r}⁩ لا يصلح اسمًا لملف (بلا مسافات أو شرطات مائلة أو علامات تنصيص أو فواصل أو أقواس)</translation>
    </message>
    <message>
        <source>no documents to hand out with status {status}</source>
        <translation>لا مستندات للتوزيع حالتها ⁨{status}⁩</translation>
    </message>
    <message>
        <source>no documents to hand out</source>
        <translation>لا مستندات للتوزيع</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>ملف، لا مجلد</translation>
    </message>
    <message>
        <source>already exists; an annotator&apos;s work is never overwritten (choose another --out folder)</source>
        <translation>موجود من قبل؛ لا يُكتب فوق عمل أي مُوسِّم أبدًا (اختر مجلدًا آخر ⁦--out⁩)</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>رُفض: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>is the team project itself</source>
        <translation>هو مشروع الفريق نفسه</translation>
    </message>
    <message>
        <source>an empty project file</source>
        <translation>ملف مشروع فارغ</translation>
    </message>
    <message>
        <source>its spans use label {label!r} (layer {layer!r}), which the team project&apos;s scheme does not have; add it with `annotator labels add` or relabel, then merge again</source>
        <translation>مقاطعه تستعمل الوسم ⁨{label!r}⁩ (الطبقة ⁨{layer!r}⁩)، وهو ليس في مخطط مشروع الفريق؛ أضفه بالأمر ⁦annotator labels add⁩ أو غيّر الوسم، ثم أعد الدمج</translation>
    </message>
    <message>
        <source>label {label!r} is in layer {layer!r} there but in {ours!r} here</source>
        <translation>الوسم ⁨{label!r}⁩ في الطبقة ⁨{layer!r}⁩ هناك، لكنه في ⁨{ours!r}⁩ هنا</translation>
    </message>
    <message>
        <source>its links use type {kind!r}, which the team project&apos;s scheme does not have</source>
        <translation>روابطه تستعمل النوع ⁨{kind!r}⁩، وهو ليس في مخطط مشروع الفريق</translation>
    </message>
    <message>
        <source>span {id} [{start}, {end}) lies outside its document&apos;s text</source>
        <translation>المقطع ⁨{id}⁩ [⁨{start}⁩, ⁨{end}⁩) خارج نص مستنده</translation>
    </message>
    <message>
        <source>no such project</source>
        <translation>لا يوجد مشروع بهذا الاسم</translation>
    </message>
    <message>
        <source>folder link not followed: it leads to {folder}, already read in this import</source>
        <translation>لم يُتبَع رابط المجلد: يؤدي إلى ⁨{folder}⁩، وقد قُرئ في هذا الاستيراد</translation>
    </message>
    <message>
        <source>broken link: {target} does not exist</source>
        <translation>رابط معطوب: ⁨{target}⁩ غير موجود</translation>
    </message>
    <message>
        <source>span [{start}, {end}) starts or ends at white space</source>
        <translation>المقطع ⁨[{start}, {end})⁩ يبدأ أو ينتهي عند فراغ</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>تجري المزامنة…</translation>
    </message>
    <message>
        <source>sync refused: {reason}</source>
        <translation>رُفضت المزامنة: {reason}</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>تمت المزامنة الآن</translation>
    </message>
    <message>
        <source>synced {s} s ago</source>
        <translation>تمت المزامنة قبل {s} ث</translation>
    </message>
    <message>
        <source>synced {m} min ago</source>
        <translation>تمت المزامنة قبل {m} د</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About annotator</source>
        <translation>عن المُوسِّم</translation>
    </message>
    <message>
        <source>&lt;b&gt;annotator&lt;/b&gt;&lt;p&gt;Mark entities, quotes and claims in Arabic news articles, and export them as training data.&lt;/p&gt;&lt;p&gt;Every edit is saved at once: there is no Save button, and nothing to lose.&lt;/p&gt;</source>
        <translation>&lt;b&gt;المُوسِّم&lt;/b&gt;&lt;p&gt;وسم الكيانات والاقتباسات والادعاءات في المقالات الإخبارية العربية، وتصديرها بيانات تدريب.&lt;/p&gt;&lt;p&gt;يُحفظ كل تعديل فور إجرائه: لا زر للحفظ، ولا شيء يضيع.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>فتح ملف مشروع</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;مشروع جديد…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>إنشاء ملف مشروع فارغ</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
        <source>Import .txt, .jsonl, .conll or Label Studio files</source>
        <translation>استيراد ملفات ‎.txt‎ أو ‎.jsonl‎ أو ‎.conll‎ أو ملفات Label Studio</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>است&amp;يراد مجلد…</translation>
    </message>
    <message>
        <source>Import every supported file in a folder</source>
        <translation>استيراد كل الملفات المدعومة في مجلد</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export the annotations</source>
        <translation>تصدير الوسوم</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>الم&amp;شاريع الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <source>Remove the selected span</source>
        <translation>حذف المقطع المحدد</translation>
    </message>
    <message>
        <source>Lin&amp;k to…</source>
        <translation>اربط &amp;بـ…</translation>
    </message>
    <message>
        <source>Link the selected quote or claim to its speaker</source>
        <translation>اربط الاقتباس أو الادعاء المحدد بقائله</translation>
    </message>
    <message>
        <source>Span de&amp;tails</source>
        <translation>تفاصيل ال&amp;مقطع</translation>
    </message>
    <message>
        <source>Edit the selected span&apos;s label, attributes and note</source>
        <translation>حرّر تسمية المقطع المحدد وسماته وملاحظته</translation>
    </message>
    <message>
        <source>Document &amp;note</source>
        <translation>م&amp;لاحظة المستند</translation>
    </message>
    <message>
        <source>Write a note on the open document</source>
        <translation>اكتب ملاحظة على المستند المفتوح</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>ال&amp;وسوم…</translation>
    </message>
    <message>
        <source>Add, edit and reorder the labels</source>
        <translation>إضافة الوسوم وتعديلها وترتيبها</translation>
    </message>
    <message>
        <source>Change &amp;annotator…</source>
        <translation>ت&amp;غيير المُوسِّم…</translation>
    </message>
    <message>
        <source>Record spans under another name</source>
        <translation>تسجيل المقاطع باسم آخر</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>الت&amp;فضيلات…</translation>
    </message>
    <message>
        <source>The article&apos;s font, size and line spacing; digits</source>
        <translation>خط المقالة وحجمه وتباعد الأسطر؛ والأرقام</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>ال&amp;مستند السابق</translation>
    </message>
    <message>
        <source>Open the previous document</source>
        <translation>فتح المستند السابق</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>الم&amp;ستند التالي</translation>
    </message>
    <message>
        <source>Open the next document</source>
        <translation>فتح المستند التالي</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;تمّ</translation>
    </message>
    <message>
        <source>Mark this document done and open the next one</source>
        <translation>وسم هذا المستند منجزًا وفتح التالي</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>ت&amp;خطٍّ</translation>
    </message>
    <message>
        <source>Mark this document skipped and open the next one</source>
        <translation>وسم هذا المستند متخطًّى وفتح التالي</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>&amp;بحث في المستند…</translation>
    </message>
    <message>
        <source>Find words in the open article (ignoring tashkeel and tatweel)</source>
        <translation>البحث عن كلمات في المقالة المفتوحة (مع تجاهل التشكيل والتطويل)</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>ال&amp;نتيجة التالية</translation>
    </message>
    <message>
        <source>The next hit in the article</source>
        <translation>النتيجة التالية في المقالة</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>النت&amp;يجة السابقة</translation>
    </message>
    <message>
        <source>The previous hit in the article</source>
        <translation>النتيجة السابقة في المقالة</translation>
    </message>
    <message>
        <source>Searc&amp;h documents</source>
        <translation>البحث &amp;في المستندات</translation>
    </message>
    <message>
        <source>Search the documents of the project</source>
        <translation>البحث في مستندات المشروع</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Font size…</source>
        <translation>&amp;حجم الخط…</translation>
    </message>
    <message>
        <source>Set the size of the article text</source>
        <translation>تحديد حجم نص المقالة</translation>
    </message>
    <message>
        <source>&amp;Exact characters</source>
        <translation>الأحرف &amp;بدقة</translation>
    </message>
    <message>
        <source>Selections keep exactly the characters chosen (a span inside a word) instead of snapping to whole words</source>
        <translation>يبقى التحديد على الأحرف المختارة بالضبط (مقطع داخل كلمة) بدل أن يمتد إلى كلمات كاملة</translation>
    </message>
    <message>
        <source>&amp;Quote marks inside quotes</source>
        <translation>&amp;علامات التنصيص داخل الاقتباسات</translation>
    </message>
    <message>
        <source>A new quote or claim keeps the quote marks “ ” at its edges (entities never do)</source>
        <translation>يحتفظ الاقتباس أو الادعاء الجديد بعلامتي التنصيص “ ” عند طرفيه (أما الكيانات فلا)</translation>
    </message>
    <message>
        <source>&amp;Right-to-left layout</source>
        <translation>تخطيط &amp;من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Mirror the window: document list on the right</source>
        <translation>عكس النافذة: قائمة المستندات على اليمين</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;عن البرنامج</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message numerus="yes">
        <source>Computing agreement… %n document(s) so far</source>
        <translation>
            <numerusform>جارٍ حساب الاتفاق… لا مستندات حتى الآن</numerusform>
            <numerusform>جارٍ حساب الاتفاق… مستند واحد حتى الآن</numerusform>
            <numerusform>جارٍ حساب الاتفاق… مستندان حتى الآن</numerusform>
            <numerusform>جارٍ حساب الاتفاق… %n مستندات حتى الآن</numerusform>
            <numerusform>جارٍ حساب الاتفاق… %n مستندًا حتى الآن</numerusform>
            <numerusform>جارٍ حساب الاتفاق… %n مستند حتى الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) finished by two or more of %1 · alpha %2</source>
        <translation>
            <numerusform>لا مستندات أنجزها اثنان أو أكثر من %1 · ألفا %2</numerusform>
            <numerusform>مستند واحد أنجزه اثنان أو أكثر من %1 · ألفا %2</numerusform>
            <numerusform>مستندان أنجزهما اثنان أو أكثر من %1 · ألفا %2</numerusform>
            <numerusform>%n مستندات أنجزها اثنان أو أكثر من %1 · ألفا %2</numerusform>
            <numerusform>%n مستندًا أنجزها اثنان أو أكثر من %1 · ألفا %2</numerusform>
            <numerusform>%n مستند أنجزها اثنان أو أكثر من %1 · ألفا %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotatorNameDialog</name>
    <message>
        <source>Who is annotating?</source>
        <translation>من يقوم بالوسم؟</translation>
    </message>
    <message>
        <source>Your name is recorded on every span you mark and every document you finish, so that several annotators can share one project.</source>
        <translation>يُسجَّل اسمك مع كل مقطع تسِمه وكل مستند تُنجزه، ليتمكن عدة مُوسِّمين من العمل على مشروع واحد.</translation>
    </message>
    <message>
        <source>Your name, e.g. Sara Haddad</source>
        <translation>اسمك، مثل: سارة حداد</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Choose the highlight colour</source>
        <translation>اختيار لون التظليل</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>لون الوسم</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>relabel as %1</source>
        <translation>تغيير الوسم إلى %1</translation>
    </message>
    <message>
        <source>move span edge</source>
        <translation>تحريك طرف المقطع</translation>
    </message>
    <message>
        <source>mark the hits as %1</source>
        <translation>وسم النتائج بـ%1</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>all agree</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>مختلف عليه</translation>
    </message>
    <message>
        <source>one only</source>
        <translation>مُوسِّم واحد فقط</translation>
    </message>
    <message>
        <source>gold only</source>
        <translation>في المرجع فقط</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>{label} [{start}, {end}) by {who}</source>
        <translation>{label} ‎[{start}, {end})‏ من {who}</translation>
    </message>
    <message>
        <source>remove %1 from the gold</source>
        <translation>حذف %1 من المرجع</translation>
    </message>
    <message>
        <source>edit gold %1</source>
        <translation>تعديل %1 في المرجع</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s)</source>
        <translation>
            <numerusform>لا مُوسِّمين</numerusform>
            <numerusform>مُوسِّم واحد</numerusform>
            <numerusform>مُوسِّمان</numerusform>
            <numerusform>%n مُوسِّمين</numerusform>
            <numerusform>%n مُوسِّمًا</numerusform>
            <numerusform>%n مُوسِّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) done in all</source>
        <translation>
            <numerusform>لا مستندات منجزة إجمالًا</numerusform>
            <numerusform>مستند واحد منجز إجمالًا</numerusform>
            <numerusform>مستندان منجزان إجمالًا</numerusform>
            <numerusform>%n مستندات منجزة إجمالًا</numerusform>
            <numerusform>%n مستندًا منجزًا إجمالًا</numerusform>
            <numerusform>%n مستند منجز إجمالًا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Font size</source>
        <translation>حجم الخط</translation>
    </message>
    <message>
        <source>Article text size (points):</source>
        <translation>حجم نص المقالة (بالنقاط):</translation>
    </message>
</context>
<context>
    <name>DocumentNote</name>
    <message>
        <source>Document note</source>
        <translation>ملاحظة المستند</translation>
    </message>
    <message>
        <source>A note on the whole article: its source, doubts, what to check…</source>
        <translation>ملاحظة على المقال كله: مصدره، ما يُشك فيه، ما يجب التحقق منه…</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Documents containing every word, ignoring tashkeel and tatweel: بغداد also finds بَغْدَادَ and وبغداد</source>
        <translation>المستندات التي تحوي كل الكلمات، مع تجاهل التشكيل والتطويل: «بغداد» تجد أيضًا «بَغْدَادَ» و«وبغداد»</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>No documents yet. Import them from the File menu, or drop files here.</source>
        <translation>لا مستندات بعد. استوردها من قائمة «ملف»، أو أفلت الملفات هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) shown</source>
        <translation>
            <numerusform>معروض %1 من %n مستند</numerusform>
            <numerusform>معروض %1 من مستند واحد</numerusform>
            <numerusform>معروض %1 من مستندين</numerusform>
            <numerusform>معروض %1 من %n مستندات</numerusform>
            <numerusform>معروض %1 من %n مستندًا</numerusform>
            <numerusform>معروض %1 من %n مستند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Document %1</source>
        <translation>المستند %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 is the project file itself: choose another name; nothing was written.</source>
        <translation>%1 هو ملف المشروع نفسه: اختر اسمًا آخر؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Only spans and statuses by %1</source>
        <translation>مقاطع %1 وحالاته فقط</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was changed there.</source>
        <translation>تعذّرت الكتابة في %1: %2؛ لم يتغيّر فيه شيء.</translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation>تعذّرت قراءة المشروع: %1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>كُتب إلى %1</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Annotator projects (*.annotator);;All files (*)</source>
        <translation>مشاريع المُوسِّم (*.annotator);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Supported files (%1);;All files (*)</source>
        <translation>الملفات المدعومة (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>استيراد مجلد</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document…</source>
        <translation>بحث في هذا المستند…</translation>
    </message>
    <message>
        <source>Ignores tashkeel, tatweel and alef forms, and finds words inside longer words: بغداد also finds وبغداد</source>
        <translation>يتجاهل التشكيل والتطويل وصور الألف، ويجد الكلمات داخل كلمات أطول: «بغداد» تجد أيضًا «وبغداد»</translation>
    </message>
    <message>
        <source>Previous hit (Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <source>Next hit (F3)</source>
        <translation>النتيجة التالية (F3)</translation>
    </message>
    <message>
        <source>The label that Mark all gives every hit</source>
        <translation>الوسم الذي يعطيه «وسم الكل» لكل نتيجة</translation>
    </message>
    <message>
        <source>Mark all</source>
        <translation>وسم الكل</translation>
    </message>
    <message>
        <source>Mark every hit with the chosen label, in one step (Edit &gt; Undo takes them all back)</source>
        <translation>وسم كل النتائج بالوسم المختار دفعة واحدة (تحرير &gt; تراجع يُلغيها كلها)</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>إغلاق شريط البحث (Escape)</translation>
    </message>
    <message>
        <source>as</source>
        <translation>بوسم</translation>
    </message>
    <message numerus="yes">
        <source>%n new span(s) marked as %1</source>
        <translation>
            <numerusform>لم يُضف أي مقطع جديد بوسم %1</numerusform>
            <numerusform>وُسم مقطع جديد واحد بـ%1</numerusform>
            <numerusform>وُسم مقطعان جديدان بـ%1</numerusform>
            <numerusform>وُسمت %n مقاطع جديدة بـ%1</numerusform>
            <numerusform>وُسم %n مقطعًا جديدًا بـ%1</numerusform>
            <numerusform>وُسم %n مقطع جديد بـ%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>لا نتائج</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>hits</comment>
        <translation>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من %n</numerusform>
            <numerusform>%1 من %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message>
        <source>%1 handed out to %2, %3 of them to more than one (seed %4)</source>
        <translation>وُزّع %1 على %2، منها %3 على أكثر من مُوسِّم (البذرة %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s)</source>
        <translation>
            <numerusform>لا أحد</numerusform>
            <numerusform>مُوسِّم واحد</numerusform>
            <numerusform>مُوسِّمَين</numerusform>
            <numerusform>%n مُوسِّمين</numerusform>
            <numerusform>%n مُوسِّمًا</numerusform>
            <numerusform>%n مُوسِّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) → %2</source>
        <translation>
            <numerusform>%1: لا مستندات ← %2</numerusform>
            <numerusform>%1: مستند واحد ← %2</numerusform>
            <numerusform>%1: مستندان ← %2</numerusform>
            <numerusform>%1: %n مستندات ← %2</numerusform>
            <numerusform>%1: %n مستندًا ← %2</numerusform>
            <numerusform>%1: %n مستند ← %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Headers</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
</context>
<context>
    <name>HotkeyEdit</name>
    <message>
        <source>none: click, then press a key</source>
        <translation>لا شيء: انقر ثم اضغط مفتاحًا</translation>
    </message>
    <message>
        <source>Click here and press a digit, a letter or F1-F12. It is matched on the key itself, so it works with an Arabic keyboard layout too. Backspace clears it.</source>
        <translation>انقر هنا واضغط رقمًا أو حرفًا أو F1-F12. يُطابَق المفتاح نفسه، فيعمل مع تخطيط لوحة المفاتيح العربي أيضًا. ‏Backspace يمسحه.</translation>
    </message>
    <message>
        <source>press a key…</source>
        <translation>اضغط مفتاحًا…</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>An import is still running: wait for it to finish.</source>
        <translation>ما زال استيراد جاريًا: انتظر حتى ينتهي.</translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation>استيراد %1 من %2: %3</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>توقّف الاستيراد: %1</translation>
    </message>
    <message>
        <source>The documents counted below are in the project, none of the rest.</source>
        <translation>الوثائق المعدودة أدناه في المشروع، ولا شيء من الباقي.</translation>
    </message>
</context>
<context>
    <name>LabelButton</name>
    <message>
        <source>Key: %1</source>
        <translation>المفتاح: %1</translation>
    </message>
</context>
<context>
    <name>LabelList</name>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
</context>
<context>
    <name>LabelPalette</name>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Renaming also renames the label on every span</source>
        <translation>إعادة التسمية تغيّر اسم الوسم في كل المقاطع أيضًا</translation>
    </message>
    <message>
        <source>The guideline: what to mark with this label, and what not. Shown as its tooltip.</source>
        <translation>الإرشاد: ما يوسَم بهذا الوسم وما لا يوسَم. يظهر تلميحًا له.</translation>
    </message>
    <message>
        <source>e.g. kind = direct | indirect</source>
        <translation>مثل: kind = direct | indirect</translation>
    </message>
    <message>
        <source>Click the hotkey field and press a digit, a letter or an F&#xa0;key; it works with an Arabic keyboard layout too.</source>
        <translation>انقر حقل المفتاح واضغط رقمًا أو حرفًا أو أحد مفاتيح F؛ يعمل مع تخطيط لوحة المفاتيح العربي أيضًا.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>&amp;Hotkey</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Relation types — %1</source>
        <translation>أنواع العلاقات — %1</translation>
    </message>
    <message>
        <source>No relation types</source>
        <translation>لا أنواع علاقات</translation>
    </message>
    <message>
        <source>. Edit them in a scheme file (labels export / labels import).</source>
        <translation>. تُحرَّر في ملف مخطط (⁦labels export / labels import⁩).</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n span(s).</source>
        <translation>
            <numerusform>لا يستعمله أي مقطع.</numerusform>
            <numerusform>يستعمله مقطع واحد.</numerusform>
            <numerusform>يستعمله مقطعان.</numerusform>
            <numerusform>تستعمله %n مقاطع.</numerusform>
            <numerusform>يستعمله %n مقطعًا.</numerusform>
            <numerusform>يستعمله %n مقطع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>حذف الوسم</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n span(s). Remove the label and delete them?</source>
        <translation>
            <numerusform>الوسم %1 غير مستعمل. أتحذفه؟</numerusform>
            <numerusform>الوسم %1 مستعمل في مقطع واحد. أتحذف الوسم وهذا المقطع؟</numerusform>
            <numerusform>الوسم %1 مستعمل في مقطعين. أتحذف الوسم والمقطعين؟</numerusform>
            <numerusform>الوسم %1 مستعمل في %n مقاطع. أتحذف الوسم وهذه المقاطع؟</numerusform>
            <numerusform>الوسم %1 مستعمل في %n مقطعًا. أتحذف الوسم وهذه المقاطع؟</numerusform>
            <numerusform>الوسم %1 مستعمل في %n مقطع. أتحذف الوسم وهذه المقاطع؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language (after a restart)</source>
        <translation>ال&amp;لغة (بعد إعادة التشغيل)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The interface will be in %1 the next time you start the application.</source>
        <translation>ستكون الواجهة بـ%1 في المرة القادمة التي تشغّل فيها البرنامج.</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Entity</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاءات</translation>
    </message>
</context>
<context>
    <name>LinkController</name>
    <message>
        <source>&amp;Link to…</source>
        <translation>ا&amp;ربط بـ…</translation>
    </message>
    <message>
        <source>Select a quote or claim first (Tab goes from span to span), then press %1 to link it.</source>
        <translation>حدّد اقتباسًا أو ادعاءً أولًا (Tab ينتقل من مقطع إلى مقطع)، ثم اضغط %1 لربطه.</translation>
    </message>
    <message>
        <source>Link %1 to a %2: click it, or Tab to it and press Enter; or select new words and press a label key. Esc cancels.</source>
        <translation>اربط %1 بـ %2: انقر عليه، أو انتقل إليه بـ Tab واضغط Enter؛ أو حدّد كلمات جديدة واضغط مفتاح تسمية. Esc يلغي.</translation>
    </message>
    <message>
        <source>No span here can be linked to this one: select its words and press a label key to mark it.</source>
        <translation>لا مقطع هنا يمكن ربطه بهذا: حدّد كلماته واضغط مفتاح تسمية لوسمه.</translation>
    </message>
    <message>
        <source>The scheme has no link from %1 to %2.</source>
        <translation>لا يعرّف المخطط ربطًا من %1 إلى %2.</translation>
    </message>
    <message>
        <source>These two spans are already linked.</source>
        <translation>هذان المقطعان مربوطان من قبل.</translation>
    </message>
    <message>
        <source>Click a %1, or press Esc to stop linking.</source>
        <translation>انقر على %1، أو اضغط Esc لإيقاف الربط.</translation>
    </message>
    <message>
        <source>Mark as %1 and link</source>
        <translation>وسم كـ %1 واربط</translation>
    </message>
    <message>
        <source>A %1 cannot be linked here.</source>
        <translation>لا يمكن ربط %1 هنا.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No more documents that way</source>
        <translation>لا مزيد من المستندات في هذا الاتجاه</translation>
    </message>
    <message>
        <source>That was the last document in the list</source>
        <translation>كان ذلك آخر مستند في القائمة</translation>
    </message>
    <message>
        <source>Select a span first (Tab goes from span to span)</source>
        <translation>حدّد مقطعًا أولًا (Tab ينتقل من مقطع إلى مقطع)</translation>
    </message>
    <message>
        <source>%1 — annotator</source>
        <translation>%1 — المُوسِّم</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation>الا&amp;قتراحات</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>م&amp;ستند</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;نظام الألوان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساع&amp;دة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message numerus="yes">
        <source>%n file(s) merged, %1 refused</source>
        <translation>
            <numerusform>لم يُدمج أي ملف، ورُفض %1</numerusform>
            <numerusform>دُمج ملف واحد، ورُفض %1</numerusform>
            <numerusform>دُمج ملفان، ورُفض %1</numerusform>
            <numerusform>دُمجت %n ملفات، ورُفض %1</numerusform>
            <numerusform>دُمج %n ملفًا، ورُفض %1</numerusform>
            <numerusform>دُمج %n ملف، ورُفض %1</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: documents {documents} ({new} new), spans added {added} ({present} already there), links {links}, attributes {attributes}, notes {notes}, statuses added {statuses} ({updated} updated); annotators: {who}</source>
        <translation>⁨{path}⁩: المستندات ⁨{documents}⁩ (الجديدة ⁨{new}⁩)، المقاطع المضافة ⁨{added}⁩ (الموجودة من قبل ⁨{present}⁩)، الروابط ⁨{links}⁩، الخصائص ⁨{attributes}⁩، الملاحظات ⁨{notes}⁩، الحالات المضافة ⁨{statuses}⁩ (المحدَّثة ⁨{updated}⁩)؛ المُوسِّمون: ⁨{who}⁩</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (مرفق بالبرنامج)</translation>
    </message>
    <message>
        <source>%1 (no Arabic letters)</source>
        <translation>%1 (بلا حروف عربية)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Line height, in percent of the font&apos;s own</source>
        <translation>ارتفاع السطر، نسبةً مئوية من ارتفاع الخط نفسه</translation>
    </message>
    <message>
        <source>Western (0 1 2 3)</source>
        <translation>غربية (⁦0 1 2 3⁩)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠ ١ ٢ ٣)</source>
        <translation>هندية عربية (⁦٠ ١ ٢ ٣⁩)</translation>
    </message>
    <message>
        <source>Article &amp;font</source>
        <translation>خط المقالة</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>&amp;Line spacing</source>
        <translation>تباعد الأسطر</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Numbers in the interface</source>
        <translation>الأرقام في الواجهة</translation>
    </message>
</context>
<context>
    <name>SelectionPreview</name>
    <message>
        <source>nothing to mark</source>
        <translation>لا شيء للوسم</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>حرفيًا</translation>
    </message>
    <message>
        <source>snapped</source>
        <translation>بكلمات كاملة</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Select text</source>
        <translation>تحديد النص</translation>
    </message>
    <message>
        <source>Mouse drag, or Shift+arrows</source>
        <translation>السحب بالفأرة، أو Shift مع الأسهم</translation>
    </message>
    <message>
        <source>Exact characters (span inside a word)</source>
        <translation>الأحرف بدقة (مقطع داخل كلمة)</translation>
    </message>
    <message>
        <source>View &gt; Exact characters</source>
        <translation>عرض &gt; الأحرف بدقة</translation>
    </message>
    <message>
        <source>Select the span under the cursor</source>
        <translation>تحديد المقطع تحت المؤشر</translation>
    </message>
    <message>
        <source>Click (again to cycle nested spans)</source>
        <translation>نقرة (ونقرة أخرى للتنقل بين المقاطع المتداخلة)</translation>
    </message>
    <message>
        <source>Label %1 (%2)</source>
        <translation>الوسم %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SmallWindow</name>
    <message>
        <source>Document list hidden below 1024×640 (Alt+↓ / Alt+↑: next / previous)</source>
        <translation>قائمة المستندات مخفية دون 1024×640 (Alt+↓ / Alt+↑: التالي / السابق)</translation>
    </message>
</context>
<context>
    <name>SpanDetails</name>
    <message>
        <source>by hand</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستوردًا</translation>
    </message>
    <message>
        <source>suggested, accepted</source>
        <translation>مقترحًا ثم مقبولًا</translation>
    </message>
    <message>
        <source>Selected span</source>
        <translation>المقطع المحدد</translation>
    </message>
    <message>
        <source>A note on this span (Enter keeps it)</source>
        <translation>ملاحظة على هذا المقطع (Enter يحفظها)</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>أزل الربط</translation>
    </message>
    <message>
        <source>Select a span in the text (click it, or Tab to it) to see and edit its details here.</source>
        <translation>حدّد مقطعًا في النص (انقر عليه أو انتقل إليه بـ Tab) لترى تفاصيله وتحررها هنا.</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;التسمية</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Made by %1, %2 · %3–%4</source>
        <translation>أنشأه %1، %2 · %3–%4</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>تعيين %1</translation>
    </message>
</context>
<context>
    <name>SpanFilter</name>
    <message>
        <source>manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>كل الطبقات</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>كل المُوسِّمين</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>كل المصادر</translation>
    </message>
    <message>
        <source>Show only spans with this label</source>
        <translation>عرض المقاطع ذات هذا الوسم فقط</translation>
    </message>
    <message>
        <source>Show only spans of this layer</source>
        <translation>عرض مقاطع هذه الطبقة فقط</translation>
    </message>
    <message>
        <source>Show only spans by this annotator</source>
        <translation>عرض مقاطع هذا المُوسِّم فقط</translation>
    </message>
    <message>
        <source>Show only spans made by hand, imported or suggested</source>
        <translation>عرض المقاطع اليدوية أو المستوردة أو المقترحة فقط</translation>
    </message>
</context>
<context>
    <name>SpanMenu</name>
    <message>
        <source>Span de&amp;tails…</source>
        <translation>&amp;تفاصيل المقطع…</translation>
    </message>
    <message>
        <source>&amp;Delete span</source>
        <translation>&amp;حذف المقطع</translation>
    </message>
    <message>
        <source>Remove link %1</source>
        <translation>إزالة الربط %1</translation>
    </message>
</context>
<context>
    <name>SpanPanel</name>
    <message>
        <source>Spans</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>Spans (%1)</source>
        <translation>المقاطع (%1)</translation>
    </message>
    <message>
        <source>Spans (%1 of %2)</source>
        <translation>المقاطع (%1 من %2)</translation>
    </message>
    <message>
        <source>No spans yet. Select words in the text and press a label&apos;s key.</source>
        <translation>لا مقاطع بعد. حدّد كلمات في النص واضغط مفتاح وسم.</translation>
    </message>
    <message>
        <source>No span matches the filter.</source>
        <translation>لا مقطع يطابق التصفية.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطًّى</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Document %1 of %2</source>
        <translation>المستند %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%n مقاطع</numerusform>
            <numerusform>%n مقطعًا</numerusform>
            <numerusform>%n مقطع</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotator: %1</source>
        <translation>المُوسِّم: %1</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 منجز</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) marked done by %2</source>
        <translation>
            <numerusform>أنجز %2 ‏%1 من %n مستند</numerusform>
            <numerusform>أنجز %2 ‏%1 من مستند واحد</numerusform>
            <numerusform>أنجز %2 ‏%1 من مستندين</numerusform>
            <numerusform>أنجز %2 ‏%1 من %n مستندات</numerusform>
            <numerusform>أنجز %2 ‏%1 من %n مستندًا</numerusform>
            <numerusform>أنجز %2 ‏%1 من %n مستند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionCommands</name>
    <message>
        <source>accept {label}</source>
        <translation>قبول {label}</translation>
    </message>
    <message>
        <source>reject {label}</source>
        <translation>رفض {label}</translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <source>Accept all suggestions of this &amp;label</source>
        <translation>قبول &amp;كل اقتراحات هذه التسمية</translation>
    </message>
    <message>
        <source>Accept all suggestions in the &amp;document</source>
        <translation>قبول كل الاقتراحات &amp;في المستند</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <source>Sho&amp;w suggestions</source>
        <translation>إ&amp;ظهار الاقتراحات</translation>
    </message>
    <message>
        <source>&amp;Suggest for this document</source>
        <translation>اقتراح &amp;لهذا المستند</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) left</source>
        <translation>
            <numerusform>لم يبق اقتراح</numerusform>
            <numerusform>بقي اقتراح واحد</numerusform>
            <numerusform>بقي اقتراحان</numerusform>
            <numerusform>بقيت %n اقتراحات</numerusform>
            <numerusform>بقي %n اقتراحًا</numerusform>
            <numerusform>بقي %n اقتراح</numerusform>
        </translation>
    </message>
    <message>
        <source>accept all {label} suggestions</source>
        <translation>قبول كل اقتراحات {label}</translation>
    </message>
    <message>
        <source>accept all suggestions</source>
        <translation>قبول كل الاقتراحات</translation>
    </message>
    <message>
        <source>No more suggestions that way</source>
        <translation>لا اقتراحات أخرى في هذا الاتجاه</translation>
    </message>
    <message>
        <source>Suggested {label}: {words} (Alt+Enter accepts, Alt+Backspace rejects)</source>
        <translation>اقتراح {label}: {words} (Alt+Enter للقبول، Alt+Backspace للرفض)</translation>
    </message>
    <message>
        <source>Suggesting failed: %1</source>
        <translation>تعذّر الاقتراح: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s)</source>
        <translation>
            <numerusform>لا اقتراحات جديدة</numerusform>
            <numerusform>اقتراح جديد واحد</numerusform>
            <numerusform>اقتراحان جديدان</numerusform>
            <numerusform>%n اقتراحات جديدة</numerusform>
            <numerusform>%n اقتراحًا جديدًا</numerusform>
            <numerusform>%n اقتراح جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>none left</source>
        <translation>لم يبق شيء</translation>
    </message>
    <message>
        <source>Retraining the suggestion model in the background…</source>
        <translation>يُعاد تدريب نموذج الاقتراحات في الخلفية…</translation>
    </message>
    <message>
        <source>Training the suggestion model failed: %1</source>
        <translation>تعذّر تدريب نموذج الاقتراحات: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>دون ذكر السبب</translation>
    </message>
    <message numerus="yes">
        <source>Suggestion model retrained on %n done document(s)</source>
        <translation>
            <numerusform>أعيد تدريب نموذج الاقتراحات على لا مستندات منجزة</numerusform>
            <numerusform>أعيد تدريب نموذج الاقتراحات على مستند منجز واحد</numerusform>
            <numerusform>أعيد تدريب نموذج الاقتراحات على مستندين منجزين</numerusform>
            <numerusform>أعيد تدريب نموذج الاقتراحات على %n مستندات منجزة</numerusform>
            <numerusform>أعيد تدريب نموذج الاقتراحات على %n مستندًا منجزًا</numerusform>
            <numerusform>أعيد تدريب نموذج الاقتراحات على %n مستند منجز</numerusform>
        </translation>
    </message>
    <message>
        <source>: F1 {f1:.2f} (precision {p:.2f}, recall {r:.2f})</source>
        <translation>: F1 {f1:.2f} (الدقة {p:.2f}، الاستدعاء {r:.2f})</translation>
    </message>
    <message>
        <source>A click makes it the current suggestion; Alt+Enter accepts the current suggestion, Alt+Backspace rejects it</source>
        <translation>النقر يجعله الاقتراح الحالي؛ Alt+Enter يقبل الاقتراح الحالي، وAlt+Backspace يرفضه</translation>
    </message>
    <message>
        <source>suggested {label} by {origin} (score {score:.2f}): {words}</source>
        <translation>اقتراح {label} من {origin} (الدرجة {score:.2f}): {words}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>other annotator</source>
        <translation>مُوسِّم آخر</translation>
    </message>
    <message>
        <source>label not chosen</source>
        <translation>وسم غير مختار</translation>
    </message>
    <message>
        <source>layer not chosen</source>
        <translation>طبقة غير مختارة</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>span attributes</source>
        <translation>خصائص المقاطع</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي مستند</numerusform>
            <numerusform>استُورد مستند واحد</numerusform>
            <numerusform>استُورد مستندان</numerusform>
            <numerusform>استُوردت %n مستندات</numerusform>
            <numerusform>استُورد %n مستندًا</numerusform>
            <numerusform>استُورد %n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>لا مكررات</numerusform>
            <numerusform>تُخطّي مستند مكرر واحد</numerusform>
            <numerusform>تُخطّي مستندان مكرران</numerusform>
            <numerusform>تُخطّيت %n مستندات مكررة</numerusform>
            <numerusform>تُخطّي %n مستندًا مكررًا</numerusform>
            <numerusform>تُخطّي %n مستند مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>لا مقاطع</numerusform>
            <numerusform>مقطع واحد</numerusform>
            <numerusform>مقطعان</numerusform>
            <numerusform>%n مقاطع</numerusform>
            <numerusform>%n مقطعًا</numerusform>
            <numerusform>%n مقطع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s)</source>
        <translation>
            <numerusform>لا ملفات مرفوضة</numerusform>
            <numerusform>ملف مرفوض واحد</numerusform>
            <numerusform>ملفان مرفوضان</numerusform>
            <numerusform>%n ملفات مرفوضة</numerusform>
            <numerusform>%n ملفًا مرفوضًا</numerusform>
            <numerusform>%n ملف مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n file(s)</source>
        <translation>
            <numerusform>%1 بلا ملفات</numerusform>
            <numerusform>%1 ملف واحد</numerusform>
            <numerusform>%1 ملفان</numerusform>
            <numerusform>%1 %n ملفات</numerusform>
            <numerusform>%1 %n ملفًا</numerusform>
            <numerusform>%1 %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>read as: %1</source>
        <translation>قُرئت بصيغة: %1</translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation>%1: قُرئ بترميز %2</translation>
    </message>
    <message>
        <source>labels added to the scheme: %1</source>
        <translation>وسوم أُضيفت إلى المخطط: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of other types in folders were ignored</source>
        <translation>
            <numerusform>لم يُتجاهل أي ملف</numerusform>
            <numerusform>تُجوهل ملف واحد من أنواع أخرى في المجلدات</numerusform>
            <numerusform>تُجوهل ملفان من أنواع أخرى في المجلدات</numerusform>
            <numerusform>تُجوهلت %n ملفات من أنواع أخرى في المجلدات</numerusform>
            <numerusform>تُجوهل %n ملفًا من أنواع أخرى في المجلدات</numerusform>
            <numerusform>تُجوهل %n ملف من أنواع أخرى في المجلدات</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: the files before the cancel were imported in full</source>
        <translation>أُلغي: الملفات التي سبقت الإلغاء استُوردت كاملة</translation>
    </message>
    <message>
        <source>%1 and %2 exported</source>
        <translation>صُدِّر %1 و%2</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>لا مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out by status</source>
        <translation>
            <numerusform>لم يُستبعد أي مستند بحسب الحالة</numerusform>
            <numerusform>استُبعد مستند واحد بحسب الحالة</numerusform>
            <numerusform>استُبعد مستندان بحسب الحالة</numerusform>
            <numerusform>استُبعدت %n مستندات بحسب الحالة</numerusform>
            <numerusform>استُبعد %n مستندًا بحسب الحالة</numerusform>
            <numerusform>استُبعد %n مستند بحسب الحالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) left out: %1</source>
        <translation>
            <numerusform>لم يُستبعد أي مقطع: %1</numerusform>
            <numerusform>استُبعد مقطع واحد: %1</numerusform>
            <numerusform>استُبعد مقطعان: %1</numerusform>
            <numerusform>استُبعدت %n مقاطع: %1</numerusform>
            <numerusform>استُبعد %n مقطعًا: %1</numerusform>
            <numerusform>استُبعد %n مقطع: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>spans by label: %1</source>
        <translation>المقاطع حسب الوسم: %1</translation>
    </message>
    <message>
        <source>%1 %2 left out: %3 cannot carry them</source>
        <translation>%1 من %2 لم تُصدَّر: لا تحملها %3</translation>
    </message>
    <message>
        <source>this format</source>
        <translation>هذه الصيغة</translation>
    </message>
</context>
<context>
    <name>ThemeControls</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>اتباع ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message numerus="yes">
        <source>offline, %n change(s) waiting</source>
        <translation>
            <numerusform>لا تغييرات بانتظار الإرسال، دون اتصال</numerusform>
            <numerusform>دون اتصال، تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>دون اتصال، تغييران بانتظار الإرسال</numerusform>
            <numerusform>دون اتصال، %n تغييرات بانتظار الإرسال</numerusform>
            <numerusform>دون اتصال، %n تغييرًا بانتظار الإرسال</numerusform>
            <numerusform>دون اتصال، %n تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>link %1</source>
        <translation>ربط %1</translation>
    </message>
    <message>
        <source>remove link %1</source>
        <translation>إزالة ربط %1</translation>
    </message>
    <message>
        <source>mark %1 and link</source>
        <translation>وسم %1 وربطه</translation>
    </message>
    <message>
        <source>set attributes</source>
        <translation>تعيين السمات</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>edit document note</source>
        <translation>تحرير ملاحظة المستند</translation>
    </message>
</context>
<context>
    <name>error</name>
    <message>
        <source>The project could not be changed: %1. The last change was not saved; everything before it is in the file.</source>
        <translation>تعذّر تغيير المشروع: %1. لم يُحفظ التغيير الأخير؛ وكل ما قبله محفوظ في الملف.</translation>
    </message>
    <message>
        <source>A file could not be used: %1</source>
        <translation>تعذّر استخدام ملف: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>حدث خطأ: %1</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>annotator</translation>
    </message>
</context>
</TS>
