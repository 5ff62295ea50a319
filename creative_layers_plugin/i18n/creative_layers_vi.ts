<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../gui/dock.py" line="56" />
        <source>Creative Layers</source>
        <translation>Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="68" />
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="47" />
        <source>Creative Layers panel</source>
        <translation>Bảng Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="51" />
        <source>Show or hide the Creative Layers panel</source>
        <translation>Hiện hoặc ẩn bảng Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="61" />
        <source>&amp;Creative Layers</source>
        <translation>&amp;Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="17" />
        <source>Creative map</source>
        <translation>Bản đồ sáng tạo</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="20" />
        <source>Creative map (Creative Layers {version})</source>
        <translation>Bản đồ sáng tạo (Các lớp sáng tạo {version})</translation>
    </message>
    <message>
        <location filename="../toolbelt/task.py" line="61" />
        <source>{task} was cancelled; nothing was left half done.</source>
        <translation>Đã hủy {task}; không có thao tác nào bị bỏ dở.</translation>
    </message>
    <message>
        <location filename="../toolbelt/task.py" line="62" />
        <source>{task} failed unexpectedly; the details are in the log panel (Creative Layers).</source>
        <translation>{task} gặp lỗi ngoài dự kiến; chi tiết có trong bảng nhật ký (Creative Layers).</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="76" />
        <source>The layer {layer} cannot be read from {path}: the file may be damaged.</source>
        <translation>Không đọc được lớp {layer} từ {path}: tệp có thể đã bị hỏng.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="112" />
        <source>Unknown city {city}: choose one of {choices}.</source>
        <translation>Không có thành phố {city}: hãy chọn một trong {choices}.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="115" />
        <source>A workspace is a GeoPackage: give a file name ending in .gpkg.</source>
        <translation>Bản làm việc là một tệp GeoPackage: hãy đặt tên tệp có đuôi .gpkg.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="118" />
        <source>{path} already exists: choose another name, or open it instead.</source>
        <translation>{path} đã tồn tại: hãy chọn tên khác, hoặc mở tệp đó.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="123" />
        <source>The folder {folder} does not exist or cannot be written to: choose another folder.</source>
        <translation>Thư mục {folder} không tồn tại hoặc không ghi được: hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="170" />
        <source>The workspace could not be written ({detail}): check the disk space and the folder's permissions.</source>
        <translation>Không ghi được bản làm việc ({detail}): hãy kiểm tra dung lượng đĩa và quyền ghi của thư mục.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="213" />
        <source>{count} records could not be added to {layer}: {detail}</source>
        <translation>Không thêm được {count} bản ghi vào {layer}: {detail}</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="262" />
        <source>{path} does not exist: choose an existing workspace or create one.</source>
        <translation>{path} không tồn tại: hãy chọn một bản làm việc có sẵn hoặc tạo mới.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="264" />
        <source>{path} is not a GeoPackage: choose a workspace file (.gpkg) made by Creative Layers.</source>
        <translation>{path} không phải là GeoPackage: hãy chọn một tệp bản làm việc (.gpkg) do Các lớp sáng tạo tạo ra.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="273" />
        <source>{path} is an SQLite database but not a GeoPackage: choose a workspace made by Creative Layers.</source>
        <translation>{path} là cơ sở dữ liệu SQLite nhưng không phải GeoPackage: hãy chọn một bản làm việc do Các lớp sáng tạo tạo ra.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="278" />
        <source>{path} is a GeoPackage but not a Creative Layers workspace: create a workspace and import its layers with Import records.</source>
        <translation>{path} là GeoPackage nhưng không phải bản làm việc của Các lớp sáng tạo: hãy tạo một bản làm việc rồi nhập các lớp của tệp bằng Nhập bản ghi.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="284" />
        <source>{path} cannot be read as a GeoPackage ({detail}): it may be damaged; open a backup copy.</source>
        <translation>Không đọc được {path} như một GeoPackage ({detail}): tệp có thể đã hỏng; hãy mở bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="291" />
        <source>{path} was made by a newer Creative Layers (schema version {found}, this plugin knows {known}): update the plugin to open it.</source>
        <translation>{path} được tạo bởi phiên bản Các lớp sáng tạo mới hơn (lược đồ phiên bản {found}, plugin này biết {known}): hãy cập nhật plugin để mở tệp.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="315" />
        <source>{path} is read-only: copy it to a folder you can write to, or change its permissions.</source>
        <translation>{path} chỉ đọc: hãy chép tệp vào thư mục có quyền ghi, hoặc đổi quyền của tệp.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="325" />
        <source>{path} is being written by another program: close it there (or wait for it to finish) and try again.</source>
        <translation>{path} đang được một chương trình khác ghi: hãy đóng tệp ở đó (hoặc chờ chương trình xong) rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../core/workspace.py" line="362" />
        <source>The workspace could not be brought up to date (layer {layer}): restore it from a backup and report the problem.</source>
        <translation>Không cập nhật được bản làm việc (lớp {layer}): hãy khôi phục từ bản sao lưu và báo lại sự cố.</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="54" />
        <source>All cities</source>
        <translation>Tất cả thành phố</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="89" />
        <source>All creative fields</source>
        <translation>Tất cả lĩnh vực sáng tạo</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="96" />
        <source>Open a workspace</source>
        <translation>Mở bản làm việc</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="104" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="104" />
        <source>New workspace</source>
        <translation>Bản làm việc mới</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="110" />
        <source>Opening {name}</source>
        <translation>Đang mở {name}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="113" />
        <source>Creating {name}</source>
        <translation>Đang tạo {name}</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="182" />
        <source>Showing {shown} of {total} features.</source>
        <translation>Đang hiển thị {shown} trên {total} đối tượng.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="195" />
        <source>No creative map is open yet.</source>
        <translation>Chưa mở bản đồ sáng tạo nào.</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="197" />
        <source>{name}: {count} features in {layers} layers.</source>
        <translation>{name}: {count} đối tượng trong {layers} lớp.</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="31" />
        <source>Create a workspace</source>
        <translation>Tạo bản làm việc</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="43" />
        <source>Creates a working copy of the creative map: a GeoPackage with every layer of the map (in EPSG:5899 for Hội An and Tam Kỳ, EPSG:5897 for Hà Nội), their value lists in three languages, and, if asked, the sample data of the chosen city.</source>
        <translation>Tạo một bản làm việc của bản đồ sáng tạo: một tệp GeoPackage chứa mọi lớp của bản đồ (theo EPSG:5899 cho Hội An và Tam Kỳ, EPSG:5897 cho Hà Nội), các danh mục giá trị bằng ba ngôn ngữ và, nếu được chọn, dữ liệu mẫu của thành phố đã chọn.</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="53" />
        <source>Workspace</source>
        <translation>Bản làm việc</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="55" />
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="59" />
        <source>Add the sample data</source>
        <translation>Thêm dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="60" />
        <source>Features written</source>
        <translation>Số đối tượng đã ghi</translation>
    </message>
    <message>
        <location filename="../processing/create_workspace.py" line="71" />
        <source>{count} features written to {path}.</source>
        <translation>Đã ghi {count} đối tượng vào {path}.</translation>
    </message>
</context>
<context>
    <name>CreativeMapDockBase</name>
    <message>
        <location filename="../gui/dock.ui" line="22" />
        <source>Multi-layer creative map</source>
        <translation>Bản đồ sáng tạo đa lớp</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="37" />
        <source>Working copy</source>
        <translation>Bản làm việc</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="41" />
        <source>No creative map is open yet.</source>
        <translation>Chưa mở bản đồ sáng tạo nào.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="119" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="123" />
        <source>Edit the creative map's layers, annotate the competition site in Hội An's central park and publish to the shared server.</source>
        <translation>Chỉnh sửa các lớp của bản đồ sáng tạo, ghi chú trên khu đất cuộc thi tại công viên trung tâm Hội An và xuất bản lên máy chủ chung.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="129" />
        <source>Show the log messages</source>
        <translation>Xem nhật ký</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="130" />
        <source>Open QGIS's log panel, where Creative Layers writes what it did and the details of any error.</source>
        <translation>Mở bảng nhật ký của QGIS, nơi Các lớp sáng tạo ghi lại những gì đã làm và chi tiết của mọi lỗi.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="48" />
        <source>Open a workspace…</source>
        <translation>Mở bản làm việc…</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="49" />
        <source>Open a creative-map workspace (GeoPackage) and add its layers to the project.</source>
        <translation>Mở một bản làm việc của bản đồ sáng tạo (GeoPackage) và thêm các lớp của nó vào dự án.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="56" />
        <source>The city whose sample data the new workspace receives.</source>
        <translation>Thành phố có dữ liệu mẫu được đưa vào bản làm việc mới.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="61" />
        <source>New from sample…</source>
        <translation>Tạo mới từ dữ liệu mẫu…</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="62" />
        <source>Create a workspace with the sample data of the chosen city and open it.</source>
        <translation>Tạo một bản làm việc có dữ liệu mẫu của thành phố đã chọn rồi mở nó.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="76" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="86" />
        <source>Show</source>
        <translation>Hiển thị</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="90" />
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="98" />
        <source>Creative field</source>
        <translation>Lĩnh vực sáng tạo</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="106" />
        <source>Zoom to the city</source>
        <translation>Thu phóng tới thành phố</translation>
    </message>
</context>
</TS>