<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A tiny catalogue for tst_mainwindow: proves the run-time switch retranslates widgets,
     independent of how complete translations/dockscope_zh_CN.ts is. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>Ui</name>
    <message>
        <source>Host and daemon</source>
        <translation>宿主机与守护进程</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>container column</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>命名空间</translation>
    </message>
</context>
</TS>
