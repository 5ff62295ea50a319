<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../gui/dock.py" line="27" />
        <source>Creative Layers</source>
        <translation>Couches créatives</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="39" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="43" />
        <source>Creative Layers panel</source>
        <translation>Panneau Couches créatives</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="47" />
        <source>Show or hide the Creative Layers panel</source>
        <translation>Afficher ou masquer le panneau Couches créatives</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="57" />
        <source>&amp;Creative Layers</source>
        <translation>&amp;Couches créatives</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="17" />
        <source>Creative map</source>
        <translation>Carte créative</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="20" />
        <source>Creative map (Creative Layers {version})</source>
        <translation>Carte créative (Couches créatives {version})</translation>
    </message>
    <message>
        <location filename="../toolbelt/task.py" line="61" />
        <source>{task} was cancelled; nothing was left half done.</source>
        <translation>{task} a été annulé ; rien n'est resté à moitié fait.</translation>
    </message>
    <message>
        <location filename="../toolbelt/task.py" line="62" />
        <source>{task} failed unexpectedly; the details are in the log panel (Creative Layers).</source>
        <translation>{task} a échoué de façon inattendue ; les détails sont dans le panneau de journalisation (Creative Layers).</translation>
    </message>
</context>
<context>
    <name>CreativeMapDockBase</name>
    <message>
        <location filename="../gui/dock.ui" line="22" />
        <source>Multi-layer creative map</source>
        <translation>Carte créative multicouche</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="37" />
        <source>Working copy</source>
        <translation>Copie de travail</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="41" />
        <source>No creative map is open yet.</source>
        <translation>Aucune carte créative n'est encore ouverte.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="51" />
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="55" />
        <source>Edit the creative map's layers, annotate the competition site in Hội An's central park and publish to the shared server.</source>
        <translation>Modifiez les couches de la carte créative, annotez le site du concours dans le parc central de Hội An et publiez sur le serveur partagé.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="61" />
        <source>Show the log messages</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="62" />
        <source>Open QGIS's log panel, where Creative Layers writes what it did and the details of any error.</source>
        <translation>Ouvre le panneau de journalisation de QGIS, où Couches créatives consigne ce qu'il a fait et le détail de chaque erreur.</translation>
    </message>
</context>
</TS>