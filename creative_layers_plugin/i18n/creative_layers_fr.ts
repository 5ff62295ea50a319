<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../gui/dock.py" line="56" />
        <source>Creative Layers</source>
        <translation>Couches créatives</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="68" />
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="47" />
        <source>Creative Layers panel</source>
        <translation>Panneau Couches créatives</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="51" />
        <source>Show or hide the Creative Layers panel</source>
        <translation>Afficher ou masquer le panneau Couches créatives</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="61" />
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
    <message>
        <location filename="../core/workspace.py" line="76" />
        <source>The layer {layer} cannot be read from {path}: the file may be damaged.</source>
        <translation>La couche {layer} ne peut pas être lue dans {path} : le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="112" />
        <source>Unknown city {city}: choose one of {choices}.</source>
        <translation>Ville inconnue {city} : choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="115" />
        <source>A workspace is a GeoPackage: give a file name ending in .gpkg.</source>
        <translation>Un espace de travail est un GeoPackage : donnez un nom de fichier se terminant par .gpkg.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="118" />
        <source>{path} already exists: choose another name, or open it instead.</source>
        <translation>{path} existe déjà : choisissez un autre nom, ou ouvrez-le.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="123" />
        <source>The folder {folder} does not exist or cannot be written to: choose another folder.</source>
        <translation>Le dossier {folder} n'existe pas ou n'est pas accessible en écriture : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="170" />
        <source>The workspace could not be written ({detail}): check the disk space and the folder's permissions.</source>
        <translation>L'espace de travail n'a pas pu être écrit ({detail}) : vérifiez l'espace disque et les droits du dossier.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="213" />
        <source>{count} records could not be added to {layer}: {detail}</source>
        <translation>{count} enregistrements n'ont pas pu être ajoutés à {layer} : {detail}</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="262" />
        <source>{path} does not exist: choose an existing workspace or create one.</source>
        <translation>{path} n'existe pas : choisissez un espace de travail existant ou créez-en un.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="264" />
        <source>{path} is not a GeoPackage: choose a workspace file (.gpkg) made by Creative Layers.</source>
        <translation>{path} n'est pas un GeoPackage : choisissez un fichier d'espace de travail (.gpkg) créé par Couches créatives.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="273" />
        <source>{path} is an SQLite database but not a GeoPackage: choose a workspace made by Creative Layers.</source>
        <translation>{path} est une base SQLite mais pas un GeoPackage : choisissez un espace de travail créé par Couches créatives.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="278" />
        <source>{path} is a GeoPackage but not a Creative Layers workspace: create a workspace and import its layers with Import records.</source>
        <translation>{path} est un GeoPackage mais pas un espace de travail de Couches créatives : créez un espace de travail et importez-y ses couches avec Importer des enregistrements.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="284" />
        <source>{path} cannot be read as a GeoPackage ({detail}): it may be damaged; open a backup copy.</source>
        <translation>{path} ne peut pas être lu comme GeoPackage ({detail}) : il est peut-être endommagé ; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="291" />
        <source>{path} was made by a newer Creative Layers (schema version {found}, this plugin knows {known}): update the plugin to open it.</source>
        <translation>{path} a été créé par une version plus récente de Couches créatives (schéma {found}, cette extension connaît {known}) : mettez l'extension à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="315" />
        <source>{path} is read-only: copy it to a folder you can write to, or change its permissions.</source>
        <translation>{path} est en lecture seule : copiez-le dans un dossier accessible en écriture, ou changez ses droits.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="325" />
        <source>{path} is being written by another program: close it there (or wait for it to finish) and try again.</source>
        <translation>{path} est en cours d'écriture par un autre programme : fermez-le là-bas (ou attendez la fin) et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="362" />
        <source>The workspace could not be brought up to date (layer {layer}): restore it from a backup and report the problem.</source>
        <translation>L'espace de travail n'a pas pu être mis à jour (couche {layer}) : restaurez-le depuis une sauvegarde et signalez le problème.</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="54" />
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="89" />
        <source>All creative fields</source>
        <translation>Tous les domaines créatifs</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="96" />
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="104" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="104" />
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="110" />
        <source>Opening {name}</source>
        <translation>Ouverture de {name}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="113" />
        <source>Creating {name}</source>
        <translation>Création de {name}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="182" />
        <source>Showing {shown} of {total} features.</source>
        <translation>{shown} entités affichées sur {total}.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="195" />
        <source>No creative map is open yet.</source>
        <translation>Aucune carte créative n'est encore ouverte.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="197" />
        <source>{name}: {count} features in {layers} layers.</source>
        <translation>{name} : {count} entités dans {layers} couches.</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="31" />
        <source>Create a workspace</source>
        <translation>Créer un espace de travail</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="43" />
        <source>Creates a working copy of the creative map: a GeoPackage with every layer of the map (in EPSG:5899 for Hội An and Tam Kỳ, EPSG:5897 for Hà Nội), their value lists in three languages, and, if asked, the sample data of the chosen city.</source>
        <translation>Crée une copie de travail de la carte créative : un GeoPackage avec toutes les couches de la carte (en EPSG:5899 pour Hội An et Tam Kỳ, EPSG:5897 pour Hà Nội), leurs listes de valeurs en trois langues et, si demandé, les données d'exemple de la ville choisie.</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="53" />
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="55" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="59" />
        <source>Add the sample data</source>
        <translation>Ajouter les données d'exemple</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="60" />
        <source>Features written</source>
        <translation>Entités écrites</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="71" />
        <source>{count} features written to {path}.</source>
        <translation>{count} entités écrites dans {path}.</translation>
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
        <location filename="../gui/dock.ui" line="119" />
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="123" />
        <source>Edit the creative map's layers, annotate the competition site in Hội An's central park and publish to the shared server.</source>
        <translation>Modifiez les couches de la carte créative, annotez le site du concours dans le parc central de Hội An et publiez sur le serveur partagé.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="129" />
        <source>Show the log messages</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="130" />
        <source>Open QGIS's log panel, where Creative Layers writes what it did and the details of any error.</source>
        <translation>Ouvre le panneau de journalisation de QGIS, où Couches créatives consigne ce qu'il a fait et le détail de chaque erreur.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="48" />
        <source>Open a workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="49" />
        <source>Open a creative-map workspace (GeoPackage) and add its layers to the project.</source>
        <translation>Ouvre un espace de travail de la carte créative (GeoPackage) et ajoute ses couches au projet.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="56" />
        <source>The city whose sample data the new workspace receives.</source>
        <translation>La ville dont les données d'exemple sont placées dans le nouvel espace de travail.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="61" />
        <source>New from sample…</source>
        <translation>Nouveau à partir de l'exemple…</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="62" />
        <source>Create a workspace with the sample data of the chosen city and open it.</source>
        <translation>Crée un espace de travail avec les données d'exemple de la ville choisie et l'ouvre.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="76" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="86" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="90" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="98" />
        <source>Creative field</source>
        <translation>Domaine créatif</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="106" />
        <source>Zoom to the city</source>
        <translation>Zoomer sur la ville</translation>
    </message>
</context>
</TS>