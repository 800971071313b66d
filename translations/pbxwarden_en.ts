<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>pbxwarden::ui::CsvImportDialog</name>
    <message numerus="yes">
        <source>All %n rows can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform>
            <numerusform>All %n rows can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n PBX(s)</source>
        <translation>
            <numerusform>Import %n PBX</numerusform>
            <numerusform>Import %n PBXs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::CustomerTreeModel</name>
    <message numerus="yes">
        <source>All PBXs (%n)</source>
        <translation>
            <numerusform>All PBXs (%n)</numerusform>
            <numerusform>All PBXs (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pbxwarden::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n PBX(s)</source>
        <translation>
            <numerusform>%n PBX</numerusform>
            <numerusform>%n PBXs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n PBX(s) from the inventory?

Their saved passwords are removed from the keychain. The PBXs themselves are not touched.</source>
        <translation>
            <numerusform>Delete %n PBX from the inventory?

Its saved passwords are removed from the keychain. The PBX itself is not touched.</numerusform>
            <numerusform>Delete %n PBXs from the inventory?

Their saved passwords are removed from the keychain. The PBXs themselves are not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n PBX(s)</source>
        <translation>
            <numerusform>Deleted %n PBX</numerusform>
            <numerusform>Deleted %n PBXs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n PBX(s)</source>
        <translation>
            <numerusform>Imported %n PBX</numerusform>
            <numerusform>Imported %n PBXs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n PBX(s) to %1</source>
        <translation>
            <numerusform>Exported %n PBX to %1</numerusform>
            <numerusform>Exported %n PBXs to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
