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
    <name>Spoolbridge::Ui::SlotHoverCard</name>
    <message numerus="yes">
        <source>Multicolour (%n colours)</source>
        <translation>
            <numerusform>Multicolour (%n colour)</numerusform>
            <numerusform>Multicolour (%n colours)</numerusform>
        </translation>
    </message>
</context>
</TS>
