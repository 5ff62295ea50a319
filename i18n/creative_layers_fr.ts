<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="75"/>
        <source>Creative Layers</source>
        <translation>Couches créatives</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="87"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/plugin.py" line="48"/>
        <source>Creative Layers panel</source>
        <translation>Panneau Couches créatives</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/plugin.py" line="52"/>
        <source>Show or hide the Creative Layers panel</source>
        <translation>Afficher ou masquer le panneau Couches créatives</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/plugin.py" line="67"/>
        <source>&amp;Creative Layers</source>
        <translation>&amp;Couches créatives</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/provider.py" line="17"/>
        <source>Creative map</source>
        <translation>Carte créative</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/provider.py" line="20"/>
        <source>Creative map (Creative Layers {version})</source>
        <translation>Carte créative (Couches créatives {version})</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/toolbelt/task.py" line="61"/>
        <source>{task} was cancelled; nothing was left half done.</source>
        <translation>{task} a été annulé ; rien n'est resté à moitié fait.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/toolbelt/task.py" line="62"/>
        <source>{task} failed unexpectedly; the details are in the log panel (Creative Layers).</source>
        <translation>{task} a échoué de façon inattendue ; les détails sont dans le panneau de journalisation (Creative Layers).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="79"/>
        <source>The layer {layer} cannot be read from {path}: the file may be damaged.</source>
        <translation>La couche {layer} ne peut pas être lue dans {path} : le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="115"/>
        <source>Unknown city {city}: choose one of {choices}.</source>
        <translation>Ville inconnue {city} : choisissez parmi {choices}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="118"/>
        <source>A workspace is a GeoPackage: give a file name ending in .gpkg.</source>
        <translation>Un espace de travail est un GeoPackage : donnez un nom de fichier se terminant par .gpkg.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="121"/>
        <source>{path} already exists: choose another name, or open it instead.</source>
        <translation>{path} existe déjà : choisissez un autre nom, ou ouvrez-le.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="126"/>
        <source>The folder {folder} does not exist or cannot be written to: choose another folder.</source>
        <translation>Le dossier {folder} n'existe pas ou n'est pas accessible en écriture : choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="179"/>
        <source>The workspace could not be written ({detail}): check the disk space and the folder&apos;s permissions.</source>
        <translation>L'espace de travail n'a pas pu être écrit ({detail}) : vérifiez l'espace disque et les droits du dossier.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="222"/>
        <source>{count} records could not be added to {layer}: {detail}</source>
        <translation>{count} enregistrements n'ont pas pu être ajoutés à {layer} : {detail}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="39"/>
        <source>{path} does not exist: choose an existing workspace or create one.</source>
        <translation>{path} n'existe pas : choisissez un espace de travail existant ou créez-en un.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="41"/>
        <source>{path} is not a GeoPackage: choose a workspace file (.gpkg) made by Creative Layers.</source>
        <translation>{path} n'est pas un GeoPackage : choisissez un fichier d'espace de travail (.gpkg) créé par Couches créatives.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="50"/>
        <source>{path} is an SQLite database but not a GeoPackage: choose a workspace made by Creative Layers.</source>
        <translation>{path} est une base SQLite mais pas un GeoPackage : choisissez un espace de travail créé par Couches créatives.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="55"/>
        <source>{path} is a GeoPackage but not a Creative Layers workspace: create a workspace and import its layers with Import records.</source>
        <translation>{path} est un GeoPackage mais pas un espace de travail de Couches créatives : créez un espace de travail et importez-y ses couches avec Importer des enregistrements.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="61"/>
        <source>{path} cannot be read as a GeoPackage ({detail}): it may be damaged; open a backup copy.</source>
        <translation>{path} ne peut pas être lu comme GeoPackage ({detail}) : il est peut-être endommagé ; ouvrez une copie de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="68"/>
        <source>{path} was made by a newer Creative Layers (schema version {found}, this plugin knows {known}): update the plugin to open it.</source>
        <translation>{path} a été créé par une version plus récente de Couches créatives (schéma {found}, cette extension connaît {known}) : mettez l'extension à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="113"/>
        <source>{path} is read-only: copy it to a folder you can write to, or change its permissions.</source>
        <translation>{path} est en lecture seule : copiez-le dans un dossier accessible en écriture, ou changez ses droits.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="123"/>
        <source>{path} is being written by another program: close it there (or wait for it to finish) and try again.</source>
        <translation>{path} est en cours d'écriture par un autre programme : fermez-le là-bas (ou attendez la fin) et réessayez.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="188"/>
        <source>The workspace could not be brought up to date (layer {layer}): restore it from a backup and report the problem.</source>
        <translation>L'espace de travail n'a pas pu être mis à jour (couche {layer}) : restaurez-le depuis une sauvegarde et signalez le problème.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="39"/>
        <source>All cities</source>
        <translation>Toutes les villes</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="123"/>
        <source>All creative fields</source>
        <translation>Tous les domaines créatifs</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="130"/>
        <source>Open a workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="138"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="138"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="144"/>
        <source>Opening {name}</source>
        <translation>Ouverture de {name}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="147"/>
        <source>Creating {name}</source>
        <translation>Création de {name}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="265"/>
        <source>Showing {shown} of {total} features.</source>
        <translation>{shown} entités affichées sur {total}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="278"/>
        <source>No creative map is open yet.</source>
        <translation>Aucune carte créative n'est encore ouverte.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="280"/>
        <source>{name}: {count} features in {layers} layers.</source>
        <translation>{name} : {count} entités dans {layers} couches.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="28"/>
        <source>Create a workspace</source>
        <translation>Créer un espace de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="31"/>
        <source>Creates a working copy of the creative map: a GeoPackage with every layer of the map (in EPSG:5899 for Hội An and Tam Kỳ, EPSG:5897 for Hà Nội), their value lists in three languages, and, if asked, the sample data of the chosen city.</source>
        <translation>Crée une copie de travail de la carte créative : un GeoPackage avec toutes les couches de la carte (en EPSG:5899 pour Hội An et Tam Kỳ, EPSG:5897 pour Hà Nội), leurs listes de valeurs en trois langues et, si demandé, les données d'exemple de la ville choisie.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="51"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="40"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="44"/>
        <source>Add the sample data</source>
        <translation>Ajouter les données d'exemple</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="45"/>
        <source>Features written</source>
        <translation>Entités écrites</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="56"/>
        <source>{count} features written to {path}.</source>
        <translation>{count} entités écrites dans {path}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="101"/>
        <source>The row has no city and no place to find it from: fill the column city.</source>
        <translation>La ligne n'a ni ville ni emplacement permettant de la déterminer : remplissez la colonne city.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="104"/>
        <source>The city {city} is not in this workspace ({cities}): import the row into a workspace made for that city.</source>
        <translation>La ville {city} ne fait pas partie de cet espace de travail ({cities}) : importez la ligne dans un espace de travail créé pour cette ville.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="119"/>
        <source>The place lies {km} km from the centre of {city}: check the coordinates (longitude in x, latitude in y) and their coordinate system.</source>
        <translation>L'emplacement se trouve à {km} km du centre de {city} : vérifiez les coordonnées (longitude dans x, latitude dans y) et leur système de coordonnées.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="139"/>
        <source>The geometry in the column {column} is not WKT: write it as POINT (108.33 15.88) or POLYGON ((...)).</source>
        <translation>La géométrie de la colonne {column} n'est pas du WKT : écrivez-la sous la forme POINT (108.33 15.88) ou POLYGON ((...)).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="154"/>
        <source>The coordinates cannot be transformed to {crs}: check them and their coordinate system.</source>
        <translation>Les coordonnées ne peuvent pas être transformées vers {crs} : vérifiez-les, ainsi que leur système de coordonnées.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="169"/>
        <source>The coordinates x={x}, y={y} are not two numbers: write them as decimal degrees, such as x=108.3341, y=15.8803.</source>
        <translation>Les coordonnées x={x}, y={y} ne sont pas deux nombres : écrivez-les en degrés décimaux, par exemple x=108.3341, y=15.8803.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="177"/>
        <source>The coordinates x={x}, y={y} look swapped: put the longitude in x and the latitude in y.</source>
        <translation>Les coordonnées x={x}, y={y} semblent inversées : mettez la longitude dans x et la latitude dans y.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="182"/>
        <source>The coordinates x={x}, y={y} are not longitude and latitude: give the coordinate system of the file when importing it.</source>
        <translation>Les coordonnées x={x}, y={y} ne sont pas une longitude et une latitude : indiquez le système de coordonnées du fichier lors de son importation.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="194"/>
        <source>The geometry is a {found}, but the layer {layer} holds {wanted} geometries: import the row into a layer of that kind.</source>
        <translation>La géométrie est de type {found}, mais la couche {layer} contient des géométries de type {wanted} : importez la ligne dans une couche de ce type.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="213"/>
        <source>The geometry is invalid and cannot be repaired: correct it in the source file.</source>
        <translation>La géométrie n'est pas valide et ne peut pas être réparée : corrigez-la dans le fichier source.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="219"/>
        <source>The geometry has {count} parts but the layer {layer} holds one part per record: split it into one row per part.</source>
        <translation>La géométrie a {count} parties mais la couche {layer} n'en contient qu'une par enregistrement : séparez-la en une ligne par partie.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="94"/>
        <source>{path} does not exist: choose the file to import.</source>
        <translation>{path} n'existe pas : choisissez le fichier à importer.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="97"/>
        <source>{path} is not a CSV, GeoJSON or shapefile: export the records in one of these formats and import that file.</source>
        <translation>{path} n'est ni un CSV, ni un GeoJSON, ni un shapefile : exportez les enregistrements dans l'un de ces formats et importez ce fichier.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="107"/>
        <source>{path} is not written in UTF-8: save it again as CSV UTF-8 and import it.</source>
        <translation>{path} n'est pas encodé en UTF-8 : enregistrez-le de nouveau au format CSV UTF-8 et importez-le.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="115"/>
        <source>{path} cannot be read as a table of records: check that it is a complete CSV, GeoJSON or shapefile, with the column names on the first line.</source>
        <translation>{path} ne peut pas être lu comme une table d'enregistrements : vérifiez qu'il s'agit d'un fichier CSV, GeoJSON ou shapefile complet, avec les noms de colonnes sur la première ligne.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="148"/>
        <source>The field map entry {entry} has no equals sign: write the field map as column=field;other column=other_field.</source>
        <translation>L'entrée {entry} de la correspondance des champs n'a pas de signe égal : écrivez la correspondance sous la forme column=field;other column=other_field.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="188"/>
        <source>The field map names the column {column}, which {path} does not have: use one of {columns}.</source>
        <translation>La correspondance des champs nomme la colonne {column}, que {path} ne contient pas : utilisez l'une des colonnes {columns}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="198"/>
        <source>The field map names the field {field}, which the layer {layer} does not have: use one of {fields}, x or y.</source>
        <translation>La correspondance des champs nomme le champ {field}, que la couche {layer} ne contient pas : utilisez l'un des champs {fields}, x ou y.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="231"/>
        <source>No column of {path} matches a field of the layer {layer}: name the columns after its fields ({fields}) or give a field map.</source>
        <translation>Aucune colonne de {path} ne correspond à un champ de la couche {layer} : nommez les colonnes d'après ses champs ({fields}) ou indiquez une correspondance des champs.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="122"/>
        <source>The text in the column {column} is longer than {length} characters: shorten it.</source>
        <translation>Le texte de la colonne {column} dépasse {length} caractères : raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="131"/>
        <source>The workspace has no layer {layer}: choose one of the creative map&apos;s layers.</source>
        <translation>L'espace de travail n'a pas de couche {layer} : choisissez l'une des couches de la carte créative.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="190"/>
        <source>The import was cancelled: nothing was changed in the workspace.</source>
        <translation>L'importation a été annulée : rien n'a été modifié dans l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="204"/>
        <source>The row has no uid and no {fields}: fill them, or add a uid column.</source>
        <translation>La ligne n'a ni uid ni {fields} : remplissez-les, ou ajoutez une colonne uid.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="211"/>
        <source>The row is the same record as row {row} (same uid or same {fields}): keep one of them, or tell them apart.</source>
        <translation>La ligne est le même enregistrement que la ligne {row} (même uid ou mêmes {fields}) : gardez-en une seule, ou distinguez-les.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="219"/>
        <source>The row has no place: fill x (longitude) and y (latitude), or import a file with geometries.</source>
        <translation>La ligne n'a pas d'emplacement : remplissez x (longitude) et y (latitude), ou importez un fichier avec des géométries.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="225"/>
        <source>The required field {field} is empty: fill the column {column}.</source>
        <translation>Le champ obligatoire {field} est vide : remplissez la colonne {column}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="232"/>
        <source>Row {row}: {reason}</source>
        <translation>Ligne {row} : {reason}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="315"/>
        <source>The records could not be written to the layer {layer}; nothing was changed: check that the workspace is not open for editing elsewhere, then import again.</source>
        <translation>Les enregistrements n'ont pas pu être écrits dans la couche {layer} ; rien n'a été modifié : vérifiez que l'espace de travail n'est pas ouvert en édition ailleurs, puis relancez l'importation.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="375"/>
        <source>The import report could not be written to {path}: choose another place for it.</source>
        <translation>Le rapport d'importation n'a pas pu être écrit dans {path} : choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="56"/>
        <source>Checking the basemap</source>
        <translation>Vérification du fond de carte</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="39"/>
        <source>Import records</source>
        <translation>Importer des enregistrements</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="42"/>
        <source>Imports records into a layer of the workspace from a CSV with x and y columns, a GeoJSON or a shapefile, including ArcGIS Survey123 exports: GlobalID becomes the uid, CreationDate, EditDate, Creator and Editor fill the record fields, and labels in Vietnamese, English or French become codes. Columns are matched to fields by name or label; a field map such as Tên tổ chức=name;Loại=actor_type overrides this. Importing the same file again updates its records instead of duplicating them. Rows that cannot be imported are listed with their row number and the reason in the report.</source>
        <translation>Importe des enregistrements dans une couche de l'espace de travail depuis un CSV avec des colonnes x et y, un GeoJSON ou un shapefile, y compris les exports ArcGIS Survey123 : GlobalID devient l'uid, CreationDate, EditDate, Creator et Editor remplissent les champs de l'enregistrement, et les libellés en vietnamien, en anglais ou en français deviennent des codes. Les colonnes sont associées aux champs par leur nom ou leur libellé ; une correspondance des champs comme Tên tổ chức=name;Loại=actor_type remplace cette association. Importer de nouveau le même fichier met à jour ses enregistrements au lieu de les dupliquer. Les lignes qui ne peuvent pas être importées sont listées dans le rapport avec leur numéro de ligne et la raison.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="52"/>
        <source>Records to import (CSV, GeoJSON or shapefile)</source>
        <translation>Enregistrements à importer (CSV, GeoJSON ou shapefile)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="53"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="56"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="59"/>
        <source>Field map (column=field;other=field2)</source>
        <translation>Correspondance des champs (column=field;other=field2)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="62"/>
        <source>Coordinate system of x and y columns (WGS 84 if empty)</source>
        <translation>Système de coordonnées des colonnes x et y (WGS 84 si vide)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="67"/>
        <source>Import report</source>
        <translation>Rapport d'importation</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="56"/>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="71"/>
        <source>Records added</source>
        <translation>Enregistrements ajoutés</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="72"/>
        <source>Records updated</source>
        <translation>Enregistrements mis à jour</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="73"/>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="111"/>
        <source>{imported} records added, {updated} updated, {rejected} rows rejected (see {report}).</source>
        <translation>{imported} enregistrements ajoutés, {updated} mis à jour, {rejected} lignes rejetées (voir {report}).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="96"/>
        <source>The date &quot;{value}&quot; in the column {column} cannot be read: write it as 2024-11-27 or 11/27/2024.</source>
        <translation>La date « {value} » de la colonne {column} ne peut pas être lue : écrivez-la sous la forme 2024-11-27 ou 11/27/2024.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="105"/>
        <source>The date and time &quot;{value}&quot; in the column {column} cannot be read: write it as 2024-11-27 11:19:00 or 11/27/2024 11:19:00 AM.</source>
        <translation>La date et l'heure « {value} » de la colonne {column} ne peuvent pas être lues : écrivez-les sous la forme 2024-11-27 11:19:00 ou 11/27/2024 11:19:00 AM.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="132"/>
        <source>The phone number &quot;{value}&quot; in the column {column} is not a phone number: write it as 0905 123 456 or +84 905 123 456.</source>
        <translation>La valeur « {value} » de la colonne {column} n'est pas un numéro de téléphone : écrivez le numéro sous la forme 0905 123 456 ou +84 905 123 456.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="137"/>
        <source>The email address &quot;{value}&quot; in the column {column} is not valid: write it as name@example.com.</source>
        <translation>L'adresse e-mail « {value} » de la colonne {column} n'est pas valide : écrivez-la sous la forme name@example.com.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="140"/>
        <source>The web address &quot;{value}&quot; in the column {column} is not valid: write it as https://example.com/page.</source>
        <translation>L'adresse web « {value} » de la colonne {column} n'est pas valide : écrivez-la sous la forme https://example.com/page.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="150"/>
        <source>The identifier &quot;{value}&quot; in the column {column} is not a UUID: correct it, or remove the column to let the import make identifiers.</source>
        <translation>L'identifiant « {value} » de la colonne {column} n'est pas un UUID : corrigez-le, ou supprimez la colonne pour que l'importation crée les identifiants.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="163"/>
        <source>The value &quot;{value}&quot; in the column {column} is not in the list {list}: use one of its codes or labels ({choices}).</source>
        <translation>La valeur « {value} » de la colonne {column} n'est pas dans la liste {list} : utilisez l'un de ses codes ou libellés ({choices}).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="196"/>
        <source>The value &quot;{value}&quot; in the column {column} is not in the list {list}: use its codes or labels ({choices}), separated by commas.</source>
        <translation>La valeur « {value} » de la colonne {column} n'est pas dans la liste {list} : utilisez ses codes ou libellés ({choices}), séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="218"/>
        <source>The value &quot;{value}&quot; in the column {column} is neither yes nor no: write yes, no, có or không.</source>
        <translation>La valeur « {value} » de la colonne {column} n'est ni yes ni no : écrivez yes, no, có ou không.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="246"/>
        <source>The value &quot;{value}&quot; in the column {column} is not a number: write digits only, such as 1500000.</source>
        <translation>La valeur « {value} » de la colonne {column} n'est pas un nombre : écrivez uniquement des chiffres, par exemple 1500000.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="253"/>
        <source>The value &quot;{value}&quot; in the column {column} is not a whole number: round it.</source>
        <translation>La valeur « {value} » de la colonne {column} n'est pas un nombre entier : arrondissez-la.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="263"/>
        <source>The value &quot;{value}&quot; in the column {column} is outside the allowed range ({low} to {high}): correct it.</source>
        <translation>La valeur « {value} » de la colonne {column} est hors de la plage autorisée ({low} à {high}) : corrigez-la.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="139"/>
        <source>No field matches the columns {columns}, so they were not imported: name them in the field map if they should be.</source>
        <translation>Aucun champ ne correspond aux colonnes {columns}, elles n'ont donc pas été importées : indiquez-les dans la correspondance des champs si elles doivent l'être.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="108"/>
        <source>{field} is required: fill it in.</source>
        <translation>{field} est obligatoire : remplissez-le.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="114"/>
        <source>{field} has {count} characters: shorten it to {maximum}.</source>
        <translation>{field} compte {count} caractères : raccourcissez le texte à {maximum} caractères.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="138"/>
        <source>{field}: “{value}” is not a code of the list {list}; store its code {code} ({label}).</source>
        <translation>{field} : « {value} » n'est pas un code de la liste {list} ; enregistrez son code {code} ({label}).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="142"/>
        <source>{field}: “{value}” is not in the list {list}; choose a value of the list.</source>
        <translation>{field} : « {value} » n'est pas dans la liste {list} ; choisissez une valeur de la liste.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="151"/>
        <source>{field} “{value}” is not in OpenStreetMap opening-hours syntax ({reason}): write it like {example}.</source>
        <translation>{field} « {value} » ne respecte pas la syntaxe des horaires d'ouverture OpenStreetMap ({reason}) : écrivez sur le modèle {example}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="161"/>
        <source>hours have two digits: {suggestion}, not {text}</source>
        <translation>les heures s'écrivent avec deux chiffres : {suggestion}, et non {text}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="163"/>
        <source>write {suggestion}, not {text}</source>
        <translation>écrivez {suggestion}, et non {text}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="165"/>
        <source>use the hyphen - between two times or days, not {text}</source>
        <translation>utilisez le trait d'union - entre deux heures ou deux jours, et non {text}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="167"/>
        <source>{text} is not a time of day</source>
        <translation>{text} n'est pas une heure de la journée</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="169"/>
        <source>{text} is out of range</source>
        <translation>{text} est hors limites</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="171"/>
        <source>{text} has no end time</source>
        <translation>{text} n'a pas d'heure de fin</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="173"/>
        <source>it stops in the middle of a rule</source>
        <translation>la valeur s'arrête au milieu d'une règle</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="175"/>
        <source>nothing follows “{text}”</source>
        <translation>rien ne suit « {text} »</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="176"/>
        <source>“{text}” is unexpected</source>
        <translation>« {text} » est inattendu</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="186"/>
        <source>{field} “{value}” is not in international form: write it as {suggestion}.</source>
        <translation>{field} « {value} » n'est pas au format international : écrivez {suggestion}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="188"/>
        <source>{field} “{value}” is not a phone number in international form: write +84 then the number without its first 0 and without spaces, e.g. +84905123456.</source>
        <translation>{field} « {value} » n'est pas un numéro de téléphone au format international : écrivez +84 puis le numéro sans son 0 initial et sans espaces, par exemple +84905123456.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="192"/>
        <source>{field} “{value}” is not an e-mail address: write it like name@example.com.</source>
        <translation>{field} « {value} » n'est pas une adresse e-mail : écrivez-la sous la forme name@example.com.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="197"/>
        <source>{field} “{value}” is not a complete web address: write it as {suggestion}.</source>
        <translation>{field} « {value} » n'est pas une adresse web complète : écrivez-la sous la forme {suggestion}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="199"/>
        <source>{field} “{value}” is not a web address: it must start with https:// or http:// and name a site, e.g. https://example.com.</source>
        <translation>{field} « {value} » n'est pas une adresse web : elle doit commencer par https:// ou http:// et nommer un site, par exemple https://example.com.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="202"/>
        <source>{field} “{value}” is not a valid identifier (UUID): let the plugin make it.</source>
        <translation>{field} « {value} » n'est pas un identifiant valide (UUID) : laissez l'extension le créer.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="210"/>
        <source>{field} “{value}” is not a whole number.</source>
        <translation>{field} « {value} » n'est pas un nombre entier.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="212"/>
        <source>{field} “{value}” is not a number.</source>
        <translation>{field} « {value} » n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="219"/>
        <source>{field} is {value}: it must be between {minimum} and {maximum}.</source>
        <translation>{field} vaut {value} : la valeur doit être comprise entre {minimum} et {maximum}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="221"/>
        <source>{field} is {value}: it must be at least {minimum}.</source>
        <translation>{field} vaut {value} : la valeur doit être au moins égale à {minimum}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="223"/>
        <source>{field} is {value}: it must be at most {maximum}.</source>
        <translation>{field} vaut {value} : la valeur ne doit pas dépasser {maximum}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="231"/>
        <source>{field} “{value}” is not yes or no.</source>
        <translation>{field} « {value} » n'est ni yes ni no.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="240"/>
        <source>{field} “{value}” is not a date: write it as YYYY-MM-DD, e.g. 2025-06-30.</source>
        <translation>{field} « {value} » n'est pas une date : écrivez-la sous la forme YYYY-MM-DD, par exemple 2025-06-30.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="242"/>
        <source>{field} “{value}” is not a date and time: write it as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>{field} « {value} » n'est pas une date et heure : écrivez-la sous la forme YYYY-MM-DDTHH:MM:SSZ.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="291"/>
        <source>{end} ({end_value}) is before {start} ({start_value}): correct one of the two dates.</source>
        <translation>{end} ({end_value}) précède {start} ({start_value}) : corrigez l'une des deux dates.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="310"/>
        <source>A youth leader's record can never be published: clear “{field}”.</source>
        <translation>L'enregistrement d'un jeune leader ne peut jamais être publié : décochez « {field} ».</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="314"/>
        <source>Without consent (“{field}”), this record will not be published.</source>
        <translation>Sans consentement (« {field} »), cet enregistrement ne sera pas publié.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="324"/>
        <source>There is no contact at all ({fields}): add at least one.</source>
        <translation>Il n'y a aucun contact ({fields}) : ajoutez-en au moins un.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="329"/>
        <source>{field} is empty: the online map will show this record without a photo.</source>
        <translation>{field} est vide : la carte en ligne affichera cet enregistrement sans photo.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/validation.py" line="74"/>
        <source>The feature has no geometry: place it on the map, or delete it.</source>
        <translation>L'entité n'a pas de géométrie : placez-la sur la carte, ou supprimez-la.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/validation.py" line="79"/>
        <source>The geometry is not valid ({detail}): fix it with the vertex tool or the algorithm Fix geometries.</source>
        <translation>La géométrie n'est pas valide ({detail}) : corrigez-la avec l'outil de nœud ou l'algorithme Réparer les géométries.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/validation.py" line="179"/>
        <source>The identifier {uid} is already used by another record (layer {layer}): give this one a new identifier.</source>
        <translation>L'identifiant {uid} est déjà utilisé par un autre enregistrement (couche {layer}) : donnez un nouvel identifiant à celui-ci.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/validation.py" line="195"/>
        <source>{field} names a record that does not exist in {layer}: choose an existing one or clear it.</source>
        <translation>{field} désigne un enregistrement qui n'existe pas dans {layer} : choisissez un enregistrement existant ou videz le champ.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="246"/>
        <source>The style of the layer {layer} could not be read: reinstall the plugin.</source>
        <translation>Le style de la couche {layer} n'a pas pu être lu : réinstallez l'extension.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="255"/>
        <source>The style of the layer {layer} could not be stored in the workspace: {detail}</source>
        <translation>Le style de la couche {layer} n'a pas pu être enregistré dans l'espace de travail : {detail}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="38"/>
        <source>Validate the workspace</source>
        <translation>Valider l'espace de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="41"/>
        <source>Checks every feature of a workspace against the rules of the creative map: required fields, phone numbers in international form (+84…), e-mail and web addresses, OpenStreetMap opening hours, numbers in range, codes in their lists, dates in order, privacy (a youth leader is never published) and geometries. Errors block publishing; warnings (no photo, no contact, no consent) only inform. The report lists each problem with its layer, feature, field and reason; without a file name it is written beside the workspace.</source>
        <translation>Vérifie chaque entité d'un espace de travail selon les règles de la carte créative : champs obligatoires, numéros de téléphone au format international (+84…), adresses e-mail et web, horaires d'ouverture OpenStreetMap, nombres dans les limites, codes présents dans leurs listes, dates dans l'ordre, confidentialité (un jeune leader n'est jamais publié) et géométries. Les erreurs bloquent la publication ; les avertissements (pas de photo, pas de contact, pas de consentement) sont seulement informatifs. Le rapport liste chaque problème avec sa couche, son entité, son champ et sa raison ; sans nom de fichier, il est écrit à côté de l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="56"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="61"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="62"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="73"/>
        <source>The validation was cancelled.</source>
        <translation>La validation a été annulée.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="77"/>
        <source>{layer} {uid}, {field}: {message}</source>
        <translation>{layer} {uid}, {field} : {message}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="86"/>
        <source>{errors} errors and {warnings} warnings in {path}.</source>
        <translation>{errors} erreurs et {warnings} avertissements dans {path}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="91"/>
        <source>The report is in {report}.</source>
        <translation>Le rapport se trouve dans {report}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="89"/>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="106"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="125"/>
        <source>{field}: write the number in international form, such as +84905123456.</source>
        <translation>{field} : écrivez le numéro au format international, par exemple +84905123456.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="126"/>
        <source>{field}: write an e-mail address such as name@example.com.</source>
        <translation>{field} : écrivez une adresse électronique, par exemple name@example.com.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="127"/>
        <source>{field}: write a web address beginning with https://.</source>
        <translation>{field} : écrivez une adresse web commençant par https://.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="133"/>
        <source>{field} must lie between {low} and {high}.</source>
        <translation>{field} doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="139"/>
        <source>{field} cannot come before the start date.</source>
        <translation>{field} ne peut pas précéder la date de début.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="145"/>
        <source>{field}: use the OpenStreetMap form, such as Mo-Fr 08:00-17:00; Sa 08:00-12:00.</source>
        <translation>{field} : utilisez la forme OpenStreetMap, par exemple Mo-Fr 08:00-17:00; Sa 08:00-12:00.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="150"/>
        <source>No photo yet: a photo helps people recognise the place.</source>
        <translation>Pas encore de photo : une photo aide à reconnaître le lieu.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="155"/>
        <source>No contact at all: give at least one way to reach them.</source>
        <translation>Aucun contact : indiquez au moins un moyen de les joindre.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/duplicates.py" line="144"/>
        <source>“{name}” already exists {distance} m from here: create another record anyway?</source>
        <translation>« {name} » existe déjà à {distance} m d'ici : créer quand même un autre enregistrement ?</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/duplicates.py" line="146"/>
        <source>“{name}” already exists {distance} m from here, and {count} more records of the same name within {radius} m: create another record anyway?</source>
        <translation>« {name} » existe déjà à {distance} m d'ici, ainsi que {count} autres enregistrements du même nom à moins de {radius} m : créer quand même un autre enregistrement ?</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/duplicate_guard.py" line="56"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/duplicate_guard.py" line="63"/>
        <source>The new record “{name}” was not kept.</source>
        <translation>Le nouvel enregistrement « {name} » n'a pas été conservé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/locator.py" line="106"/>
        <source>{ward} (formerly {legacy})</source>
        <translation>{ward} (anciennement {legacy})</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/relations.py" line="64"/>
        <source>Related records</source>
        <translation>Enregistrements liés</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/problems.py" line="24"/>
        <source>Checking the records</source>
        <translation>Vérification des enregistrements</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/problems.py" line="100"/>
        <source>Every record can be published.</source>
        <translation>Tous les enregistrements peuvent être publiés.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="108"/>
        <source>{language} is not a language of the annotation sheet: choose en, vi or fr.</source>
        <translation>{language} n'est pas une langue de la fiche d'annotations : choisissez en, vi ou fr.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="134"/>
        <source>{criterion} is not a competition criterion: use one of {codes}.</source>
        <translation>{criterion} n'est pas un critère du concours : utilisez l'un de {codes}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="230"/>
        <source>The annotation sheet&apos;s layout template is missing: reinstall the plugin.</source>
        <translation>Le modèle de mise en page de la fiche d'annotations manque : réinstallez l'extension.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="235"/>
        <source>The annotation sheet&apos;s layout template is damaged: reinstall the plugin.</source>
        <translation>Le modèle de mise en page de la fiche d'annotations est endommagé : réinstallez l'extension.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="314"/>
        <source>The annotation sheet cannot be written to {path}: choose another file, in a folder you can write to.</source>
        <translation>La fiche d'annotations ne peut pas être écrite dans {path} : choisissez un autre fichier, dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="343"/>
        <source>The workspace has no annotation yet: annotate the competition site first.</source>
        <translation>L'espace de travail n'a encore aucune annotation : annotez d'abord le site du concours.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="344"/>
        <source>No annotation speaks to the chosen criteria ({criteria}): choose other criteria, or none for all.</source>
        <translation>Aucune annotation ne relève des critères choisis ({criteria}) : choisissez-en d'autres, ou aucun pour tous.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="366"/>
        <source>The annotation sheet could not be written to {path}: check the disk and try again.</source>
        <translation>La fiche d'annotations n'a pas pu être écrite dans {path} : vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="52"/>
        <source>Length: {length} m</source>
        <translation>Longueur : {length} m</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="54"/>
        <source>Area: {area} m² (perimeter {length} m)</source>
        <translation>Surface : {area} m² (périmètre {length} m)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="104"/>
        <source>The sketch is empty: click on the map to draw it.</source>
        <translation>Le croquis est vide : cliquez sur la carte pour le dessiner.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="112"/>
        <source>A line needs two different points at least: click them, then right-click to finish it.</source>
        <translation>Une ligne demande au moins deux points distincts : cliquez-les, puis faites un clic droit pour la terminer.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="117"/>
        <source>An area needs three points around it at least: click them, then right-click to finish it.</source>
        <translation>Une zone demande au moins trois points autour d'elle : cliquez-les, puis faites un clic droit pour la terminer.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="131"/>
        <source>The area crosses itself: draw its outline again without crossing it.</source>
        <translation>La zone se recoupe : redessinez son contour sans le croiser.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="135"/>
        <source>The area's outline crossed itself; it was repaired ({area} m²): check its shape.</source>
        <translation>Le contour de la zone se recoupait ; il a été réparé ({area} m²) : vérifiez sa forme.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="253"/>
        <source>Choose a review status from the list.</source>
        <translation>Choisissez un état de revue dans la liste.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="231"/>
        <source>{layer} cannot be edited: check that the workspace is not read-only.</source>
        <translation>{layer} ne peut pas être modifiée : vérifiez que l'espace de travail n'est pas en lecture seule.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="264"/>
        <source>The review could not be saved; the details are in the log panel.</source>
        <translation>La revue n'a pas pu être enregistrée ; les détails sont dans le panneau des journaux.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="92"/>
        <source>Open a workspace to annotate the competition site.</source>
        <translation>Ouvrez un espace de travail pour annoter le site du concours.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="96"/>
        <source>This workspace has no competition site yet: import its outline into “{layer}”.</source>
        <translation>Cet espace de travail n'a pas encore de site du concours : importez son contour dans « {layer} ».</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="104"/>
        <source>The Friendship Building and the park: {zones} zones.</source>
        <translation>Le bâtiment de l'Amitié et le parc : {zones} zones.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="106"/>
        <source>The outline is approximate until a surveyed one is imported.</source>
        <translation>Le contour est approximatif tant qu'un relevé n'a pas été importé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="120"/>
        <source>Save or discard your edits of the site first, then lock it again.</source>
        <translation>Enregistrez ou annulez d'abord vos modifications du site, puis verrouillez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="206"/>
        <source>The sketch was not kept.</source>
        <translation>Le croquis n'a pas été conservé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="211"/>
        <source>Far from the site</source>
        <translation>Loin du site</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="211"/>
        <source>This sketch lies {distance} m from the competition site. Keep it all the same?</source>
        <translation>Ce croquis se trouve à {distance} m du site du concours. Le garder quand même ?</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="242"/>
        <source>New annotation: {layer}</source>
        <translation>Nouvelle annotation : {layer}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="261"/>
        <source>The annotation could not be saved; the details are in the log panel.</source>
        <translation>L'annotation n'a pas pu être enregistrée ; les détails sont dans le panneau des journaux.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="265"/>
        <source>The annotation is saved in the workspace.</source>
        <translation>L'annotation est enregistrée dans l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="93"/>
        <source>Competition</source>
        <translation>Concours</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="41"/>
        <source>All criteria</source>
        <translation>Tous les critères</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="41"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="41"/>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="73"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="107"/>
        <source>{shown} of {total} annotations.</source>
        <translation>{shown} annotations sur {total}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="167"/>
        <source>The review of “{text}” is saved.</source>
        <translation>La revue de « {text} » est enregistrée.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="32"/>
        <source>Export the annotation sheet (PDF)</source>
        <translation>Exporter la fiche d'annotations (PDF)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="35"/>
        <source>Writes a PDF for the jury of the design competition in Hội An's central park: the map of the competition site with the annotations of the teams, a legend, a scale bar and a north arrow, then a table of the annotations grouped by criterion (an annotation that speaks to several criteria is listed under each; those with no criterion come last) with their kind, team and review status. Choose criteria to show only the annotations that speak to at least one of them, on the map and in the table. The sheet is written in the language chosen, whatever the language of QGIS; its texts stay text in the PDF, so they can be searched and copied. From the command line, give each criterion by its number, several separated by commas: CRITERIA=0,3 (numbers from 0, in the order of the list).</source>
        <translation>Écrit un PDF pour le jury du concours de conception du parc central de Hội An : la carte du site du concours avec les annotations des équipes, une légende, une échelle et une flèche du nord, puis un tableau des annotations groupées par critère (une annotation qui relève de plusieurs critères figure sous chacun ; celles sans critère viennent à la fin) avec leur type, leur équipe et leur état de revue. Choisissez des critères pour ne montrer que les annotations qui relèvent d'au moins l'un d'eux, sur la carte et dans le tableau. La fiche est écrite dans la langue choisie, quelle que soit celle de QGIS ; ses textes restent du texte dans le PDF, ils peuvent donc être cherchés et copiés. En ligne de commande, donnez chaque critère par son numéro, plusieurs séparés par des virgules : CRITERIA=0,3 (numéros à partir de 0, dans l'ordre de la liste).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="56"/>
        <source>Annotation sheet</source>
        <translation>Fiche d'annotations</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="56"/>
        <source>PDF files</source>
        <translation>Fichiers PDF</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="60"/>
        <source>Only the annotations that speak to these criteria (all when none is chosen)</source>
        <translation>Seulement les annotations qui relèvent de ces critères (toutes si aucun n'est choisi)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="71"/>
        <source>Language of the sheet</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="79"/>
        <source>Annotations shown</source>
        <translation>Annotations montrées</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="80"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="95"/>
        <source>{annotations} annotations on {pages} pages in {path}.</source>
        <translation>{annotations} annotations sur {pages} pages dans {path}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="103"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="105"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="105"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="134"/>
        <source>(no location)</source>
        <translation>(sans emplacement)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="136"/>
        <source>(no location before)</source>
        <translation>(sans emplacement auparavant)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="165"/>
        <source>placed</source>
        <translation>placé</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="138"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="138"/>
        <source>the same place</source>
        <translation>au même endroit</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="141"/>
        <source>moved {distance} m</source>
        <translation>déplacé de {distance} m</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="141"/>
        <source>{distance} m from this working copy&apos;s</source>
        <translation>à {distance} m de celui de cette copie de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="144"/>
        <source>changed, moved {distance} m</source>
        <translation>modifié, déplacé de {distance} m</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="145"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="160"/>
        <source>Location and shape</source>
        <translation>Emplacement et forme</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="170"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="167"/>
        <source>as placed here</source>
        <translation>tel que placé ici</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="214"/>
        <source>Changed here and on the server</source>
        <translation>Modifié ici et sur le serveur</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="218"/>
        <source>Record {position} of {total} changed both here and on the server</source>
        <translation>Enregistrement {position} sur {total} modifié ici et sur le serveur</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="233"/>
        <source>You deleted it here and someone changed it on the server. “Keep mine” deletes it on the server too; “Keep theirs” brings it back here.</source>
        <translation>Vous l'avez supprimé ici et quelqu'un l'a modifié sur le serveur. « Garder ma version » le supprime aussi sur le serveur ; « Garder leur version » le rétablit ici.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="236"/>
        <source>Someone deleted it on the server and you changed it here. “Keep mine” puts it back on the server; “Keep theirs” deletes it here too.</source>
        <translation>Quelqu'un l'a supprimé sur le serveur et vous l'avez modifié ici. « Garder ma version » le remet sur le serveur ; « Garder leur version » le supprime ici aussi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="238"/>
        <source>Both sides changed it differently since the last publish. Tick the server's values you want, then “Merge as chosen”; or keep one side whole.</source>
        <translation>Les deux côtés l'ont modifié différemment depuis la dernière publication. Cochez les valeurs du serveur que vous voulez, puis « Fusionner selon les choix » ; ou gardez entièrement un côté.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="257"/>
        <source>Take the server&apos;s value of {field}</source>
        <translation>Prendre la valeur du serveur pour {field}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="93"/>
        <source>Publish</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="97"/>
        <source>OGC API - Features Part 1 (reading): declared.</source>
        <translation>OGC API - Features Part 1 (lecture) : déclarée.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="98"/>
        <source>OGC API - Features Part 1 (reading): not declared.</source>
        <translation>OGC API - Features Part 1 (lecture) : non déclarée.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="99"/>
        <source>Part 4 (create, replace, delete): declared.</source>
        <translation>Part 4 (création, remplacement, suppression) : déclarée.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="100"/>
        <source>Part 4 (create, replace, delete): not declared; writing is tried all the same.</source>
        <translation>Part 4 (création, remplacement, suppression) : non déclarée ; l'écriture est tentée malgré tout.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="103"/>
        <source>Layers of the creative map on the server: {found} of {total}.</source>
        <translation>Couches de la carte créative sur le serveur : {found} sur {total}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="106"/>
        <source>Missing: {layers}.</source>
        <translation>Manquantes : {layers}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="108"/>
        <source>Writing: the server has no collection to write to.</source>
        <translation>Écriture : le serveur n'a aucune collection où écrire.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="110"/>
        <source>Writing allowed with these credentials.</source>
        <translation>Écriture autorisée avec ces identifiants.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="112"/>
        <source>Reading works; writing needs a user name and password: choose an authentication configuration above.</source>
        <translation>La lecture fonctionne ; l'écriture demande un nom d'utilisateur et un mot de passe : choisissez une configuration d'authentification ci-dessus.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="177"/>
        <source>Testing the connection to {host}</source>
        <translation>Test de la connexion à {host}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="187"/>
        <source>Checking what publishing would change</source>
        <translation>Vérification de ce que la publication changerait</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="198"/>
        <source>Save or discard your edits of {layers} first: publishing sends what is saved.</source>
        <translation>Enregistrez ou annulez d'abord vos modifications de {layers} : la publication envoie ce qui est enregistré.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="203"/>
        <source>Reading the server before publishing</source>
        <translation>Lecture du serveur avant la publication</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="216"/>
        <source>Write the server&apos;s address first (the landing page of its OGC API - Features).</source>
        <translation>Indiquez d'abord l'adresse du serveur (la page d'accueil de son OGC API - Features).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="260"/>
        <source>Nothing to publish: this working copy and the server are level.</source>
        <translation>Rien à publier : cette copie de travail et le serveur sont déjà synchronisés.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="262"/>
        <source>If you publish now: {plan}.</source>
        <translation>Si vous publiez maintenant : {plan}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="266"/>
        <source>Publishing will ask you about each record changed on both sides.</source>
        <translation>La publication vous demandera quoi faire de chaque enregistrement modifié des deux côtés.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="290"/>
        <source>The publish was cancelled; nothing was sent.</source>
        <translation>La publication a été annulée ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="295"/>
        <source>Publishing to {host}</source>
        <translation>Publication sur {host}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="304"/>
        <source>Published to {host}: created {create}, updated {update}, deleted {delete}, pulled {pull}, not published for privacy {skipped}.</source>
        <translation>Publié sur {host} : créés {create}, mis à jour {update}, supprimés {delete}, récupérés {pull}, non publiés pour confidentialité {skipped}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="318"/>
        <source>Open the report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="354"/>
        <source>Open a workspace to publish it.</source>
        <translation>Ouvrez un espace de travail pour le publier.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="358"/>
        <source>Check what would change first, then publish.</source>
        <translation>Vérifiez d'abord ce qui changerait, puis publiez.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="41"/>
        <source>Publish to the shared server</source>
        <translation>Publier sur le serveur partagé</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="66"/>
        <source>Server (OGC API - Features landing page)</source>
        <translation>Serveur (page d'accueil OGC API - Features)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="68"/>
        <source>Authentication configuration</source>
        <translation>Configuration d'authentification</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="73"/>
        <source>Only report what would be done</source>
        <translation>Indiquer seulement ce qui serait fait</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="74"/>
        <source>Records changed on both sides</source>
        <translation>Enregistrements modifiés des deux côtés</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="101"/>
        <source>Dry run: {plan}.</source>
        <translation>Simulation : {plan}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="106"/>
        <source>Published: created {create}, updated {update}, deleted {delete}, pulled {pull}, not published for privacy {skipped}.</source>
        <translation>Publié : créés {create}, mis à jour {update}, supprimés {delete}, récupérés {pull}, non publiés pour confidentialité {skipped}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="72"/>
        <source>The server {host} refused the user name or password: check the authentication configuration chosen for it in QGIS, then publish again.</source>
        <translation>Le serveur {host} a refusé le nom d'utilisateur ou le mot de passe : vérifiez la configuration d'authentification choisie pour lui dans QGIS, puis publiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="75"/>
        <source>The server {host} does not let this account change {what}: ask its administrator for write access.</source>
        <translation>Le serveur {host} ne permet pas à ce compte de modifier {what} : demandez un accès en écriture à son administrateur.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="78"/>
        <source>The server {host} has no {what}: check the server&apos;s address, or ask its administrator to publish it.</source>
        <translation>Le serveur {host} ne trouve pas {what} : vérifiez l'adresse du serveur, ou demandez à son administrateur de publier ce qui manque.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="81"/>
        <source>Someone changed {what} on the server in the meantime: publish again to see the change and decide.</source>
        <translation>Quelqu'un a modifié {what} sur le serveur entre-temps : publiez de nouveau pour voir la modification et décider.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="84"/>
        <source>The server {host} finds {what} too large to accept: make it smaller (a shorter text, a simpler shape) or ask its administrator to accept larger requests.</source>
        <translation>Le serveur {host} refuse {what} parce que la requête est trop volumineuse : réduisez la taille des données (un texte plus court, une forme plus simple) ou demandez à son administrateur d'accepter des requêtes plus volumineuses.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="89"/>
        <source>The server {host} refused {what} as invalid: check its values (the log panel has the server&apos;s answer), correct it and publish again.</source>
        <translation>Le serveur {host} a rejeté {what} comme non valide : vérifiez les valeurs (la réponse du serveur se trouve dans le panneau de journalisation), corrigez-les et publiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="92"/>
        <source>The server {host} is busy (too many requests): wait a minute and publish again.</source>
        <translation>Le serveur {host} est occupé (trop de requêtes) : attendez une minute et publiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="95"/>
        <source>The server {host} failed ({status}) while handling {what}: try again later; if it goes on, tell its administrator.</source>
        <translation>Le serveur {host} a échoué ({status}) en traitant {what} : réessayez plus tard ; si cela continue, prévenez son administrateur.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="99"/>
        <source>The server {host} answered {status} to {what}: publish again later.</source>
        <translation>Le serveur {host} a répondu {status} pour {what} : publiez de nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="162"/>
        <source>The server {host} has a certificate QGIS cannot trust: ask its administrator to fix it; the plugin never sends data over an unverified connection.</source>
        <translation>Le serveur {host} a un certificat auquel QGIS ne peut pas se fier : demandez à son administrateur de le corriger ; l'extension n'envoie jamais de données par une connexion non vérifiée.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="171"/>
        <source>The server {host} took too long to answer: try again later; nothing was lost.</source>
        <translation>Le serveur {host} a mis trop de temps à répondre : réessayez plus tard ; rien n'a été perdu.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="173"/>
        <source>The server {host} does not answer: check its address and that it is running, then publish again.</source>
        <translation>Le serveur {host} ne répond pas : vérifiez son adresse et qu'il est en service, puis publiez de nouveau.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="207"/>
        <source>The server at {url} did not answer with JSON: check that the address is the landing page of an OGC API - Features server.</source>
        <translation>Le serveur à l'adresse {url} n'a pas répondu en JSON : vérifiez que l'adresse est la page d'accueil d'un serveur OGC API - Features.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="216"/>
        <source>its conformance page</source>
        <translation>sa page de conformité</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="224"/>
        <source>its list of collections</source>
        <translation>sa liste des collections</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="281"/>
        <source>the collection {collection}</source>
        <translation>la collection {collection}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="381"/>
        <source>a record of {collection}</source>
        <translation>un enregistrement de {collection}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="312"/>
        <source>a new record of {collection}</source>
        <translation>un nouvel enregistrement de {collection}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/connection.py" line="43"/>
        <source>The authentication configuration {authcfg} does not exist in this QGIS profile: choose one in the publishing settings.</source>
        <translation>La configuration d'authentification {authcfg} n'existe pas dans ce profil QGIS : choisissez-en une dans les paramètres de publication.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/connection.py" line="49"/>
        <source>The authentication configuration {authcfg} cannot be read as a user name and password (Basic): choose a Basic configuration, or unlock QGIS&apos;s authentication database.</source>
        <translation>La configuration d'authentification {authcfg} ne peut pas être lue comme un nom d'utilisateur et un mot de passe (Basic) : choisissez une configuration Basic, ou déverrouillez la base de données d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/connection.py" line="59"/>
        <source>{url} is not a server address: write it as https://host/path (the landing page of its OGC API - Features).</source>
        <translation>{url} n'est pas une adresse de serveur : écrivez-la sous la forme https://host/path (la page d'accueil de son OGC API - Features).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/plan.py" line="101"/>
        <source>to create {create}, to update {update}, to delete {delete}, to pull {pull}, conflicts {conflicts}, not published for privacy {skipped}</source>
        <translation>à créer {create}, à mettre à jour {update}, à supprimer {delete}, à récupérer {pull}, conflits {conflicts}, non publiés pour confidentialité {skipped}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/plan.py" line="220"/>
        <source>{policy} is not a conflict policy: choose abort, keep_local or keep_remote.</source>
        <translation>{policy} n'est pas une politique de résolution des conflits : choisissez abort, keep_local ou keep_remote.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/plan.py" line="231"/>
        <source>{count} records were changed both here and on the server since the last publish ({names}): decide for each, or choose the policy keep_local or keep_remote; nothing was sent.</source>
        <translation>{count} enregistrements ont été modifiés ici et sur le serveur depuis la dernière publication ({names}) : décidez pour chacun, ou choisissez la politique keep_local ou keep_remote ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/planning.py" line="139"/>
        <source>The publish was cancelled before anything was sent.</source>
        <translation>La publication a été annulée avant tout envoi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/planning.py" line="46"/>
        <source>{count} records must be corrected before publishing (the first: {layer} {uid}, {field}: {message}); nothing was sent. “Check the records” lists them all.</source>
        <translation>{count} enregistrements doivent être corrigés avant la publication (le premier : {layer} {uid}, {field} : {message}) ; rien n'a été envoyé. « Vérifier les enregistrements » les liste tous.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/publish.py" line="146"/>
        <source>{count} records could not be published ({layer} {uid}: {sentence}); the others were. The report lists them: {report}</source>
        <translation>{count} enregistrements n'ont pas pu être publiés ({layer} {uid} : {sentence}) ; les autres l'ont été. Le rapport les liste : {report}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/publish.py" line="170"/>
        <source>Someone changed it on the server a moment ago: publish again to decide.</source>
        <translation>Quelqu'un vient de le modifier sur le serveur : publiez de nouveau pour décider.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/publish.py" line="316"/>
        <source>The publish was cancelled: what the server confirmed is recorded, and the next publish finishes the rest.</source>
        <translation>La publication a été annulée : ce que le serveur a confirmé est enregistré, et la prochaine publication terminera le reste.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/report.py" line="37"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/report.py" line="37"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/working_copy.py" line="207"/>
        <source>{layer} cannot be written in {path}: check that the workspace is not read-only.</source>
        <translation>{layer} ne peut pas être écrite dans {path} : vérifiez que l'espace de travail n'est pas en lecture seule.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/working_copy.py" line="281"/>
        <source>The server&apos;s changes to {layer} could not be written into {path}: the file may be locked by another program; publish again once it is free.</source>
        <translation>Les modifications du serveur sur {layer} n'ont pas pu être écrites dans {path} : le fichier est peut-être verrouillé par un autre programme ; publiez de nouveau une fois qu'il est libre.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/crs.py" line="89"/>
        <source>The coordinate system {crs} is unknown to QGIS: choose one in the list, such as EPSG:4326 (longitude and latitude) or EPSG:5899 (VN-2000 / TM-3 107-45).</source>
        <translation>Le système de coordonnées {crs} est inconnu de QGIS : choisissez-en un dans la liste, par exemple EPSG:4326 (longitude et latitude) ou EPSG:5899 (VN-2000 / TM-3 107-45).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="176"/>
        <source>The connection to the server {host} broke off in the middle of an answer: publish again; nothing was lost.</source>
        <translation>La connexion au serveur {host} s’est interrompue au milieu d’une réponse : publiez à nouveau ; rien n’a été perdu.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="182"/>
        <source>The server {host} sends its requests on to {location}: publish to that address instead; nothing was sent.</source>
        <translation>Le serveur {host} renvoie ses requêtes vers {location} : publiez plutôt à cette adresse ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="220"/>
        <source>{url} is not the landing page of an OGC API - Features server (it has no conformance page): check the address, such as https://host/wfs3.</source>
        <translation>{url} n’est pas la page d’accueil d’un serveur OGC API - Features (il n’a pas de page de conformité) : vérifiez l’adresse, par exemple https://host/wfs3.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/publish.py" line="210"/>
        <source>Someone changed it on the server at the same moment, and the server kept their change: publish again to decide.</source>
        <translation>Quelqu’un l’a modifié sur le serveur au même moment, et le serveur a gardé sa modification : publiez à nouveau pour décider.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="93"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.py" line="49"/>
        <source>Before anything is sent</source>
        <translation>Avant tout envoi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.py" line="53"/>
        <source>This publish needs your decision before anything is sent:</source>
        <translation>Cette publication attend votre décision avant tout envoi :</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.py" line="34"/>
        <source>Which side is right? Nothing has been sent or changed yet.</source>
        <translation>Quel côté a raison ? Rien n'a encore été envoyé ni modifié.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="28"/>
        <source>Restoring records from the history</source>
        <translation>Restauration d'enregistrements depuis l'historique</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="47"/>
        <source>Restore: {count} records written back</source>
        <translation>Restauration : {count} enregistrements réécrits</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="49"/>
        <source>published</source>
        <translation>publiée</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="49"/>
        <source>partly published</source>
        <translation>publiée en partie</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="49"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="50"/>
        <source>cut short</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="51"/>
        <source>Publish to {host} ({outcome})</source>
        <translation>Publication sur {host} ({outcome})</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="57"/>
        <source>overwritten by a restore</source>
        <translation>écrasé par une restauration</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="59"/>
        <source>deleted: the server&apos;s state accepted</source>
        <translation>supprimé : état du serveur accepté</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="59"/>
        <source>overwritten: the server&apos;s state accepted</source>
        <translation>écrasé : état du serveur accepté</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="62"/>
        <source>deleted: the server&apos;s side chosen</source>
        <translation>supprimé : côté du serveur choisi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="62"/>
        <source>overwritten: the server&apos;s side chosen</source>
        <translation>écrasé : côté du serveur choisi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="65"/>
        <source>merged with the server&apos;s values</source>
        <translation>fusionné avec les valeurs du serveur</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="66"/>
        <source>deleted on the server, so here</source>
        <translation>supprimé sur le serveur, donc ici</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="66"/>
        <source>changed on the server, so here</source>
        <translation>modifié sur le serveur, donc ici</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="73"/>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="75"/>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="76"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="76"/>
        <source>overwritten</source>
        <translation>écrasé</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="131"/>
        <source>Open a workspace to see its history.</source>
        <translation>Ouvrez un espace de travail pour voir son historique.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="133"/>
        <source>No publish has changed this working copy yet.</source>
        <translation>Aucune publication n'a encore modifié cette copie de travail.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="151"/>
        <source>restored {when}</source>
        <translation>restauré le {when}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="183"/>
        <source>{count} records restored in this working copy: the next publish sends them.</source>
        <translation>{count} enregistrements restaurés dans cette copie de travail : la prochaine publication les envoie.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="204"/>
        <source>{count} kept records of older publishes forgotten.</source>
        <translation>{count} enregistrements conservés des publications plus anciennes oubliés.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="214"/>
        <source>Forget the history</source>
        <translation>Oublier l'historique</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="214"/>
        <source>The records kept by the publishes before this one will be gone for good: they can no longer be restored. Forget them?</source>
        <translation>Les enregistrements conservés par les publications antérieures à celle-ci disparaîtront définitivement : ils ne pourront plus être restaurés. Les oublier ?</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="264"/>
        <source>Publishing will first ask you which side is right; nothing is sent before.</source>
        <translation>La publication vous demandera d'abord quel côté a raison ; rien n'est envoyé avant.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="280"/>
        <source>The publish was stopped before anything was sent; nothing changed here or on the server.</source>
        <translation>La publication a été arrêtée avant tout envoi ; rien n'a changé ici ni sur le serveur.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="44"/>
        <source>Brings the working copy and the shared server (OGC API - Features) level. The workspace is checked first: a record with an error stops everything before a byte is sent. Then what changed here goes to the server, what changed there comes here, and a record changed on both sides since the last publish is a conflict, settled by the policy: abort (nothing is sent), keep_local or keep_remote. No server is trusted: when the server no longer holds what this working copy published to it (reinstalled, restored from an older backup, another dataset at its address), or when a publish would delete or overwrite many records of a layer on either side, GUARD_POLICY decides: stop (the default: nothing is sent), send_working_copy (the working copy&apos;s records go to the server again) or accept_server (the working copy takes the server&apos;s state; what it loses is kept in its history, see Restore). Layers the server does not serve are left out and said. Records the privacy rules keep back never leave the workspace. With DRY_RUN only the plan is reported. The credentials come from a QGIS authentication configuration (Basic). A publish cut short is finished by the next one, without duplicates.</source>
        <translation>Met la copie de travail et le serveur partagé (OGC API - Features) au même niveau. L'espace de travail est d'abord vérifié : un enregistrement en erreur arrête tout avant qu'un octet soit envoyé. Puis ce qui a changé ici part sur le serveur, ce qui a changé là-bas arrive ici, et un enregistrement modifié des deux côtés depuis la dernière publication est un conflit, réglé par la politique : abort (rien n'est envoyé), keep_local ou keep_remote. Aucun serveur n'est cru sur parole : quand le serveur ne contient plus ce que cette copie de travail lui a publié (réinstallé, restauré depuis une sauvegarde plus ancienne, un autre jeu de données à son adresse), ou quand une publication supprimerait ou écraserait beaucoup d'enregistrements d'une couche d'un côté ou de l'autre, GUARD_POLICY décide : stop (par défaut : rien n'est envoyé), send_working_copy (les enregistrements de la copie de travail repartent sur le serveur) ou accept_server (la copie de travail prend l'état du serveur ; ce qu'elle perd est conservé dans son historique, voir Restaurer). Les couches que le serveur ne sert pas sont laissées de côté, et c'est dit. Les enregistrements que les règles de confidentialité retiennent ne quittent jamais l'espace de travail. Avec DRY_RUN, seul le plan est rapporté. Les identifiants viennent d'une configuration d'authentification de QGIS (Basic). Une publication interrompue est terminée par la suivante, sans doublons.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="75"/>
        <source>When the server no longer holds what was published, or many records would be deleted or overwritten</source>
        <translation>Quand le serveur ne contient plus ce qui a été publié, ou que beaucoup d'enregistrements seraient supprimés ou écrasés</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="103"/>
        <source>Publishing would stop here until GUARD_POLICY says what to do: send_working_copy or accept_server.</source>
        <translation>La publication s'arrêterait ici tant que GUARD_POLICY ne dit pas quoi faire : send_working_copy ou accept_server.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="21"/>
        <source>{id}: restore of {started}, {count} records written back</source>
        <translation>{id} : restauration du {started}, {count} enregistrements réécrits</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="23"/>
        <source>{id}: publish of {started} to {server} ({outcome}), {count} records deleted or overwritten here, {restored} of them restored</source>
        <translation>{id} : publication du {started} sur {server} ({outcome}), {count} enregistrements supprimés ou écrasés ici, dont {restored} restaurés</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="39"/>
        <source>Restore records a publish replaced</source>
        <translation>Restaurer les enregistrements remplacés par une publication</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="42"/>
        <source>Every record a publish deletes or overwrites in the working copy (the server&apos;s changes pulled, a conflict decided for the server, a merge, the server&apos;s state accepted) is first kept in the workspace&apos;s history. This writes them back as they were: those of PUBLISH (its number in the log; 0 or empty: the last publish that changed something here), or only the records whose uid is in RECORDS (comma-separated). A restored record is then a local edit like any other: the next publish sends it. The log lists the recent publishes.</source>
        <translation>Chaque enregistrement qu'une publication supprime ou écrase dans la copie de travail (modifications du serveur récupérées, conflit tranché pour le serveur, fusion, état du serveur accepté) est d'abord conservé dans l'historique de l'espace de travail. Cet algorithme les réécrit tels qu'ils étaient : ceux de PUBLISH (son numéro dans le journal ; 0 ou vide : la dernière publication qui a changé quelque chose ici), ou seulement les enregistrements dont l'uid figure dans RECORDS (séparés par des virgules). Un enregistrement restauré est alors une modification locale comme une autre : la prochaine publication l'envoie. Le journal liste les publications récentes.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="53"/>
        <source>Publish (its number; 0: the last one)</source>
        <translation>Publication (son numéro ; 0 : la dernière)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="55"/>
        <source>Only these records (uids, comma-separated)</source>
        <translation>Seulement ces enregistrements (uids séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="57"/>
        <source>Records restored</source>
        <translation>Enregistrements restaurés</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="58"/>
        <source>The publish they were restored from</source>
        <translation>La publication d'où ils ont été restaurés</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="71"/>
        <source>No publish has deleted or overwritten a record of this working copy: there is nothing to restore.</source>
        <translation>Aucune publication n'a supprimé ni écrasé d'enregistrement de cette copie de travail : il n'y a rien à restaurer.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="79"/>
        <source>{missing} of the records asked for are not in the history of publish {run}.</source>
        <translation>{missing} des enregistrements demandés ne sont pas dans l'historique de la publication {run}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="81"/>
        <source>{count} records restored from publish {run}: the next publish sends them.</source>
        <translation>{count} enregistrements restaurés depuis la publication {run} : la prochaine publication les envoie.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="41"/>
        <source>The server {host} serves {layer} without the fields {fields}: ask its administrator to serve every field of the layer; nothing was sent.</source>
        <translation>Le serveur {host} sert {layer} sans les champs {fields} : demandez à son administrateur de servir tous les champs de la couche ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="48"/>
        <source>The server {host} answers {layer} with records that have no uid (their fields: {fields}): it does not serve the creative map&apos;s layers as the plugin made them; ask its administrator, or check the address; nothing was sent.</source>
        <translation>Le serveur {host} répond pour {layer} par des enregistrements sans uid (leurs champs : {fields}) : il ne sert pas les couches de la carte créative telles que l'extension les a faites ; demandez à son administrateur, ou vérifiez l'adresse ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="52"/>
        <source>The server {host} answers {layer} with field labels instead of names (“{label}” for uid) and they cannot all be read back exactly ({detail}): ask its administrator to serve the layers without their forms (in the served project, Layer Properties &gt; Attributes Form: no aliases, no value maps); nothing was sent.</source>
        <translation>Le serveur {host} répond pour {layer} avec les libellés des champs au lieu de leurs noms (« {label} » pour uid) et ils ne peuvent pas tous être relus exactement ({detail}) : demandez à son administrateur de servir les couches sans leurs formulaires (dans le projet servi, Propriétés de la couche &gt; Formulaire d'attributs : pas d'alias, pas de tables de valeurs) ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="65"/>
        <source>no field of the answer reads as {fields}</source>
        <translation>aucun champ de la réponse ne se lit comme {fields}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="103"/>
        <source>two of its fields read as {name}</source>
        <translation>deux de ses champs se lisent comme {name}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="116"/>
        <source>“{value}” is not one value of {field}</source>
        <translation>« {value} » n'est pas une valeur de {field}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="124"/>
        <source>“{value}” cannot be split into values of {field} one way only</source>
        <translation>« {value} » ne se découpe pas d'une seule façon en valeurs de {field}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="54"/>
        <source>The server {host} no longer holds what this working copy published to it: none of its {count} records are there (it may have been reinstalled or emptied)</source>
        <translation>Le serveur {host} ne contient plus ce que cette copie de travail lui a publié : aucun de ses {count} enregistrements n'y est (il a peut-être été réinstallé ou vidé)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="58"/>
        <source>The server {host} holds none of the {count} records this working copy published to it, and {total} records it never saw: it may be another dataset behind the same address</source>
        <translation>Le serveur {host} ne contient aucun des {count} enregistrements que cette copie de travail lui a publiés, et {total} enregistrements qu'elle n'a jamais vus : c'est peut-être un autre jeu de données à la même adresse</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="62"/>
        <source>The server {host} holds an older state than this working copy published to it: {count} records are at an older revision and {total} are missing (it may have been restored from a backup)</source>
        <translation>Le serveur {host} contient un état plus ancien que ce que cette copie de travail lui a publié : {count} enregistrements sont à une révision plus ancienne et {total} manquent (il a peut-être été restauré depuis une sauvegarde)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="67"/>
        <source>This publish would delete {deleted} and overwrite {overwritten} of the {total} records of {layer} in this working copy</source>
        <translation>Cette publication supprimerait {deleted} et écraserait {overwritten} des {total} enregistrements de {layer} dans cette copie de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="70"/>
        <source>This publish would delete {count} of the {total} records of {layer} on the server</source>
        <translation>Cette publication supprimerait {count} des {total} enregistrements de {layer} sur le serveur</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="148"/>
        <source>{choice} is not a choice for a server that changed: choose stop, send_working_copy or accept_server.</source>
        <translation>{choice} n'est pas un choix pour un serveur qui a changé : choisissez stop, send_working_copy ou accept_server.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="179"/>
        <source>{found}. Publish again choosing send_working_copy (the working copy&apos;s records are sent to the server again) or accept_server (this working copy takes the server&apos;s state: {lost} records deleted or overwritten here, kept in its history); nothing was sent.</source>
        <translation>{found}. Publiez à nouveau en choisissant send_working_copy (les enregistrements de la copie de travail sont renvoyés au serveur) ou accept_server (cette copie de travail prend l'état du serveur : {lost} enregistrements supprimés ou écrasés ici, conservés dans son historique) ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/history.py" line="238"/>
        <source>The history of {path} holds no record to restore.</source>
        <translation>L'historique de {path} ne contient aucun enregistrement à restaurer.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/history.py" line="242"/>
        <source>Publish {run} changed nothing in this working copy: there is nothing of it to restore.</source>
        <translation>La publication {run} n'a rien changé dans cette copie de travail : il n'y a rien à en restaurer.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/history.py" line="296"/>
        <source>The records of {layer} could not be restored into {path}: the file may be locked by another program; try again once it is free.</source>
        <translation>Les enregistrements de {layer} n'ont pas pu être restaurés dans {path} : le fichier est peut-être verrouillé par un autre programme ; réessayez une fois qu'il est libre.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/plan.py" line="104"/>
        <source>not on this server: kept in the working copy: {layers}</source>
        <translation>absentes de ce serveur : gardées dans la copie de travail : {layers}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/planning.py" line="124"/>
        <source>The server {url} serves none of the creative map&apos;s layers: check the address (the landing page of the map&apos;s OGC API - Features); nothing was sent.</source>
        <translation>Le serveur {url} ne sert aucune des couches de la carte créative : vérifiez l'adresse (la page d'accueil de l'OGC API - Features de la carte) ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/report.py" line="22"/>
        <source>not on this server: kept in the working copy</source>
        <translation>absente de ce serveur : gardée dans la copie de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.py" line="36"/>
        <source>Accepting the server&apos;s state deletes or overwrites nothing here.</source>
        <translation>Accepter l'état du serveur ne supprime ni n'écrase rien ici.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.py" line="37"/>
        <source>Accepting the server&apos;s state deletes or overwrites {count} records here; each is kept in the history and can be restored.</source>
        <translation>Accepter l'état du serveur supprime ou écrase {count} enregistrements ici ; chacun est conservé dans l'historique et peut être restauré.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="375"/>
        <source>a photo</source>
        <translation>une photo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="348"/>
        <source>the photo {name}</source>
        <translation>la photo {name}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="49"/>
        <source>{layer} {uid}: the photo {path} is not sent ({reason}); the record is published without it.</source>
        <translation>{layer} {uid} : la photo {path} n'est pas envoyée ({reason}) ; l'enregistrement est publié sans elle.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="95"/>
        <source>the file is missing</source>
        <translation>le fichier est introuvable</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="97"/>
        <source>it is not a file</source>
        <translation>ce n'est pas un fichier</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="103"/>
        <source>it is not a picture QGIS can read</source>
        <translation>ce n'est pas une image que QGIS sait lire</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="126"/>
        <source>{file} cannot be read as a picture ({reason})</source>
        <translation>{file} ne peut pas être lu comme une image ({reason})</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="142"/>
        <source>{file} could not be made into a JPEG ({reason})</source>
        <translation>{file} n'a pas pu être converti en JPEG ({reason})</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/plan.py" line="107"/>
        <source>{count} photos not sent, their records published without them (the report says which and why)</source>
        <translation>{count} photos non envoyées, leurs enregistrements publiés sans elles (le rapport dit lesquelles et pourquoi)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/publish.py" line="161"/>
        <source>Its photo could not be sent ({reason}): correct the file or clear the photo, then publish again.</source>
        <translation>Sa photo n'a pas pu être envoyée ({reason}) : corrigez le fichier ou retirez la photo, puis publiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/report.py" line="26"/>
        <source>The photo {photo} could not be brought in ({sentence}); its record came in without it.</source>
        <translation>La photo {photo} n'a pas pu être récupérée ({sentence}) ; son enregistrement est arrivé sans elle.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="356"/>
        <source>The server {host} takes no photo as large as this one ({size} kB once made web-sized): ask its administrator to raise the media store&apos;s limit.</source>
        <translation>Le serveur {host} n'accepte pas de photo aussi grande que celle-ci ({size} ko une fois réduite pour le web) : demandez à son administrateur de relever la limite du stock de médias.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/sample_photos.py" line="58"/>
        <source>The sample&apos;s photos could not be written into {path}.</source>
        <translation>Les photos de l'exemple n'ont pas pu être écrites dans {path}.</translation>
    </message>
</context>
<context>
    <name>CompetitionPanelBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="13"/>
        <source>Hội An central park</source>
        <translation>Parc central de Hội An</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="22"/>
        <source>Go to the competition site</source>
        <translation>Aller au site du concours</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="23"/>
        <source>Frame the park and switch the sketching tools on, snapping to the site&apos;s outline and zones.</source>
        <translation>Cadrer le parc et activer les outils de croquis, avec accrochage au contour et aux zones du site.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="29"/>
        <source>The site is read-only while you annotate; tick this to correct it on purpose.</source>
        <translation>Le site est en lecture seule pendant que vous annotez ; cochez ceci pour le corriger délibérément.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="37"/>
        <source>Sketch</source>
        <translation>Croquis</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="43"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="44"/>
        <source>A note at a point: click where it is.</source>
        <translation>Une note en un point : cliquez à l'endroit voulu.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="51"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="52"/>
        <source>A circulation, a view or an access: click its points, right-click to finish.</source>
        <translation>Une circulation, une vue ou un accès : cliquez ses points, clic droit pour terminer.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="59"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="60"/>
        <source>A proposal zone: click around it, right-click to finish.</source>
        <translation>Une zone de proposition : cliquez autour, clic droit pour terminer.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="81"/>
        <source>Right-click finishes a line or an area; Backspace takes the last point back; Esc starts again.</source>
        <translation>Le clic droit termine une ligne ou une zone ; Retour arrière retire le dernier point ; Échap recommence.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="90"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="96"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="107"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="118"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="129"/>
        <source>Review status</source>
        <translation>État de la revue</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="150"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="151"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="158"/>
        <source>Zoom to it</source>
        <translation>Zoomer dessus</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="163"/>
        <source>Open its form</source>
        <translation>Ouvrir son formulaire</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="174"/>
        <source>The review&apos;s outcome.</source>
        <translation>Le résultat de la revue.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="179"/>
        <source>Reviewer&apos;s comment</source>
        <translation>Commentaire du relecteur</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="186"/>
        <source>Mark as reviewed</source>
        <translation>Marquer comme relue</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="187"/>
        <source>Save the chosen status and the comment on the selected annotation.</source>
        <translation>Enregistrer l'état choisi et le commentaire sur l'annotation sélectionnée.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="192"/>
        <source>Sheet for the jury (PDF)…</source>
        <translation>Fiche pour le jury (PDF)…</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="193"/>
        <source>A PDF with the site&apos;s map, its legend, scale and north arrow, and the annotations grouped by criterion.</source>
        <translation>Un PDF avec la carte du site, sa légende, son échelle et sa flèche du nord, et les annotations groupées par critère.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="28"/>
        <source>Unlock the site for editing</source>
        <translation>Déverrouiller le site pour le modifier</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="69"/>
        <source>Snap to the site</source>
        <translation>Accrocher au site</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="70"/>
        <source>Clicks snap to the corners and edges of the site&apos;s outline and zones.</source>
        <translation>Les clics s'accrochent aux sommets et aux bords du contour et des zones du site.</translation>
    </message>
</context>
<context>
    <name>ConflictDialogBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="8"/>
        <source>Changed here and on the server</source>
        <translation>Modifié ici et sur le serveur</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="33"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="34"/>
        <source>This working copy</source>
        <translation>Cette copie de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="35"/>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="36"/>
        <source>Take the server&apos;s</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="43"/>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="44"/>
        <source>Send this working copy&apos;s record to the server, over the server&apos;s change.</source>
        <translation>Envoyer l'enregistrement de cette copie de travail au serveur, par-dessus la modification du serveur.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="49"/>
        <source>Keep theirs</source>
        <translation>Garder leur version</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="50"/>
        <source>Take the server&apos;s record into this working copy, over your change.</source>
        <translation>Prendre l'enregistrement du serveur dans cette copie de travail, par-dessus votre modification.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="55"/>
        <source>Merge as chosen</source>
        <translation>Fusionner selon les choix</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="56"/>
        <source>Your record with the server&apos;s values you ticked; it goes to the server and stays here.</source>
        <translation>Votre enregistrement avec les valeurs du serveur que vous avez cochées ; il est envoyé au serveur et reste ici.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="67"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="68"/>
        <source>Stop the whole publish: nothing is sent.</source>
        <translation>Arrêter toute la publication : rien n'est envoyé.</translation>
    </message>
</context>
<context>
    <name>CreativeMapDockBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="22"/>
        <source>Multi-layer creative map</source>
        <translation>Carte créative multicouche</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="45"/>
        <source>Working copy</source>
        <translation>Copie de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="49"/>
        <source>No creative map is open yet.</source>
        <translation>Aucune carte créative n'est encore ouverte.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="187"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="191"/>
        <source>Edit the creative map's layers, annotate the competition site in Hội An's central park and publish to the shared server.</source>
        <translation>Modifiez les couches de la carte créative, annotez le site du concours dans le parc central de Hội An et publiez sur le serveur partagé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="197"/>
        <source>Show the log messages</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="198"/>
        <source>Open QGIS&apos;s log panel, where Creative Layers writes what it did and the details of any error.</source>
        <translation>Ouvre le panneau de journalisation de QGIS, où Couches créatives consigne ce qu'il a fait et le détail de chaque erreur.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="56"/>
        <source>Open a workspace…</source>
        <translation>Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="57"/>
        <source>Open a creative-map workspace (GeoPackage) and add its layers to the project.</source>
        <translation>Ouvre un espace de travail de la carte créative (GeoPackage) et ajoute ses couches au projet.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="64"/>
        <source>The city whose sample data the new workspace receives.</source>
        <translation>La ville dont les données d'exemple sont placées dans le nouvel espace de travail.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="69"/>
        <source>New from sample…</source>
        <translation>Nouveau à partir de l'exemple…</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="70"/>
        <source>Create a workspace with the sample data of the chosen city and open it.</source>
        <translation>Crée un espace de travail avec les données d'exemple de la ville choisie et l'ouvre.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="84"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="94"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="98"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="106"/>
        <source>Creative field</source>
        <translation>Domaine créatif</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="114"/>
        <source>Zoom to the city</source>
        <translation>Zoomer sur la ville</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="148"/>
        <source>Import records…</source>
        <translation>Importer des enregistrements…</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="149"/>
        <source>Import a CSV, GeoJSON, shapefile or Survey123 export into a layer of this workspace.</source>
        <translation>Importe un CSV, un GeoJSON, un shapefile ou un export Survey123 dans une couche de cet espace de travail.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="127"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="133"/>
        <source>The kind of record to add.</source>
        <translation>Le type d'enregistrement à ajouter.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="138"/>
        <source>Add on the map</source>
        <translation>Ajouter sur la carte</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="139"/>
        <source>Click the map where it is: its form opens.</source>
        <translation>Cliquez sur la carte à son emplacement : son formulaire s'ouvre.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="154"/>
        <source>Check the records</source>
        <translation>Vérifier les enregistrements</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="155"/>
        <source>Check every record of this workspace and list those that have to be corrected.</source>
        <translation>Vérifie chaque enregistrement de cet espace de travail et liste ceux qu'il faut corriger.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="164"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="165"/>
        <source>To correct</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="172"/>
        <source>Zoom to it</source>
        <translation>Zoomer dessus</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="177"/>
        <source>Open its form</source>
        <translation>Ouvrir son formulaire</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="39"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>GuardDialogBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.ui" line="8"/>
        <source>Before anything is sent</source>
        <translation>Avant tout envoi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.ui" line="31"/>
        <source>Send the working copy&apos;s records to the server again</source>
        <translation>Renvoyer les enregistrements de la copie de travail au serveur</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.ui" line="41"/>
        <source>Stop: send nothing, change nothing</source>
        <translation>Arrêter : ne rien envoyer, ne rien changer</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.ui" line="36"/>
        <source>Accept the server&apos;s state</source>
        <translation>Accepter l'état du serveur</translation>
    </message>
</context>
<context>
    <name>HistoryPanelBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="13"/>
        <source>Every record a publish deletes or overwrites in this working copy is kept here first. Choose a publish to see them; a restored record goes out at the next publish.</source>
        <translation>Chaque enregistrement qu'une publication supprime ou écrase dans cette copie de travail est d'abord conservé ici. Choisissez une publication pour les voir ; un enregistrement restauré part à la prochaine publication.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="23"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="24"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="25"/>
        <source>Kept</source>
        <translation>Conservés</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="33"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="34"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="41"/>
        <source>Restore the selected records</source>
        <translation>Restaurer les enregistrements choisis</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="46"/>
        <source>Restore them all</source>
        <translation>Tout restaurer</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="53"/>
        <source>Forget the history before this publish…</source>
        <translation>Oublier l'historique avant cette publication…</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="54"/>
        <source>The history is pruned only when you ask: the records kept by older publishes are then gone for good.</source>
        <translation>L'historique n'est élagué que sur votre demande : les enregistrements conservés par les publications plus anciennes disparaissent alors définitivement.</translation>
    </message>
</context>
<context>
    <name>PublishPanelBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="13"/>
        <source>Shared server</source>
        <translation>Serveur partagé</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="17"/>
        <source>Address (OGC API - Features landing page)</source>
        <translation>Adresse (page d'accueil OGC API - Features)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="24"/>
        <source>https://map.example.org/wfs3</source>
        <translation>https://map.example.org/wfs3</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="30"/>
        <source>User name and password (a Basic authentication configuration of QGIS)</source>
        <translation>Nom d'utilisateur et mot de passe (une configuration d'authentification Basic de QGIS)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="39"/>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="40"/>
        <source>Read the server&apos;s conformance and collections, and check that these credentials may write; nothing is changed.</source>
        <translation>Lire la conformité et les collections du serveur, et vérifier que ces identifiants permettent d'écrire ; rien n'est modifié.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="55"/>
        <source>Publish the working copy</source>
        <translation>Publier la copie de travail</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="59"/>
        <source>Check what would change</source>
        <translation>Vérifier ce qui changerait</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="60"/>
        <source>Check the records, read the server and compare: nothing is sent.</source>
        <translation>Vérifier les enregistrements, lire le serveur et comparer : rien n'est envoyé.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="72"/>
        <source>Publish now</source>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="73"/>
        <source>Send what changed here, bring in what changed on the server; you decide each record changed on both sides.</source>
        <translation>Envoyer ce qui a changé ici, rapporter ce qui a changé sur le serveur ; vous décidez pour chaque enregistrement modifié des deux côtés.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
