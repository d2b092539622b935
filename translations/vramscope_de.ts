<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>LayerSplit</name>
    <message>
        <location filename="../src/core/layersplit.cpp" line="149"/>
        <source>%1 is not one of the devices</source>
        <translation>%1 ist keines der Geräte</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="154"/>
        <source>%1 could be the device of %2; the text does not say which</source>
        <translation>%1 könnte das Gerät von %2 sein; der Text sagt nicht, welches</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="159"/>
        <source>%1 appears in two groups</source>
        <translation>%1 kommt in zwei Gruppen vor</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="164"/>
        <source>layer %1 is past the model: it has no layers</source>
        <translation>Layer %1 liegt außerhalb des Modells: Es hat keine Layer</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="165"/>
        <source>layer %1 is past the model&apos;s last layer (%2)</source>
        <translation>Layer %1 liegt hinter dem letzten Layer des Modells (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="170"/>
        <source>layer %1 is on two devices</source>
        <translation>Layer %1 liegt auf zwei Geräten</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../src/models/planfile.cpp" line="42"/>
        <source>settings.%1: expected a whole number from %2 to %3</source>
        <translation>settings.%1: ganze Zahl von %2 bis %3 erwartet</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="55"/>
        <source>settings.%1: expected true or false</source>
        <translation>settings.%1: true oder false erwartet</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="84"/>
        <source>settings.era: expected &quot;go-runner&quot; or &quot;llama-server&quot;</source>
        <translation>settings.era: &quot;go-runner&quot; oder &quot;llama-server&quot; erwartet</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="92"/>
        <source>settings.backoff: expected a number from 0 to 1</source>
        <translation>settings.backoff: Zahl von 0 bis 1 erwartet</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="102"/>
        <source>settings.kv_cache_type: expected a string</source>
        <translation>settings.kv_cache_type: Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="111"/>
        <source>%1: expected a format version number</source>
        <translation>%1: Formatversionsnummer erwartet</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="113"/>
        <source>written by a newer vramscope (plan format %1; this one reads %2)</source>
        <translation>von einer neueren vramscope-Version geschrieben (Planformat %1; diese Version liest %2)</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="129"/>
        <source>settings: expected an object</source>
        <translation>settings: Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="138"/>
        <source>layer_count: expected a whole number from 0 to %1</source>
        <translation>layer_count: ganze Zahl von 0 bis %1 erwartet</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="143"/>
        <source>layer_count says %1 layers, the memory report %2</source>
        <translation>layer_count nennt %1 Layer, der Speicherbericht %2</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="195"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="202"/>
        <source>the /info body</source>
        <translation>die /info-Antwort</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="212"/>
        <source>the /load answer</source>
        <translation>die /load-Antwort</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="217"/>
        <source>the memory report</source>
        <translation>der Speicherbericht</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="219"/>
        <source>not a plan, an /info body, a memory report (BackendMemory) or a /load answer</source>
        <translation>kein Plan, keine /info-Antwort, kein Speicherbericht (BackendMemory) und keine /load-Antwort</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="238"/>
        <source>Could not save %1: %2. Any earlier file there is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Eine dort bereits vorhandene Datei bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="250"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="256"/>
        <source>%1 is larger than %2 MiB: not a plan or a runner&apos;s answer</source>
        <translation>%1 ist größer als %2 MiB: kein Plan und keine Runner-Antwort</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="264"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="54"/>
        <source>Watch GPU memory while ollama loads a model. Run &apos;vramscope help&apos; for the commands.</source>
        <translation>GPU-Speicher beobachten, während ollama ein Modell lädt. „vramscope help“ zeigt die Befehle.</translation>
    </message>
</context>
<context>
    <name>vramscope</name>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="23"/>
        <source>%1 %2 at %3</source>
        <extracomment>GET /api/ps at 127.0.0.1:11434</extracomment>
        <translation>%1 %2 unter %3</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="34"/>
        <source>%1: %2</source>
        <extracomment>where: what went wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="55"/>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
</context>
<context>
    <name>vramscope::ByteColumnsProxy</name>
    <message>
        <location filename="../src/models/bytecolumnsproxy.cpp" line="24"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/models/bytecolumnsproxy.cpp" line="29"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../src/models/bytecolumnsproxy.cpp" line="30"/>
        <source>the driver does not say</source>
        <translation>der Treiber sagt es nicht</translation>
    </message>
</context>
<context>
    <name>vramscope::DemoRunner</name>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="16"/>
        <source>Could not start the demo runner %1: %2</source>
        <translation>Der Demo-Runner %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="68"/>
        <source>The demo runner did not report its ports within %1 s</source>
        <translation>Der Demo-Runner hat seine Ports nicht innerhalb von %1 s gemeldet</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="101"/>
        <source>The demo runner said &apos;%1&apos; instead of where it listens</source>
        <translation>Der Demo-Runner meldete „%1“ statt der Adresse, an der er lauscht</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="143"/>
        <source>The demo runner crashed</source>
        <translation>Der Demo-Runner ist abgestürzt</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="144"/>
        <source>The demo runner exited with status %1</source>
        <translation>Der Demo-Runner wurde mit Status %1 beendet</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceRowsPanel</name>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="77"/>
        <source>ID %1, library %2, PCI %3
total %4, free %5</source>
        <translation>ID %1, Bibliothek %2, PCI %3
gesamt %4, frei %5</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="79"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="89"/>
        <source>CPU — system memory</source>
        <translation>CPU — Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="90"/>
        <source>Layers no GPU holds run on the CPU from system memory, with the input weights and the CPU&apos;s graph</source>
        <translation>Layer, die keine GPU hält, laufen auf der CPU aus dem Arbeitsspeicher, zusammen mit den Eingabegewichten und dem Graphen der CPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="104"/>
        <source>no layers</source>
        <translation>keine Layer</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="106"/>
        <location filename="../src/widgets/devicerowspanel.cpp" line="130"/>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="107"/>
        <location filename="../src/widgets/devicerowspanel.cpp" line="131"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="108"/>
        <location filename="../src/widgets/devicerowspanel.cpp" line="132"/>
        <source>compute graph</source>
        <translation>Rechengraph</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="110"/>
        <source>Needs: weights %1 + KV cache %2 + graph %3 = %4
Room: free %5 − backoff %6 − minimum %7 − overhead %8 = %9</source>
        <translation>Bedarf: Gewichte %1 + KV-Cache %2 + Graph %3 = %4
Platz: frei %5 − Backoff %6 − Minimum %7 − Overhead %8 = %9</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="116"/>
        <source>Short by %1</source>
        <translation>Es fehlen %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="118"/>
        <source>The memory report has no entry for this GPU: its graph is unknown, and ollama&apos;s own planner would put nothing here.</source>
        <translation>Der Speicherbericht hat keinen Eintrag für diese GPU: Ihr Graph ist unbekannt, und ollamas eigener Planer würde hier nichts ablegen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="129"/>
        <source>input weights</source>
        <translation>Eingabegewichte</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="134"/>
        <source>Needs: input weights %1 + weights %2 + KV cache %3 + graph %4 = %5
System memory: %6 free of %7, swap %8 free</source>
        <translation>Bedarf: Eingabegewichte %1 + Gewichte %2 + KV-Cache %3 + Graph %4 = %5
Arbeitsspeicher: %6 von %7 frei, Swap %8 frei</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="142"/>
        <source>ollama would refuse to load: “%1”</source>
        <translation>ollama würde das Laden verweigern: „%1“</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceSplitRow</name>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="39"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="40"/>
        <source>The layers no GPU holds; they run on the CPU from system memory</source>
        <translation>Die Layer, die keine GPU hält; sie laufen auf der CPU aus dem Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="60"/>
        <source>Layers on %1</source>
        <translation>Layer auf %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="61"/>
        <source>Memory of %1</source>
        <translation>Speicher von %1</translation>
    </message>
    <message>
        <location filename="../ui/devicesplitrow.ui" line="28"/>
        <source>This device&apos;s part of the split as ollama writes it in its log</source>
        <translation>Der Anteil dieses Geräts an der Aufteilung, so wie ollama ihn ins Log schreibt</translation>
    </message>
    <message>
        <location filename="../ui/devicesplitrow.ui" line="43"/>
        <source>e.g. 0-19, 25</source>
        <translation>z. B. 0-19, 25</translation>
    </message>
    <message>
        <location filename="../ui/devicesplitrow.ui" line="44"/>
        <source>The layers on this device as ranges, e.g. &quot;0-19, 25&quot;; Enter applies, Escape reverts</source>
        <translation>Die Layer auf diesem Gerät als Bereiche, z. B. „0-19, 25“; Eingabe übernimmt, Esc verwirft</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceTableModel</name>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="27"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="29"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="31"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="35"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="37"/>
        <source>PCI ID</source>
        <translation>PCI-ID</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="39"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="41"/>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="43"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="45"/>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="47"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="49"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="51"/>
        <source>Integrated</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="53"/>
        <source>Flash attention</source>
        <translation>Flash Attention</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="55"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="57"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="59"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="61"/>
        <source>Other used</source>
        <translation>Sonstige Belegung</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceTableProxy</name>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="61"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="61"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="65"/>
        <source>(simulated)</source>
        <translation>(simuliert)</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="67"/>
        <source>(remote)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="83"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="86"/>
        <source>VRAM ollama sets aside on this GPU for the runtime itself</source>
        <translation>VRAM, den ollama auf dieser GPU für die Laufzeitumgebung selbst zurückhält</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="88"/>
        <source>Used memory that is not this model&apos;s weights, KV cache or graph</source>
        <translation>Belegter Speicher, der nicht zu Gewichten, KV-Cache oder Graph dieses Modells gehört</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="92"/>
        <source>The same GPU is also reported as: %1</source>
        <translation>Dieselbe GPU wird auch gemeldet als: %1</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="95"/>
        <source>Stale: the last poll of this endpoint failed; these are its last good values</source>
        <translation>Veraltet: Die letzte Abfrage dieses Endpunkts ist fehlgeschlagen; dies sind seine letzten gültigen Werte</translation>
    </message>
</context>
<context>
    <name>vramscope::EditorController</name>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="242"/>
        <source>Asking %1 what %2 needs…</source>
        <translation>%1 wird gefragt, was %2 braucht…</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="288"/>
        <source>Measurement cancelled: the editor shows other devices now.</source>
        <translation>Messung abgebrochen: Der Editor zeigt jetzt andere Geräte.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="111"/>
        <location filename="../src/workspace/editorcontroller.cpp" line="386"/>
        <location filename="../src/workspace/editorcontroller.cpp" line="403"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="105"/>
        <source>Could not open the model %1: %2</source>
        <translation>Das Modell %1 ließ sich nicht öffnen: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/editorcontroller.cpp" line="123"/>
        <source>Estimated %1 (%2, %3) from its file: %n layer(s) with the output layer, for %4 tokens of context x %5. An estimate: the compute graph especially is rough; measure on a runner for real figures.</source>
        <translation>
            <numerusform>%1 (%2, %3) aus seiner Datei geschätzt: %n Layer mit dem Ausgabe-Layer, für %4 Token Kontext x %5. Eine Schätzung: Besonders der Rechengraph ist grob; messen Sie auf einem Runner, um echte Werte zu erhalten.</numerusform>
            <numerusform>%1 (%2, %3) aus seiner Datei geschätzt: %n Layer mit dem Ausgabe-Layer, für %4 Token Kontext x %5. Eine Schätzung: Besonders der Rechengraph ist grob; messen Sie auf einem Runner, um echte Werte zu erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="149"/>
        <source>Could not estimate %1: %2</source>
        <translation>%1 ließ sich nicht schätzen: %2</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="174"/>
        <source>The runner&apos;s model has %1 layers, the estimate of %2 %3: another model, so the two are not compared.</source>
        <translation>Das Modell des Runners hat %1 Layer, die Schätzung von %2 %3: ein anderes Modell, daher kein Vergleich.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="190"/>
        <source>%1: measured %2 (graph %3), estimated %4 (graph %5)</source>
        <translation>%1: gemessen %2 (Graph %3), geschätzt %4 (Graph %5)</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="195"/>
        <source>Against the estimate of %1: %2.</source>
        <translation>Verglichen mit der Schätzung von %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="309"/>
        <source>Today&apos;s ollama plans from the model: open one, or a memory report.</source>
        <translation>Das heutige ollama plant vom Modell aus: Öffnen Sie eines oder einen Speicherbericht.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="391"/>
        <source>Opened the plan %1.</source>
        <translation>Plan %1 geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/editorcontroller.cpp" line="396"/>
        <source>Opened %1: %n device(s).</source>
        <translation>
            <numerusform>%1 geöffnet: %n Gerät.</numerusform>
            <numerusform>%1 geöffnet: %n Geräte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/editorcontroller.cpp" line="407"/>
        <source>Opened %1: a memory report of %n layer(s).</source>
        <translation>
            <numerusform>%1 geöffnet: ein Speicherbericht mit %n Layer.</numerusform>
            <numerusform>%1 geöffnet: ein Speicherbericht mit %n Layern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="431"/>
        <source>Saved the plan to %1.</source>
        <translation>Plan unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>vramscope::Endpoint</name>
    <message>
        <location filename="../src/net/endpoint.cpp" line="23"/>
        <source>no endpoint given: expected HOST:PORT</source>
        <translation>kein Endpunkt angegeben: erwartet wird HOST:PORT</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="31"/>
        <source>expected HOST:PORT or http://HOST:PORT, got &apos;%1&apos;</source>
        <translation>erwartet wird HOST:PORT oder http://HOST:PORT, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="35"/>
        <source>runners speak plain HTTP; &apos;%1&apos; uses %2</source>
        <translation>Runner sprechen einfaches HTTP; „%1“ verwendet %2</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="39"/>
        <source>no port in &apos;%1&apos;: runners listen on a port of their own (HOST:PORT)</source>
        <translation>kein Port in „%1“: Runner lauschen auf einem eigenen Port (HOST:PORT)</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="45"/>
        <source>expected only HOST:PORT in &apos;%1&apos;: a runner serves /info at its root</source>
        <translation>in „%1“ wird nur HOST:PORT erwartet: Ein Runner stellt /info an seiner Wurzel bereit</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="52"/>
        <source>%1 is not on this machine, and runners listen on loopback only; remote endpoints (a tunnel, a proxy) must be allowed first</source>
        <translation>%1 liegt nicht auf diesem Rechner, und Runner lauschen nur auf Loopback; entfernte Endpunkte (ein Tunnel, ein Proxy) müssen erst erlaubt werden</translation>
    </message>
</context>
<context>
    <name>vramscope::FitBar</name>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="57"/>
        <source>%1 of %2 (%3 left)</source>
        <translation>%1 von %2 (%3 frei)</translation>
    </message>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="61"/>
        <source>%1 of %2: %3 goes to swap</source>
        <translation>%1 von %2: %3 im Swap</translation>
    </message>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="65"/>
        <source>needs %1, room %2 + swap %3: short by %4</source>
        <translation>braucht %1, Platz %2 + Swap %3: %4 zu wenig</translation>
    </message>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="68"/>
        <source>needs %1, room %2: short by %3</source>
        <translation>braucht %1, Platz %2: %3 zu wenig</translation>
    </message>
</context>
<context>
    <name>vramscope::GpuLayersList</name>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="74"/>
        <source>expected the layer count (a number)</source>
        <translation>erwartet: die Layer-Anzahl (eine Zahl)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="77"/>
        <source>expected the group&apos;s layer count (a number)</source>
        <translation>erwartet: die Layer-Anzahl der Gruppe (eine Zahl)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="80"/>
        <source>expected the first layer (a number)</source>
        <translation>erwartet: der erste Layer (eine Zahl)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="83"/>
        <source>expected the last layer (a number)</source>
        <translation>erwartet: der letzte Layer (eine Zahl)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="86"/>
        <source>expected a layer number (a number)</source>
        <translation>erwartet: eine Layer-Nummer (eine Zahl)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="96"/>
        <source>the layer count is too large</source>
        <translation>die Layer-Anzahl ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="99"/>
        <source>the group&apos;s layer count is too large</source>
        <translation>die Layer-Anzahl der Gruppe ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="102"/>
        <source>the first layer is too large</source>
        <translation>der erste Layer ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="105"/>
        <source>the last layer is too large</source>
        <translation>der letzte Layer ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="108"/>
        <source>a layer number is too large</source>
        <translation>eine Layer-Nummer ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="151"/>
        <source>missing the layer count in front of &apos;[&apos;</source>
        <translation>die Layer-Anzahl vor „[“ fehlt</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="156"/>
        <source>the count says %1 layers but the groups hold %2</source>
        <translation>die Anzahl nennt %1 Layer, die Gruppen enthalten aber %2</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="175"/>
        <source>expected &apos; Layers:&apos; after the device id</source>
        <translation>erwartet: „ Layers:“ nach der Geräte-ID</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="185"/>
        <source>more than %1 layers in the list</source>
        <translation>mehr als %1 Layer in der Liste</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="201"/>
        <source>the range (%1..%2) does not hold %3 layers</source>
        <translation>der Bereich (%1..%2) umfasst nicht %3 Layer</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="222"/>
        <source>the group says %1 layers but lists %2</source>
        <translation>die Gruppe nennt %1 Layer, führt aber %2 auf</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="237"/>
        <source>layer %1 is assigned twice</source>
        <translation>Layer %1 ist doppelt zugewiesen</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="271"/>
        <source>expected &apos;%1&apos;</source>
        <translation>erwartet: „%1“</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="283"/>
        <source>column %1: %2, found &apos;%3&apos;</source>
        <extracomment>The column is counted from 1; what follows &quot;found&quot; is quoted from the text.</extracomment>
        <translation>Spalte %1: %2, gefunden: „%3“</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="286"/>
        <source>column %1: %2, found the end</source>
        <translation>Spalte %1: %2, gefunden: das Ende</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="325"/>
        <source>column %1: unexpected text after the list</source>
        <translation>Spalte %1: unerwarteter Text nach der Liste</translation>
    </message>
</context>
<context>
    <name>vramscope::HostTokens</name>
    <message>
        <location filename="../src/sources/hosttokens.cpp" line="36"/>
        <source>%1 may be read by others: tokens are not read from it (chmod 600 it)</source>
        <translation>%1 ist für andere lesbar: Tokens werden daraus nicht gelesen (chmod 600 darauf)</translation>
    </message>
    <message>
        <location filename="../src/sources/hosttokens.cpp" line="40"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../src/sources/hosttokens.cpp" line="94"/>
        <source>%1: cannot create its folder</source>
        <translation>%1: sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/sources/hosttokens.cpp" line="101"/>
        <location filename="../src/sources/hosttokens.cpp" line="109"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
</context>
<context>
    <name>vramscope::LayerAssignmentModel</name>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="33"/>
        <source>The memory report lists %1 layers; vramscope edits at most %2.</source>
        <translation>Der Speicherbericht nennt %1 Layer; vramscope bearbeitet höchstens %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="100"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="102"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="104"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="106"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="108"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="223"/>
        <source>The plan says %1 layers, its memory report %2.</source>
        <translation>Der Plan nennt %1 Layer, sein Speicherbericht %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="230"/>
        <location filename="../src/models/layerassignmentmodel.cpp" line="373"/>
        <source>A layer count from 0 to %1 was expected, not %2.</source>
        <translation>Erwartet wurde eine Layerzahl von 0 bis %1, nicht %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="262"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="275"/>
        <source>There is no device %1: the devices are numbered 0 to %2.</source>
        <translation>Es gibt kein Gerät %1: Die Geräte sind von 0 bis %2 nummeriert.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="279"/>
        <source>No layers are selected.</source>
        <translation>Es sind keine Layer ausgewählt.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="282"/>
        <source>Layer %1 is not in the model (layers 0 to %2).</source>
        <translation>Layer %1 gehört nicht zum Modell (Layer 0 bis %2).</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="292"/>
        <source>Assign layers %1 to %2</source>
        <translation>Layer %1 auf %2 verschieben</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="304"/>
        <source>There is no device %1.</source>
        <translation>Es gibt kein Gerät %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="308"/>
        <source>Not a set of layers: %1.</source>
        <translation>Keine gültige Layerangabe: %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="320"/>
        <source>Layer %1 is on %2 already; a layer goes on one device only. Take it off there first, or drag it over.</source>
        <translation>Layer %1 liegt bereits auf %2; ein Layer gehört auf genau ein Gerät. Entfernen Sie ihn dort zuerst oder ziehen Sie ihn herüber.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="324"/>
        <source>Layers %1 are on %2 already; a layer goes on one device only. Take them off there first, or drag them over.</source>
        <translation>Die Layer %1 liegen bereits auf %2; ein Layer gehört auf genau ein Gerät. Entfernen Sie sie dort zuerst oder ziehen Sie sie herüber.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="330"/>
        <source>Set the layers of %1 to %2</source>
        <translation>Layer von %1 auf %2 setzen</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="332"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="343"/>
        <source>Not a GPULayers list: %1.</source>
        <translation>Keine GPULayers-Liste: %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="358"/>
        <source>Paste split %1</source>
        <translation>Aufteilung %1 einfügen</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="370"/>
        <source>The memory report fixes the layer count at %1.</source>
        <translation>Der Speicherbericht legt die Layerzahl auf %1 fest.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="377"/>
        <source>Set the layer count to %1</source>
        <translation>Layerzahl auf %1 setzen</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="385"/>
        <source>ollama plans from a runner&apos;s memory report: open one, or fit on a runner first.</source>
        <translation>ollama plant anhand des Speicherberichts eines Runners: Öffnen Sie einen oder messen Sie zuerst an einem Runner.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="395"/>
        <location filename="../src/models/layerassignmentmodel.cpp" line="409"/>
        <source>Plan like ollama</source>
        <translation>Wie ollama planen</translation>
    </message>
</context>
<context>
    <name>vramscope::LayerRanges</name>
    <message>
        <location filename="../src/core/layerranges.cpp" line="37"/>
        <source>&apos;%1&apos; is not a layer number</source>
        <translation>„%1“ ist keine Layer-Nummer</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="64"/>
        <source>the range %1 runs backwards</source>
        <translation>der Bereich %1 läuft rückwärts</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="73"/>
        <source>the model has no layers</source>
        <translation>das Modell hat keine Layer</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="76"/>
        <source>layer %1 is past the model&apos;s last layer (%2)</source>
        <translation>Layer %1 liegt hinter dem letzten Layer des Modells (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="81"/>
        <source>layer %1 is too large</source>
        <translation>Layer %1 ist zu groß</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="90"/>
        <source>layer %1 is named twice</source>
        <translation>Layer %1 ist doppelt angegeben</translation>
    </message>
</context>
<context>
    <name>vramscope::LayerStrip</name>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="28"/>
        <source>Layer strip</source>
        <translation>Layer-Leiste</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="29"/>
        <source>One cell per layer, coloured by the device that holds it</source>
        <translation>Eine Zelle pro Layer, eingefärbt nach dem Gerät, das ihn hält</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="82"/>
        <source>No layers selected</source>
        <translation>Keine Layer ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="83"/>
        <source>Layers %1 selected</source>
        <translation>Layer %1 ausgewählt</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="155"/>
        <source>Layer %1 on %2
weights %3, KV cache %4</source>
        <translation>Layer %1 auf %2
Gewichte %3, KV-Cache %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="180"/>
        <source>No layers yet: open a memory report, fit on a runner, or set a layer count.</source>
        <translation>Noch keine Layer: Öffnen Sie einen Speicherbericht, messen Sie an einem Runner oder legen Sie eine Layerzahl fest.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="349"/>
        <source>Select layers first</source>
        <translation>Zuerst Layer auswählen</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="352"/>
        <source>Put layers %1 on</source>
        <translation>Layer %1 verschieben auf</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="368"/>
        <source>CPU (system memory)</source>
        <translation>CPU (Arbeitsspeicher)</translation>
    </message>
</context>
<context>
    <name>vramscope::LayoutEditor</name>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="57"/>
        <source>Bars: &lt;b&gt;solid&lt;/b&gt; weights, &lt;b&gt;light&lt;/b&gt; KV cache, &lt;b&gt;dark&lt;/b&gt; compute graph, against the room ollama leaves (free memory minus its minimum reserve, GPU overhead and backoff; the black line). &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;Red&lt;/b&gt;&lt;/span&gt;: short by the amount shown.</source>
        <translation>Balken: &lt;b&gt;kräftig&lt;/b&gt; Gewichte, &lt;b&gt;hell&lt;/b&gt; KV-Cache, &lt;b&gt;dunkel&lt;/b&gt; Rechengraph, verglichen mit dem Platz, den ollama lässt (freier Speicher abzüglich Mindestreserve, GPU-Overhead und Backoff; die schwarze Linie). &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;Rot&lt;/b&gt;&lt;/span&gt;: Es fehlt der angezeigte Betrag.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="66"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="68"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="73"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="74"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="83"/>
        <source>Undo: %1 (%2)</source>
        <translation>Rückgängig: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="88"/>
        <source>Redo: %1 (%2)</source>
        <translation>Wiederherstellen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="93"/>
        <source>ollama &amp;text (GPULayers)</source>
        <translation>ollama-&amp;Text (GPULayers)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="95"/>
        <source>&amp;num_gpu value</source>
        <translation>&amp;num_gpu-Wert</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="97"/>
        <source>Visible-devices &amp;environment</source>
        <translation>Umgebungsvariable für sichtbare &amp;Geräte</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="180"/>
        <source>No runner: select a Go runner (ollama v0.11.5 to v0.24) in the sources to measure splits on it.</source>
        <translation>Kein Runner: Wählen Sie in den Quellen einen Go-Runner (ollama v0.11.5 bis v0.24), um Aufteilungen darauf zu messen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="182"/>
        <source>Needs a Go runner among the sources</source>
        <translation>Braucht einen Go-Runner unter den Quellen</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="211"/>
        <source>no source</source>
        <translation>keine Quelle</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/layouteditor.cpp" line="212"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n Layer</numerusform>
            <numerusform>%n Layer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/layouteditor.cpp" line="213"/>
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="231"/>
        <source>Without a memory report, set the model&apos;s layer count here (or measure on a runner to learn it)</source>
        <translation>Ohne Speicherbericht geben Sie hier die Layer-Anzahl des Modells an (oder messen Sie auf einem Runner, um sie zu erfahren)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="186"/>
        <source>status not known yet</source>
        <translation>Status noch unbekannt</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="187"/>
        <source>Runner: %1 (%2)</source>
        <translation>Runner: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="191"/>
        <source>Ask the runner what this split needs (POST /load, operation fit); its answer becomes the memory report in use</source>
        <translation>Den Runner fragen, was diese Aufteilung braucht (POST /load, Operation fit); seine Antwort wird zum verwendeten Speicherbericht</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="193"/>
        <source>The runner is %1: it measures splits only before a model is loaded</source>
        <translation>Der Runner ist im Zustand „%1“: Er misst Aufteilungen nur, bevor ein Modell geladen ist</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="214"/>
        <source>Layer split for %1: %2, %3</source>
        <translation>Layer-Aufteilung für %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="221"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="230"/>
        <source>The memory report fixes the layer count</source>
        <translation>Der Speicherbericht legt die Layerzahl fest</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="267"/>
        <source>Pasted text not loaded: %1</source>
        <translation>Eingefügter Text nicht geladen: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="270"/>
        <source>Loaded the pasted split.</source>
        <translation>Eingefügte Aufteilung geladen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="309"/>
        <location filename="../src/widgets/layouteditor.cpp" line="332"/>
        <source>Copied %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="316"/>
        <source>Copied num_gpu %1: the number of layers on GPUs, for PARAMETER num_gpu in a Modelfile or options.num_gpu in a request.</source>
        <translation>num_gpu %1 kopiert: die Zahl der Layer auf GPUs, für PARAMETER num_gpu in einem Modelfile oder options.num_gpu in einer Anfrage.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="326"/>
        <source>Nothing to copy: ollama sets a visible-devices variable only for ROCm GPUs; CUDA and Vulkan GPUs are chosen by the split itself.</source>
        <translation>Nichts zu kopieren: ollama setzt eine Variable für sichtbare Geräte nur für ROCm-GPUs; CUDA- und Vulkan-GPUs werden durch die Aufteilung selbst gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="6"/>
        <source>Layer split</source>
        <translation>Layer-Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="36"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="39"/>
        <source>Copy the split as ollama&apos;s text, as a num_gpu value or as the visible-devices environment</source>
        <translation>Die Aufteilung als ollama-Text, als num_gpu-Wert oder als Umgebungsvariable für sichtbare Geräte kopieren</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="60"/>
        <source>Drag across layers to select them; assign with 0–9 (device number), C (CPU), the context menu, or by dragging the selection onto a device below.</source>
        <translation>Layer durch Ziehen auswählen; zuweisen mit 0–9 (Gerätenummer), C (CPU), über das Kontextmenü oder durch Ziehen der Auswahl auf ein Gerät darunter.</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="75"/>
        <source>&amp;ollama text:</source>
        <translation>ollama-&amp;Text:</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="88"/>
        <source>The split as ollama logs it (GPULayers:…)</source>
        <translation>Die Aufteilung, wie ollama sie protokolliert (GPULayers:…)</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="95"/>
        <source>Layers on GPUs:</source>
        <translation>Layer auf GPUs:</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="114"/>
        <source>hash:</source>
        <translation>Hash:</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="117"/>
        <source>FNV-1a 64 of the split: the same bytes ollama hashes, without its per-process seed</source>
        <translation>FNV-1a 64 der Aufteilung: dieselben Bytes, die ollama hasht, ohne dessen prozessspezifischen Seed</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="141"/>
        <source>&amp;Layers:</source>
        <translation>Layer&amp;zahl:</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="163"/>
        <source>&amp;Paste:</source>
        <translation>&amp;Einfügen:</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="175"/>
        <source>A line of ollama&apos;s log with GPULayers:… or the list itself</source>
        <translation>Eine Zeile aus dem ollama-Log mit GPULayers:… oder die Liste selbst</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="178"/>
        <source>Paste a GPULayers list from ollama&apos;s log and press Enter to load that split; ids are matched to the devices</source>
        <translation>Eine GPULayers-Liste aus dem ollama-Log einfügen und Eingabe drücken, um diese Aufteilung zu laden; die IDs werden den Geräten zugeordnet</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="188"/>
        <source>Load split</source>
        <translation>Aufteilung laden</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="248"/>
        <source>Plan like &amp;ollama</source>
        <translation>Wie &amp;ollama planen</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="259"/>
        <source>&amp;Plan like ollama</source>
        <translation>Wie ollama &amp;planen</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="262"/>
        <source>Run ollama&apos;s scheduler on these devices and this memory report, and take its split</source>
        <translation>ollamas Scheduler auf diese Geräte und diesen Speicherbericht anwenden und seine Aufteilung übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="281"/>
        <source>The planner&apos;s reasoning appears here: each GPU&apos;s free memory, what ollama reserves, and what kept layers off a GPU.</source>
        <translation>Hier erscheint die Begründung des Planers: der freie Speicher jeder GPU, was ollama reserviert und was Layer von einer GPU ferngehalten hat.</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="295"/>
        <source>La&amp;yers</source>
        <translation>La&amp;yer</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="298"/>
        <source>Every layer with its holder and its bytes; edit a holder with the device&apos;s number (-1 for the CPU)</source>
        <translation>Jeder Layer mit seinem Gerät und seinen Bytes; ein Gerät ändern Sie mit seiner Nummer (-1 für die CPU)</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="315"/>
        <source>&amp;Measure on runner</source>
        <translation>Auf Runner &amp;messen</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="326"/>
        <source>Measure on &amp;runner</source>
        <translation>Auf &amp;Runner messen</translation>
    </message>
</context>
<context>
    <name>vramscope::LlamaServerExplanationText</name>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="34"/>
        <source>ollama would choose &lt;code&gt;%1&lt;/code&gt;: %2 of %3 layers on GPUs, hash %4.</source>
        <translation>ollama würde &lt;code&gt;%1&lt;/code&gt; wählen: %2 von %3 Layern auf GPUs, Hash %4.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="42"/>
        <source>By the rules of ollama ≥ 0.30: its choice of GPUs, then llama.cpp&apos;s fit.</source>
        <translation>Nach den Regeln von ollama ≥ 0.30: seine GPU-Auswahl, dann der Fit von llama.cpp.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="44"/>
        <source>By the rules of ollama ≥ 0.30: its choice of GPUs, then llama.cpp&apos;s fit. Compute buffers are estimates.</source>
        <translation>Nach den Regeln von ollama ≥ 0.30: seine GPU-Auswahl, dann der Fit von llama.cpp. Die Rechenpuffer sind Schätzungen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="52"/>
        <source>No GPU: every layer stays on the CPU.</source>
        <translation>Keine GPU: Jeder Layer bleibt auf der CPU.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="55"/>
        <source>num_gpu 0: the CPU only.</source>
        <translation>num_gpu 0: nur die CPU.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="58"/>
        <source>One GPU: nothing to choose.</source>
        <translation>Eine GPU: nichts zu wählen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="61"/>
        <source>main_gpu: GPU %1 alone.</source>
        <translation>main_gpu: GPU %1 allein.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="64"/>
        <source>GPU %1 alone: 80% of its available memory holds the prediction of %2.</source>
        <translation>GPU %1 allein: 80 % ihres verfügbaren Speichers fassen die Vorhersage von %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="68"/>
        <source>No single GPU holds the prediction of %1 in 80% of its available memory: the %2 GPUs.</source>
        <translation>Keine einzelne GPU fasst die Vorhersage von %1 in 80 % ihres verfügbaren Speichers: die %2-GPUs.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="73"/>
        <source>Spread: the %1 GPUs.</source>
        <translation>Verteilt: die %1-GPUs.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="83"/>
        <source>Every device keeps its margin with the split by free memory: llama.cpp changes nothing.</source>
        <translation>Jedes Gerät behält seine Reserve bei der Aufteilung nach freiem Speicher: llama.cpp ändert nichts.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="87"/>
        <source>num_gpu is passed as -ngl %1: the split by free memory stands.</source>
        <translation>num_gpu wird als -ngl %1 übergeben: Die Aufteilung nach freiem Speicher bleibt.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="92"/>
        <source>A device would break its margin in the split by free memory: llama.cpp fills the devices from the last one backwards.</source>
        <translation>Ein Gerät würde bei der Aufteilung nach freiem Speicher seine Reserve unterschreiten: llama.cpp füllt die Geräte vom letzten an rückwärts.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="101"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="101"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="101"/>
        <source>margin</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="101"/>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="102"/>
        <source>graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="102"/>
        <source>layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="102"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="108"/>
        <source>(experts of %1 on the CPU)</source>
        <translation>(Experten von %1 auf der CPU)</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="124"/>
        <source>-ngl %1, no tensor split (by free memory).</source>
        <translation>-ngl %1, keine Tensoraufteilung (nach freiem Speicher).</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="125"/>
        <source>-ngl %1, tensor split %2.</source>
        <translation>-ngl %1, Tensoraufteilung %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="130"/>
        <source>CPU: layers %1 (%2); with the input weights %3.</source>
        <translation>CPU: Layer %1 (%2); mit den Eingabegewichten %3.</translation>
    </message>
</context>
<context>
    <name>vramscope::LlamaServerSource</name>
    <message>
        <location filename="../src/sources/llamaserversource.cpp" line="38"/>
        <source>loading model</source>
        <translation>lädt Modell</translation>
    </message>
    <message>
        <location filename="../src/sources/llamaserversource.cpp" line="42"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../src/sources/llamaserversource.cpp" line="46"/>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <location filename="../src/sources/llamaserversource.cpp" line="50"/>
        <source> · build %1</source>
        <translation> · Build %1</translation>
    </message>
</context>
<context>
    <name>vramscope::LlamaServerSourceKind</name>
    <message>
        <location filename="../src/workspace/llamaserversourcekind.cpp" line="16"/>
        <source>llama-server runner</source>
        <translation>llama-server-Runner</translation>
    </message>
    <message>
        <location filename="../src/workspace/llamaserversourcekind.cpp" line="21"/>
        <source>HOST:PORT of a llama-server (the --port of its command line), e.g. 127.0.0.1:36183</source>
        <translation>HOST:PORT eines llama-server (das --port seiner Befehlszeile), z. B. 127.0.0.1:36183</translation>
    </message>
</context>
<context>
    <name>vramscope::LoadedModelsFeed</name>
    <message>
        <location filename="../src/workspace/loadedmodelsfeed.cpp" line="229"/>
        <source>%1 @ %2</source>
        <extracomment>A model on another machine: &quot;qwen3:14b @ gpubox&quot;</extracomment>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>vramscope::LoggedSplitExplanationText</name>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="31"/>
        <source>The server log has no load of this model to compare with.</source>
        <translation>Das Serverprotokoll enthält kein Laden dieses Modells zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="35"/>
        <source>The server log&apos;s last load of this model (started %1) ran with other settings (-c %2, -np %3, KV cache %4): not compared.</source>
        <translation>Das letzte Laden dieses Modells im Serverprotokoll (gestartet %1) lief mit anderen Einstellungen (-c %2, -np %3, KV-Cache %4): nicht verglichen.</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="44"/>
        <source>The server log&apos;s last load of this model (started %1) offloaded %2 of %3 layers; this plan %4 of %5: they agree.</source>
        <translation>Das letzte Laden dieses Modells im Serverprotokoll (gestartet %1) lagerte %2 von %3 Layern aus; dieser Plan %4 von %5: Sie stimmen überein.</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="46"/>
        <source>The server log&apos;s last load of this model (started %1) offloaded %2 of %3 layers; this plan %4 of %5: they differ.</source>
        <translation>Das letzte Laden dieses Modells im Serverprotokoll (gestartet %1) lagerte %2 von %3 Layern aus; dieser Plan %4 von %5: Sie weichen ab.</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="52"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="52"/>
        <source>in the log</source>
        <translation>im Protokoll</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="52"/>
        <source>planned layers</source>
        <translation>geplante Layer</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="53"/>
        <source>logged layers</source>
        <translation>Layer laut Protokoll</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="53"/>
        <source>planned bytes</source>
        <translation>geplante Bytes</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="53"/>
        <source>logged bytes</source>
        <translation>Bytes laut Protokoll</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="68"/>
        <source>This plan uses the compute buffers that load measured, on %n device(s).</source>
        <translation>
            <numerusform>Dieser Plan verwendet den von diesem Laden gemessenen Rechenpuffer, auf %n Gerät.</numerusform>
            <numerusform>Dieser Plan verwendet die von diesem Laden gemessenen Rechenpuffer, auf %n Geräten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="192"/>
        <source>Starting the demo…</source>
        <translation>Demo wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="215"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="216"/>
        <source>Plans, /info bodies and memory reports (*.json);;All files (*)</source>
        <translation>Pläne, /info-Antworten und Speicherberichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="225"/>
        <location filename="../src/widgets/mainwindow.cpp" line="232"/>
        <source>Watch Server Log</source>
        <translation>Serverprotokoll beobachten</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="226"/>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Protokolle (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="248"/>
        <source>Another GGUF file…</source>
        <translation>Eine andere GGUF-Datei…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="252"/>
        <location filename="../src/widgets/mainwindow.cpp" line="259"/>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="253"/>
        <source>A model of your ollama store, or its name:</source>
        <translation>Ein Modell Ihres ollama-Speichers oder sein Name:</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="260"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="270"/>
        <source>Save Plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="271"/>
        <source>vramscope plans (*.json)</source>
        <translation>vramscope-Pläne (*.json)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="289"/>
        <source>No source is being watched</source>
        <translation>Es wird keine Quelle überwacht</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="310"/>
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%n Modell geladen</numerusform>
            <numerusform>%n Modelle geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="313"/>
        <source>%1 of %n source(s) ok</source>
        <extracomment>%1 of %2 sources ok, %3 GPUs, used of total memory</extracomment>
        <translation>
            <numerusform>%1 von %n Quelle in Ordnung</numerusform>
            <numerusform>%1 von %n Quellen in Ordnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="314"/>
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="315"/>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="351"/>
        <source>About vramscope</source>
        <translation>Über vramscope</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="352"/>
        <source>&lt;h3&gt;vramscope %1&lt;/h3&gt;&lt;p&gt;Watch each GPU&apos;s memory fill while ollama loads a model, try how a model&apos;s layers could be split across GPUs, and see before loading whether a split fits.&lt;/p&gt;&lt;p&gt;Its device model follows ollama&apos;s package &lt;code&gt;ml&lt;/code&gt; (v0.12.10).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;vramscope %1&lt;/h3&gt;&lt;p&gt;Beobachten Sie, wie sich der Speicher jeder GPU füllt, während ollama ein Modell lädt, probieren Sie aus, wie sich die Layer eines Modells auf GPUs aufteilen lassen, und sehen Sie vor dem Laden, ob eine Aufteilung passt.&lt;/p&gt;&lt;p&gt;Das Gerätemodell folgt ollamas Paket &lt;code&gt;ml&lt;/code&gt; (v0.12.10).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>vramscope</source>
        <translation>vramscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>&amp;Monitor</source>
        <translation>Über&amp;wachung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="32"/>
        <source>&lt;h2&gt;Nothing is being watched&lt;/h2&gt;&lt;p&gt;vramscope watches ollama of any version (its server and the runners it starts) and this machine&apos;s GPUs, and found none here. Add a source, or start the built-in simulation to see a model load.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nichts wird beobachtet&lt;/h2&gt;&lt;p&gt;vramscope beobachtet ollama jeder Version (seinen Server und die Runner, die er startet) und die GPUs dieses Rechners und hat hier nichts davon gefunden. Fügen Sie eine Quelle hinzu oder starten Sie die eingebaute Simulation, um ein Modell laden zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="47"/>
        <source>Start &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="48"/>
        <source>Start vramscope&apos;s simulation: a current ollama loading a model, and the Go-runner era on two GPUs</source>
        <translation>vramscopes Simulation starten: ein aktuelles ollama, das ein Modell lädt, und die Go-Runner-Ära auf zwei GPUs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="53"/>
        <source>&amp;Add source…</source>
        <translation>Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="54"/>
        <source>Watch a runner at HOST:PORT</source>
        <translation>Einen Runner unter HOST:PORT überwachen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="88"/>
        <source>Every loaded model: what the ollama server lists and what its runner says, one row each</source>
        <translation>Jedes geladene Modell: was der ollama-Server auflistet und was sein Runner sagt, je eine Zeile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="95"/>
        <source>Every GPU the watched runners report, in ollama&apos;s order by default</source>
        <translation>Alle GPUs, die die überwachten Runner melden, standardmäßig in der Reihenfolge von ollama</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="115"/>
        <source>&amp;Processes</source>
        <translation>&amp;Prozesse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="116"/>
        <source>Every process that holds memory on a GPU, as the drivers see it; ollama&apos;s runners named by their model</source>
        <translation>Jeder Prozess, der Speicher auf einer GPU belegt, wie die Treiber ihn sehen; die Runner von ollama mit ihrem Modell benannt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="127"/>
        <source>Processes come from the native probes (NVML, DRM fdinfo): without a GPU driver on this machine the list stays empty.</source>
        <translation>Die Prozesse stammen aus den nativen Abfragen (NVML, DRM-fdinfo): Ohne GPU-Treiber auf diesem Rechner bleibt die Liste leer.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="134"/>
        <source>&amp;Layer editor</source>
        <translation>&amp;Layer-Editor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="135"/>
        <source>Try how the model&apos;s layers could be split across the GPUs</source>
        <translation>Ausprobieren, wie sich die Layer des Modells auf die GPUs aufteilen lassen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="140"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="152"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="171"/>
        <source>&amp;Add Source…</source>
        <translation>Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="172"/>
        <source>Watch another source: a runner at HOST:PORT</source>
        <translation>Eine weitere Quelle überwachen: einen Runner unter HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="175"/>
        <source>Start &amp;Demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="176"/>
        <source>Start vramscope&apos;s simulation and watch it</source>
        <translation>vramscopes Simulation starten und beobachten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="179"/>
        <source>&amp;Watch Server Log…</source>
        <translation>Server&amp;protokoll beobachten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="180"/>
        <source>Follow ollama&apos;s server log file: what each loaded model puts on each GPU</source>
        <translation>Der Protokolldatei des ollama-Servers folgen: was jedes geladene Modell auf jede GPU legt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="183"/>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="184"/>
        <source>Estimate a model of your ollama store, or a GGUF file, for the layer editor: no runner needed</source>
        <translation>Ein Modell Ihres ollama-Speichers oder eine GGUF-Datei für den Layer-Editor schätzen: kein Runner nötig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="187"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="188"/>
        <source>Open a saved plan, a runner&apos;s /info body, a BackendMemory or a /load answer</source>
        <translation>Einen gespeicherten Plan, die /info-Antwort eines Runners, ein BackendMemory oder eine /load-Antwort öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="191"/>
        <source>&amp;Save Plan…</source>
        <translation>Plan &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="192"/>
        <source>Save the devices, memory, split and settings as JSON</source>
        <translation>Geräte, Speicher, Aufteilung und Einstellungen als JSON speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="199"/>
        <source>Sort Devices in &amp;ollama&apos;s Order</source>
        <translation>Geräte in &amp;ollamas Reihenfolge sortieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="200"/>
        <source>Discrete GPUs before integrated ones, most free memory first</source>
        <translation>Dedizierte GPUs vor integrierten, die mit dem meisten freien Speicher zuerst</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="203"/>
        <source>&amp;About vramscope</source>
        <translation>&amp;Über vramscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="207"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>vramscope::MeasureSettingsForm</name>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="13"/>
        <source>Con&amp;text size:</source>
        <translation>Konte&amp;xtgröße:</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="35"/>
        <source>num_ctx: tokens per sequence; the KV cache is sized for context size × parallel</source>
        <translation>num_ctx: Token pro Sequenz; der KV-Cache wird für Kontextgröße × Parallel bemessen</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="42"/>
        <source>P&amp;arallel:</source>
        <translation>&amp;Parallel:</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="61"/>
        <source>OLLAMA_NUM_PARALLEL: sequences served at once</source>
        <translation>OLLAMA_NUM_PARALLEL: gleichzeitig bediente Sequenzen</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="68"/>
        <source>&amp;Batch size:</source>
        <translation>Batch&amp;größe:</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="87"/>
        <source>num_batch: tokens processed per step; larger batches need a larger compute graph</source>
        <translation>num_batch: pro Schritt verarbeitete Token; größere Batches brauchen einen größeren Rechengraphen</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="94"/>
        <source>F&amp;lash attention</source>
        <translation>Flash Atte&amp;ntion</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="97"/>
        <source>OLLAMA_FLASH_ATTENTION; quantized KV caches need it</source>
        <translation>OLLAMA_FLASH_ATTENTION; quantisierte KV-Caches setzen sie voraus</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="104"/>
        <source>&amp;KV cache type:</source>
        <translation>K&amp;V-Cache-Typ:</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="114"/>
        <source>OLLAMA_KV_CACHE_TYPE</source>
        <translation>OLLAMA_KV_CACHE_TYPE</translation>
    </message>
    <message>
        <location filename="../src/widgets/measuresettingsform.cpp" line="11"/>
        <source>f16 (default)</source>
        <translation>f16 (Standard)</translation>
    </message>
</context>
<context>
    <name>vramscope::MemoryBarChart</name>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="44"/>
        <source>Memory by GPU</source>
        <translation>Speicher je GPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45"/>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45"/>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="46"/>
        <source>Reserve</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="47"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="46"/>
        <source>Not ollama</source>
        <translation>Nicht ollama</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="46"/>
        <source>Unaccounted</source>
        <translation>Unzugeordnet</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="51"/>
        <source>The model&apos;s weights on this GPU, from the split</source>
        <translation>Die Gewichte des Modells auf dieser GPU, laut Aufteilung</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="52"/>
        <source>The model&apos;s KV cache on this GPU, from the split</source>
        <translation>Der KV-Cache des Modells auf dieser GPU, laut Aufteilung</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="53"/>
        <source>The model&apos;s compute graph on this GPU, from the split</source>
        <translation>Der Rechengraph des Modells auf dieser GPU, laut Aufteilung</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="54"/>
        <source>Memory other programs hold on this GPU, as the driver tells it</source>
        <translation>Speicher, den andere Programme auf dieser GPU belegen, laut Treiber</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="55"/>
        <source>Used memory that neither ollama&apos;s models nor other programs account for: the driver, drift, or what no source tells</source>
        <translation>Belegter Speicher, den weder ollamas Modelle noch andere Programme erklären: der Treiber, Abweichungen oder was keine Quelle sagt</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="57"/>
        <source>Memory ollama sets aside on this GPU for the runtime itself</source>
        <translation>Speicher, den ollama auf dieser GPU für die Laufzeitumgebung selbst zurückhält</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="58"/>
        <source>Free memory, less ollama&apos;s reserve</source>
        <translation>Freier Speicher abzüglich der Reserve von ollama</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="59"/>
        <source>Used memory as the GPU reports it; without a split its parts are not known</source>
        <translation>Belegter Speicher, wie die GPU ihn meldet; ohne Aufteilung sind seine Teile nicht bekannt</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="60"/>
        <source>Free memory once the model is loaded, less ollama&apos;s reserve</source>
        <translation>Freier Speicher, sobald das Modell geladen ist, abzüglich der Reserve von ollama</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="61"/>
        <source>Not loaded yet: drawn out of free memory</source>
        <translation>Noch nicht geladen: vom freien Speicher abgezogen</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="62"/>
        <source>Loading: drawn as far as the GPU&apos;s use has grown</source>
        <translation>Wird geladen: so weit gezeichnet, wie die Belegung der GPU gewachsen ist</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="63"/>
        <source>%1&apos;s weights on this GPU, from the server log</source>
        <translation>Gewichte von %1 auf dieser GPU, laut Serverprotokoll</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="64"/>
        <source>%1&apos;s KV cache on this GPU, from the server log</source>
        <translation>KV-Cache von %1 auf dieser GPU, laut Serverprotokoll</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="65"/>
        <source>%1&apos;s compute graph on this GPU, from the server log</source>
        <translation>Rechengraph von %1 auf dieser GPU, laut Serverprotokoll</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="300"/>
        <source>%1: %2 of %3 used</source>
        <translation>%1: %2 von %3 belegt</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="368"/>
        <source>%1: %2 (%3 bytes)</source>
        <translation>%1: %2 (%3 Bytes)</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="376"/>
        <source>total %1, used %2, free %3</source>
        <translation>gesamt %1, belegt %2, frei %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="380"/>
        <source>weights %1, KV cache %2, graph %3</source>
        <translation>Gewichte %1, KV-Cache %2, Graph %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="386"/>
        <source>does not fit: %1 short</source>
        <translation>passt nicht: %1 fehlen</translation>
    </message>
</context>
<context>
    <name>vramscope::MemoryHistoryChart</name>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="50"/>
        <source>Used memory over time</source>
        <translation>Belegter Speicher im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="61"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="67"/>
        <source>Load started</source>
        <translation>Laden gestartet</translation>
    </message>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="72"/>
        <source>Load finished</source>
        <translation>Laden beendet</translation>
    </message>
</context>
<context>
    <name>vramscope::ModelTableModel</name>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="66"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="68"/>
        <source>On GPU</source>
        <translation>Auf GPU</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="70"/>
        <source>Processor</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="72"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="74"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="76"/>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="78"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="80"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="82"/>
        <source>On each GPU (log)</source>
        <translation>Je GPU (Protokoll)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/modeltablemodel.cpp" line="115"/>
        <source>%1: %n layer(s), %2</source>
        <translation>
            <numerusform>%1: %n Schicht, %2</numerusform>
            <numerusform>%1: %n Schichten, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::ModelTableProxy</name>
    <message>
        <location filename="../src/models/modeltableproxy.cpp" line="27"/>
        <source>loading</source>
        <translation>lädt</translation>
    </message>
    <message>
        <location filename="../src/models/modeltableproxy.cpp" line="29"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../src/models/modeltableproxy.cpp" line="31"/>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
</context>
<context>
    <name>vramscope::NativeProbeSource</name>
    <message>
        <location filename="../src/sources/nativeprobesource.cpp" line="17"/>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/nativeprobesource.cpp" line="46"/>
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::NativeProbeSourceKind</name>
    <message>
        <location filename="../src/workspace/nativeprobesourcekind.cpp" line="19"/>
        <source>GPUs (drivers)</source>
        <translation>GPUs (Treiber)</translation>
    </message>
    <message>
        <location filename="../src/workspace/nativeprobesourcekind.cpp" line="24"/>
        <source>/ for this machine, or the folder where a container sees the host&apos;s /sys and /proc</source>
        <translation>/ für diesen Rechner, oder der Ordner, in dem ein Container /sys und /proc des Hosts sieht</translation>
    </message>
    <message>
        <location filename="../src/workspace/nativeprobesourcekind.cpp" line="35"/>
        <source>&apos;%1&apos; is not a folder on this machine</source>
        <translation>„%1“ ist kein Ordner auf diesem Rechner</translation>
    </message>
</context>
<context>
    <name>vramscope::OllamaServerSource</name>
    <message>
        <location filename="../src/sources/ollamaserversource.cpp" line="35"/>
        <source>ollama %1</source>
        <translation>ollama %1</translation>
    </message>
    <message>
        <location filename="../src/sources/ollamaserversource.cpp" line="38"/>
        <source>Go runners</source>
        <translation>Go-Runner</translation>
    </message>
    <message>
        <location filename="../src/sources/ollamaserversource.cpp" line="41"/>
        <source>llama-server runners</source>
        <translation>llama-server-Runner</translation>
    </message>
    <message>
        <location filename="../src/sources/ollamaserversource.cpp" line="45"/>
        <source>runners of this version unknown to vramscope</source>
        <translation>Runner dieser Version sind vramscope unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/ollamaserversource.cpp" line="49"/>
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%n Modell geladen</numerusform>
            <numerusform>%n Modelle geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::OllamaServerSourceKind</name>
    <message>
        <location filename="../src/workspace/ollamaserversourcekind.cpp" line="17"/>
        <source>ollama server</source>
        <translation>ollama-Server</translation>
    </message>
    <message>
        <location filename="../src/workspace/ollamaserversourcekind.cpp" line="22"/>
        <source>HOST[:PORT] of the ollama server, as OLLAMA_HOST is written; the port defaults to 11434, e.g. 127.0.0.1:11434</source>
        <translation>HOST[:PORT] des ollama-Servers, geschrieben wie OLLAMA_HOST; ohne Port 11434, z. B. 127.0.0.1:11434</translation>
    </message>
    <message>
        <location filename="../src/workspace/ollamaserversourcekind.cpp" line="33"/>
        <source>no address given</source>
        <translation>keine Adresse angegeben</translation>
    </message>
</context>
<context>
    <name>vramscope::PlanExplanationText</name>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="30"/>
        <source>ollama would choose &lt;code&gt;%1&lt;/code&gt;: %2 of %3 layers on GPUs, hash %4.</source>
        <translation>ollama würde &lt;code&gt;%1&lt;/code&gt; wählen: %2 von %3 Layern auf GPUs, Hash %4.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="36"/>
        <source>By the rules of ollama ≤ 0.24: the Go runner&apos;s scheduler.</source>
        <translation>Nach den Regeln von ollama ≤ 0.24: der Scheduler des Go-Runners.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="38"/>
        <source>Planned with num_gpu %1, GPU overhead %2, spread %3, require full %4.</source>
        <translation>Geplant mit num_gpu %1, GPU-Overhead %2, Verteilen: %3, alle Layer auf GPUs: %4.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="40"/>
        <location filename="../src/widgets/planexplanationtext.cpp" line="41"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="40"/>
        <location filename="../src/widgets/planexplanationtext.cpp" line="41"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="46"/>
        <source>ollama would refuse to load:</source>
        <translation>ollama würde das Laden verweigern:</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="50"/>
        <source>No GPUs: every layer stays on the CPU.</source>
        <translation>Keine GPUs: Alle Layer bleiben auf der CPU.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="53"/>
        <source>GPUs in the order ollama considers them; available = free − backoff − minimum − overhead − graph:</source>
        <translation>GPUs in der Reihenfolge, in der ollama sie prüft; verfügbar = frei − Backoff − Minimum − Overhead − Graph:</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>backoff</source>
        <translation>Backoff</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="58"/>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="58"/>
        <source>layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="58"/>
        <source>layer bytes</source>
        <translation>Layer-Bytes</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="69"/>
        <source>not in the memory report: no room</source>
        <translation>nicht im Speicherbericht: kein Platz</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="79"/>
        <source>CPU: layers %1 (%2); with input weights and the CPU&apos;s graph %3. System memory: %4 free + %5 swap.</source>
        <translation>CPU: Layer %1 (%2); mit Eingabegewichten und CPU-Graph %3. Arbeitsspeicher: %4 frei + %5 Swap.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="91"/>
        <source>num_gpu asks for %1 layers.</source>
        <translation>num_gpu verlangt %1 Layer.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="96"/>
        <source>the smallest layer left on the CPU needs %1.</source>
        <translation>Der kleinste auf der CPU verbliebene Layer braucht %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="97"/>
        <source>the smallest layer left on the CPU needs %1; the most room left on one GPU is %2 (%3).</source>
        <translation>Der kleinste auf der CPU verbliebene Layer braucht %1; der meiste freie Platz auf einer GPU beträgt %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="101"/>
        <source>Limit: %1</source>
        <translation>Grenze: %1</translation>
    </message>
</context>
<context>
    <name>vramscope::PlanSettingsForm</name>
    <message>
        <location filename="../ui/plansettingsform.ui" line="13"/>
        <source>R&amp;ules of:</source>
        <translation>Rege&amp;ln von:</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="24"/>
        <source>ollama ≤ 0.24 (Go runner)</source>
        <translation>ollama ≤ 0.24 (Go-Runner)</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="29"/>
        <source>ollama ≥ 0.30 (llama-server)</source>
        <translation>ollama ≥ 0.30 (llama-server)</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="37"/>
        <source>&amp;num_gpu:</source>
        <translation>&amp;num_gpu:</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="56"/>
        <source>as many as fit (-1)</source>
        <translation>so viele wie passen (-1)</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="59"/>
        <source>Layers to put on GPUs, as ollama&apos;s num_gpu option; -1 lets ollama fit as many as it can</source>
        <translation>Anzahl der Layer auf GPUs, wie ollamas Option num_gpu; -1 lässt ollama so viele unterbringen wie möglich</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="66"/>
        <source>GPU &amp;overhead:</source>
        <translation>GPU-O&amp;verhead:</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="76"/>
        <location filename="../ui/plansettingsform.ui" line="151"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="85"/>
        <source>OLLAMA_GPU_OVERHEAD: memory ollama leaves free on every GPU; the fit bars reserve it too</source>
        <translation>OLLAMA_GPU_OVERHEAD: Speicher, den ollama auf jeder GPU frei lässt; die Belegungsbalken reservieren ihn ebenfalls</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="92"/>
        <source>&amp;Spread over all GPUs</source>
        <translation>Auf alle GPUs ve&amp;rteilen</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="95"/>
        <source>OLLAMA_SCHED_SPREAD: use every GPU of a library instead of as few as possible</source>
        <translation>OLLAMA_SCHED_SPREAD: jede GPU einer Bibliothek nutzen statt möglichst weniger</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="102"/>
        <source>&amp;Require full offload</source>
        <translation>Alle Layer auf &amp;GPUs verlangen</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="105"/>
        <source>Refuse unless the whole model fits on GPUs, as ollama does when asked to</source>
        <translation>Ablehnen, wenn nicht das ganze Modell auf die GPUs passt – wie ollama, wenn es so eingestellt ist</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="112"/>
        <source>ma&amp;in_gpu:</source>
        <translation>ma&amp;in_gpu:</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="131"/>
        <source>unset (-1)</source>
        <translation>nicht gesetzt (-1)</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="134"/>
        <source>ollama&apos;s main_gpu: the index of the one GPU to use alone</source>
        <translation>ollamas main_gpu: der Index der einen GPU, die allein genutzt wird</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="141"/>
        <source>&amp;Fit target:</source>
        <translation>&amp;Fit-Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="163"/>
        <source>LLAMA_ARG_FIT_TARGET: the memory llama.cpp&apos;s fit keeps free on every device</source>
        <translation>LLAMA_ARG_FIT_TARGET: der Speicher, den der Fit von llama.cpp auf jedem Gerät frei hält</translation>
    </message>
    <message>
        <location filename="../src/widgets/plansettingsform.cpp" line="103"/>
        <source>Chosen by the watched ollama server, version %1</source>
        <translation>Vom beobachteten ollama-Server gewählt, Version %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/plansettingsform.cpp" line="104"/>
        <source>Whose rules plan: ollama&apos;s Go runner scheduler (up to 0.24) or today&apos;s GPU choice and llama.cpp&apos;s fit (0.30 and later)</source>
        <translation>Wessen Regeln planen: der Scheduler von ollamas Go-Runner (bis 0.24) oder die heutige GPU-Auswahl mit dem Fit von llama.cpp (ab 0.30)</translation>
    </message>
</context>
<context>
    <name>vramscope::Poller</name>
    <message>
        <location filename="../src/net/poller.cpp" line="42"/>
        <source>waiting for the first answer from %1</source>
        <translation>warte auf die erste Antwort von %1</translation>
    </message>
    <message>
        <location filename="../src/net/poller.cpp" line="148"/>
        <source>%1: no answer yet after %2 s, slower than the polling interval; showing the last data read</source>
        <translation>%1: nach %2 s noch keine Antwort, langsamer als das Abfrageintervall; die zuletzt gelesenen Daten werden angezeigt</translation>
    </message>
</context>
<context>
    <name>vramscope::ProcessTableModel</name>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="23"/>
        <source>What the ollama server says %1 holds on all GPUs together (/api/ps size_vram); the GPU memory beside it is this process on this GPU</source>
        <translation>Was der ollama-Server für %1 auf allen GPUs zusammen angibt (/api/ps size_vram); der GPU-Speicher daneben ist dieser Prozess auf dieser GPU</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="26"/>
        <source>No watched ollama server lists this runner&apos;s model</source>
        <translation>Kein beobachteter ollama-Server führt das Modell dieses Runners</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="59"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="61"/>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="63"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="65"/>
        <source>GPU memory</source>
        <translation>GPU-Speicher</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="67"/>
        <source>ollama says</source>
        <translation>laut ollama</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="69"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerCall</name>
    <message>
        <location filename="../src/net/runnercall.cpp" line="38"/>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="126"/>
        <source>%1 %2 at %3</source>
        <extracomment>HTTP method, path and endpoint: &quot;GET /info at 127.0.0.1:8080&quot;.</extracomment>
        <translation>%1 %2 unter %3</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="150"/>
        <source>%1: no complete answer within %2 s</source>
        <translation>%1: keine vollständige Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="152"/>
        <source>%1: no complete answer within %2 s (%3 bytes of the body came)</source>
        <translation>%1: keine vollständige Antwort innerhalb von %2 s (%3 Bytes der Antwort kamen an)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="157"/>
        <source>%1: the answer is larger than the %2 limit; not a runner&apos;s JSON</source>
        <translation>%1: Die Antwort ist größer als die Grenze von %2; kein JSON eines Runners</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="164"/>
        <source>%1: %2</source>
        <extracomment>Where the request went, then what went wrong, as Qt says it.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="169"/>
        <source>%1: connection refused (no runner listening there)</source>
        <translation>%1: Verbindung abgelehnt (dort lauscht kein Runner)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="172"/>
        <source>%1: host %2 not found</source>
        <translation>%1: Host %2 nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="179"/>
        <source>%1: the runner closed the connection without answering</source>
        <translation>%1: Der Runner hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="182"/>
        <source>%1: the runner closed the connection after %2 bytes of the body</source>
        <translation>%1: Der Runner hat die Verbindung nach %2 Bytes der Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="186"/>
        <source>%1: the runner closed the connection after %2 of %3 bytes of the body</source>
        <translation>%1: Der Runner hat die Verbindung nach %2 von %3 Bytes der Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="192"/>
        <source>%1: broken HTTP answer: %2</source>
        <translation>%1: fehlerhafte HTTP-Antwort: %2</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="219"/>
        <source>%1: free vram reporting not supported (404: an older runner without /info)</source>
        <translation>%1: Meldung des freien VRAM nicht unterstützt (404: ein älterer Runner ohne /info)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="221"/>
        <source>%1: this runner has no %2 (404)</source>
        <translation>%1: Dieser Runner hat kein %2 (404)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="228"/>
        <source>%1: HTTP %2 redirect to &apos;%3&apos;, not followed: a runner never redirects</source>
        <translation>%1: HTTP-%2-Weiterleitung nach „%3“ nicht gefolgt: Ein Runner leitet nie weiter</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="240"/>
        <source>%1: HTTP %2: %3</source>
        <translation>%1: HTTP %2: %3</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="259"/>
        <source>%1: bad body: %2</source>
        <translation>%1: unlesbare Antwort: %2</translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerHealth</name>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="12"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="14"/>
        <source>no slots available</source>
        <translation>keine Slots frei</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="16"/>
        <source>launched</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="18"/>
        <source>loading model</source>
        <translation>lädt Modell</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="20"/>
        <source>not responding</source>
        <translation>reagiert nicht</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="22"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerQuery</name>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="53"/>
        <source>failed to finish discovery before timeout (%1 s, %n attempt); last attempt: %2</source>
        <extracomment>Starts with ollama&apos;s own words for this failure.</extracomment>
        <translation>
            <numerusform>Erkennung vor Ablauf der Zeit nicht abgeschlossen (%1 s, %n Versuch); letzter Versuch: %2</numerusform>
            <numerusform>Erkennung vor Ablauf der Zeit nicht abgeschlossen (%1 s, %n Versuche); letzter Versuch: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="56"/>
        <source>failed to finish discovery before timeout (%1 s, %n attempts); last attempt: %2</source>
        <translation>
            <numerusform>Erkennung vor Ablauf der Zeit nicht abgeschlossen (%1 s, %n Versuch); letzter Versuch: %2</numerusform>
            <numerusform>Erkennung vor Ablauf der Zeit nicht abgeschlossen (%1 s, %n Versuche); letzter Versuch: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="62"/>
        <source>no answer from %1 before the timeout (%2 s, %n attempt); last attempt: %3</source>
        <translation>
            <numerusform>keine Antwort von %1 vor Ablauf der Zeit (%2 s, %n Versuch); letzter Versuch: %3</numerusform>
            <numerusform>keine Antwort von %1 vor Ablauf der Zeit (%2 s, %n Versuche); letzter Versuch: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="65"/>
        <source>no answer from %1 before the timeout (%2 s, %n attempts); last attempt: %3</source>
        <translation>
            <numerusform>keine Antwort von %1 vor Ablauf der Zeit (%2 s, %n Versuch); letzter Versuch: %3</numerusform>
            <numerusform>keine Antwort von %1 vor Ablauf der Zeit (%2 s, %n Versuche); letzter Versuch: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerSourceKind</name>
    <message>
        <location filename="../src/workspace/runnersourcekind.cpp" line="16"/>
        <source>ollama runner</source>
        <translation>ollama-Runner</translation>
    </message>
    <message>
        <location filename="../src/workspace/runnersourcekind.cpp" line="21"/>
        <source>HOST:PORT of an ollama runner (the --port of &apos;ollama runner&apos;), e.g. 127.0.0.1:40123</source>
        <translation>HOST:PORT eines ollama-Runners (der --port von „ollama runner“), z. B. 127.0.0.1:40123</translation>
    </message>
</context>
<context>
    <name>vramscope::ServerAnswer</name>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="79"/>
        <source>HTTP %1: asks for credentials; ollama has none of its own, so an authenticating proxy stands in front of it (%2)</source>
        <translation>HTTP %1: verlangt Anmeldedaten; ollama hat keine eigenen, also steht ein authentifizierender Proxy davor (%2)</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="87"/>
        <source>HTTP %1 with an HTML page, not JSON: a web server, a proxy or another program answers on this port</source>
        <translation>HTTP %1 mit einer HTML-Seite statt JSON: ein Webserver, ein Proxy oder ein anderes Programm antwortet auf diesem Port</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="96"/>
        <source>no %1 here (404: %2)</source>
        <translation>kein %1 hier (404: %2)</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="99"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="105"/>
        <source>bad body: %1</source>
        <translation>fehlerhafter Inhalt: %1</translation>
    </message>
</context>
<context>
    <name>vramscope::ServerLogFile</name>
    <message>
        <location filename="../src/core/serverlogfile.cpp" line="14"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/core/serverlogfile.cpp" line="22"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>vramscope::ServerLogSource</name>
    <message>
        <location filename="../src/sources/serverlogsource.cpp" line="21"/>
        <source>journal (ollama.service)</source>
        <translation>Journal (ollama.service)</translation>
    </message>
    <message>
        <location filename="../src/sources/serverlogsource.cpp" line="103"/>
        <source>ollama %1</source>
        <translation>ollama %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/serverlogsource.cpp" line="104"/>
        <source>%n load(s)</source>
        <translation>
            <numerusform>%n Ladevorgang</numerusform>
            <numerusform>%n Ladevorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/serverlogsource.cpp" line="105"/>
        <source>%n resident</source>
        <translation>
            <numerusform>%n geladen</numerusform>
            <numerusform>%n geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::SourceDelegate</name>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="38"/>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="41"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="44"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="47"/>
        <source>unsupported: no /info (older runner)</source>
        <translation>nicht unterstützt: kein /info (älterer Runner)</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="50"/>
        <source>runner error</source>
        <translation>Runner-Fehler</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="53"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="56"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="59"/>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/sourcedelegate.cpp" line="71"/>
        <source>(data %n s old)</source>
        <translation>
            <numerusform>(Daten %n s alt)</numerusform>
            <numerusform>(Daten %n s alt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="105"/>
        <source>[simulated]</source>
        <translation>[simuliert]</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="107"/>
        <source>[found here]</source>
        <translation>[hier gefunden]</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="109"/>
        <source>[remote]</source>
        <translation>[entfernt]</translation>
    </message>
</context>
<context>
    <name>vramscope::SourceDialog</name>
    <message>
        <location filename="../ui/sourcedialog.ui" line="5"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="11"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="17"/>
        <source>What kind of source to watch</source>
        <translation>Welche Art von Quelle überwacht werden soll</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="22"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="31"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="37"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="46"/>
        <source>Allow a &amp;remote host</source>
        <translation>Entfernten &amp;Host zulassen</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="47"/>
        <source>Sources on another machine send its GPU list over the network; they are marked remote wherever they show</source>
        <translation>Quellen auf einem anderen Rechner senden dessen GPU-Liste über das Netz; sie sind überall als entfernt gekennzeichnet</translation>
    </message>
</context>
<context>
    <name>vramscope::SourcesDock</name>
    <message>
        <location filename="../ui/sourcesdock.ui" line="5"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="11"/>
        <source>Watched sources: state, what they are doing, and load progress</source>
        <translation>Überwachte Quellen: Zustand, was sie gerade tun, und Ladefortschritt</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="19"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="20"/>
        <source>Watch another source</source>
        <translation>Eine weitere Quelle überwachen</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="25"/>
        <source>Edit…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="26"/>
        <source>Change the selected source&apos;s address or interval</source>
        <translation>Adresse oder Intervall der gewählten Quelle ändern</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="31"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="32"/>
        <source>Stop watching the selected source</source>
        <translation>Die gewählte Quelle nicht mehr überwachen</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="46"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="52"/>
        <source>How often the selected source is polled</source>
        <translation>Wie oft die gewählte Quelle abgefragt wird</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="53"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcesdock.cpp" line="63"/>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcesdock.cpp" line="89"/>
        <source>Edit Source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
</context>
<context>
    <name>vramscope::SplitMeasurement</name>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="28"/>
        <source>Could not ask the runner whether it is free: %1</source>
        <translation>Der Runner konnte nicht gefragt werden, ob er frei ist: %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="33"/>
        <source>The runner at %1 is busy (%2). A runner measures a split only before a model is loaded, while /health says &quot;launched&quot;; start a fresh runner to measure.</source>
        <translation>Der Runner unter %1 ist beschäftigt (%2). Ein Runner misst eine Aufteilung nur, bevor ein Modell geladen ist, solange /health „launched“ meldet; starten Sie zum Messen einen neuen Runner.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="56"/>
        <source>The runner refused: %1. It has loaded a model since it said &quot;launched&quot;; start a fresh runner to measure.</source>
        <translation>Der Runner hat abgelehnt: %1. Er hat ein Modell geladen, seit er „launched“ meldete; starten Sie zum Messen einen neuen Runner.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="59"/>
        <source>The runner refused: %1</source>
        <translation>Der Runner hat abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="62"/>
        <source>No answer to the fit: %1. Measuring reads the model; a large one on a busy machine can take longer. Check the runner&apos;s log.</source>
        <translation>Keine Antwort auf die Messung: %1. Beim Messen wird das Modell gelesen; ein großes Modell auf einem ausgelasteten Rechner kann länger brauchen. Prüfen Sie das Log des Runners.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="67"/>
        <source>The runner went away: %1</source>
        <translation>Der Runner ist nicht mehr erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="70"/>
        <source>The runner&apos;s answer is unusable: %1</source>
        <translation>Die Antwort des Runners ist unbrauchbar: %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="76"/>
        <source>The runner says this split does not fit: it ran out of memory measuring it (&quot;Success&quot;: false). The numbers it was attempting are shown; red bars show where.</source>
        <translation>Laut Runner passt diese Aufteilung nicht: Beim Messen ging ihm der Speicher aus (&quot;Success&quot;: false). Angezeigt werden die Werte, die er versucht hat; rote Balken zeigen, wo.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="85"/>
        <source>The runner measured the split: %1 on GPUs, %2 in system memory.</source>
        <translation>Der Runner hat die Aufteilung gemessen: %1 auf GPUs, %2 im Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>vramscope::VramscopeHostSource</name>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="56"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="104"/>
        <source>the token from the keychain was refused</source>
        <translation>das Token aus dem Schlüsselbund wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="106"/>
        <source>the token from %1 was refused</source>
        <translation>das Token aus %1 wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="113"/>
        <source>no token for %1 in %2, and no keychain (%3); store it with &apos;vramscope token set %1&apos;</source>
        <extracomment>%1 is HOST:PORT, %3 why there is no keychain</extracomment>
        <translation>kein Token für %1 in %2 und kein Schlüsselbund (%3); speichern Sie es mit &apos;vramscope token set %1&apos;</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="117"/>
        <source>no token for %1 in the keychain or in %2; store it with &apos;vramscope token set %1&apos;</source>
        <extracomment>%1 is HOST:PORT</extracomment>
        <translation>kein Token für %1 im Schlüsselbund oder in %2; speichern Sie es mit &apos;vramscope token set %1&apos;</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="131"/>
        <source>%1; %2</source>
        <extracomment>A host refused the request: &quot;&lt;what it answered&gt;; &lt;where the token came from&gt;&quot;</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="151"/>
        <source>vramscope on %1</source>
        <extracomment>vramscope on HOST · 2 GPUs · 1 model loaded</extracomment>
        <translation>vramscope auf %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/vramscopehostsource.cpp" line="152"/>
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/vramscopehostsource.cpp" line="153"/>
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%n Modell geladen</numerusform>
            <numerusform>%n Modelle geladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="169"/>
        <source>%1 @ %2</source>
        <extracomment>A GPU of another machine: &quot;NVIDIA GeForce RTX 4090 @ gpubox&quot;</extracomment>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>vramscope::VramscopeHostSourceKind</name>
    <message>
        <location filename="../src/workspace/vramscopehostsourcekind.cpp" line="17"/>
        <source>vramscope host</source>
        <translation>vramscope-Host</translation>
    </message>
    <message>
        <location filename="../src/workspace/vramscopehostsourcekind.cpp" line="22"/>
        <source>HOST:PORT of a &apos;vramscope serve&apos;, e.g. gpubox:9877; its token, if it needs one, stored with &apos;vramscope token set HOST:PORT&apos; (in the keychain, else in %1)</source>
        <translation>HOST:PORT eines &apos;vramscope serve&apos;, z. B. gpubox:9877; sein Token, falls es eines braucht, gespeichert mit &apos;vramscope token set HOST:PORT&apos; (im Schlüsselbund, sonst in %1)</translation>
    </message>
</context>
<context>
    <name>vramscope::WindowOptions</name>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="26"/>
        <source>Watch the ollama runner at HOST:PORT (repeatable).</source>
        <translation>Den ollama-Runner unter HOST:PORT überwachen (mehrfach möglich).</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="30"/>
        <source>Watch ollama&apos;s server log in FILE (repeatable).</source>
        <translation>ollamas Serverprotokoll in FILE beobachten (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="34"/>
        <source>Watch the vramscope serve at HOST:PORT (repeatable).</source>
        <translation>Den vramscope serve unter HOST:PORT beobachten (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="39"/>
        <source>Allow sources off this machine.</source>
        <translation>Quellen außerhalb dieses Rechners erlauben.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="41"/>
        <source>Start the simulated runners and watch them.</source>
        <translation>Die simulierten Runner starten und überwachen.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="45"/>
        <source>Start the simulated runners when no source is saved or found.</source>
        <translation>Die simulierten Runner starten, wenn keine Quelle gespeichert oder gefunden ist.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="49"/>
        <source>Ignore saved sources and window layout, and save nothing.</source>
        <translation>Gespeicherte Quellen und Fensteranordnung ignorieren und nichts speichern.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="52"/>
        <source>Render the window to FILE (PNG) after --after seconds, then exit.</source>
        <translation>Das Fenster nach --after Sekunden als FILE (PNG) speichern, dann beenden.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="57"/>
        <source>Seconds before the screenshot (default 5).</source>
        <translation>Sekunden bis zum Bildschirmfoto (Standard: 5).</translation>
    </message>
</context>
<context>
    <name>vramscope::WireError</name>
    <message>
        <location filename="../src/core/wireerror.cpp" line="12"/>
        <source>%1: %2</source>
        <extracomment>A field path such as &quot;[2].total_memory&quot;, then what is wrong with it.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vramscope::WireFormat</name>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="30"/>
        <source>a string</source>
        <extracomment>What a JSON value is, after &quot;got&quot;.</extracomment>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="33"/>
        <source>an array</source>
        <extracomment>What a JSON value is, after &quot;got&quot;.</extracomment>
        <translation>ein Array</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="36"/>
        <source>an object</source>
        <extracomment>What a JSON value is, after &quot;got&quot;.</extracomment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="41"/>
        <source>a number past %1</source>
        <extracomment>What a JSON value is, after &quot;got&quot;.</extracomment>
        <translation>eine Zahl über %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="49"/>
        <source>nothing</source>
        <extracomment>What a JSON value is, after &quot;got&quot;: the field is missing.</extracomment>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="80"/>
        <source>expected a non-negative integer, got %1</source>
        <translation>erwartet wurde eine nicht negative ganze Zahl, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="94"/>
        <source>expected an integer, got %1</source>
        <translation>erwartet wurde eine ganze Zahl, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="97"/>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>erwartet wurde eine ganze Zahl von %1 bis %2, erhalten: %3</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="109"/>
        <source>expected true or false, got %1</source>
        <translation>erwartet wurde true oder false, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="120"/>
        <source>expected a string, got %1</source>
        <translation>erwartet wurde eine Zeichenkette, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="130"/>
        <source>expected an object, got %1</source>
        <translation>erwartet wurde ein Objekt, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="142"/>
        <source>expected an array, got %1</source>
        <translation>erwartet wurde ein Array, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="150"/>
        <source>a null element where a value belongs</source>
        <translation>ein null-Element, wo ein Wert hingehört</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="156"/>
        <source>expected a number from 0 to 1, got %1</source>
        <translation>erwartet wurde eine Zahl von 0 bis 1, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="99"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="73"/>
        <source>expected a JSON array, got %1</source>
        <translation>erwartet wurde ein JSON-Array, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="81"/>
        <source>expected a JSON object, got %1</source>
        <translation>erwartet wurde ein JSON-Objekt, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../src/core/hostsnapshotjson.cpp" line="46"/>
        <source>expected a GPU&apos;s id, got an empty string</source>
        <translation>die ID einer GPU erwartet, eine leere Zeichenkette erhalten</translation>
    </message>
    <message>
        <location filename="../src/core/hostsnapshotjson.cpp" line="121"/>
        <source>expected a non-negative number, got %1</source>
        <translation>eine nicht negative Zahl erwartet, %1 erhalten</translation>
    </message>
</context>
<context>
    <name>vramscope::Workspace</name>
    <message>
        <location filename="../src/workspace/workspace.cpp" line="77"/>
        <source>unknown kind of source &apos;%1&apos;</source>
        <translation>unbekannte Art von Quelle „%1“</translation>
    </message>
    <message>
        <location filename="../src/workspace/workspace.cpp" line="86"/>
        <source>%1 is watched already</source>
        <translation>%1 wird bereits überwacht</translation>
    </message>
    <message>
        <location filename="../src/workspace/workspace.cpp" line="122"/>
        <source>%1 is not watched any more</source>
        <translation>%1 wird nicht mehr überwacht</translation>
    </message>
</context>
</TS>
