"""Bad inputs, all in one table: each case is one bad input, the one sentence the user gets, and what stays whole.

This module is plain Python (no QGIS): ``scripts/bad_inputs_table.py`` turns it into ``docs/bad-inputs.md`` and a
test keeps the two equal. Every case has exactly one test (``tests/bad_inputs/test_*.py``, bound with
:func:`tests.bad_inputs.checks.bound`) that brings the bad input through the path a user takes (a Processing
algorithm, or the function the panel calls), asserts the sentence and proves that nothing was lost.

``sentence`` is the real English sentence; ``{...}`` stands for what changes from one run to the next (a file name, a
host, a count). A test matches the whole sentence against it: the words between the braces are checked verbatim.
``defect`` (a reason) marks a case where the plugin is wrong today in a part other people are editing
(``creative_layers_plugin/sync/``, ``core/validation.py``): its test expects the right behaviour and is a strict xfail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORIES = ("Files", "Geometries", "Attributes", "CRS", "Server answers")


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    bad_input: str
    sentence: str
    whole: str
    defect: str = ""

    def pattern(self) -> re.Pattern:
        """The sentence as a regular expression: literal text, each ``{placeholder}`` any text."""
        parts = re.split(r"\{[a-z_]+\}", self.sentence)
        return re.compile("(?s)" + ".+?".join(re.escape(part) for part in parts))


WORKSPACE_WHOLE = "the file, byte for byte"
IMPORT_WHOLE = "every table of the workspace (rows checksum); the source file"
ROW_WHOLE = "every table of the workspace (rows checksum); the row is listed in the report, none dropped silently"
BLOCKED_WHOLE = "every table of the workspace (rows checksum); the server: no request that writes"
SERVER_WHOLE = "every table of the workspace but the publish journal (rows checksum); the server's items"
RECORD_REFUSED = (
    "every record of the workspace (checksum of all fields but the revision); the server holds every other record, "
    "the refused one stays here and the report lists it"
)

CASES: tuple[Case, ...] = (
    # ------------------------------------------------------------------------------------------------ files
    Case(
        "files-not-a-geopackage",
        "Files",
        "A text file named `notes.gpkg` opened as a workspace",
        "{file} is not a GeoPackage: choose a workspace file (.gpkg) made by Creative Layers.",
        WORKSPACE_WHOLE,
    ),
    Case(
        "files-truncated-geopackage",
        "Files",
        "A workspace cut off at a third of its size (a copy that stopped)",
        "{file} cannot be read as a GeoPackage ({detail}): it may be damaged; open a backup copy.",
        WORKSPACE_WHOLE,
    ),
    Case(
        "files-sqlite-not-geopackage",
        "Files",
        "An SQLite database that is not a GeoPackage",
        "{file} is an SQLite database but not a GeoPackage: choose a workspace made by Creative Layers.",
        WORKSPACE_WHOLE,
    ),
    Case(
        "files-geopackage-of-another-app",
        "Files",
        "A GeoPackage saved by QGIS, without the plugin's tables",
        "{file} is a GeoPackage but not a Creative Layers workspace: create a workspace and import its layers with "
        "Import records.",
        WORKSPACE_WHOLE,
    ),
    Case(
        "files-newer-schema",
        "Files",
        "A workspace made by a newer plugin (schema version 99)",
        "{file} was made by a newer Creative Layers (schema version {found}, this plugin knows {known}): update the "
        "plugin to open it.",
        WORKSPACE_WHOLE,
    ),
    Case(
        "files-read-only",
        "Files",
        "A workspace file marked read-only",
        "{file} is read-only: copy it to a folder you can write to, or change its permissions.",
        WORKSPACE_WHOLE,
    ),
    Case(
        "files-locked",
        "Files",
        "A workspace another program is writing (holds SQLite's write lock)",
        "{file} is being written by another program: close it there (or wait for it to finish) and try again.",
        "every table of the workspace (rows checksum)",
    ),
    Case(
        "files-missing-workspace",
        "Files",
        "A workspace path where there is no file",
        "{path} does not exist: choose an existing workspace or create one.",
        "no file is created",
    ),
    Case(
        "files-workspace-not-gpkg-name",
        "Files",
        "Creating a workspace named `map.sqlite`",
        "A workspace is a GeoPackage: give a file name ending in .gpkg.",
        "no file is created",
    ),
    Case(
        "files-workspace-folder-missing",
        "Files",
        "Creating a workspace in a folder that does not exist",
        "The folder {folder} does not exist or cannot be written to: choose another folder.",
        "no file is created",
    ),
    Case(
        "files-import-missing",
        "Files",
        "Importing a file that does not exist",
        "{path} does not exist: choose the file to import.",
        IMPORT_WHOLE,
    ),
    Case(
        "files-import-spreadsheet",
        "Files",
        "Importing an Excel workbook (`.xlsx`)",
        "{file} is not a CSV, GeoJSON or shapefile: export the records in one of these formats and import that file.",
        IMPORT_WHOLE,
    ),
    Case(
        "files-import-wrong-encoding",
        "Files",
        "A CSV saved by old Excel in Windows-1258, not UTF-8",
        "{file} is not written in UTF-8: save it again as CSV UTF-8 and import it.",
        IMPORT_WHOLE,
    ),
    Case(
        "files-import-empty",
        "Files",
        "An empty CSV (0 bytes)",
        "{file} cannot be read as a table of records: check that it is a complete CSV, GeoJSON or shapefile, with "
        "the column names on the first line.",
        IMPORT_WHOLE,
    ),
    Case(
        "files-import-broken-geojson",
        "Files",
        "A GeoJSON cut off in the middle",
        "{file} cannot be read as a table of records: check that it is a complete CSV, GeoJSON or shapefile, with "
        "the column names on the first line.",
        IMPORT_WHOLE,
    ),
    Case(
        "files-import-shapefile-without-dbf",
        "Files",
        "A shapefile whose `.dbf` (its attributes) is missing",
        "{file} cannot be read as a table of records: check that it is a complete CSV, GeoJSON or shapefile, with "
        "the column names on the first line.",
        IMPORT_WHOLE,
    ),
    Case(
        "files-import-no-matching-column",
        "Files",
        "A CSV none of whose columns is a field of the layer",
        "No column of {file} matches a field of the layer {layer}: name the columns after its fields ({fields}) or "
        "give a field map.",
        IMPORT_WHOLE,
    ),
    Case(
        "files-import-field-map-unknown-column",
        "Files",
        "A field map naming a column the file does not have",
        "The field map names the column {column}, which {file} does not have: use one of {columns}.",
        IMPORT_WHOLE,
    ),
    # ------------------------------------------------------------------------------------------------ geometries
    Case(
        "geom-self-intersecting",
        "Geometries",
        "A bow-tie polygon (its outline crosses itself) for a site zone",
        "Row {row}: The geometry has {count} parts but the layer {layer} holds one part per record: split it into "
        "one row per part.",
        ROW_WHOLE,
    ),
    Case(
        "geom-empty",
        "Geometries",
        'A GeoJSON feature with `"geometry": null`',
        "Row {row}: The row has no place: fill x (longitude) and y (latitude), or import a file with geometries.",
        ROW_WHOLE,
    ),
    Case(
        "geom-wrong-type",
        "Geometries",
        "A line imported into a layer of points",
        "Row {row}: The geometry is a {found}, but the layer {layer} holds {wanted} geometries: import the row into "
        "a layer of that kind.",
        ROW_WHOLE,
    ),
    Case(
        "geom-far-outside-city",
        "Geometries",
        "A Hội An record placed at Hoàn Kiếm lake (Hà Nội)",
        "Row {row}: The place lies {km} km from the centre of Hội An: check the coordinates (longitude in x, "
        "latitude in y) and their coordinate system.",
        ROW_WHOLE,
    ),
    Case(
        "geom-nan-coordinates",
        "Geometries",
        "`x` = `nan`",
        "Row {row}: The coordinates x=nan, y={y} are not two numbers: write them as decimal degrees, such as "
        "x=108.3341, y=15.8803.",
        ROW_WHOLE,
    ),
    Case(
        "geom-infinite-coordinates",
        "Geometries",
        "`x` = `inf`",
        "Row {row}: The coordinates x=inf, y={y} are not two numbers: write them as decimal degrees, such as "
        "x=108.3341, y=15.8803.",
        ROW_WHOLE,
    ),
    Case(
        "geom-not-wkt",
        "Geometries",
        "A `wkt` column holding `somewhere near the river`",
        "Row {row}: The geometry in the column wkt is not WKT: write it as POINT (108.33 15.88) or POLYGON ((...)).",
        ROW_WHOLE,
    ),
    Case(
        "geom-invalid-in-workspace",
        "Geometries",
        "A craft village edited into a bow tie, then published",
        "{count} records must be corrected before publishing (the first: craft_village {uid}, -: The geometry is "
        "not valid ({detail}): fix it with the vertex tool or the algorithm Fix geometries.); nothing was sent. "
        "“Check the records” lists them all.",
        BLOCKED_WHOLE,
    ),
    Case(
        "geom-sketch-empty",
        "Geometries",
        "A competition sketch finished without a click",
        "The sketch is empty: click on the map to draw it.",
        "every layer's features (counts)",
    ),
    Case(
        "geom-sketch-line-one-point",
        "Geometries",
        "A line sketch of one point",
        "A line needs two different points at least: click them, then right-click to finish it.",
        "every layer's features (counts)",
    ),
    Case(
        "geom-sketch-crossing",
        "Geometries",
        "An area sketch that crosses itself (a bow tie)",
        "The area crosses itself: draw its outline again without crossing it.",
        "every layer's features (counts)",
    ),
    Case(
        "geom-sketch-far-from-site",
        "Geometries",
        "A note sketched 2 km from the competition site, and declined",
        "This sketch lies {distance} m from the competition site. Keep it all the same?",
        "every layer's features (counts); nothing is kept unless the user says yes",
    ),
    # ------------------------------------------------------------------------------------------------ attributes
    Case(
        "attr-not-in-value-list",
        "Attributes",
        "`actor_type` = `castle`",
        'Row {row}: The value "castle" in the column actor_type is not in the list {list}: use one of its codes or '
        "labels ({choices}).",
        ROW_WHOLE,
    ),
    Case(
        "attr-required-empty",
        "Attributes",
        "An organisation with its name but no `actor_type`",
        "Row {row}: The required field {field} is empty: fill the column actor_type.",
        ROW_WHOLE,
    ),
    Case(
        "attr-no-identity",
        "Attributes",
        "A row with neither a uid nor a name",
        "Row {row}: The row has no uid and no name: fill them, or add a uid column.",
        ROW_WHOLE,
    ),
    Case(
        "attr-text-too-long",
        "Attributes",
        "A name of 300 characters (the field holds 255)",
        "Row {row}: The text in the column name is longer than 255 characters: shorten it.",
        ROW_WHOLE,
    ),
    Case(
        "attr-date-wrong-form",
        "Attributes",
        "An event starting on `45/13/2025`",
        'Row {row}: The date "45/13/2025" in the column start_date cannot be read: write it as 2024-11-27 or '
        "11/27/2024.",
        ROW_WHOLE,
    ),
    Case(
        "attr-duplicate-uid-in-file",
        "Attributes",
        "Two rows of one file with the same `GlobalID`",
        "Row {row}: The row is the same record as row {first} (same uid or same {fields}): keep one of them, or tell "
        "them apart.",
        "every table but the one record the first row adds (rows checksum); the second row is listed in the report",
    ),
    Case(
        "attr-uid-not-uuid",
        "Attributes",
        "A `uid` of `ABC-123`",
        'Row {row}: The identifier "ABC-123" in the column uid is not a UUID: correct it, or remove the column to let '
        "the import make identifiers.",
        ROW_WHOLE,
    ),
    Case(
        "attr-phone",
        "Attributes",
        "A phone number `call me`",
        'Row {row}: The phone number "call me" in the column phone is not a phone number: write it as 0905 123 456 '
        "or +84 905 123 456.",
        ROW_WHOLE,
    ),
    Case(
        "attr-email",
        "Attributes",
        "An e-mail `an@`",
        'Row {row}: The email address "an@" in the column email is not valid: write it as name@example.com.',
        ROW_WHOLE,
    ),
    Case(
        "attr-out-of-range",
        "Attributes",
        "An organisation founded in 3025",
        'Row {row}: The value "3025" in the column founded_year is outside the allowed range (1800 to 2100): '
        "correct it.",
        ROW_WHOLE,
    ),
    Case(
        "attr-nfd-text",
        "Attributes",
        "A name written in Unicode NFD (decomposed accents, as macOS writes)",
        "{imported} records added, {updated} updated, {rejected} rows rejected (see {report}).",
        "the name, stored in NFC, letter for letter",
    ),
    Case(
        "attr-youth-leader-consent",
        "Attributes",
        "A youth leader marked as consenting, then published",
        "{count} records must be corrected before publishing (the first: person {uid}, consent_publish: {message}); "
        "nothing was sent. “Check the records” lists them all.",
        BLOCKED_WHOLE,
    ),
    Case(
        "attr-duplicate-uid-in-workspace",
        "Attributes",
        "Two SME enrolments sharing one uid, then published",
        "{count} records must be corrected before publishing (the first: sme_enrolment {uid}, uid: The identifier "
        "{same} is already used by another record (layer sme_enrolment): give this one a new identifier.); nothing "
        "was sent. “Check the records” lists them all.",
        BLOCKED_WHOLE,
    ),
    Case(
        "attr-privacy-fields",
        "Attributes",
        "Persons without consent, youth leaders, birth years and reviewers' comments in a workspace being published",
        "Published: created {create}, updated {update}, deleted {delete}, pulled {pull}, not published for privacy "
        "{skipped}.",
        "what was sent holds none of them (every request body checked); they stay in the workspace",
    ),
    Case(
        "attr-nfd-published",
        "Attributes",
        "A name typed in NFD in the workspace, then published",
        "Published: created {create}, updated {update}, deleted {delete}, pulled {pull}, not published for privacy "
        "{skipped}.",
        "the name reaches the server in NFC; the workspace keeps it as typed",
    ),
    # ------------------------------------------------------------------------------------------------ CRS
    Case(
        "crs-projected-without-crs",
        "CRS",
        "A CSV of VN-2000 metres (E 562 354, N 1 756 423) imported as WGS 84",
        "Row {row}: The coordinates x=562354, y=1756423 are not longitude and latitude: give the coordinate system "
        "of the file when importing it.",
        ROW_WHOLE,
    ),
    Case(
        "crs-lonlat-given-as-vn2000",
        "CRS",
        "Longitude and latitude imported with EPSG:5899 as their CRS",
        "Row {row}: The place lies {km} km from the centre of Hội An: check the coordinates (longitude in x, latitude "
        "in y) and their coordinate system.",
        ROW_WHOLE,
    ),
    Case(
        "crs-swapped-lat-lon",
        "CRS",
        "Latitude in `x` and longitude in `y`",
        "Row {row}: The coordinates x=15.8803, y=108.3341 look swapped: put the longitude in x and the latitude in y.",
        ROW_WHOLE,
    ),
    Case(
        "crs-unknown",
        "CRS",
        "Importing with the coordinate system `EPSG:999999`",
        "The coordinate system EPSG:999999 is unknown to QGIS: choose one in the list, such as EPSG:4326 (longitude "
        "and latitude) or EPSG:5899 (VN-2000 / TM-3 107-45).",
        IMPORT_WHOLE,
    ),
    Case(
        "crs-shapefile-without-prj",
        "CRS",
        "A shapefile in VN-2000 metres whose `.prj` is missing",
        "Row {row}: The coordinates cannot be transformed to EPSG:5899: check them and their coordinate system.",
        ROW_WHOLE,
    ),
    Case(
        "crs-city-of-another-workspace",
        "CRS",
        "A Hội An record imported into a Hà Nội workspace (EPSG:5897)",
        "Row {row}: The city Hội An is not in this workspace (Hà Nội): import the row into a workspace made for that "
        "city.",
        ROW_WHOLE,
    ),
    # ------------------------------------------------------------------------------------------------ server answers
    Case(
        "srv-not-an-address",
        "Server answers",
        "A server address without `https://` (`map.example.org`)",
        "map.example.org is not a server address: write it as https://host/path (the landing page of its OGC API - "
        "Features).",
        SERVER_WHOLE,
    ),
    Case(
        "srv-unknown-authcfg",
        "Server answers",
        "An authentication configuration id that does not exist",
        "The authentication configuration nosuch1 does not exist in this QGIS profile: choose one in the publishing "
        "settings.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-connection-refused",
        "Server answers",
        "A port where nothing listens",
        "The server {host} does not answer: check its address and that it is running, then publish again.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-timeout",
        "Server answers",
        "A server that answers after the time limit",
        "The server {host} took too long to answer: try again later; nothing was lost.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-401",
        "Server answers",
        "The reference server (QGIS Server behind nginx) and a wrong password",
        "The server {host} refused the user name or password: check the authentication configuration chosen for it "
        "in QGIS, then publish again.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-403",
        "Server answers",
        "403 to every write",
        "The server {host} does not let this account change a new record of {layer}: ask its administrator for write "
        "access.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-404-no-collection",
        "Server answers",
        "A server without any collection of the creative map (a layer it lacks is left out, the rest published)",
        "The server {url} serves none of the creative map's layers: check the address (the landing page of the map's "
        "OGC API - Features); nothing was sent.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-records-without-uid",
        "Server answers",
        "Records of `organisation` answered without their `uid` (a server that does not serve the map's schema)",
        "The server {host} answers organisation with records that have no uid (their fields: {fields}): it does not "
        "serve the creative map's layers as the plugin made them; ask its administrator, or check the address; "
        "nothing was sent.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-labels-inexact",
        "Server answers",
        "Records answered with field labels instead of names, one value being no label of its list",
        "The server {host} answers organisation with field labels instead of names (“Mã định danh” for uid) and they "
        "cannot all be read back exactly (“Không rõ” is not one value of actor_type): ask its administrator to serve "
        "the layers without their forms (in the served project, Layer Properties > Attributes Form: no aliases, no "
        "value maps); nothing was sent.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-fields-missing",
        "Server answers",
        "Records of `organisation` answered without some of the schema's fields",
        "The server {host} serves organisation without the fields phone, email: ask its administrator to serve every "
        "field of the layer; nothing was sent.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-photo-413",
        "Server answers",
        "A record's photo refused by the media store as too large (413)",
        "1 records could not be published ({layer} {uid}: The server {host} takes no photo as large as this one "
        "({size} kB once made web-sized): ask its administrator to raise the media store's limit.); the others were. "
        "The report lists them: {report}",
        RECORD_REFUSED,
    ),
    Case(
        "srv-409",
        "Server answers",
        "409 to one write",
        "1 records could not be published ({layer} {uid}: Someone changed a new record of {layer} on the server in "
        "the meantime: publish again to see the change and decide.); the others were. The report lists them: "
        "{report}",
        RECORD_REFUSED,
    ),
    Case(
        "srv-412",
        "Server answers",
        "412 to one write",
        "1 records could not be published ({layer} {uid}: Someone changed a new record of {layer} on the server in "
        "the meantime: publish again to see the change and decide.); the others were. The report lists them: "
        "{report}",
        RECORD_REFUSED,
    ),
    Case(
        "srv-413",
        "Server answers",
        "413 to one write",
        "1 records could not be published ({layer} {uid}: The server {host} finds a new record of {layer} too large "
        "to accept: make it smaller (a shorter text, a simpler shape) or ask its administrator to accept larger "
        "requests.); the others were. The report lists them: {report}",
        RECORD_REFUSED,
    ),
    Case(
        "srv-422",
        "Server answers",
        "422 to one write",
        "1 records could not be published ({layer} {uid}: The server {host} refused a new record of {layer} as "
        "invalid: check its values (the log panel has the server's answer), correct it and publish again.); the "
        "others were. The report lists them: {report}",
        RECORD_REFUSED,
    ),
    Case(
        "srv-429",
        "Server answers",
        "429 (too many requests) to every write, retries included",
        "The server {host} is busy (too many requests): wait a minute and publish again.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-500",
        "Server answers",
        "500 to every write",
        "The server {host} failed (500) while handling a new record of {layer}: try again later; if it goes on, tell "
        "its administrator.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-502",
        "Server answers",
        "502 to every write, retries included",
        "The server {host} failed (502) while handling a new record of {layer}: try again later; if it goes on, tell "
        "its administrator.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-503",
        "Server answers",
        "503 to every write, retries included",
        "The server {host} failed (503) while handling a new record of {layer}: try again later; if it goes on, tell "
        "its administrator.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-not-json",
        "Server answers",
        "A body that is not JSON (nginx's welcome page, as JSON's type)",
        "{url} is not the landing page of an OGC API - Features server (it has no conformance page): check the "
        "address, such as https://host/wfs3.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-html-login-page",
        "Server answers",
        "An HTML login page answered with 200 (a captive portal)",
        "{url} is not the landing page of an OGC API - Features server (it has no conformance page): check the "
        "address, such as https://host/wfs3.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-tls-untrusted",
        "Server answers",
        "HTTPS with a self-signed certificate",
        "The server {host} has a certificate QGIS cannot trust: ask its administrator to fix it; the plugin never "
        "sends data over an unverified connection.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-wrong-url",
        "Server answers",
        "The reference server's root (`http://host/`), not its `/wfs3` landing page",
        "{url} is not the landing page of an OGC API - Features server (it has no conformance page): check the "
        "address, such as https://host/wfs3.",
        SERVER_WHOLE,
    ),
    Case(
        "srv-redirect",
        "Server answers",
        "A server that moved: 301 to its new address for every request",
        "The server {host} sends its requests on to {location}: publish to that address instead; nothing was sent.",
        SERVER_WHOLE,
    ),
)

IDS = tuple(case.id for case in CASES)
BY_ID = {case.id: case for case in CASES}
