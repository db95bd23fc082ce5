<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/reportcommand.cpp" line="+130"/>
        <source>Sampling memory for %n second(s)…</source>
        <translation>
            <numerusform>Sampling memory for %n second…</numerusform>
            <numerusform>Sampling memory for %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <location filename="../ui/report/reporthtmlbuilder.cpp" line="+352"/>
        <source>%n check(s) were judged.</source>
        <translation>
            <numerusform>%n check was judged.</numerusform>
            <numerusform>%n checks were judged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+204"/>
        <source>%n sample(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n sample from %1 to %2.</numerusform>
            <numerusform>%n samples from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+519"/>
        <source>%n container(s)</source>
        <translation>
            <numerusform>%n container</numerusform>
            <numerusform>%n containers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/containermemorypage.cpp" line="+146"/>
        <source>Last %n minutes</source>
        <extracomment>the memory chart&apos;s time window (5 and 15 minutes)</extracomment>
        <translation>
            <numerusform>Last %n minute</numerusform>
            <numerusform>Last %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/checklistpresentation.cpp" line="+77"/>
        <source>%n check(s): %1</source>
        <translation>
            <numerusform>%n check: %1</numerusform>
            <numerusform>%n checks: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n check(s) shown: %2</source>
        <extracomment>The filter shows some of the checks; %1 is how many, %2 their verdict counts.</extracomment>
        <translation>
            <numerusform>%1 of %n check shown: %2</numerusform>
            <numerusform>%1 of %n checks shown: %2</numerusform>
        </translation>
    </message>
</context>
</TS>
