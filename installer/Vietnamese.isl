; *** Inno Setup version 6.4.0+ Vietnamese messages ***
;
; HTSD's own translation of Inno Setup's English Default.isl (6.4.1, from the npm package
; innosetup@6.4.1), for ISCC 6.4, which ships no Vietnamese.isl (official only from 6.5).
; Inno Setup's licence allows translations. Saved as UTF-8 with a byte-order mark.
;
; Note: When translating this text, do not add periods (.) to the end of
; messages that didn't have them already, because on those messages Inno
; Setup adds the periods automatically (appending a period would result in
; two periods being displayed).

[LangOptions]
LanguageName=Tiếng Việt
LanguageID=$042A
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt - %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1

; *** Misc. common
InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi

; *** SetupLdr messages
SetupLdrStartupMessage=Chương trình này sẽ cài đặt %1. Bạn có muốn tiếp tục không?
LdrCannotCreateTemp=Không tạo được tệp tạm. Đã dừng cài đặt
LdrCannotExecTemp=Không chạy được tệp trong thư mục tạm. Đã dừng cài đặt
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nLỗi %2: %3
SetupFileMissing=Thiếu tệp %1 trong thư mục cài đặt. Hãy khắc phục lỗi này hoặc lấy một bản mới của chương trình.
SetupFileCorrupt=Các tệp cài đặt bị hỏng. Hãy lấy một bản mới của chương trình.
SetupFileCorruptOrWrongVer=Các tệp cài đặt bị hỏng hoặc không tương thích với phiên bản trình cài đặt này. Hãy khắc phục lỗi này hoặc lấy một bản mới của chương trình.
InvalidParameter=Dòng lệnh có một tham số không hợp lệ:%n%n%1
SetupAlreadyRunning=Trình cài đặt đang chạy.
WindowsVersionNotSupported=Chương trình này không hỗ trợ phiên bản Windows trên máy tính của bạn.
WindowsServicePackRequired=Chương trình này cần %1 Service Pack %2 trở lên.
NotOnThisPlatform=Chương trình này không chạy trên %1.
OnlyOnThisPlatform=Chương trình này chỉ chạy trên %1.
OnlyOnTheseArchitectures=Chương trình này chỉ cài được trên các phiên bản Windows dành cho những kiến trúc bộ xử lý sau:%n%n%1
WinVersionTooLowError=Chương trình này cần %1 phiên bản %2 trở lên.
WinVersionTooHighError=Không thể cài chương trình này trên %1 phiên bản %2 trở lên.
AdminPrivilegesRequired=Bạn phải đăng nhập bằng tài khoản quản trị (administrator) để cài đặt chương trình này.
PowerUserPrivilegesRequired=Bạn phải đăng nhập bằng tài khoản quản trị (administrator) hoặc thuộc nhóm Power Users để cài đặt chương trình này.
SetupAppRunningError=Trình cài đặt thấy %1 đang chạy.%n%nHãy đóng tất cả các cửa sổ của chương trình này, rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.
UninstallAppRunningError=Trình gỡ cài đặt thấy %1 đang chạy.%n%nHãy đóng tất cả các cửa sổ của chương trình này, rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Chọn cách cài đặt
PrivilegesRequiredOverrideInstruction=Chọn cách cài đặt
PrivilegesRequiredOverrideText1=Có thể cài %1 cho mọi người dùng (cần quyền quản trị) hoặc chỉ cho riêng bạn.
PrivilegesRequiredOverrideText2=Có thể cài %1 chỉ cho riêng bạn hoặc cho mọi người dùng (cần quyền quản trị).
PrivilegesRequiredOverrideAllUsers=Cài cho &mọi người dùng
PrivilegesRequiredOverrideAllUsersRecommended=Cài cho &mọi người dùng (khuyên dùng)
PrivilegesRequiredOverrideCurrentUser=Chỉ cài cho &tôi
PrivilegesRequiredOverrideCurrentUserRecommended=Chỉ cài cho &tôi (khuyên dùng)

; *** Misc. errors
ErrorCreatingDir=Trình cài đặt không tạo được thư mục "%1"
ErrorTooManyFilesInDir=Không tạo được tệp trong thư mục "%1" vì thư mục này có quá nhiều tệp

; *** Setup common messages
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Việc cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại trình cài đặt vào lúc khác để cài xong.%n%nThoát cài đặt?
AboutSetupMenuItem=&Về trình cài đặt...
AboutSetupTitle=Về trình cài đặt
AboutSetupMessage=%1 phiên bản %2%n%3%n%nTrang chủ của %1:%n%4
AboutSetupNote=
TranslatorNote=Bản dịch tiếng Việt của dự án HTSD

; *** Buttons
ButtonBack=< &Quay lại
ButtonNext=&Tiếp theo >
ButtonInstall=&Cài đặt
ButtonOK=OK
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có với &tất cả
ButtonNo=&Không
ButtonNoToAll=K&hông với tất cả
ButtonFinish=&Hoàn thành
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ButtonNewFolder=&Tạo thư mục mới

; *** "Select Language" dialog messages
SelectLanguageTitle=Chọn ngôn ngữ cài đặt
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt.

; *** Common wizard text
ClickNext=Bấm Tiếp theo để tiếp tục, hoặc bấm Hủy để thoát cài đặt.
BeveledLabel=
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách dưới đây, rồi bấm OK.
NewFolderName=Thư mục mới

; *** "Welcome" wizard page
WelcomeLabel1=Chào mừng bạn đến với trình cài đặt [name]
WelcomeLabel2=Trình này sẽ cài [name/ver] vào máy tính của bạn.%n%nNên đóng các chương trình khác trước khi tiếp tục.

; *** "Password" wizard page
WizardPassword=Mật khẩu
PasswordLabel1=Bản cài đặt này được bảo vệ bằng mật khẩu.
PasswordLabel3=Hãy nhập mật khẩu, rồi bấm Tiếp theo để tiếp tục. Mật khẩu phân biệt chữ hoa và chữ thường.
PasswordEditLabel=&Mật khẩu:
IncorrectPassword=Mật khẩu bạn nhập không đúng. Hãy thử lại.

; *** "License Agreement" wizard page
WizardLicense=Thỏa thuận cấp phép
LicenseLabel=Hãy đọc những thông tin quan trọng sau trước khi tiếp tục.
LicenseLabel3=Hãy đọc Thỏa thuận cấp phép sau. Bạn phải chấp nhận các điều khoản của thỏa thuận này trước khi tiếp tục cài đặt.
LicenseAccepted=Tôi &chấp nhận thỏa thuận
LicenseNotAccepted=Tôi &không chấp nhận thỏa thuận

; *** "Information" wizard pages
WizardInfoBefore=Thông tin
InfoBeforeLabel=Hãy đọc những thông tin quan trọng sau trước khi tiếp tục.
InfoBeforeClickLabel=Khi đã sẵn sàng tiếp tục cài đặt, bấm Tiếp theo.
WizardInfoAfter=Thông tin
InfoAfterLabel=Hãy đọc những thông tin quan trọng sau trước khi tiếp tục.
InfoAfterClickLabel=Khi đã sẵn sàng tiếp tục cài đặt, bấm Tiếp theo.

; *** "User Information" wizard page
WizardUserInfo=Thông tin người dùng
UserInfoDesc=Hãy nhập thông tin của bạn.
UserInfoName=&Tên người dùng:
UserInfoOrg=&Cơ quan, đơn vị:
UserInfoSerial=&Số sê-ri:
UserInfoNameRequired=Bạn phải nhập tên.

; *** "Select Destination Location" wizard page
WizardSelectDir=Chọn nơi cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Trình cài đặt sẽ cài [name] vào thư mục sau.
SelectDirBrowseLabel=Để tiếp tục, bấm Tiếp theo. Nếu muốn chọn thư mục khác, bấm Chọn.
DiskSpaceGBLabel=Cần ít nhất [gb] GB dung lượng trống trên ổ đĩa.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống trên ổ đĩa.
CannotInstallToNetworkDrive=Không thể cài vào ổ đĩa mạng.
CannotInstallToUNCPath=Không thể cài vào đường dẫn UNC.
InvalidPath=Bạn phải nhập đường dẫn đầy đủ có ký tự ổ đĩa, ví dụ:%n%nC:\APP%n%nhoặc đường dẫn UNC dạng:%n%n\\server\share
InvalidDrive=Ổ đĩa hoặc thư mục chia sẻ UNC bạn chọn không tồn tại hoặc không truy cập được. Hãy chọn nơi khác.
DiskSpaceWarningTitle=Không đủ dung lượng ổ đĩa
DiskSpaceWarning=Trình cài đặt cần ít nhất %1 KB dung lượng trống, nhưng ổ đĩa đã chọn chỉ còn %2 KB.%n%nBạn vẫn muốn tiếp tục?
DirNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidDirName=Tên thư mục không hợp lệ.
BadDirName32=Tên thư mục không được chứa các ký tự sau:%n%n%1
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có. Bạn vẫn muốn cài vào thư mục này?
DirDoesntExistTitle=Thư mục chưa có
DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Bạn có muốn tạo thư mục này không?

; *** "Select Components" wizard page
WizardSelectComponents=Chọn thành phần
SelectComponentsDesc=Cài những thành phần nào?
SelectComponentsLabel2=Đánh dấu các thành phần muốn cài, bỏ dấu các thành phần không muốn cài. Bấm Tiếp theo khi đã sẵn sàng.
FullInstallation=Cài đầy đủ
; if possible don't translate 'Compact' as 'Minimal' (I mean 'Minimal' in your language)
CompactInstallation=Cài gọn
CustomInstallation=Cài theo lựa chọn
NoUninstallWarningTitle=Thành phần đã có
NoUninstallWarning=Trình cài đặt thấy các thành phần sau đã được cài trên máy tính của bạn:%n%n%1%n%nBỏ chọn các thành phần này sẽ không gỡ chúng.%n%nBạn vẫn muốn tiếp tục?
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=Lựa chọn hiện tại cần ít nhất [gb] GB dung lượng ổ đĩa.
ComponentsDiskSpaceMBLabel=Lựa chọn hiện tại cần ít nhất [mb] MB dung lượng ổ đĩa.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Chọn việc làm thêm
SelectTasksDesc=Làm thêm những việc nào?
SelectTasksLabel2=Chọn những việc bạn muốn trình cài đặt làm thêm khi cài [name], rồi bấm Tiếp theo.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Chọn thư mục trong menu Start
SelectStartMenuFolderDesc=Đặt lối tắt của chương trình ở đâu?
SelectStartMenuFolderLabel3=Trình cài đặt sẽ tạo lối tắt của chương trình trong thư mục sau của menu Start.
SelectStartMenuFolderBrowseLabel=Để tiếp tục, bấm Tiếp theo. Nếu muốn chọn thư mục khác, bấm Chọn.
MustEnterGroupName=Bạn phải nhập tên thư mục.
GroupNameTooLong=Tên thư mục hoặc đường dẫn quá dài.
InvalidGroupName=Tên thư mục không hợp lệ.
BadGroupName=Tên thư mục không được chứa các ký tự sau:%n%n%1
NoProgramGroupCheck2=&Không tạo thư mục trong menu Start

; *** "Ready to Install" wizard page
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] vào máy tính của bạn.
ReadyLabel2a=Bấm Cài đặt để bắt đầu cài, hoặc bấm Quay lại nếu muốn xem lại hay thay đổi lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu cài.
ReadyMemoUserInfo=Thông tin người dùng:
ReadyMemoDir=Nơi cài đặt:
ReadyMemoType=Kiểu cài đặt:
ReadyMemoComponents=Các thành phần đã chọn:
ReadyMemoGroup=Thư mục trong menu Start:
ReadyMemoTasks=Việc làm thêm:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Đang tải thêm tệp...
ButtonStopDownload=&Dừng tải
StopDownload=Bạn có chắc muốn dừng tải?
ErrorDownloadAborted=Đã dừng tải
ErrorDownloadFailed=Tải không được: %1 %2
ErrorDownloadSizeFailed=Không lấy được kích thước: %1 %2
ErrorFileHash1=Không tính được mã băm của tệp: %1
ErrorFileHash2=Mã băm của tệp không đúng: cần %1, thấy %2
ErrorProgress=Tiến độ không hợp lệ: %1 trên %2
ErrorFileSize=Kích thước tệp không đúng: cần %1, thấy %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=Đang giải nén thêm tệp...
ButtonStopExtraction=&Dừng giải nén
StopExtraction=Bạn có chắc muốn dừng giải nén?
ErrorExtractionAborted=Đã dừng giải nén
ErrorExtractionFailed=Giải nén không được: %1

; *** "Preparing to Install" wizard page
WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Trình cài đặt đang chuẩn bị cài [name] vào máy tính của bạn.
PreviousInstallNotCompleted=Việc cài đặt hoặc gỡ một chương trình trước đó chưa xong. Bạn cần khởi động lại máy tính để hoàn tất việc đó.%n%nSau khi khởi động lại, hãy chạy lại trình cài đặt để cài xong [name].
CannotContinue=Trình cài đặt không thể tiếp tục. Hãy bấm Hủy để thoát.
ApplicationsFound=Các chương trình sau đang dùng những tệp mà trình cài đặt cần cập nhật. Nên để trình cài đặt tự đóng các chương trình này.
ApplicationsFound2=Các chương trình sau đang dùng những tệp mà trình cài đặt cần cập nhật. Nên để trình cài đặt tự đóng các chương trình này. Cài xong, trình cài đặt sẽ thử mở lại chúng.
CloseApplications=&Tự động đóng các chương trình
DontCloseApplications=&Không đóng các chương trình
ErrorCloseApplications=Trình cài đặt không tự đóng được tất cả các chương trình. Trước khi tiếp tục, nên đóng mọi chương trình đang dùng những tệp cần cập nhật.
PrepareToInstallNeedsRestart=Trình cài đặt phải khởi động lại máy tính. Sau khi khởi động lại, hãy chạy lại trình cài đặt để cài xong [name].%n%nBạn có muốn khởi động lại ngay không?

; *** "Installing" wizard page
WizardInstalling=Đang cài đặt
InstallingLabel=Xin chờ trong khi trình cài đặt cài [name] vào máy tính của bạn.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Hoàn tất cài đặt [name]
FinishedLabelNoIcons=Trình cài đặt đã cài xong [name] vào máy tính của bạn.
FinishedLabel=Trình cài đặt đã cài xong [name] vào máy tính của bạn. Có thể mở chương trình bằng các lối tắt vừa tạo.
ClickFinish=Bấm Hoàn thành để thoát cài đặt.
FinishedRestartLabel=Để cài xong [name], trình cài đặt phải khởi động lại máy tính. Bạn có muốn khởi động lại ngay không?
FinishedRestartMessage=Để cài xong [name], trình cài đặt phải khởi động lại máy tính.%n%nBạn có muốn khởi động lại ngay không?
ShowReadmeCheck=Có, tôi muốn xem tệp README
YesRadio=&Có, khởi động lại máy tính ngay
NoRadio=&Không, tôi sẽ khởi động lại máy tính sau
; used for example as 'Run MyProg.exe'
RunEntryExec=Chạy %1
; used for example as 'View Readme.txt'
RunEntryShellExec=Xem %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Trình cài đặt cần đĩa tiếp theo
SelectDiskLabel2=Hãy đưa đĩa %1 vào rồi bấm OK.%n%nNếu các tệp trên đĩa này nằm trong một thư mục khác với thư mục dưới đây, hãy nhập đúng đường dẫn hoặc bấm Chọn.
PathLabel=&Đường dẫn:
FileNotInDir2=Không tìm thấy tệp "%1" trong "%2". Hãy đưa vào đúng đĩa hoặc chọn thư mục khác.
SelectDirectoryLabel=Hãy chỉ ra nơi có đĩa tiếp theo.

; *** Installation phase messages
SetupAborted=Việc cài đặt chưa xong.%n%nHãy khắc phục lỗi rồi chạy lại trình cài đặt.
AbortRetryIgnoreSelectAction=Chọn cách xử lý
AbortRetryIgnoreRetry=&Thử lại
AbortRetryIgnoreIgnore=&Bỏ qua lỗi và tiếp tục
AbortRetryIgnoreCancel=Hủy cài đặt

; *** Installation status messages
StatusClosingApplications=Đang đóng các chương trình...
StatusCreateDirs=Đang tạo thư mục...
StatusExtractFiles=Đang giải nén tệp...
StatusCreateIcons=Đang tạo lối tắt...
StatusCreateIniEntries=Đang ghi mục INI...
StatusCreateRegistryEntries=Đang ghi khóa registry...
StatusRegisterFiles=Đang đăng ký tệp...
StatusSavingUninstall=Đang lưu thông tin gỡ cài đặt...
StatusRunProgram=Đang hoàn tất cài đặt...
StatusRestartingApplications=Đang mở lại các chương trình...
StatusRollback=Đang hoàn tác các thay đổi...

; *** Misc. errors
ErrorInternal2=Lỗi nội bộ: %1
ErrorFunctionFailedNoCode=%1 không thành công
ErrorFunctionFailed=%1 không thành công; mã %2
ErrorFunctionFailedWithMessage=%1 không thành công; mã %2.%n%3
ErrorExecutingProgram=Không chạy được tệp:%n%1

; *** Registry errors
ErrorRegOpenKey=Lỗi khi mở khóa registry:%n%1\%2
ErrorRegCreateKey=Lỗi khi tạo khóa registry:%n%1\%2
ErrorRegWriteKey=Lỗi khi ghi khóa registry:%n%1\%2

; *** INI errors
ErrorIniEntry=Lỗi khi ghi mục INI trong tệp "%1".

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=&Bỏ qua tệp này (không nên)
FileAbortRetryIgnoreIgnoreNotRecommended=&Bỏ qua lỗi và tiếp tục (không nên)
SourceIsCorrupted=Tệp nguồn bị hỏng
SourceDoesntExist=Không có tệp nguồn "%1"
ExistingFileReadOnly2=Không thay được tệp hiện có vì tệp này chỉ đọc.
ExistingFileReadOnlyRetry=&Bỏ thuộc tính chỉ đọc rồi thử lại
ExistingFileReadOnlyKeepExisting=&Giữ tệp hiện có
ErrorReadingExistingDest=Có lỗi khi đọc tệp hiện có:
FileExistsSelectAction=Chọn cách xử lý
FileExists2=Tệp đã có.
FileExistsOverwriteExisting=&Ghi đè tệp hiện có
FileExistsKeepExisting=&Giữ tệp hiện có
FileExistsOverwriteOrKeepAll=&Làm như vậy với các trường hợp sau
ExistingFileNewerSelectAction=Chọn cách xử lý
ExistingFileNewer2=Tệp hiện có mới hơn tệp mà trình cài đặt định cài.
ExistingFileNewerOverwriteExisting=&Ghi đè tệp hiện có
ExistingFileNewerKeepExisting=&Giữ tệp hiện có (khuyên dùng)
ExistingFileNewerOverwriteOrKeepAll=&Làm như vậy với các trường hợp sau
ErrorChangingAttr=Có lỗi khi đổi thuộc tính của tệp hiện có:
ErrorCreatingTemp=Có lỗi khi tạo tệp trong thư mục cài đặt:
ErrorReadingSource=Có lỗi khi đọc tệp nguồn:
ErrorCopying=Có lỗi khi chép tệp:
ErrorReplacingExistingFile=Có lỗi khi thay tệp hiện có:
ErrorRestartReplace=RestartReplace không thành công:
ErrorRenamingTemp=Có lỗi khi đổi tên tệp trong thư mục cài đặt:
ErrorRegisterServer=Không đăng ký được DLL/OCX: %1
ErrorRegSvr32Failed=RegSvr32 không thành công, mã thoát %1
ErrorRegisterTypeLib=Không đăng ký được thư viện kiểu (type library): %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32-bit
UninstallDisplayNameMark64Bit=64-bit
UninstallDisplayNameMarkAllUsers=Mọi người dùng
UninstallDisplayNameMarkCurrentUser=Người dùng hiện tại

; *** Post-installation errors
ErrorOpeningReadme=Có lỗi khi mở tệp README.
ErrorRestartingComputer=Trình cài đặt không khởi động lại được máy tính. Hãy tự khởi động lại.

; *** Uninstaller messages
UninstallNotFound=Không có tệp "%1". Không gỡ cài đặt được.
UninstallOpenError=Không mở được tệp "%1". Không gỡ cài đặt được
UninstallUnsupportedVer=Tệp nhật ký gỡ cài đặt "%1" có định dạng mà phiên bản trình gỡ cài đặt này không nhận ra. Không gỡ cài đặt được
UninstallUnknownEntry=Gặp một mục lạ (%1) trong nhật ký gỡ cài đặt
ConfirmUninstall=Bạn có chắc muốn gỡ hẳn %1 cùng mọi thành phần của nó?
UninstallOnlyOnWin64=Chỉ gỡ được bản cài đặt này trên Windows 64-bit.
OnlyAdminCanUninstall=Chỉ người dùng có quyền quản trị mới gỡ được bản cài đặt này.
UninstallStatusLabel=Xin chờ trong khi gỡ %1 khỏi máy tính của bạn.
UninstalledAll=Đã gỡ xong %1 khỏi máy tính của bạn.
UninstalledMost=Đã gỡ xong %1.%n%nMột số mục không gỡ được. Bạn có thể tự xóa chúng.
UninstalledAndNeedsRestart=Để gỡ xong %1, cần khởi động lại máy tính.%n%nBạn có muốn khởi động lại ngay không?
UninstallDataCorrupted=Tệp "%1" bị hỏng. Không gỡ cài đặt được

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Xóa tệp dùng chung?
ConfirmDeleteSharedFile2=Hệ thống cho biết tệp dùng chung sau không còn chương trình nào dùng. Bạn có muốn trình gỡ cài đặt xóa tệp này không?%n%nNếu vẫn còn chương trình dùng tệp này mà tệp bị xóa, các chương trình đó có thể chạy sai. Nếu không chắc, hãy chọn Không. Để lại tệp này trên máy không gây hại gì.
SharedFileNameLabel=Tên tệp:
SharedFileLocationLabel=Vị trí:
WizardUninstalling=Tình trạng gỡ cài đặt
StatusUninstalling=Đang gỡ %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=Đang cài %1.
ShutdownBlockReasonUninstallingApp=Đang gỡ %1.

; The custom messages below aren't used by Setup itself, but if you make
; use of them in your scripts, you'll want to translate them.

[CustomMessages]

NameAndVersion=%1 phiên bản %2
AdditionalIcons=Lối tắt bổ sung:
CreateDesktopIcon=Tạo lối tắt trên màn hình &Desktop
CreateQuickLaunchIcon=Tạo lối tắt &Quick Launch
ProgramOnTheWeb=%1 trên mạng
UninstallProgram=Gỡ cài đặt %1
LaunchProgram=Mở %1
AssocFileExtension=&Gắn %1 với đuôi tệp %2
AssocingFileExtension=Đang gắn %1 với đuôi tệp %2...
AutoStartProgramGroupDescription=Khởi động cùng Windows:
AutoStartProgram=Tự mở %1 khi khởi động
AddonHostProgramNotFound=Không tìm thấy %1 trong thư mục bạn chọn.%n%nBạn vẫn muốn tiếp tục?
