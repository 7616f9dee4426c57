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
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). What you saved before is safe. Details were written to {log}; please send that file to your support staff.</source>
        <translation>Đã xảy ra lỗi ({kind}). Những gì đã lưu trước đó vẫn an toàn. Chi tiết được ghi vào {log}; hãy gửi tệp này cho cán bộ hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Set up {unit} (commune {commune}, {province}) in {path}.</source>
        <translation>Đã thiết lập {unit} (mã xã {commune}, {province}) trong {path}.</translation>
    </message>
    <message>
        <source>Added facility {code}: {name} ({type}).</source>
        <translation>Đã thêm thiết chế {code}: {name} ({type}).</translation>
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
        <source>set up the database for a commune</source>
        <translation>thiết lập cơ sở dữ liệu cho một xã</translation>
    </message>
    <message>
        <source>Set up the database for a commune.</source>
        <translation>Thiết lập cơ sở dữ liệu cho một xã.</translation>
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
        <source>name of the reporting unit</source>
        <translation>tên đơn vị báo cáo</translation>
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
        <source>check that a database is sound</source>
        <translation>kiểm tra cơ sở dữ liệu có còn tốt không</translation>
    </message>
    <message>
        <source>Check that a database file is sound.</source>
        <translation>Kiểm tra tệp cơ sở dữ liệu có còn tốt không.</translation>
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
</context>
<context>
    <name>Columns</name>
    <message>
        <source>yes</source>
        <translation>có</translation>
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
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên thiết chế</translation>
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
        <translation>Ngày bắt đầu hoạt động</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ngày ngừng hoạt động</translation>
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
        <source>{n} communes in this province.</source>
        <translation>Tỉnh này có {n} xã, phường, đặc khu.</translation>
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
        <translation>Ngày bắt đầu hoạt động không được ở tương lai.</translation>
    </message>
    <message>
        <source>The closing date cannot be in the future.</source>
        <translation>Ngày ngừng hoạt động không được ở tương lai.</translation>
    </message>
    <message>
        <source>The closing date is before the opening date.</source>
        <translation>Ngày ngừng hoạt động sớm hơn ngày bắt đầu hoạt động.</translation>
    </message>
    <message>
        <source>The profile cannot take effect in the future.</source>
        <translation>Hồ sơ không thể có hiệu lực từ một ngày ở tương lai.</translation>
    </message>
    <message>
        <source>The profile cannot take effect before the facility opened.</source>
        <translation>Hồ sơ không thể có hiệu lực trước ngày thiết chế bắt đầu hoạt động.</translation>
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
        <source>Template file {file} does not hold a template.</source>
        <translation>Tệp {file} không chứa mẫu báo cáo.</translation>
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
        <source>There is no report template “{id}”. Known templates: {known}.</source>
        <translation>Không có mẫu báo cáo “{id}”. Các mẫu hiện có: {known}.</translation>
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
        <source>The database {path} is damaged ({detail}). Restore the newest good backup.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng ({detail}). Hãy khôi phục bản sao lưu tốt mới nhất.</translation>
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
        <translation>Ngày thành lập không được ở tương lai.</translation>
    </message>
    <message>
        <source>The closing date must lie between the founding date and today.</source>
        <translation>Ngày giải thể phải nằm giữa ngày thành lập và hôm nay.</translation>
    </message>
    <message>
        <source>{day} is in the future.</source>
        <translation>Ngày {day} ở tương lai.</translation>
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
        <source>“{value}” is not a kind of digital service.</source>
        <translation>“{value}” không phải là loại dịch vụ số.</translation>
    </message>
    <message>
        <source>{facility} is not a museum, heritage house or exhibition room.</source>
        <translation>{facility} không phải là bảo tàng, nhà truyền thống hay phòng trưng bày.</translation>
    </message>
    <message>
        <source>The period {period} ({start} to {end}) has been submitted, so its records are locked. Reopen the period on the Report screen to change them.</source>
        <translation>Kỳ {period} (từ {start} đến {end}) đã nộp báo cáo nên số liệu đã bị khóa. Muốn sửa, hãy mở lại kỳ này ở màn hình Báo cáo.</translation>
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
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
        <source>Close the form without saving what you typed?</source>
        <translation>Đóng mà không lưu những gì vừa nhập?</translation>
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
    <name>MainWindow</name>
    <message>
        <source>HTSD – Lifelong learning records</source>
        <translation>HTSD – Sổ theo dõi học tập suốt đời</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ giú&amp;p</translation>
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
        <source>Database: {path}</source>
        <translation>Dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Sao lưu gần nhất: {when}</translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation>Sao lưu gần nhất: chưa có</translation>
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
        <source>&amp;Head of unit (thủ trưởng đơn vị)</source>
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
