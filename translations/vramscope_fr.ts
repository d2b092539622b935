<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LayerSplit</name>
    <message>
        <location filename="../src/core/layersplit.cpp" line="149" />
        <source>%1 is not one of the devices</source>
        <translation>%1 ne fait pas partie des périphériques</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="154" />
        <source>%1 could be the device of %2; the text does not say which</source>
        <translation>%1 pourrait désigner le périphérique de %2 ; le texte ne précise pas lequel</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="159" />
        <source>%1 appears in two groups</source>
        <translation>%1 apparaît dans deux groupes</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="164" />
        <source>layer %1 is past the model: it has no layers</source>
        <translation>la couche %1 est hors du modèle : il n'a aucune couche</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="165" />
        <source>layer %1 is past the model's last layer (%2)</source>
        <translation>la couche %1 est au-delà de la dernière couche du modèle (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/layersplit.cpp" line="170" />
        <source>layer %1 is on two devices</source>
        <translation>la couche %1 est sur deux périphériques</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <location filename="../src/models/planfile.cpp" line="42" />
        <source>settings.%1: expected a whole number from %2 to %3</source>
        <translation>settings.%1 : nombre entier de %2 à %3 attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="55" />
        <source>settings.%1: expected true or false</source>
        <translation>settings.%1 : true ou false attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="83" />
        <source>settings.backoff: expected a number from 0 to 1</source>
        <translation>settings.backoff : nombre de 0 à 1 attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="93" />
        <source>settings.kv_cache_type: expected a string</source>
        <translation>settings.kv_cache_type : chaîne de caractères attendue</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="102" />
        <source>%1: expected a format version number</source>
        <translation>%1 : numéro de version de format attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="104" />
        <source>written by a newer vramscope (plan format %1; this one reads %2)</source>
        <translation>écrit par une version plus récente de vramscope (format de plan %1 ; celle-ci lit le format %2)</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="120" />
        <source>settings: expected an object</source>
        <translation>settings : objet attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="129" />
        <source>layer_count: expected a whole number from 0 to %1</source>
        <translation>layer_count : nombre entier de 0 à %1 attendu</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="134" />
        <source>layer_count says %1 layers, the memory report %2</source>
        <translation>layer_count indique %1 couches, le rapport mémoire %2</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="180" />
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l'octet %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="187" />
        <source>the /info body</source>
        <translation>la réponse /info</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="197" />
        <source>the /load answer</source>
        <translation>la réponse /load</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="202" />
        <source>the memory report</source>
        <translation>le rapport mémoire</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="204" />
        <source>not a plan, an /info body, a memory report (BackendMemory) or a /load answer</source>
        <translation>ni un plan, ni une réponse /info, ni un rapport mémoire (BackendMemory), ni une réponse /load</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="223" />
        <source>Could not save %1: %2. Any earlier file there is unchanged.</source>
        <translation>Impossible d'enregistrer %1 : %2. Un éventuel fichier existant à cet emplacement reste inchangé.</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="235" />
        <source>Could not open %1: %2</source>
        <translation>Impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="241" />
        <source>%1 is larger than %2 MiB: not a plan or a runner's answer</source>
        <translation>%1 dépasse %2 MiB : ce n'est ni un plan ni une réponse de runner</translation>
    </message>
    <message>
        <location filename="../src/models/planfile.cpp" line="249" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="54" />
        <source>Watch GPU memory while ollama loads a model. Run 'vramscope help' for the commands.</source>
        <translation>Surveiller la mémoire GPU pendant qu'ollama charge un modèle. Lancez « vramscope help » pour voir les commandes.</translation>
    </message>
</context>
<context>
    <name>vramscope::ByteColumnsProxy</name>
    <message>
        <location filename="../src/models/bytecolumnsproxy.cpp" line="21" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/models/bytecolumnsproxy.cpp" line="23" />
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../src/models/bytecolumnsproxy.cpp" line="24" />
        <source>the driver does not say</source>
        <translation>le pilote ne le dit pas</translation>
    </message>
</context>
<context>
    <name>vramscope::DemoRunner</name>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="16" />
        <source>Could not start the demo runner %1: %2</source>
        <translation>Impossible de lancer le runner de démo %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="58" />
        <source>The demo runner did not report its ports within %1 s</source>
        <translation>Le runner de démo n'a pas indiqué ses ports dans les %1 s</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="97" />
        <source>The demo runner said '%1' instead of where it listens</source>
        <translation>Le runner de démo a répondu « %1 » au lieu d'indiquer où il écoute</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="120" />
        <source>The demo runner crashed</source>
        <translation>Le runner de démo a planté</translation>
    </message>
    <message>
        <location filename="../src/sources/demorunner.cpp" line="121" />
        <source>The demo runner exited with status %1</source>
        <translation>Le runner de démo s'est terminé avec le code %1</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceRowsPanel</name>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="77" />
        <source>ID %1, library %2, PCI %3
total %4, free %5</source>
        <translation>ID %1, bibliothèque %2, PCI %3
total %4, libre %5</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="79" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="89" />
        <source>CPU — system memory</source>
        <translation>CPU — mémoire système</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="90" />
        <source>Layers no GPU holds run on the CPU from system memory, with the input weights and the CPU's graph</source>
        <translation>Les couches qu'aucun GPU ne porte s'exécutent sur le CPU depuis la mémoire système, avec les poids d'entrée et le graphe du CPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="104" />
        <source>no layers</source>
        <translation>aucune couche</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="106" />
        <location filename="../src/widgets/devicerowspanel.cpp" line="130" />
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="107" />
        <location filename="../src/widgets/devicerowspanel.cpp" line="131" />
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="108" />
        <location filename="../src/widgets/devicerowspanel.cpp" line="132" />
        <source>compute graph</source>
        <translation>graphe de calcul</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="110" />
        <source>Needs: weights %1 + KV cache %2 + graph %3 = %4
Room: free %5 − backoff %6 − minimum %7 − overhead %8 = %9</source>
        <translation>Besoin : poids %1 + cache KV %2 + graphe %3 = %4
Place : libre %5 − backoff %6 − minimum %7 − surcoût %8 = %9</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="116" />
        <source>Short by %1</source>
        <translation>Il manque %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="118" />
        <source>The memory report has no entry for this GPU: its graph is unknown, and ollama's own planner would put nothing here.</source>
        <translation>Le rapport mémoire n'a pas d'entrée pour ce GPU : son graphe est inconnu, et le planificateur d'ollama n'y placerait rien.</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="129" />
        <source>input weights</source>
        <translation>poids d'entrée</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="134" />
        <source>Needs: input weights %1 + weights %2 + KV cache %3 + graph %4 = %5
System memory: %6 free of %7, swap %8 free</source>
        <translation>Besoin : poids d'entrée %1 + poids %2 + cache KV %3 + graphe %4 = %5
Mémoire système : libre %6 sur %7, swap libre %8</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicerowspanel.cpp" line="142" />
        <source>ollama would refuse to load: “%1”</source>
        <translation>ollama refuserait de charger : « %1 »</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceSplitRow</name>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="39" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="40" />
        <source>The layers no GPU holds; they run on the CPU from system memory</source>
        <translation>Les couches qu'aucun GPU ne porte ; elles s'exécutent sur le CPU depuis la mémoire système</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="60" />
        <source>Layers on %1</source>
        <translation>Couches sur %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/devicesplitrow.cpp" line="61" />
        <source>Memory of %1</source>
        <translation>Mémoire de %1</translation>
    </message>
    <message>
        <location filename="../ui/devicesplitrow.ui" line="28" />
        <source>This device's part of the split as ollama writes it in its log</source>
        <translation>La part de ce périphérique dans la répartition, telle qu'ollama l'écrit dans son journal</translation>
    </message>
    <message>
        <location filename="../ui/devicesplitrow.ui" line="43" />
        <source>e.g. 0-19, 25</source>
        <translation>p. ex. 0-19, 25</translation>
    </message>
    <message>
        <location filename="../ui/devicesplitrow.ui" line="44" />
        <source>The layers on this device as ranges, e.g. "0-19, 25"; Enter applies, Escape reverts</source>
        <translation>Les couches de ce périphérique sous forme de plages, p. ex. « 0-19, 25 » ; Entrée applique, Échap annule</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceTableModel</name>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="27" />
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="29" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="31" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="33" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="35" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="37" />
        <source>PCI ID</source>
        <translation>ID PCI</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="39" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="41" />
        <source>Used</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="43" />
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="45" />
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="47" />
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="49" />
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="51" />
        <source>Integrated</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="53" />
        <source>Flash attention</source>
        <translation>Flash attention</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="55" />
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="57" />
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="59" />
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <location filename="../src/models/devicetablemodel.cpp" line="61" />
        <source>Other used</source>
        <translation>Autre utilisation</translation>
    </message>
</context>
<context>
    <name>vramscope::DeviceTableProxy</name>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="61" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="61" />
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="65" />
        <source>(simulated)</source>
        <translation>(simulé)</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="67" />
        <source>(remote)</source>
        <translation>(distant)</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="83" />
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="86" />
        <source>VRAM ollama sets aside on this GPU for the runtime itself</source>
        <translation>VRAM qu'ollama met de côté sur ce GPU pour l'environnement d'exécution lui-même</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="88" />
        <source>Used memory that is not this model's weights, KV cache or graph</source>
        <translation>Mémoire utilisée qui n'appartient ni aux poids, ni au cache KV, ni au graphe de ce modèle</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="92" />
        <source>The same GPU is also reported as: %1</source>
        <translation>Le même GPU est aussi signalé comme : %1</translation>
    </message>
    <message>
        <location filename="../src/models/devicetableproxy.cpp" line="95" />
        <source>Stale: the last poll of this endpoint failed; these are its last good values</source>
        <translation>Obsolète : la dernière interrogation de ce point de terminaison a échoué ; ce sont ses dernières valeurs valides</translation>
    </message>
</context>
<context>
    <name>vramscope::EditorController</name>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="232" />
        <source>Asking %1 what %2 needs…</source>
        <translation>Demande à %1 de quoi %2 a besoin…</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="278" />
        <source>Measurement cancelled: the editor shows other devices now.</source>
        <translation>Mesure annulée : l’éditeur montre maintenant d’autres périphériques.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="102" />
        <location filename="../src/workspace/editorcontroller.cpp" line="327" />
        <location filename="../src/workspace/editorcontroller.cpp" line="344" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="96" />
        <source>Could not open the model %1: %2</source>
        <translation>Impossible d’ouvrir le modèle %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/editorcontroller.cpp" line="112" />
        <source>Estimated %1 (%2, %3) from its file: %n layer(s) with the output layer, for %4 tokens of context x %5. An estimate: the compute graph especially is rough; measure on a runner for real figures.</source>
        <translation>
            <numerusform>%1 (%2, %3) estimé d’après son fichier : %n couche avec la couche de sortie, pour %4 jetons de contexte x %5. Une estimation : le graphe de calcul surtout est approximatif ; mesurez sur un runner pour des chiffres réels.</numerusform>
            <numerusform>%1 (%2, %3) estimé d’après son fichier : %n couches avec la couche de sortie, pour %4 jetons de contexte x %5. Une estimation : le graphe de calcul surtout est approximatif ; mesurez sur un runner pour des chiffres réels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="134" />
        <source>Could not estimate %1: %2</source>
        <translation>Impossible d’estimer %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="165" />
        <source>The runner's model has %1 layers, the estimate of %2 %3: another model, so the two are not compared.</source>
        <translation>Le modèle du runner a %1 couches, l’estimation de %2 %3 : un autre modèle, donc pas de comparaison.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="181" />
        <source>%1: measured %2 (graph %3), estimated %4 (graph %5)</source>
        <translation>%1 : mesuré %2 (graphe %3), estimé %4 (graphe %5)</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="186" />
        <source>Against the estimate of %1: %2.</source>
        <translation>Par rapport à l’estimation de %1 : %2.</translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="332" />
        <source>Opened the plan %1.</source>
        <translation>Plan %1 ouvert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/editorcontroller.cpp" line="337" />
        <source>Opened %1: %n device(s).</source>
        <translation>
            <numerusform>%1 ouvert : %n périphérique.</numerusform>
            <numerusform>%1 ouvert : %n périphériques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/workspace/editorcontroller.cpp" line="348" />
        <source>Opened %1: a memory report of %n layer(s).</source>
        <translation>
            <numerusform>%1 ouvert : un rapport mémoire de %n couche.</numerusform>
            <numerusform>%1 ouvert : un rapport mémoire de %n couches.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/workspace/editorcontroller.cpp" line="372" />
        <source>Saved the plan to %1.</source>
        <translation>Plan enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>vramscope::Endpoint</name>
    <message>
        <location filename="../src/net/endpoint.cpp" line="23" />
        <source>no endpoint given: expected HOST:PORT</source>
        <translation>aucun point de terminaison indiqué : HOST:PORT attendu</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="31" />
        <source>expected HOST:PORT or http://HOST:PORT, got '%1'</source>
        <translation>HOST:PORT ou http://HOST:PORT attendu, obtenu « %1 »</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="35" />
        <source>runners speak plain HTTP; '%1' uses %2</source>
        <translation>les runners parlent HTTP simple ; « %1 » utilise %2</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="39" />
        <source>no port in '%1': runners listen on a port of their own (HOST:PORT)</source>
        <translation>pas de port dans « %1 » : les runners écoutent sur leur propre port (HOST:PORT)</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="45" />
        <source>expected only HOST:PORT in '%1': a runner serves /info at its root</source>
        <translation>seulement HOST:PORT attendu dans « %1 » : un runner sert /info à sa racine</translation>
    </message>
    <message>
        <location filename="../src/net/endpoint.cpp" line="52" />
        <source>%1 is not on this machine, and runners listen on loopback only; remote endpoints (a tunnel, a proxy) must be allowed first</source>
        <translation>%1 n'est pas sur cette machine, et les runners n'écoutent qu'en boucle locale ; les points de terminaison distants (un tunnel, un proxy) doivent d'abord être autorisés</translation>
    </message>
</context>
<context>
    <name>vramscope::FitBar</name>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="57" />
        <source>%1 of %2 (%3 left)</source>
        <translation>%1 sur %2 (reste %3)</translation>
    </message>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="61" />
        <source>%1 of %2: %3 goes to swap</source>
        <translation>%1 sur %2 : %3 en swap</translation>
    </message>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="65" />
        <source>needs %1, room %2 + swap %3: short by %4</source>
        <translation>requiert %1, place %2 + swap %3 : il manque %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/fitbar.cpp" line="68" />
        <source>needs %1, room %2: short by %3</source>
        <translation>requiert %1, place %2 : il manque %3</translation>
    </message>
</context>
<context>
    <name>vramscope::GpuLayersList</name>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="74" />
        <source>expected the layer count (a number)</source>
        <translation>nombre de couches attendu (un nombre)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="77" />
        <source>expected the group's layer count (a number)</source>
        <translation>nombre de couches du groupe attendu (un nombre)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="80" />
        <source>expected the first layer (a number)</source>
        <translation>première couche attendue (un nombre)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="83" />
        <source>expected the last layer (a number)</source>
        <translation>dernière couche attendue (un nombre)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="86" />
        <source>expected a layer number (a number)</source>
        <translation>numéro de couche attendu (un nombre)</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="96" />
        <source>the layer count is too large</source>
        <translation>le nombre de couches est trop grand</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="99" />
        <source>the group's layer count is too large</source>
        <translation>le nombre de couches du groupe est trop grand</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="102" />
        <source>the first layer is too large</source>
        <translation>la première couche est trop grande</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="105" />
        <source>the last layer is too large</source>
        <translation>la dernière couche est trop grande</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="108" />
        <source>a layer number is too large</source>
        <translation>un numéro de couche est trop grand</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="151" />
        <source>missing the layer count in front of '['</source>
        <translation>il manque le nombre de couches devant « [ »</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="156" />
        <source>the count says %1 layers but the groups hold %2</source>
        <translation>le total annonce %1 couches mais les groupes en contiennent %2</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="175" />
        <source>expected ' Layers:' after the device id</source>
        <translation>« Layers: », précédé d'une espace, attendu après l'identifiant du périphérique</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="185" />
        <source>more than %1 layers in the list</source>
        <translation>plus de %1 couches dans la liste</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="201" />
        <source>the range (%1..%2) does not hold %3 layers</source>
        <translation>la plage (%1..%2) ne contient pas %3 couches</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="222" />
        <source>the group says %1 layers but lists %2</source>
        <translation>le groupe annonce %1 couches mais en énumère %2</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="237" />
        <source>layer %1 is assigned twice</source>
        <translation>la couche %1 est attribuée deux fois</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="271" />
        <source>expected '%1'</source>
        <translation>« %1 » attendu</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="283" />
        <source>column %1: %2, found '%3'</source>
        <extracomment>The column is counted from 1; what follows "found" is quoted from the text.</extracomment>
        <translation>colonne %1 : %2, trouvé « %3 »</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="286" />
        <source>column %1: %2, found the end</source>
        <translation>colonne %1 : %2, trouvé la fin du texte</translation>
    </message>
    <message>
        <location filename="../src/core/gpulayerslist.cpp" line="325" />
        <source>column %1: unexpected text after the list</source>
        <translation>colonne %1 : texte inattendu après la liste</translation>
    </message>
</context>
<context>
    <name>vramscope::LayerAssignmentModel</name>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="32" />
        <source>The memory report lists %1 layers; vramscope edits at most %2.</source>
        <translation>Le rapport mémoire compte %1 couches ; vramscope en modifie au plus %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="99" />
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="101" />
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="103" />
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="105" />
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="107" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="222" />
        <source>The plan says %1 layers, its memory report %2.</source>
        <translation>Le plan indique %1 couches, son rapport mémoire %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="229" />
        <location filename="../src/models/layerassignmentmodel.cpp" line="372" />
        <source>A layer count from 0 to %1 was expected, not %2.</source>
        <translation>Un nombre de couches de 0 à %1 était attendu, pas %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="261" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="274" />
        <source>There is no device %1: the devices are numbered 0 to %2.</source>
        <translation>Il n'y a pas de périphérique %1 : les périphériques sont numérotés de 0 à %2.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="278" />
        <source>No layers are selected.</source>
        <translation>Aucune couche n'est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="281" />
        <source>Layer %1 is not in the model (layers 0 to %2).</source>
        <translation>La couche %1 n'appartient pas au modèle (couches 0 à %2).</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="291" />
        <source>Assign layers %1 to %2</source>
        <translation>Affecter les couches %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="303" />
        <source>There is no device %1.</source>
        <translation>Il n'y a pas de périphérique %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="307" />
        <source>Not a set of layers: %1.</source>
        <translation>Ensemble de couches invalide : %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="319" />
        <source>Layer %1 is on %2 already; a layer goes on one device only. Take it off there first, or drag it over.</source>
        <translation>La couche %1 est déjà sur %2 ; une couche ne va que sur un seul périphérique. Retirez-la d'abord de là-bas, ou faites-la glisser ici.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="323" />
        <source>Layers %1 are on %2 already; a layer goes on one device only. Take them off there first, or drag them over.</source>
        <translation>Les couches %1 sont déjà sur %2 ; une couche ne va que sur un seul périphérique. Retirez-les d'abord de là-bas, ou faites-les glisser ici.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="329" />
        <source>Set the layers of %1 to %2</source>
        <translation>Définir les couches de %1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="331" />
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="342" />
        <source>Not a GPULayers list: %1.</source>
        <translation>Liste GPULayers invalide : %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="357" />
        <source>Paste split %1</source>
        <translation>Coller la répartition %1</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="369" />
        <source>The memory report fixes the layer count at %1.</source>
        <translation>Le rapport mémoire fixe le nombre de couches à %1.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="376" />
        <source>Set the layer count to %1</source>
        <translation>Définir le nombre de couches à %1</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="384" />
        <source>ollama plans from a runner's memory report: open one, or fit on a runner first.</source>
        <translation>ollama planifie à partir du rapport mémoire d'un runner : ouvrez-en un, ou mesurez d'abord sur un runner.</translation>
    </message>
    <message>
        <location filename="../src/models/layerassignmentmodel.cpp" line="394" />
        <source>Plan like ollama</source>
        <translation>Planifier comme ollama</translation>
    </message>
</context>
<context>
    <name>vramscope::LayerRanges</name>
    <message>
        <location filename="../src/core/layerranges.cpp" line="37" />
        <source>'%1' is not a layer number</source>
        <translation>« %1 » n'est pas un numéro de couche</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="64" />
        <source>the range %1 runs backwards</source>
        <translation>la plage %1 est à l'envers</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="73" />
        <source>the model has no layers</source>
        <translation>le modèle n'a aucune couche</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="76" />
        <source>layer %1 is past the model's last layer (%2)</source>
        <translation>la couche %1 est au-delà de la dernière couche du modèle (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="81" />
        <source>layer %1 is too large</source>
        <translation>la couche %1 est trop grande</translation>
    </message>
    <message>
        <location filename="../src/core/layerranges.cpp" line="90" />
        <source>layer %1 is named twice</source>
        <translation>la couche %1 est indiquée deux fois</translation>
    </message>
</context>
<context>
    <name>vramscope::LayerStrip</name>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="28" />
        <source>Layer strip</source>
        <translation>Bande des couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="29" />
        <source>One cell per layer, coloured by the device that holds it</source>
        <translation>Une cellule par couche, colorée selon le périphérique qui la porte</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="82" />
        <source>No layers selected</source>
        <translation>Aucune couche sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="83" />
        <source>Layers %1 selected</source>
        <translation>Couches %1 sélectionnées</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="155" />
        <source>Layer %1 on %2
weights %3, KV cache %4</source>
        <translation>Couche %1 sur %2
poids %3, cache KV %4</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="180" />
        <source>No layers yet: open a memory report, fit on a runner, or set a layer count.</source>
        <translation>Pas encore de couches : ouvrez un rapport mémoire, mesurez sur un runner ou définissez un nombre de couches.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="349" />
        <source>Select layers first</source>
        <translation>Sélectionnez d'abord des couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="352" />
        <source>Put layers %1 on</source>
        <translation>Placer les couches %1 sur</translation>
    </message>
    <message>
        <location filename="../src/widgets/layerstrip.cpp" line="368" />
        <source>CPU (system memory)</source>
        <translation>CPU (mémoire système)</translation>
    </message>
</context>
<context>
    <name>vramscope::LayoutEditor</name>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="54" />
        <source>Bars: &lt;b&gt;solid&lt;/b&gt; weights, &lt;b&gt;light&lt;/b&gt; KV cache, &lt;b&gt;dark&lt;/b&gt; compute graph, against the room ollama leaves (free memory minus its minimum reserve, GPU overhead and backoff; the black line). &lt;span style="color:%1"&gt;&lt;b&gt;Red&lt;/b&gt;&lt;/span&gt;: short by the amount shown.</source>
        <translation>Barres : teinte &lt;b&gt;pleine&lt;/b&gt; pour les poids, &lt;b&gt;claire&lt;/b&gt; pour le cache KV, &lt;b&gt;foncée&lt;/b&gt; pour le graphe de calcul, face à la place que laisse ollama (mémoire libre moins sa réserve minimale, le surcoût GPU et le backoff ; la ligne noire). &lt;span style="color:%1"&gt;&lt;b&gt;Rouge&lt;/b&gt;&lt;/span&gt; : il manque la quantité indiquée.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="63" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="65" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="70" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="71" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="80" />
        <source>Undo: %1 (%2)</source>
        <translation>Annuler : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="85" />
        <source>Redo: %1 (%2)</source>
        <translation>Rétablir : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="90" />
        <source>ollama &amp;text (GPULayers)</source>
        <translation>&amp;Texte ollama (GPULayers)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="92" />
        <source>&amp;num_gpu value</source>
        <translation>Valeur &amp;num_gpu</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="94" />
        <source>Visible-devices &amp;environment</source>
        <translation>&amp;Environnement des périphériques visibles</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="168" />
        <source>No runner: select a Go runner (ollama v0.11.5 to v0.24) in the sources to measure splits on it.</source>
        <translation>Aucun runner : choisissez un runner Go (ollama v0.11.5 à v0.24) dans les sources pour y mesurer des répartitions.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="170" />
        <source>Needs a Go runner among the sources</source>
        <translation>Nécessite un runner Go parmi les sources</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="199" />
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/layouteditor.cpp" line="200" />
        <source>%n layer(s)</source>
        <translation>
            <numerusform>%n couche</numerusform>
            <numerusform>%n couches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/layouteditor.cpp" line="201" />
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="219" />
        <source>Without a memory report, set the model's layer count here (or measure on a runner to learn it)</source>
        <translation>Sans rapport mémoire, indiquez ici le nombre de couches du modèle (ou mesurez sur un runner pour l’apprendre)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="174" />
        <source>status not known yet</source>
        <translation>statut encore inconnu</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="175" />
        <source>Runner: %1 (%2)</source>
        <translation>Runner : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="179" />
        <source>Ask the runner what this split needs (POST /load, operation fit); its answer becomes the memory report in use</source>
        <translation>Demander au runner ce dont cette répartition a besoin (POST /load, opération fit) ; sa réponse devient le rapport mémoire utilisé</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="181" />
        <source>The runner is %1: it measures splits only before a model is loaded</source>
        <translation>Le runner est dans l'état « %1 » : il ne mesure des répartitions qu'avant le chargement d'un modèle</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="202" />
        <source>Layer split for %1: %2, %3</source>
        <translation>Répartition des couches pour %1 : %2, %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="209" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="218" />
        <source>The memory report fixes the layer count</source>
        <translation>Le rapport mémoire fixe le nombre de couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="255" />
        <source>Pasted text not loaded: %1</source>
        <translation>Texte collé non chargé : %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="258" />
        <source>Loaded the pasted split.</source>
        <translation>Répartition collée chargée.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="290" />
        <location filename="../src/widgets/layouteditor.cpp" line="313" />
        <source>Copied %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="297" />
        <source>Copied num_gpu %1: the number of layers on GPUs, for PARAMETER num_gpu in a Modelfile or options.num_gpu in a request.</source>
        <translation>num_gpu %1 copié : le nombre de couches sur GPU, pour PARAMETER num_gpu dans un Modelfile ou options.num_gpu dans une requête.</translation>
    </message>
    <message>
        <location filename="../src/widgets/layouteditor.cpp" line="307" />
        <source>Nothing to copy: ollama sets a visible-devices variable only for ROCm GPUs; CUDA and Vulkan GPUs are chosen by the split itself.</source>
        <translation>Rien à copier : ollama ne définit une variable de périphériques visibles que pour les GPU ROCm ; les GPU CUDA et Vulkan sont choisis par la répartition elle-même.</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="6" />
        <source>Layer split</source>
        <translation>Répartition des couches</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="36" />
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="39" />
        <source>Copy the split as ollama's text, as a num_gpu value or as the visible-devices environment</source>
        <translation>Copier la répartition en texte ollama, en valeur num_gpu ou en variable d'environnement des périphériques visibles</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="60" />
        <source>Drag across layers to select them; assign with 0–9 (device number), C (CPU), the context menu, or by dragging the selection onto a device below.</source>
        <translation>Faites glisser sur les couches pour les sélectionner ; affectez-les avec 0–9 (numéro du périphérique), C (CPU), le menu contextuel, ou en déposant la sélection sur un périphérique ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="75" />
        <source>&amp;ollama text:</source>
        <translation>&amp;Texte ollama :</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="88" />
        <source>The split as ollama logs it (GPULayers:…)</source>
        <translation>La répartition telle qu'ollama la journalise (GPULayers:…)</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="95" />
        <source>Layers on GPUs:</source>
        <translation>Couches sur GPU :</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="114" />
        <source>hash:</source>
        <translation>hachage :</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="117" />
        <source>FNV-1a 64 of the split: the same bytes ollama hashes, without its per-process seed</source>
        <translation>FNV-1a 64 de la répartition : les mêmes octets que ceux hachés par ollama, sans sa graine propre à chaque processus</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="141" />
        <source>&amp;Layers:</source>
        <translation>Nom&amp;bre de couches :</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="163" />
        <source>&amp;Paste:</source>
        <translation>Co&amp;ller :</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="175" />
        <source>A line of ollama's log with GPULayers:… or the list itself</source>
        <translation>Une ligne du journal d'ollama contenant GPULayers:… ou la liste elle-même</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="178" />
        <source>Paste a GPULayers list from ollama's log and press Enter to load that split; ids are matched to the devices</source>
        <translation>Collez une liste GPULayers du journal d'ollama et appuyez sur Entrée pour charger cette répartition ; les identifiants sont associés aux périphériques</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="188" />
        <source>Load split</source>
        <translation>Charger la répartition</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="248" />
        <source>Plan like &amp;ollama</source>
        <translation>Pla&amp;nifier comme ollama</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="259" />
        <source>&amp;Plan like ollama</source>
        <translation>Planifie&amp;r comme ollama</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="262" />
        <source>Run ollama's scheduler on these devices and this memory report, and take its split</source>
        <translation>Exécuter l'ordonnanceur d'ollama sur ces périphériques et ce rapport mémoire, et adopter sa répartition</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="281" />
        <source>The planner's reasoning appears here: each GPU's free memory, what ollama reserves, and what kept layers off a GPU.</source>
        <translation>Le raisonnement du planificateur apparaît ici : la mémoire libre de chaque GPU, ce qu'ollama réserve et ce qui a empêché des couches d'aller sur un GPU.</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="295" />
        <source>La&amp;yers</source>
        <translation>C&amp;ouches</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="298" />
        <source>Every layer with its holder and its bytes; edit a holder with the device's number (-1 for the CPU)</source>
        <translation>Chaque couche avec son périphérique et ses octets ; changez le périphérique par son numéro (-1 pour le CPU)</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="315" />
        <source>&amp;Measure on runner</source>
        <translation>&amp;Mesurer sur le runner</translation>
    </message>
    <message>
        <location filename="../ui/layouteditor.ui" line="326" />
        <source>Measure on &amp;runner</source>
        <translation>Mesurer sur le &amp;runner</translation>
    </message>
</context>
<context>
    <name>vramscope::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="170" />
        <source>Starting the demo runner…</source>
        <translation>Lancement du runner de démo…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="193" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="194" />
        <source>Plans, /info bodies and memory reports (*.json);;All files (*)</source>
        <translation>Plans, réponses /info et rapports mémoire (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="211" />
        <source>Another GGUF file…</source>
        <translation>Un autre fichier GGUF…</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="215" />
        <location filename="../src/widgets/mainwindow.cpp" line="222" />
        <source>Open Model</source>
        <translation>Ouvrir un modèle</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="216" />
        <source>A model of your ollama store, or its name:</source>
        <translation>Un modèle de votre dépôt ollama, ou son nom :</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="223" />
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>Modèles GGUF (*.gguf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="233" />
        <source>Save Plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="234" />
        <source>vramscope plans (*.json)</source>
        <translation>Plans vramscope (*.json)</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="252" />
        <source>No source is being watched</source>
        <translation>Aucune source n’est surveillée</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="272" />
        <source>%1 of %n source(s) ok</source>
        <extracomment>%1 of %2 sources ok, %3 GPUs, used of total memory</extracomment>
        <translation>
            <numerusform>%1 sur %n source en ordre</numerusform>
            <numerusform>%1 sur %n sources en ordre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/mainwindow.cpp" line="273" />
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPU</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="274" />
        <source>%1 of %2 used</source>
        <translation>%1 sur %2 utilisés</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="300" />
        <source>About vramscope</source>
        <translation>À propos de vramscope</translation>
    </message>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="301" />
        <source>&lt;h3&gt;vramscope %1&lt;/h3&gt;&lt;p&gt;Watch each GPU's memory fill while ollama loads a model, try how a model's layers could be split across GPUs, and see before loading whether a split fits.&lt;/p&gt;&lt;p&gt;Its device model follows ollama's package &lt;code&gt;ml&lt;/code&gt; (v0.12.10).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;vramscope %1&lt;/h3&gt;&lt;p&gt;Observez la mémoire de chaque GPU se remplir pendant qu'ollama charge un modèle, essayez différentes répartitions des couches d'un modèle entre les GPU, et vérifiez avant le chargement si une répartition tient en mémoire.&lt;/p&gt;&lt;p&gt;Son modèle de périphériques suit le paquet &lt;code&gt;ml&lt;/code&gt; d'ollama (v0.12.10).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="9" />
        <source>vramscope</source>
        <translation>vramscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="14" />
        <source>&amp;Monitor</source>
        <translation>Sur&amp;veillance</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="32" />
        <source>&lt;h2&gt;No runner is being watched&lt;/h2&gt;&lt;p&gt;vramscope watches ollama's runner processes. Add the port of a running &lt;code&gt;ollama runner&lt;/code&gt;, or start the built-in simulated runner to see a model load.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun runner n'est surveillé&lt;/h2&gt;&lt;p&gt;vramscope surveille les processus runner d'ollama. Ajoutez le port d'un &lt;code&gt;ollama runner&lt;/code&gt; en cours d'exécution, ou lancez le runner simulé intégré pour voir un modèle se charger.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="47" />
        <source>Start &amp;demo runner</source>
        <translation>&amp;Lancer le runner de démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="48" />
        <source>Start vramscope's simulated runner: two GPUs loading a 32-layer model</source>
        <translation>Lancer le runner simulé de vramscope : deux GPU chargent un modèle de 32 couches</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="53" />
        <source>&amp;Add source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="54" />
        <source>Watch a runner at HOST:PORT</source>
        <translation>Surveiller un runner à l'adresse HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="88" />
        <source>Every GPU the watched runners report, in ollama's order by default</source>
        <translation>Tous les GPU signalés par les runners surveillés, par défaut dans l'ordre d'ollama</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="108" />
        <source>&amp;Processes</source>
        <translation>&amp;Processus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="109" />
        <source>Every process that holds memory on a GPU, as the drivers see it; ollama's runners named by their model</source>
        <translation>Chaque processus qui occupe de la mémoire sur un GPU, tel que les pilotes le voient ; les runners d’ollama nommés par leur modèle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="120" />
        <source>Processes come from the native probes (NVML, DRM fdinfo): without a GPU driver on this machine the list stays empty.</source>
        <translation>Les processus viennent des sondes natives (NVML, fdinfo DRM) : sans pilote de GPU sur cette machine, la liste reste vide.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="127" />
        <source>&amp;Layer editor</source>
        <translation>Éditeur de &amp;couches</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="128" />
        <source>Try how the model's layers could be split across the GPUs</source>
        <translation>Essayer différentes répartitions des couches du modèle entre les GPU</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="133" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="144" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="147" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="152" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="163" />
        <source>&amp;Add Source…</source>
        <translation>&amp;Ajouter une source…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="164" />
        <source>Watch another source: a runner at HOST:PORT</source>
        <translation>Surveiller une autre source : un runner à HOST:PORT</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="167" />
        <source>Start &amp;Demo Runner</source>
        <translation>Lancer le runner de &amp;démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="168" />
        <source>Start vramscope's simulated runner and watch it</source>
        <translation>Lancer le runner simulé de vramscope et le surveiller</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="171" />
        <source>Open &amp;Model…</source>
        <translation>Ouvrir un &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="172" />
        <source>Estimate a model of your ollama store, or a GGUF file, for the layer editor: no runner needed</source>
        <translation>Estimer un modèle de votre dépôt ollama, ou un fichier GGUF, pour l’éditeur de couches : aucun runner nécessaire</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="175" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="176" />
        <source>Open a saved plan, a runner's /info body, a BackendMemory or a /load answer</source>
        <translation>Ouvrir un plan enregistré, la réponse /info d'un runner, un BackendMemory ou une réponse /load</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="179" />
        <source>&amp;Save Plan…</source>
        <translation>&amp;Enregistrer le plan…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="180" />
        <source>Save the devices, memory, split and settings as JSON</source>
        <translation>Enregistrer les périphériques, la mémoire, la répartition et les réglages en JSON</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="183" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="187" />
        <source>Sort Devices in &amp;ollama's Order</source>
        <translation>Trier les périphériques dans l'ordre d'&amp;ollama</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="188" />
        <source>Discrete GPUs before integrated ones, most free memory first</source>
        <translation>GPU dédiés avant les GPU intégrés, ceux qui ont le plus de mémoire libre en premier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="191" />
        <source>&amp;About vramscope</source>
        <translation>À &amp;propos de vramscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="195" />
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>vramscope::MeasureSettingsForm</name>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="13" />
        <source>Con&amp;text size:</source>
        <translation>Taille du conte&amp;xte :</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="35" />
        <source>num_ctx: tokens per sequence; the KV cache is sized for context size × parallel</source>
        <translation>num_ctx : jetons par séquence ; le cache KV est dimensionné pour taille du contexte × parallèle</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="42" />
        <source>P&amp;arallel:</source>
        <translation>Pa&amp;rallèle :</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="61" />
        <source>OLLAMA_NUM_PARALLEL: sequences served at once</source>
        <translation>OLLAMA_NUM_PARALLEL : séquences servies simultanément</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="68" />
        <source>&amp;Batch size:</source>
        <translation>Taille du batc&amp;h :</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="87" />
        <source>num_batch: tokens processed per step; larger batches need a larger compute graph</source>
        <translation>num_batch : jetons traités par étape ; des batchs plus grands demandent un graphe de calcul plus grand</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="94" />
        <source>F&amp;lash attention</source>
        <translation>Fla&amp;sh attention</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="97" />
        <source>OLLAMA_FLASH_ATTENTION; quantized KV caches need it</source>
        <translation>OLLAMA_FLASH_ATTENTION ; nécessaire aux caches KV quantifiés</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="104" />
        <source>&amp;KV cache type:</source>
        <translation>Type de cache &amp;KV :</translation>
    </message>
    <message>
        <location filename="../ui/measuresettingsform.ui" line="114" />
        <source>OLLAMA_KV_CACHE_TYPE</source>
        <translation>OLLAMA_KV_CACHE_TYPE</translation>
    </message>
    <message>
        <location filename="../src/widgets/measuresettingsform.cpp" line="11" />
        <source>f16 (default)</source>
        <translation>f16 (par défaut)</translation>
    </message>
</context>
<context>
    <name>vramscope::MemoryBarChart</name>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="44" />
        <source>Memory by GPU</source>
        <translation>Mémoire par GPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45" />
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45" />
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45" />
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="46" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="46" />
        <source>Reserve</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="46" />
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="45" />
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="49" />
        <source>The model's weights on this GPU, from the split</source>
        <translation>Les poids du modèle sur ce GPU, d'après la répartition</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="50" />
        <source>The model's KV cache on this GPU, from the split</source>
        <translation>Le cache KV du modèle sur ce GPU, d'après la répartition</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="51" />
        <source>The model's compute graph on this GPU, from the split</source>
        <translation>Le graphe de calcul du modèle sur ce GPU, d'après la répartition</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="52" />
        <source>Used memory that is not this model's weights, KV cache or graph: other processes, the driver</source>
        <translation>Mémoire utilisée qui n'est ni les poids, ni le cache KV, ni le graphe de ce modèle : autres processus, pilote</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="54" />
        <source>Memory ollama sets aside on this GPU for the runtime itself</source>
        <translation>Mémoire qu'ollama réserve sur ce GPU pour le moteur d'exécution lui-même</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="55" />
        <source>Free memory, less ollama's reserve</source>
        <translation>Mémoire libre, moins la réserve d'ollama</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="56" />
        <source>Used memory as the GPU reports it; without a split its parts are not known</source>
        <translation>Mémoire utilisée telle que le GPU l'indique ; sans répartition, ses parts sont inconnues</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="57" />
        <source>Free memory once the model is loaded, less ollama's reserve</source>
        <translation>Mémoire libre une fois le modèle chargé, moins la réserve d'ollama</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="58" />
        <source>Not loaded yet: drawn out of free memory</source>
        <translation>Pas encore chargé : pris sur la mémoire libre</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="59" />
        <source>Loading: drawn as far as the GPU's use has grown</source>
        <translation>Chargement : dessiné aussi loin que l'occupation du GPU a augmenté</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="202" />
        <source>%1: %2 of %3 used</source>
        <translation>%1 : %2 sur %3 utilisés</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="270" />
        <source>%1: %2 (%3 bytes)</source>
        <translation>%1 : %2 (%3 octets)</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="278" />
        <source>total %1, used %2, free %3</source>
        <translation>total %1, utilisé %2, libre %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="282" />
        <source>weights %1, KV cache %2, graph %3</source>
        <translation>poids %1, cache KV %2, graphe %3</translation>
    </message>
    <message>
        <location filename="../src/widgets/memorybarchart.cpp" line="288" />
        <source>does not fit: %1 short</source>
        <translation>ne tient pas : il manque %1</translation>
    </message>
</context>
<context>
    <name>vramscope::MemoryHistoryChart</name>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="50" />
        <source>Used memory over time</source>
        <translation>Mémoire utilisée au fil du temps</translation>
    </message>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="61" />
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="67" />
        <source>Load started</source>
        <translation>Début du chargement</translation>
    </message>
    <message>
        <location filename="../src/widgets/memoryhistorychart.cpp" line="72" />
        <source>Load finished</source>
        <translation>Fin du chargement</translation>
    </message>
</context>
<context>
    <name>vramscope::ModelTableModel</name>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="61" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="63" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="65" />
        <source>On GPU</source>
        <translation>Sur GPU</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="67" />
        <source>Processor</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="69" />
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="71" />
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="73" />
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="75" />
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../src/models/modeltablemodel.cpp" line="77" />
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>vramscope::NativeProbeSource</name>
    <message>
        <location filename="../src/sources/nativeprobesource.cpp" line="17" />
        <source>GPUs on this machine</source>
        <translation>GPU de cette machine</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/sources/nativeprobesource.cpp" line="46" />
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
        <location filename="../src/workspace/nativeprobesourcekind.cpp" line="19" />
        <source>GPUs (drivers)</source>
        <translation>GPU (pilotes)</translation>
    </message>
    <message>
        <location filename="../src/workspace/nativeprobesourcekind.cpp" line="24" />
        <source>/ for this machine, or the folder where a container sees the host's /sys and /proc</source>
        <translation>/ pour cette machine, ou le dossier où un conteneur voit /sys et /proc de l’hôte</translation>
    </message>
    <message>
        <location filename="../src/workspace/nativeprobesourcekind.cpp" line="35" />
        <source>'%1' is not a folder on this machine</source>
        <translation>« %1 » n’est pas un dossier de cette machine</translation>
    </message>
</context>
<context>
    <name>vramscope::PlanExplanationText</name>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="30" />
        <source>ollama would choose &lt;code&gt;%1&lt;/code&gt;: %2 of %3 layers on GPUs, hash %4.</source>
        <translation>ollama choisirait &lt;code&gt;%1&lt;/code&gt; : %2 des %3 couches sur GPU, hachage %4.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="37" />
        <source>Planned with num_gpu %1, GPU overhead %2, spread %3, require full %4.</source>
        <translation>Planifié avec num_gpu %1, surcoût GPU %2, répartir sur tous : %3, tout sur GPU : %4.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="39" />
        <location filename="../src/widgets/planexplanationtext.cpp" line="40" />
        <source>on</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="39" />
        <location filename="../src/widgets/planexplanationtext.cpp" line="40" />
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="45" />
        <source>ollama would refuse to load:</source>
        <translation>ollama refuserait de charger :</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="49" />
        <source>No GPUs: every layer stays on the CPU.</source>
        <translation>Aucun GPU : toutes les couches restent sur le CPU.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="52" />
        <source>GPUs in the order ollama considers them; available = free − backoff − minimum − overhead − graph:</source>
        <translation>GPU dans l'ordre où ollama les examine ; disponible = libre − backoff − minimum − surcoût − graphe :</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="56" />
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="56" />
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="56" />
        <source>backoff</source>
        <translation>backoff</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="56" />
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="56" />
        <source>overhead</source>
        <translation>surcoût</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="56" />
        <source>graph</source>
        <translation>graphe</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57" />
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57" />
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="57" />
        <source>layer bytes</source>
        <translation>octets des couches</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="68" />
        <source>not in the memory report: no room</source>
        <translation>absent du rapport mémoire : pas de place</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="78" />
        <source>CPU: layers %1 (%2); with input weights and the CPU's graph %3. System memory: %4 free + %5 swap.</source>
        <translation>CPU : couches %1 (%2) ; avec les poids d'entrée et le graphe du CPU, %3. Mémoire système : libre %4 + swap %5.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="90" />
        <source>num_gpu asks for %1 layers.</source>
        <translation>num_gpu demande %1 couches.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="95" />
        <source>the smallest layer left on the CPU needs %1.</source>
        <translation>la plus petite couche restée sur le CPU nécessite %1.</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="96" />
        <source>the smallest layer left on the CPU needs %1; the most room left on one GPU is %2 (%3).</source>
        <translation>la plus petite couche restée sur le CPU nécessite %1 ; la plus grande place restante sur un GPU est de %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/widgets/planexplanationtext.cpp" line="100" />
        <source>Limit: %1</source>
        <translation>Limite : %1</translation>
    </message>
</context>
<context>
    <name>vramscope::PlanSettingsForm</name>
    <message>
        <location filename="../ui/plansettingsform.ui" line="13" />
        <source>&amp;num_gpu:</source>
        <translation>num_&amp;gpu :</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="32" />
        <source>as many as fit (-1)</source>
        <translation>autant que possible (-1)</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="35" />
        <source>Layers to put on GPUs, as ollama's num_gpu option; -1 lets ollama fit as many as it can</source>
        <translation>Nombre de couches à placer sur les GPU, comme l'option num_gpu d'ollama ; -1 laisse ollama en placer autant que possible</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="42" />
        <source>GPU &amp;overhead:</source>
        <translation>&amp;Surcoût GPU :</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="52" />
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="61" />
        <source>OLLAMA_GPU_OVERHEAD: memory ollama leaves free on every GPU; the fit bars reserve it too</source>
        <translation>OLLAMA_GPU_OVERHEAD : mémoire qu'ollama laisse libre sur chaque GPU ; les barres d'occupation la réservent aussi</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="68" />
        <source>&amp;Spread over all GPUs</source>
        <translation>Répartir s&amp;ur tous les GPU</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="71" />
        <source>OLLAMA_SCHED_SPREAD: use every GPU of a library instead of as few as possible</source>
        <translation>OLLAMA_SCHED_SPREAD : utiliser tous les GPU d'une bibliothèque plutôt que le moins possible</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="78" />
        <source>&amp;Require full offload</source>
        <translation>E&amp;xiger toutes les couches sur GPU</translation>
    </message>
    <message>
        <location filename="../ui/plansettingsform.ui" line="81" />
        <source>Refuse unless the whole model fits on GPUs, as ollama does when asked to</source>
        <translation>Refuser si le modèle entier ne tient pas sur les GPU, comme le fait ollama quand on le lui demande</translation>
    </message>
</context>
<context>
    <name>vramscope::Poller</name>
    <message>
        <location filename="../src/net/poller.cpp" line="42" />
        <source>waiting for the first answer from %1</source>
        <translation>en attente de la première réponse de %1</translation>
    </message>
    <message>
        <location filename="../src/net/poller.cpp" line="148" />
        <source>%1: no answer yet after %2 s, slower than the polling interval; showing the last data read</source>
        <translation>%1 : toujours pas de réponse après %2 s, plus lent que l'intervalle d'interrogation ; affichage des dernières données lues</translation>
    </message>
</context>
<context>
    <name>vramscope::ProcessTableModel</name>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="45" />
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="47" />
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="49" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="51" />
        <source>GPU memory</source>
        <translation>Mémoire GPU</translation>
    </message>
    <message>
        <location filename="../src/models/processtablemodel.cpp" line="53" />
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerCall</name>
    <message>
        <location filename="../src/net/runnercall.cpp" line="38" />
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="124" />
        <source>%1 %2 at %3</source>
        <extracomment>HTTP method, path and endpoint: "GET /info at 127.0.0.1:8080".</extracomment>
        <translation>%1 %2 à %3</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="148" />
        <source>%1: no complete answer within %2 s</source>
        <translation>%1 : pas de réponse complète en %2 s</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="150" />
        <source>%1: no complete answer within %2 s (%3 bytes of the body came)</source>
        <translation>%1 : pas de réponse complète en %2 s (%3 octets du corps reçus)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="155" />
        <source>%1: the answer is larger than the %2 limit; not a runner's JSON</source>
        <translation>%1 : la réponse dépasse la limite de %2 ; ce n'est pas le JSON d'un runner</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="162" />
        <source>%1: %2</source>
        <extracomment>Where the request went, then what went wrong, as Qt says it.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="167" />
        <source>%1: connection refused (no runner listening there)</source>
        <translation>%1 : connexion refusée (aucun runner n'y écoute)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="170" />
        <source>%1: host %2 not found</source>
        <translation>%1 : hôte %2 introuvable</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="177" />
        <source>%1: the runner closed the connection without answering</source>
        <translation>%1 : le runner a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="180" />
        <source>%1: the runner closed the connection after %2 bytes of the body</source>
        <translation>%1 : le runner a fermé la connexion après %2 octets du corps</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="184" />
        <source>%1: the runner closed the connection after %2 of %3 bytes of the body</source>
        <translation>%1 : le runner a fermé la connexion après %2 octets du corps sur %3</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="190" />
        <source>%1: broken HTTP answer: %2</source>
        <translation>%1 : réponse HTTP défectueuse : %2</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="217" />
        <source>%1: free vram reporting not supported (404: an older runner without /info)</source>
        <translation>%1 : signalement de la VRAM libre non pris en charge (404 : un runner plus ancien sans /info)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="219" />
        <source>%1: this runner has no %2 (404)</source>
        <translation>%1 : ce runner n'a pas de %2 (404)</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="226" />
        <source>%1: HTTP %2 redirect to '%3', not followed: a runner never redirects</source>
        <translation>%1 : redirection HTTP %2 vers « %3 » non suivie : un runner ne redirige jamais</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="238" />
        <source>%1: HTTP %2: %3</source>
        <translation>%1 : HTTP %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/net/runnercall.cpp" line="257" />
        <source>%1: bad body: %2</source>
        <translation>%1 : corps illisible : %2</translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerHealth</name>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="12" />
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="14" />
        <source>no slots available</source>
        <translation>aucun slot libre</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="16" />
        <source>launched</source>
        <translation>lancé</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="18" />
        <source>loading model</source>
        <translation>chargement du modèle</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="20" />
        <source>not responding</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <location filename="../src/core/runnerhealth.cpp" line="22" />
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerQuery</name>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="53" />
        <source>failed to finish discovery before timeout (%1 s, %n attempt); last attempt: %2</source>
        <extracomment>Starts with ollama's own words for this failure.</extracomment>
        <translation><numerusform>la détection n'a pas abouti avant l'expiration du délai (%1 s, %n tentative) ; dernière tentative : %2</numerusform><numerusform>la détection n'a pas abouti avant l'expiration du délai (%1 s, %n tentatives) ; dernière tentative : %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="56" />
        <source>failed to finish discovery before timeout (%1 s, %n attempts); last attempt: %2</source>
        <translation><numerusform>la détection n'a pas abouti avant l'expiration du délai (%1 s, %n tentative) ; dernière tentative : %2</numerusform><numerusform>la détection n'a pas abouti avant l'expiration du délai (%1 s, %n tentatives) ; dernière tentative : %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="62" />
        <source>no answer from %1 before the timeout (%2 s, %n attempt); last attempt: %3</source>
        <translation><numerusform>pas de réponse de %1 avant l'expiration du délai (%2 s, %n tentative) ; dernière tentative : %3</numerusform><numerusform>pas de réponse de %1 avant l'expiration du délai (%2 s, %n tentatives) ; dernière tentative : %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/net/runnerquery.cpp" line="65" />
        <source>no answer from %1 before the timeout (%2 s, %n attempts); last attempt: %3</source>
        <translation><numerusform>pas de réponse de %1 avant l'expiration du délai (%2 s, %n tentative) ; dernière tentative : %3</numerusform><numerusform>pas de réponse de %1 avant l'expiration du délai (%2 s, %n tentatives) ; dernière tentative : %3</numerusform></translation>
    </message>
</context>
<context>
    <name>vramscope::RunnerSourceKind</name>
    <message>
        <location filename="../src/workspace/runnersourcekind.cpp" line="19" />
        <source>ollama runner</source>
        <translation>runner ollama</translation>
    </message>
    <message>
        <location filename="../src/workspace/runnersourcekind.cpp" line="24" />
        <source>HOST:PORT of an ollama runner (the --port of 'ollama runner'), e.g. 127.0.0.1:40123</source>
        <translation>HOST:PORT d’un runner ollama (le --port de « ollama runner »), p. ex. 127.0.0.1:40123</translation>
    </message>
</context>
<context>
    <name>vramscope::SourceDelegate</name>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="36" />
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="39" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="42" />
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="45" />
        <source>unsupported: no /info (older runner)</source>
        <translation>non pris en charge : pas de /info (runner plus ancien)</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="48" />
        <source>runner error</source>
        <translation>erreur du runner</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="51" />
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="54" />
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="57" />
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/widgets/sourcedelegate.cpp" line="69" />
        <source>(data %n s old)</source>
        <translation>
            <numerusform>(données vieilles de %n s)</numerusform>
            <numerusform>(données vieilles de %n s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="101" />
        <source>[simulated]</source>
        <translation>[simulé]</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="103" />
        <source>[found here]</source>
        <translation>[trouvé ici]</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcedelegate.cpp" line="105" />
        <source>[remote]</source>
        <translation>[distant]</translation>
    </message>
</context>
<context>
    <name>vramscope::SourceDialog</name>
    <message>
        <location filename="../ui/sourcedialog.ui" line="5" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="11" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="17" />
        <source>What kind of source to watch</source>
        <translation>Le type de source à surveiller</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="22" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="31" />
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="37" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="46" />
        <source>Allow a &amp;remote host</source>
        <translation>Autoriser un hôte &amp;distant</translation>
    </message>
    <message>
        <location filename="../ui/sourcedialog.ui" line="47" />
        <source>Sources on another machine send its GPU list over the network; they are marked remote wherever they show</source>
        <translation>Les sources d’une autre machine envoient sa liste de GPU par le réseau ; elles sont marquées distantes partout où elles apparaissent</translation>
    </message>
</context>
<context>
    <name>vramscope::SourcesDock</name>
    <message>
        <location filename="../ui/sourcesdock.ui" line="5" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="11" />
        <source>Watched sources: state, what they are doing, and load progress</source>
        <translation>Sources surveillées : état, ce qu’elles font et progression du chargement</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="19" />
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="20" />
        <source>Watch another source</source>
        <translation>Surveiller une autre source</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="25" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="26" />
        <source>Change the selected source's address or interval</source>
        <translation>Changer l’adresse ou l’intervalle de la source choisie</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="31" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="32" />
        <source>Stop watching the selected source</source>
        <translation>Ne plus surveiller la source choisie</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="46" />
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="52" />
        <source>How often the selected source is polled</source>
        <translation>Fréquence d’interrogation de la source choisie</translation>
    </message>
    <message>
        <location filename="../ui/sourcesdock.ui" line="53" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcesdock.cpp" line="63" />
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <location filename="../src/widgets/sourcesdock.cpp" line="89" />
        <source>Edit Source</source>
        <translation>Modifier la source</translation>
    </message>
</context>
<context>
    <name>vramscope::SplitMeasurement</name>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="28" />
        <source>Could not ask the runner whether it is free: %1</source>
        <translation>Impossible de demander au runner s'il est libre : %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="33" />
        <source>The runner at %1 is busy (%2). A runner measures a split only before a model is loaded, while /health says "launched"; start a fresh runner to measure.</source>
        <translation>Le runner à %1 est occupé (%2). Un runner ne mesure une répartition qu’avant le chargement d’un modèle, tant que /health indique « launched » ; lancez un nouveau runner pour mesurer.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="56" />
        <source>The runner refused: %1. It has loaded a model since it said "launched"; start a fresh runner to measure.</source>
        <translation>Le runner a refusé : %1. Il a chargé un modèle depuis qu’il indiquait « launched » ; lancez un nouveau runner pour mesurer.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="59" />
        <source>The runner refused: %1</source>
        <translation>Le runner a refusé : %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="62" />
        <source>No answer to the fit: %1. Measuring reads the model; a large one on a busy machine can take longer. Check the runner's log.</source>
        <translation>Pas de réponse à la mesure : %1. La mesure lit le modèle ; pour un gros modèle sur une machine chargée, cela peut prendre plus longtemps. Consultez le journal du runner.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="67" />
        <source>The runner went away: %1</source>
        <translation>Le runner a disparu : %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="70" />
        <source>The runner's answer is unusable: %1</source>
        <translation>La réponse du runner est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="76" />
        <source>The runner says this split does not fit: it ran out of memory measuring it ("Success": false). The numbers it was attempting are shown; red bars show where.</source>
        <translation>Selon le runner, cette répartition ne tient pas : il a manqué de mémoire en la mesurant ("Success": false). Les valeurs qu'il tentait d'allouer sont affichées ; les barres rouges montrent où.</translation>
    </message>
    <message>
        <location filename="../src/net/splitmeasurement.cpp" line="85" />
        <source>The runner measured the split: %1 on GPUs, %2 in system memory.</source>
        <translation>Le runner a mesuré la répartition : %1 sur les GPU, %2 en mémoire système.</translation>
    </message>
</context>
<context>
    <name>vramscope::WindowOptions</name>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="24" />
        <source>Watch the ollama runner at HOST:PORT (repeatable).</source>
        <translation>Surveiller le runner ollama à HOST:PORT (répétable).</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="29" />
        <source>Allow sources off this machine.</source>
        <translation>Autoriser des sources hors de cette machine.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="31" />
        <source>Start the simulated runners and watch them.</source>
        <translation>Démarrer les runners simulés et les surveiller.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="35" />
        <source>Start the simulated runners when no source is saved or found.</source>
        <translation>Démarrer les runners simulés si aucune source n’est enregistrée ni trouvée.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="39" />
        <source>Ignore saved sources and window layout, and save nothing.</source>
        <translation>Ignorer les sources et la disposition enregistrées, et ne rien enregistrer.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="42" />
        <source>Render the window to FILE (PNG) after --after seconds, then exit.</source>
        <translation>Enregistrer une image de la fenêtre dans FILE (PNG) après --after secondes, puis quitter.</translation>
    </message>
    <message>
        <location filename="../src/cli/windowoptions.cpp" line="47" />
        <source>Seconds before the screenshot (default 5).</source>
        <translation>Secondes avant la capture d'écran (5 par défaut).</translation>
    </message>
</context>
<context>
    <name>vramscope::WireError</name>
    <message>
        <location filename="../src/core/wireerror.cpp" line="12" />
        <source>%1: %2</source>
        <extracomment>A field path such as "[2].total_memory", then what is wrong with it.</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vramscope::WireFormat</name>
    <message>
        <location filename="../src/core/wireformat.cpp" line="102" />
        <source>a string</source>
        <extracomment>What a JSON value is, after "got".</extracomment>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="105" />
        <source>an array</source>
        <extracomment>What a JSON value is, after "got".</extracomment>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="108" />
        <source>an object</source>
        <extracomment>What a JSON value is, after "got".</extracomment>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="113" />
        <source>a number past %1</source>
        <extracomment>What a JSON value is, after "got".</extracomment>
        <translation>un nombre au-delà de %1</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="121" />
        <source>nothing</source>
        <extracomment>What a JSON value is, after "got": the field is missing.</extracomment>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="131" />
        <source>expected a non-negative integer, got %1</source>
        <translation>entier positif ou nul attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="145" />
        <source>expected an integer, got %1</source>
        <translation>entier attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="148" />
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>entier de %1 à %2 attendu, obtenu %3</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="160" />
        <source>expected true or false, got %1</source>
        <translation>true ou false attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="171" />
        <source>expected a string, got %1</source>
        <translation>chaîne attendue, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="181" />
        <source>expected an object, got %1</source>
        <translation>objet attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="193" />
        <source>expected an array, got %1</source>
        <translation>tableau attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="201" />
        <source>a null element where a value belongs</source>
        <translation>un élément null là où une valeur est attendue</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="357" />
        <source>expected a number from 0 to 1, got %1</source>
        <translation>nombre de 0 à 1 attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="563" />
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l'octet %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="584" />
        <source>expected a JSON array, got %1</source>
        <translation>tableau JSON attendu, obtenu %1</translation>
    </message>
    <message>
        <location filename="../src/core/wireformat.cpp" line="593" />
        <source>expected a JSON object, got %1</source>
        <translation>objet JSON attendu, obtenu %1</translation>
    </message>
</context>
<context>
    <name>vramscope::Workspace</name>
    <message>
        <location filename="../src/workspace/workspace.cpp" line="54" />
        <source>unknown kind of source '%1'</source>
        <translation>type de source inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../src/workspace/workspace.cpp" line="63" />
        <source>%1 is watched already</source>
        <translation>%1 est déjà surveillé</translation>
    </message>
    <message>
        <location filename="../src/workspace/workspace.cpp" line="99" />
        <source>%1 is not watched any more</source>
        <translation>%1 n’est plus surveillé</translation>
    </message>
</context>
</TS>
