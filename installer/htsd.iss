; Inno Setup 6 script (6.4 or newer) of the Windows installer: HTSD-Setup-<version>.exe in dist\.
;
; Build first (writes dist\htsd\ and installer\version.iss):
;     .venv\Scripts\python installer\build.py
; then compile:
;     "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" installer\htsd.iss
;   (or "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" for an all-users Inno install)
;
; Per-user install, no administrator rights: %LOCALAPPDATA%\Programs\HTSD.
; The user's data (%LOCALAPPDATA%\HTSD: htsd.sqlite3, backups\, preferences) is written by
; the program, never by this installer, and is not removed on uninstall.
; Windows 10/11, 64-bit (the frozen Qt 6 program is x64 only).
; Saved as UTF-8 with a byte-order mark: Inno Setup then reads the Vietnamese text right.
; VersionInfoVersion needs a numeric version (0.1.0, not 0.2.0rc1).

#include "version.iss"

#ifndef AppVersion
  #error installer\version.iss defines no AppVersion: run installer\build.py first.
#endif
#if !FileExists(AddBackslash(SourcePath) + "..\dist\htsd\htsd.exe")
  #error dist\htsd\htsd.exe is missing: run installer\build.py first.
#endif

#define AppName "HTSD"
#define AppLongName "HTSD - Sổ theo dõi học tập suốt đời"
#define AppExe "htsd.exe"

[Setup]
; Keep AppId for ever: it is how a newer setup finds and upgrades the installed copy.
AppId={{6E0B7C2A-3D1F-4B8E-9A57-5C2D8F41A9E3}
AppName={#AppLongName}
AppVersion={#AppVersion}
AppVerName={#AppLongName} {#AppVersion}
AppPublisher=HTSD
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={localappdata}\Programs\HTSD
DefaultGroupName=HTSD
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
PrivilegesRequired=lowest
MinVersion=10.0
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=HTSD-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
; An upgrade closes a running HTSD first, so that its files can be replaced.
CloseApplications=yes
RestartApplications=no
UninstallDisplayName={#AppLongName}
UninstallDisplayIcon={app}\{#AppExe}
#if FileExists(AddBackslash(SourcePath) + "..\build\htsd.ico")
SetupIconFile=..\build\htsd.ico
#endif

[Languages]
; Our own translation of Inno Setup's messages (installer\Vietnamese.isl): Inno ships one only
; from 6.5, and this script compiles with 6.4 too (the ISCC of `make windows`).
Name: "vi"; MessagesFile: "Vietnamese.isl"

[CustomMessages]
vi.HtsdDesktopIcon=Tạo lối tắt trên màn hình &Desktop
vi.HtsdShortcuts=Lối tắt:
vi.HtsdLaunch=Mở HTSD ngay
vi.HtsdUninstall=Gỡ cài đặt HTSD

[Tasks]
Name: "desktopicon"; Description: "{cm:HtsdDesktopIcon}"; GroupDescription: "{cm:HtsdShortcuts}"

[InstallDelete]
; An upgrade replaces the whole program folder: no stale library of an older build stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\htsd\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\HTSD"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{#AppLongName}"
Name: "{autoprograms}\{cm:HtsdUninstall}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\HTSD"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{#AppLongName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:HtsdLaunch}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only the files it installed ({app}); the data
; folder %LOCALAPPDATA%\HTSD is the user's and stays.
