; Inno Setup 6.3+ script for Reader's Windows installer. packaging/build.py runs ISCC with the /D values
; below when Inno Setup is installed; by hand: iscc /DAppVersion=0.1.0 packaging\reader-app.iss
; Installs per user by default (no admin prompt). The library lives in %LOCALAPPDATA%\reader-app and is
; never touched by setup or uninstall, so an update or a reinstall keeps every annotation.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\reader-app"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\build\bundle-assets\reader-app.ico"
#endif

[Setup]
; The AppId ties updates and the uninstaller to this app: never change it.
AppId={{8C0E5B2A-4F55-4C1E-9B8E-2F7B7C1D9A31}
AppName=Reader
AppVersion={#AppVersion}
AppVerName=Reader {#AppVersion}
AppPublisher=Reader
DefaultDirName={autopf}\Reader
DefaultGroupName=Reader
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#OutputDir}
OutputBaseFilename=reader-app-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\reader-app.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Setup closes a running Reader before replacing its files.
CloseApplications=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder, so no file of an older bundle lingers beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Reader"; Filename: "{app}\reader-app.exe"
Name: "{autodesktop}\Reader"; Filename: "{app}\reader-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\reader-app.exe"; Description: "{cm:LaunchProgram,Reader}"; Flags: nowait postinstall skipifsilent
