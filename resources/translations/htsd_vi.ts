<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Activities</name>
    <message>
        <source>Vietnam Book and Reading Culture Day (21/4)</source>
        <translation>Ngày Sách và Văn hóa đọc Việt Nam (21/4)</translation>
    </message>
    <message>
        <source>World Book and Copyright Day (23/4)</source>
        <translation>Ngày Sách và Bản quyền thế giới (23/4)</translation>
    </message>
    <message>
        <source>International Museum Day (18/5)</source>
        <translation>Ngày Quốc tế Bảo tàng (18/5)</translation>
    </message>
    <message>
        <source>Vietnam Cultural Heritage Day (23/11)</source>
        <translation>Ngày Di sản văn hóa Việt Nam (23/11)</translation>
    </message>
    <message>
        <source>Lifelong Learning Week (1-7/10)</source>
        <translation>Tuần lễ hưởng ứng học tập suốt đời (1-7/10)</translation>
    </message>
    <message>
        <source>Display or exhibition</source>
        <translation>Trưng bày, triển lãm</translation>
    </message>
    <message>
        <source>Thematic talk</source>
        <translation>Nói chuyện chuyên đề</translation>
    </message>
    <message>
        <source>Class or training</source>
        <translation>Lớp học, tập huấn</translation>
    </message>
    <message>
        <source>Mobile library</source>
        <translation>Thư viện lưu động</translation>
    </message>
    <message>
        <source>Book rotation</source>
        <translation>Luân chuyển sách</translation>
    </message>
    <message>
        <source>Performing arts</source>
        <translation>Văn nghệ</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Thể dục thể thao</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Tại chỗ</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Lưu động</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>All types</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Fa&amp;cility</source>
        <translation>Thiết &amp;chế</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>Thê&amp;m hoạt động</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter hoặc F2</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Activities and events</source>
        <translation>Hoạt động, sự kiện</translation>
    </message>
    <message>
        <source>No activity in this period. Press “Add activity” (Ctrl+N) to record one; an activity over several days counts in the period of its first day.</source>
        <translation>Kỳ này chưa có hoạt động nào. Bấm “Thêm hoạt động” (Ctrl+N) để ghi; hoạt động kéo dài nhiều ngày được tính vào kỳ chứa ngày bắt đầu.</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Mọi thiết chế</translation>
    </message>
    <message>
        <source>Activities in this period: {count}. Participants: {participants}.</source>
        <translation>Số hoạt động trong kỳ: {count}. Lượt người tham gia: {participants}.</translation>
    </message>
    <message>
        <source>Activity “{title}” of {day}</source>
        <translation>Hoạt động “{title}” ngày {day}</translation>
    </message>
    <message>
        <source>The activity of {day} is stored but hidden by the filters.</source>
        <translation>Hoạt động ngày {day} đã được lưu nhưng đang bị bộ lọc ẩn đi.</translation>
    </message>
    <message>
        <source>Delete the activity “{title}” of {day}?</source>
        <translation>Xóa hoạt động “{title}” ngày {day}?</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Xóa hoạt động</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>empty = the same day</source>
        <translation>để trống = cùng ngày</translation>
    </message>
    <message>
        <source>e.g. primary school, Study Promotion Association</source>
        <translation>ví dụ: trường tiểu học, Hội Khuyến học</translation>
    </message>
    <message>
        <source>Serves &amp;lifelong learning</source>
        <translation>&amp;Phục vụ học tập suốt đời</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Ngày &amp;bắt đầu</translation>
    </message>
    <message>
        <source>Last da&amp;y</source>
        <translation>Ngày &amp;kết thúc</translation>
    </message>
    <message>
        <source>F&amp;acility</source>
        <translation>&amp;Thiết chế</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Tên h&amp;oạt động</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>Đơn &amp;vị phối hợp</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Hình thức</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Parti&amp;cipants</source>
        <translation>Tổng &amp;số người tham gia</translation>
    </message>
    <message>
        <source>of which c&amp;hildren</source>
        <translation>t&amp;rong đó thiếu nhi</translation>
    </message>
    <message>
        <source>&amp;elderly</source>
        <translation>người &amp;cao tuổi</translation>
    </message>
    <message>
        <source>&amp;women</source>
        <translation>&amp;nữ</translation>
    </message>
</context>
<context>
    <name>Aggregation</name>
    <message>
        <source>This is not a regular file (a pipe or a device); it was skipped.</source>
        <translation>Đây không phải là tệp thông thường (là đường ống hoặc thiết bị); đã bỏ qua.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <source>This is a folder.</source>
        <translation>Đây là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>The file cannot be read ({error}).</source>
        <translation>Không đọc được tệp ({error}).</translation>
    </message>
    <message>
        <source>The time the report was made (“{text}”) is not valid.</source>
        <translation>Thời điểm lập báo cáo (“{text}”) không hợp lệ.</translation>
    </message>
    <message>
        <source>The report is for period {found} ({found_convention}); this aggregation is for {wanted} ({wanted_convention}).</source>
        <translation>Báo cáo thuộc kỳ {found} ({found_convention}); lần tổng hợp này là kỳ {wanted} ({wanted_convention}).</translation>
    </message>
    <message>
        <source>The report is from province {found}; this aggregation is for province {wanted}.</source>
        <translation>Báo cáo của tỉnh có mã {found}; lần tổng hợp này là của tỉnh có mã {wanted}.</translation>
    </message>
    <message>
        <source>The hidden sheet “_data” lacks {codes}, which every report of template {template} carries.</source>
        <translation>Trang ẩn “_data” thiếu {codes}, là các chỉ tiêu mà mọi báo cáo theo mẫu {template} đều có.</translation>
    </message>
    <message>
        <source>The report does not say which units it covers.</source>
        <translation>Báo cáo không ghi rõ gồm những đơn vị nào.</translation>
    </message>
    <message>
        <source>A consolidated file of an older version (without the figures of each unit): counted as a whole, unless a newer report of one of its units is found.</source>
        <translation>Tệp tổng hợp theo định dạng cũ (không có số liệu từng đơn vị): được tính nguyên tệp, trừ khi có báo cáo mới hơn của một đơn vị trong đó.</translation>
    </message>
    <message>
        <source>Edited by hand after export ({codes}); the visible figures count.</source>
        <translation>Đã sửa tay sau khi xuất tệp ({codes}); số liệu đang hiển thị trong biểu được dùng.</translation>
    </message>
    <message>
        <source>Saved as .{format}: each figure was read at the place the program wrote it, where the form still shows its code. Check them on the form.</source>
        <translation>Tệp đã được lưu dạng .{format}: mỗi số liệu được đọc tại vị trí chương trình đã ghi, nơi biểu vẫn ghi đúng mã số của chỉ tiêu. Đề nghị kiểm tra lại trên biểu.</translation>
    </message>
    <message>
        <source>The cells&apos; names (HTSD_...) are gone ({codes}); the figures were read at the places the program wrote them. Check them on the form.</source>
        <translation>Tên các ô (HTSD_...) đã bị mất ({codes}); số liệu được đọc tại vị trí chương trình đã ghi. Đề nghị kiểm tra lại trên biểu.</translation>
    </message>
    <message>
        <source>Late: made on {made}, after the deadline {deadline}.</source>
        <translation>Nộp muộn: lập ngày {made}, sau hạn {deadline}.</translation>
    </message>
    <message>
        <source>Made with template {found}, not {wanted}; the figures count.</source>
        <translation>Lập theo mẫu {found}, không phải mẫu {wanted}; số liệu vẫn được tính.</translation>
    </message>
    <message>
        <source>Made with version {found} of template {template}; the current version is {wanted}, which it is judged against; the figures count.</source>
        <translation>Lập theo phiên bản {found} của mẫu {template}; phiên bản hiện hành là {wanted} và được dùng để đánh giá; số liệu vẫn được tính.</translation>
    </message>
    <message>
        <source>Already counted inside the aggregated file {file}.</source>
        <translation>Đã được tính trong tệp tổng hợp {file}.</translation>
    </message>
    <message>
        <source>Covers units already counted from the newer file {file}.</source>
        <translation>Gồm các đơn vị đã được tính từ tệp mới hơn {file}.</translation>
    </message>
    <message>
        <source>Another copy of this unit&apos;s report; the newer file {file} counts.</source>
        <translation>Bản trùng báo cáo của đơn vị này; tệp mới hơn {file} được tính.</translation>
    </message>
    <message>
        <source>The report says it was made on {made}, later than now ({now}): the clock of the computer that made it is wrong, or the time was changed. Ask for the report again.</source>
        <translation>Báo cáo ghi thời điểm lập là {made}, muộn hơn thời điểm hiện tại ({now}): đồng hồ máy tính lập báo cáo bị sai hoặc thời điểm đã bị sửa. Đề nghị đơn vị gửi lại báo cáo.</translation>
    </message>
    <message>
        <source>{units}: not a commune of province {province} on the official list.</source>
        <translation>{units}: không phải là xã, phường của tỉnh có mã {province} trong danh mục chính thức.</translation>
    </message>
    <message>
        <source>{units}: not among the communes template {template} covers.</source>
        <translation>{units}: không thuộc phạm vi các xã, phường của mẫu báo cáo {template}.</translation>
    </message>
    <message>
        <source>A consolidated report must come from the province or an office that groups communes, not from the commune {code}.</source>
        <translation>Báo cáo tổng hợp phải do tỉnh hoặc cơ quan tổng hợp theo cụm xã lập, không thể do xã, phường {code} lập.</translation>
    </message>
    <message>
        <source>The consolidated report lacks its hidden sheet “_units” (the figures of each unit it counts).</source>
        <translation>Báo cáo tổng hợp thiếu trang ẩn “_units” (số liệu của từng đơn vị được tổng hợp).</translation>
    </message>
    <message>
        <source>The units of the hidden sheet “_units” differ from the units the report says it includes.</source>
        <translation>Các đơn vị trong trang ẩn “_units” khác với danh sách đơn vị mà báo cáo ghi là đã tổng hợp.</translation>
    </message>
    <message>
        <source>Unit {unit} in the consolidated report has figures no commune can have ({codes}).</source>
        <translation>Đơn vị {unit} trong báo cáo tổng hợp có số liệu không thể có ở một xã, phường ({codes}).</translation>
    </message>
    <message>
        <source>The units of the consolidated report do not add up to its totals: {code} is {shown} on the form but {total} over its units.</source>
        <translation>Số liệu các đơn vị trong báo cáo tổng hợp không khớp với tổng: {code} trên biểu là {shown} nhưng cộng các đơn vị được {total}.</translation>
    </message>
    <message>
        <source>{count} of its units are counted from other files, whose copies are as new or newer.</source>
        <translation>{count} đơn vị trong tệp này được tính từ tệp khác có bản báo cáo mới bằng hoặc mới hơn.</translation>
    </message>
</context>
<context>
    <name>AggregationChoices</name>
    <message>
        <source>Provi&amp;nce</source>
        <translation>Tỉ&amp;nh</translation>
    </message>
    <message>
        <source>Con&amp;vention</source>
        <translation>Các&amp;h tính kỳ</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>Mẫ&amp;u báo cáo</translation>
    </message>
</context>
<context>
    <name>AggregationPage</name>
    <message>
        <source>Accepted</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Accepted with flags</source>
        <translation>Đã nhận, có lưu ý</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Bản trùng</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Nộp muộn</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chưa nhận</translation>
    </message>
    <message>
        <source>{unit} (aggregated, {count} units)</source>
        <translation>{unit} (tệp tổng hợp, {count} đơn vị)</translation>
    </message>
    <message>
        <source>{name} (not on the official list)</source>
        <translation>{name} (không có trong danh mục)</translation>
    </message>
    <message>
        <source>{file} (aggregated file)</source>
        <translation>{file} (tệp tổng hợp)</translation>
    </message>
    <message>
        <source>Also received: {files}.</source>
        <translation>Nhận thêm: {files}.</translation>
    </message>
    <message>
        <source>{files} files: {accepted} accepted, {flagged} with flags, {rejected} rejected, {duplicates} duplicates; communes: {received} of {expected} received, {missing} missing, {refused} rejected.</source>
        <translation>{files} tệp: {accepted} nhận, {flagged} nhận có lưu ý, {rejected} bị từ chối, {duplicates} bản trùng; xã, phường: đã nhận {received}/{expected}, chưa nhận {missing}, bị từ chối {refused}.</translation>
    </message>
    <message>
        <source>{count} units are not on the official list.</source>
        <translation>{count} đơn vị không có trong danh mục xã, phường của tỉnh.</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Add the workbooks the communes sent (files, whole folders, or drop them here), choose the period, then check them. Nothing is written until you save the consolidated workbook.</source>
        <translation>Thêm các tệp báo cáo các xã gửi lên (chọn tệp, cả thư mục, hoặc kéo thả vào đây), chọn kỳ báo cáo rồi bấm Kiểm tra. Chưa có gì được ghi cho đến khi lưu tệp tổng hợp.</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>Kiểm t&amp;ra tệp</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>&amp;Write consolidated workbook…</source>
        <translation>&amp;Ghi tệp tổng hợp…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Open output folder</source>
        <translation>Mở &amp;vị trí tệp</translation>
    </message>
    <message>
        <source>Add files or folders first.</source>
        <translation>Hãy thêm tệp hoặc thư mục trước.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Save the consolidated workbook</source>
        <translation>Lưu tệp tổng hợp</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Đang ghi…</translation>
    </message>
    <message>
        <source>Saved the consolidated workbook to {path}</source>
        <translation>Đã lưu tệp tổng hợp vào {path}</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was kept.</source>
        <translation>Đã hủy kiểm tra; không giữ lại kết quả nào.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). What you saved before is safe. Details were written to {log}; please send that file to your support staff.</source>
        <translation>Đã xảy ra lỗi ({kind}). Những gì đã lưu trước đó vẫn an toàn. Chi tiết được ghi vào {log}; hãy gửi tệp này cho cán bộ hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The data of the backup {file} is back in place.</source>
        <translation>Dữ liệu của bản sao lưu {file} đã được khôi phục.</translation>
    </message>
    <message>
        <source>The data as it was before is kept in {copy}.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ trong {copy}.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder</source>
        <translation>Chọn USB hoặc thư mục</translation>
    </message>
    <message>
        <source>Copy to a USB stick</source>
        <translation>Sao lưu ra USB</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Đã hủy việc sao chép; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>A checked copy of the data was written to {path}.</source>
        <translation>Đã ghi một bản sao dữ liệu đã kiểm tra vào {path}.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>khi đóng chương trình</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>trước khi nâng cấp</translation>
    </message>
    <message>
        <source>other file</source>
        <translation>tệp khác</translation>
    </message>
    <message>
        <source>visit days {n}</source>
        <translation>ngày có lượt bạn đọc {n}</translation>
    </message>
    <message>
        <source>activities {n}</source>
        <translation>hoạt động {n}</translation>
    </message>
    <message>
        <source>clubs {n}</source>
        <translation>câu lạc bộ {n}</translation>
    </message>
    <message>
        <source>club sessions {n}</source>
        <translation>buổi sinh hoạt {n}</translation>
    </message>
    <message>
        <source>digital services {n}</source>
        <translation>dịch vụ số {n}</translation>
    </message>
    <message>
        <source>museum days {n}</source>
        <translation>ngày có số liệu bảo tàng {n}</translation>
    </message>
    <message>
        <source>Unusable: {reason}</source>
        <translation>Không dùng được: {reason}</translation>
    </message>
    <message>
        <source>the office&apos;s database: {n} template files</source>
        <translation>cơ sở dữ liệu của cơ quan: {n} tệp mẫu báo cáo</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>No backup for {days} days (the last on {when}). Copy the data to a USB stick from the File menu.</source>
        <translation>Đã {days} ngày chưa sao lưu (lần gần nhất {when}). Hãy chép dữ liệu ra USB từ menu Tệp.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Sao lưu gần nhất: {when}</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <source>Baseline from earlier reports</source>
        <translation>Số liệu các năm trước</translation>
    </message>
    <message>
        <source>Type the totals of an earlier period from its paper report, so that the comparison with the same period of the year before works from the first year. Type a number and press Enter or Tab; an empty value clears it. Percentages are worked out, not typed.</source>
        <translation>Nhập số liệu của các kỳ trước theo báo cáo giấy, để phần so sánh với cùng kỳ năm trước có số liệu ngay từ năm đầu dùng chương trình. Gõ số rồi nhấn Enter hoặc Tab; để trống là xóa. Các tỷ lệ phần trăm được tự tính, không nhập.</translation>
    </message>
    <message>
        <source>Calendar (statistical reports)</source>
        <translation>Theo năm dương lịch (báo cáo thống kê)</translation>
    </message>
    <message>
        <source>Decree 09/2019 (administrative reports)</source>
        <translation>Theo Nghị định 09/2019 (báo cáo hành chính)</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Cách tính kỳ</translation>
    </message>
    <message>
        <source>Baseline of {period} ({convention})</source>
        <translation>Số liệu đã báo cáo của kỳ {period} ({convention})</translation>
    </message>
    <message>
        <source>{code} cleared.</source>
        <translation>Đã xóa {code}.</translation>
    </message>
    <message>
        <source>{code} = {value} stored.</source>
        <translation>Đã lưu {code} = {value}.</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <source>Save as picture…</source>
        <translation>Lưu thành ảnh…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Lưu biểu đồ này thành ảnh PNG</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be written to {path}. Choose another folder.</source>
        <translation>Không ghi được ảnh vào {path}. Hãy chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Set up {unit} (commune {commune}, {province}) in {path}.</source>
        <translation>Đã thiết lập {unit} (mã xã {commune}, {province}) trong {path}.</translation>
    </message>
    <message>
        <source>Set up the office {office} ({province}) in {path}.</source>
        <translation>Đã thiết lập cơ quan {office} ({province}) trong {path}.</translation>
    </message>
    <message>
        <source>Added facility {code}: {name} ({type}).</source>
        <translation>Đã thêm thiết chế {code}: {name} ({type}).</translation>
    </message>
    <message>
        <source>It is read-only here (a write-protected USB stick or a read-only folder): the program can show it but not save changes. Copy it to a folder that can be written to, or remove the write protection.</source>
        <translation>Tệp này ở đây chỉ đọc được (USB đang bật khóa chống ghi hoặc thư mục chỉ cho phép đọc): chương trình xem được nhưng không lưu được thay đổi. Hãy chép tệp sang thư mục ghi được, hoặc tắt khóa chống ghi.</translation>
    </message>
    <message>
        <source>{n} broken links between records</source>
        <translation>{n} liên kết hỏng giữa các bản ghi</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Restore the newest good backup.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng ({detail}). Hãy khôi phục bản sao lưu tốt mới nhất.</translation>
    </message>
    <message>
        <source>The database {path} is sound (schema {version}; rows: {counts}).</source>
        <translation>Cơ sở dữ liệu {path} tốt (lược đồ {version}; số dòng: {counts}).</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details in {log}.</source>
        <translation>lỗi không mong đợi ({kind}); chi tiết ghi trong {log}.</translation>
    </message>
    <message>
        <source>error: {detail}</source>
        <translation>lỗi: {detail}</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>the database file (default: the one in your data folder)</source>
        <translation>tệp cơ sở dữ liệu (mặc định: tệp trong thư mục dữ liệu của bạn)</translation>
    </message>
    <message>
        <source>language of messages: vi (default) or en</source>
        <translation>ngôn ngữ thông báo: vi (mặc định) hoặc en</translation>
    </message>
    <message>
        <source>Records and reports of the lifelong-learning programme for commune libraries and culture houses. Without a command, opens the window.</source>
        <translation>Sổ theo dõi và báo cáo Chương trình học tập suốt đời cho thư viện, nhà văn hóa cấp xã. Không có lệnh thì mở cửa sổ chương trình.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>LỆNH</translation>
    </message>
    <message>
        <source>province code, 2 digits (e.g. 66)</source>
        <translation>mã tỉnh, 2 chữ số (ví dụ 66)</translation>
    </message>
    <message>
        <source>commune code, 5 digits with leading zeros (e.g. 24175)</source>
        <translation>mã xã, 5 chữ số, giữ số 0 ở đầu (ví dụ 24175)</translation>
    </message>
    <message>
        <source>report template: qd1520, phu-yen-2023 or bac-giang-74-2023</source>
        <translation>mẫu báo cáo: qd1520, phu-yen-2023 hoặc bac-giang-74-2023</translation>
    </message>
    <message>
        <source>who prepares the report</source>
        <translation>người lập biểu</translation>
    </message>
    <message>
        <source>head of the unit</source>
        <translation>thủ trưởng đơn vị</translation>
    </message>
    <message>
        <source>the office that receives it</source>
        <translation>đơn vị nhận báo cáo</translation>
    </message>
    <message>
        <source>manage facilities</source>
        <translation>quản lý thiết chế</translation>
    </message>
    <message>
        <source>Manage the commune&apos;s facilities.</source>
        <translation>Quản lý các thiết chế của xã.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>THAO_TÁC</translation>
    </message>
    <message>
        <source>add a facility</source>
        <translation>thêm một thiết chế</translation>
    </message>
    <message>
        <source>Add a facility.</source>
        <translation>Thêm một thiết chế.</translation>
    </message>
    <message>
        <source>short code, e.g. TV1</source>
        <translation>mã ngắn, ví dụ TV1</translation>
    </message>
    <message>
        <source>type</source>
        <translation>loại thiết chế</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên thiết chế</translation>
    </message>
    <message>
        <source>opening date, dd/mm/yyyy or yyyy-mm-dd</source>
        <translation>ngày bắt đầu hoạt động, dd/mm/yyyy hoặc yyyy-mm-dd</translation>
    </message>
    <message>
        <source>closing date, dd/mm/yyyy or yyyy-mm-dd</source>
        <translation>ngày ngừng hoạt động, dd/mm/yyyy hoặc yyyy-mm-dd</translation>
    </message>
    <message>
        <source>import logs from CSV or XLSX files</source>
        <translation>nhập số liệu từ tệp CSV hoặc XLSX</translation>
    </message>
    <message>
        <source>Import visits, activities, clubs, club sessions, digital services or museum figures from CSV (UTF-8) or XLSX files. The header row tells the kind of data. Either every file is imported or nothing is.</source>
        <translation>Nhập lượt bạn đọc, hoạt động, câu lạc bộ, buổi sinh hoạt, dịch vụ số hoặc số liệu bảo tàng từ tệp CSV (UTF-8) hoặc XLSX. Dòng tiêu đề cho biết loại số liệu. Hoặc nhập được toàn bộ các tệp, hoặc không nhập gì.</translation>
    </message>
    <message>
        <source>province code, 2 digits (default: the template&apos;s province; required with a national template)</source>
        <translation>mã tỉnh, 2 chữ số (mặc định: tỉnh của mẫu báo cáo; bắt buộc khi dùng mẫu toàn quốc)</translation>
    </message>
    <message>
        <source>list, send, check and install report templates</source>
        <translation>liệt kê, gửi, kiểm tra và cài đặt mẫu báo cáo</translation>
    </message>
    <message>
        <source>Report templates (one per provincial plan): list them, export one as a MauBaoCao_&lt;id&gt;_v&lt;version&gt;.htsd-mau file to send to the communes, check such a file, or install it beside a commune&apos;s database.</source>
        <translation>Mẫu báo cáo (mỗi kế hoạch của tỉnh một mẫu): liệt kê, xuất một mẫu thành tệp MauBaoCao_&lt;mã&gt;_v&lt;phiên bản&gt;.htsd-mau để gửi cho các xã, kiểm tra tệp đó, hoặc cài tệp vào cạnh cơ sở dữ liệu của xã.</translation>
    </message>
    <message>
        <source>list the templates, shipped and installed</source>
        <translation>liệt kê các mẫu báo cáo có sẵn và đã cài</translation>
    </message>
    <message>
        <source>List the templates the database sees; the one it uses is marked with *.</source>
        <translation>Liệt kê các mẫu báo cáo mà cơ sở dữ liệu dùng được; mẫu đang dùng được đánh dấu *.</translation>
    </message>
    <message>
        <source>write a template as a file to send to the communes</source>
        <translation>xuất mẫu báo cáo thành tệp để gửi cho các xã</translation>
    </message>
    <message>
        <source>Write MauBaoCao_&lt;id&gt;_v&lt;version&gt;.htsd-mau into a folder (made if missing).</source>
        <translation>Ghi tệp MauBaoCao_&lt;mã&gt;_v&lt;phiên bản&gt;.htsd-mau vào một thư mục (tự tạo nếu chưa có).</translation>
    </message>
    <message>
        <source>the template&apos;s id</source>
        <translation>mã của mẫu báo cáo</translation>
    </message>
    <message>
        <source>the folder to write the file into</source>
        <translation>thư mục để ghi tệp vào</translation>
    </message>
    <message>
        <source>install a template file beside a database</source>
        <translation>cài tệp mẫu báo cáo vào cạnh cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Check a .htsd-mau file, print what it changes (targets and deadlines, old and new), and install it into the templates folder beside the database; the commune then reports on it. An older version than the one installed is refused.</source>
        <translation>Kiểm tra tệp .htsd-mau, in ra những gì thay đổi (chỉ tiêu và hạn nộp, cũ và mới) rồi cài vào thư mục templates cạnh cơ sở dữ liệu; từ đó xã báo cáo theo mẫu này. Phiên bản cũ hơn phiên bản đã cài sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>the .htsd-mau file</source>
        <translation>tệp .htsd-mau</translation>
    </message>
    <message>
        <source>install even when it replaces the template the commune uses</source>
        <translation>vẫn cài khi mẫu này thay cho mẫu báo cáo xã đang dùng</translation>
    </message>
    <message>
        <source>check a template file without installing it</source>
        <translation>kiểm tra tệp mẫu báo cáo mà không cài</translation>
    </message>
    <message>
        <source>Check a .htsd-mau file; exit status 2 with the reason when anything is off.</source>
        <translation>Kiểm tra tệp .htsd-mau; trả về mã thoát 2 kèm lý do khi có chỗ không hợp lệ.</translation>
    </message>
    <message>
        <source>write a checked copy of the database into a folder</source>
        <translation>ghi một bản sao đã kiểm tra của cơ sở dữ liệu vào một thư mục</translation>
    </message>
    <message>
        <source>Write a consistent, checked copy of the database into a folder (a USB stick, for example). The copy is named &lt;name&gt;-&lt;date&gt;-&lt;time&gt;-manual.sqlite3.</source>
        <translation>Ghi một bản sao nhất quán, đã kiểm tra của cơ sở dữ liệu vào một thư mục (ví dụ USB). Bản sao có tên &lt;tên&gt;-&lt;ngày&gt;-&lt;giờ&gt;-manual.sqlite3.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>THƯ_MỤC</translation>
    </message>
    <message>
        <source>the folder to write the copy into; it must exist</source>
        <translation>thư mục ghi bản sao; thư mục phải có sẵn</translation>
    </message>
    <message>
        <source>put a backup back in place of the database</source>
        <translation>khôi phục cơ sở dữ liệu từ một bản sao lưu</translation>
    </message>
    <message>
        <source>Put a backup back in place of the database. The database as it is now is first copied into its backups folder, so the restore can be undone. Close the window first.</source>
        <translation>Đưa một bản sao lưu vào thay cơ sở dữ liệu. Cơ sở dữ liệu hiện tại được chép vào thư mục backups trước, nên có thể hoàn tác. Hãy đóng cửa sổ chương trình trước.</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>tệp sao lưu cần khôi phục</translation>
    </message>
    <message>
        <source>restore even when the backup belongs to another commune than the database</source>
        <translation>khôi phục cả khi bản sao lưu thuộc về xã khác với cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>files</source>
        <translation>các tệp</translation>
    </message>
    <message>
        <source>build a demo commune with years of data</source>
        <translation>tạo một xã mẫu có số liệu nhiều năm</translation>
    </message>
    <message>
        <source>Build a realistic demo commune (Xã Hòa Phú) with facilities, clubs and years of logs ending yesterday, in a new, empty database.</source>
        <translation>Tạo một xã mẫu (Xã Hòa Phú) có thiết chế, câu lạc bộ và số liệu nhiều năm tính đến hôm qua, trong một cơ sở dữ liệu mới, còn trống.</translation>
    </message>
    <message>
        <source>years of data (default 3)</source>
        <translation>số năm có số liệu (mặc định 3)</translation>
    </message>
    <message>
        <source>write the report workbook of a period</source>
        <translation>ghi tệp báo cáo (xlsx) của một kỳ</translation>
    </message>
    <message>
        <source>Write the commune&apos;s report workbook (xlsx) for one period. The file name HTSD_&lt;province&gt;_&lt;commune&gt;_&lt;period&gt;.xlsx is used when --out is a folder.</source>
        <translation>Ghi tệp báo cáo (xlsx) của xã cho một kỳ. Khi --out là một thư mục, tệp được đặt tên HTSD_&lt;tỉnh&gt;_&lt;xã&gt;_&lt;kỳ&gt;.xlsx.</translation>
    </message>
    <message>
        <source>the period: 2026-N, 2026-S1, 2026-9T, 2026-Q3 or 2026-M07</source>
        <translation>kỳ báo cáo: 2026-N, 2026-S1, 2026-9T, 2026-Q3 hoặc 2026-M07</translation>
    </message>
    <message>
        <source>calendar periods or Decree 09 periods (default: the template&apos;s convention)</source>
        <translation>kỳ theo năm dương lịch (calendar) hoặc theo Nghị định 09 (nd09) (mặc định: theo mẫu báo cáo)</translation>
    </message>
    <message>
        <source>report template (default: the commune&apos;s template)</source>
        <translation>mẫu báo cáo (mặc định: mẫu của xã)</translation>
    </message>
    <message>
        <source>the xlsx file to write, or a folder</source>
        <translation>tệp xlsx cần ghi, hoặc một thư mục</translation>
    </message>
    <message>
        <source>set up the database for a commune or for the office</source>
        <translation>thiết lập cơ sở dữ liệu cho một xã hoặc cho cơ quan cấp tỉnh</translation>
    </message>
    <message>
        <source>Set up the database for a commune, or (--office) for the province&apos;s office.</source>
        <translation>Thiết lập cơ sở dữ liệu cho một xã, hoặc (--office) cho cơ quan văn hóa cấp tỉnh.</translation>
    </message>
    <message>
        <source>set the database up for the province&apos;s culture office (it makes the report templates and aggregates; it records no commune)</source>
        <translation>thiết lập cơ sở dữ liệu cho cơ quan văn hóa cấp tỉnh (soạn mẫu báo cáo và tổng hợp; không ghi số liệu của xã nào)</translation>
    </message>
    <message>
        <source>name of the reporting unit (or of the office)</source>
        <translation>tên đơn vị báo cáo (hoặc tên cơ quan)</translation>
    </message>
    <message>
        <source>consolidate the communes&apos; report workbooks of a period</source>
        <translation>tổng hợp các tệp báo cáo của các xã trong một kỳ</translation>
    </message>
    <message>
        <source>Read the report workbooks of the communes (files, or folders searched with their subfolders), check each, and write one consolidated workbook. Rejected files are listed on stderr; the exit status is 2 when no file could be used.</source>
        <translation>Đọc các tệp báo cáo của các xã (tệp, hoặc thư mục cùng các thư mục con), kiểm tra từng tệp và ghi một tệp tổng hợp. Các tệp bị từ chối được liệt kê trên stderr; mã thoát là 2 khi không có tệp nào dùng được.</translation>
    </message>
    <message>
        <source>report template (default: qd1520, the national one)</source>
        <translation>mẫu báo cáo (mặc định: qd1520, mẫu toàn quốc)</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>ĐẦU_VÀO</translation>
    </message>
    <message>
        <source>report workbooks, or folders holding them</source>
        <translation>các tệp báo cáo, hoặc thư mục chứa chúng</translation>
    </message>
    <message>
        <source>check that a database is sound</source>
        <translation>kiểm tra cơ sở dữ liệu có còn tốt không</translation>
    </message>
    <message>
        <source>Check that a database file is sound.</source>
        <translation>Kiểm tra tệp cơ sở dữ liệu có còn tốt không.</translation>
    </message>
    <message>
        <source>Built the demo commune {unit} in {path}: {facilities} facilities, data from {first} to {last}: {visits} days of visits, {clubs} clubs with {sessions} sessions, {activities} activities, {digital} digital-service rows, {museum} museum days.</source>
        <translation>Đã tạo xã mẫu {unit} trong {path}: {facilities} thiết chế, số liệu từ {first} đến {last}: {visits} ngày có lượt bạn đọc, {clubs} câu lạc bộ với {sessions} buổi sinh hoạt, {activities} hoạt động, {digital} dòng dịch vụ số, {museum} ngày số liệu bảo tàng.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problem}</source>
        <translation>{file}, dòng {row}: {problem}</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: {problem}</source>
        <translation>{file}, dòng {row}, cột {column}: {problem}</translation>
    </message>
    <message>
        <source>… and {count} more problems; nothing was imported.</source>
        <translation>… và {count} lỗi khác; chưa nhập gì.</translation>
    </message>
    <message>
        <source>Imported {files} file(s) into {path}: {counts}.</source>
        <translation>Đã nhập {files} tệp vào {path}: {counts}.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Cảnh báo: {text}</translation>
    </message>
    <message>
        <source>Wrote the report of {period} ({start} to {end}, template {template}) to {path}.</source>
        <translation>Đã ghi báo cáo kỳ {period} (từ {start} đến {end}, mẫu {template}) vào {path}.</translation>
    </message>
    <message>
        <source>Wrote the report of {period} ({start} to {end}: the period has not ended, template {template}) to {path}.</source>
        <translation>Đã ghi báo cáo kỳ {period} (từ {start} đến {end}, kỳ báo cáo chưa kết thúc, mẫu {template}) vào {path}.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>bản trùng</translation>
    </message>
    <message>
        <source>counted, with flags</source>
        <translation>được tính, có lưu ý</translation>
    </message>
    <message>
        <source>No usable report for period {period} in {count} file(s); nothing written.</source>
        <translation>Không có báo cáo nào dùng được cho kỳ {period} trong {count} tệp; chưa ghi gì.</translation>
    </message>
    <message>
        <source>Wrote the consolidated report of {period} ({counted} of {files} files counted; {received} of {expected} communes received) to {path}.</source>
        <translation>Đã ghi báo cáo tổng hợp kỳ {period} (tính {counted}/{files} tệp; đã nhận {received}/{expected} xã, phường) vào {path}.</translation>
    </message>
    <message>
        <source>Wrote a checked copy of {db} to {path}.</source>
        <translation>Đã ghi bản sao đã kiểm tra của {db} vào {path}.</translation>
    </message>
    <message>
        <source>Backup:           {unit}</source>
        <translation>Bản sao lưu:      {unit}</translation>
    </message>
    <message>
        <source>Current database: {unit}</source>
        <translation>Dữ liệu hiện tại: {unit}</translation>
    </message>
    <message>
        <source>Restored {db} from {file}.</source>
        <translation>Đã khôi phục {db} từ {file}.</translation>
    </message>
    <message>
        <source>Restored {db} from {file}. The database as it was before is kept in {copy}.</source>
        <translation>Đã khôi phục {db} từ {file}. Dữ liệu trước khi khôi phục được giữ trong {copy}.</translation>
    </message>
    <message>
        <source>Put back {count} template file(s) of the office in {folder}.</source>
        <translation>Đã đặt lại {count} tệp mẫu báo cáo của cơ quan vào {folder}.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}; restore a copy from a USB stick with: htsd restore --db &quot;{path}&quot; FILE</source>
        <translation>Không tìm thấy bản sao lưu tốt nào trong {folder}; hãy khôi phục bản sao trên USB bằng lệnh: htsd restore --db &quot;{path}&quot; TỆP</translation>
    </message>
    <message>
        <source>The newest good backup is {backup}; restore it with: htsd restore --db &quot;{path}&quot; &quot;{backup}&quot;</source>
        <translation>Bản sao lưu tốt mới nhất là {backup}; khôi phục bằng lệnh: htsd restore --db &quot;{path}&quot; &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>{id}, version {version}</source>
        <translation>{id}, phiên bản {version}</translation>
    </message>
    <message>
        <source>, issued by {issuer}</source>
        <translation>, do {issuer} ban hành</translation>
    </message>
    <message>
        <source> on {day}</source>
        <translation> ngày {day}</translation>
    </message>
    <message>
        <source>{label}: {value} (unchanged)</source>
        <translation>{label}: {value} (không đổi)</translation>
    </message>
    <message>
        <source>comes with the program</source>
        <translation>có sẵn trong chương trình</translation>
    </message>
    <message>
        <source>installed: {path}</source>
        <translation>đã cài: {path}</translation>
    </message>
    <message>
        <source>* the template this database uses</source>
        <translation>* mẫu báo cáo cơ sở dữ liệu này đang dùng</translation>
    </message>
    <message>
        <source>Wrote {path}: send it to the communes.</source>
        <translation>Đã ghi {path}: gửi tệp này cho các xã.</translation>
    </message>
    <message>
        <source>{file}: {template}. The file is sound (checksum {checksum}).</source>
        <translation>{file}: {template}. Tệp hợp lệ (mã kiểm tra {checksum}).</translation>
    </message>
    <message>
        <source>Template file {file}: {template}.</source>
        <translation>Tệp mẫu báo cáo {file}: {template}.</translation>
    </message>
    <message>
        <source>This version is installed already; nothing was changed.</source>
        <translation>Phiên bản này đã được cài; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Nothing was installed: this replaces the template {unit} reports on. Check the lines marked * above, then run the command again with --yes.</source>
        <translation>Chưa cài gì: mẫu này sẽ thay cho mẫu báo cáo mà {unit} đang dùng. Hãy xem các dòng đánh dấu * ở trên, rồi chạy lại lệnh với --yes.</translation>
    </message>
    <message>
        <source>Installed {template} into {path}.</source>
        <translation>Đã cài {template} vào {path}.</translation>
    </message>
    <message>
        <source>{unit} now reports on this template.</source>
        <translation>Từ nay {unit} báo cáo theo mẫu này.</translation>
    </message>
</context>
<context>
    <name>ClubDialog</name>
    <message>
        <source>New club</source>
        <translation>Thêm câu lạc bộ</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Câu lạc bộ</translation>
    </message>
    <message>
        <source>e.g. CLB01</source>
        <translation>ví dụ CLB01</translation>
    </message>
    <message>
        <source>empty while the club meets</source>
        <translation>để trống nếu còn sinh hoạt</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Tê&amp;n</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Hình thứ&amp;c</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Lĩnh vực</translation>
    </message>
    <message>
        <source>&amp;Host facility</source>
        <translation>Thiết chế sinh h&amp;oạt</translation>
    </message>
    <message>
        <source>F&amp;ounded on</source>
        <translation>Ngày thành lậ&amp;p</translation>
    </message>
    <message>
        <source>C&amp;losed on</source>
        <translation>Ngà&amp;y giải thể</translation>
    </message>
    <message>
        <source>Lea&amp;der</source>
        <translation>Chủ nh&amp;iệm</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>Số thành &amp;viên</translation>
    </message>
    <message>
        <source>of which &amp;women</source>
        <translation>t&amp;rong đó nữ</translation>
    </message>
    <message>
        <source>ch&amp;ildren (under 16)</source>
        <translation>thiế&amp;u nhi (dưới 16 tuổi)</translation>
    </message>
    <message>
        <source>&amp;elderly (60 and over)</source>
        <translation>người c&amp;ao tuổi (từ 60)</translation>
    </message>
    <message>
        <source>Count from the ro&amp;ster</source>
        <translation>Đếm từ &amp;danh sách</translation>
    </message>
</context>
<context>
    <name>ClubSessionsPanel</name>
    <message>
        <source>what the session was about</source>
        <translation>nội dung buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Thêm buổi</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>Nội &amp;dung</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>Số n&amp;gười dự</translation>
    </message>
    <message>
        <source>Type the date, topic and attendance, then press Enter. In the list, Enter changes the selected session and Delete removes it.</source>
        <translation>Gõ ngày, nội dung và số người dự rồi nhấn Enter. Trong danh sách, Enter để sửa buổi đang chọn, Delete để xóa.</translation>
    </message>
    <message>
        <source>Sessions (choose a club in the list above)</source>
        <translation>Buổi sinh hoạt (chọn một câu lạc bộ ở danh sách trên)</translation>
    </message>
    <message>
        <source>Sessions of {code} – {name}</source>
        <translation>Buổi sinh hoạt của {code} – {name}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Lưu buổi</translation>
    </message>
    <message>
        <source>Delete the session of {day} ({topic})?</source>
        <translation>Xóa buổi sinh hoạt ngày {day} ({topic})?</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Xóa buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Attendance on {day} ({attendance}) is above the club&apos;s {members} members. The session is stored; check the log book or the member count.</source>
        <translation>Số người dự ngày {day} ({attendance}) nhiều hơn {members} thành viên của câu lạc bộ. Buổi sinh hoạt vẫn được lưu; hãy kiểm tra lại sổ hoặc số thành viên.</translation>
    </message>
</context>
<context>
    <name>Clubs</name>
    <message>
        <source>Club</source>
        <translation>Câu lạc bộ</translation>
    </message>
    <message>
        <source>Talent class</source>
        <translation>Lớp năng khiếu</translation>
    </message>
    <message>
        <source>Interest group</source>
        <translation>Nhóm sở thích</translation>
    </message>
    <message>
        <source>Performing arts</source>
        <translation>Văn nghệ</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Thể dục thể thao</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Đọc sách</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Kỹ năng số</translation>
    </message>
    <message>
        <source>Foreign languages</source>
        <translation>Ngoại ngữ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <source>female</source>
        <translation>nữ</translation>
    </message>
</context>
<context>
    <name>ClubsPage</name>
    <message>
        <source>&amp;Add club</source>
        <translation>Thê&amp;m câu lạc bộ</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Enter hoặc F2</translation>
    </message>
    <message>
        <source>De&amp;lete club</source>
        <translation>&amp;Xóa câu lạc bộ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clubs</source>
        <translation>Câu lạc bộ, lớp năng khiếu, nhóm sở thích</translation>
    </message>
    <message>
        <source>No club yet. Add the clubs, talent classes and interest groups of the commune: press “Add club” (Ctrl+N), then type their sessions from the log book.</source>
        <translation>Chưa có câu lạc bộ nào. Hãy thêm các câu lạc bộ, lớp năng khiếu, nhóm sở thích của xã: bấm “Thêm câu lạc bộ” (Ctrl+N), rồi nhập các buổi sinh hoạt theo sổ.</translation>
    </message>
    <message>
        <source>Sessions and attendance count the sessions held in the chosen period.</source>
        <translation>Số buổi và số người dự được tính trong kỳ đang chọn.</translation>
    </message>
    <message>
        <source>Clubs: {clubs}; active in this period: {active} (a club is active when it met in at least {share} % of the period&apos;s months). Sessions: {sessions}; attendance: {attendance}.</source>
        <translation>Số câu lạc bộ: {clubs}; đang hoạt động trong kỳ: {active} (câu lạc bộ được tính là đang hoạt động khi có sinh hoạt trong ít nhất {share} % số tháng của kỳ). Số buổi: {sessions}; lượt người dự: {attendance}.</translation>
    </message>
    <message>
        <source>Club {code} – {name}, its roster and its sessions</source>
        <translation>Câu lạc bộ {code} – {name}, danh sách thành viên và các buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Delete the club {code} – {name} with its roster and all its sessions? This cannot be undone.</source>
        <translation>Xóa câu lạc bộ {code} – {name} cùng danh sách thành viên và mọi buổi sinh hoạt? Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Delete club</source>
        <translation>Xóa câu lạc bộ</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Thiết chế</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Lifelong learning</source>
        <translation>HTSĐ</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Thiếu nhi</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Cao tuổi</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã ngừng hoạt động</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>above the member count</source>
        <translation>nhiều hơn số thành viên</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <source>Reporting unit</source>
        <translation>Đơn vị báo cáo</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Reason or remark</source>
        <translation>Lý do, ghi chú</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Host facility</source>
        <translation>Thiết chế</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Số người dự</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ngày tham gia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Hoạt động từ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ngừng từ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Sách (bản)</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Diện tích (m²)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Chỗ ngồi</translation>
    </message>
    <message>
        <source>With Internet</source>
        <translation>Có Internet</translation>
    </message>
    <message>
        <source>Library software</source>
        <translation>Phần mềm thư viện</translation>
    </message>
    <message>
        <source>Digital library</source>
        <translation>Thư viện số</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Trang web</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Dòng báo cáo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Loại số liệu</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Số lỗi</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Code number</source>
        <translation>Mã số</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Comparison %</source>
        <translation>So sánh %</translation>
    </message>
    <message>
        <source>Plan target</source>
        <translation>Chỉ tiêu kế hoạch</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>mở lại</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>đã nộp</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Service point</source>
        <translation>Điểm phục vụ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <source>Days with no visits typed</source>
        <translation>Các ngày chưa nhập lượt</translation>
    </message>
</context>
<context>
    <name>CountSpin</name>
    <message>
        <source>{value} is more than the highest allowed, {maximum}.</source>
        <translation>{value} lớn hơn mức tối đa cho phép ({maximum}).</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cannot do that</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Type a date.</source>
        <translation>Hãy nhập ngày.</translation>
    </message>
</context>
<context>
    <name>Digital</name>
    <message>
        <source>Computer and Internet use (visits)</source>
        <translation>Sử dụng máy tính - Internet (lượt)</translation>
    </message>
    <message>
        <source>Digital resources accessed (visits)</source>
        <translation>Truy cập tài nguyên số, thư viện số (lượt)</translation>
    </message>
    <message>
        <source>Documents digitised</source>
        <translation>Số hóa tài liệu (tài liệu)</translation>
    </message>
    <message>
        <source>Online activities</source>
        <translation>Hoạt động trực tuyến (cuộc)</translation>
    </message>
    <message>
        <source>Digital skills sessions</source>
        <translation>Hướng dẫn kỹ năng số (buổi)</translation>
    </message>
</context>
<context>
    <name>DigitalPage</name>
    <message>
        <source>Digital services</source>
        <translation>Dịch vụ số</translation>
    </message>
    <message>
        <source>No facility yet. Add the commune&apos;s facilities on the Facilities screen first.</source>
        <translation>Chưa có thiết chế nào. Hãy thêm các thiết chế của xã ở màn hình Thiết chế trước.</translation>
    </message>
    <message>
        <source>Totals of the period at this facility:</source>
        <translation>Cộng trong kỳ tại thiết chế này:</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Số lượng</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants</source>
        <translation>Số người tham &amp;gia</translation>
    </message>
    <message>
        <source>Facility pr&amp;ofile…</source>
        <translation>&amp;Hồ sơ thiết chế…</translation>
    </message>
    <message>
        <source>No profile is recorded on {day}. Press “Facility profile…” to record the computers, software and web presence.</source>
        <translation>Chưa có hồ sơ thiết chế tính đến ngày {day}. Bấm “Hồ sơ thiết chế…” để ghi số máy tính, phần mềm và trang web.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Profile on {day}: {computers} public computers, {internet} with Internet; library software: {software}; digital library or online catalogue: {library}; website or fan page: {web}.</source>
        <translation>Hồ sơ ngày {day}: {computers} máy tính phục vụ người dân, {internet} máy có Internet; phần mềm thư viện: {software}; thư viện số hoặc mục lục trực tuyến: {library}; trang web hoặc fanpage: {web}.</translation>
    </message>
    <message>
        <source>{day} already holds {quantity} for “{kind}”. Replace it with {new}, or add {new} to it?</source>
        <translation>Ngày {day} đã có {quantity} cho “{kind}”. Thay bằng {new}, hay cộng thêm {new}?</translation>
    </message>
    <message>
        <source>Replace with {new}</source>
        <translation>Thay bằng {new}</translation>
    </message>
    <message>
        <source>Add: {total} in all</source>
        <translation>Cộng thêm: tất cả {total}</translation>
    </message>
    <message>
        <source>Delete the row of {day}: {kind}, {quantity}?</source>
        <translation>Xóa dòng ngày {day}: {kind}, {quantity}?</translation>
    </message>
</context>
<context>
    <name>DivisionPage</name>
    <message>
        <source>Your commune</source>
        <translation>Xã của bạn</translation>
    </message>
    <message>
        <source>Choose the province, then the commune, ward or special zone this database serves. Type a few letters, without accents if you like.</source>
        <translation>Chọn tỉnh, rồi chọn xã, phường hoặc đặc khu mà cơ sở dữ liệu này phục vụ. Gõ vài chữ cái để tìm, không dấu cũng được.</translation>
    </message>
    <message>
        <source>a &amp;commune, ward or special zone that reports</source>
        <translation>một &amp;xã, phường, đặc khu (đơn vị lập báo cáo)</translation>
    </message>
    <message>
        <source>the province&apos;s culture &amp;office, which makes the plans&apos; report templates and aggregates the communes&apos; reports</source>
        <translation>cơ quan &amp;văn hóa cấp tỉnh (Sở Văn hóa, Thể thao và Du lịch): soạn mẫu báo cáo theo kế hoạch và tổng hợp báo cáo của các xã</translation>
    </message>
    <message>
        <source>Find a province…</source>
        <translation>Tìm tỉnh, thành phố…</translation>
    </message>
    <message>
        <source>Find a commune or its code…</source>
        <translation>Tìm xã, phường theo tên hoặc mã…</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>This database serves:</source>
        <translation>Cơ sở dữ liệu này dùng cho:</translation>
    </message>
    <message>
        <source>{n} communes in this province.</source>
        <translation>Tỉnh này có {n} xã, phường, đặc khu.</translation>
    </message>
    <message>
        <source>The office&apos;s province</source>
        <translation>Tỉnh của cơ quan</translation>
    </message>
    <message>
        <source>Choose the province whose communes the office serves.</source>
        <translation>Chọn tỉnh, thành phố mà cơ quan phụ trách các xã, phường. Gõ vài chữ cái để tìm, không dấu cũng được.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database {path} has not been set up; run “init” first.</source>
        <translation>Cơ sở dữ liệu {path} chưa được thiết lập; hãy chạy lệnh “init” trước.</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it as dd/mm/yyyy.</source>
        <translation>“{text}” không phải là ngày; hãy viết theo dạng ngày/tháng/năm (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>{text} is not a day of the calendar.</source>
        <translation>{text} không phải là một ngày có thật trên lịch.</translation>
    </message>
    <message>
        <source>{text} is too far in the past.</source>
        <translation>Ngày {text} quá xa trong quá khứ.</translation>
    </message>
    <message>
        <source>“{code}” is not a code of {width} digits.</source>
        <translation>“{code}” không phải là mã gồm {width} chữ số.</translation>
    </message>
    <message>
        <source>There is no province with code {code}.</source>
        <translation>Không có tỉnh, thành phố nào mang mã {code}.</translation>
    </message>
    <message>
        <source>There is no commune with code {code}.</source>
        <translation>Không có xã, phường, đặc khu nào mang mã {code}.</translation>
    </message>
    <message>
        <source>Commune {code} ({commune}) belongs to {owner}, not to {province}.</source>
        <translation>Mã {code} ({commune}) thuộc {owner}, không thuộc {province}.</translation>
    </message>
    <message>
        <source>The facility code is empty.</source>
        <translation>Chưa nhập mã thiết chế.</translation>
    </message>
    <message>
        <source>The facility code “{code}” may hold only letters without accents, digits, “_”, “-” or “.”, at most 20 characters.</source>
        <translation>Mã thiết chế “{code}” chỉ được gồm chữ cái không dấu, chữ số, “_”, “-” hoặc “.”, tối đa 20 ký tự.</translation>
    </message>
    <message>
        <source>“{type}” is not a facility type.</source>
        <translation>“{type}” không phải là một loại thiết chế.</translation>
    </message>
    <message>
        <source>The facility name is empty.</source>
        <translation>Chưa nhập tên thiết chế.</translation>
    </message>
    <message>
        <source>The opening date cannot be in the future.</source>
        <translation>Ngày bắt đầu hoạt động không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The closing date cannot be in the future.</source>
        <translation>Ngày ngừng hoạt động không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>Ngày ngừng hoạt động sớm hơn ngày bắt đầu hoạt động.</translation>
    </message>
    <message>
        <source>The profile cannot take effect in the future.</source>
        <translation>Hồ sơ không thể có hiệu lực từ một ngày sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The profile cannot take effect before the facility opened.</source>
        <translation>Hồ sơ không thể có hiệu lực trước ngày thiết chế bắt đầu hoạt động.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>Hãy gõ một số.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Hãy nhập một số nguyên.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Số lượng không được là số âm.</translation>
    </message>
    <message>
        <source>{value} is more than the highest plausible {limit}.</source>
        <translation>{value} vượt quá mức hợp lý cao nhất là {limit}.</translation>
    </message>
    <message>
        <source>An “of which” count ({part}) is above the total ({total}).</source>
        <translation>Số “trong đó” ({part}) lớn hơn tổng số ({total}).</translation>
    </message>
    <message>
        <source>{facility} opened on {opened}; {day} is before that.</source>
        <translation>{facility} bắt đầu hoạt động từ ngày {opened}; ngày {day} còn sớm hơn.</translation>
    </message>
    <message>
        <source>{facility} closed on {closed}; {day} is after that.</source>
        <translation>{facility} đã ngừng hoạt động từ ngày {closed}; ngày {day} ở sau đó.</translation>
    </message>
    <message>
        <source>“{text}” has too many digits for a count.</source>
        <translation>“{text}” có quá nhiều chữ số.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>“{text}” không phải là một số nguyên.</translation>
    </message>
    <message>
        <source>Computers with Internet cannot outnumber the public computers.</source>
        <translation>Số máy tính có kết nối Internet không thể nhiều hơn số máy tính phục vụ người dân.</translation>
    </message>
    <message>
        <source>Template file {file}: the field “{field}” is missing or wrong.</source>
        <translation>Tệp mẫu báo cáo {file}: trường “{field}” bị thiếu hoặc sai.</translation>
    </message>
    <message>
        <source>Template file {file} is not valid JSON: {detail}.</source>
        <translation>Tệp mẫu báo cáo {file} không đúng định dạng JSON: {detail}.</translation>
    </message>
    <message>
        <source>Template file {file}: the key “{key}” appears twice.</source>
        <translation>Tệp mẫu báo cáo {file}: khóa “{key}” xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>Template file {file} does not hold a template.</source>
        <translation>Tệp {file} không chứa mẫu báo cáo.</translation>
    </message>
    <message>
        <source>Template file {file}: its checksum does not match its content: the file was changed after it was issued. Ask the office that issued it for a new copy.</source>
        <translation>Tệp mẫu báo cáo {file}: mã kiểm tra (checksum) không khớp với nội dung, tức là tệp đã bị sửa sau khi ban hành. Đề nghị cơ quan ban hành gửi lại bản khác.</translation>
    </message>
    <message>
        <source>Template file {file}: “{id}” appears twice in “{field}”.</source>
        <translation>Tệp mẫu báo cáo {file}: “{id}” xuất hiện hai lần trong “{field}”.</translation>
    </message>
    <message>
        <source>Template file {file}: “{field}” names “{code}”, which is not an indicator the program computes.</source>
        <translation>Tệp mẫu báo cáo {file}: “{field}” ghi “{code}”, không phải là chỉ tiêu mà chương trình tính được.</translation>
    </message>
    <message>
        <source>Template file {file}: the deadline {day:02d}/{month:02d} in “{field}” is not a day of the year.</source>
        <translation>Tệp mẫu báo cáo {file}: hạn nộp {day:02d}/{month:02d} trong “{field}” không phải là một ngày có thật trong năm.</translation>
    </message>
    <message>
        <source>Template file {file}: the range “{value}” in “{field}” has its ends swapped; write the lower bound first.</source>
        <translation>Tệp mẫu báo cáo {file}: khoảng “{value}” trong “{field}” bị đảo ngược hai đầu; phải ghi mức thấp trước, mức cao sau.</translation>
    </message>
    <message>
        <source>The text holds control characters.</source>
        <translation>Nội dung chứa ký tự điều khiển không hợp lệ.</translation>
    </message>
    <message>
        <source>The text is longer than {max} characters.</source>
        <translation>Nội dung dài quá {max} ký tự.</translation>
    </message>
    <message>
        <source>The unit name is empty.</source>
        <translation>Chưa nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>The facility no longer exists.</source>
        <translation>Thiết chế này không còn tồn tại.</translation>
    </message>
    <message>
        <source>A profile of this facility takes effect on {day}, before the new opening date.</source>
        <translation>Thiết chế có hồ sơ hiệu lực từ ngày {day}, sớm hơn ngày bắt đầu hoạt động mới.</translation>
    </message>
    <message>
        <source>Records of this facility are logged from {day}, before the opening date.</source>
        <translation>Thiết chế này có số liệu từ ngày {day}, trước ngày bắt đầu hoạt động.</translation>
    </message>
    <message>
        <source>Records of this facility are logged until {day}, after the closing date.</source>
        <translation>Thiết chế này có số liệu đến ngày {day}, sau ngày ngừng hoạt động.</translation>
    </message>
    <message>
        <source>There is no report template “{id}”. Known templates: {known}.</source>
        <translation>Không có mẫu báo cáo “{id}”. Các mẫu hiện có: {known}.</translation>
    </message>
    <message>
        <source>“{plan}” does not govern {commune} ({code}): its targets and deadline are those of other communes. The plan for this commune is “{proposed}”.</source>
        <translation>“{plan}” không áp dụng cho {commune} ({code}): chỉ tiêu và hạn nộp của kế hoạch này dành cho các xã, phường khác. Kế hoạch áp dụng cho đơn vị này là “{proposed}”.</translation>
    </message>
    <message>
        <source>This database belongs to {unit} ({code}), a commune: it cannot become the office&apos;s. The office sets up a database of its own (the set-up wizard on a new database, or “init --office” with another --db). Nothing was changed.</source>
        <translation>Cơ sở dữ liệu này thuộc {unit} ({code}) là một xã nên không thể chuyển thành của cơ quan cấp tỉnh. Cơ quan cấp tỉnh cần thiết lập một cơ sở dữ liệu riêng (dùng trình thiết lập trên một cơ sở dữ liệu mới, hoặc lệnh “init --office” với --db khác). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This database was set up for the office ({office}): it holds the plans and report templates the office issues. A commune needs a database of its own (the set-up wizard on a new database, or “init --province --commune” with another --db). Nothing was changed.</source>
        <translation>Cơ sở dữ liệu này đã được thiết lập cho cơ quan cấp tỉnh ({office}): nơi lưu các kế hoạch và mẫu báo cáo cơ quan ban hành. Mỗi xã cần một cơ sở dữ liệu riêng (dùng trình thiết lập trên một cơ sở dữ liệu mới, hoặc lệnh “init --province --commune” với --db khác). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The office&apos;s name is longer than 200 characters.</source>
        <translation>Tên cơ quan dài quá 200 ký tự.</translation>
    </message>
    <message>
        <source>This database already belongs to {unit} ({code}); a database serves one commune.</source>
        <translation>Cơ sở dữ liệu này đã thuộc về {unit} ({code}); mỗi cơ sở dữ liệu chỉ phục vụ một xã.</translation>
    </message>
    <message>
        <source>The commune has not been set up yet.</source>
        <translation>Chưa thiết lập thông tin xã.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened for safe writing here (the folder may be read-only or on a network drive).</source>
        <translation>Không thể mở cơ sở dữ liệu {path} để ghi an toàn (thư mục có thể chỉ cho phép đọc hoặc nằm trên ổ mạng).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>{path} is not a database of this program.</source>
        <translation>{path} không phải là cơ sở dữ liệu của chương trình này.</translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>Không tìm thấy cơ sở dữ liệu {path}.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}: {detail}</source>
        <translation>Không mở được cơ sở dữ liệu {path}: {detail}</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of the program (schema {found}, this version knows {known}). Install the newer version to open it.</source>
        <translation>Cơ sở dữ liệu {path} được ghi bởi phiên bản mới hơn của chương trình (lược đồ {found}, phiên bản này chỉ biết đến {known}). Hãy cài phiên bản mới hơn để mở.</translation>
    </message>
    <message>
        <source>Another facility already has the code “{code}”.</source>
        <translation>Đã có thiết chế khác mang mã “{code}”.</translation>
    </message>
    <message>
        <source>“{convention}” is not a period convention (calendar or nd09).</source>
        <translation>“{convention}” không phải là cách tính kỳ báo cáo (calendar hoặc nd09).</translation>
    </message>
    <message>
        <source>“{id}” is not a period; write 2026-N, 2026-S1, 2026-9T, 2026-Q3 or 2026-M07.</source>
        <translation>“{id}” không phải là kỳ báo cáo; hãy viết 2026-N, 2026-S1, 2026-9T, 2026-Q3 hoặc 2026-M07.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>An activity cannot last more than a year.</source>
        <translation>Một hoạt động không thể kéo dài quá một năm.</translation>
    </message>
    <message>
        <source>“{value}” is not a type of activity.</source>
        <translation>“{value}” không phải là loại hoạt động.</translation>
    </message>
    <message>
        <source>“{value}” is not a way of holding it.</source>
        <translation>“{value}” không phải là hình thức tổ chức.</translation>
    </message>
    <message>
        <source>The title is empty.</source>
        <translation>Chưa nhập tên hoạt động.</translation>
    </message>
    <message>
        <source>Type the first day.</source>
        <translation>Hãy nhập ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The club code “{code}” may hold only letters without accents, digits, “_”, “-” or “.”, 1 to 20 characters.</source>
        <translation>Mã câu lạc bộ “{code}” chỉ được gồm chữ cái không dấu, chữ số, “_”, “-” hoặc “.”, từ 1 đến 20 ký tự.</translation>
    </message>
    <message>
        <source>The club name is empty.</source>
        <translation>Chưa nhập tên câu lạc bộ.</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of club.</source>
        <translation>“{value}” không phải là hình thức câu lạc bộ.</translation>
    </message>
    <message>
        <source>“{value}” is not a field of activity.</source>
        <translation>“{value}” không phải là lĩnh vực hoạt động.</translation>
    </message>
    <message>
        <source>The founding date cannot be in the future.</source>
        <translation>Ngày thành lập không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>The closing date must lie between the founding date and today.</source>
        <translation>Ngày giải thể phải nằm giữa ngày thành lập và hôm nay.</translation>
    </message>
    <message>
        <source>{day} is in the future.</source>
        <translation>Ngày {day} là ngày sau hôm nay.</translation>
    </message>
    <message>
        <source>The club did not exist on {day}.</source>
        <translation>Ngày {day} câu lạc bộ chưa thành lập hoặc đã giải thể.</translation>
    </message>
    <message>
        <source>The member&apos;s name is empty.</source>
        <translation>Chưa nhập họ tên thành viên.</translation>
    </message>
    <message>
        <source>Sex must be nam, nu or empty.</source>
        <translation>Giới tính phải là nam, nu hoặc để trống.</translation>
    </message>
    <message>
        <source>{year} is not a plausible year of birth.</source>
        <translation>{year} không phải là năm sinh hợp lý.</translation>
    </message>
    <message>
        <source>Type the date.</source>
        <translation>Hãy nhập ngày.</translation>
    </message>
    <message>
        <source>Type how many attended.</source>
        <translation>Hãy nhập số người dự.</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of digital service.</source>
        <translation>“{value}” không phải là loại dịch vụ số.</translation>
    </message>
    <message>
        <source>{facility} is not a museum, heritage house or exhibition room.</source>
        <translation>{facility} không phải là bảo tàng, nhà truyền thống hay phòng trưng bày.</translation>
    </message>
    <message>
        <source>Type how many (a number above zero).</source>
        <translation>Hãy nhập số lượng (lớn hơn 0).</translation>
    </message>
    <message>
        <source>Participants are counted only for online activities and digital skills sessions.</source>
        <translation>Chỉ ghi số người tham gia cho hoạt động trực tuyến và buổi hướng dẫn kỹ năng số.</translation>
    </message>
    <message>
        <source>Every figure is empty; type at least one.</source>
        <translation>Mọi ô số liệu đều trống; hãy nhập ít nhất một số.</translation>
    </message>
    <message>
        <source>The period {period} ({start} to {end}) has been submitted, so its records are locked. Reopen the period on the Report screen to change them.</source>
        <translation>Kỳ {period} (từ {start} đến {end}) đã nộp báo cáo nên số liệu đã bị khóa. Muốn sửa, hãy mở lại kỳ này ở màn hình Báo cáo.</translation>
    </message>
    <message>
        <source>The header row does not tell which kind of data the file holds. Name the columns as in one of the layouts, e.g. visits: {visits}; club sessions: {sessions}.</source>
        <translation>Dòng tiêu đề không cho biết tệp chứa loại số liệu nào. Hãy đặt tên cột theo một trong các mẫu, ví dụ lượt bạn đọc: {visits}; buổi sinh hoạt: {sessions}.</translation>
    </message>
    <message>
        <source>“{name}” is not a column of the {layout} layout; its columns are: {columns}.</source>
        <translation>“{name}” không phải là cột của mẫu {layout}; các cột của mẫu này là: {columns}.</translation>
    </message>
    <message>
        <source>The column “{name}” appears twice.</source>
        <translation>Cột “{name}” xuất hiện hai lần.</translation>
    </message>
    <message>
        <source>The column “{name}” is missing; the {layout} layout needs it.</source>
        <translation>Thiếu cột “{name}”; mẫu {layout} cần cột này.</translation>
    </message>
    <message>
        <source>“{text}” must be 0 or 1.</source>
        <translation>“{text}” phải là 0 hoặc 1.</translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}.</source>
        <translation>“{text}” không thuộc danh sách: {choices}.</translation>
    </message>
    <message>
        <source>The cell of column “{name}” is empty.</source>
        <translation>Ô của cột “{name}” đang trống.</translation>
    </message>
    <message>
        <source>“{code}” is not an indicator.</source>
        <translation>“{code}” không phải là mã chỉ tiêu.</translation>
    </message>
    <message>
        <source>{code} is a percentage worked out from two years; type the counts instead.</source>
        <translation>{code} là tỷ lệ phần trăm được tính từ số liệu hai năm; hãy nhập các số đếm.</translation>
    </message>
    <message>
        <source>{part} ({part_value}) cannot be above its total {total} ({total_value}).</source>
        <translation>{part} ({part_value}) không thể lớn hơn tổng {total} ({total_value}).</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>Hoạt động này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Choose the facility that held the activity.</source>
        <translation>Hãy chọn thiết chế tổ chức hoạt động.</translation>
    </message>
    <message>
        <source>The club no longer exists.</source>
        <translation>Câu lạc bộ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Choose the facility that hosts the club.</source>
        <translation>Hãy chọn thiết chế nơi câu lạc bộ sinh hoạt.</translation>
    </message>
    <message>
        <source>A session of this club is recorded on {day}, before the founding date.</source>
        <translation>Câu lạc bộ có buổi sinh hoạt ngày {day}, trước ngày thành lập.</translation>
    </message>
    <message>
        <source>A session of this club is recorded on {day}, after the closing date.</source>
        <translation>Câu lạc bộ có buổi sinh hoạt ngày {day}, sau ngày giải thể.</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>Buổi sinh hoạt này không còn tồn tại.</translation>
    </message>
    <message>
        <source>An activity of this type called “{title}” is already recorded at this facility on {day}.</source>
        <translation>Ngày {day} thiết chế này đã có hoạt động cùng loại tên “{title}”.</translation>
    </message>
    <message>
        <source>Another club already has the code “{code}”.</source>
        <translation>Đã có câu lạc bộ khác mang mã “{code}”.</translation>
    </message>
    <message>
        <source>The club already has a session on {day}.</source>
        <translation>Câu lạc bộ đã có buổi sinh hoạt ngày {day}.</translation>
    </message>
    <message>
        <source>Another row already holds this day and kind; change that row instead.</source>
        <translation>Đã có dòng khác cùng ngày và cùng loại; hãy sửa dòng đó.</translation>
    </message>
    <message>
        <source>Another row already holds this day; change that row instead.</source>
        <translation>Đã có dòng khác cùng ngày; hãy sửa dòng đó.</translation>
    </message>
    <message>
        <source>The row no longer exists.</source>
        <translation>Dòng này không còn tồn tại.</translation>
    </message>
    <message>
        <source>Row {row} of {file} already holds this record (same {columns}).</source>
        <translation>Dòng {row} của tệp {file} đã có bản ghi này (trùng {columns}).</translation>
    </message>
    <message>
        <source>There is no facility with the code “{code}”. Add it on the Facilities screen first.</source>
        <translation>Không có thiết chế nào mang mã “{code}”. Hãy thêm thiết chế ở màn hình Thiết chế trước.</translation>
    </message>
    <message>
        <source>There is no club with the code “{code}”. Import or add the club first.</source>
        <translation>Không có câu lạc bộ nào mang mã “{code}”. Hãy nhập hoặc thêm câu lạc bộ trước.</translation>
    </message>
    <message>
        <source>Nothing was imported: the files have {count} problem(s).</source>
        <translation>Chưa nhập gì: các tệp có {count} lỗi.</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation>Không đọc được tệp: {detail}</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows.</source>
        <translation>Tệp có dòng tiêu đề nhưng không có dòng số liệu nào.</translation>
    </message>
    <message>
        <source>Column {letter} holds a value but has no name in the header row.</source>
        <translation>Cột {letter} có số liệu nhưng không có tên ở dòng tiêu đề.</translation>
    </message>
    <message>
        <source>The database {path} already holds facilities or records; the demo commune is built only in a new, empty database.</source>
        <translation>Cơ sở dữ liệu {path} đã có thiết chế hoặc số liệu; xã mẫu chỉ được tạo trong một cơ sở dữ liệu mới, còn trống.</translation>
    </message>
    <message>
        <source>The demo covers 1 to {max} years.</source>
        <translation>Xã mẫu có từ 1 đến {max} năm số liệu.</translation>
    </message>
    <message>
        <source>The file is not a CSV or XLSX file. Save it from Excel as “Excel Workbook (*.xlsx)” or “CSV UTF-8”.</source>
        <translation>Tệp không phải là tệp CSV hoặc XLSX. Hãy lưu lại từ Excel dưới dạng “Excel Workbook (*.xlsx)” hoặc “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read ({detail}).</source>
        <translation>Tệp bị hỏng, không đọc được ({detail}).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The file is not written in UTF-8. In Excel choose Save As, “CSV UTF-8 (Comma delimited)”.</source>
        <translation>Tệp không được ghi theo bảng mã UTF-8. Trong Excel hãy chọn Lưu thành (Save As), “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>Row {row} is {count} characters long; a row of an import file holds at most {limit}. Is this really the file to import?</source>
        <translation>Dòng {row} dài {count} ký tự; một dòng của tệp nhập số liệu chỉ có tối đa {limit} ký tự. Có đúng là tệp cần nhập không?</translation>
    </message>
    <message>
        <source>The sheet spans {cells} cells; an import sheet may span at most {limit}. Save it as “CSV UTF-8” or split it into smaller files.</source>
        <translation>Sheet trải rộng trên {cells} ô; sheet để nhập số liệu chỉ được trải trên tối đa {limit} ô. Hãy lưu thành “CSV UTF-8” hoặc chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>The workbook is too large to import ({size} MB unpacked; at most {limit} MB). Save it as “CSV UTF-8” or split it into smaller files.</source>
        <translation>Tệp Excel quá lớn để nhập ({size} MB khi giải nén; tối đa {limit} MB). Hãy lưu thành “CSV UTF-8” hoặc chia thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>The workbook contains macros, which are never imported. Save it as an ordinary “Excel Workbook (*.xlsx)” and import it again.</source>
        <translation>Tệp có chứa macro nên không được nhập. Hãy lưu lại thành tệp “Excel Workbook (*.xlsx)” thông thường rồi nhập lại.</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a link to one); choose the spreadsheet file itself.</source>
        <translation>Đây không phải là tệp thông thường (là thiết bị, đường ống hoặc liên kết tới chúng); hãy chọn đúng tệp bảng tính.</translation>
    </message>
    <message>
        <source>The file is {size} MB; an import file may be at most {limit} MB. Split it into smaller files (for example one per year) and import them together.</source>
        <translation>Tệp có dung lượng {size} MB; tệp nhập số liệu chỉ được tối đa {limit} MB. Hãy chia thành các tệp nhỏ hơn (ví dụ mỗi năm một tệp) rồi nhập cùng lúc.</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet “{sheet}” holds the error value {value}, not a number; correct it in Excel, save, then import again.</source>
        <translation>Ô {cell} của sheet “{sheet}” chứa giá trị lỗi {value}, không phải là số; hãy sửa trong Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Cell {cell} of sheet “{sheet}” holds a formula whose result was never saved; open the file in Excel or LibreOffice, save it, then import again.</source>
        <translation>Ô {cell} của sheet “{sheet}” chứa công thức chưa được lưu kết quả; hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Chưa cho biết tệp kết quả cần ghi.</translation>
    </message>
    <message>
        <source>{path} is the open database; a report is never written over it. Choose another file name or folder.</source>
        <translation>{path} là tệp cơ sở dữ liệu đang mở; không bao giờ ghi báo cáo đè lên tệp này. Hãy chọn tên tệp hoặc thư mục khác.</translation>
    </message>
    <message>
        <source>{path} is inside the backups folder {folder}; reports are never written there. Choose another folder.</source>
        <translation>{path} nằm trong thư mục sao lưu {folder}; không ghi báo cáo vào thư mục này. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>{path} is one of the files this command reads; it is never written over. Choose another file name or folder.</source>
        <translation>{path} là một trong các tệp đang được đọc để tổng hợp; không được ghi đè lên tệp này. Hãy chọn tên tệp hoặc thư mục khác.</translation>
    </message>
    <message>
        <source>Cannot make the folder {folder} ({detail}).</source>
        <translation>Không tạo được thư mục {folder} ({detail}).</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name or choose another folder.</source>
        <translation>{path} là một thư mục; hãy đặt tên tệp hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>{path} is a database file; a report is never written over it. Choose another file name.</source>
        <translation>{path} là tệp cơ sở dữ liệu; không bao giờ ghi báo cáo đè lên tệp này. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a link to one).</source>
        <translation>{path} không phải là tệp thông thường (là thiết bị, đường ống hoặc liên kết tới chúng).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot write the file {path} ({detail}). Check that the folder can be written to and that the file is not open in another program.</source>
        <translation>Không ghi được tệp {path} ({detail}). Hãy kiểm tra thư mục có cho phép ghi không và tệp có đang mở trong chương trình khác (Excel) không.</translation>
    </message>
    <message>
        <source>The period {period} was already submitted on {when}. Reopen it first to submit it again.</source>
        <translation>Kỳ {period} đã được đánh dấu đã nộp lúc {when}. Hãy mở lại kỳ trước khi nộp lại.</translation>
    </message>
    <message>
        <source>Say why the period is reopened: the reason is empty.</source>
        <translation>Hãy ghi lý do mở lại kỳ: lý do đang để trống.</translation>
    </message>
    <message>
        <source>The period {period} is not submitted, so there is nothing to reopen.</source>
        <translation>Kỳ {period} chưa được đánh dấu đã nộp nên không cần mở lại.</translation>
    </message>
    <message>
        <source>No report could be used for period {period}: nothing was written.</source>
        <translation>Không có báo cáo nào dùng được cho kỳ {period}: chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>The folder {folder} is not there (was the USB stick pulled out?). No backup was written; plug it in or choose another folder.</source>
        <translation>Không có thư mục {folder} (USB đã bị rút ra?). Chưa ghi bản sao lưu nào; hãy cắm lại hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The disk of {folder} is full. No backup was written there; free some space or choose another disk.</source>
        <translation>Ổ đĩa của {folder} đã đầy. Chưa ghi bản sao lưu nào vào đó; hãy giải phóng dung lượng hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <source>Cannot write into the folder {folder}: it is read-only (a locked USB stick, a CD, or a folder you may not write to). No backup was written; choose another folder.</source>
        <translation>Không ghi được vào thư mục {folder}: thư mục chỉ cho phép đọc (USB bị khóa ghi, đĩa CD, hoặc thư mục bạn không có quyền ghi). Chưa ghi bản sao lưu nào; hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The disk of {folder} stopped answering while the backup was written (a USB stick pulled out?). Nothing half-written was left there; plug it back in and try again.</source>
        <translation>Ổ đĩa của {folder} ngừng phản hồi khi đang ghi bản sao lưu (USB bị rút ra?). Không để lại tệp ghi dở nào; hãy cắm lại rồi làm lại.</translation>
    </message>
    <message>
        <source>The backup written to {folder} did not read back correctly ({detail}), so it was deleted. Try again, or choose another disk.</source>
        <translation>Bản sao lưu ghi vào {folder} đọc lại không đúng ({detail}) nên đã bị xóa. Hãy làm lại, hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <source>Cannot write the backup into {folder}: {detail}</source>
        <translation>Không ghi được bản sao lưu vào {folder}: {detail}</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a folder for the backup.</source>
        <translation>{folder} là một tệp, không phải thư mục. Hãy chọn thư mục để ghi bản sao lưu.</translation>
    </message>
    <message>
        <source>damaged ({detail})</source>
        <translation>bị hỏng ({detail})</translation>
    </message>
    <message>
        <source>not a database of this program</source>
        <translation>không phải cơ sở dữ liệu của chương trình này</translation>
    </message>
    <message>
        <source>written by a newer version of the program (schema {schema})</source>
        <translation>do phiên bản mới hơn của chương trình ghi (cấu trúc {schema})</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>không đọc được ({detail})</translation>
    </message>
    <message>
        <source>The backup {path} was written by a newer version of the program (schema {found}, this version knows {known}). Install the newer version to restore it. Nothing was changed.</source>
        <translation>Bản sao lưu {path} do phiên bản mới hơn của chương trình ghi (cấu trúc {found}, phiên bản này biết đến {known}). Hãy cài phiên bản mới hơn để khôi phục. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({detail}). Nothing was changed; choose an older backup.</source>
        <translation>Bản sao lưu {path} bị hỏng ({detail}). Chưa có gì thay đổi; hãy chọn bản sao lưu cũ hơn.</translation>
    </message>
    <message>
        <source>The backup {path} cannot be read ({detail}). Nothing was changed.</source>
        <translation>Không đọc được bản sao lưu {path} ({detail}). Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>{path} is not a backup of this program&apos;s database. Nothing was changed.</source>
        <translation>{path} không phải bản sao lưu cơ sở dữ liệu của chương trình này. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>no commune set up</source>
        <translation>chưa thiết lập xã</translation>
    </message>
    <message>
        <source>{name} (commune {commune}, {province}), no dated record</source>
        <translation>{name} (mã xã {commune}, {province}), chưa có số liệu theo ngày nào</translation>
    </message>
    <message>
        <source>{name} (commune {commune}, {province}), newest record {day}</source>
        <translation>{name} (mã xã {commune}, {province}), số liệu mới nhất ngày {day}</translation>
    </message>
    <message>
        <source>{name} (the database of the province&apos;s office, {province}: its plans and report templates, no commune)</source>
        <translation>{name} (cơ sở dữ liệu của cơ quan cấp tỉnh, {province}: các kế hoạch và mẫu báo cáo, không có xã)</translation>
    </message>
    <message>
        <source>The backup {path} holds the data of {backup}, not of {current}. Nothing was changed; confirm to restore it anyway (--yes on the command line).</source>
        <translation>Bản sao lưu {path} chứa dữ liệu của {backup}, không phải của {current}. Chưa thay đổi gì; nếu vẫn muốn khôi phục, hãy xác nhận (thêm --yes khi dùng dòng lệnh).</translation>
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation>Không có bản sao lưu {path}.</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup of it. Choose a backup.</source>
        <translation>{path} chính là cơ sở dữ liệu, không phải bản sao lưu. Hãy chọn một bản sao lưu.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of {path} ({detail}); is the database open in another window? Close it and try again.</source>
        <translation>Không đưa được bản sao lưu vào thay {path} ({detail}); cơ sở dữ liệu có đang mở ở cửa sổ khác không? Hãy đóng cửa sổ đó rồi làm lại.</translation>
    </message>
    <message>
        <source>The database {path} is already open in another HTSD window (or in use by another command: program {pid} on computer {host}, since {started}). Use that window, or close it and open the database again.</source>
        <translation>Cơ sở dữ liệu {path} đang được mở trong một cửa sổ HTSD khác (hoặc bởi lệnh khác: chương trình số {pid} trên máy {host}, từ {started}). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</translation>
    </message>
    <message>
        <source>The database {path} is already open in another HTSD window (or in use by another command). Use that window, or close it and open the database again.</source>
        <translation>Cơ sở dữ liệu {path} đang được mở trong một cửa sổ HTSD khác (hoặc bởi lệnh khác). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. The last change was not saved, and nothing was half-written. Free some space on that disk (empty the Recycle Bin, move big files elsewhere), then do it again.</source>
        <translation>Ổ đĩa chứa {path} đã đầy. Thay đổi vừa rồi chưa được lưu, và không có gì bị ghi dở dang. Hãy giải phóng bớt dung lượng trên ổ đĩa đó (dọn Thùng rác, chuyển các tệp lớn sang nơi khác), rồi làm lại.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written: the file or its folder is read-only (a locked USB stick, a CD, or a folder you may not write to). Nothing was changed. Copy the database into a folder you can write to (for example Documents) and open that copy.</source>
        <translation>Không ghi được vào cơ sở dữ liệu {path}: tệp hoặc thư mục chứa nó chỉ cho phép đọc (USB bị khóa ghi, đĩa CD, hoặc thư mục bạn không có quyền ghi). Chưa có gì bị thay đổi. Hãy chép cơ sở dữ liệu vào một thư mục ghi được (ví dụ Documents) rồi mở bản chép đó.</translation>
    </message>
    <message>
        <source>The disk that holds {path} stopped answering (a USB stick pulled out, or a failing disk). The last change was not saved, and nothing was half-written. Plug the USB stick back in, close the program and open the database again.</source>
        <translation>Ổ đĩa chứa {path} không còn phản hồi (USB bị rút ra, hoặc ổ đĩa bị lỗi). Thay đổi vừa rồi chưa được lưu, và không có gì bị ghi dở dang. Hãy cắm lại USB, đóng chương trình rồi mở lại cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: the file or its folder is missing or cannot be reached (a USB stick pulled out?). Nothing was changed. Plug it back in, or choose the right file, then open it again.</source>
        <translation>Không mở được cơ sở dữ liệu {path}: tệp hoặc thư mục chứa nó không có hoặc không truy cập được (USB đã bị rút ra?). Chưa có gì bị thay đổi. Hãy cắm lại, hoặc chọn đúng tệp, rồi mở lại.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the file or its folder is read-only, or you may not write there. Nothing was half-written. Choose a folder you can write to (for example Documents), then do it again.</source>
        <translation>Không ghi được {path}: tệp hoặc thư mục chỉ cho phép đọc, hoặc bạn không có quyền ghi vào đó. Không có gì bị ghi dở dang. Hãy chọn một thư mục ghi được (ví dụ Documents), rồi làm lại.</translation>
    </message>
    <message>
        <source>{path} cannot be found or reached (a USB stick pulled out?). Nothing was half-written. Plug it back in or choose another place, then do it again.</source>
        <translation>Không tìm thấy hoặc không truy cập được {path} (USB đã bị rút ra?). Không có gì bị ghi dở dang. Hãy cắm lại hoặc chọn nơi khác, rồi làm lại.</translation>
    </message>
    <message>
        <source>The database {path} is busy: another program is writing to it. Nothing was changed. Wait a moment, then do it again.</source>
        <translation>Cơ sở dữ liệu {path} đang bận: một chương trình khác đang ghi vào. Chưa có gì bị thay đổi. Hãy đợi một lát rồi làm lại.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). Nothing more was written to it. Restore the newest good backup: in the window with File &gt; Restore from backup…, or on the command line with: htsd restore --db &quot;{path}&quot; BACKUP-FILE</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng ({detail}). Chương trình không ghi thêm gì vào đó. Hãy khôi phục bản sao lưu tốt gần nhất: trong cửa sổ chọn Tệp &gt; Khôi phục từ bản sao lưu…, hoặc trên dòng lệnh gõ: htsd restore --db &quot;{path}&quot; TỆP-SAO-LƯU</translation>
    </message>
    <message>
        <source>The report of {period} has been submitted, so its texts are locked. Reopen the period to change them.</source>
        <translation>Báo cáo kỳ {period} đã được đánh dấu đã nộp nên phần thuyết minh bị khóa. Hãy mở lại kỳ để sửa.</translation>
    </message>
    <message>
        <source>Say which province is aggregated (--province): template {template} is not for one province. The files come from provinces: {found}.</source>
        <translation>Hãy cho biết tổng hợp cho tỉnh nào (--province): mẫu báo cáo {template} không dành riêng cho một tỉnh. Các tệp đến từ các tỉnh có mã: {found}.</translation>
    </message>
    <message>
        <source>Template file {file} is {size} kB, too large for a report template (at most {limit} kB): it is not a template sent by an office.</source>
        <translation>Tệp mẫu báo cáo {file} nặng {size} kB, quá lớn so với một mẫu báo cáo (tối đa {limit} kB): đây không phải là mẫu do cơ quan cấp trên gửi.</translation>
    </message>
    <message>
        <source>Template file {file}: “{field}” is not a field of a report template.</source>
        <translation>Tệp mẫu báo cáo {file}: “{field}” không phải là một mục của mẫu báo cáo.</translation>
    </message>
    <message>
        <source>Template file {file}: “{field}” holds {count} items; a report template has at most {limit}.</source>
        <translation>Tệp mẫu báo cáo {file}: “{field}” có {count} mục; một mẫu báo cáo có tối đa {limit} mục.</translation>
    </message>
    <message>
        <source>Template file {file}: “{field}” is nested too deep.</source>
        <translation>Tệp mẫu báo cáo {file}: “{field}” lồng nhau quá nhiều cấp.</translation>
    </message>
    <message>
        <source>Template file {file}: the text in “{field}” is too long or holds control characters.</source>
        <translation>Tệp mẫu báo cáo {file}: nội dung chữ trong “{field}” quá dài hoặc chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <source>Template file {file}: the field “{field}” is missing; a template sent to communes states its version and checksum.</source>
        <translation>Tệp mẫu báo cáo {file}: thiếu mục “{field}”; mẫu gửi cho các xã phải ghi rõ phiên bản và mã kiểm tra.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Không có tệp {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a template file.</source>
        <translation>{path} là một thư mục, không phải tệp mẫu báo cáo.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <source>The template “{id}” comes with the program and cannot be replaced by a file. An office that changes a plan issues it under a new id.</source>
        <translation>Mẫu báo cáo “{id}” có sẵn trong chương trình, không thể thay bằng tệp. Cơ quan sửa đổi kế hoạch cần ban hành mẫu với mã mới.</translation>
    </message>
    <message>
        <source>{file} holds version {version} of the template “{id}”, older than version {installed}, which is installed already. Nothing was changed.</source>
        <translation>{file} là phiên bản {version} của mẫu báo cáo “{id}”, cũ hơn phiên bản {installed} đã cài. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} holds version {version} of the template “{id}” with other content than the version {version} installed already. An issued version is never changed: ask the office for the file of a new version.</source>
        <translation>{file} là phiên bản {version} của mẫu báo cáo “{id}” nhưng nội dung khác với phiên bản {version} đã cài. Phiên bản đã ban hành thì không được sửa: đề nghị cơ quan ban hành gửi tệp của phiên bản mới.</translation>
    </message>
    <message>
        <source>The template “{id}” ({plan}) does not govern {unit} ({code}): it is written for other communes. Nothing was changed.</source>
        <translation>Mẫu báo cáo “{id}” ({plan}) không áp dụng cho {unit} ({code}): mẫu này dành cho các xã, phường khác. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The target “{target}” has no value: write e.g. 2025: 40.</source>
        <translation>Chỉ tiêu “{target}” chưa có giá trị: ghi ví dụ 2025: 40.</translation>
    </message>
    <message>
        <source>The target “{target}”: “{text}” is not a year and a value; write e.g. 2025: 40 or 2030: 10-15.</source>
        <translation>Chỉ tiêu “{target}”: “{text}” không phải là năm và giá trị; ghi ví dụ 2025: 40 hoặc 2030: 10-15.</translation>
    </message>
    <message>
        <source>The target “{target}” names the year {year} twice.</source>
        <translation>Chỉ tiêu “{target}” ghi năm {year} hai lần.</translation>
    </message>
    <message>
        <source>The target “{target}”: the range {low}-{high} of {year} has its ends swapped or equal; write the lower bound first.</source>
        <translation>Chỉ tiêu “{target}”: khoảng {low}-{high} của năm {year} bị ghi ngược hoặc hai đầu bằng nhau; ghi số nhỏ trước, số lớn sau.</translation>
    </message>
    <message>
        <source>{kind}: {text} is not a day of the year (day/month).</source>
        <translation>{kind}: {text} không phải là một ngày có thật trong năm (ngày/tháng).</translation>
    </message>
    <message>
        <source>{kind}: “{text}” is not a deadline; write a day/month (01/12), a day of the period&apos;s last month (20), days after the period (+15), “không”, or leave it empty for the default.</source>
        <translation>{kind}: “{text}” không phải là hạn nộp; ghi ngày/tháng (01/12), ngày của tháng cuối kỳ (20), số ngày sau khi hết kỳ (+15), “không”, hoặc để trống để dùng hạn mặc định.</translation>
    </message>
    <message>
        <source>Type the plan&apos;s number as it is printed, e.g. 12/KH-UBND (no spaces).</source>
        <translation>Nhập số kế hoạch đúng như trên văn bản, ví dụ 12/KH-UBND (không có dấu cách).</translation>
    </message>
    <message>
        <source>Type the date of the plan.</source>
        <translation>Nhập ngày ban hành kế hoạch.</translation>
    </message>
    <message>
        <source>The plan&apos;s name is empty.</source>
        <translation>Chưa nhập tên kế hoạch.</translation>
    </message>
    <message>
        <source>Target {position} has no name.</source>
        <translation>Chỉ tiêu thứ {position} chưa có tên.</translation>
    </message>
    <message>
        <source>{rule}: “{text}” is not a share of the period&apos;s months; write a percentage above 0 and at most 100, e.g. 50.</source>
        <translation>{rule}: “{text}” không phải là tỷ lệ số tháng của kỳ; hãy ghi một tỷ lệ phần trăm lớn hơn 0 và không quá 100, ví dụ 50.</translation>
    </message>
    <message>
        <source>Version {version} of the template “{id}” is issued already; an issued version is never rewritten.</source>
        <translation>Phiên bản {version} của mẫu “{id}” đã được ban hành; phiên bản đã ban hành không bao giờ bị ghi đè.</translation>
    </message>
    <message>
        <source>Only the office that issues plans makes or changes report templates; this database is a commune&apos;s. The office sets up a database of its own (the set-up wizard, or “init --office”).</source>
        <translation>Chỉ cơ quan ban hành kế hoạch mới được soạn hoặc sửa mẫu báo cáo; cơ sở dữ liệu này là của một xã. Cơ quan cấp tỉnh thiết lập một cơ sở dữ liệu riêng (bằng trình thiết lập, hoặc lệnh “init --office”).</translation>
    </message>
    <message>
        <source>“{id}” cannot be a template id: use 2 to 41 lower-case letters without accents, digits and hyphens, e.g. dak-lak-2026.</source>
        <translation>Không dùng được “{id}” làm mã mẫu: chỉ dùng từ 2 đến 41 chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ dak-lak-2026.</translation>
    </message>
    <message>
        <source>A template with the id “{id}” exists already.</source>
        <translation>Đã có mẫu báo cáo mang mã “{id}”.</translation>
    </message>
    <message>
        <source>The template “{id}” comes with the program and is read-only; make a copy with “Create from template”.</source>
        <translation>Mẫu “{id}” có sẵn trong chương trình, chỉ được xem; hãy sao chép bằng “Tạo từ mẫu”.</translation>
    </message>
    <message>
        <source>No former province with the code “{former}” went into province {province}.</source>
        <translation>Không có tỉnh cũ nào mang mã “{former}” được hợp nhất vào tỉnh có mã {province}.</translation>
    </message>
    <message>
        <source>A template keeps at least one form: this is the last one.</source>
        <translation>Mẫu báo cáo phải có ít nhất một biểu: đây là biểu cuối cùng.</translation>
    </message>
    <message>
        <source>The row {code} is used by a target: a form must show it. Tick it again, or remove the target first.</source>
        <translation>Dòng {code} được một chỉ tiêu sử dụng nên biểu phải có dòng này. Hãy đánh dấu lại, hoặc xóa chỉ tiêu đó trước.</translation>
    </message>
    <message>
        <source>Form {form} would show no row: add a row to it or tick one of its rows.</source>
        <translation>Biểu {form} không có dòng nào: hãy thêm dòng vào biểu hoặc đánh dấu in ít nhất một dòng của biểu.</translation>
    </message>
    <message>
        <source>“{number}” cannot be a form&apos;s number: write 1 to 6 letters or digits (e.g. 07), not 05 or 06 (the lists of activities and clubs), and not the number of another form.</source>
        <translation>“{number}” không dùng được làm số hiệu biểu: hãy ghi từ 1 đến 6 chữ cái hoặc chữ số (ví dụ 07), không dùng 05 hay 06 (danh sách hoạt động và câu lạc bộ) và không trùng số hiệu của biểu khác.</translation>
    </message>
    <message>
        <source>Form {form}: its title is empty or longer than {limit} characters.</source>
        <translation>Biểu {form}: tên biểu để trống hoặc dài quá {limit} ký tự.</translation>
    </message>
    <message>
        <source>Form {form}: the label of row {code} is empty or longer than {limit} characters.</source>
        <translation>Biểu {form}: tên dòng {code} để trống hoặc dài quá {limit} ký tự.</translation>
    </message>
    <message>
        <source>No commune “{text}” on the official list of province {province}.</source>
        <translation>Không có xã, phường “{text}” trong danh mục chính thức của tỉnh có mã {province}.</translation>
    </message>
    <message>
        <source>{count} communes of province {province} match “{text}”: type more of the name, or the code.</source>
        <translation>Có {count} xã, phường của tỉnh có mã {province} khớp với “{text}”: gõ thêm tên hoặc gõ mã xã.</translation>
    </message>
    <message>
        <source>A template for every province cannot name communes: choose the province, or tick Whole province.</source>
        <translation>Mẫu dùng chung cho mọi tỉnh không thể liệt kê xã: hãy chọn tỉnh, hoặc chọn Cả tỉnh.</translation>
    </message>
    <message>
        <source>The scope names {codes}, not communes of province {province} on the official list.</source>
        <translation>Phạm vi áp dụng có {codes}, không phải là xã, phường của tỉnh có mã {province} trong danh mục chính thức.</translation>
    </message>
    <message>
        <source>The scope has no commune: add some, or tick Whole province.</source>
        <translation>Phạm vi áp dụng chưa có xã, phường nào: hãy thêm xã hoặc chọn Cả tỉnh.</translation>
    </message>
    <message>
        <source>The target “{target}” is a share: choose what it is out of.</source>
        <translation>Chỉ tiêu “{target}” là tỷ lệ: hãy chọn mẫu số.</translation>
    </message>
    <message>
        <source>{path} is the database of {office} ({province}), the province&apos;s office: it holds the plans and report templates the office issues, not a commune&apos;s records, so it has no report to export. A commune exports its report from its own database; the office adds the communes&apos; reports up with “aggregate”. Nothing was changed.</source>
        <translation>{path} là cơ sở dữ liệu của {office} ({province}), cơ quan cấp tỉnh: nơi lưu các kế hoạch và mẫu báo cáo cơ quan ban hành, không có số liệu ghi chép của xã nào, nên không có báo cáo để xuất. Báo cáo của xã được xuất từ cơ sở dữ liệu của chính xã đó; cơ quan cấp tỉnh tổng hợp báo cáo các xã bằng lệnh “aggregate”. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{path} is the database of {office} ({province}), the province&apos;s office: it holds the plans and report templates the office issues and has no facilities. A commune adds its facilities in its own database (made with “init --province --commune” and another --db). Nothing was changed.</source>
        <translation>{path} là cơ sở dữ liệu của {office} ({province}), cơ quan cấp tỉnh: nơi lưu các kế hoạch và mẫu báo cáo cơ quan ban hành, không có thiết chế nào. Thiết chế được thêm vào cơ sở dữ liệu riêng của từng xã (tạo bằng lệnh “init --province --commune” với --db khác). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{path} is the database of {office} ({province}), the province&apos;s office: it holds the plans and report templates the office issues, not a commune&apos;s visits, clubs or activities. Import a commune&apos;s files into that commune&apos;s own database; the communes&apos; report workbooks are added up with “aggregate”. Nothing was changed.</source>
        <translation>{path} là cơ sở dữ liệu của {office} ({province}), cơ quan cấp tỉnh: nơi lưu các kế hoạch và mẫu báo cáo cơ quan ban hành, không có lượt bạn đọc, câu lạc bộ hay hoạt động của xã. Hãy nhập tệp của xã vào cơ sở dữ liệu riêng của xã đó; các tệp báo cáo của các xã được tổng hợp bằng lệnh “aggregate”. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{path} is the database of {office} ({province}), the province&apos;s office: it holds the plans and report templates the office issues, and the demo commune would mix a commune&apos;s data into it. Build the demo in a new database: give --db the name of a file that does not exist yet. Nothing was changed.</source>
        <translation>{path} là cơ sở dữ liệu của {office} ({province}), cơ quan cấp tỉnh: nơi lưu các kế hoạch và mẫu báo cáo cơ quan ban hành; tạo xã mẫu ở đây sẽ trộn số liệu của một xã vào. Hãy tạo xã mẫu trong một cơ sở dữ liệu mới: cho --db tên một tệp chưa có. Chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>FacilitiesPage</name>
    <message>
        <source>&amp;Add facility</source>
        <translation>Thê&amp;m thiết chế</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>C&amp;lose facility…</source>
        <translation>&amp;Ngừng hoạt động…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Hoạt động t&amp;rở lại</translation>
    </message>
    <message>
        <source>&amp;Show closed facilities</source>
        <translation>&amp;Hiện cả thiết chế đã ngừng hoạt động</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Thiết chế</translation>
    </message>
    <message>
        <source>No facility yet. Add the commune library, the culture house and every reading room or village culture house you run: press “Add facility” (Ctrl+N).</source>
        <translation>Chưa có thiết chế nào. Hãy thêm thư viện xã, nhà văn hóa và từng phòng đọc, nhà văn hóa thôn mà xã quản lý: bấm “Thêm thiết chế” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Facility {code} – {name} and its profiles</source>
        <translation>Thiết chế {code} – {name} và hồ sơ</translation>
    </message>
    <message>
        <source>Close facility</source>
        <translation>Ngừng hoạt động thiết chế</translation>
    </message>
    <message>
        <source>Last day {name} served the public. Its records are kept and still count in reports of earlier periods.</source>
        <translation>Ngày cuối cùng {name} phục vụ người dân. Số liệu đã ghi vẫn được giữ và vẫn tính trong báo cáo các kỳ trước.</translation>
    </message>
    <message>
        <source>Reopen {name}? Its closing date will be cleared.</source>
        <translation>Cho {name} hoạt động trở lại? Ngày ngừng hoạt động sẽ được xóa.</translation>
    </message>
    <message>
        <source>Reopen facility</source>
        <translation>Hoạt động trở lại</translation>
    </message>
</context>
<context>
    <name>FacilityDialog</name>
    <message>
        <source>New facility</source>
        <translation>Thêm thiết chế</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Thiết chế</translation>
    </message>
    <message>
        <source>e.g. TV1</source>
        <translation>ví dụ TV1</translation>
    </message>
    <message>
        <source>empty while the facility serves</source>
        <translation>để trống nếu đang hoạt động</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Mã</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>Ngày &amp;bắt đầu hoạt động</translation>
    </message>
    <message>
        <source>C&amp;losed on</source>
        <translation>Ngày ngừn&amp;g hoạt động</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (default: opening date)</source>
        <translation>ngày/tháng/năm (mặc định: ngày bắt đầu hoạt động)</translation>
    </message>
    <message>
        <source>Uses library software</source>
        <translation>Dùng phần mềm quản lý thư viện</translation>
    </message>
    <message>
        <source>Digital library or online catalogue</source>
        <translation>Có thư viện số hoặc mục lục trực tuyến</translation>
    </message>
    <message>
        <source>Website or fan page</source>
        <translation>Có trang web hoặc fanpage</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ thiết chế</translation>
    </message>
    <message>
        <source>In &amp;force from</source>
        <translation>&amp;Hiệu lực từ ngày</translation>
    </message>
    <message>
        <source>&amp;Area (m²)</source>
        <translation>&amp;Diện tích (m²)</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>Số &amp;chỗ ngồi</translation>
    </message>
    <message>
        <source>Public co&amp;mputers</source>
        <translation>Máy tính &amp;phục vụ người dân</translation>
    </message>
    <message>
        <source>of which with &amp;Internet</source>
        <translation>trong đó có kết nối &amp;Internet</translation>
    </message>
    <message>
        <source>&amp;Books held (copies)</source>
        <translation>&amp;Sách hiện có (bản)</translation>
    </message>
    <message>
        <source>To record a change from a new date, type that date in “In force from”: the earlier profile is kept for earlier reports.</source>
        <translation>Để ghi một thay đổi từ ngày mới, nhập ngày đó vào ô “Hiệu lực từ ngày”: hồ sơ cũ vẫn được giữ cho báo cáo các kỳ trước.</translation>
    </message>
    <message>
        <source>&amp;Delete selected profile</source>
        <translation>&amp;Xóa hồ sơ đang chọn</translation>
    </message>
    <message>
        <source>Profile history (select one to edit it)</source>
        <translation>Lịch sử hồ sơ (chọn một dòng để sửa)</translation>
    </message>
    <message>
        <source>Changed profile</source>
        <translation>Hồ sơ đã thay đổi</translation>
    </message>
    <message>
        <source>The profile in force from {day} is used by reports of earlier periods. Did the facility change, or were the figures typed wrongly?</source>
        <translation>Hồ sơ có hiệu lực từ ngày {day} được dùng cho báo cáo các kỳ trước. Thiết chế đã thay đổi thật, hay trước đây nhập sai số liệu?</translation>
    </message>
    <message>
        <source>It changed: keep the old profile, new one from {day}</source>
        <translation>Đã thay đổi: giữ hồ sơ cũ, ghi hồ sơ mới từ ngày {day}</translation>
    </message>
    <message>
        <source>Correct the profile from {day}</source>
        <translation>Nhập sai: sửa lại hồ sơ từ ngày {day}</translation>
    </message>
    <message>
        <source>Select a profile in the list first.</source>
        <translation>Hãy chọn một hồ sơ trong danh sách trước.</translation>
    </message>
    <message>
        <source>Delete the profile in force from {day}?</source>
        <translation>Xóa hồ sơ có hiệu lực từ ngày {day}?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Xóa hồ sơ</translation>
    </message>
</context>
<context>
    <name>FacilityType</name>
    <message>
        <source>Commune library</source>
        <translation>Thư viện cấp xã</translation>
    </message>
    <message>
        <source>Community library / private library serving the community</source>
        <translation>Thư viện cộng đồng / thư viện tư nhân có phục vụ cộng đồng</translation>
    </message>
    <message>
        <source>Reading room or book cabinet of a village, hamlet or residential group</source>
        <translation>Phòng đọc sách, tủ sách thôn, bản, tổ dân phố</translation>
    </message>
    <message>
        <source>Commune post and culture point</source>
        <translation>Điểm bưu điện - văn hóa xã</translation>
    </message>
    <message>
        <source>Commune culture and sports centre / commune culture house</source>
        <translation>Trung tâm văn hóa - thể thao xã / Nhà văn hóa xã</translation>
    </message>
    <message>
        <source>Culture house and sports ground of a village, hamlet or residential group</source>
        <translation>Nhà văn hóa - khu thể thao thôn, bản, tổ dân phố</translation>
    </message>
    <message>
        <source>Community learning centre</source>
        <translation>Trung tâm học tập cộng đồng</translation>
    </message>
    <message>
        <source>Museum, heritage house or exhibition room</source>
        <translation>Bảo tàng, nhà truyền thống, phòng trưng bày</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Văn hóa cơ sở</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Bảo tàng</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Province code</source>
        <translation>Mã tỉnh</translation>
    </message>
    <message>
        <source>Commune code</source>
        <translation>Mã xã</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Report template</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người lập biểu</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <source>Receiving office</source>
        <translation>Đơn vị nhận báo cáo</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Sao lưu gần nhất</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Facility type</source>
        <translation>Loại thiết chế</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ngày hoạt động</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày ngừng hoạt động</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Áp dụng từ</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Diện tích (m²)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Chỗ ngồi</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computers with Internet</source>
        <translation>Máy tính kết nối Internet</translation>
    </message>
    <message>
        <source>Books</source>
        <translation>Số bản sách</translation>
    </message>
    <message>
        <source>Library software</source>
        <translation>Phần mềm quản lý thư viện</translation>
    </message>
    <message>
        <source>Digital library</source>
        <translation>Thư viện số</translation>
    </message>
    <message>
        <source>Web site or fan page</source>
        <translation>Trang web hoặc fanpage</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Thiết chế</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Total visits</source>
        <translation>Tổng lượt</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Thiếu nhi</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Người cao tuổi</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Ethnic minorities</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Mobile service</source>
        <translation>Phục vụ lưu động</translation>
    </message>
    <message>
        <source>Documents served</source>
        <translation>Lượt tài liệu</translation>
    </message>
    <message>
        <source>New reader cards</source>
        <translation>Thẻ mới</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Chủ nhiệm</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Women members</source>
        <translation>Thành viên nữ</translation>
    </message>
    <message>
        <source>Child members</source>
        <translation>Thành viên thiếu nhi</translation>
    </message>
    <message>
        <source>Elderly members</source>
        <translation>Thành viên cao tuổi</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Câu lạc bộ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Ngày tham gia</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Hình thức tổ chức</translation>
    </message>
    <message>
        <source>Lifelong learning</source>
        <translation>Phục vụ học tập suốt đời</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Khách tham quan</translation>
    </message>
    <message>
        <source>Visitors for research and learning</source>
        <translation>Khách nghiên cứu, học tập</translation>
    </message>
    <message>
        <source>Objects digitised</source>
        <translation>Hiện vật số hóa</translation>
    </message>
    <message>
        <source>Objects collected</source>
        <translation>Hiện vật sưu tầm</translation>
    </message>
    <message>
        <source>Exhibitions</source>
        <translation>Trưng bày chuyên đề</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Submitted at</source>
        <translation>Nộp lúc</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Reopened at</source>
        <translation>Mở lại lúc</translation>
    </message>
    <message>
        <source>Reopened by</source>
        <translation>Người mở lại</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Lý do mở lại</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close the form without saving what you typed?</source>
        <translation>Đóng mà không lưu những gì vừa nhập?</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <source>Number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Title of the form</source>
        <translation>Tên biểu</translation>
    </message>
    <message>
        <source>F&amp;orms (number and title; F2 changes them)</source>
        <translation>Các biể&amp;u (số hiệu và tên; F2: sửa)</translation>
    </message>
    <message>
        <source>Add a &amp;new form</source>
        <translation>Thê&amp;m biểu mới</translation>
    </message>
    <message>
        <source>Remove the chosen form (Delete)</source>
        <translation>Bỏ biểu đang chọn (phím Delete)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Label printed on the form</source>
        <translation>Tên dòng in trên biểu</translation>
    </message>
    <message>
        <source>&amp;Rows of the forms (Space: shown or not; F2 changes a label)</source>
        <translation>Các &amp;dòng của biểu (phím cách: in hay không in; F2: sửa tên dòng; Delete: bỏ dòng)</translation>
    </message>
    <message>
        <source>&amp;Indicator to add to the chosen form</source>
        <translation>Chỉ tiêu &amp;thêm vào biểu đang chọn</translation>
    </message>
    <message>
        <source>Add the ro&amp;w</source>
        <translation>Thêm dò&amp;ng</translation>
    </message>
    <message>
        <source>Remove the row (Delete)</source>
        <translation>Bỏ dòng (phím Delete)</translation>
    </message>
    <message>
        <source>Charts:</source>
        <translation>Biểu đồ:</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>{name}, {first} to {last}</source>
        <translation>{name}, từ {first} đến {last}</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Lịch sử tha&amp;y đổi…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Thiết chế</translation>
    </message>
    <message>
        <source>Facility profile</source>
        <translation>Hồ sơ thiết chế</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Lượt bạn đọc</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Câu lạc bộ</translation>
    </message>
    <message>
        <source>Club member</source>
        <translation>Thành viên câu lạc bộ</translation>
    </message>
    <message>
        <source>Club session</source>
        <translation>Buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Digital service</source>
        <translation>Dịch vụ số</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Bảo tàng</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Số liệu năm trước</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Assessment of the period</source>
        <translation>Thuyết minh của kỳ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đánh dấu đã nộp</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Mở lại kỳ</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of changes</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <source>No change has been recorded here yet.</source>
        <translation>Chưa có thay đổi nào được ghi lại ở đây.</translation>
    </message>
    <message>
        <source>&amp;Changes, newest first</source>
        <translation>&amp;Các thay đổi, mới nhất trước</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Visits</source>
        <translation>lượt bạn đọc</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <source>Clubs</source>
        <translation>câu lạc bộ</translation>
    </message>
    <message>
        <source>Club sessions</source>
        <translation>buổi sinh hoạt câu lạc bộ</translation>
    </message>
    <message>
        <source>Digital services</source>
        <translation>dịch vụ số</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>bảo tàng</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from files</source>
        <translation>Nhập số liệu từ tệp</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
    <message>
        <source>Choose CSV (UTF-8) or Excel (.xlsx) files. The header row tells the kind of data: visits, activities, clubs, club sessions, digital services or museum. Every row is checked first; the files are imported whole or not at all.</source>
        <translation>Chọn tệp CSV (UTF-8) hoặc Excel (.xlsx). Dòng tiêu đề cho biết loại số liệu: lượt bạn đọc, hoạt động, câu lạc bộ, buổi sinh hoạt, dịch vụ số hoặc bảo tàng. Mọi dòng được kiểm tra trước; các tệp được nhập toàn bộ hoặc không nhập gì.</translation>
    </message>
    <message>
        <source>First rows of the selected file</source>
        <translation>Các dòng đầu của tệp đang chọn</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>Chọn tệp cần nhập</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Bảng tính (*.csv *.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Đã hủy nhập; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Đã hủy kiểm tra.</translation>
    </message>
    <message>
        <source>Problems: {count}</source>
        <translation>Số lỗi: {count}</translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is fixed. Correct the files, save them, then press “Check again”.</source>
        <translation>Chưa thể nhập khi còn lỗi. Hãy sửa các tệp, lưu lại rồi bấm “Kiểm tra lại”.</translation>
    </message>
    <message>
        <source>{rows} rows in {files} file(s) are ready to import.</source>
        <translation>{rows} dòng trong {files} tệp sẵn sàng để nhập.</translation>
    </message>
    <message>
        <source>Imported {files} file(s): {counts}.</source>
        <translation>Đã nhập {files} tệp: {counts}.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>Form 01 - Libraries</source>
        <translation>Biểu 01 - Thư viện</translation>
    </message>
    <message>
        <source>Form 02 - Grassroots culture</source>
        <translation>Biểu 02 - Văn hóa cơ sở</translation>
    </message>
    <message>
        <source>Form 03 - Digital transformation</source>
        <translation>Biểu 03 - Chuyển đổi số</translation>
    </message>
    <message>
        <source>Form 04 - Museums</source>
        <translation>Biểu 04 - Bảo tàng</translation>
    </message>
    <message>
        <source>of which: children</source>
        <translation>Trong đó: thiếu nhi</translation>
    </message>
    <message>
        <source>of which: elderly people</source>
        <translation>Trong đó: người cao tuổi</translation>
    </message>
    <message>
        <source>of which: women</source>
        <translation>Trong đó: nữ</translation>
    </message>
    <message>
        <source>Libraries, reading rooms and book cabinets in operation</source>
        <translation>Số thư viện, phòng đọc, tủ sách đang hoạt động</translation>
    </message>
    <message>
        <source>of which: commune libraries</source>
        <translation>Trong đó: thư viện cấp xã</translation>
    </message>
    <message>
        <source>of which: private and community libraries serving the community</source>
        <translation>Trong đó: thư viện tư nhân, thư viện cộng đồng có phục vụ cộng đồng</translation>
    </message>
    <message>
        <source>of which: providing lifelong-learning services</source>
        <translation>Trong đó: có cung cấp dịch vụ phục vụ học tập suốt đời</translation>
    </message>
    <message>
        <source>of which: commune libraries providing lifelong-learning services</source>
        <translation>Trong đó: thư viện cấp xã có cung cấp dịch vụ phục vụ học tập suốt đời</translation>
    </message>
    <message>
        <source>of which: applying IT and digital transformation</source>
        <translation>Trong đó: có ứng dụng công nghệ thông tin và chuyển đổi số</translation>
    </message>
    <message>
        <source>of which: commune libraries applying IT and digital transformation</source>
        <translation>Trong đó: thư viện cấp xã có ứng dụng công nghệ thông tin và chuyển đổi số</translation>
    </message>
    <message>
        <source>Reader visits</source>
        <translation>Tổng số lượt bạn đọc</translation>
    </message>
    <message>
        <source>of which: people with disabilities</source>
        <translation>Trong đó: người khuyết tật</translation>
    </message>
    <message>
        <source>of which: ethnic minority people</source>
        <translation>Trong đó: người dân tộc thiểu số</translation>
    </message>
    <message>
        <source>of which: mobile service</source>
        <translation>Trong đó: phục vụ lưu động</translation>
    </message>
    <message>
        <source>Documents served or circulated</source>
        <translation>Lượt tài liệu phục vụ, luân chuyển</translation>
    </message>
    <message>
        <source>New reader cards issued</source>
        <translation>Số thẻ bạn đọc cấp mới</translation>
    </message>
    <message>
        <source>Books held (end of period)</source>
        <translation>Tổng số bản sách hiện có (cuối kỳ)</translation>
    </message>
    <message>
        <source>Lifelong-learning activities</source>
        <translation>Số hoạt động phục vụ học tập suốt đời</translation>
    </message>
    <message>
        <source>Participants in those activities</source>
        <translation>Lượt người tham gia các hoạt động</translation>
    </message>
    <message>
        <source>Change in reader visits against the same period last year</source>
        <translation>Tăng, giảm lượt bạn đọc so với cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Culture houses, culture and sports centres and community learning centres in operation</source>
        <translation>Số nhà văn hóa, trung tâm văn hóa - thể thao, trung tâm học tập cộng đồng đang hoạt động</translation>
    </message>
    <message>
        <source>of which: commune culture and sports centres and village culture houses</source>
        <translation>Trong đó: trung tâm văn hóa - thể thao xã, nhà văn hóa - khu thể thao thôn</translation>
    </message>
    <message>
        <source>of which: with talent classes, clubs or interest groups and regular activities</source>
        <translation>Trong đó: có lớp năng khiếu, câu lạc bộ, nhóm sở thích và thường xuyên tổ chức hoạt động</translation>
    </message>
    <message>
        <source>Clubs, talent classes and interest groups in operation</source>
        <translation>Số câu lạc bộ, lớp năng khiếu, nhóm sở thích đang hoạt động</translation>
    </message>
    <message>
        <source>of which: clubs</source>
        <translation>Trong đó: câu lạc bộ</translation>
    </message>
    <message>
        <source>of which: talent classes</source>
        <translation>Trong đó: lớp năng khiếu</translation>
    </message>
    <message>
        <source>of which: interest groups</source>
        <translation>Trong đó: nhóm sở thích</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Club sessions</source>
        <translation>Số buổi sinh hoạt</translation>
    </message>
    <message>
        <source>Attendance at club sessions</source>
        <translation>Lượt người tham gia sinh hoạt</translation>
    </message>
    <message>
        <source>Cultural, arts, sports and learning activities held</source>
        <translation>Số hoạt động văn hóa, văn nghệ, thể dục thể thao, học tập đã tổ chức</translation>
    </message>
    <message>
        <source>Participants and spectators</source>
        <translation>Lượt người tham gia, xem</translation>
    </message>
    <message>
        <source>Visits to culture houses and centres</source>
        <translation>Lượt người đến sinh hoạt tại nhà văn hóa, trung tâm</translation>
    </message>
    <message>
        <source>Computers serving the public</source>
        <translation>Số máy tính phục vụ người dân</translation>
    </message>
    <message>
        <source>of which: connected to the Internet</source>
        <translation>Trong đó: có kết nối Internet</translation>
    </message>
    <message>
        <source>Computer and Internet use</source>
        <translation>Lượt sử dụng máy tính, Internet</translation>
    </message>
    <message>
        <source>Digital resource and digital library accesses</source>
        <translation>Lượt truy cập tài nguyên số, thư viện số</translation>
    </message>
    <message>
        <source>Documents digitised in the period</source>
        <translation>Số tài liệu được số hóa trong kỳ</translation>
    </message>
    <message>
        <source>Activities held online</source>
        <translation>Số hoạt động tổ chức trực tuyến</translation>
    </message>
    <message>
        <source>Online participants</source>
        <translation>Lượt người tham gia trực tuyến</translation>
    </message>
    <message>
        <source>Digital skills sessions</source>
        <translation>Số buổi hướng dẫn kỹ năng số</translation>
    </message>
    <message>
        <source>People guided in digital skills</source>
        <translation>Lượt người được hướng dẫn kỹ năng số</translation>
    </message>
    <message>
        <source>Facilities using management software or a digital library</source>
        <translation>Số thiết chế dùng phần mềm quản lý hoặc thư viện số</translation>
    </message>
    <message>
        <source>Museum visitors</source>
        <translation>Lượt khách tham quan</translation>
    </message>
    <message>
        <source>of which: for research and learning</source>
        <translation>Trong đó: nghiên cứu, học tập</translation>
    </message>
    <message>
        <source>Objects digitised</source>
        <translation>Hiện vật được số hóa</translation>
    </message>
    <message>
        <source>Documents and objects collected</source>
        <translation>Tài liệu, hiện vật sưu tầm</translation>
    </message>
    <message>
        <source>Thematic and travelling exhibitions</source>
        <translation>Cuộc trưng bày chuyên đề, lưu động</translation>
    </message>
    <message>
        <source>Change in research and learning visitors against the same period last year</source>
        <translation>Tăng, giảm lượt khách nghiên cứu, học tập so với cùng kỳ năm trước</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>Chọn thư &amp;mục…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Xóa t&amp;oàn bộ</translation>
    </message>
    <message>
        <source>Choose the workbooks received</source>
        <translation>Chọn các tệp báo cáo đã nhận</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Tệp Excel (*.xlsx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Choose a folder of workbooks</source>
        <translation>Chọn thư mục chứa các tệp báo cáo</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>&amp;Save (Enter)</source>
        <translation>Lư&amp;u (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete row…</source>
        <translation>&amp;Xóa dòng…</translation>
    </message>
    <message>
        <source>Fa&amp;cility</source>
        <translation>Thiết &amp;chế</translation>
    </message>
    <message>
        <source>Da&amp;te</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <source>Row already stored</source>
        <translation>Dòng đã có</translation>
    </message>
    <message>
        <source>Saved the row of {day}.</source>
        <translation>Đã lưu dòng ngày {day}.</translation>
    </message>
    <message>
        <source>That day is outside the period shown ({start} to {end}), so the row is not in the list below: choose a period that holds it to see it.</source>
        <translation>Ngày này nằm ngoài kỳ đang xem ({start} đến {end}) nên dòng không có trong danh sách dưới đây: hãy chọn kỳ có ngày đó để xem.</translation>
    </message>
    <message>
        <source>New row: type the date, then the figures, and press Enter.</source>
        <translation>Dòng mới: gõ ngày, rồi các số liệu, và nhấn Enter.</translation>
    </message>
    <message>
        <source>Correcting the row of {day}: change it and press Enter; Escape cancels.</source>
        <translation>Đang sửa dòng ngày {day}: sửa rồi nhấn Enter; Escape để hủy.</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Row deleted.</source>
        <translation>Đã xóa dòng.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HTSD – Lifelong learning records</source>
        <translation>HTSD – Sổ theo dõi học tập suốt đời</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Lượt bạn đọc</translation>
    </message>
    <message>
        <source>Clubs</source>
        <translation>Câu lạc bộ</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động, sự kiện</translation>
    </message>
    <message>
        <source>Digital services</source>
        <translation>Dịch vụ số</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Bảo tàng</translation>
    </message>
    <message>
        <source>Earlier years</source>
        <translation>Số liệu năm trước</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Tổng hợp báo cáo</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Thiết chế</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Plans, templates</source>
        <translation>Kế hoạch, mẫu báo cáo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Import from files…</source>
        <translation>&amp;Nhập số liệu từ tệp…</translation>
    </message>
    <message>
        <source>&amp;Back up to a USB stick…</source>
        <translation>Sao lưu ra &amp;USB…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Receive a report &amp;template…</source>
        <translation>Nhận &amp;mẫu báo cáo…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>X&amp;em</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ giú&amp;p</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Unit: {name} ({province}-{commune})</source>
        <translation>Đơn vị: {name} ({province}-{commune})</translation>
    </message>
    <message>
        <source>Office: {name} ({province})</source>
        <translation>Cơ quan: {name} ({province})</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Dữ liệu: {path}</translation>
    </message>
    <message>
        <source>About HTSD</source>
        <translation>Giới thiệu HTSD</translation>
    </message>
    <message>
        <source>HTSD {version}
Records and reports of the programme “Đẩy mạnh các hoạt động phục vụ học tập suốt đời” (Decision 1520/QĐ-TTg).
Licence: GPL-3.0-or-later.</source>
        <translation>HTSD {version}
Sổ theo dõi và báo cáo Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời” (Quyết định 1520/QĐ-TTg).
Giấy phép: GPL-3.0-or-later.</translation>
    </message>
</context>
<context>
    <name>Museum</name>
    <message>
        <source>Visitors</source>
        <translation>Lượt khách</translation>
    </message>
    <message>
        <source>of which for research and learning</source>
        <translation>trong đó nghiên cứu, học tập</translation>
    </message>
    <message>
        <source>Objects digitised</source>
        <translation>Hiện vật số hóa</translation>
    </message>
    <message>
        <source>Objects and documents collected</source>
        <translation>Tài liệu, hiện vật sưu tầm</translation>
    </message>
    <message>
        <source>Thematic or travelling exhibitions</source>
        <translation>Trưng bày chuyên đề, lưu động</translation>
    </message>
</context>
<context>
    <name>MuseumPage</name>
    <message>
        <source>Museum</source>
        <translation>Bảo tàng, nhà truyền thống</translation>
    </message>
    <message>
        <source>No museum, heritage house or exhibition room yet. Add one on the Facilities screen to keep its log here.</source>
        <translation>Chưa có bảo tàng, nhà truyền thống hay phòng trưng bày nào. Hãy thêm ở màn hình Thiết chế để ghi số liệu tại đây.</translation>
    </message>
    <message>
        <source>Totals of the period at this facility:</source>
        <translation>Cộng trong kỳ tại thiết chế này:</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>&amp;Lượt khách</translation>
    </message>
    <message>
        <source>of which for &amp;learning</source>
        <translation>trong đó &amp;học tập</translation>
    </message>
    <message>
        <source>D&amp;igitised</source>
        <translation>&amp;Số hóa</translation>
    </message>
    <message>
        <source>C&amp;ollected</source>
        <translation>S&amp;ưu tầm</translation>
    </message>
    <message>
        <source>E&amp;xhibitions</source>
        <translation>Trưng &amp;bày</translation>
    </message>
    <message>
        <source>{day} already holds {visitors} visitors. Replace that row with the figures typed, or add them to it?</source>
        <translation>Ngày {day} đã có {visitors} lượt khách. Thay dòng đó bằng số vừa nhập, hay cộng thêm vào?</translation>
    </message>
    <message>
        <source>Replace the row</source>
        <translation>Thay dòng đó</translation>
    </message>
    <message>
        <source>Add to the row</source>
        <translation>Cộng thêm vào dòng đó</translation>
    </message>
    <message>
        <source>Delete the row of {day} ({visitors} visitors)?</source>
        <translation>Xóa dòng ngày {day} ({visitors} lượt khách)?</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>The province&apos;s culture office</source>
        <translation>Cơ quan văn hóa cấp tỉnh</translation>
    </message>
    <message>
        <source>This database makes the plans&apos; report templates, sends them to the communes and aggregates their reports. It records no commune&apos;s figures: each commune keeps its own database.</source>
        <translation>Cơ sở dữ liệu này dùng để soạn mẫu báo cáo theo kế hoạch, gửi cho các xã và tổng hợp báo cáo của các xã. Cơ sở dữ liệu này không ghi số liệu của xã nào: mỗi xã dùng cơ sở dữ liệu riêng của mình.</translation>
    </message>
    <message>
        <source>Office &amp;name (printed as the issuer of its templates)</source>
        <translation>Tên &amp;cơ quan (ghi là nơi ban hành mẫu báo cáo)</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>The plan sets no targets for {year}.</source>
        <translation>Kế hoạch không đặt chỉ tiêu cho năm {year}.</translation>
    </message>
    <message>
        <source>Nothing recorded for {year} yet: the {total} targets are judged as the figures come in.</source>
        <translation>Chưa có số liệu nào của năm {year}: {total} chỉ tiêu sẽ được đánh giá khi có số liệu.</translation>
    </message>
    <message>
        <source>Not enough figures yet to judge the {total} targets of {year}.</source>
        <translation>Chưa đủ số liệu để đánh giá {total} chỉ tiêu năm {year}.</translation>
    </message>
    <message>
        <source>On track: {met} of {total} targets of {year} met so far</source>
        <translation>Đúng tiến độ: đã đạt {met}/{total} chỉ tiêu năm {year}</translation>
    </message>
    <message>
        <source>Behind: none of the {total} targets of {year} met so far</source>
        <translation>Chậm tiến độ: chưa đạt chỉ tiêu nào trong {total} chỉ tiêu năm {year}</translation>
    </message>
    <message>
        <source>Partly on track: {met} of {total} targets of {year} met so far</source>
        <translation>Đạt một phần: đã đạt {met}/{total} chỉ tiêu năm {year}</translation>
    </message>
    <message>
        <source>no figures for the same days last year</source>
        <translation>chưa có số liệu cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>{change} against the same days of {year}</source>
        <translation>{change} so với cùng kỳ năm {year}</translation>
    </message>
    <message>
        <source>Report {period}</source>
        <translation>Báo cáo {period}</translation>
    </message>
    <message>
        <source>The plan sets no deadline</source>
        <translation>Kế hoạch không quy định hạn nộp</translation>
    </message>
    <message>
        <source>Submitted on {day} (due {due})</source>
        <translation>Đã gửi ngày {day} (hạn {due})</translation>
    </message>
    <message>
        <source>Late by {days} days (due {due})</source>
        <translation>Đã quá hạn {days} ngày (hạn {due})</translation>
    </message>
    <message>
        <source>Due today ({due})</source>
        <translation>Hạn là hôm nay ({due})</translation>
    </message>
    <message>
        <source>Due {due}: {days} days left</source>
        <translation>Hạn {due}: còn {days} ngày</translation>
    </message>
    <message>
        <source>not enough figures</source>
        <translation>chưa đủ số liệu</translation>
    </message>
    <message>
        <source>{wanted} (milestone {year})</source>
        <translation>{wanted} (mốc năm {year})</translation>
    </message>
    <message>
        <source>Not enough figures</source>
        <translation>Chưa đủ số liệu</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>No library or culture house is listed yet: add them on the Facilities screen.</source>
        <translation>Chưa có thư viện, nhà văn hóa nào: hãy thêm trên màn hình Thiết chế.</translation>
    </message>
    <message>
        <source>Visits are typed for every open day from {first} to {last}.</source>
        <translation>Đã nhập lượt cho mọi ngày mở cửa từ {first} đến {last}.</translation>
    </message>
    <message>
        <source>Days from {first} to {last} with no visits typed (Enter or double-click opens the day):</source>
        <translation>Các ngày từ {first} đến {last} chưa nhập lượt (Enter hoặc nhấp đúp để mở ngày đó):</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <source>M{month}</source>
        <comment>a month on the axis: M1</comment>
        <translation>T{month}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Working out the figures…</source>
        <translation>Đang tính số liệu…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Targets of the plan</source>
        <translation>Chỉ tiêu kế hoạch</translation>
    </message>
    <message>
        <source>Visits this year so far</source>
        <translation>Lượt đến từ đầu năm</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>Báo cáo sắp tới</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>This year&apos;s targets</source>
        <translation>Chỉ tiêu năm nay</translation>
    </message>
    <message>
        <source>Days not typed</source>
        <translation>Ngày chưa nhập</translation>
    </message>
    <message>
        <source>met on the figures up to {day}</source>
        <translation>đạt, theo số liệu đến ngày {day}</translation>
    </message>
    <message>
        <source>Needs a copy</source>
        <translation>Cần sao lưu</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>Visits by month, {year} against {before}</source>
        <translation>Lượt đến theo tháng, năm {year} so với {before}</translation>
    </message>
    <message>
        <source>Library readers and people coming to culture houses (TV04 + VH09). {year}: {now}; {before}: {then}.</source>
        <translation>Lượt bạn đọc và lượt người đến nhà văn hóa (TV04 + VH09). Năm {year}: {now}; năm {before}: {then}.</translation>
    </message>
    <message>
        <source>Activities and club sessions by month, {year}</source>
        <translation>Hoạt động và buổi sinh hoạt CLB theo tháng, năm {year}</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Club sessions</source>
        <translation>Buổi sinh hoạt CLB</translation>
    </message>
    <message>
        <source>Activities: {activities} (TV08 + VH07). Club sessions: {sessions} (VH05).</source>
        <translation>Hoạt động: {activities} (TV08 + VH07). Buổi sinh hoạt CLB: {sessions} (VH05).</translation>
    </message>
    <message>
        <source>The plan sets no targets for this year.</source>
        <translation>Kế hoạch không đặt chỉ tiêu cho năm nay.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Kỳ</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>Quý {n}</translation>
    </message>
    <message>
        <source>Month {n}</source>
        <translation>Tháng {n}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>từ {start} đến {end}</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans and report templates</source>
        <translation>Kế hoạch và mẫu báo cáo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Communes in scope</source>
        <translation>Số xã áp dụng</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Used here</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Create fr&amp;om template…</source>
        <translation>Tạ&amp;o từ mẫu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Send to the communes…</source>
        <translation>&amp;Gửi cho các xã…</translation>
    </message>
    <message>
        <source>&amp;Print targets…</source>
        <translation>&amp;In chỉ tiêu…</translation>
    </message>
    <message>
        <source>all</source>
        <translation>mọi tỉnh</translation>
    </message>
    <message>
        <source>whole province</source>
        <translation>cả tỉnh</translation>
    </message>
    <message>
        <source>comes with the program</source>
        <translation>có sẵn</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>đã cài</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Templates that come with the program are read-only: copy one to start a new plan. Each save issues a new version, sent to the communes as one file.</source>
        <translation>Mẫu có sẵn trong chương trình chỉ được xem: sao chép một mẫu để bắt đầu kế hoạch mới. Mỗi lần lưu là ban hành một phiên bản mới, gửi cho các xã bằng một tệp.</translation>
    </message>
    <message>
        <source>This database is a commune&apos;s: the templates are shown read-only. The province&apos;s culture office makes them in a database set up for the office (the set-up wizard&apos;s “office” choice, or “init --office”) and sends them; a commune installs one from File ▸ Receive a report template.</source>
        <translation>Cơ sở dữ liệu này là của một xã nên các mẫu báo cáo chỉ được xem. Mẫu báo cáo do cơ quan văn hóa cấp tỉnh soạn trên cơ sở dữ liệu thiết lập cho cơ quan (chọn “cơ quan văn hóa cấp tỉnh” trong trình thiết lập, hoặc lệnh “init --office”) rồi gửi cho các xã; xã nhận mẫu tại Tệp ▸ Nhận mẫu báo cáo.</translation>
    </message>
    <message>
        <source>Its settings claim the office&apos;s role, which a commune&apos;s database cannot take: the claim is ignored.</source>
        <translation>Phần cài đặt của cơ sở dữ liệu này ghi là của cơ quan cấp tỉnh, nhưng cơ sở dữ liệu của xã không thể có vai trò đó: nội dung này bị bỏ qua.</translation>
    </message>
    <message>
        <source>Create from template</source>
        <translation>Tạo từ mẫu</translation>
    </message>
    <message>
        <source>Id of the new template (lower-case letters without accents, digits and hyphens, e.g. dak-lak-2026). It starts as a copy of {id}.</source>
        <translation>Mã của mẫu mới (chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ dak-lak-2026). Mẫu mới được sao chép từ mẫu {id}.</translation>
    </message>
    <message>
        <source>Folder or USB stick to write the file to</source>
        <translation>Chọn thư mục hoặc USB để ghi tệp mẫu</translation>
    </message>
    <message>
        <source>Send to the communes</source>
        <translation>Gửi cho các xã</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to the communes by Zalo, e-mail or USB stick; each installs it from File ▸ Receive a report template.</source>
        <translation>Đã ghi tệp {file}. Gửi tệp cho các xã qua Zalo, thư điện tử hoặc USB; mỗi xã cài tại Tệp ▸ Nhận mẫu báo cáo.</translation>
    </message>
    <message>
        <source>Print the targets</source>
        <translation>In chỉ tiêu</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation>Đã ghi tệp {file}.</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Calendar (statistical reports)</source>
        <translation>Năm dương lịch (báo cáo thống kê)</translation>
    </message>
    <message>
        <source>Decree 09 (administrative reports, 15th to 14th)</source>
        <translation>Nghị định 09 (báo cáo hành chính, từ ngày 15 đến ngày 14)</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>How the figures are cou&amp;nted</source>
        <translation>&amp;Cách tính số liệu</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Con&amp;vention</source>
        <translation>Các&amp;h tính kỳ</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Mẫu báo cáo</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành tệp…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Mark as submitted</source>
        <translation>Đánh dấu đã &amp;nộp</translation>
    </message>
    <message>
        <source>Re&amp;open period</source>
        <translation>Mở lạ&amp;i kỳ</translation>
    </message>
    <message>
        <source>&amp;Changes in this period…</source>
        <translation>Các thay đổi tron&amp;g kỳ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Histor&amp;y of this period</source>
        <translation>Lịch &amp;sử nộp của kỳ này</translation>
    </message>
    <message>
        <source>Assessment, difficulties, proposals</source>
        <translation>Thuyết minh</translation>
    </message>
    <message>
        <source>{label}: data from {start} to {end}. {plan}</source>
        <translation>{label}: số liệu tính từ ngày {start} đến ngày {end}. {plan}</translation>
    </message>
    <message>
        <source>{label}: data from {start} to {end} (the period has not ended). {plan}</source>
        <translation>{label}: số liệu tính từ ngày {start} đến ngày {end} (kỳ báo cáo chưa kết thúc). {plan}</translation>
    </message>
    <message>
        <source>{period} is not submitted: its records can still be changed.</source>
        <translation>Kỳ {period} chưa nộp: số liệu của kỳ vẫn sửa được.</translation>
    </message>
    <message>
        <source>{period} was submitted on {when} by {who}. Its records are locked until the period is reopened.</source>
        <translation>Kỳ {period} đã nộp lúc {when}, người thực hiện: {who}. Số liệu của kỳ bị khóa cho đến khi mở lại kỳ.</translation>
    </message>
    <message>
        <source>Changes to {period} ({start} to {end})</source>
        <translation>Các thay đổi trong kỳ {period} (từ {start} đến {end})</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Đang lưu báo cáo…</translation>
    </message>
    <message>
        <source>Saved the report to {path}</source>
        <translation>Đã lưu báo cáo vào {path}</translation>
    </message>
    <message>
        <source>The save was cancelled; nothing was written.</source>
        <translation>Đã hủy việc lưu; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Mark {period} ({start} to {end}) as submitted? Its records will be locked: nothing dated in it can be changed until the period is reopened.</source>
        <translation>Đánh dấu kỳ {period} (từ {start} đến {end}) là đã nộp? Số liệu của kỳ sẽ bị khóa: không sửa được bản ghi nào trong kỳ cho đến khi mở lại kỳ.</translation>
    </message>
    <message>
        <source>Mark as submitted</source>
        <translation>Đánh dấu đã nộp</translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation>Mở lại kỳ</translation>
    </message>
    <message>
        <source>Why is {period} reopened? The reason is kept in the period&apos;s history.</source>
        <translation>Vì sao mở lại kỳ {period}? Lý do được lưu trong lịch sử của kỳ.</translation>
    </message>
</context>
<context>
    <name>ReportTexts</name>
    <message>
        <source>The unit&apos;s own words for this period, printed on the last sheet (“Thuyết minh”) of the workbook.</source>
        <translation>Ý kiến của đơn vị về kỳ báo cáo này, in ở sheet cuối (“Thuyết minh”) của tệp báo cáo.</translation>
    </message>
    <message>
        <source>Save te&amp;xts</source>
        <translation>Lưu &amp;thuyết minh</translation>
    </message>
    <message>
        <source>&amp;General assessment</source>
        <translation>Đánh giá ch&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Difficulties and obstacles</source>
        <translation>Khó khăn, &amp;vướng mắc</translation>
    </message>
    <message>
        <source>P&amp;roposals and recommendations</source>
        <translation>Đề &amp;xuất, kiến nghị</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{code} is {value}%: a fall cannot be more than 100%.</source>
        <translation>{code} là {value}%: mức giảm không thể quá 100%.</translation>
    </message>
    <message>
        <source>{code} is negative ({value}).</source>
        <translation>{code} là số âm ({value}).</translation>
    </message>
    <message>
        <source>{code} is a count but holds a fraction ({value}).</source>
        <translation>{code} là số đếm nhưng có phần lẻ ({value}).</translation>
    </message>
    <message>
        <source>{code} ({value}) is above the plausible maximum {maximum}.</source>
        <translation>{code} ({value}) vượt quá mức hợp lý cao nhất {maximum}.</translation>
    </message>
    <message>
        <source>{code} ({value}) is above its total {total} ({total_value}).</source>
        <translation>{code} ({value}) lớn hơn tổng {total} ({total_value}).</translation>
    </message>
    <message>
        <source>The workbook contains macros; reports never do.</source>
        <translation>Tệp có chứa macro; báo cáo thật không bao giờ có.</translation>
    </message>
    <message>
        <source>The report was saved as .{format} and lost {what} on the way; its figures cannot be trusted. Open the file and save it again as .xlsx (Excel Workbook), or ask the commune to export it again from the program.</source>
        <translation>Báo cáo đã được lưu dạng .{format} và bị mất {what} trong quá trình lưu; không thể tin cậy số liệu. Đề nghị mở tệp và lưu lại dạng .xlsx (Excel Workbook), hoặc đề nghị xã xuất lại báo cáo từ chương trình.</translation>
    </message>
    <message>
        <source>This .{format} file cannot be read as a report. Open it and save it again as .xlsx (Excel Workbook).</source>
        <translation>Không đọc được tệp .{format} này như một báo cáo. Đề nghị mở tệp và lưu lại dạng .xlsx (Excel Workbook).</translation>
    </message>
    <message>
        <source>The workbook is larger than a report can be ({limit} MB or cells over too wide an area).</source>
        <translation>Tệp lớn hơn mức một báo cáo có thể có (quá {limit} MB hoặc các ô trải trên vùng quá rộng).</translation>
    </message>
    <message>
        <source>The workbook cannot be read ({error}).</source>
        <translation>Không đọc được tệp Excel ({error}).</translation>
    </message>
    <message>
        <source>The workbook is protected.</source>
        <translation>Tệp Excel đang được bảo vệ.</translation>
    </message>
    <message>
        <source>The hidden sheet “_data” is missing.</source>
        <translation>Thiếu trang ẩn “_data”.</translation>
    </message>
    <message>
        <source>The workbook names the cell HTSD_{code} but its hidden sheet “_data” has no row {code}.</source>
        <translation>Tệp có ô được đặt tên HTSD_{code} nhưng trang ẩn “_data” không có dòng {code}.</translation>
    </message>
    <message>
        <source>The name HTSD_{code} no longer points at a cell (was the row of {code} deleted?). Export the report again from the program.</source>
        <translation>Tên HTSD_{code} không còn trỏ tới ô nào (dòng {code} đã bị xóa?). Đề nghị xuất lại báo cáo từ chương trình.</translation>
    </message>
    <message>
        <source>The hidden sheet “_data” is broken at {code}: it points at “{sheet}!{cell}”, not at the cell the form shows {code} in.</source>
        <translation>Trang ẩn “_data” bị hỏng ở {code}: trỏ tới “{sheet}!{cell}”, không phải ô biểu hiển thị {code}.</translation>
    </message>
    <message>
        <source>{code} ({sheet}!{cell}) holds “{text}”, not a number.</source>
        <translation>{code} ({sheet}!{cell}) chứa “{text}”, không phải là số.</translation>
    </message>
    <message>
        <source>{code} ({sheet}!{cell}) holds a formula with no stored result, not a number: open the workbook, let it calculate and save it again.</source>
        <translation>{code} ({sheet}!{cell}) chứa công thức chưa có kết quả, không phải một số: mở tệp, để bảng tính tính lại rồi lưu lại.</translation>
    </message>
    <message>
        <source>{code} ({sheet}!{cell}) holds the error {error}, not a number: correct the cell and save the workbook again.</source>
        <translation>{code} ({sheet}!{cell}) chứa lỗi {error}, không phải một số: sửa lại ô này rồi lưu lại tệp.</translation>
    </message>
    <message>
        <source>{code}: last year&apos;s figure (column 1) is {value}, which is not a count.</source>
        <translation>{code}: số liệu cùng kỳ năm trước (cột 1) là {value}, không phải một số đếm.</translation>
    </message>
    <message>
        <source>The report&apos;s format version “{version}” is not valid.</source>
        <translation>Phiên bản định dạng báo cáo “{version}” không hợp lệ.</translation>
    </message>
    <message>
        <source>The report was written in format version {version}; this program reads up to version {supported}. Update the program.</source>
        <translation>Báo cáo được ghi theo định dạng phiên bản {version}; chương trình này chỉ đọc được đến phiên bản {supported}. Hãy cập nhật chương trình.</translation>
    </message>
    <message>
        <source>The report is of an unknown kind “{kind}”.</source>
        <translation>Báo cáo thuộc loại không rõ “{kind}”.</translation>
    </message>
    <message>
        <source>The hidden sheet “_meta” lacks: {keys}.</source>
        <translation>Trang ẩn “_meta” thiếu: {keys}.</translation>
    </message>
    <message>
        <source>The hidden sheet “_data” is broken at {code}: it points at “{sheet}!{cell}”.</source>
        <translation>Trang ẩn “_data” bị hỏng ở {code}: trỏ tới “{sheet}!{cell}”.</translation>
    </message>
    <message>
        <source>The hidden sheet “_data” is empty.</source>
        <translation>Trang ẩn “_data” trống.</translation>
    </message>
    <message>
        <source>This workbook is not a lifelong-learning report made by this program (its hidden sheet “_meta” is missing or different).</source>
        <translation>Tệp Excel này không phải là báo cáo học tập suốt đời do chương trình lập (thiếu hoặc sai trang ẩn “_meta”).</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete (cut off while copying?).</source>
        <translation>Tệp Excel bị hỏng hoặc không đầy đủ (bị cắt khi sao chép?).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save it again without one.</source>
        <translation>Tệp Excel có đặt mật khẩu; hãy lưu lại không có mật khẩu.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 (.xls) file or another Office document, not an .xlsx report workbook.</source>
        <translation>Đây là tệp Excel 97-2003 (.xls) hoặc tài liệu Office khác, không phải tệp báo cáo .xlsx.</translation>
    </message>
    <message>
        <source>This is a text file (CSV?) with an .xlsx name, not an Excel workbook.</source>
        <translation>Đây là tệp văn bản (CSV?) được đặt tên .xlsx, không phải tệp Excel.</translation>
    </message>
    <message>
        <source>This is not an Excel .xlsx workbook.</source>
        <translation>Đây không phải là tệp Excel .xlsx.</translation>
    </message>
    <message>
        <source>The workbook is too large to be a report ({size} MB; at most {limit} MB).</source>
        <translation>Tệp quá lớn so với một báo cáo ({size} MB; tối đa {limit} MB).</translation>
    </message>
    <message>
        <source>The workbook contains macros; reports never do. Ask the commune to export it again from the program.</source>
        <translation>Tệp có chứa macro, báo cáo thật không bao giờ có. Đề nghị xã xuất lại tệp từ chương trình.</translation>
    </message>
    <message>
        <source>The workbook&apos;s parts are encrypted.</source>
        <translation>Các phần của tệp Excel bị mã hóa.</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods), not an .xlsx workbook.</source>
        <translation>Đây là bảng tính OpenDocument (.ods), không phải tệp .xlsx.</translation>
    </message>
    <message>
        <source>This is a zip file but not an Excel .xlsx workbook.</source>
        <translation>Đây là tệp nén zip nhưng không phải tệp Excel .xlsx.</translation>
    </message>
    <message>
        <source>The workbook is damaged: a part of it cannot be unpacked ({part}).</source>
        <translation>Tệp Excel bị hỏng: không giải nén được một phần ({part}).</translation>
    </message>
    <message>
        <source>A sheet of the workbook spans {cells} cells ({part}); a report has far fewer (at most {limit}).</source>
        <translation>Một sheet của tệp có {cells} ô ({part}); báo cáo có ít hơn nhiều (tối đa {limit}).</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part {part} is not valid.</source>
        <translation>Tệp bị hỏng: phần {part} không hợp lệ.</translation>
    </message>
    <message>
        <source>The file is {size} MB; a report is far smaller (at most {limit} MB).</source>
        <translation>Tệp nặng {size} MB; báo cáo nhỏ hơn nhiều (tối đa {limit} MB).</translation>
    </message>
    <message>
        <source>The workbook has more than {count} sheets; a report has far fewer.</source>
        <translation>Tệp có hơn {count} sheet; báo cáo có ít hơn nhiều.</translation>
    </message>
    <message>
        <source>The workbook has more than {count} parts; a report has far fewer.</source>
        <translation>Tệp có hơn {count} thành phần; báo cáo có ít hơn nhiều.</translation>
    </message>
    <message>
        <source>The hidden sheet “_units” is broken (unit {unit}, column {column}).</source>
        <translation>Trang ẩn “_units” bị hỏng (đơn vị {unit}, cột {column}).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The data as it is now is copied into the backups folder first, so the restore can be undone. Backups are kept in {folder}.</source>
        <translation>Chọn bản sao lưu muốn quay về. Dữ liệu hiện tại được chép vào thư mục sao lưu trước, nên có thể hoàn tác. Các bản sao lưu nằm trong {folder}.</translation>
    </message>
    <message>
        <source>There is no backup yet. One is taken at the first start of each day and when the program is closed.</source>
        <translation>Chưa có bản sao lưu nào. Chương trình tự sao lưu khi mở lần đầu trong ngày và khi đóng.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Backup: {backup}
Current database: {current}</source>
        <translation>Bản sao lưu: {backup}
Dữ liệu hiện tại: {current}</translation>
    </message>
    <message>
        <source>Go back to the backup of {when} ({kind})? Everything entered after it will be replaced by what the backup holds. The data as it is now is copied first, so this can be undone.</source>
        <translation>Quay về bản sao lưu lúc {when} ({kind})? Mọi số liệu nhập sau thời điểm đó sẽ được thay bằng nội dung của bản sao lưu. Dữ liệu hiện tại được chép lại trước, nên có thể hoàn tác.</translation>
    </message>
    <message>
        <source>This backup holds another unit&apos;s data than the database (another commune, or the province office&apos;s data instead of a commune&apos;s, or the reverse). Restoring it replaces the data here with that unit&apos;s. Restore it anyway?</source>
        <translation>Bản sao lưu này chứa dữ liệu của một đơn vị khác với cơ sở dữ liệu đang dùng (một xã khác, hoặc dữ liệu của cơ quan cấp tỉnh thay cho dữ liệu của xã, hoặc ngược lại). Khôi phục sẽ thay dữ liệu ở đây bằng dữ liệu của đơn vị kia. Vẫn khôi phục?</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>All communes</source>
        <translation>Tất cả xã, phường</translation>
    </message>
    <message>
        <source>To call: missing or rejected</source>
        <translation>Cần đôn đốc: chưa nhận hoặc bị từ chối</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <source>No spreadsheet was found in the chosen files and folders.</source>
        <translation>Không tìm thấy tệp bảng tính nào trong các tệp, thư mục đã chọn.</translation>
    </message>
    <message>
        <source>Nothing usable was found: no file can be counted for {period} in {province}, so there is nothing to write. The reason for each file is in the table.</source>
        <translation>Không có tệp nào dùng được cho kỳ {period} của {province}, nên không có gì để ghi. Lý do của từng tệp ghi trong bảng.</translation>
    </message>
    <message>
        <source>F&amp;iles ({count})</source>
        <translation>&amp;Danh sách tệp ({count})</translation>
    </message>
    <message>
        <source>Co&amp;mmunes ({count})</source>
        <translation>&amp;Xã, phường ({count})</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>Đang hiện {shown}/{total}</translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>Roster (optional)</source>
        <translation>Danh sách thành viên (không bắt buộc)</translation>
    </message>
    <message>
        <source>Add to roster</source>
        <translation>Thêm vào danh sách</translation>
    </message>
    <message>
        <source>Names and phone numbers stay in this database; reports carry counts only. Enter adds the person typed; Delete removes the one selected in the list.</source>
        <translation>Họ tên và số điện thoại chỉ lưu trong cơ sở dữ liệu này; báo cáo chỉ có số đếm. Enter để thêm người vừa nhập; Delete để xóa người đang chọn.</translation>
    </message>
    <message>
        <source>Full n&amp;ame</source>
        <translation>&amp;Họ tên</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện &amp;thoại</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <source>&amp;Born (year)</source>
        <translation>Năm &amp;sinh</translation>
    </message>
    <message>
        <source>&amp;Joined on</source>
        <translation>Ngày tham gia</translation>
    </message>
    <message>
        <source>Remove {name} from the roster?</source>
        <translation>Xóa {name} khỏi danh sách?</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Danh sách thành viên</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>A percentage above 0 and at most 100; every commune counts its clubs and culture houses by these rules.</source>
        <translation>Ghi tỷ lệ phần trăm, lớn hơn 0 và không quá 100; mọi xã, phường đếm câu lạc bộ và nhà văn hóa theo các quy tắc này.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>&amp;Unit name</source>
        <translation>Tên đơn &amp;vị</translation>
    </message>
    <message>
        <source>&amp;Prepared by (người lập biểu)</source>
        <translation>&amp;Người lập biểu</translation>
    </message>
    <message>
        <source>H&amp;ead of unit (thủ trưởng đơn vị)</source>
        <translation>Thủ t&amp;rưởng đơn vị</translation>
    </message>
    <message>
        <source>&amp;Receiving office</source>
        <translation>Đơn vị nhận &amp;báo cáo</translation>
    </message>
    <message>
        <source>Report &amp;template</source>
        <translation>&amp;Mẫu báo cáo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>N&amp;gôn ngữ</translation>
    </message>
    <message>
        <source>The commune of a database cannot change: every record in it belongs to that commune. A new commune needs a new database.</source>
        <translation>Không thể đổi xã của một cơ sở dữ liệu: mọi số liệu trong đó thuộc về xã này. Xã khác cần một cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <source>This is the database of the province&apos;s office: it holds the plans and report templates the office issues, under its name. A commune records and reports in a database of its own.</source>
        <translation>Đây là cơ sở dữ liệu của cơ quan cấp tỉnh: nơi lưu các kế hoạch và mẫu báo cáo cơ quan ban hành, mang tên cơ quan. Mỗi xã ghi chép và lập báo cáo trên cơ sở dữ liệu riêng của xã.</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>Tên &amp;cơ quan</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up the commune – HTSD</source>
        <translation>Thiết lập đơn vị – HTSD</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>The user guide ({file}) is missing: please reinstall the program.</source>
        <translation>Không tìm thấy tệp hướng dẫn ({file}): hãy cài đặt lại chương trình.</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Ở mọi màn hình</translation>
    </message>
    <message>
        <source>Open the first to the tenth screen of the list</source>
        <translation>Mở màn hình thứ nhất đến thứ mười trong danh sách</translation>
    </message>
    <message>
        <source>Open the plans, the aggregation or the settings</source>
        <translation>Mở màn hình mẫu báo cáo, tổng hợp báo cáo hoặc cài đặt</translation>
    </message>
    <message>
        <source>Go to the field or button whose letter is underlined</source>
        <translation>Đến ô hoặc nút có chữ cái được gạch chân</translation>
    </message>
    <message>
        <source>Import from files</source>
        <translation>Nhập số liệu từ tệp</translation>
    </message>
    <message>
        <source>Back up to a USB stick</source>
        <translation>Sao lưu ra USB</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Quit the program (no single letter ever quits)</source>
        <translation>Thoát chương trình (không phím chữ đơn lẻ nào làm thoát)</translation>
    </message>
    <message>
        <source>History of changes of the screen&apos;s records</source>
        <translation>Lịch sử thay đổi các bản ghi của màn hình</translation>
    </message>
    <message>
        <source>Save (a form, the settings, the report, the consolidated workbook)</source>
        <translation>Lưu (phiếu nhập, cài đặt, báo cáo, tệp tổng hợp)</translation>
    </message>
    <message>
        <source>Open the plans and report templates screen</source>
        <translation>Mở màn hình Kế hoạch, mẫu báo cáo</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Lượt bạn đọc</translation>
    </message>
    <message>
        <source>Store the cell and go to the next / previous column</source>
        <translation>Lưu ô và sang cột sau / cột trước</translation>
    </message>
    <message>
        <source>Store the cell and go to the next day (to the first column typed after Tab, Tab)</source>
        <translation>Lưu ô và xuống ngày hôm sau (về cột đầu đã gõ nếu trước đó dùng Tab, Tab)</translation>
    </message>
    <message>
        <source>Drop what was typed in the cell (a refused value too)</source>
        <translation>Bỏ số vừa gõ trong ô (kể cả số không hợp lệ)</translation>
    </message>
    <message>
        <source>Change the cell&apos;s value without retyping it</source>
        <translation>Sửa số trong ô mà không phải gõ lại từ đầu</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Xóa trắng các ô đang chọn</translation>
    </message>
    <message>
        <source>Copy the selected cells / paste a block copied from Excel</source>
        <translation>Sao chép các ô đang chọn / dán khối số sao chép từ Excel</translation>
    </message>
    <message>
        <source>Undo (a change in another month shows that month first)</source>
        <translation>Hoàn tác (thay đổi ở tháng khác thì chuyển sang tháng đó trước)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Previous / next month</source>
        <translation>Tháng trước / tháng sau</translation>
    </message>
    <message>
        <source>Lists and logs</source>
        <translation>Danh sách và sổ ghi</translation>
    </message>
    <message>
        <source>Add a club, activity or facility; a new row of digital services or museum</source>
        <translation>Thêm câu lạc bộ, hoạt động, thiết chế; dòng mới ở Dịch vụ số, Bảo tàng</translation>
    </message>
    <message>
        <source>Open the selected record to correct it</source>
        <translation>Mở dòng đang chọn để sửa</translation>
    </message>
    <message>
        <source>Delete the selected record (after a question)</source>
        <translation>Xóa dòng đang chọn (có hỏi lại)</translation>
    </message>
    <message>
        <source>In a form or an entry line: save / close or cancel</source>
        <translation>Trong phiếu hoặc dòng nhập: lưu / đóng hoặc hủy</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Work the figures out again</source>
        <translation>Tính lại số liệu</translation>
    </message>
    <message>
        <source>On a day not typed: open that month of visits</source>
        <translation>Tại một ngày chưa nhập: mở tháng đó ở màn hình Lượt bạn đọc</translation>
    </message>
    <message>
        <source>Aggregation</source>
        <translation>Tổng hợp báo cáo</translation>
    </message>
    <message>
        <source>Add the communes&apos; files</source>
        <translation>Thêm tệp báo cáo của các xã</translation>
    </message>
    <message>
        <source>Check the files</source>
        <translation>Kiểm tra tệp</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check and finish</source>
        <translation>Kiểm tra và hoàn tất</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người lập biểu</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <source>Receiving office</source>
        <translation>Đơn vị nhận báo cáo</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu báo cáo</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>settings</source>
        <translation>cài đặt</translation>
    </message>
    <message>
        <source>facilities</source>
        <translation>thiết chế</translation>
    </message>
    <message>
        <source>facility profiles</source>
        <translation>hồ sơ thiết chế</translation>
    </message>
    <message>
        <source>days of visits</source>
        <translation>ngày có lượt bạn đọc</translation>
    </message>
    <message>
        <source>clubs</source>
        <translation>câu lạc bộ</translation>
    </message>
    <message>
        <source>club members</source>
        <translation>thành viên câu lạc bộ</translation>
    </message>
    <message>
        <source>club sessions</source>
        <translation>buổi sinh hoạt</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>hoạt động</translation>
    </message>
    <message>
        <source>digital-service rows</source>
        <translation>dòng dịch vụ số</translation>
    </message>
    <message>
        <source>museum days</source>
        <translation>ngày số liệu bảo tàng</translation>
    </message>
    <message>
        <source>earlier-year figures</source>
        <translation>số liệu năm trước</translation>
    </message>
    <message>
        <source>submissions</source>
        <translation>lần nộp báo cáo</translation>
    </message>
    <message>
        <source>assessments of periods</source>
        <translation>thuyết minh các kỳ báo cáo</translation>
    </message>
    <message>
        <source>recorded changes</source>
        <translation>thay đổi đã ghi lại</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Share (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>Yearly growth (%)</source>
        <translation>Tăng bình quân năm (%)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Commune and province</source>
        <translation>Cấp xã và cấp tỉnh</translation>
    </message>
    <message>
        <source>Province only</source>
        <translation>Chỉ cấp tỉnh</translation>
    </message>
    <message>
        <source>&amp;Monthly report</source>
        <translation>Báo cáo &amp;tháng</translation>
    </message>
    <message>
        <source>&amp;Quarterly report</source>
        <translation>Báo cáo &amp;quý</translation>
    </message>
    <message>
        <source>&amp;6-month report</source>
        <translation>Báo cáo &amp;6 tháng</translation>
    </message>
    <message>
        <source>&amp;9-month report</source>
        <translation>Báo cáo &amp;9 tháng</translation>
    </message>
    <message>
        <source>&amp;Yearly report</source>
        <translation>Báo cáo &amp;năm</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quý</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Plan editor: {id}, version {version}</source>
        <translation>Soạn kế hoạch: {id}, phiên bản {version}</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Chung</translation>
    </message>
    <message>
        <source>Sc&amp;ope</source>
        <translation>Phạm &amp;vi</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Hạn nộp</translation>
    </message>
    <message>
        <source>T&amp;argets</source>
        <translation>Chỉ t&amp;iêu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Ctrl+S saves; Ctrl+Tab moves between the tabs.</source>
        <translation>Ctrl+S để lưu; Ctrl+Tab để chuyển trang.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Plan na&amp;me</source>
        <translation>&amp;Tên kế hoạch</translation>
    </message>
    <message>
        <source>Report pe&amp;riods</source>
        <translation>&amp;Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Add a &amp;target</source>
        <translation>Thêm chỉ tiê&amp;u</translation>
    </message>
    <message>
        <source>Plan n&amp;umber</source>
        <translation>&amp;Số kế hoạch</translation>
    </message>
    <message>
        <source>visits by month</source>
        <translation>lượt bạn đọc theo tháng</translation>
    </message>
    <message>
        <source>activities by month</source>
        <translation>hoạt động theo tháng</translation>
    </message>
    <message>
        <source>visits by unit (consolidated)</source>
        <translation>lượt bạn đọc theo đơn vị (báo cáo tổng hợp)</translation>
    </message>
    <message>
        <source>Forms and c&amp;harts</source>
        <translation>&amp;Biểu, biểu đồ</translation>
    </message>
    <message>
        <source>Counting ru&amp;les</source>
        <translation>&amp;Quy tắc tính</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Lưu thành phiên bản mới</translation>
    </message>
    <message>
        <source>Every province (a national template)</source>
        <translation>Mọi tỉnh (mẫu chung toàn quốc)</translation>
    </message>
    <message>
        <source>Plan da&amp;te</source>
        <translation>&amp;Ngày ban hành</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>Tỉnh, thành &amp;phố</translation>
    </message>
    <message>
        <source>Now: {plan}</source>
        <translation>Hiện ghi: {plan}</translation>
    </message>
    <message>
        <source>&amp;Whole province (every commune)</source>
        <translation>Cả tỉnh (mọi &amp;xã, phường)</translation>
    </message>
    <message>
        <source>Name or code of a commune, then Enter</source>
        <translation>Gõ tên hoặc mã xã rồi nhấn Enter</translation>
    </message>
    <message>
        <source>&amp;Find a commune</source>
        <translation>Tìm xã (&amp;gõ tên hoặc mã)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Former pro&amp;vince (before 1 July 2025)</source>
        <translation>&amp;Tỉnh cũ (trước ngày 01/07/2025)</translation>
    </message>
    <message>
        <source>Add the communes formed from it</source>
        <translation>&amp;Lấy các xã, phường hình thành từ tỉnh cũ</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen communes (Delete)</source>
        <translation>Bỏ các xã đã chọn (&amp;Delete)</translation>
    </message>
    <message>
        <source>Write 01/12 (before that day of the year), 20 (before that day of the period&apos;s last month), +15 (days after the period ends) or “không” (no deadline). Empty: the default shown in grey.</source>
        <translation>Ghi 01/12 (trước ngày đó trong năm), 20 (trước ngày đó của tháng cuối kỳ), +15 (số ngày sau khi hết kỳ) hoặc “không” (không có hạn). Để trống: dùng hạn mặc định ghi mờ trong ô.</translation>
    </message>
    <message>
        <source>{name} (code {code}): {count} communes</source>
        <translation>{name} (mã {code}): {count} xã, phường</translation>
    </message>
    <message>
        <source>Remove the target</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Target na&amp;me</source>
        <translation>&amp;Mô tả chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Dạng</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>Tử &amp;số (chỉ tiêu tính)</translation>
    </message>
    <message>
        <source>O&amp;ut of (for a share)</source>
        <translation>Mẫu số (với tỷ &amp;lệ)</translation>
    </message>
    <message>
        <source>&amp;Values by year</source>
        <translation>&amp;Giá trị theo năm</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Cấ&amp;p đánh giá</translation>
    </message>
    <message>
        <source>Judged on (none: every report)</source>
        <translation>Đánh giá ở kỳ (không chọn: mọi kỳ)</translation>
    </message>
    <message>
        <source>{count} communes in scope</source>
        <translation>{count} xã, phường thuộc phạm vi</translation>
    </message>
    <message>
        <source>default: {rule}</source>
        <translation>mặc định: {rule}</translation>
    </message>
    <message>
        <source>Plan editor</source>
        <translation>Soạn kế hoạch</translation>
    </message>
    <message>
        <source>Issued version {version} of the template {id}.</source>
        <translation>Đã ban hành phiên bản {version} của mẫu {id}.</translation>
    </message>
    <message>
        <source>An active &amp;club met in at least (% of the period&apos;s months)</source>
        <translation>Câu &amp;lạc bộ đang hoạt động: có sinh hoạt trong ít nhất (% số tháng của kỳ)</translation>
    </message>
    <message>
        <source>A culture house with regular activities (VH02) held one in at least (% of the period&apos;s mon&amp;ths)</source>
        <translation>Cơ sở văn hóa có hoạt động thường &amp;xuyên (VH02): có hoạt động trong ít nhất (% số tháng của kỳ)</translation>
    </message>
</context>
<context>
    <name>TemplateInstall</name>
    <message>
        <source>The file {file} holds the report template below.</source>
        <translation>Tệp {file} chứa mẫu báo cáo dưới đây.</translation>
    </message>
    <message>
        <source>Install it? From now on {unit} reports on this template.</source>
        <translation>Cài mẫu này? Từ nay {unit} sẽ báo cáo theo mẫu này.</translation>
    </message>
    <message>
        <source>Install it?</source>
        <translation>Cài mẫu này?</translation>
    </message>
    <message>
        <source>The other {count} lines (targets, deadlines, plan) stay as they are.</source>
        <translation>{count} nội dung còn lại (chỉ tiêu, hạn nộp, kế hoạch) giữ nguyên.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>After installing</source>
        <translation>Sau khi cài</translation>
    </message>
    <message>
        <source>Receive a report template</source>
        <translation>Nhận mẫu báo cáo</translation>
    </message>
    <message>
        <source>Report templates (*{extension})</source>
        <translation>Mẫu báo cáo (*{extension})</translation>
    </message>
    <message>
        <source>Version {version} of the template {id} is installed and in use already.</source>
        <translation>Phiên bản {version} của mẫu báo cáo {id} đã được cài và đang dùng.</translation>
    </message>
    <message>
        <source>Installed the template {id}, version {version}: {name}.</source>
        <translation>Đã cài mẫu báo cáo {id}, phiên bản {version}: {name}.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Report template</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <source>The plan your commune follows sets the targets and the deadline. A merged province may still follow the plan of the former province the commune belonged to. You can change it later in Settings.</source>
        <translation>Kế hoạch mà xã thực hiện quy định chỉ tiêu và hạn nộp báo cáo. Sau sáp nhập, xã có thể vẫn thực hiện kế hoạch của tỉnh cũ mà xã từng thuộc về. Có thể đổi sau trong phần Cài đặt.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Deadline of a monthly report</source>
        <translation>Hạn nộp báo cáo tháng</translation>
    </message>
    <message>
        <source>Deadline of a quarterly report</source>
        <translation>Hạn nộp báo cáo quý</translation>
    </message>
    <message>
        <source>Deadline of a 6-month report</source>
        <translation>Hạn nộp báo cáo 6 tháng</translation>
    </message>
    <message>
        <source>Deadline of a 9-month report</source>
        <translation>Hạn nộp báo cáo 9 tháng</translation>
    </message>
    <message>
        <source>Deadline of the yearly report</source>
        <translation>Hạn nộp báo cáo năm</translation>
    </message>
    <message>
        <source>calendar periods</source>
        <translation>kỳ theo tháng dương lịch</translation>
    </message>
    <message>
        <source>Decree 09/2019 periods (15th to 14th)</source>
        <translation>kỳ theo Nghị định 09/2019 (từ ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>{id}, version {version}, issued by {issuer}</source>
        <translation>{id}, phiên bản {version}, do {issuer} ban hành</translation>
    </message>
    <message>
        <source>{id}, version {version}</source>
        <translation>{id}, phiên bản {version}</translation>
    </message>
    <message>
        <source>{values} (province level only)</source>
        <translation>{values} (chỉ tiêu cấp tỉnh)</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>không quy định hạn</translation>
    </message>
    <message>
        <source>{days} days after the period ends</source>
        <translation>{days} ngày sau khi hết kỳ</translation>
    </message>
    <message>
        <source>before {day}/{month}</source>
        <translation>trước ngày {day}/{month}</translation>
    </message>
    <message>
        <source>before day {day} of the period&apos;s last month</source>
        <translation>trước ngày {day} của tháng cuối kỳ</translation>
    </message>
    <message>
        <source>every commune</source>
        <translation>mọi xã, phường</translation>
    </message>
    <message>
        <source>every commune of province {codes}</source>
        <translation>mọi xã, phường của tỉnh có mã {codes}</translation>
    </message>
    <message>
        <source>{count} communes of province {codes}</source>
        <translation>{count} xã, phường của tỉnh có mã {codes}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu báo cáo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Communes it governs</source>
        <translation>Phạm vi áp dụng</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Cách tính kỳ</translation>
    </message>
    <message>
        <source>Target: {label}</source>
        <translation>Chỉ tiêu: {label}</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>Reporting unit</source>
        <translation>Đơn vị báo cáo</translation>
    </message>
    <message>
        <source>These names are printed on every report you send.</source>
        <translation>Các tên này được in trên mọi báo cáo gửi đi.</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Prepared by (người lập biểu)</source>
        <translation>Người lập biểu</translation>
    </message>
    <message>
        <source>Head of unit (thủ trưởng đơn vị)</source>
        <translation>Thủ trưởng đơn vị</translation>
    </message>
    <message>
        <source>Receiving office</source>
        <translation>Đơn vị nhận báo cáo</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>facilities</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>lượt</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>bản</translation>
    </message>
    <message>
        <source>events</source>
        <translation>cuộc</translation>
    </message>
    <message>
        <source>clubs</source>
        <translation>câu lạc bộ</translation>
    </message>
    <message>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>buổi</translation>
    </message>
    <message>
        <source>computers</source>
        <translation>máy</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>hiện vật</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>UsbCopyDialog</name>
    <message>
        <source>Copy to a USB stick</source>
        <translation>Sao lưu ra USB</translation>
    </message>
    <message>
        <source>Copying the data to {folder}…</source>
        <translation>Đang sao chép dữ liệu sang {folder}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Visits</source>
        <translation>Tổng lượt</translation>
    </message>
    <message>
        <source>Children (under 16)</source>
        <translation>Thiếu nhi</translation>
    </message>
    <message>
        <source>Elderly (60+)</source>
        <translation>Người cao tuổi</translation>
    </message>
    <message>
        <source>With disability</source>
        <translation>Người khuyết tật</translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Mobile service</source>
        <translation>Lưu động</translation>
    </message>
    <message>
        <source>Documents served</source>
        <translation>Tài liệu phục vụ</translation>
    </message>
    <message>
        <source>New reader cards</source>
        <translation>Thẻ mới</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>VisitsGrid</name>
    <message>
        <source>Month</source>
        <translation>Cộng tháng</translation>
    </message>
    <message>
        <source>This day is in a submitted period and is locked.</source>
        <translation>Ngày này thuộc kỳ đã nộp báo cáo nên đã bị khóa.</translation>
    </message>
    <message>
        <source>The facility was not serving on this day, or the day has not come yet.</source>
        <translation>Ngày này thiết chế chưa hoặc không còn hoạt động, hoặc chưa tới ngày.</translation>
    </message>
    <message>
        <source>Much higher than on the same weekday in the last 90 days: please check it.</source>
        <translation>Cao bất thường so với cùng thứ trong tuần của 90 ngày qua: hãy kiểm tra lại.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>{count} days, {first}–{last}</source>
        <translation>{count} ngày, {first}–{last}</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Lượt bạn đọc, lượt người đến</translation>
    </message>
    <message>
        <source>Fa&amp;cility</source>
        <translation>Thiết &amp;chế</translation>
    </message>
    <message>
        <source>Month {n}</source>
        <translation>Tháng {n}</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>T&amp;háng</translation>
    </message>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Tháng trước</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Tháng sau ▶</translation>
    </message>
    <message>
        <source>Type a number and press Tab (next column) or Enter (next day, back in the first column typed). A refused number stays in its cell: correct it, or Esc. Paste a block copied from Excel with Ctrl+V. Ctrl+Z undoes, Ctrl+Y redoes. Grey days cannot be changed; a yellow total is unusually high for that weekday.</source>
        <translation>Gõ số rồi nhấn Tab (sang cột sau) hoặc Enter (xuống ngày hôm sau, về cột đầu đã gõ). Số không hợp lệ vẫn nằm trong ô: sửa lại, hoặc nhấn Esc. Dán một khối sao chép từ Excel bằng Ctrl+V. Ctrl+Z để hoàn tác, Ctrl+Y để làm lại. Ngày tô xám không sửa được; tổng tô vàng là cao bất thường so với cùng thứ trong tuần.</translation>
    </message>
    <message>
        <source>Add a library or culture facility first (Facilities screen).</source>
        <translation>Hãy thêm thư viện hoặc nhà văn hóa trước (màn hình Thiết chế).</translation>
    </message>
    <message>
        <source>Month {month}/{year}: {visits} visits, {documents} documents served, {cards} new cards, {days} days entered.</source>
        <translation>Tháng {month}/{year}: {visits} lượt, {documents} lượt tài liệu phục vụ, {cards} thẻ mới, đã nhập {days} ngày.</translation>
    </message>
    <message>
        <source>Visits of {facility}, month {month}/{year}</source>
        <translation>Lượt bạn đọc của {facility}, tháng {month}/{year}</translation>
    </message>
    <message>
        <source>Saved. The total on {days} is far above this facility&apos;s usual figure for that weekday: please check it against the log book.</source>
        <translation>Đã lưu. Tổng lượt ngày {days} cao hơn nhiều so với mức thường thấy vào thứ đó: hãy đối chiếu lại với sổ.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Đã hoàn tác: {what}.</translation>
    </message>
    <message>
        <source>Redone: {what}.</source>
        <translation>Đã làm lại: {what}.</translation>
    </message>
    <message>
        <source>The change was in {facility}, month {month}/{year}: shown now.</source>
        <translation>Thay đổi này thuộc {facility}, tháng {month}/{year}: đã chuyển sang tháng đó.</translation>
    </message>
    <message>
        <source>The month&apos;s totals are worked out; type the days above.</source>
        <translation>Dòng cộng tháng được tự tính; hãy nhập số liệu vào các ngày ở trên.</translation>
    </message>
    <message>
        <source>The pasted block runs past the end of the month.</source>
        <translation>Khối vừa dán vượt quá ngày cuối tháng.</translation>
    </message>
    <message>
        <source>{day} cannot be changed (closed, future or locked).</source>
        <translation>Không sửa được ngày {day} (thiết chế không hoạt động, chưa tới ngày hoặc đã khóa).</translation>
    </message>
    <message>
        <source>The pasted block is wider than the grid.</source>
        <translation>Khối vừa dán rộng hơn bảng.</translation>
    </message>
    <message>
        <source>Row {row}, column {column} of the pasted block: {problem}</source>
        <translation>Dòng {row}, cột {column} của khối vừa dán: {problem}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>tham số vị trí</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>hiện phiên bản chương trình rồi thoát</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>thiếu các tham số bắt buộc: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>không hiểu các tham số: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn không rõ ràng: %(option)s có thể là %(matches)s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các tham số %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>không được dùng cùng tham số %s</translation>
    </message>
</context>
</TS>
