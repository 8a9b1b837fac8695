<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Spoolbridge::Cli::SecretsCommand</name>
    <message numerus="yes">
        <source>%n secret(s) copied.</source>
        <translation>
            <numerusform>%n secret copied.</numerusform>
            <numerusform>%n secrets copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::FirstRunWizard</name>
    <message numerus="yes">
        <source>%n printer(s) found. Choose one, or enter another below.</source>
        <translation>
            <numerusform>%n printer found. Choose it, or enter another below.</numerusform>
            <numerusform>%n printers found. Choose one, or enter another below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::InventoryView</name>
    <message numerus="yes">
        <source>%n spool(s)</source>
        <translation>
            <numerusform>%n spool</numerusform>
            <numerusform>%n spools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n loaded</source>
        <translation>
            <numerusform> · %n loaded</numerusform>
            <numerusform> · %n loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n low (under %1 g)</source>
        <translation>
            <numerusform> · %n low (under %1 g)</numerusform>
            <numerusform> · %n low (under %1 g)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <translation>
            <numerusform> · %n shown</numerusform>
            <numerusform> · %n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::LinkSpoolDialog</name>
    <message numerus="yes">
        <source>%n unlinked spool(s)</source>
        <translation>
            <numerusform>%n unlinked spool</numerusform>
            <numerusform>%n unlinked spools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n match(es) this slot</source>
        <translation>
            <numerusform>%1 · %n matches this slot</numerusform>
            <numerusform>%1 · %n match this slot</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::SlotHoverCard</name>
    <message numerus="yes">
        <source>Multicolour (%n colours)</source>
        <translation>
            <numerusform>Multicolour (%n colour)</numerusform>
            <numerusform>Multicolour (%n colours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoolbridge::Ui::TrayController</name>
    <message numerus="yes">
        <source>%n print(s) could not be written to Spoolman yet; Spoolbridge keeps trying. %1</source>
        <translation>
            <numerusform>%n print could not be written to Spoolman yet; Spoolbridge keeps trying. %1</numerusform>
            <numerusform>%n prints could not be written to Spoolman yet; Spoolbridge keeps trying. %1</numerusform>
        </translation>
    </message>
</context>
</TS>
