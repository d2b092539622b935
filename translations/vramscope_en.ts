<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>vramscope::EditorController</name>
    <message numerus="yes">
        <source>Opened %1: %n device(s).</source>
        <translation>
            <numerusform>Opened %1: %n device.</numerusform><numerusform>Opened %1: %n devices.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: a memory report of %n layer(s).</source>
        <translation>
            <numerusform>Opened %1: a memory report of %n layer.</numerusform><numerusform>Opened %1: a memory report of %n layers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Estimated %1 (%2, %3) from its file: %n layer(s) with the output layer, for %4 tokens of context x %5. An estimate: the compute graph especially is rough; measure on a runner for real figures.</source>
        <translation>
            <numerusform>Estimated %1 (%2, %3) from its file: %n layer with the output layer, for %4 tokens of context x %5. An estimate: the compute graph especially is rough; measure on a runner for real figures.</numerusform><numerusform>Estimated %1 (%2, %3) from its file: %n layers with the output layer, for %4 tokens of context x %5. An estimate: the compute graph especially is rough; measure on a runner for real figures.</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::LayoutEditor</name>
    <message numerus="yes">
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n layer</numerusform><numerusform>%n layers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform><numerusform>%n GPUs</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::MainWindow</name>
    <message numerus="yes">
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%n model loaded</numerusform><numerusform>%n models loaded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s) ok</source>
        <extracomment>%1 of %2 sources ok, %3 GPUs, used of total memory</extracomment>
        <translation>
            <numerusform>%1 of %n source ok</numerusform><numerusform>%1 of %n sources ok</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform><numerusform>%n GPUs</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::NativeProbeSource</name>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform><numerusform>%n GPUs</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::OllamaServerSource</name>
    <message numerus="yes">
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%n model loaded</numerusform><numerusform>%n models loaded</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerQuery</name>
    <message numerus="yes">
        <source>failed to finish discovery before timeout (%1 s, %n attempt); last attempt: %2</source>
        <extracomment>Starts with ollama's own words for this failure.</extracomment>
        <translation>
            <numerusform>failed to finish discovery before timeout (%1 s, %n attempt); last attempt: %2</numerusform><numerusform>failed to finish discovery before timeout (%1 s, %n attempt); last attempt: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>failed to finish discovery before timeout (%1 s, %n attempts); last attempt: %2</source>
        <translation>
            <numerusform>failed to finish discovery before timeout (%1 s, %n attempts); last attempt: %2</numerusform><numerusform>failed to finish discovery before timeout (%1 s, %n attempts); last attempt: %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 before the timeout (%2 s, %n attempt); last attempt: %3</source>
        <translation>
            <numerusform>no answer from %1 before the timeout (%2 s, %n attempt); last attempt: %3</numerusform><numerusform>no answer from %1 before the timeout (%2 s, %n attempt); last attempt: %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>no answer from %1 before the timeout (%2 s, %n attempts); last attempt: %3</source>
        <translation>
            <numerusform>no answer from %1 before the timeout (%2 s, %n attempts); last attempt: %3</numerusform><numerusform>no answer from %1 before the timeout (%2 s, %n attempts); last attempt: %3</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::SourceDelegate</name>
    <message numerus="yes">
        <source>(data %n s old)</source>
        <translation>
            <numerusform>(data %n s old)</numerusform><numerusform>(data %n s old)</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::ServerLogSource</name>
    <message numerus="yes">
        <source>%n load(s)</source>
        <translation>
            <numerusform>%n load</numerusform><numerusform>%n loads</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n resident</source>
        <translation>
            <numerusform>%n resident</numerusform><numerusform>%n resident</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::ModelTableModel</name>
    <message numerus="yes">
        <source>%1: %n layer(s), %2</source>
        <translation>
            <numerusform>%1: %n layer, %2</numerusform><numerusform>%1: %n layers, %2</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::LoggedSplitExplanationText</name>
    <message numerus="yes">
        <source>This plan uses the compute buffers that load measured, on %n device(s).</source>
        <translation>
            <numerusform>This plan uses the compute buffer that load measured, on %n device.</numerusform><numerusform>This plan uses the compute buffers that load measured, on %n devices.</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::VramscopeHostSource</name>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform><numerusform>%n GPUs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%n model loaded</numerusform><numerusform>%n models loaded</numerusform></translation>
    </message>
</context>
</TS>
