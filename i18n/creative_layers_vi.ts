<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="75"/>
        <source>Creative Layers</source>
        <translation>Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="87"/>
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/plugin.py" line="48"/>
        <source>Creative Layers panel</source>
        <translation>Bảng Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/plugin.py" line="52"/>
        <source>Show or hide the Creative Layers panel</source>
        <translation>Hiện hoặc ẩn bảng Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/plugin.py" line="67"/>
        <source>&amp;Creative Layers</source>
        <translation>&amp;Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/provider.py" line="17"/>
        <source>Creative map</source>
        <translation>Bản đồ sáng tạo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/provider.py" line="20"/>
        <source>Creative map (Creative Layers {version})</source>
        <translation>Bản đồ sáng tạo (Các lớp sáng tạo {version})</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/toolbelt/task.py" line="61"/>
        <source>{task} was cancelled; nothing was left half done.</source>
        <translation>Đã hủy {task}; không có thao tác nào bị bỏ dở.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/toolbelt/task.py" line="62"/>
        <source>{task} failed unexpectedly; the details are in the log panel (Creative Layers).</source>
        <translation>{task} gặp lỗi ngoài dự kiến; chi tiết có trong bảng nhật ký (Creative Layers).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="79"/>
        <source>The layer {layer} cannot be read from {path}: the file may be damaged.</source>
        <translation>Không đọc được lớp {layer} từ {path}: tệp có thể đã bị hỏng.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="115"/>
        <source>Unknown city {city}: choose one of {choices}.</source>
        <translation>Không có thành phố {city}: hãy chọn một trong {choices}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="118"/>
        <source>A workspace is a GeoPackage: give a file name ending in .gpkg.</source>
        <translation>Bản làm việc là một tệp GeoPackage: hãy đặt tên tệp có đuôi .gpkg.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="121"/>
        <source>{path} already exists: choose another name, or open it instead.</source>
        <translation>{path} đã tồn tại: hãy chọn tên khác, hoặc mở tệp đó.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="126"/>
        <source>The folder {folder} does not exist or cannot be written to: choose another folder.</source>
        <translation>Thư mục {folder} không tồn tại hoặc không ghi được: hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="179"/>
        <source>The workspace could not be written ({detail}): check the disk space and the folder&apos;s permissions.</source>
        <translation>Không ghi được bản làm việc ({detail}): hãy kiểm tra dung lượng đĩa và quyền ghi của thư mục.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="222"/>
        <source>{count} records could not be added to {layer}: {detail}</source>
        <translation>Không thêm được {count} bản ghi vào {layer}: {detail}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="39"/>
        <source>{path} does not exist: choose an existing workspace or create one.</source>
        <translation>{path} không tồn tại: hãy chọn một bản làm việc có sẵn hoặc tạo mới.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="41"/>
        <source>{path} is not a GeoPackage: choose a workspace file (.gpkg) made by Creative Layers.</source>
        <translation>{path} không phải là GeoPackage: hãy chọn một tệp bản làm việc (.gpkg) do Các lớp sáng tạo tạo ra.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="50"/>
        <source>{path} is an SQLite database but not a GeoPackage: choose a workspace made by Creative Layers.</source>
        <translation>{path} là cơ sở dữ liệu SQLite nhưng không phải GeoPackage: hãy chọn một bản làm việc do Các lớp sáng tạo tạo ra.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="55"/>
        <source>{path} is a GeoPackage but not a Creative Layers workspace: create a workspace and import its layers with Import records.</source>
        <translation>{path} là GeoPackage nhưng không phải bản làm việc của Các lớp sáng tạo: hãy tạo một bản làm việc rồi nhập các lớp của tệp bằng Nhập bản ghi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="61"/>
        <source>{path} cannot be read as a GeoPackage ({detail}): it may be damaged; open a backup copy.</source>
        <translation>Không đọc được {path} như một GeoPackage ({detail}): tệp có thể đã hỏng; hãy mở bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="68"/>
        <source>{path} was made by a newer Creative Layers (schema version {found}, this plugin knows {known}): update the plugin to open it.</source>
        <translation>{path} được tạo bởi phiên bản Các lớp sáng tạo mới hơn (lược đồ phiên bản {found}, plugin này biết {known}): hãy cập nhật plugin để mở tệp.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="113"/>
        <source>{path} is read-only: copy it to a folder you can write to, or change its permissions.</source>
        <translation>{path} chỉ đọc: hãy chép tệp vào thư mục có quyền ghi, hoặc đổi quyền của tệp.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="123"/>
        <source>{path} is being written by another program: close it there (or wait for it to finish) and try again.</source>
        <translation>{path} đang được một chương trình khác ghi: hãy đóng tệp ở đó (hoặc chờ chương trình xong) rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace_open.py" line="188"/>
        <source>The workspace could not be brought up to date (layer {layer}): restore it from a backup and report the problem.</source>
        <translation>Không cập nhật được bản làm việc (lớp {layer}): hãy khôi phục từ bản sao lưu và báo lại sự cố.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="39"/>
        <source>All cities</source>
        <translation>Tất cả thành phố</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="123"/>
        <source>All creative fields</source>
        <translation>Tất cả lĩnh vực sáng tạo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="130"/>
        <source>Open a workspace</source>
        <translation>Mở bản làm việc</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="138"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="138"/>
        <source>New workspace</source>
        <translation>Bản làm việc mới</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="144"/>
        <source>Opening {name}</source>
        <translation>Đang mở {name}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="147"/>
        <source>Creating {name}</source>
        <translation>Đang tạo {name}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="265"/>
        <source>Showing {shown} of {total} features.</source>
        <translation>Đang hiển thị {shown} trên {total} đối tượng.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="278"/>
        <source>No creative map is open yet.</source>
        <translation>Chưa mở bản đồ sáng tạo nào.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="280"/>
        <source>{name}: {count} features in {layers} layers.</source>
        <translation>{name}: {count} đối tượng trong {layers} lớp.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="28"/>
        <source>Create a workspace</source>
        <translation>Tạo bản làm việc</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="31"/>
        <source>Creates a working copy of the creative map: a GeoPackage with every layer of the map (in EPSG:5899 for Hội An and Tam Kỳ, EPSG:5897 for Hà Nội), their value lists in three languages, and, if asked, the sample data of the chosen city.</source>
        <translation>Tạo một bản làm việc của bản đồ sáng tạo: một tệp GeoPackage chứa mọi lớp của bản đồ (theo EPSG:5899 cho Hội An và Tam Kỳ, EPSG:5897 cho Hà Nội), các danh mục giá trị bằng ba ngôn ngữ và, nếu được chọn, dữ liệu mẫu của thành phố đã chọn.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="51"/>
        <source>Workspace</source>
        <translation>Bản làm việc</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="40"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="44"/>
        <source>Add the sample data</source>
        <translation>Thêm dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="45"/>
        <source>Features written</source>
        <translation>Số đối tượng đã ghi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/create_workspace.py" line="56"/>
        <source>{count} features written to {path}.</source>
        <translation>Đã ghi {count} đối tượng vào {path}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="101"/>
        <source>The row has no city and no place to find it from: fill the column city.</source>
        <translation>Dòng này không có thành phố và cũng không có vị trí để xác định thành phố: hãy điền cột city.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="104"/>
        <source>The city {city} is not in this workspace ({cities}): import the row into a workspace made for that city.</source>
        <translation>Thành phố {city} không có trong bản làm việc này ({cities}): hãy nhập dòng này vào một bản làm việc được tạo cho thành phố đó.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="119"/>
        <source>The place lies {km} km from the centre of {city}: check the coordinates (longitude in x, latitude in y) and their coordinate system.</source>
        <translation>Vị trí cách trung tâm {city} {km} km: hãy kiểm tra tọa độ (kinh độ ở x, vĩ độ ở y) và hệ tọa độ của chúng.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="139"/>
        <source>The geometry in the column {column} is not WKT: write it as POINT (108.33 15.88) or POLYGON ((...)).</source>
        <translation>Hình học trong cột {column} không phải là WKT: hãy ghi theo dạng POINT (108.33 15.88) hoặc POLYGON ((...)).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="154"/>
        <source>The coordinates cannot be transformed to {crs}: check them and their coordinate system.</source>
        <translation>Không chuyển đổi được tọa độ sang {crs}: hãy kiểm tra tọa độ và hệ tọa độ của chúng.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="169"/>
        <source>The coordinates x={x}, y={y} are not two numbers: write them as decimal degrees, such as x=108.3341, y=15.8803.</source>
        <translation>Tọa độ x={x}, y={y} không phải là hai số: hãy ghi theo độ thập phân, ví dụ x=108.3341, y=15.8803.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="177"/>
        <source>The coordinates x={x}, y={y} look swapped: put the longitude in x and the latitude in y.</source>
        <translation>Tọa độ x={x}, y={y} có vẻ bị đảo ngược: hãy ghi kinh độ vào x và vĩ độ vào y.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="182"/>
        <source>The coordinates x={x}, y={y} are not longitude and latitude: give the coordinate system of the file when importing it.</source>
        <translation>Tọa độ x={x}, y={y} không phải là kinh độ và vĩ độ: hãy chọn hệ tọa độ của tệp khi nhập tệp.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="194"/>
        <source>The geometry is a {found}, but the layer {layer} holds {wanted} geometries: import the row into a layer of that kind.</source>
        <translation>Hình học thuộc loại {found}, nhưng lớp {layer} chứa hình học loại {wanted}: hãy nhập dòng này vào một lớp có loại hình học đó.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="213"/>
        <source>The geometry is invalid and cannot be repaired: correct it in the source file.</source>
        <translation>Hình học không hợp lệ và không sửa được: hãy sửa lại trong tệp nguồn.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_rows.py" line="219"/>
        <source>The geometry has {count} parts but the layer {layer} holds one part per record: split it into one row per part.</source>
        <translation>Hình học có {count} phần nhưng lớp {layer} chỉ chứa một phần cho mỗi bản ghi: hãy tách thành mỗi phần một dòng.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="94"/>
        <source>{path} does not exist: choose the file to import.</source>
        <translation>{path} không tồn tại: hãy chọn tệp cần nhập.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="97"/>
        <source>{path} is not a CSV, GeoJSON or shapefile: export the records in one of these formats and import that file.</source>
        <translation>{path} không phải là tệp CSV, GeoJSON hoặc shapefile: hãy xuất các bản ghi theo một trong các định dạng này rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="107"/>
        <source>{path} is not written in UTF-8: save it again as CSV UTF-8 and import it.</source>
        <translation>{path} không được mã hóa UTF-8: hãy lưu lại tệp dưới dạng CSV UTF-8 rồi nhập tệp.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="115"/>
        <source>{path} cannot be read as a table of records: check that it is a complete CSV, GeoJSON or shapefile, with the column names on the first line.</source>
        <translation>Không đọc được {path} như một bảng bản ghi: hãy kiểm tra rằng đó là tệp CSV, GeoJSON hoặc shapefile đầy đủ, có tên cột ở dòng đầu tiên.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="148"/>
        <source>The field map entry {entry} has no equals sign: write the field map as column=field;other column=other_field.</source>
        <translation>Mục {entry} của ánh xạ trường không có dấu bằng: hãy ghi ánh xạ trường theo dạng column=field;other column=other_field.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="188"/>
        <source>The field map names the column {column}, which {path} does not have: use one of {columns}.</source>
        <translation>Ánh xạ trường nêu cột {column}, nhưng {path} không có cột này: hãy dùng một trong các cột {columns}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="198"/>
        <source>The field map names the field {field}, which the layer {layer} does not have: use one of {fields}, x or y.</source>
        <translation>Ánh xạ trường nêu trường {field}, nhưng lớp {layer} không có trường này: hãy dùng một trong các trường {fields}, x hoặc y.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_source.py" line="231"/>
        <source>No column of {path} matches a field of the layer {layer}: name the columns after its fields ({fields}) or give a field map.</source>
        <translation>Không có cột nào của {path} khớp với một trường của lớp {layer}: hãy đặt tên cột theo các trường của lớp ({fields}) hoặc cung cấp một ánh xạ trường.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="122"/>
        <source>The text in the column {column} is longer than {length} characters: shorten it.</source>
        <translation>Văn bản trong cột {column} dài hơn {length} ký tự: hãy rút ngắn lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="131"/>
        <source>The workspace has no layer {layer}: choose one of the creative map&apos;s layers.</source>
        <translation>Bản làm việc không có lớp {layer}: hãy chọn một trong các lớp của bản đồ sáng tạo.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="190"/>
        <source>The import was cancelled: nothing was changed in the workspace.</source>
        <translation>Đã hủy việc nhập: bản làm việc không bị thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="204"/>
        <source>The row has no uid and no {fields}: fill them, or add a uid column.</source>
        <translation>Dòng này không có uid và không có {fields}: hãy điền các giá trị đó, hoặc thêm cột uid.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="211"/>
        <source>The row is the same record as row {row} (same uid or same {fields}): keep one of them, or tell them apart.</source>
        <translation>Dòng này là cùng một bản ghi với dòng {row} (cùng uid hoặc cùng {fields}): hãy giữ lại một dòng, hoặc làm cho hai dòng khác nhau.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="219"/>
        <source>The row has no place: fill x (longitude) and y (latitude), or import a file with geometries.</source>
        <translation>Dòng này không có vị trí: hãy điền x (kinh độ) và y (vĩ độ), hoặc nhập một tệp có hình học.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="225"/>
        <source>The required field {field} is empty: fill the column {column}.</source>
        <translation>Trường bắt buộc {field} đang trống: hãy điền cột {column}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="232"/>
        <source>Row {row}: {reason}</source>
        <translation>Dòng {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="315"/>
        <source>The records could not be written to the layer {layer}; nothing was changed: check that the workspace is not open for editing elsewhere, then import again.</source>
        <translation>Không ghi được các bản ghi vào lớp {layer}; không có gì bị thay đổi: hãy kiểm tra rằng bản làm việc không đang được mở để chỉnh sửa ở nơi khác, rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="375"/>
        <source>The import report could not be written to {path}: choose another place for it.</source>
        <translation>Không ghi được báo cáo nhập vào {path}: hãy chọn nơi khác để lưu báo cáo.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="56"/>
        <source>Checking the basemap</source>
        <translation>Đang kiểm tra bản đồ nền</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="39"/>
        <source>Import records</source>
        <translation>Nhập bản ghi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="42"/>
        <source>Imports records into a layer of the workspace from a CSV with x and y columns, a GeoJSON or a shapefile, including ArcGIS Survey123 exports: GlobalID becomes the uid, CreationDate, EditDate, Creator and Editor fill the record fields, and labels in Vietnamese, English or French become codes. Columns are matched to fields by name or label; a field map such as Tên tổ chức=name;Loại=actor_type overrides this. Importing the same file again updates its records instead of duplicating them. Rows that cannot be imported are listed with their row number and the reason in the report.</source>
        <translation>Nhập bản ghi vào một lớp của bản làm việc từ tệp CSV có cột x và y, tệp GeoJSON hoặc shapefile, kể cả tệp xuất từ ArcGIS Survey123: GlobalID trở thành uid, CreationDate, EditDate, Creator và Editor được điền vào các trường của bản ghi, và các nhãn bằng tiếng Việt, tiếng Anh hoặc tiếng Pháp được chuyển thành mã. Các cột được ghép với trường theo tên hoặc nhãn; một ánh xạ trường như Tên tổ chức=name;Loại=actor_type sẽ thay cho cách ghép này. Nhập lại cùng một tệp sẽ cập nhật các bản ghi của tệp đó thay vì tạo bản trùng. Các dòng không nhập được sẽ được liệt kê trong báo cáo cùng số dòng và lý do.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="52"/>
        <source>Records to import (CSV, GeoJSON or shapefile)</source>
        <translation>Bản ghi cần nhập (CSV, GeoJSON hoặc shapefile)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="53"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="56"/>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="59"/>
        <source>Field map (column=field;other=field2)</source>
        <translation>Ánh xạ trường (column=field;other=field2)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="62"/>
        <source>Coordinate system of x and y columns (WGS 84 if empty)</source>
        <translation>Hệ tọa độ của các cột x và y (WGS 84 nếu để trống)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="67"/>
        <source>Import report</source>
        <translation>Báo cáo nhập</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="56"/>
        <source>CSV files</source>
        <translation>Tệp CSV</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="71"/>
        <source>Records added</source>
        <translation>Số bản ghi đã thêm</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="72"/>
        <source>Records updated</source>
        <translation>Số bản ghi đã cập nhật</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="73"/>
        <source>Rows rejected</source>
        <translation>Số dòng bị từ chối</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/import_records.py" line="111"/>
        <source>{imported} records added, {updated} updated, {rejected} rows rejected (see {report}).</source>
        <translation>Đã thêm {imported} bản ghi, cập nhật {updated} bản ghi, từ chối {rejected} dòng (xem {report}).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="96"/>
        <source>The date &quot;{value}&quot; in the column {column} cannot be read: write it as 2024-11-27 or 11/27/2024.</source>
        <translation>Không đọc được ngày &quot;{value}&quot; trong cột {column}: hãy ghi theo dạng 2024-11-27 hoặc 11/27/2024.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="105"/>
        <source>The date and time &quot;{value}&quot; in the column {column} cannot be read: write it as 2024-11-27 11:19:00 or 11/27/2024 11:19:00 AM.</source>
        <translation>Không đọc được ngày giờ &quot;{value}&quot; trong cột {column}: hãy ghi theo dạng 2024-11-27 11:19:00 hoặc 11/27/2024 11:19:00 AM.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="132"/>
        <source>The phone number &quot;{value}&quot; in the column {column} is not a phone number: write it as 0905 123 456 or +84 905 123 456.</source>
        <translation>Giá trị &quot;{value}&quot; trong cột {column} không phải là số điện thoại: hãy ghi theo dạng 0905 123 456 hoặc +84 905 123 456.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="137"/>
        <source>The email address &quot;{value}&quot; in the column {column} is not valid: write it as name@example.com.</source>
        <translation>Địa chỉ email &quot;{value}&quot; trong cột {column} không hợp lệ: hãy ghi theo dạng name@example.com.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="140"/>
        <source>The web address &quot;{value}&quot; in the column {column} is not valid: write it as https://example.com/page.</source>
        <translation>Địa chỉ web &quot;{value}&quot; trong cột {column} không hợp lệ: hãy ghi theo dạng https://example.com/page.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="150"/>
        <source>The identifier &quot;{value}&quot; in the column {column} is not a UUID: correct it, or remove the column to let the import make identifiers.</source>
        <translation>Mã định danh &quot;{value}&quot; trong cột {column} không phải là UUID: hãy sửa lại, hoặc bỏ cột này để quá trình nhập tự tạo mã định danh.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="163"/>
        <source>The value &quot;{value}&quot; in the column {column} is not in the list {list}: use one of its codes or labels ({choices}).</source>
        <translation>Giá trị &quot;{value}&quot; trong cột {column} không có trong danh mục {list}: hãy dùng một trong các mã hoặc nhãn của danh mục ({choices}).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="196"/>
        <source>The value &quot;{value}&quot; in the column {column} is not in the list {list}: use its codes or labels ({choices}), separated by commas.</source>
        <translation>Giá trị &quot;{value}&quot; trong cột {column} không có trong danh mục {list}: hãy dùng các mã hoặc nhãn của danh mục ({choices}), cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="218"/>
        <source>The value &quot;{value}&quot; in the column {column} is neither yes nor no: write yes, no, có or không.</source>
        <translation>Giá trị &quot;{value}&quot; trong cột {column} không phải yes cũng không phải no: hãy ghi yes, no, có hoặc không.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="246"/>
        <source>The value &quot;{value}&quot; in the column {column} is not a number: write digits only, such as 1500000.</source>
        <translation>Giá trị &quot;{value}&quot; trong cột {column} không phải là số: hãy chỉ ghi chữ số, ví dụ 1500000.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="253"/>
        <source>The value &quot;{value}&quot; in the column {column} is not a whole number: round it.</source>
        <translation>Giá trị &quot;{value}&quot; trong cột {column} không phải là số nguyên: hãy làm tròn.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/import_values.py" line="263"/>
        <source>The value &quot;{value}&quot; in the column {column} is outside the allowed range ({low} to {high}): correct it.</source>
        <translation>Giá trị &quot;{value}&quot; trong cột {column} nằm ngoài khoảng cho phép ({low} đến {high}): hãy sửa lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/importers.py" line="139"/>
        <source>No field matches the columns {columns}, so they were not imported: name them in the field map if they should be.</source>
        <translation>Không có trường nào khớp với các cột {columns} nên các cột này không được nhập: nếu cần nhập, hãy ghi chúng vào ánh xạ trường.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="108"/>
        <source>{field} is required: fill it in.</source>
        <translation>{field} là trường bắt buộc: hãy điền giá trị.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="114"/>
        <source>{field} has {count} characters: shorten it to {maximum}.</source>
        <translation>{field} có {count} ký tự: hãy rút ngắn còn {maximum} ký tự.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="138"/>
        <source>{field}: “{value}” is not a code of the list {list}; store its code {code} ({label}).</source>
        <translation>{field}: “{value}” không phải là mã của danh mục {list}; hãy lưu mã {code} ({label}) của giá trị này.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="142"/>
        <source>{field}: “{value}” is not in the list {list}; choose a value of the list.</source>
        <translation>{field}: “{value}” không có trong danh mục {list}; hãy chọn một giá trị của danh mục.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="151"/>
        <source>{field} “{value}” is not in OpenStreetMap opening-hours syntax ({reason}): write it like {example}.</source>
        <translation>{field} “{value}” không đúng cú pháp giờ mở cửa của OpenStreetMap ({reason}): hãy ghi theo dạng {example}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="161"/>
        <source>hours have two digits: {suggestion}, not {text}</source>
        <translation>giờ phải có hai chữ số: {suggestion}, không phải {text}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="163"/>
        <source>write {suggestion}, not {text}</source>
        <translation>hãy ghi {suggestion}, không phải {text}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="165"/>
        <source>use the hyphen - between two times or days, not {text}</source>
        <translation>hãy dùng dấu gạch nối - giữa hai giờ hoặc hai ngày, không dùng {text}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="167"/>
        <source>{text} is not a time of day</source>
        <translation>{text} không phải là một giờ trong ngày</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="169"/>
        <source>{text} is out of range</source>
        <translation>{text} nằm ngoài khoảng cho phép</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="171"/>
        <source>{text} has no end time</source>
        <translation>{text} không có giờ kết thúc</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="173"/>
        <source>it stops in the middle of a rule</source>
        <translation>giá trị dừng lại giữa chừng một quy tắc</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="175"/>
        <source>nothing follows “{text}”</source>
        <translation>không có gì theo sau “{text}”</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="176"/>
        <source>“{text}” is unexpected</source>
        <translation>“{text}” không hợp lệ ở vị trí này</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="186"/>
        <source>{field} “{value}” is not in international form: write it as {suggestion}.</source>
        <translation>{field} “{value}” không theo dạng quốc tế: hãy ghi thành {suggestion}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="188"/>
        <source>{field} “{value}” is not a phone number in international form: write +84 then the number without its first 0 and without spaces, e.g. +84905123456.</source>
        <translation>{field} “{value}” không phải là số điện thoại theo dạng quốc tế: hãy ghi +84 rồi đến số điện thoại đã bỏ số 0 đầu tiên và không có dấu cách, ví dụ +84905123456.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="192"/>
        <source>{field} “{value}” is not an e-mail address: write it like name@example.com.</source>
        <translation>{field} “{value}” không phải là địa chỉ email: hãy ghi theo dạng name@example.com.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="197"/>
        <source>{field} “{value}” is not a complete web address: write it as {suggestion}.</source>
        <translation>{field} “{value}” không phải là địa chỉ web đầy đủ: hãy ghi theo dạng {suggestion}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="199"/>
        <source>{field} “{value}” is not a web address: it must start with https:// or http:// and name a site, e.g. https://example.com.</source>
        <translation>{field} “{value}” không phải là địa chỉ web: địa chỉ phải bắt đầu bằng https:// hoặc http:// và có tên trang web, ví dụ https://example.com.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="202"/>
        <source>{field} “{value}” is not a valid identifier (UUID): let the plugin make it.</source>
        <translation>{field} “{value}” không phải là mã định danh hợp lệ (UUID): hãy để plugin tự tạo mã.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="210"/>
        <source>{field} “{value}” is not a whole number.</source>
        <translation>{field} “{value}” không phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="212"/>
        <source>{field} “{value}” is not a number.</source>
        <translation>{field} “{value}” không phải là số.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="219"/>
        <source>{field} is {value}: it must be between {minimum} and {maximum}.</source>
        <translation>{field} là {value}: giá trị phải nằm trong khoảng từ {minimum} đến {maximum}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="221"/>
        <source>{field} is {value}: it must be at least {minimum}.</source>
        <translation>{field} là {value}: giá trị phải từ {minimum} trở lên.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="223"/>
        <source>{field} is {value}: it must be at most {maximum}.</source>
        <translation>{field} là {value}: giá trị không được lớn hơn {maximum}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="231"/>
        <source>{field} “{value}” is not yes or no.</source>
        <translation>{field} “{value}” không phải là yes hoặc no.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="240"/>
        <source>{field} “{value}” is not a date: write it as YYYY-MM-DD, e.g. 2025-06-30.</source>
        <translation>{field} “{value}” không phải là ngày: hãy ghi theo dạng YYYY-MM-DD, ví dụ 2025-06-30.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="242"/>
        <source>{field} “{value}” is not a date and time: write it as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>{field} “{value}” không phải là ngày giờ: hãy ghi theo dạng YYYY-MM-DDTHH:MM:SSZ.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="291"/>
        <source>{end} ({end_value}) is before {start} ({start_value}): correct one of the two dates.</source>
        <translation>{end} ({end_value}) sớm hơn {start} ({start_value}): hãy sửa một trong hai ngày.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="310"/>
        <source>A youth leader's record can never be published: clear “{field}”.</source>
        <translation>Bản ghi của thủ lĩnh thanh niên không bao giờ được xuất bản: hãy bỏ chọn “{field}”.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="314"/>
        <source>Without consent (“{field}”), this record will not be published.</source>
        <translation>Không có sự đồng ý (“{field}”), bản ghi này sẽ không được xuất bản.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="324"/>
        <source>There is no contact at all ({fields}): add at least one.</source>
        <translation>Không có thông tin liên hệ nào ({fields}): hãy thêm ít nhất một.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/rules.py" line="329"/>
        <source>{field} is empty: the online map will show this record without a photo.</source>
        <translation>{field} đang trống: bản đồ trực tuyến sẽ hiển thị bản ghi này mà không có ảnh.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/validation.py" line="74"/>
        <source>The feature has no geometry: place it on the map, or delete it.</source>
        <translation>Đối tượng không có hình học: hãy đặt đối tượng lên bản đồ, hoặc xóa đối tượng.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/validation.py" line="79"/>
        <source>The geometry is not valid ({detail}): fix it with the vertex tool or the algorithm Fix geometries.</source>
        <translation>Hình học không hợp lệ ({detail}): hãy sửa bằng công cụ đỉnh (Vertex Tool) hoặc thuật toán Fix geometries.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/validation.py" line="179"/>
        <source>The identifier {uid} is already used by another record (layer {layer}): give this one a new identifier.</source>
        <translation>Mã định danh {uid} đã được một bản ghi khác sử dụng (lớp {layer}): hãy đặt mã định danh mới cho bản ghi này.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/validation.py" line="195"/>
        <source>{field} names a record that does not exist in {layer}: choose an existing one or clear it.</source>
        <translation>{field} trỏ tới một bản ghi không tồn tại trong {layer}: hãy chọn một bản ghi có sẵn hoặc xóa giá trị này.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="246"/>
        <source>The style of the layer {layer} could not be read: reinstall the plugin.</source>
        <translation>Không đọc được kiểu hiển thị của lớp {layer}: hãy cài đặt lại plugin.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/workspace.py" line="255"/>
        <source>The style of the layer {layer} could not be stored in the workspace: {detail}</source>
        <translation>Không lưu được kiểu hiển thị của lớp {layer} vào bản làm việc: {detail}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="38"/>
        <source>Validate the workspace</source>
        <translation>Kiểm tra bản làm việc</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="41"/>
        <source>Checks every feature of a workspace against the rules of the creative map: required fields, phone numbers in international form (+84…), e-mail and web addresses, OpenStreetMap opening hours, numbers in range, codes in their lists, dates in order, privacy (a youth leader is never published) and geometries. Errors block publishing; warnings (no photo, no contact, no consent) only inform. The report lists each problem with its layer, feature, field and reason; without a file name it is written beside the workspace.</source>
        <translation>Kiểm tra mọi đối tượng của một bản làm việc theo các quy tắc của bản đồ sáng tạo: các trường bắt buộc, số điện thoại theo dạng quốc tế (+84…), địa chỉ email và địa chỉ web, giờ mở cửa theo cú pháp OpenStreetMap, số nằm trong khoảng cho phép, mã có trong danh mục giá trị, ngày theo đúng thứ tự, quyền riêng tư (thủ lĩnh thanh niên không bao giờ được xuất bản) và hình học. Lỗi sẽ chặn việc xuất bản; cảnh báo (không có ảnh, không có liên hệ, không có sự đồng ý) chỉ để thông báo. Báo cáo liệt kê từng vấn đề cùng lớp, đối tượng, trường và lý do; nếu không đặt tên tệp, báo cáo được ghi bên cạnh bản làm việc.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="56"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="61"/>
        <source>Errors</source>
        <translation>Số lỗi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="62"/>
        <source>Warnings</source>
        <translation>Số cảnh báo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="73"/>
        <source>The validation was cancelled.</source>
        <translation>Đã hủy việc kiểm tra.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="77"/>
        <source>{layer} {uid}, {field}: {message}</source>
        <translation>{layer} {uid}, {field}: {message}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="86"/>
        <source>{errors} errors and {warnings} warnings in {path}.</source>
        <translation>{errors} lỗi và {warnings} cảnh báo trong {path}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/validate.py" line="91"/>
        <source>The report is in {report}.</source>
        <translation>Báo cáo nằm ở {report}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="89"/>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="106"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="125"/>
        <source>{field}: write the number in international form, such as +84905123456.</source>
        <translation>{field}: hãy viết số theo dạng quốc tế, ví dụ +84905123456.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="126"/>
        <source>{field}: write an e-mail address such as name@example.com.</source>
        <translation>{field}: hãy viết địa chỉ email, ví dụ name@example.com.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="127"/>
        <source>{field}: write a web address beginning with https://.</source>
        <translation>{field}: hãy viết địa chỉ web bắt đầu bằng https://.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="133"/>
        <source>{field} must lie between {low} and {high}.</source>
        <translation>{field} phải nằm trong khoảng từ {low} đến {high}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="139"/>
        <source>{field} cannot come before the start date.</source>
        <translation>{field} không được sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="145"/>
        <source>{field}: use the OpenStreetMap form, such as Mo-Fr 08:00-17:00; Sa 08:00-12:00.</source>
        <translation>{field}: hãy viết theo dạng OpenStreetMap, ví dụ Mo-Fr 08:00-17:00; Sa 08:00-12:00.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="150"/>
        <source>No photo yet: a photo helps people recognise the place.</source>
        <translation>Chưa có ảnh: một tấm ảnh giúp mọi người nhận ra địa điểm.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/forms.py" line="155"/>
        <source>No contact at all: give at least one way to reach them.</source>
        <translation>Chưa có thông tin liên hệ nào: hãy cho ít nhất một cách để liên lạc.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/duplicates.py" line="144"/>
        <source>“{name}” already exists {distance} m from here: create another record anyway?</source>
        <translation>“{name}” đã có cách đây {distance} m: vẫn tạo bản ghi mới?</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/duplicates.py" line="146"/>
        <source>“{name}” already exists {distance} m from here, and {count} more records of the same name within {radius} m: create another record anyway?</source>
        <translation>“{name}” đã có cách đây {distance} m, cùng {count} bản ghi trùng tên khác trong vòng {radius} m: vẫn tạo bản ghi mới?</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/duplicate_guard.py" line="56"/>
        <source>Possible duplicate</source>
        <translation>Có thể bị trùng</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/duplicate_guard.py" line="63"/>
        <source>The new record “{name}” was not kept.</source>
        <translation>Bản ghi mới “{name}” đã không được giữ lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/locator.py" line="106"/>
        <source>{ward} (formerly {legacy})</source>
        <translation>{ward} (trước đây {legacy})</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/relations.py" line="64"/>
        <source>Related records</source>
        <translation>Bản ghi liên quan</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/problems.py" line="24"/>
        <source>Checking the records</source>
        <translation>Đang kiểm tra các bản ghi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/problems.py" line="100"/>
        <source>Every record can be published.</source>
        <translation>Mọi bản ghi đều có thể xuất bản.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="108"/>
        <source>{language} is not a language of the annotation sheet: choose en, vi or fr.</source>
        <translation>{language} không phải là ngôn ngữ của bảng ghi chú: hãy chọn en, vi hoặc fr.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="134"/>
        <source>{criterion} is not a competition criterion: use one of {codes}.</source>
        <translation>{criterion} không phải là tiêu chí của cuộc thi: hãy dùng một trong {codes}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="230"/>
        <source>The annotation sheet&apos;s layout template is missing: reinstall the plugin.</source>
        <translation>Thiếu mẫu trình bày của bảng ghi chú: hãy cài đặt lại plugin.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="235"/>
        <source>The annotation sheet&apos;s layout template is damaged: reinstall the plugin.</source>
        <translation>Mẫu trình bày của bảng ghi chú bị hỏng: hãy cài đặt lại plugin.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="314"/>
        <source>The annotation sheet cannot be written to {path}: choose another file, in a folder you can write to.</source>
        <translation>Không thể ghi bảng ghi chú vào {path}: hãy chọn tệp khác, trong một thư mục bạn có quyền ghi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="343"/>
        <source>The workspace has no annotation yet: annotate the competition site first.</source>
        <translation>Bản làm việc chưa có ghi chú nào: hãy ghi chú trên khu đất cuộc thi trước.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="344"/>
        <source>No annotation speaks to the chosen criteria ({criteria}): choose other criteria, or none for all.</source>
        <translation>Không có ghi chú nào thuộc các tiêu chí đã chọn ({criteria}): hãy chọn tiêu chí khác, hoặc bỏ chọn để lấy tất cả.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotation_sheet.py" line="366"/>
        <source>The annotation sheet could not be written to {path}: check the disk and try again.</source>
        <translation>Không ghi được bảng ghi chú vào {path}: hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="52"/>
        <source>Length: {length} m</source>
        <translation>Chiều dài: {length} m</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="54"/>
        <source>Area: {area} m² (perimeter {length} m)</source>
        <translation>Diện tích: {area} m² (chu vi {length} m)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="104"/>
        <source>The sketch is empty: click on the map to draw it.</source>
        <translation>Hình vẽ trống: hãy nhấp lên bản đồ để vẽ.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="112"/>
        <source>A line needs two different points at least: click them, then right-click to finish it.</source>
        <translation>Một đường cần ít nhất hai điểm khác nhau: hãy nhấp chọn chúng, rồi nhấp chuột phải để kết thúc.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="117"/>
        <source>An area needs three points around it at least: click them, then right-click to finish it.</source>
        <translation>Một vùng cần ít nhất ba điểm bao quanh: hãy nhấp chọn chúng, rồi nhấp chuột phải để kết thúc.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="131"/>
        <source>The area crosses itself: draw its outline again without crossing it.</source>
        <translation>Vùng tự cắt chính nó: hãy vẽ lại đường bao mà không cắt nhau.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="135"/>
        <source>The area's outline crossed itself; it was repaired ({area} m²): check its shape.</source>
        <translation>Đường bao của vùng tự cắt nhau; vùng đã được sửa ({area} m²): hãy kiểm tra lại hình dạng.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="253"/>
        <source>Choose a review status from the list.</source>
        <translation>Hãy chọn một trạng thái xem xét trong danh sách.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="231"/>
        <source>{layer} cannot be edited: check that the workspace is not read-only.</source>
        <translation>Không thể chỉnh sửa {layer}: hãy kiểm tra bản làm việc không ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/annotations.py" line="264"/>
        <source>The review could not be saved; the details are in the log panel.</source>
        <translation>Không lưu được kết quả xem xét; chi tiết có trong bảng nhật ký.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="92"/>
        <source>Open a workspace to annotate the competition site.</source>
        <translation>Hãy mở một bản làm việc để ghi chú trên khu đất cuộc thi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="96"/>
        <source>This workspace has no competition site yet: import its outline into “{layer}”.</source>
        <translation>Bản làm việc này chưa có khu đất cuộc thi: hãy nhập ranh giới vào “{layer}”.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="104"/>
        <source>The Friendship Building and the park: {zones} zones.</source>
        <translation>Tòa nhà Hữu nghị và công viên: {zones} phân khu.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="106"/>
        <source>The outline is approximate until a surveyed one is imported.</source>
        <translation>Ranh giới là ước lượng cho đến khi nhập ranh giới đo đạc.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="120"/>
        <source>Save or discard your edits of the site first, then lock it again.</source>
        <translation>Hãy lưu hoặc hủy các chỉnh sửa khu đất trước, rồi khóa lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="206"/>
        <source>The sketch was not kept.</source>
        <translation>Hình vẽ không được giữ lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="211"/>
        <source>Far from the site</source>
        <translation>Xa khu đất</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="211"/>
        <source>This sketch lies {distance} m from the competition site. Keep it all the same?</source>
        <translation>Hình vẽ này cách khu đất cuộc thi {distance} m. Vẫn giữ lại chứ?</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="242"/>
        <source>New annotation: {layer}</source>
        <translation>Ghi chú mới: {layer}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="261"/>
        <source>The annotation could not be saved; the details are in the log panel.</source>
        <translation>Không lưu được ghi chú; chi tiết có trong bảng nhật ký.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.py" line="265"/>
        <source>The annotation is saved in the workspace.</source>
        <translation>Ghi chú đã được lưu vào bản làm việc.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="93"/>
        <source>Competition</source>
        <translation>Cuộc thi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="41"/>
        <source>All criteria</source>
        <translation>Tất cả tiêu chí</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="41"/>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="41"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="73"/>
        <source>All teams</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="107"/>
        <source>{shown} of {total} annotations.</source>
        <translation>{shown} trên {total} ghi chú.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/review.py" line="167"/>
        <source>The review of “{text}” is saved.</source>
        <translation>Đã lưu kết quả xem xét “{text}”.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="32"/>
        <source>Export the annotation sheet (PDF)</source>
        <translation>Xuất bảng ghi chú (PDF)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="35"/>
        <source>Writes a PDF for the jury of the design competition in Hội An's central park: the map of the competition site with the annotations of the teams, a legend, a scale bar and a north arrow, then a table of the annotations grouped by criterion (an annotation that speaks to several criteria is listed under each; those with no criterion come last) with their kind, team and review status. Choose criteria to show only the annotations that speak to at least one of them, on the map and in the table. The sheet is written in the language chosen, whatever the language of QGIS; its texts stay text in the PDF, so they can be searched and copied. From the command line, give each criterion by its number, several separated by commas: CRITERIA=0,3 (numbers from 0, in the order of the list).</source>
        <translation>Tạo tệp PDF cho ban giám khảo cuộc thi thiết kế tại công viên trung tâm Hội An: bản đồ khu đất cuộc thi với các ghi chú của các nhóm, chú giải, thước tỷ lệ và mũi tên chỉ hướng bắc, sau đó là bảng ghi chú theo từng tiêu chí (một ghi chú thuộc nhiều tiêu chí được liệt kê dưới mỗi tiêu chí; ghi chú chưa gắn tiêu chí ở cuối) cùng loại, nhóm và trạng thái xem xét. Chọn tiêu chí để chỉ hiển thị các ghi chú thuộc ít nhất một tiêu chí đó, trên bản đồ và trong bảng. Bảng được viết bằng ngôn ngữ đã chọn, bất kể ngôn ngữ của QGIS; chữ trong PDF vẫn là văn bản nên có thể tìm kiếm và sao chép. Từ dòng lệnh, ghi mỗi tiêu chí bằng số thứ tự, nhiều tiêu chí cách nhau bằng dấu phẩy: CRITERIA=0,3 (đánh số từ 0, theo thứ tự trong danh sách).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="56"/>
        <source>Annotation sheet</source>
        <translation>Bảng ghi chú</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="56"/>
        <source>PDF files</source>
        <translation>Tệp PDF</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="60"/>
        <source>Only the annotations that speak to these criteria (all when none is chosen)</source>
        <translation>Chỉ các ghi chú thuộc các tiêu chí này (tất cả nếu không chọn)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="71"/>
        <source>Language of the sheet</source>
        <translation>Ngôn ngữ của bảng</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="79"/>
        <source>Annotations shown</source>
        <translation>Số ghi chú hiển thị</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="80"/>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/export_annotation_sheet.py" line="95"/>
        <source>{annotations} annotations on {pages} pages in {path}.</source>
        <translation>{annotations} ghi chú trên {pages} trang trong {path}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="103"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="105"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="105"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="134"/>
        <source>(no location)</source>
        <translation>(không có vị trí)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="136"/>
        <source>(no location before)</source>
        <translation>(trước đó không có vị trí)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="165"/>
        <source>placed</source>
        <translation>đã đặt vị trí</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="138"/>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="138"/>
        <source>the same place</source>
        <translation>cùng vị trí</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="141"/>
        <source>moved {distance} m</source>
        <translation>dịch chuyển {distance} m</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="141"/>
        <source>{distance} m from this working copy&apos;s</source>
        <translation>cách vị trí trong bản làm việc này {distance} m</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="144"/>
        <source>changed, moved {distance} m</source>
        <translation>đã thay đổi, dịch chuyển {distance} m</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="145"/>
        <source>changed</source>
        <translation>đã thay đổi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="160"/>
        <source>Location and shape</source>
        <translation>Vị trí và hình dạng</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="170"/>
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="167"/>
        <source>as placed here</source>
        <translation>theo vị trí đặt ở đây</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="214"/>
        <source>Changed here and on the server</source>
        <translation>Đã thay đổi ở đây và trên máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="218"/>
        <source>Record {position} of {total} changed both here and on the server</source>
        <translation>Bản ghi {position} trên {total} đã thay đổi cả ở đây và trên máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="233"/>
        <source>You deleted it here and someone changed it on the server. “Keep mine” deletes it on the server too; “Keep theirs” brings it back here.</source>
        <translation>Bạn đã xóa bản ghi này ở đây và có người đã thay đổi nó trên máy chủ. “Giữ bản của tôi” sẽ xóa nó trên máy chủ luôn; “Giữ bản của họ” sẽ đưa nó trở lại đây.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="236"/>
        <source>Someone deleted it on the server and you changed it here. “Keep mine” puts it back on the server; “Keep theirs” deletes it here too.</source>
        <translation>Có người đã xóa bản ghi này trên máy chủ và bạn đã thay đổi nó ở đây. “Giữ bản của tôi” sẽ đưa nó trở lại máy chủ; “Giữ bản của họ” cũng sẽ xóa nó ở đây.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="238"/>
        <source>Both sides changed it differently since the last publish. Tick the server's values you want, then “Merge as chosen”; or keep one side whole.</source>
        <translation>Hai phía đã thay đổi bản ghi theo cách khác nhau kể từ lần xuất bản trước. Hãy đánh dấu các giá trị của máy chủ mà bạn muốn lấy, rồi bấm “Gộp theo lựa chọn”; hoặc giữ nguyên vẹn một phía.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.py" line="257"/>
        <source>Take the server&apos;s value of {field}</source>
        <translation>Lấy giá trị của máy chủ cho {field}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="93"/>
        <source>Publish</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="97"/>
        <source>OGC API - Features Part 1 (reading): declared.</source>
        <translation>OGC API - Features Part 1 (đọc): đã khai báo.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="98"/>
        <source>OGC API - Features Part 1 (reading): not declared.</source>
        <translation>OGC API - Features Part 1 (đọc): chưa khai báo.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="99"/>
        <source>Part 4 (create, replace, delete): declared.</source>
        <translation>Part 4 (tạo, thay thế, xóa): đã khai báo.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="100"/>
        <source>Part 4 (create, replace, delete): not declared; writing is tried all the same.</source>
        <translation>Part 4 (tạo, thay thế, xóa): chưa khai báo; vẫn thử ghi dữ liệu.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="103"/>
        <source>Layers of the creative map on the server: {found} of {total}.</source>
        <translation>Các lớp của bản đồ sáng tạo trên máy chủ: {found} trên {total}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="106"/>
        <source>Missing: {layers}.</source>
        <translation>Còn thiếu: {layers}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="108"/>
        <source>Writing: the server has no collection to write to.</source>
        <translation>Ghi dữ liệu: máy chủ không có tập dữ liệu nào để ghi vào.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="110"/>
        <source>Writing allowed with these credentials.</source>
        <translation>Được phép ghi với thông tin đăng nhập này.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="112"/>
        <source>Reading works; writing needs a user name and password: choose an authentication configuration above.</source>
        <translation>Đọc được; để ghi cần tên người dùng và mật khẩu: hãy chọn một cấu hình xác thực ở trên.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="177"/>
        <source>Testing the connection to {host}</source>
        <translation>Đang kiểm tra kết nối tới {host}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="187"/>
        <source>Checking what publishing would change</source>
        <translation>Đang kiểm tra những gì việc xuất bản sẽ thay đổi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="198"/>
        <source>Save or discard your edits of {layers} first: publishing sends what is saved.</source>
        <translation>Hãy lưu hoặc hủy các chỉnh sửa của bạn trên {layers} trước: việc xuất bản chỉ gửi những gì đã được lưu.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="203"/>
        <source>Reading the server before publishing</source>
        <translation>Đang đọc dữ liệu máy chủ trước khi xuất bản</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="216"/>
        <source>Write the server&apos;s address first (the landing page of its OGC API - Features).</source>
        <translation>Hãy nhập địa chỉ máy chủ trước (trang chủ OGC API - Features của máy chủ).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="260"/>
        <source>Nothing to publish: this working copy and the server are level.</source>
        <translation>Không có gì để xuất bản: bản làm việc này và máy chủ đã đồng bộ.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="262"/>
        <source>If you publish now: {plan}.</source>
        <translation>Nếu xuất bản bây giờ: {plan}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="266"/>
        <source>Publishing will ask you about each record changed on both sides.</source>
        <translation>Khi xuất bản, bạn sẽ được hỏi về từng bản ghi đã thay đổi ở cả hai phía.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="290"/>
        <source>The publish was cancelled; nothing was sent.</source>
        <translation>Đã hủy việc xuất bản; không có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="295"/>
        <source>Publishing to {host}</source>
        <translation>Đang xuất bản lên {host}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="304"/>
        <source>Published to {host}: created {create}, updated {update}, deleted {delete}, pulled {pull}, not published for privacy {skipped}.</source>
        <translation>Đã xuất bản lên {host}: tạo mới {create}, cập nhật {update}, xóa {delete}, lấy về {pull}, không xuất bản vì quyền riêng tư {skipped}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="318"/>
        <source>Open the report</source>
        <translation>Mở báo cáo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="354"/>
        <source>Open a workspace to publish it.</source>
        <translation>Hãy mở một bản làm việc để xuất bản.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="358"/>
        <source>Check what would change first, then publish.</source>
        <translation>Hãy xem trước những gì sẽ thay đổi, rồi mới xuất bản.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="41"/>
        <source>Publish to the shared server</source>
        <translation>Xuất bản lên máy chủ chung</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="66"/>
        <source>Server (OGC API - Features landing page)</source>
        <translation>Máy chủ (trang chủ OGC API - Features)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="68"/>
        <source>Authentication configuration</source>
        <translation>Cấu hình xác thực</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="73"/>
        <source>Only report what would be done</source>
        <translation>Chỉ báo cáo những gì sẽ được thực hiện</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="74"/>
        <source>Records changed on both sides</source>
        <translation>Bản ghi thay đổi ở cả hai phía</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="101"/>
        <source>Dry run: {plan}.</source>
        <translation>Chạy thử: {plan}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="106"/>
        <source>Published: created {create}, updated {update}, deleted {delete}, pulled {pull}, not published for privacy {skipped}.</source>
        <translation>Đã xuất bản: tạo mới {create}, cập nhật {update}, xóa {delete}, lấy về {pull}, không xuất bản vì quyền riêng tư {skipped}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="72"/>
        <source>The server {host} refused the user name or password: check the authentication configuration chosen for it in QGIS, then publish again.</source>
        <translation>Máy chủ {host} đã từ chối tên người dùng hoặc mật khẩu: hãy kiểm tra cấu hình xác thực đã chọn cho máy chủ này trong QGIS, rồi xuất bản lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="75"/>
        <source>The server {host} does not let this account change {what}: ask its administrator for write access.</source>
        <translation>Máy chủ {host} không cho phép tài khoản này thay đổi {what}: hãy đề nghị quản trị viên của máy chủ cấp quyền ghi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="78"/>
        <source>The server {host} has no {what}: check the server&apos;s address, or ask its administrator to publish it.</source>
        <translation>Máy chủ {host} không có {what}: hãy kiểm tra địa chỉ máy chủ, hoặc đề nghị quản trị viên của máy chủ xuất bản nội dung này.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="81"/>
        <source>Someone changed {what} on the server in the meantime: publish again to see the change and decide.</source>
        <translation>Trong lúc đó, có người đã thay đổi {what} trên máy chủ: hãy xuất bản lại để xem thay đổi và quyết định.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="84"/>
        <source>The server {host} finds {what} too large to accept: make it smaller (a shorter text, a simpler shape) or ask its administrator to accept larger requests.</source>
        <translation>Máy chủ {host} cho rằng {what} quá lớn để chấp nhận: hãy làm cho nó nhỏ hơn (văn bản ngắn hơn, hình dạng đơn giản hơn) hoặc đề nghị quản trị viên của máy chủ chấp nhận các yêu cầu lớn hơn.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="89"/>
        <source>The server {host} refused {what} as invalid: check its values (the log panel has the server&apos;s answer), correct it and publish again.</source>
        <translation>Máy chủ {host} từ chối {what} vì không hợp lệ: hãy kiểm tra các giá trị (phản hồi của máy chủ có trong bảng nhật ký), sửa lại rồi xuất bản lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="92"/>
        <source>The server {host} is busy (too many requests): wait a minute and publish again.</source>
        <translation>Máy chủ {host} đang bận (quá nhiều yêu cầu): hãy chờ một phút rồi xuất bản lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="95"/>
        <source>The server {host} failed ({status}) while handling {what}: try again later; if it goes on, tell its administrator.</source>
        <translation>Máy chủ {host} gặp lỗi ({status}) khi xử lý {what}: hãy thử lại sau; nếu lỗi vẫn tiếp diễn, hãy báo cho quản trị viên của máy chủ.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="99"/>
        <source>The server {host} answered {status} to {what}: publish again later.</source>
        <translation>Máy chủ {host} trả lời {status} cho {what}: hãy xuất bản lại sau.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="162"/>
        <source>The server {host} has a certificate QGIS cannot trust: ask its administrator to fix it; the plugin never sends data over an unverified connection.</source>
        <translation>Máy chủ {host} có chứng chỉ mà QGIS không thể tin cậy: hãy đề nghị quản trị viên của máy chủ khắc phục; plugin không bao giờ gửi dữ liệu qua kết nối chưa được xác minh.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="171"/>
        <source>The server {host} took too long to answer: try again later; nothing was lost.</source>
        <translation>Máy chủ {host} phản hồi quá lâu: hãy thử lại sau; không có gì bị mất.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="173"/>
        <source>The server {host} does not answer: check its address and that it is running, then publish again.</source>
        <translation>Máy chủ {host} không phản hồi: hãy kiểm tra địa chỉ và xem máy chủ có đang chạy không, rồi xuất bản lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="207"/>
        <source>The server at {url} did not answer with JSON: check that the address is the landing page of an OGC API - Features server.</source>
        <translation>Máy chủ tại {url} không trả lời bằng JSON: hãy kiểm tra rằng địa chỉ này là trang chủ của một máy chủ OGC API - Features.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="216"/>
        <source>its conformance page</source>
        <translation>trang tuân thủ chuẩn (conformance)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="224"/>
        <source>its list of collections</source>
        <translation>danh sách tập dữ liệu</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="281"/>
        <source>the collection {collection}</source>
        <translation>tập dữ liệu {collection}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="381"/>
        <source>a record of {collection}</source>
        <translation>một bản ghi của {collection}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="312"/>
        <source>a new record of {collection}</source>
        <translation>một bản ghi mới của {collection}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/connection.py" line="43"/>
        <source>The authentication configuration {authcfg} does not exist in this QGIS profile: choose one in the publishing settings.</source>
        <translation>Cấu hình xác thực {authcfg} không tồn tại trong hồ sơ QGIS này: hãy chọn một cấu hình trong phần cài đặt xuất bản.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/connection.py" line="49"/>
        <source>The authentication configuration {authcfg} cannot be read as a user name and password (Basic): choose a Basic configuration, or unlock QGIS&apos;s authentication database.</source>
        <translation>Không thể đọc cấu hình xác thực {authcfg} dưới dạng tên người dùng và mật khẩu (Basic): hãy chọn một cấu hình Basic, hoặc mở khóa cơ sở dữ liệu xác thực của QGIS.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/connection.py" line="59"/>
        <source>{url} is not a server address: write it as https://host/path (the landing page of its OGC API - Features).</source>
        <translation>{url} không phải là địa chỉ máy chủ: hãy ghi theo dạng https://host/path (trang chủ OGC API - Features của máy chủ).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/plan.py" line="101"/>
        <source>to create {create}, to update {update}, to delete {delete}, to pull {pull}, conflicts {conflicts}, not published for privacy {skipped}</source>
        <translation>sẽ tạo mới {create}, sẽ cập nhật {update}, sẽ xóa {delete}, sẽ lấy về {pull}, xung đột {conflicts}, không xuất bản vì quyền riêng tư {skipped}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/plan.py" line="220"/>
        <source>{policy} is not a conflict policy: choose abort, keep_local or keep_remote.</source>
        <translation>{policy} không phải là chính sách xử lý xung đột: hãy chọn abort, keep_local hoặc keep_remote.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/plan.py" line="231"/>
        <source>{count} records were changed both here and on the server since the last publish ({names}): decide for each, or choose the policy keep_local or keep_remote; nothing was sent.</source>
        <translation>Có {count} bản ghi đã bị thay đổi cả ở đây và trên máy chủ kể từ lần xuất bản trước ({names}): hãy quyết định cho từng bản ghi, hoặc chọn chính sách keep_local hoặc keep_remote; không có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/planning.py" line="139"/>
        <source>The publish was cancelled before anything was sent.</source>
        <translation>Đã hủy việc xuất bản trước khi gửi bất cứ thứ gì.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/planning.py" line="46"/>
        <source>{count} records must be corrected before publishing (the first: {layer} {uid}, {field}: {message}); nothing was sent. “Check the records” lists them all.</source>
        <translation>Có {count} bản ghi cần được sửa trước khi xuất bản (bản ghi đầu tiên: {layer} {uid}, {field}: {message}); không có gì được gửi đi. “Kiểm tra bản ghi” sẽ liệt kê tất cả.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/publish.py" line="146"/>
        <source>{count} records could not be published ({layer} {uid}: {sentence}); the others were. The report lists them: {report}</source>
        <translation>Không xuất bản được {count} bản ghi ({layer} {uid}: {sentence}); các bản ghi khác đã được xuất bản. Báo cáo liệt kê các bản ghi đó: {report}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/publish.py" line="170"/>
        <source>Someone changed it on the server a moment ago: publish again to decide.</source>
        <translation>Có người vừa thay đổi bản ghi này trên máy chủ: hãy xuất bản lại để quyết định.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/publish.py" line="316"/>
        <source>The publish was cancelled: what the server confirmed is recorded, and the next publish finishes the rest.</source>
        <translation>Đã hủy việc xuất bản: những gì máy chủ đã xác nhận đều được ghi lại, và lần xuất bản sau sẽ hoàn tất phần còn lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/report.py" line="37"/>
        <source>planned</source>
        <translation>dự kiến</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/report.py" line="37"/>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/working_copy.py" line="207"/>
        <source>{layer} cannot be written in {path}: check that the workspace is not read-only.</source>
        <translation>Không thể ghi {layer} vào {path}: hãy kiểm tra bản làm việc không ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/working_copy.py" line="281"/>
        <source>The server&apos;s changes to {layer} could not be written into {path}: the file may be locked by another program; publish again once it is free.</source>
        <translation>Không ghi được các thay đổi từ máy chủ cho {layer} vào {path}: tệp có thể đang bị một chương trình khác khóa; hãy xuất bản lại khi tệp không còn bị khóa.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/crs.py" line="89"/>
        <source>The coordinate system {crs} is unknown to QGIS: choose one in the list, such as EPSG:4326 (longitude and latitude) or EPSG:5899 (VN-2000 / TM-3 107-45).</source>
        <translation>QGIS không biết hệ tọa độ {crs}: hãy chọn một hệ trong danh sách, ví dụ EPSG:4326 (kinh độ và vĩ độ) hoặc EPSG:5899 (VN-2000 / TM-3 107-45).</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="176"/>
        <source>The connection to the server {host} broke off in the middle of an answer: publish again; nothing was lost.</source>
        <translation>Kết nối tới máy chủ {host} bị ngắt giữa chừng khi đang trả lời: hãy xuất bản lại; không có gì bị mất.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="182"/>
        <source>The server {host} sends its requests on to {location}: publish to that address instead; nothing was sent.</source>
        <translation>Máy chủ {host} chuyển các yêu cầu sang {location}: hãy xuất bản tới địa chỉ đó; chưa có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="220"/>
        <source>{url} is not the landing page of an OGC API - Features server (it has no conformance page): check the address, such as https://host/wfs3.</source>
        <translation>{url} không phải trang đầu của một máy chủ OGC API - Features (không có trang conformance): hãy kiểm tra địa chỉ, ví dụ https://host/wfs3.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/publish.py" line="210"/>
        <source>Someone changed it on the server at the same moment, and the server kept their change: publish again to decide.</source>
        <translation>Có người đã sửa bản ghi này trên máy chủ cùng lúc, và máy chủ giữ thay đổi của họ: hãy xuất bản lại để quyết định.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.py" line="93"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.py" line="49"/>
        <source>Before anything is sent</source>
        <translation>Trước khi gửi bất cứ thứ gì</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.py" line="53"/>
        <source>This publish needs your decision before anything is sent:</source>
        <translation>Lần xuất bản này cần bạn quyết định trước khi gửi bất cứ thứ gì:</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.py" line="34"/>
        <source>Which side is right? Nothing has been sent or changed yet.</source>
        <translation>Phía nào đúng? Chưa có gì được gửi đi hay thay đổi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="28"/>
        <source>Restoring records from the history</source>
        <translation>Đang khôi phục bản ghi từ lịch sử</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="47"/>
        <source>Restore: {count} records written back</source>
        <translation>Khôi phục: đã ghi lại {count} bản ghi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="49"/>
        <source>published</source>
        <translation>đã xuất bản</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="49"/>
        <source>partly published</source>
        <translation>xuất bản một phần</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="49"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="50"/>
        <source>cut short</source>
        <translation>bị ngắt giữa chừng</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="51"/>
        <source>Publish to {host} ({outcome})</source>
        <translation>Xuất bản lên {host} ({outcome})</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="57"/>
        <source>overwritten by a restore</source>
        <translation>bị ghi đè bởi một lần khôi phục</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="59"/>
        <source>deleted: the server&apos;s state accepted</source>
        <translation>đã xóa: chấp nhận trạng thái của máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="59"/>
        <source>overwritten: the server&apos;s state accepted</source>
        <translation>đã ghi đè: chấp nhận trạng thái của máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="62"/>
        <source>deleted: the server&apos;s side chosen</source>
        <translation>đã xóa: chọn phía máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="62"/>
        <source>overwritten: the server&apos;s side chosen</source>
        <translation>đã ghi đè: chọn phía máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="65"/>
        <source>merged with the server&apos;s values</source>
        <translation>đã hợp nhất với giá trị của máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="66"/>
        <source>deleted on the server, so here</source>
        <translation>đã xóa trên máy chủ, nên xóa cả ở đây</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="66"/>
        <source>changed on the server, so here</source>
        <translation>đã thay đổi trên máy chủ, nên thay đổi cả ở đây</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="73"/>
        <source>restored</source>
        <translation>đã khôi phục</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="75"/>
        <source>merged</source>
        <translation>đã hợp nhất</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="76"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="76"/>
        <source>overwritten</source>
        <translation>đã ghi đè</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="131"/>
        <source>Open a workspace to see its history.</source>
        <translation>Hãy mở một bản làm việc để xem lịch sử của nó.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="133"/>
        <source>No publish has changed this working copy yet.</source>
        <translation>Chưa lần xuất bản nào thay đổi bản làm việc này.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="151"/>
        <source>restored {when}</source>
        <translation>đã khôi phục lúc {when}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="183"/>
        <source>{count} records restored in this working copy: the next publish sends them.</source>
        <translation>Đã khôi phục {count} bản ghi trong bản làm việc này: lần xuất bản tới sẽ gửi chúng đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="204"/>
        <source>{count} kept records of older publishes forgotten.</source>
        <translation>Đã bỏ {count} bản ghi được giữ của các lần xuất bản cũ hơn.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="214"/>
        <source>Forget the history</source>
        <translation>Bỏ lịch sử</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.py" line="214"/>
        <source>The records kept by the publishes before this one will be gone for good: they can no longer be restored. Forget them?</source>
        <translation>Các bản ghi được giữ bởi những lần xuất bản trước lần này sẽ mất hẳn: không thể khôi phục được nữa. Bỏ chúng?</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="264"/>
        <source>Publishing will first ask you which side is right; nothing is sent before.</source>
        <translation>Khi xuất bản, trước hết bạn sẽ được hỏi phía nào đúng; không có gì được gửi trước đó.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.py" line="280"/>
        <source>The publish was stopped before anything was sent; nothing changed here or on the server.</source>
        <translation>Lần xuất bản đã dừng trước khi gửi bất cứ thứ gì; không có gì thay đổi ở đây hay trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="44"/>
        <source>Brings the working copy and the shared server (OGC API - Features) level. The workspace is checked first: a record with an error stops everything before a byte is sent. Then what changed here goes to the server, what changed there comes here, and a record changed on both sides since the last publish is a conflict, settled by the policy: abort (nothing is sent), keep_local or keep_remote. No server is trusted: when the server no longer holds what this working copy published to it (reinstalled, restored from an older backup, another dataset at its address), or when a publish would delete or overwrite many records of a layer on either side, GUARD_POLICY decides: stop (the default: nothing is sent), send_working_copy (the working copy&apos;s records go to the server again) or accept_server (the working copy takes the server&apos;s state; what it loses is kept in its history, see Restore). Layers the server does not serve are left out and said. Records the privacy rules keep back never leave the workspace. With DRY_RUN only the plan is reported. The credentials come from a QGIS authentication configuration (Basic). A publish cut short is finished by the next one, without duplicates.</source>
        <translation>Đồng bộ bản làm việc với máy chủ dùng chung (OGC API - Features). Bản làm việc được kiểm tra trước: một bản ghi có lỗi sẽ dừng mọi thứ trước khi gửi đi bất kỳ byte nào. Sau đó những gì thay đổi ở đây được gửi lên máy chủ, những gì thay đổi ở đó được lấy về đây, và một bản ghi bị thay đổi ở cả hai phía kể từ lần xuất bản trước là một xung đột, được giải quyết theo chính sách: abort (không gửi gì), keep_local hoặc keep_remote. Không máy chủ nào được tin tuyệt đối: khi máy chủ không còn giữ những gì bản làm việc này đã xuất bản lên (cài đặt lại, khôi phục từ một bản sao lưu cũ hơn, một bộ dữ liệu khác ở cùng địa chỉ), hoặc khi một lần xuất bản sẽ xóa hay ghi đè nhiều bản ghi của một lớp ở một trong hai phía, GUARD_POLICY quyết định: stop (mặc định: không gửi gì), send_working_copy (các bản ghi của bản làm việc được gửi lại lên máy chủ) hoặc accept_server (bản làm việc nhận trạng thái của máy chủ; những gì bị mất được giữ trong lịch sử, xem Khôi phục). Các lớp máy chủ không phục vụ được để riêng ra và được nêu rõ. Các bản ghi bị giữ lại theo quy tắc quyền riêng tư không bao giờ rời khỏi bản làm việc. Với DRY_RUN chỉ báo cáo kế hoạch. Thông tin đăng nhập lấy từ một cấu hình xác thực của QGIS (Basic). Một lần xuất bản bị ngắt giữa chừng sẽ được lần sau hoàn tất, không tạo bản trùng.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="75"/>
        <source>When the server no longer holds what was published, or many records would be deleted or overwritten</source>
        <translation>Khi máy chủ không còn giữ những gì đã xuất bản, hoặc nhiều bản ghi sẽ bị xóa hay ghi đè</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/publish.py" line="103"/>
        <source>Publishing would stop here until GUARD_POLICY says what to do: send_working_copy or accept_server.</source>
        <translation>Việc xuất bản sẽ dừng ở đây cho đến khi GUARD_POLICY cho biết phải làm gì: send_working_copy hoặc accept_server.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="21"/>
        <source>{id}: restore of {started}, {count} records written back</source>
        <translation>{id}: lần khôi phục lúc {started}, đã ghi lại {count} bản ghi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="23"/>
        <source>{id}: publish of {started} to {server} ({outcome}), {count} records deleted or overwritten here, {restored} of them restored</source>
        <translation>{id}: lần xuất bản lúc {started} lên {server} ({outcome}), {count} bản ghi ở đây bị xóa hoặc ghi đè, {restored} bản ghi trong số đó đã được khôi phục</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="39"/>
        <source>Restore records a publish replaced</source>
        <translation>Khôi phục các bản ghi mà một lần xuất bản đã thay thế</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="42"/>
        <source>Every record a publish deletes or overwrites in the working copy (the server&apos;s changes pulled, a conflict decided for the server, a merge, the server&apos;s state accepted) is first kept in the workspace&apos;s history. This writes them back as they were: those of PUBLISH (its number in the log; 0 or empty: the last publish that changed something here), or only the records whose uid is in RECORDS (comma-separated). A restored record is then a local edit like any other: the next publish sends it. The log lists the recent publishes.</source>
        <translation>Mọi bản ghi mà một lần xuất bản xóa hoặc ghi đè trong bản làm việc (thay đổi của máy chủ được lấy về, một xung đột được quyết định theo phía máy chủ, một lần hợp nhất, trạng thái của máy chủ được chấp nhận) đều được giữ trước trong lịch sử của bản làm việc. Thuật toán này ghi chúng lại như cũ: các bản ghi của PUBLISH (số của nó trong nhật ký; 0 hoặc để trống: lần xuất bản gần nhất đã thay đổi điều gì đó ở đây), hoặc chỉ các bản ghi có uid nằm trong RECORDS (cách nhau bằng dấu phẩy). Một bản ghi được khôi phục khi đó là một chỉnh sửa cục bộ như mọi chỉnh sửa khác: lần xuất bản tới sẽ gửi nó đi. Nhật ký liệt kê các lần xuất bản gần đây.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="53"/>
        <source>Publish (its number; 0: the last one)</source>
        <translation>Lần xuất bản (số của nó; 0: lần gần nhất)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="55"/>
        <source>Only these records (uids, comma-separated)</source>
        <translation>Chỉ các bản ghi này (uid, cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="57"/>
        <source>Records restored</source>
        <translation>Số bản ghi đã khôi phục</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="58"/>
        <source>The publish they were restored from</source>
        <translation>Lần xuất bản mà chúng được khôi phục từ đó</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="71"/>
        <source>No publish has deleted or overwritten a record of this working copy: there is nothing to restore.</source>
        <translation>Chưa lần xuất bản nào xóa hay ghi đè một bản ghi của bản làm việc này: không có gì để khôi phục.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="79"/>
        <source>{missing} of the records asked for are not in the history of publish {run}.</source>
        <translation>{missing} trong số các bản ghi được yêu cầu không có trong lịch sử của lần xuất bản {run}.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/processing/restore.py" line="81"/>
        <source>{count} records restored from publish {run}: the next publish sends them.</source>
        <translation>Đã khôi phục {count} bản ghi từ lần xuất bản {run}: lần xuất bản tới sẽ gửi chúng đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="41"/>
        <source>The server {host} serves {layer} without the fields {fields}: ask its administrator to serve every field of the layer; nothing was sent.</source>
        <translation>Máy chủ {host} phục vụ {layer} mà thiếu các trường {fields}: hãy đề nghị quản trị viên phục vụ mọi trường của lớp; không có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="48"/>
        <source>The server {host} answers {layer} with records that have no uid (their fields: {fields}): it does not serve the creative map&apos;s layers as the plugin made them; ask its administrator, or check the address; nothing was sent.</source>
        <translation>Máy chủ {host} trả về {layer} với các bản ghi không có uid (các trường của chúng: {fields}): máy chủ không phục vụ các lớp của bản đồ sáng tạo như plugin đã tạo; hãy hỏi quản trị viên, hoặc kiểm tra địa chỉ; không có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="52"/>
        <source>The server {host} answers {layer} with field labels instead of names (“{label}” for uid) and they cannot all be read back exactly ({detail}): ask its administrator to serve the layers without their forms (in the served project, Layer Properties &gt; Attributes Form: no aliases, no value maps); nothing was sent.</source>
        <translation>Máy chủ {host} trả về {layer} với nhãn trường thay cho tên trường (“{label}” cho uid) và không thể đọc lại chính xác tất cả ({detail}): hãy đề nghị quản trị viên phục vụ các lớp không kèm biểu mẫu (trong dự án được phục vụ, Thuộc tính lớp &gt; Biểu mẫu thuộc tính: không có bí danh, không có bảng giá trị); không có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="65"/>
        <source>no field of the answer reads as {fields}</source>
        <translation>không trường nào trong câu trả lời đọc được thành {fields}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="103"/>
        <source>two of its fields read as {name}</source>
        <translation>hai trường của nó đều đọc thành {name}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="116"/>
        <source>“{value}” is not one value of {field}</source>
        <translation>“{value}” không phải là một giá trị của {field}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/answers.py" line="124"/>
        <source>“{value}” cannot be split into values of {field} one way only</source>
        <translation>“{value}” không thể tách thành các giá trị của {field} theo duy nhất một cách</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="54"/>
        <source>The server {host} no longer holds what this working copy published to it: none of its {count} records are there (it may have been reinstalled or emptied)</source>
        <translation>Máy chủ {host} không còn giữ những gì bản làm việc này đã xuất bản lên: không có bản ghi nào trong {count} bản ghi đó (có thể máy chủ đã được cài đặt lại hoặc bị xóa sạch)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="58"/>
        <source>The server {host} holds none of the {count} records this working copy published to it, and {total} records it never saw: it may be another dataset behind the same address</source>
        <translation>Máy chủ {host} không giữ bản ghi nào trong {count} bản ghi mà bản làm việc này đã xuất bản lên, nhưng lại có {total} bản ghi mà bản làm việc chưa từng thấy: có thể đó là một bộ dữ liệu khác ở cùng địa chỉ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="62"/>
        <source>The server {host} holds an older state than this working copy published to it: {count} records are at an older revision and {total} are missing (it may have been restored from a backup)</source>
        <translation>Máy chủ {host} đang giữ một trạng thái cũ hơn những gì bản làm việc này đã xuất bản lên: {count} bản ghi ở phiên bản cũ hơn và thiếu {total} bản ghi (có thể máy chủ đã được khôi phục từ một bản sao lưu)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="67"/>
        <source>This publish would delete {deleted} and overwrite {overwritten} of the {total} records of {layer} in this working copy</source>
        <translation>Lần xuất bản này sẽ xóa {deleted} và ghi đè {overwritten} trong số {total} bản ghi của {layer} trong bản làm việc này</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="70"/>
        <source>This publish would delete {count} of the {total} records of {layer} on the server</source>
        <translation>Lần xuất bản này sẽ xóa {count} trong số {total} bản ghi của {layer} trên máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="148"/>
        <source>{choice} is not a choice for a server that changed: choose stop, send_working_copy or accept_server.</source>
        <translation>{choice} không phải là một lựa chọn cho máy chủ đã thay đổi: hãy chọn stop, send_working_copy hoặc accept_server.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/guards.py" line="179"/>
        <source>{found}. Publish again choosing send_working_copy (the working copy&apos;s records are sent to the server again) or accept_server (this working copy takes the server&apos;s state: {lost} records deleted or overwritten here, kept in its history); nothing was sent.</source>
        <translation>{found}. Hãy xuất bản lại và chọn send_working_copy (các bản ghi của bản làm việc được gửi lại lên máy chủ) hoặc accept_server (bản làm việc này nhận trạng thái của máy chủ: {lost} bản ghi ở đây bị xóa hoặc ghi đè, được giữ trong lịch sử); không có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/history.py" line="238"/>
        <source>The history of {path} holds no record to restore.</source>
        <translation>Lịch sử của {path} không có bản ghi nào để khôi phục.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/history.py" line="242"/>
        <source>Publish {run} changed nothing in this working copy: there is nothing of it to restore.</source>
        <translation>Lần xuất bản {run} không thay đổi gì trong bản làm việc này: không có gì của nó để khôi phục.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/history.py" line="296"/>
        <source>The records of {layer} could not be restored into {path}: the file may be locked by another program; try again once it is free.</source>
        <translation>Không thể khôi phục các bản ghi của {layer} vào {path}: tệp có thể đang bị một chương trình khác khóa; hãy thử lại khi tệp được giải phóng.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/plan.py" line="104"/>
        <source>not on this server: kept in the working copy: {layers}</source>
        <translation>không có trên máy chủ này: được giữ trong bản làm việc: {layers}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/planning.py" line="124"/>
        <source>The server {url} serves none of the creative map&apos;s layers: check the address (the landing page of the map&apos;s OGC API - Features); nothing was sent.</source>
        <translation>Máy chủ {url} không phục vụ lớp nào của bản đồ sáng tạo: hãy kiểm tra địa chỉ (trang đích OGC API - Features của bản đồ); không có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/report.py" line="22"/>
        <source>not on this server: kept in the working copy</source>
        <translation>không có trên máy chủ này: được giữ trong bản làm việc</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.py" line="36"/>
        <source>Accepting the server&apos;s state deletes or overwrites nothing here.</source>
        <translation>Chấp nhận trạng thái của máy chủ không xóa hay ghi đè gì ở đây.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.py" line="37"/>
        <source>Accepting the server&apos;s state deletes or overwrites {count} records here; each is kept in the history and can be restored.</source>
        <translation>Chấp nhận trạng thái của máy chủ sẽ xóa hoặc ghi đè {count} bản ghi ở đây; mỗi bản ghi được giữ trong lịch sử và có thể khôi phục.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="375"/>
        <source>a photo</source>
        <translation>một ảnh</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="348"/>
        <source>the photo {name}</source>
        <translation>ảnh {name}</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="49"/>
        <source>{layer} {uid}: the photo {path} is not sent ({reason}); the record is published without it.</source>
        <translation>{layer} {uid}: ảnh {path} không được gửi ({reason}); bản ghi được xuất bản không kèm ảnh.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="95"/>
        <source>the file is missing</source>
        <translation>không tìm thấy tệp</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="97"/>
        <source>it is not a file</source>
        <translation>đó không phải là một tệp</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="103"/>
        <source>it is not a picture QGIS can read</source>
        <translation>đó không phải là ảnh mà QGIS đọc được</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="126"/>
        <source>{file} cannot be read as a picture ({reason})</source>
        <translation>không thể đọc {file} như một ảnh ({reason})</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/photos.py" line="142"/>
        <source>{file} could not be made into a JPEG ({reason})</source>
        <translation>không thể chuyển {file} thành JPEG ({reason})</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/plan.py" line="107"/>
        <source>{count} photos not sent, their records published without them (the report says which and why)</source>
        <translation>{count} ảnh không được gửi, các bản ghi của chúng được xuất bản không kèm ảnh (báo cáo nêu rõ ảnh nào và vì sao)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/publish.py" line="161"/>
        <source>Its photo could not be sent ({reason}): correct the file or clear the photo, then publish again.</source>
        <translation>Không thể gửi ảnh của bản ghi ({reason}): hãy sửa tệp hoặc xóa ảnh, rồi xuất bản lại.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/report.py" line="26"/>
        <source>The photo {photo} could not be brought in ({sentence}); its record came in without it.</source>
        <translation>Không thể lấy ảnh {photo} về ({sentence}); bản ghi của nó được lấy về không kèm ảnh.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/sync/client.py" line="356"/>
        <source>The server {host} takes no photo as large as this one ({size} kB once made web-sized): ask its administrator to raise the media store&apos;s limit.</source>
        <translation>Máy chủ {host} không nhận ảnh lớn như ảnh này ({size} kB sau khi thu nhỏ cho web): hãy đề nghị quản trị viên nâng giới hạn của kho ảnh.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/core/sample_photos.py" line="58"/>
        <source>The sample&apos;s photos could not be written into {path}.</source>
        <translation>Không thể ghi ảnh mẫu vào {path}.</translation>
    </message>
</context>
<context>
    <name>CompetitionPanelBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="13"/>
        <source>Hội An central park</source>
        <translation>Công viên trung tâm Hội An</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="22"/>
        <source>Go to the competition site</source>
        <translation>Đến khu đất cuộc thi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="23"/>
        <source>Frame the park and switch the sketching tools on, snapping to the site&apos;s outline and zones.</source>
        <translation>Hiển thị toàn bộ công viên và bật các công cụ phác thảo, bắt dính vào ranh giới và các phân khu của khu đất.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="29"/>
        <source>The site is read-only while you annotate; tick this to correct it on purpose.</source>
        <translation>Khu đất chỉ đọc trong khi ghi chú; đánh dấu ô này khi bạn thực sự muốn sửa nó.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="37"/>
        <source>Sketch</source>
        <translation>Phác thảo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="43"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="44"/>
        <source>A note at a point: click where it is.</source>
        <translation>Ghi chú tại một điểm: nhấp vào vị trí đó.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="51"/>
        <source>Line</source>
        <translation>Đường</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="52"/>
        <source>A circulation, a view or an access: click its points, right-click to finish.</source>
        <translation>Lối đi, tầm nhìn hoặc lối tiếp cận: nhấp các điểm, nhấp chuột phải để kết thúc.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="59"/>
        <source>Area</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="60"/>
        <source>A proposal zone: click around it, right-click to finish.</source>
        <translation>Khu vực đề xuất: nhấp quanh khu vực, nhấp chuột phải để kết thúc.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="81"/>
        <source>Right-click finishes a line or an area; Backspace takes the last point back; Esc starts again.</source>
        <translation>Nhấp chuột phải để kết thúc đường hoặc vùng; Backspace xóa điểm cuối; Esc để vẽ lại từ đầu.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="90"/>
        <source>Review</source>
        <translation>Xem xét</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="96"/>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="107"/>
        <source>Team</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="118"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="129"/>
        <source>Review status</source>
        <translation>Trạng thái xem xét</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="150"/>
        <source>Annotation</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="151"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="158"/>
        <source>Zoom to it</source>
        <translation>Phóng tới</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="163"/>
        <source>Open its form</source>
        <translation>Mở biểu mẫu</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="174"/>
        <source>The review&apos;s outcome.</source>
        <translation>Kết quả xem xét.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="179"/>
        <source>Reviewer&apos;s comment</source>
        <translation>Nhận xét của người duyệt</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="186"/>
        <source>Mark as reviewed</source>
        <translation>Đánh dấu đã xem xét</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="187"/>
        <source>Save the chosen status and the comment on the selected annotation.</source>
        <translation>Lưu trạng thái đã chọn và nhận xét cho ghi chú được chọn.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="192"/>
        <source>Sheet for the jury (PDF)…</source>
        <translation>Bảng cho ban giám khảo (PDF)…</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="193"/>
        <source>A PDF with the site&apos;s map, its legend, scale and north arrow, and the annotations grouped by criterion.</source>
        <translation>Tệp PDF gồm bản đồ khu đất, chú giải, tỷ lệ và mũi tên chỉ hướng bắc, cùng các ghi chú theo từng tiêu chí.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="28"/>
        <source>Unlock the site for editing</source>
        <translation>Mở khóa khu đất để chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="69"/>
        <source>Snap to the site</source>
        <translation>Bắt dính vào khu đất</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/competition.ui" line="70"/>
        <source>Clicks snap to the corners and edges of the site&apos;s outline and zones.</source>
        <translation>Các cú nhấp bắt dính vào góc và cạnh của ranh giới và các phân khu của khu đất.</translation>
    </message>
</context>
<context>
    <name>ConflictDialogBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="8"/>
        <source>Changed here and on the server</source>
        <translation>Đã thay đổi ở đây và trên máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="33"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="34"/>
        <source>This working copy</source>
        <translation>Bản làm việc này</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="35"/>
        <source>The server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="36"/>
        <source>Take the server&apos;s</source>
        <translation>Lấy giá trị máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="43"/>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="44"/>
        <source>Send this working copy&apos;s record to the server, over the server&apos;s change.</source>
        <translation>Gửi bản ghi của bản làm việc này lên máy chủ, ghi đè thay đổi trên máy chủ.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="49"/>
        <source>Keep theirs</source>
        <translation>Giữ bản của họ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="50"/>
        <source>Take the server&apos;s record into this working copy, over your change.</source>
        <translation>Lấy bản ghi của máy chủ về bản làm việc này, ghi đè thay đổi của bạn.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="55"/>
        <source>Merge as chosen</source>
        <translation>Gộp theo lựa chọn</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="56"/>
        <source>Your record with the server&apos;s values you ticked; it goes to the server and stays here.</source>
        <translation>Bản ghi của bạn cùng các giá trị của máy chủ mà bạn đã đánh dấu; bản ghi này được gửi lên máy chủ và vẫn giữ ở đây.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="67"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/conflict_dialog.ui" line="68"/>
        <source>Stop the whole publish: nothing is sent.</source>
        <translation>Dừng toàn bộ việc xuất bản: không có gì được gửi đi.</translation>
    </message>
</context>
<context>
    <name>CreativeMapDockBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="22"/>
        <source>Multi-layer creative map</source>
        <translation>Bản đồ sáng tạo đa lớp</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="45"/>
        <source>Working copy</source>
        <translation>Bản làm việc</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="49"/>
        <source>No creative map is open yet.</source>
        <translation>Chưa mở bản đồ sáng tạo nào.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="187"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="191"/>
        <source>Edit the creative map's layers, annotate the competition site in Hội An's central park and publish to the shared server.</source>
        <translation>Chỉnh sửa các lớp của bản đồ sáng tạo, ghi chú trên khu đất cuộc thi tại công viên trung tâm Hội An và xuất bản lên máy chủ chung.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="197"/>
        <source>Show the log messages</source>
        <translation>Xem nhật ký</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="198"/>
        <source>Open QGIS&apos;s log panel, where Creative Layers writes what it did and the details of any error.</source>
        <translation>Mở bảng nhật ký của QGIS, nơi Các lớp sáng tạo ghi lại những gì đã làm và chi tiết của mọi lỗi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="56"/>
        <source>Open a workspace…</source>
        <translation>Mở bản làm việc…</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="57"/>
        <source>Open a creative-map workspace (GeoPackage) and add its layers to the project.</source>
        <translation>Mở một bản làm việc của bản đồ sáng tạo (GeoPackage) và thêm các lớp của nó vào dự án.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="64"/>
        <source>The city whose sample data the new workspace receives.</source>
        <translation>Thành phố có dữ liệu mẫu được đưa vào bản làm việc mới.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="69"/>
        <source>New from sample…</source>
        <translation>Tạo mới từ dữ liệu mẫu…</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="70"/>
        <source>Create a workspace with the sample data of the chosen city and open it.</source>
        <translation>Tạo một bản làm việc có dữ liệu mẫu của thành phố đã chọn rồi mở nó.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="84"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="94"/>
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="98"/>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="106"/>
        <source>Creative field</source>
        <translation>Lĩnh vực sáng tạo</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="114"/>
        <source>Zoom to the city</source>
        <translation>Thu phóng tới thành phố</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="148"/>
        <source>Import records…</source>
        <translation>Nhập bản ghi…</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="149"/>
        <source>Import a CSV, GeoJSON, shapefile or Survey123 export into a layer of this workspace.</source>
        <translation>Nhập một tệp CSV, GeoJSON, shapefile hoặc tệp xuất Survey123 vào một lớp của bản làm việc này.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="127"/>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="133"/>
        <source>The kind of record to add.</source>
        <translation>Loại bản ghi cần thêm.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="138"/>
        <source>Add on the map</source>
        <translation>Thêm trên bản đồ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="139"/>
        <source>Click the map where it is: its form opens.</source>
        <translation>Bấm vào vị trí trên bản đồ: biểu mẫu sẽ mở ra.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="154"/>
        <source>Check the records</source>
        <translation>Kiểm tra bản ghi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="155"/>
        <source>Check every record of this workspace and list those that have to be corrected.</source>
        <translation>Kiểm tra mọi bản ghi của bản làm việc này và liệt kê những bản ghi cần sửa.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="164"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="165"/>
        <source>To correct</source>
        <translation>Cần sửa</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="172"/>
        <source>Zoom to it</source>
        <translation>Thu phóng tới</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="177"/>
        <source>Open its form</source>
        <translation>Mở biểu mẫu</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/dock.ui" line="39"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
</context>
<context>
    <name>GuardDialogBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.ui" line="8"/>
        <source>Before anything is sent</source>
        <translation>Trước khi gửi bất cứ thứ gì</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.ui" line="31"/>
        <source>Send the working copy&apos;s records to the server again</source>
        <translation>Gửi lại các bản ghi của bản làm việc lên máy chủ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.ui" line="41"/>
        <source>Stop: send nothing, change nothing</source>
        <translation>Dừng: không gửi gì, không thay đổi gì</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/guard_dialog.ui" line="36"/>
        <source>Accept the server&apos;s state</source>
        <translation>Chấp nhận trạng thái của máy chủ</translation>
    </message>
</context>
<context>
    <name>HistoryPanelBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="13"/>
        <source>Every record a publish deletes or overwrites in this working copy is kept here first. Choose a publish to see them; a restored record goes out at the next publish.</source>
        <translation>Mọi bản ghi mà một lần xuất bản xóa hoặc ghi đè trong bản làm việc này đều được giữ ở đây trước. Chọn một lần xuất bản để xem chúng; bản ghi được khôi phục sẽ được gửi đi ở lần xuất bản tới.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="23"/>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="24"/>
        <source>What</source>
        <translation>Việc gì</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="25"/>
        <source>Kept</source>
        <translation>Đã giữ</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="33"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="34"/>
        <source>Here</source>
        <translation>Ở đây</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="41"/>
        <source>Restore the selected records</source>
        <translation>Khôi phục các bản ghi đã chọn</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="46"/>
        <source>Restore them all</source>
        <translation>Khôi phục tất cả</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="53"/>
        <source>Forget the history before this publish…</source>
        <translation>Bỏ lịch sử trước lần xuất bản này…</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/history_panel.ui" line="54"/>
        <source>The history is pruned only when you ask: the records kept by older publishes are then gone for good.</source>
        <translation>Lịch sử chỉ được dọn khi bạn yêu cầu: khi đó các bản ghi được giữ bởi những lần xuất bản cũ hơn sẽ mất hẳn.</translation>
    </message>
</context>
<context>
    <name>PublishPanelBase</name>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="13"/>
        <source>Shared server</source>
        <translation>Máy chủ chung</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="17"/>
        <source>Address (OGC API - Features landing page)</source>
        <translation>Địa chỉ (trang chủ OGC API - Features)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="24"/>
        <source>https://map.example.org/wfs3</source>
        <translation>https://map.example.org/wfs3</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="30"/>
        <source>User name and password (a Basic authentication configuration of QGIS)</source>
        <translation>Tên người dùng và mật khẩu (một cấu hình xác thực Basic của QGIS)</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="39"/>
        <source>Test the connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="40"/>
        <source>Read the server&apos;s conformance and collections, and check that these credentials may write; nothing is changed.</source>
        <translation>Đọc thông tin tuân thủ chuẩn và các tập dữ liệu của máy chủ, rồi kiểm tra xem thông tin đăng nhập này có được phép ghi không; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="55"/>
        <source>Publish the working copy</source>
        <translation>Xuất bản bản làm việc</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="59"/>
        <source>Check what would change</source>
        <translation>Xem trước thay đổi</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="60"/>
        <source>Check the records, read the server and compare: nothing is sent.</source>
        <translation>Kiểm tra bản ghi, đọc dữ liệu máy chủ và so sánh: không có gì được gửi đi.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="72"/>
        <source>Publish now</source>
        <translation>Xuất bản ngay</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="73"/>
        <source>Send what changed here, bring in what changed on the server; you decide each record changed on both sides.</source>
        <translation>Gửi những gì đã thay đổi ở đây, lấy về những gì đã thay đổi trên máy chủ; bạn quyết định cho từng bản ghi đã thay đổi ở cả hai phía.</translation>
    </message>
    <message>
        <location filename="../creative_layers_plugin/gui/publish_panel.ui" line="85"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
</TS>
