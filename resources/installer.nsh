; Per-user file types for the NSIS installer (electron-builder's fileAssociations need a per-machine install on
; Windows). .toasoan packages open in Tòa soạn; .docx gets Tòa soạn in «Open with» without taking Word's place.
!macro customInstall
  WriteRegStr HKCU "Software\Classes\.toasoan" "" "ToaSoan.Package"
  WriteRegStr HKCU "Software\Classes\ToaSoan.Package" "" "Gói bài Tòa soạn"
  WriteRegStr HKCU "Software\Classes\ToaSoan.Package\DefaultIcon" "" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr HKCU "Software\Classes\ToaSoan.Package\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
  WriteRegStr HKCU "Software\Classes\.docx\OpenWithProgids" "ToaSoan.Docx" ""
  WriteRegStr HKCU "Software\Classes\ToaSoan.Docx" "" "Tài liệu Word (nhập vào Tòa soạn)"
  WriteRegStr HKCU "Software\Classes\ToaSoan.Docx\shell\open\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend

!macro customUnInstall
  DeleteRegKey HKCU "Software\Classes\ToaSoan.Package"
  DeleteRegKey HKCU "Software\Classes\ToaSoan.Docx"
  DeleteRegValue HKCU "Software\Classes\.docx\OpenWithProgids" "ToaSoan.Docx"
  ReadRegStr $0 HKCU "Software\Classes\.toasoan" ""
  StrCmp $0 "ToaSoan.Package" 0 +2
    DeleteRegKey HKCU "Software\Classes\.toasoan"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
!macroend
