<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentPanel</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
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
</context>
</TS>
