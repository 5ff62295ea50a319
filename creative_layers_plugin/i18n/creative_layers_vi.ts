<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../gui/dock.py" line="27" />
        <source>Creative Layers</source>
        <translation>Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../gui/dock.py" line="39" />
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="43" />
        <source>Creative Layers panel</source>
        <translation>Bảng Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="47" />
        <source>Show or hide the Creative Layers panel</source>
        <translation>Hiện hoặc ẩn bảng Các lớp sáng tạo</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="57" />
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
        <location filename="../gui/dock.ui" line="51" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="55" />
        <source>Edit the creative map's layers, annotate the competition site in Hội An's central park and publish to the shared server.</source>
        <translation>Chỉnh sửa các lớp của bản đồ sáng tạo, ghi chú trên khu đất cuộc thi tại công viên trung tâm Hội An và xuất bản lên máy chủ chung.</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="61" />
        <source>Show the log messages</source>
        <translation>Xem nhật ký</translation>
    </message>
    <message>
        <location filename="../gui/dock.ui" line="62" />
        <source>Open QGIS's log panel, where Creative Layers writes what it did and the details of any error.</source>
        <translation>Mở bảng nhật ký của QGIS, nơi Các lớp sáng tạo ghi lại những gì đã làm và chi tiết của mọi lỗi.</translation>
    </message>
</context>
</TS>