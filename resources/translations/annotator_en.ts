<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementView</name>
    <message numerus="yes">
        <source>Computing agreement… %n document(s) so far</source>
        <translation>
            <numerusform>Computing agreement… %n document so far</numerusform>
            <numerusform>Computing agreement… %n documents so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) finished by two or more of %1 · alpha %2</source>
        <translation>
            <numerusform>%n document finished by two or more of %1 · alpha %2</numerusform>
            <numerusform>%n documents finished by two or more of %1 · alpha %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message numerus="yes">
        <source>%n annotator(s)</source>
        <translation>
            <numerusform>%n annotator</numerusform>
            <numerusform>%n annotators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) done in all</source>
        <translation>
            <numerusform>%n document done in all</numerusform>
            <numerusform>%n documents done in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) shown</source>
        <translation>
            <numerusform>%1 of %n document shown</numerusform>
            <numerusform>%1 of %n documents shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n new span(s) marked as %1</source>
        <translation>
            <numerusform>%n new span marked as %1</numerusform>
            <numerusform>%n new spans marked as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>hits</comment>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOutDialog</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s)</source>
        <translation>
            <numerusform>%n annotator</numerusform>
            <numerusform>%n annotators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) → %2</source>
        <translation>
            <numerusform>%1: %n document → %2</numerusform>
            <numerusform>%1: %n documents → %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message numerus="yes">
        <source>Used by %n span(s).</source>
        <translation>
            <numerusform>Used by %n span.</numerusform>
            <numerusform>Used by %n spans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n span(s). Remove the label and delete them?</source>
        <translation>
            <numerusform>%1 is used by %n span. Remove the label and delete it?</numerusform>
            <numerusform>%1 is used by %n spans. Remove the label and delete them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message numerus="yes">
        <source>%n file(s) merged, %1 refused</source>
        <translation>
            <numerusform>%n file merged, %1 refused</numerusform>
            <numerusform>%n files merged, %1 refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s) marked done by %2</source>
        <translation>
            <numerusform>%1 of %n document marked done by %2</numerusform>
            <numerusform>%1 of %n documents marked done by %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionController</name>
    <message numerus="yes">
        <source>%n suggestion(s) left</source>
        <translation>
            <numerusform>%n suggestion left</numerusform>
            <numerusform>%n suggestions left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s)</source>
        <translation>
            <numerusform>%n new suggestion</numerusform>
            <numerusform>%n new suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suggestion model retrained on %n done document(s)</source>
        <translation>
            <numerusform>Suggestion model retrained on %n done document</numerusform>
            <numerusform>Suggestion model retrained on %n done documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n document imported</numerusform>
            <numerusform>%n documents imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s)</source>
        <translation>
            <numerusform>%n refused file</numerusform>
            <numerusform>%n refused files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n file(s)</source>
        <translation>
            <numerusform>%1 %n file</numerusform>
            <numerusform>%1 %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of other types in folders were ignored</source>
        <translation>
            <numerusform>%n file of other types in folders was ignored</numerusform>
            <numerusform>%n files of other types in folders were ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) left out by status</source>
        <translation>
            <numerusform>%n document left out by status</numerusform>
            <numerusform>%n documents left out by status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n span(s) left out: %1</source>
        <translation>
            <numerusform>%n span left out: %1</numerusform>
            <numerusform>%n spans left out: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowSync</name>
    <message numerus="yes">
        <source>offline, %n change(s) waiting</source>
        <translation>
            <numerusform>offline, %n change waiting</numerusform>
            <numerusform>offline, %n changes waiting</numerusform>
        </translation>
    </message>
</context>
</TS>
