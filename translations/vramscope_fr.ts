<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LayerSplit</name>
    <message>
        <location filename="../src/core/layersplit.cpp" line="149"/>
        <source>%1 is not one of the devices</source>
        <translation>%1 ne fait pas partie des périphériques</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="154"/>
        <source>%1 could be the device of %2; the text does not say which</source>
        <translation>%1 pourrait désigner le périphérique de %2&#xa0;; le texte ne précise pas lequel</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="159"/>
        <source>%1 appears in two groups</source>
        <translation>%1 apparaît dans deux groupes</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="164"/>
        <source>layer %1 is past the model: it has no layers</source>
        <translation>la couche %1 est hors du modèle&#xa0;: il n&apos;a aucune couche</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="165"/>
        <source>layer %1 is past the model&apos;s last layer (%2)</source>
        <translation>la couche %1 est au-delà de la dernière couche du modèle (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="170"/>
        <source>layer %1 is on two devices</source>
        <translation>la couche %1 est sur deux périphériques</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../src/models/planfile.cpp" line="42"/>
        <source>settings.%1: expected a whole number from %2 to %3</source>
        <translation>settings.%1&#xa0;: nombre entier de %2 à %3 attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="55"/>
        <source>settings.%1: expected true or false</source>
        <translation>settings.%1&#xa0;: true ou false attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="84"/>
        <source>settings.era: expected &quot;go-runner&quot; or &quot;llama-server&quot;</source>
        <translation>settings.era&#xa0;: &quot;go-runner&quot; ou &quot;llama-server&quot; attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="92"/>
        <source>settings.backoff: expected a number from 0 to 1</source>
        <translation>settings.backoff&#xa0;: nombre de 0 à 1 attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="102"/>
        <source>settings.kv_cache_type: expected a string</source>
        <translation>settings.kv_cache_type&#xa0;: chaîne de caractères attendue</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="111"/>
        <source>%1: expected a format version number</source>
        <translation>%1&#xa0;: numéro de version de format attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="113"/>
        <source>written by a newer vramscope (plan format %1; this one reads %2)</source>
        <translation>écrit par une version plus récente de vramscope (format de plan %1&#xa0;; celle-ci lit le format %2)</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="129"/>
        <source>settings: expected an object</source>
        <translation>settings&#xa0;: objet attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="138"/>
        <source>layer_count: expected a whole number from 0 to %1</source>
        <translation>layer_count&#xa0;: nombre entier de 0 à %1 attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="143"/>
        <source>layer_count says %1 layers, the memory report %2</source>
        <translation>layer_count indique %1 couches, le rapport mémoire %2</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="195"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="202"/>
        <source>the /info body</source>
        <translation>la réponse /info</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="212"/>
        <source>the /load answer</source>
        <translation>la réponse /load</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="217"/>
        <source>the memory report</source>
        <translation>le rapport mémoire</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="219"/>
        <source>not a plan, an /info body, a memory report (BackendMemory) or a /load answer</source>
        <translation>ni un plan, ni une réponse /info, ni un rapport mémoire (BackendMemory), ni une réponse /load</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="238"/>
        <source>Could not save %1: %2. Any earlier file there is unchanged.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2. Un éventuel fichier existant à cet emplacement reste inchangé.</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="250"/>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="256"/>
        <source>%1 is larger than %2 MiB: not a plan or a runner&apos;s answer</source>
        <translation>%1 dépasse %2 MiB&#xa0;: ce n&apos;est ni un plan ni une réponse de runner</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="264"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="54"/>
        <source>Watch GPU memory while ollama loads a model. Run &apos;vramscope help&apos; for the commands.</source>
        <translation>Surveiller la mémoire GPU pendant qu&apos;ollama charge un modèle. Lancez «&#xa0;vramscope help&#xa0;» pour voir les commandes.</translation>
    </message>
</context>
<context>
    <name>vramscope</name>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="23"/>
        <source>%1 %2 at %3</source>
        <extracomment>GET /api/ps at 127.0.0.1:11434</extracomment>
        <translation>%1 %2 à %3</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="34"/>
        <source>%1: %2</source>
        <extracomment>where: what went wrong</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="55"/>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
</context>
<context>
    <name>vramscope::ByteColumnsProxy</name>
    <message>
        <location filename="../src/models/bytecolumnsproxy.cpp" line="24"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/models/bytecolumnsproxy.cpp" line="29"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../src/models/bytecolumnsproxy.cpp" line="30"/>
        <source>the driver does not say</source>
        <translation>le pilote ne le dit pas</translation>
    </message>
</context>
<context>
    <name>vramscope::DemoRunner</name>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="16"/>
        <source>Could not start the demo runner %1: %2</source>
        <translation>Impossible de lancer le runner de démo %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="68"/>
        <source>The demo runner did not report its ports within %1 s</source>
        <translation>Le runner de démo n&apos;a pas indiqué ses ports dans les %1 s</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="101"/>
        <source>The demo runner said &apos;%1&apos; instead of where it listens</source>
        <translation>Le runner de démo a répondu «&#xa0;%1&#xa0;» au lieu d&apos;indiquer où il écoute</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="143"/>
        <source>The demo runner crashed</source>
        <translation>Le runner de démo a planté</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="144"/>
        <source>The demo runner exited with status %1</source>
        <translation>Le runner de démo s&apos;est terminé avec le code %1</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceRowsPanel</name>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="77"/>
        <source>ID %1, library %2, PCI %3
total %4, free %5</source>
        <translation>ID %1, bibliothèque %2, PCI %3
total %4, libre %5</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="79"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="89"/>
        <source>CPU — system memory</source>
        <translation>CPU — mémoire système</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="90"/>
        <source>Layers no GPU holds run on the CPU from system memory, with the input weights and the CPU&apos;s graph</source>
        <translation>Les couches qu&apos;aucun GPU ne porte s&apos;exécutent sur le CPU depuis la mémoire système, avec les poids d&apos;entrée et le graphe du CPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="104"/>
        <source>no layers</source>
        <translation>aucune couche</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="106"/>
        <location filename="../src/widgets/devicerowspanel.cpp" line="130"/>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="107"/>
        <location filename="../src/widgets/devicerowspanel.cpp" line="131"/>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="108"/>
        <location filename="../src/widgets/devicerowspanel.cpp" line="132"/>
        <source>compute graph</source>
        <translation>graphe de calcul</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="110"/>
        <source>Needs: weights %1 + KV cache %2 + graph %3 = %4
Room: free %5 − backoff %6 − minimum %7 − overhead %8 = %9</source>
        <translation>Besoin&#xa0;: poids %1 + cache KV %2 + graphe %3 = %4
Place&#xa0;: libre %5 − backoff %6 − minimum %7 − surcoût %8 = %9</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="116"/>
        <source>Short by %1</source>
        <translation>Il manque %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="118"/>
        <source>The memory report has no entry for this GPU: its graph is unknown, and ollama&apos;s own planner would put nothing here.</source>
        <translation>Le rapport mémoire n&apos;a pas d&apos;entrée pour ce GPU&#xa0;: son graphe est inconnu, et le planificateur d&apos;ollama n&apos;y placerait rien.</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="129"/>
        <source>input weights</source>
        <translation>poids d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="134"/>
        <source>Needs: input weights %1 + weights %2 + KV cache %3 + graph %4 = %5
System memory: %6 free of %7, swap %8 free</source>
        <translation>Besoin&#xa0;: poids d&apos;entrée %1 + poids %2 + cache KV %3 + graphe %4 = %5
Mémoire système&#xa0;: libre %6 sur %7, swap libre %8</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="142"/>
        <source>ollama would refuse to load: “%1”</source>
        <translation>ollama refuserait de charger&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceSplitRow</name>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="39"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="40"/>
        <source>The layers no GPU holds; they run on the CPU from system memory</source>
        <translation>Les couches qu&apos;aucun GPU ne porte&#xa0;; elles s&apos;exécutent sur le CPU depuis la mémoire système</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="60"/>
        <source>Layers on %1</source>
        <translation>Couches sur %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="61"/>
        <source>Memory of %1</source>
        <translation>Mémoire de %1</translation>
    </message>
    <message>
        <location filename="../ui/devicesplitrow.ui" line="28"/>
        <source>This device&apos;s part of the split as ollama writes it in its log</source>
        <translation>La part de ce périphérique dans la répartition, telle qu&apos;ollama l&apos;écrit dans son journal</translation>
    </message>
    <message>
        <location filename="../ui/devicesplitrow.ui" line="43"/>
        <source>e.g. 0-19, 25</source>
        <translation>p. ex. 0-19, 25</translation>
    </message>
    <message>
        <location filename="../ui/devicesplitrow.ui" line="44"/>
        <source>The layers on this device as ranges, e.g. &quot;0-19, 25&quot;; Enter applies, Escape reverts</source>
        <translation>Les couches de ce périphérique sous forme de plages, p. ex. «&#xa0;0-19, 25&#xa0;»&#xa0;; Entrée applique, Échap annule</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceTableModel</name>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="27"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="29"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="31"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="33"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="35"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="37"/>
        <source>PCI ID</source>
        <translation>ID PCI</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="39"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="41"/>
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="43"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="45"/>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="47"/>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="49"/>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="51"/>
        <source>Integrated</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="53"/>
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="55"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="57"/>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="59"/>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="61"/>
        <source>Other used</source>
        <translation>Autre utilisation</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceTableProxy</name>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="61"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="61"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="65"/>
        <source>(simulated)</source>
        <translation>(simulé)</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="67"/>
        <source>(remote)</source>
        <translation>(distant)</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="83"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="86"/>
        <source>VRAM ollama sets aside on this GPU for the runtime itself</source>
        <translation>VRAM qu&apos;ollama met de côté sur ce GPU pour l&apos;environnement d&apos;exécution lui-même</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="88"/>
        <source>Used memory that is not this model&apos;s weights, KV cache or graph</source>
        <translation>Mémoire utilisée qui n&apos;appartient ni aux poids, ni au cache KV, ni au graphe de ce modèle</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="92"/>
        <source>The same GPU is also reported as: %1</source>
        <translation>Le même GPU est aussi signalé comme&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="95"/>
        <source>Stale: the last poll of this endpoint failed; these are its last good values</source>
        <translation>Obsolète&#xa0;: la dernière interrogation de ce point de terminaison a échoué&#xa0;; ce sont ses dernières valeurs valides</translation>
    </message>
</context>
<context>
    <name>vramscope::EditorController</name>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="242"/>
        <source>Asking %1 what %2 needs…</source>
        <translation>Demande à %1 de quoi %2 a besoin…</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="288"/>
        <source>Measurement cancelled: the editor shows other devices now.</source>
        <translation>Mesure annulée&#xa0;: l’éditeur montre maintenant d’autres périphériques.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="111"/>
        <location filename="../src/workspace/editorcontroller.cpp" line="386"/>
        <location filename="../src/workspace/editorcontroller.cpp" line="403"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="105"/>
        <source>Could not open the model %1: %2</source>
        <translation>Impossible d’ouvrir le modèle %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/editorcontroller.cpp" line="123"/>
        <source>Estimated %1 (%2, %3) from its file: %n layer(s) with the output layer, for %4 tokens of context x %5. An estimate: the compute graph especially is rough; measure on a runner for real figures.</source>
        <translation>
            <numerusform>%1 (%2, %3) estimé d’après son fichier&#xa0;: %n couche avec la couche de sortie, pour %4 jetons de contexte x %5. Une estimation&#xa0;: le graphe de calcul surtout est approximatif&#xa0;; mesurez sur un runner pour des chiffres réels.</numerusform>
            <numerusform>%1 (%2, %3) estimé d’après son fichier&#xa0;: %n couches avec la couche de sortie, pour %4 jetons de contexte x %5. Une estimation&#xa0;: le graphe de calcul surtout est approximatif&#xa0;; mesurez sur un runner pour des chiffres réels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="149"/>
        <source>Could not estimate %1: %2</source>
        <translation>Impossible d’estimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="174"/>
        <source>The runner&apos;s model has %1 layers, the estimate of %2 %3: another model, so the two are not compared.</source>
        <translation>Le modèle du runner a %1 couches, l’estimation de %2 %3&#xa0;: un autre modèle, donc pas de comparaison.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="190"/>
        <source>%1: measured %2 (graph %3), estimated %4 (graph %5)</source>
        <translation>%1&#xa0;: mesuré %2 (graphe %3), estimé %4 (graphe %5)</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="195"/>
        <source>Against the estimate of %1: %2.</source>
        <translation>Par rapport à l’estimation de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="309"/>
        <source>Today&apos;s ollama plans from the model: open one, or a memory report.</source>
        <translation>L&apos;ollama actuel planifie à partir du modèle&#xa0;: ouvrez-en un, ou un rapport mémoire.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="391"/>
        <source>Opened the plan %1.</source>
        <translation>Plan %1 ouvert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/editorcontroller.cpp" line="396"/>
        <source>Opened %1: %n device(s).</source>
        <translation>
            <numerusform>%1 ouvert&#xa0;: %n périphérique.</numerusform>
            <numerusform>%1 ouvert&#xa0;: %n périphériques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/editorcontroller.cpp" line="407"/>
        <source>Opened %1: a memory report of %n layer(s).</source>
        <translation>
            <numerusform>%1 ouvert&#xa0;: un rapport mémoire de %n couche.</numerusform>
            <numerusform>%1 ouvert&#xa0;: un rapport mémoire de %n couches.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="431"/>
        <source>Saved the plan to %1.</source>
        <translation>Plan enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>vramscope::Endpoint</name>
    <message>
        <location filename="../src/net/endpoint.cpp" line="23"/>
        <source>no endpoint given: expected HOST:PORT</source>
        <translation>aucun point de terminaison indiqué&#xa0;: HOST:PORT attendu</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="31"/>
        <source>expected HOST:PORT or http://HOST:PORT, got &apos;%1&apos;</source>
        <translation>HOST:PORT ou http://HOST:PORT attendu, obtenu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="35"/>
        <source>runners speak plain HTTP; &apos;%1&apos; uses %2</source>
        <translation>les runners parlent HTTP simple&#xa0;; «&#xa0;%1&#xa0;» utilise %2</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="39"/>
        <source>no port in &apos;%1&apos;: runners listen on a port of their own (HOST:PORT)</source>
        <translation>pas de port dans «&#xa0;%1&#xa0;»&#xa0;: les runners écoutent sur leur propre port (HOST:PORT)</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="45"/>
        <source>expected only HOST:PORT in &apos;%1&apos;: a runner serves /info at its root</source>
        <translation>seulement HOST:PORT attendu dans «&#xa0;%1&#xa0;»&#xa0;: un runner sert /info à sa racine</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="52"/>
        <source>%1 is not on this machine, and runners listen on loopback only; remote endpoints (a tunnel, a proxy) must be allowed first</source>
        <translation>%1 n&apos;est pas sur cette machine, et les runners n&apos;écoutent qu&apos;en boucle locale&#xa0;; les points de terminaison distants (un tunnel, un proxy) doivent d&apos;abord être autorisés</translation>
    </message>
</context>
<context>
    <name>vramscope::FitBar</name>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="57"/>
        <source>%1 of %2 (%3 left)</source>
        <translation>%1 sur %2 (reste %3)</translation>
    </message>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="61"/>
        <source>%1 of %2: %3 goes to swap</source>
        <translation>%1 sur %2&#xa0;: %3 en swap</translation>
    </message>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="65"/>
        <source>needs %1, room %2 + swap %3: short by %4</source>
        <translation>requiert %1, place %2 + swap %3&#xa0;: il manque %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="68"/>
        <source>needs %1, room %2: short by %3</source>
        <translation>requiert %1, place %2&#xa0;: il manque %3</translation>
    </message>
</context>
<context>
    <name>vramscope::GpuLayersList</name>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="74"/>
        <source>expected the layer count (a number)</source>
        <translation>nombre de couches attendu (un nombre)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="77"/>
        <source>expected the group&apos;s layer count (a number)</source>
        <translation>nombre de couches du groupe attendu (un nombre)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="80"/>
        <source>expected the first layer (a number)</source>
        <translation>première couche attendue (un nombre)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="83"/>
        <source>expected the last layer (a number)</source>
        <translation>dernière couche attendue (un nombre)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="86"/>
        <source>expected a layer number (a number)</source>
        <translation>numéro de couche attendu (un nombre)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="96"/>
        <source>the layer count is too large</source>
        <translation>le nombre de couches est trop grand</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="99"/>
        <source>the group&apos;s layer count is too large</source>
        <translation>le nombre de couches du groupe est trop grand</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="102"/>
        <source>the first layer is too large</source>
        <translation>la première couche est trop grande</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="105"/>
        <source>the last layer is too large</source>
        <translation>la dernière couche est trop grande</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="108"/>
        <source>a layer number is too large</source>
        <translation>un numéro de couche est trop grand</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="151"/>
        <source>missing the layer count in front of &apos;[&apos;</source>
        <translation>il manque le nombre de couches devant «&#xa0;[&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="156"/>
        <source>the count says %1 layers but the groups hold %2</source>
        <translation>le total annonce %1 couches mais les groupes en contiennent %2</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="175"/>
        <source>expected &apos; Layers:&apos; after the device id</source>
        <translation>«&#xa0;Layers:&#xa0;», précédé d&apos;une espace, attendu après l&apos;identifiant du périphérique</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="185"/>
        <source>more than %1 layers in the list</source>
        <translation>plus de %1 couches dans la liste</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="201"/>
        <source>the range (%1..%2) does not hold %3 layers</source>
        <translation>la plage (%1..%2) ne contient pas %3 couches</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="222"/>
        <source>the group says %1 layers but lists %2</source>
        <translation>le groupe annonce %1 couches mais en énumère %2</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="237"/>
        <source>layer %1 is assigned twice</source>
        <translation>la couche %1 est attribuée deux fois</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="271"/>
        <source>expected &apos;%1&apos;</source>
        <translation>«&#xa0;%1&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="283"/>
        <source>column %1: %2, found &apos;%3&apos;</source>
        <extracomment>The column is counted from 1; what follows &quot;found&quot; is quoted from the text.</extracomment>
        <translation>colonne %1&#xa0;: %2, trouvé «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="286"/>
        <source>column %1: %2, found the end</source>
        <translation>colonne %1&#xa0;: %2, trouvé la fin du texte</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="325"/>
        <source>column %1: unexpected text after the list</source>
        <translation>colonne %1&#xa0;: texte inattendu après la liste</translation>
    </message>
</context>
<context>
    <name>vramscope::HostTokens</name>
    <message>
        <location filename="../src/sources/hosttokens.cpp" line="36"/>
        <source>%1 may be read by others: tokens are not read from it (chmod 600 it)</source>
        <translation>%1 est lisible par d&apos;autres : aucun jeton n&apos;y est lu (faites chmod 600)</translation>
    </message>
    <message>
        <location filename="../src/sources/hosttokens.cpp" line="40"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : illisible : %2</translation>
    </message>
    <message>
        <location filename="../src/sources/hosttokens.cpp" line="94"/>
        <source>%1: cannot create its folder</source>
        <translation>%1&#xa0;: impossible de créer son dossier</translation>
    </message>
    <message>
        <location filename="../src/sources/hosttokens.cpp" line="101"/>
        <location filename="../src/sources/hosttokens.cpp" line="109"/>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vramscope::LayerAssignmentModel</name>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="33"/>
        <source>The memory report lists %1 layers; vramscope edits at most %2.</source>
        <translation>Le rapport mémoire compte %1 couches&#xa0;; vramscope en modifie au plus %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="100"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="102"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="104"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="106"/>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="108"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="223"/>
        <source>The plan says %1 layers, its memory report %2.</source>
        <translation>Le plan indique %1 couches, son rapport mémoire %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="230"/>
        <location filename="../src/models/layerassignmentmodel.cpp" line="373"/>
        <source>A layer count from 0 to %1 was expected, not %2.</source>
        <translation>Un nombre de couches de 0 à %1 était attendu, pas %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="262"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="275"/>
        <source>There is no device %1: the devices are numbered 0 to %2.</source>
        <translation>Il n&apos;y a pas de périphérique %1&#xa0;: les périphériques sont numérotés de 0 à %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="279"/>
        <source>No layers are selected.</source>
        <translation>Aucune couche n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="282"/>
        <source>Layer %1 is not in the model (layers 0 to %2).</source>
        <translation>La couche %1 n&apos;appartient pas au modèle (couches 0 à %2).</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="292"/>
        <source>Assign layers %1 to %2</source>
        <translation>Affecter les couches %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="304"/>
        <source>There is no device %1.</source>
        <translation>Il n&apos;y a pas de périphérique %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="308"/>
        <source>Not a set of layers: %1.</source>
        <translation>Ensemble de couches invalide&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="320"/>
        <source>Layer %1 is on %2 already; a layer goes on one device only. Take it off there first, or drag it over.</source>
        <translation>La couche %1 est déjà sur %2&#xa0;; une couche ne va que sur un seul périphérique. Retirez-la d&apos;abord de là-bas, ou faites-la glisser ici.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="324"/>
        <source>Layers %1 are on %2 already; a layer goes on one device only. Take them off there first, or drag them over.</source>
        <translation>Les couches %1 sont déjà sur %2&#xa0;; une couche ne va que sur un seul périphérique. Retirez-les d&apos;abord de là-bas, ou faites-les glisser ici.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="330"/>
        <source>Set the layers of %1 to %2</source>
        <translation>Définir les couches de %1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="332"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="343"/>
        <source>Not a GPULayers list: %1.</source>
        <translation>Liste GPULayers invalide&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="358"/>
        <source>Paste split %1</source>
        <translation>Coller la répartition %1</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="370"/>
        <source>The memory report fixes the layer count at %1.</source>
        <translation>Le rapport mémoire fixe le nombre de couches à %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="377"/>
        <source>Set the layer count to %1</source>
        <translation>Définir le nombre de couches à %1</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="385"/>
        <source>ollama plans from a runner&apos;s memory report: open one, or fit on a runner first.</source>
        <translation>ollama planifie à partir du rapport mémoire d&apos;un runner&#xa0;: ouvrez-en un, ou mesurez d&apos;abord sur un runner.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="395"/>
        <location filename="../src/models/layerassignmentmodel.cpp" line="409"/>
        <source>Plan like ollama</source>
        <translation>Planifier comme ollama</translation>
    </message>
</context>
<context>
    <name>vramscope::LayerRanges</name>
    <message>
        <location filename="../src/core/layerranges.cpp" line="37"/>
        <source>&apos;%1&apos; is not a layer number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de couche</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="64"/>
        <source>the range %1 runs backwards</source>
        <translation>la plage %1 est à l&apos;envers</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="73"/>
        <source>the model has no layers</source>
        <translation>le modèle n&apos;a aucune couche</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="76"/>
        <source>layer %1 is past the model&apos;s last layer (%2)</source>
        <translation>la couche %1 est au-delà de la dernière couche du modèle (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="81"/>
        <source>layer %1 is too large</source>
        <translation>la couche %1 est trop grande</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="90"/>
        <source>layer %1 is named twice</source>
        <translation>la couche %1 est indiquée deux fois</translation>
    </message>
</context>
<context>
    <name>vramscope::LayerStrip</name>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="28"/>
        <source>Layer strip</source>
        <translation>Bande des couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="29"/>
        <source>One cell per layer, coloured by the device that holds it</source>
        <translation>Une cellule par couche, colorée selon le périphérique qui la porte</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="82"/>
        <source>No layers selected</source>
        <translation>Aucune couche sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="83"/>
        <source>Layers %1 selected</source>
        <translation>Couches %1 sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="155"/>
        <source>Layer %1 on %2
weights %3, KV cache %4</source>
        <translation>Couche %1 sur %2
poids %3, cache KV %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="180"/>
        <source>No layers yet: open a memory report, fit on a runner, or set a layer count.</source>
        <translation>Pas encore de couches&#xa0;: ouvrez un rapport mémoire, mesurez sur un runner ou définissez un nombre de couches.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="349"/>
        <source>Select layers first</source>
        <translation>Sélectionnez d&apos;abord des couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="352"/>
        <source>Put layers %1 on</source>
        <translation>Placer les couches %1 sur</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="368"/>
        <source>CPU (system memory)</source>
        <translation>CPU (mémoire système)</translation>
    </message>
</context>
<context>
    <name>vramscope::LayoutEditor</name>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="57"/>
        <source>Bars: &lt;b&gt;solid&lt;/b&gt; weights, &lt;b&gt;light&lt;/b&gt; KV cache, &lt;b&gt;dark&lt;/b&gt; compute graph, against the room ollama leaves (free memory minus its minimum reserve, GPU overhead and backoff; the black line). &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;Red&lt;/b&gt;&lt;/span&gt;: short by the amount shown.</source>
        <translation>Barres&#xa0;: teinte &lt;b&gt;pleine&lt;/b&gt; pour les poids, &lt;b&gt;claire&lt;/b&gt; pour le cache KV, &lt;b&gt;foncée&lt;/b&gt; pour le graphe de calcul, face à la place que laisse ollama (mémoire libre moins sa réserve minimale, le surcoût GPU et le backoff&#xa0;; la ligne noire). &lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;Rouge&lt;/b&gt;&lt;/span&gt;&#xa0;: il manque la quantité indiquée.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="66"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="73"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="74"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="83"/>
        <source>Undo: %1 (%2)</source>
        <translation>Annuler&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="88"/>
        <source>Redo: %1 (%2)</source>
        <translation>Rétablir&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="93"/>
        <source>ollama &amp;text (GPULayers)</source>
        <translation>&amp;Texte ollama (GPULayers)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="95"/>
        <source>&amp;num_gpu value</source>
        <translation>Valeur &amp;num_gpu</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="97"/>
        <source>Visible-devices &amp;environment</source>
        <translation>&amp;Environnement des périphériques visibles</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="180"/>
        <source>No runner: select a Go runner (ollama v0.11.5 to v0.24) in the sources to measure splits on it.</source>
        <translation>Aucun runner&#xa0;: choisissez un runner Go (ollama v0.11.5 à v0.24) dans les sources pour y mesurer des répartitions.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="182"/>
        <source>Needs a Go runner among the sources</source>
        <translation>Nécessite un runner Go parmi les sources</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="211"/>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/layouteditor.cpp" line="212"/>
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n couche</numerusform>
            <numerusform>%n couches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/layouteditor.cpp" line="213"/>
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="231"/>
        <source>Without a memory report, set the model&apos;s layer count here (or measure on a runner to learn it)</source>
        <translation>Sans rapport mémoire, indiquez ici le nombre de couches du modèle (ou mesurez sur un runner pour l’apprendre)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="186"/>
        <source>status not known yet</source>
        <translation>statut encore inconnu</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="187"/>
        <source>Runner: %1 (%2)</source>
        <translation>Runner&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="191"/>
        <source>Ask the runner what this split needs (POST /load, operation fit); its answer becomes the memory report in use</source>
        <translation>Demander au runner ce dont cette répartition a besoin (POST /load, opération fit)&#xa0;; sa réponse devient le rapport mémoire utilisé</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="193"/>
        <source>The runner is %1: it measures splits only before a model is loaded</source>
        <translation>Le runner est dans l&apos;état «&#xa0;%1&#xa0;»&#xa0;: il ne mesure des répartitions qu&apos;avant le chargement d&apos;un modèle</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="214"/>
        <source>Layer split for %1: %2, %3</source>
        <translation>Répartition des couches pour %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="221"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="230"/>
        <source>The memory report fixes the layer count</source>
        <translation>Le rapport mémoire fixe le nombre de couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="267"/>
        <source>Pasted text not loaded: %1</source>
        <translation>Texte collé non chargé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="270"/>
        <source>Loaded the pasted split.</source>
        <translation>Répartition collée chargée.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="309"/>
        <location filename="../src/widgets/layouteditor.cpp" line="332"/>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="316"/>
        <source>Copied num_gpu %1: the number of layers on GPUs, for PARAMETER num_gpu in a Modelfile or options.num_gpu in a request.</source>
        <translation>num_gpu %1 copié&#xa0;: le nombre de couches sur GPU, pour PARAMETER num_gpu dans un Modelfile ou options.num_gpu dans une requête.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="326"/>
        <source>Nothing to copy: ollama sets a visible-devices variable only for ROCm GPUs; CUDA and Vulkan GPUs are chosen by the split itself.</source>
        <translation>Rien à copier&#xa0;: ollama ne définit une variable de périphériques visibles que pour les GPU ROCm&#xa0;; les GPU CUDA et Vulkan sont choisis par la répartition elle-même.</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="6"/>
        <source>Layer split</source>
        <translation>Répartition des couches</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="36"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="39"/>
        <source>Copy the split as ollama&apos;s text, as a num_gpu value or as the visible-devices environment</source>
        <translation>Copier la répartition en texte ollama, en valeur num_gpu ou en variable d&apos;environnement des périphériques visibles</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="60"/>
        <source>Drag across layers to select them; assign with 0–9 (device number), C (CPU), the context menu, or by dragging the selection onto a device below.</source>
        <translation>Faites glisser sur les couches pour les sélectionner&#xa0;; affectez-les avec 0–9 (numéro du périphérique), C (CPU), le menu contextuel, ou en déposant la sélection sur un périphérique ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="75"/>
        <source>&amp;ollama text:</source>
        <translation>&amp;Texte ollama&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="88"/>
        <source>The split as ollama logs it (GPULayers:…)</source>
        <translation>La répartition telle qu&apos;ollama la journalise (GPULayers:…)</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="95"/>
        <source>Layers on GPUs:</source>
        <translation>Couches sur GPU&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="114"/>
        <source>hash:</source>
        <translation>hachage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="117"/>
        <source>FNV-1a 64 of the split: the same bytes ollama hashes, without its per-process seed</source>
        <translation>FNV-1a 64 de la répartition&#xa0;: les mêmes octets que ceux hachés par ollama, sans sa graine propre à chaque processus</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="141"/>
        <source>&amp;Layers:</source>
        <translation>Nom&amp;bre de couches&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="163"/>
        <source>&amp;Paste:</source>
        <translation>Co&amp;ller&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="175"/>
        <source>A line of ollama&apos;s log with GPULayers:… or the list itself</source>
        <translation>Une ligne du journal d&apos;ollama contenant GPULayers:… ou la liste elle-même</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="178"/>
        <source>Paste a GPULayers list from ollama&apos;s log and press Enter to load that split; ids are matched to the devices</source>
        <translation>Collez une liste GPULayers du journal d&apos;ollama et appuyez sur Entrée pour charger cette répartition&#xa0;; les identifiants sont associés aux périphériques</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="188"/>
        <source>Load split</source>
        <translation>Charger la répartition</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="248"/>
        <source>Plan like &amp;ollama</source>
        <translation>Pla&amp;nifier comme ollama</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="259"/>
        <source>&amp;Plan like ollama</source>
        <translation>Planifie&amp;r comme ollama</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="262"/>
        <source>Run ollama&apos;s scheduler on these devices and this memory report, and take its split</source>
        <translation>Exécuter l&apos;ordonnanceur d&apos;ollama sur ces périphériques et ce rapport mémoire, et adopter sa répartition</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="281"/>
        <source>The planner&apos;s reasoning appears here: each GPU&apos;s free memory, what ollama reserves, and what kept layers off a GPU.</source>
        <translation>Le raisonnement du planificateur apparaît ici&#xa0;: la mémoire libre de chaque GPU, ce qu&apos;ollama réserve et ce qui a empêché des couches d&apos;aller sur un GPU.</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="295"/>
        <source>La&amp;yers</source>
        <translation>C&amp;ouches</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="298"/>
        <source>Every layer with its holder and its bytes; edit a holder with the device&apos;s number (-1 for the CPU)</source>
        <translation>Chaque couche avec son périphérique et ses octets&#xa0;; changez le périphérique par son numéro (-1 pour le CPU)</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="315"/>
        <source>&amp;Measure on runner</source>
        <translation>&amp;Mesurer sur le runner</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="326"/>
        <source>Measure on &amp;runner</source>
        <translation>Mesurer sur le &amp;runner</translation>
    </message>
</context>
<context>
    <name>vramscope::LlamaServerExplanationText</name>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="34"/>
        <source>ollama would choose &lt;code&gt;%1&lt;/code&gt;: %2 of %3 layers on GPUs, hash %4.</source>
        <translation>ollama choisirait &lt;code&gt;%1&lt;/code&gt;&#xa0;: %2 des %3 couches sur GPU, hachage %4.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="42"/>
        <source>By the rules of ollama ≥ 0.30: its choice of GPUs, then llama.cpp&apos;s fit.</source>
        <translation>Selon les règles d&apos;ollama ≥ 0.30&#xa0;: son choix de GPU, puis l&apos;ajustement de llama.cpp.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="44"/>
        <source>By the rules of ollama ≥ 0.30: its choice of GPUs, then llama.cpp&apos;s fit. Compute buffers are estimates.</source>
        <translation>Selon les règles d&apos;ollama ≥ 0.30&#xa0;: son choix de GPU, puis l&apos;ajustement de llama.cpp. Les tampons de calcul sont des estimations.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="52"/>
        <source>No GPU: every layer stays on the CPU.</source>
        <translation>Aucun GPU&#xa0;: toutes les couches restent sur le CPU.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="55"/>
        <source>num_gpu 0: the CPU only.</source>
        <translation>num_gpu 0&#xa0;: le CPU seul.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="58"/>
        <source>One GPU: nothing to choose.</source>
        <translation>Un seul GPU&#xa0;: rien à choisir.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="61"/>
        <source>main_gpu: GPU %1 alone.</source>
        <translation>main_gpu&#xa0;: le GPU %1 seul.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="64"/>
        <source>GPU %1 alone: 80% of its available memory holds the prediction of %2.</source>
        <translation>Le GPU %1 seul&#xa0;: 80&#xa0;% de sa mémoire disponible contiennent la prévision de %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="68"/>
        <source>No single GPU holds the prediction of %1 in 80% of its available memory: the %2 GPUs.</source>
        <translation>Aucun GPU seul ne contient la prévision de %1 dans 80&#xa0;% de sa mémoire disponible&#xa0;: les GPU %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="73"/>
        <source>Spread: the %1 GPUs.</source>
        <translation>Répartition&#xa0;: les GPU %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="83"/>
        <source>Every device keeps its margin with the split by free memory: llama.cpp changes nothing.</source>
        <translation>Chaque périphérique garde sa marge avec la répartition selon la mémoire libre&#xa0;: llama.cpp ne change rien.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="87"/>
        <source>num_gpu is passed as -ngl %1: the split by free memory stands.</source>
        <translation>num_gpu est passé comme -ngl %1&#xa0;: la répartition selon la mémoire libre est conservée.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="92"/>
        <source>A device would break its margin in the split by free memory: llama.cpp fills the devices from the last one backwards.</source>
        <translation>Un périphérique entamerait sa marge avec la répartition selon la mémoire libre&#xa0;: llama.cpp remplit les périphériques en partant du dernier.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="101"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="101"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="101"/>
        <source>margin</source>
        <translation>marge</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="101"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="102"/>
        <source>graph</source>
        <translation>graphe</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="102"/>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="102"/>
        <source>bytes</source>
        <translation>octets</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="108"/>
        <source>(experts of %1 on the CPU)</source>
        <translation>(experts de %1 sur le CPU)</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="124"/>
        <source>-ngl %1, no tensor split (by free memory).</source>
        <translation>-ngl %1, pas de répartition des tenseurs (selon la mémoire libre).</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="125"/>
        <source>-ngl %1, tensor split %2.</source>
        <translation>-ngl %1, répartition des tenseurs %2.</translation>
    </message>
    <message>
        <location filename="../src/widgets/llamaserverexplanationtext.cpp" line="130"/>
        <source>CPU: layers %1 (%2); with the input weights %3.</source>
        <translation>CPU&#xa0;: couches %1 (%2)&#xa0;; avec les poids d&apos;entrée %3.</translation>
    </message>
</context>
<context>
    <name>vramscope::LlamaServerSource</name>
    <message>
        <location filename="../src/sources/llamaserversource.cpp" line="38"/>
        <source>loading model</source>
        <translation>chargement du modèle</translation>
    </message>
    <message>
        <location filename="../src/sources/llamaserversource.cpp" line="42"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../src/sources/llamaserversource.cpp" line="46"/>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <location filename="../src/sources/llamaserversource.cpp" line="50"/>
        <source> · build %1</source>
        <translation> · build %1</translation>
    </message>
</context>
<context>
    <name>vramscope::LlamaServerSourceKind</name>
    <message>
        <location filename="../src/workspace/llamaserversourcekind.cpp" line="16"/>
        <source>llama-server runner</source>
        <translation>runner llama-server</translation>
    </message>
    <message>
        <location filename="../src/workspace/llamaserversourcekind.cpp" line="21"/>
        <source>HOST:PORT of a llama-server (the --port of its command line), e.g. 127.0.0.1:36183</source>
        <translation>HÔTE:PORT d&apos;un llama-server (le --port de sa ligne de commande), p. ex. 127.0.0.1:36183</translation>
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
        <translation>Le journal du serveur ne contient aucun chargement de ce modèle à comparer.</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="35"/>
        <source>The server log&apos;s last load of this model (started %1) ran with other settings (-c %2, -np %3, KV cache %4): not compared.</source>
        <translation>Le dernier chargement de ce modèle dans le journal du serveur (démarré %1) avait d&apos;autres réglages (-c %2, -np %3, cache KV %4)&#xa0;: pas de comparaison.</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="44"/>
        <source>The server log&apos;s last load of this model (started %1) offloaded %2 of %3 layers; this plan %4 of %5: they agree.</source>
        <translation>Le dernier chargement de ce modèle dans le journal du serveur (démarré %1) a déporté %2 des %3 couches&#xa0;; ce plan %4 des %5&#xa0;: ils concordent.</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="46"/>
        <source>The server log&apos;s last load of this model (started %1) offloaded %2 of %3 layers; this plan %4 of %5: they differ.</source>
        <translation>Le dernier chargement de ce modèle dans le journal du serveur (démarré %1) a déporté %2 des %3 couches&#xa0;; ce plan %4 des %5&#xa0;: ils diffèrent.</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="52"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="52"/>
        <source>in the log</source>
        <translation>dans le journal</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="52"/>
        <source>planned layers</source>
        <translation>couches prévues</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="53"/>
        <source>logged layers</source>
        <translation>couches selon le journal</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="53"/>
        <source>planned bytes</source>
        <translation>octets prévus</translation>
    </message>
    <message>
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="53"/>
        <source>logged bytes</source>
        <translation>octets selon le journal</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/loggedsplitexplanationtext.cpp" line="68"/>
        <source>This plan uses the compute buffers that load measured, on %n device(s).</source>
        <translation>
            <numerusform>Ce plan utilise le tampon de calcul mesuré par ce chargement, sur %n périphérique.</numerusform>
            <numerusform>Ce plan utilise les tampons de calcul mesurés par ce chargement, sur %n périphériques.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="192"/>
        <source>Starting the demo…</source>
        <translation>Lancement de la démo…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="215"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="216"/>
        <source>Plans, /info bodies and memory reports (*.json);;All files (*)</source>
        <translation>Plans, réponses /info et rapports mémoire (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="225"/>
        <location filename="../src/widgets/mainwindow.cpp" line="232"/>
        <source>Watch Server Log</source>
        <translation>Suivre le journal du serveur</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="226"/>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="248"/>
        <source>Another GGUF file…</source>
        <translation>Un autre fichier GGUF…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="252"/>
        <location filename="../src/widgets/mainwindow.cpp" line="259"/>
        <source>Open Model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="253"/>
        <source>A model of your ollama store, or its name:</source>
        <translation>Un modèle de votre dépôt ollama, ou son nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="260"/>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="270"/>
        <source>Save Plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="271"/>
        <source>vramscope plans (*.json)</source>
        <translation>Plans vramscope (*.json)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="289"/>
        <source>No source is being watched</source>
        <translation>Aucune source n’est surveillée</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="310"/>
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%n modèle chargé</numerusform>
            <numerusform>%n modèles chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="313"/>
        <source>%1 of %n source(s) ok</source>
        <extracomment>%1 of %2 sources ok, %3 GPUs, used of total memory</extracomment>
        <translation>
            <numerusform>%1 sur %n source en ordre</numerusform>
            <numerusform>%1 sur %n sources en ordre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="314"/>
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="315"/>
        <source>%1 of %2 used</source>
        <translation>%1 sur %2 utilisés</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="351"/>
        <source>About vramscope</source>
        <translation>À propos de vramscope</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="352"/>
        <source>&lt;h3&gt;vramscope %1&lt;/h3&gt;&lt;p&gt;Watch each GPU&apos;s memory fill while ollama loads a model, try how a model&apos;s layers could be split across GPUs, and see before loading whether a split fits.&lt;/p&gt;&lt;p&gt;Its device model follows ollama&apos;s package &lt;code&gt;ml&lt;/code&gt; (v0.12.10).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;vramscope %1&lt;/h3&gt;&lt;p&gt;Observez la mémoire de chaque GPU se remplir pendant qu&apos;ollama charge un modèle, essayez différentes répartitions des couches d&apos;un modèle entre les GPU, et vérifiez avant le chargement si une répartition tient en mémoire.&lt;/p&gt;&lt;p&gt;Son modèle de périphériques suit le paquet &lt;code&gt;ml&lt;/code&gt; d&apos;ollama (v0.12.10).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>vramscope</source>
        <translation>vramscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="14"/>
        <source>&amp;Monitor</source>
        <translation>Sur&amp;veillance</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="32"/>
        <source>&lt;h2&gt;Nothing is being watched&lt;/h2&gt;&lt;p&gt;vramscope watches ollama of any version (its server and the runners it starts) and this machine&apos;s GPUs, and found none here. Add a source, or start the built-in simulation to see a model load.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rien n&apos;est surveillé&lt;/h2&gt;&lt;p&gt;vramscope surveille ollama de toute version (son serveur et les runners qu&apos;il lance) et les GPU de cette machine, et n&apos;en a trouvé aucun ici. Ajoutez une source, ou lancez la simulation intégrée pour voir un modèle se charger.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="47"/>
        <source>Start &amp;demo</source>
        <translation>Lancer la &amp;démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="48"/>
        <source>Start vramscope&apos;s simulation: a current ollama loading a model, and the Go-runner era on two GPUs</source>
        <translation>Lancer la simulation de vramscope : un ollama actuel qui charge un modèle, et l&apos;ère des runners Go sur deux GPU</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="53"/>
        <source>&amp;Add source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="54"/>
        <source>Watch a runner at HOST:PORT</source>
        <translation>Surveiller un runner à l&apos;adresse HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="88"/>
        <source>Every loaded model: what the ollama server lists and what its runner says, one row each</source>
        <translation>Chaque modèle chargé : ce que liste le serveur ollama et ce que dit son runner, une ligne chacun</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="95"/>
        <source>Every GPU the watched runners report, in ollama&apos;s order by default</source>
        <translation>Tous les GPU signalés par les runners surveillés, par défaut dans l&apos;ordre d&apos;ollama</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="115"/>
        <source>&amp;Processes</source>
        <translation>&amp;Processus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="116"/>
        <source>Every process that holds memory on a GPU, as the drivers see it; ollama&apos;s runners named by their model</source>
        <translation>Chaque processus qui occupe de la mémoire sur un GPU, tel que les pilotes le voient&#xa0;; les runners d’ollama nommés par leur modèle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="127"/>
        <source>Processes come from the native probes (NVML, DRM fdinfo): without a GPU driver on this machine the list stays empty.</source>
        <translation>Les processus viennent des sondes natives (NVML, fdinfo DRM)&#xa0;: sans pilote de GPU sur cette machine, la liste reste vide.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="134"/>
        <source>&amp;Layer editor</source>
        <translation>Éditeur de &amp;couches</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="135"/>
        <source>Try how the model&apos;s layers could be split across the GPUs</source>
        <translation>Essayer différentes répartitions des couches du modèle entre les GPU</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="140"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="152"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="160"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="171"/>
        <source>&amp;Add Source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="172"/>
        <source>Watch another source: a runner at HOST:PORT</source>
        <translation>Surveiller une autre source&#xa0;: un runner à HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="175"/>
        <source>Start &amp;Demo</source>
        <translation>Lancer la &amp;Démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="176"/>
        <source>Start vramscope&apos;s simulation and watch it</source>
        <translation>Lancer la simulation de vramscope et la surveiller</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="179"/>
        <source>&amp;Watch Server Log…</source>
        <translation>&amp;Suivre le journal du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="180"/>
        <source>Follow ollama&apos;s server log file: what each loaded model puts on each GPU</source>
        <translation>Suivre le fichier journal du serveur ollama : ce que chaque modèle chargé met sur chaque GPU</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="183"/>
        <source>Open &amp;Model…</source>
        <translation>Ouvrir un &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="184"/>
        <source>Estimate a model of your ollama store, or a GGUF file, for the layer editor: no runner needed</source>
        <translation>Estimer un modèle de votre dépôt ollama, ou un fichier GGUF, pour l’éditeur de couches&#xa0;: aucun runner nécessaire</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="187"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="188"/>
        <source>Open a saved plan, a runner&apos;s /info body, a BackendMemory or a /load answer</source>
        <translation>Ouvrir un plan enregistré, la réponse /info d&apos;un runner, un BackendMemory ou une réponse /load</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="191"/>
        <source>&amp;Save Plan…</source>
        <translation>&amp;Enregistrer le plan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="192"/>
        <source>Save the devices, memory, split and settings as JSON</source>
        <translation>Enregistrer les périphériques, la mémoire, la répartition et les réglages en JSON</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="199"/>
        <source>Sort Devices in &amp;ollama&apos;s Order</source>
        <translation>Trier les périphériques dans l&apos;ordre d&apos;&amp;ollama</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="200"/>
        <source>Discrete GPUs before integrated ones, most free memory first</source>
        <translation>GPU dédiés avant les GPU intégrés, ceux qui ont le plus de mémoire libre en premier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="203"/>
        <source>&amp;About vramscope</source>
        <translation>À &amp;propos de vramscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="207"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>vramscope::MeasureSettingsForm</name>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="13"/>
        <source>Con&amp;text size:</source>
        <translation>Taille du conte&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="35"/>
        <source>num_ctx: tokens per sequence; the KV cache is sized for context size × parallel</source>
        <translation>num_ctx&#xa0;: jetons par séquence&#xa0;; le cache KV est dimensionné pour taille du contexte × parallèle</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="42"/>
        <source>P&amp;arallel:</source>
        <translation>Pa&amp;rallèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="61"/>
        <source>OLLAMA_NUM_PARALLEL: sequences served at once</source>
        <translation>OLLAMA_NUM_PARALLEL&#xa0;: séquences servies simultanément</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="68"/>
        <source>&amp;Batch size:</source>
        <translation>Taille du batc&amp;h&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="87"/>
        <source>num_batch: tokens processed per step; larger batches need a larger compute graph</source>
        <translation>num_batch&#xa0;: jetons traités par étape&#xa0;; des batchs plus grands demandent un graphe de calcul plus grand</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="94"/>
        <source>F&amp;lash attention</source>
        <translation>Fla&amp;sh attention</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="97"/>
        <source>OLLAMA_FLASH_ATTENTION; quantized KV caches need it</source>
        <translation>OLLAMA_FLASH_ATTENTION&#xa0;; nécessaire aux caches KV quantifiés</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="104"/>
        <source>&amp;KV cache type:</source>
        <translation>Type de cache &amp;KV&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="114"/>
        <source>OLLAMA_KV_CACHE_TYPE</source>
        <translation>OLLAMA_KV_CACHE_TYPE</translation>
    </message>
    <message>
        <location filename="../src/widgets/measuresettingsform.cpp" line="11"/>
        <source>f16 (default)</source>
        <translation>f16 (par défaut)</translation>
    </message>
</context>
<context>
    <name>vramscope::MemoryBarChart</name>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="44"/>
        <source>Memory by GPU</source>
        <translation>Mémoire par GPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45"/>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45"/>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="46"/>
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="47"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="46"/>
        <source>Not ollama</source>
        <translation>Hors ollama</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="46"/>
        <source>Unaccounted</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="51"/>
        <source>The model&apos;s weights on this GPU, from the split</source>
        <translation>Les poids du modèle sur ce GPU, d&apos;après la répartition</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="52"/>
        <source>The model&apos;s KV cache on this GPU, from the split</source>
        <translation>Le cache KV du modèle sur ce GPU, d&apos;après la répartition</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="53"/>
        <source>The model&apos;s compute graph on this GPU, from the split</source>
        <translation>Le graphe de calcul du modèle sur ce GPU, d&apos;après la répartition</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="54"/>
        <source>Memory other programs hold on this GPU, as the driver tells it</source>
        <translation>Mémoire occupée sur ce GPU par d&apos;autres programmes, selon le pilote</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="55"/>
        <source>Used memory that neither ollama&apos;s models nor other programs account for: the driver, drift, or what no source tells</source>
        <translation>Mémoire utilisée que ni les modèles d&apos;ollama ni d&apos;autres programmes n&apos;expliquent : le pilote, une dérive, ou ce qu&apos;aucune source ne dit</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="57"/>
        <source>Memory ollama sets aside on this GPU for the runtime itself</source>
        <translation>Mémoire qu&apos;ollama réserve sur ce GPU pour le moteur d&apos;exécution lui-même</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="58"/>
        <source>Free memory, less ollama&apos;s reserve</source>
        <translation>Mémoire libre, moins la réserve d&apos;ollama</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="59"/>
        <source>Used memory as the GPU reports it; without a split its parts are not known</source>
        <translation>Mémoire utilisée telle que le GPU l&apos;indique&#xa0;; sans répartition, ses parts sont inconnues</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="60"/>
        <source>Free memory once the model is loaded, less ollama&apos;s reserve</source>
        <translation>Mémoire libre une fois le modèle chargé, moins la réserve d&apos;ollama</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="61"/>
        <source>Not loaded yet: drawn out of free memory</source>
        <translation>Pas encore chargé&#xa0;: pris sur la mémoire libre</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="62"/>
        <source>Loading: drawn as far as the GPU&apos;s use has grown</source>
        <translation>Chargement&#xa0;: dessiné aussi loin que l&apos;occupation du GPU a augmenté</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="63"/>
        <source>%1&apos;s weights on this GPU, from the server log</source>
        <translation>Poids de %1 sur ce GPU, selon le journal du serveur</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="64"/>
        <source>%1&apos;s KV cache on this GPU, from the server log</source>
        <translation>Cache KV de %1 sur ce GPU, selon le journal du serveur</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="65"/>
        <source>%1&apos;s compute graph on this GPU, from the server log</source>
        <translation>Graphe de calcul de %1 sur ce GPU, selon le journal du serveur</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="300"/>
        <source>%1: %2 of %3 used</source>
        <translation>%1&#xa0;: %2 sur %3 utilisés</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="368"/>
        <source>%1: %2 (%3 bytes)</source>
        <translation>%1&#xa0;: %2 (%3 octets)</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="376"/>
        <source>total %1, used %2, free %3</source>
        <translation>total %1, utilisé %2, libre %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="380"/>
        <source>weights %1, KV cache %2, graph %3</source>
        <translation>poids %1, cache KV %2, graphe %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="386"/>
        <source>does not fit: %1 short</source>
        <translation>ne tient pas&#xa0;: il manque %1</translation>
    </message>
</context>
<context>
    <name>vramscope::MemoryHistoryChart</name>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="50"/>
        <source>Used memory over time</source>
        <translation>Mémoire utilisée au fil du temps</translation>
    </message>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="61"/>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="67"/>
        <source>Load started</source>
        <translation>Début du chargement</translation>
    </message>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="72"/>
        <source>Load finished</source>
        <translation>Fin du chargement</translation>
    </message>
</context>
<context>
    <name>vramscope::ModelTableModel</name>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="64"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="66"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="68"/>
        <source>On GPU</source>
        <translation>Sur GPU</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="70"/>
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="72"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="74"/>
        <source>Until</source>
        <translation>Jusqu’à</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="82"/>
        <source>On each GPU (log)</source>
        <translation>Par GPU (journal)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/models/modeltablemodel.cpp" line="115"/>
        <source>%1: %n layer(s), %2</source>
        <translation>
            <numerusform>%1 : %n couche, %2</numerusform>
            <numerusform>%1 : %n couches, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::ModelTableProxy</name>
    <message>
        <location filename="../src/models/modeltableproxy.cpp" line="27"/>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <location filename="../src/models/modeltableproxy.cpp" line="29"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../src/models/modeltableproxy.cpp" line="31"/>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
</context>
<context>
    <name>vramscope::NativeProbeSource</name>
    <message>
        <location filename="../src/sources/nativeprobesource.cpp" line="17"/>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/nativeprobesource.cpp" line="46"/>
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::NativeProbeSourceKind</name>
    <message>
        <location filename="../src/workspace/nativeprobesourcekind.cpp" line="19"/>
        <source>GPUs (drivers)</source>
        <translation>GPU (pilotes)</translation>
    </message>
    <message>
        <location filename="../src/workspace/nativeprobesourcekind.cpp" line="24"/>
        <source>/ for this machine, or the folder where a container sees the host&apos;s /sys and /proc</source>
        <translation>/ pour cette machine, ou le dossier où un conteneur voit /sys et /proc de l’hôte</translation>
    </message>
    <message>
        <location filename="../src/workspace/nativeprobesourcekind.cpp" line="35"/>
        <source>&apos;%1&apos; is not a folder on this machine</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier de cette machine</translation>
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
        <translation>runners Go</translation>
    </message>
    <message>
        <location filename="../src/sources/ollamaserversource.cpp" line="41"/>
        <source>llama-server runners</source>
        <translation>runners llama-server</translation>
    </message>
    <message>
        <location filename="../src/sources/ollamaserversource.cpp" line="45"/>
        <source>runners of this version unknown to vramscope</source>
        <translation>runners de cette version inconnus de vramscope</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/ollamaserversource.cpp" line="49"/>
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%n modèle chargé</numerusform>
            <numerusform>%n modèles chargés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::OllamaServerSourceKind</name>
    <message>
        <location filename="../src/workspace/ollamaserversourcekind.cpp" line="17"/>
        <source>ollama server</source>
        <translation>serveur ollama</translation>
    </message>
    <message>
        <location filename="../src/workspace/ollamaserversourcekind.cpp" line="22"/>
        <source>HOST[:PORT] of the ollama server, as OLLAMA_HOST is written; the port defaults to 11434, e.g. 127.0.0.1:11434</source>
        <translation>HÔTE[:PORT] du serveur ollama, écrit comme OLLAMA_HOST ; port 11434 par défaut, p. ex. 127.0.0.1:11434</translation>
    </message>
    <message>
        <location filename="../src/workspace/ollamaserversourcekind.cpp" line="33"/>
        <source>no address given</source>
        <translation>aucune adresse indiquée</translation>
    </message>
</context>
<context>
    <name>vramscope::PlanExplanationText</name>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="30"/>
        <source>ollama would choose &lt;code&gt;%1&lt;/code&gt;: %2 of %3 layers on GPUs, hash %4.</source>
        <translation>ollama choisirait &lt;code&gt;%1&lt;/code&gt;&#xa0;: %2 des %3 couches sur GPU, hachage %4.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="36"/>
        <source>By the rules of ollama ≤ 0.24: the Go runner&apos;s scheduler.</source>
        <translation>Selon les règles d&apos;ollama ≤ 0.24&#xa0;: l&apos;ordonnanceur du runner Go.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="38"/>
        <source>Planned with num_gpu %1, GPU overhead %2, spread %3, require full %4.</source>
        <translation>Planifié avec num_gpu %1, surcoût GPU %2, répartir sur tous&#xa0;: %3, tout sur GPU&#xa0;: %4.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="40"/>
        <location filename="../src/widgets/planexplanationtext.cpp" line="41"/>
        <source>on</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="40"/>
        <location filename="../src/widgets/planexplanationtext.cpp" line="41"/>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="46"/>
        <source>ollama would refuse to load:</source>
        <translation>ollama refuserait de charger&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="50"/>
        <source>No GPUs: every layer stays on the CPU.</source>
        <translation>Aucun GPU&#xa0;: toutes les couches restent sur le CPU.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="53"/>
        <source>GPUs in the order ollama considers them; available = free − backoff − minimum − overhead − graph:</source>
        <translation>GPU dans l&apos;ordre où ollama les examine&#xa0;; disponible = libre − backoff − minimum − surcoût − graphe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>backoff</source>
        <translation>backoff</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>overhead</source>
        <translation>surcoût</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57"/>
        <source>graph</source>
        <translation>graphe</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="58"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="58"/>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="58"/>
        <source>layer bytes</source>
        <translation>octets des couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="69"/>
        <source>not in the memory report: no room</source>
        <translation>absent du rapport mémoire&#xa0;: pas de place</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="79"/>
        <source>CPU: layers %1 (%2); with input weights and the CPU&apos;s graph %3. System memory: %4 free + %5 swap.</source>
        <translation>CPU&#xa0;: couches %1 (%2)&#xa0;; avec les poids d&apos;entrée et le graphe du CPU, %3. Mémoire système&#xa0;: libre %4 + swap %5.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="91"/>
        <source>num_gpu asks for %1 layers.</source>
        <translation>num_gpu demande %1 couches.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="96"/>
        <source>the smallest layer left on the CPU needs %1.</source>
        <translation>la plus petite couche restée sur le CPU nécessite %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="97"/>
        <source>the smallest layer left on the CPU needs %1; the most room left on one GPU is %2 (%3).</source>
        <translation>la plus petite couche restée sur le CPU nécessite %1&#xa0;; la plus grande place restante sur un GPU est de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="101"/>
        <source>Limit: %1</source>
        <translation>Limite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vramscope::PlanSettingsForm</name>
    <message>
        <location filename="../ui/plansettingsform.ui" line="13"/>
        <source>R&amp;ules of:</source>
        <translation>Règles &amp;de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="24"/>
        <source>ollama ≤ 0.24 (Go runner)</source>
        <translation>ollama ≤ 0.24 (runner Go)</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="29"/>
        <source>ollama ≥ 0.30 (llama-server)</source>
        <translation>ollama ≥ 0.30 (llama-server)</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="37"/>
        <source>&amp;num_gpu:</source>
        <translation>num_&amp;gpu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="56"/>
        <source>as many as fit (-1)</source>
        <translation>autant que possible (-1)</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="59"/>
        <source>Layers to put on GPUs, as ollama&apos;s num_gpu option; -1 lets ollama fit as many as it can</source>
        <translation>Nombre de couches à placer sur les GPU, comme l&apos;option num_gpu d&apos;ollama&#xa0;; -1 laisse ollama en placer autant que possible</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="66"/>
        <source>GPU &amp;overhead:</source>
        <translation>&amp;Surcoût GPU&#xa0;:</translation>
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
        <translation>OLLAMA_GPU_OVERHEAD&#xa0;: mémoire qu&apos;ollama laisse libre sur chaque GPU&#xa0;; les barres d&apos;occupation la réservent aussi</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="92"/>
        <source>&amp;Spread over all GPUs</source>
        <translation>Répartir s&amp;ur tous les GPU</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="95"/>
        <source>OLLAMA_SCHED_SPREAD: use every GPU of a library instead of as few as possible</source>
        <translation>OLLAMA_SCHED_SPREAD&#xa0;: utiliser tous les GPU d&apos;une bibliothèque plutôt que le moins possible</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="102"/>
        <source>&amp;Require full offload</source>
        <translation>E&amp;xiger toutes les couches sur GPU</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="105"/>
        <source>Refuse unless the whole model fits on GPUs, as ollama does when asked to</source>
        <translation>Refuser si le modèle entier ne tient pas sur les GPU, comme le fait ollama quand on le lui demande</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="112"/>
        <source>ma&amp;in_gpu:</source>
        <translation>ma&amp;in_gpu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="131"/>
        <source>unset (-1)</source>
        <translation>non défini (-1)</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="134"/>
        <source>ollama&apos;s main_gpu: the index of the one GPU to use alone</source>
        <translation>main_gpu d&apos;ollama&#xa0;: l&apos;indice du seul GPU à utiliser</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="141"/>
        <source>&amp;Fit target:</source>
        <translation>&amp;Cible du fit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="163"/>
        <source>LLAMA_ARG_FIT_TARGET: the memory llama.cpp&apos;s fit keeps free on every device</source>
        <translation>LLAMA_ARG_FIT_TARGET&#xa0;: la mémoire que l&apos;ajustement de llama.cpp laisse libre sur chaque périphérique</translation>
    </message>
    <message>
        <location filename="../src/widgets/plansettingsform.cpp" line="103"/>
        <source>Chosen by the watched ollama server, version %1</source>
        <translation>Choisi par le serveur ollama surveillé, version %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/plansettingsform.cpp" line="104"/>
        <source>Whose rules plan: ollama&apos;s Go runner scheduler (up to 0.24) or today&apos;s GPU choice and llama.cpp&apos;s fit (0.30 and later)</source>
        <translation>Selon quelles règles planifier&#xa0;: l&apos;ordonnanceur du runner Go d&apos;ollama (jusqu&apos;à 0.24) ou le choix de GPU actuel et l&apos;ajustement de llama.cpp (0.30 et après)</translation>
    </message>
</context>
<context>
    <name>vramscope::Poller</name>
    <message>
        <location filename="../src/net/poller.cpp" line="42"/>
        <source>waiting for the first answer from %1</source>
        <translation>en attente de la première réponse de %1</translation>
    </message>
    <message>
        <location filename="../src/net/poller.cpp" line="148"/>
        <source>%1: no answer yet after %2 s, slower than the polling interval; showing the last data read</source>
        <translation>%1&#xa0;: toujours pas de réponse après %2 s, plus lent que l&apos;intervalle d&apos;interrogation&#xa0;; affichage des dernières données lues</translation>
    </message>
</context>
<context>
    <name>vramscope::ProcessTableModel</name>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="23"/>
        <source>What the ollama server says %1 holds on all GPUs together (/api/ps size_vram); the GPU memory beside it is this process on this GPU</source>
        <translation>Ce que le serveur ollama indique pour %1 sur l&apos;ensemble des GPU (/api/ps size_vram) ; la mémoire GPU à côté est celle de ce processus sur ce GPU</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="26"/>
        <source>No watched ollama server lists this runner&apos;s model</source>
        <translation>Aucun serveur ollama surveillé ne liste le modèle de ce runner</translation>
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
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="65"/>
        <source>GPU memory</source>
        <translation>Mémoire GPU</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="67"/>
        <source>ollama says</source>
        <translation>selon ollama</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="69"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerCall</name>
    <message>
        <location filename="../src/net/runnercall.cpp" line="38"/>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="126"/>
        <source>%1 %2 at %3</source>
        <extracomment>HTTP method, path and endpoint: &quot;GET /info at 127.0.0.1:8080&quot;.</extracomment>
        <translation>%1 %2 à %3</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="150"/>
        <source>%1: no complete answer within %2 s</source>
        <translation>%1&#xa0;: pas de réponse complète en %2 s</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="152"/>
        <source>%1: no complete answer within %2 s (%3 bytes of the body came)</source>
        <translation>%1&#xa0;: pas de réponse complète en %2 s (%3 octets du corps reçus)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="157"/>
        <source>%1: the answer is larger than the %2 limit; not a runner&apos;s JSON</source>
        <translation>%1&#xa0;: la réponse dépasse la limite de %2&#xa0;; ce n&apos;est pas le JSON d&apos;un runner</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="164"/>
        <source>%1: %2</source>
        <extracomment>Where the request went, then what went wrong, as Qt says it.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="169"/>
        <source>%1: connection refused (no runner listening there)</source>
        <translation>%1&#xa0;: connexion refusée (aucun runner n&apos;y écoute)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="172"/>
        <source>%1: host %2 not found</source>
        <translation>%1&#xa0;: hôte %2 introuvable</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="179"/>
        <source>%1: the runner closed the connection without answering</source>
        <translation>%1&#xa0;: le runner a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="182"/>
        <source>%1: the runner closed the connection after %2 bytes of the body</source>
        <translation>%1&#xa0;: le runner a fermé la connexion après %2 octets du corps</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="186"/>
        <source>%1: the runner closed the connection after %2 of %3 bytes of the body</source>
        <translation>%1&#xa0;: le runner a fermé la connexion après %2 octets du corps sur %3</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="192"/>
        <source>%1: broken HTTP answer: %2</source>
        <translation>%1&#xa0;: réponse HTTP défectueuse&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="219"/>
        <source>%1: free vram reporting not supported (404: an older runner without /info)</source>
        <translation>%1&#xa0;: signalement de la VRAM libre non pris en charge (404&#xa0;: un runner plus ancien sans /info)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="221"/>
        <source>%1: this runner has no %2 (404)</source>
        <translation>%1&#xa0;: ce runner n&apos;a pas de %2 (404)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="228"/>
        <source>%1: HTTP %2 redirect to &apos;%3&apos;, not followed: a runner never redirects</source>
        <translation>%1&#xa0;: redirection HTTP %2 vers «&#xa0;%3&#xa0;» non suivie&#xa0;: un runner ne redirige jamais</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="240"/>
        <source>%1: HTTP %2: %3</source>
        <translation>%1&#xa0;: HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="259"/>
        <source>%1: bad body: %2</source>
        <translation>%1&#xa0;: corps illisible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerHealth</name>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="12"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="14"/>
        <source>no slots available</source>
        <translation>aucun slot libre</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="16"/>
        <source>launched</source>
        <translation>lancé</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="18"/>
        <source>loading model</source>
        <translation>chargement du modèle</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="20"/>
        <source>not responding</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="22"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerQuery</name>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="53"/>
        <source>failed to finish discovery before timeout (%1 s, %n attempt); last attempt: %2</source>
        <extracomment>Starts with ollama&apos;s own words for this failure.</extracomment>
        <translation>
            <numerusform>la détection n&apos;a pas abouti avant l&apos;expiration du délai (%1 s, %n tentative)&#xa0;; dernière tentative&#xa0;: %2</numerusform>
            <numerusform>la détection n&apos;a pas abouti avant l&apos;expiration du délai (%1 s, %n tentatives)&#xa0;; dernière tentative&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="56"/>
        <source>failed to finish discovery before timeout (%1 s, %n attempts); last attempt: %2</source>
        <translation>
            <numerusform>la détection n&apos;a pas abouti avant l&apos;expiration du délai (%1 s, %n tentative)&#xa0;; dernière tentative&#xa0;: %2</numerusform>
            <numerusform>la détection n&apos;a pas abouti avant l&apos;expiration du délai (%1 s, %n tentatives)&#xa0;; dernière tentative&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="62"/>
        <source>no answer from %1 before the timeout (%2 s, %n attempt); last attempt: %3</source>
        <translation>
            <numerusform>pas de réponse de %1 avant l&apos;expiration du délai (%2 s, %n tentative)&#xa0;; dernière tentative&#xa0;: %3</numerusform>
            <numerusform>pas de réponse de %1 avant l&apos;expiration du délai (%2 s, %n tentatives)&#xa0;; dernière tentative&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="65"/>
        <source>no answer from %1 before the timeout (%2 s, %n attempts); last attempt: %3</source>
        <translation>
            <numerusform>pas de réponse de %1 avant l&apos;expiration du délai (%2 s, %n tentative)&#xa0;; dernière tentative&#xa0;: %3</numerusform>
            <numerusform>pas de réponse de %1 avant l&apos;expiration du délai (%2 s, %n tentatives)&#xa0;; dernière tentative&#xa0;: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerSourceKind</name>
    <message>
        <location filename="../src/workspace/runnersourcekind.cpp" line="16"/>
        <source>ollama runner</source>
        <translation>runner ollama</translation>
    </message>
    <message>
        <location filename="../src/workspace/runnersourcekind.cpp" line="21"/>
        <source>HOST:PORT of an ollama runner (the --port of &apos;ollama runner&apos;), e.g. 127.0.0.1:40123</source>
        <translation>HOST:PORT d’un runner ollama (le --port de «&#xa0;ollama runner&#xa0;»), p. ex. 127.0.0.1:40123</translation>
    </message>
</context>
<context>
    <name>vramscope::ServerAnswer</name>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="79"/>
        <source>HTTP %1: asks for credentials; ollama has none of its own, so an authenticating proxy stands in front of it (%2)</source>
        <translation>HTTP %1 : demande des identifiants ; ollama n&apos;en a pas, donc un proxy d&apos;authentification se tient devant lui (%2)</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="87"/>
        <source>HTTP %1 with an HTML page, not JSON: a web server, a proxy or another program answers on this port</source>
        <translation>HTTP %1 avec une page HTML, pas du JSON : un serveur web, un proxy ou un autre programme répond sur ce port</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="96"/>
        <source>no %1 here (404: %2)</source>
        <translation>pas de %1 ici (404 : %2)</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="99"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/net/serveranswer.cpp" line="105"/>
        <source>bad body: %1</source>
        <translation>contenu invalide : %1</translation>
    </message>
</context>
<context>
    <name>vramscope::ServerLogFile</name>
    <message>
        <location filename="../src/core/serverlogfile.cpp" line="14"/>
        <source>%1: cannot open: %2</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/serverlogfile.cpp" line="22"/>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vramscope::ServerLogSource</name>
    <message>
        <location filename="../src/sources/serverlogsource.cpp" line="21"/>
        <source>journal (ollama.service)</source>
        <translation>journal (ollama.service)</translation>
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
            <numerusform>%n chargement</numerusform>
            <numerusform>%n chargements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/serverlogsource.cpp" line="105"/>
        <source>%n resident</source>
        <translation>
            <numerusform>%n résident</numerusform>
            <numerusform>%n résidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vramscope::SourceDelegate</name>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="38"/>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="41"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="44"/>
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="47"/>
        <source>unsupported: no /info (older runner)</source>
        <translation>non pris en charge&#xa0;: pas de /info (runner plus ancien)</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="50"/>
        <source>runner error</source>
        <translation>erreur du runner</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="53"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="56"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="59"/>
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/sourcedelegate.cpp" line="71"/>
        <source>(data %n s old)</source>
        <translation>
            <numerusform>(données vieilles de %n&#xa0;s)</numerusform>
            <numerusform>(données vieilles de %n&#xa0;s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="105"/>
        <source>[simulated]</source>
        <translation>[simulé]</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="107"/>
        <source>[found here]</source>
        <translation>[trouvé ici]</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="109"/>
        <source>[remote]</source>
        <translation>[distant]</translation>
    </message>
</context>
<context>
    <name>vramscope::SourceDialog</name>
    <message>
        <location filename="../ui/sourcedialog.ui" line="5"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="11"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="17"/>
        <source>What kind of source to watch</source>
        <translation>Le type de source à surveiller</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="22"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="31"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="37"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="46"/>
        <source>Allow a &amp;remote host</source>
        <translation>Autoriser un hôte &amp;distant</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="47"/>
        <source>Sources on another machine send its GPU list over the network; they are marked remote wherever they show</source>
        <translation>Les sources d’une autre machine envoient sa liste de GPU par le réseau&#xa0;; elles sont marquées distantes partout où elles apparaissent</translation>
    </message>
</context>
<context>
    <name>vramscope::SourcesDock</name>
    <message>
        <location filename="../ui/sourcesdock.ui" line="5"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="11"/>
        <source>Watched sources: state, what they are doing, and load progress</source>
        <translation>Sources surveillées&#xa0;: état, ce qu’elles font et progression du chargement</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="19"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="20"/>
        <source>Watch another source</source>
        <translation>Surveiller une autre source</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="25"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="26"/>
        <source>Change the selected source&apos;s address or interval</source>
        <translation>Changer l’adresse ou l’intervalle de la source choisie</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="31"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="32"/>
        <source>Stop watching the selected source</source>
        <translation>Ne plus surveiller la source choisie</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="46"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="52"/>
        <source>How often the selected source is polled</source>
        <translation>Fréquence d’interrogation de la source choisie</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="53"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcesdock.cpp" line="63"/>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcesdock.cpp" line="89"/>
        <source>Edit Source</source>
        <translation>Modifier la source</translation>
    </message>
</context>
<context>
    <name>vramscope::SplitMeasurement</name>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="28"/>
        <source>Could not ask the runner whether it is free: %1</source>
        <translation>Impossible de demander au runner s&apos;il est libre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="33"/>
        <source>The runner at %1 is busy (%2). A runner measures a split only before a model is loaded, while /health says &quot;launched&quot;; start a fresh runner to measure.</source>
        <translation>Le runner à %1 est occupé (%2). Un runner ne mesure une répartition qu’avant le chargement d’un modèle, tant que /health indique «&#xa0;launched&#xa0;»&#xa0;; lancez un nouveau runner pour mesurer.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="56"/>
        <source>The runner refused: %1. It has loaded a model since it said &quot;launched&quot;; start a fresh runner to measure.</source>
        <translation>Le runner a refusé&#xa0;: %1. Il a chargé un modèle depuis qu’il indiquait «&#xa0;launched&#xa0;»&#xa0;; lancez un nouveau runner pour mesurer.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="59"/>
        <source>The runner refused: %1</source>
        <translation>Le runner a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="62"/>
        <source>No answer to the fit: %1. Measuring reads the model; a large one on a busy machine can take longer. Check the runner&apos;s log.</source>
        <translation>Pas de réponse à la mesure&#xa0;: %1. La mesure lit le modèle&#xa0;; pour un gros modèle sur une machine chargée, cela peut prendre plus longtemps. Consultez le journal du runner.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="67"/>
        <source>The runner went away: %1</source>
        <translation>Le runner a disparu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="70"/>
        <source>The runner&apos;s answer is unusable: %1</source>
        <translation>La réponse du runner est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="76"/>
        <source>The runner says this split does not fit: it ran out of memory measuring it (&quot;Success&quot;: false). The numbers it was attempting are shown; red bars show where.</source>
        <translation>Selon le runner, cette répartition ne tient pas&#xa0;: il a manqué de mémoire en la mesurant (&quot;Success&quot;: false). Les valeurs qu&apos;il tentait d&apos;allouer sont affichées&#xa0;; les barres rouges montrent où.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="85"/>
        <source>The runner measured the split: %1 on GPUs, %2 in system memory.</source>
        <translation>Le runner a mesuré la répartition&#xa0;: %1 sur les GPU, %2 en mémoire système.</translation>
    </message>
</context>
<context>
    <name>vramscope::VramscopeHostSource</name>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="56"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n’a pas répondu en %1 s</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="104"/>
        <source>the token from the keychain was refused</source>
        <translation>le jeton du trousseau a été refusé</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="106"/>
        <source>the token from %1 was refused</source>
        <translation>le jeton de %1 a été refusé</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="113"/>
        <source>no token for %1 in %2, and no keychain (%3); store it with &apos;vramscope token set %1&apos;</source>
        <extracomment>%1 is HOST:PORT, %3 why there is no keychain</extracomment>
        <translation>aucun jeton pour %1 dans %2, et pas de trousseau (%3)&#xa0;; enregistrez-le avec &apos;vramscope token set %1&apos;</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="117"/>
        <source>no token for %1 in the keychain or in %2; store it with &apos;vramscope token set %1&apos;</source>
        <extracomment>%1 is HOST:PORT</extracomment>
        <translation>aucun jeton pour %1 dans le trousseau ni dans %2&#xa0;; enregistrez-le avec &apos;vramscope token set %1&apos;</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="131"/>
        <source>%1; %2</source>
        <extracomment>A host refused the request: &quot;&lt;what it answered&gt;; &lt;where the token came from&gt;&quot;</extracomment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <location filename="../src/sources/vramscopehostsource.cpp" line="151"/>
        <source>vramscope on %1</source>
        <extracomment>vramscope on HOST · 2 GPUs · 1 model loaded</extracomment>
        <translation>vramscope sur %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/vramscopehostsource.cpp" line="152"/>
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/vramscopehostsource.cpp" line="153"/>
        <source>%n model(s) loaded</source>
        <translation>
            <numerusform>%n modèle chargé</numerusform>
            <numerusform>%n modèles chargés</numerusform>
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
        <translation>hôte vramscope</translation>
    </message>
    <message>
        <location filename="../src/workspace/vramscopehostsourcekind.cpp" line="22"/>
        <source>HOST:PORT of a &apos;vramscope serve&apos;, e.g. gpubox:9877; its token, if it needs one, stored with &apos;vramscope token set HOST:PORT&apos; (in the keychain, else in %1)</source>
        <translation>HOST:PORT d’un &apos;vramscope serve&apos;, p. ex. gpubox:9877&#xa0;; son jeton, s’il en faut un, enregistré avec &apos;vramscope token set HOST:PORT&apos; (dans le trousseau, sinon dans %1)</translation>
    </message>
</context>
<context>
    <name>vramscope::WindowOptions</name>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="26"/>
        <source>Watch the ollama runner at HOST:PORT (repeatable).</source>
        <translation>Surveiller le runner ollama à HOST:PORT (répétable).</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="30"/>
        <source>Watch ollama&apos;s server log in FILE (repeatable).</source>
        <translation>Surveiller le journal du serveur ollama dans FILE (répétable).</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="34"/>
        <source>Watch the vramscope serve at HOST:PORT (repeatable).</source>
        <translation>Surveiller le vramscope serve à HOST:PORT (répétable).</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="39"/>
        <source>Allow sources off this machine.</source>
        <translation>Autoriser des sources hors de cette machine.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="41"/>
        <source>Start the simulated runners and watch them.</source>
        <translation>Démarrer les runners simulés et les surveiller.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="45"/>
        <source>Start the simulated runners when no source is saved or found.</source>
        <translation>Démarrer les runners simulés si aucune source n’est enregistrée ni trouvée.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="49"/>
        <source>Ignore saved sources and window layout, and save nothing.</source>
        <translation>Ignorer les sources et la disposition enregistrées, et ne rien enregistrer.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="52"/>
        <source>Render the window to FILE (PNG) after --after seconds, then exit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE (PNG) après --after secondes, puis quitter.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="57"/>
        <source>Seconds before the screenshot (default 5).</source>
        <translation>Secondes avant la capture d&apos;écran (5 par défaut).</translation>
    </message>
</context>
<context>
    <name>vramscope::WireError</name>
    <message>
        <location filename="../src/core/wireerror.cpp" line="12"/>
        <source>%1: %2</source>
        <extracomment>A field path such as &quot;[2].total_memory&quot;, then what is wrong with it.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vramscope::WireFormat</name>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="30"/>
        <source>a string</source>
        <extracomment>What a JSON value is, after &quot;got&quot;.</extracomment>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="33"/>
        <source>an array</source>
        <extracomment>What a JSON value is, after &quot;got&quot;.</extracomment>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="36"/>
        <source>an object</source>
        <extracomment>What a JSON value is, after &quot;got&quot;.</extracomment>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="41"/>
        <source>a number past %1</source>
        <extracomment>What a JSON value is, after &quot;got&quot;.</extracomment>
        <translation>un nombre au-delà de %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="49"/>
        <source>nothing</source>
        <extracomment>What a JSON value is, after &quot;got&quot;: the field is missing.</extracomment>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="80"/>
        <source>expected a non-negative integer, got %1</source>
        <translation>entier positif ou nul attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="94"/>
        <source>expected an integer, got %1</source>
        <translation>entier attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="97"/>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>entier de %1 à %2 attendu, obtenu %3</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="109"/>
        <source>expected true or false, got %1</source>
        <translation>true ou false attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="120"/>
        <source>expected a string, got %1</source>
        <translation>chaîne attendue, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="130"/>
        <source>expected an object, got %1</source>
        <translation>objet attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="142"/>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.h" line="150"/>
        <source>a null element where a value belongs</source>
        <translation>un élément null là où une valeur est attendue</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="156"/>
        <source>expected a number from 0 to 1, got %1</source>
        <translation>nombre de 0 à 1 attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="99"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="73"/>
        <source>expected a JSON array, got %1</source>
        <translation>tableau JSON attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/jsonreader.cpp" line="81"/>
        <source>expected a JSON object, got %1</source>
        <translation>objet JSON attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/hostsnapshotjson.cpp" line="46"/>
        <source>expected a GPU&apos;s id, got an empty string</source>
        <translation>identifiant de GPU attendu, chaîne vide reçue</translation>
    </message>
    <message>
        <location filename="../src/core/hostsnapshotjson.cpp" line="121"/>
        <source>expected a non-negative number, got %1</source>
        <translation>nombre positif ou nul attendu, %1 reçu</translation>
    </message>
</context>
<context>
    <name>vramscope::Workspace</name>
    <message>
        <location filename="../src/workspace/workspace.cpp" line="77"/>
        <source>unknown kind of source &apos;%1&apos;</source>
        <translation>type de source inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/workspace/workspace.cpp" line="86"/>
        <source>%1 is watched already</source>
        <translation>%1 est déjà surveillé</translation>
    </message>
    <message>
        <location filename="../src/workspace/workspace.cpp" line="122"/>
        <source>%1 is not watched any more</source>
        <translation>%1 n’est plus surveillé</translation>
    </message>
</context>
</TS>
