<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CoreText</name>
    <message numerus="yes">
        <source>This thread cannot impersonate: %1 is not held (not in the permitted set).</source>
        <translation>
            <numerusform>This thread cannot impersonate: %1 is not held (not in the permitted set).</numerusform>
            <numerusform>This thread cannot impersonate: %1 are not held (not in the permitted set).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantTreeModel</name>
    <message numerus="yes">
        <source>%n constant(s)</source>
        <translation>
            <numerusform>%n constant</numerusform>
            <numerusform>%n constants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ConstantsBrowser</name>
    <message numerus="yes">
        <source>%n constant(s)</source>
        <translation>
            <numerusform>%n constant</numerusform>
            <numerusform>%n constants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matches — refine the query</source>
        <translation>
            <numerusform>%1 of %n match — refine the query</numerusform>
            <numerusform>%1 of %n matches — refine the query</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n in all</source>
        <translation>
            <numerusform>… %n in all</numerusform>
            <numerusform>… %n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n held</source>
        <comment>privileges</comment>
        <translation>
            <numerusform>%n held</numerusform>
            <numerusform>%n held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enabled</source>
        <comment>privileges</comment>
        <translation>
            <numerusform>%n enabled</numerusform>
            <numerusform>%n enabled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tokenscope::gui::ProcessBrowser</name>
    <message numerus="yes">
        <source>%1 of %n processes</source>
        <translation>
            <numerusform>%1 of %n process</numerusform>
            <numerusform>%1 of %n processes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differences: </source>
        <translation>
            <numerusform>%n difference: </numerusform>
            <numerusform>%n differences: </numerusform>
        </translation>
    </message>
</context>
</TS>
