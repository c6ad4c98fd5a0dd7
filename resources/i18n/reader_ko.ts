<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
  <context>
    <name>Reader</name>
    <message>
      <location filename="../../reader_app/ui/action_runner.py" />
      <source>Cancel</source>
      <translation>취소</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/action_runner.py" />
      <source>Wait for the running task to finish.</source>
      <translation>진행 중인 작업이 끝날 때까지 기다려 주세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/annotations.py" />
      <location filename="../../reader_app/ui/controllers/suggestion_review.py" />
      <source>Could not save the annotation: {0}</source>
      <translation>주석을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/annotations.py" />
      <source>Tagged “{0}” as {1}</source>
      <translation>“{0}”에 {1} 태그를 지정했습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/annotations.py" />
      <source>Could not save the change: {0}</source>
      <translation>변경 사항을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/annotations.py" />
      <source>Could not delete the annotation: {0}</source>
      <translation>주석을 삭제하지 못했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/annotations.py" />
      <source>Deleted “{0}” (Ctrl+Z brings it back)</source>
      <translation>“{0}”을(를) 삭제했습니다 (Ctrl+Z로 되돌릴 수 있습니다)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/articles.py" />
      <source>Reopen with Encoding</source>
      <translation>인코딩 지정하여 다시 열기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/articles.py" />
      <source>Could not save the article's properties: {0}</source>
      <translation>기사 속성을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/articles.py" />
      <source>Saved the article's properties</source>
      <translation>기사 속성을 저장했습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/articles.py" />
      <source>Reopened as {0}: {1} annotations found again</source>
      <translation>{0} 인코딩으로 다시 열었습니다: 주석 {1}개를 다시 찾았습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/articles.py" />
      <source>; {0} could not be found in the new text and are marked with a warning</source>
      <translation>; {0}개는 새 본문에서 찾지 못해 경고 표시를 했습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/articles.py" />
      <source>Delete “{0}” and its {1} annotations from the library? This cannot be undone.</source>
      <translation>“{0}” 기사와 주석 {1}개를 라이브러리에서 삭제할까요? 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/articles.py" />
      <source>Delete Article</source>
      <translation>기사 삭제</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/articles.py" />
      <source>Could not delete the article: {0}</source>
      <translation>기사를 삭제하지 못했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/automatic_backups.py" />
      <source>Backed up the library ({0})</source>
      <translation>라이브러리를 백업했습니다 ({0})</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/automatic_backups.py" />
      <source>The automatic backup failed: {0}</source>
      <translation>자동 백업에 실패했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>automatic</source>
      <translation>자동</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>by hand</source>
      <translation>수동</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>before an upgrade</source>
      <translation>업그레이드 전</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>kept after damage</source>
      <translation>손상 후 보존</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>Back Up Now</source>
      <translation>지금 백업</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>Restore from Backup…</source>
      <translation>백업에서 복원…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>Backed up to {0}</source>
      <translation>{0}에 백업했습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>There are no backups of this library yet (they go to {0}).</source>
      <translation>이 라이브러리의 백업이 아직 없습니다 (백업 위치: {0}).</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>Restore from Backup</source>
      <translation>백업에서 복원</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>Backup to restore:</source>
      <translation>복원할 백업:</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>Replace the library with the backup from {0}?

The current library is kept beside it under a new name; nothing is deleted.</source>
      <translation>라이브러리를 {0} 백업으로 교체할까요?

현재 라이브러리는 새 이름으로 같은 폴더에 보존되며, 삭제되는 것은 없습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>Wait for the import to finish, then restore.</source>
      <translation>가져오기가 끝난 뒤에 복원하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source> The previous library was kept as {0}.</source>
      <translation> 이전 라이브러리는 {0} 이름으로 보존했습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/backup_menu.py" />
      <source>Restored the backup from {0}.</source>
      <translation>{0} 백업을 복원했습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>CSV for spreadsheets (*.csv);;JSON for colleagues, lossless (*.json)</source>
      <translation>스프레드시트용 CSV (*.csv);;동료 공유용 무손실 JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>Reader exports (*.json *.csv)</source>
      <translation>Reader 내보내기 파일 (*.json *.csv)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>Export Annotations (CSV or JSON)…</source>
      <translation>주석 내보내기(CSV 또는 JSON)…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>Import Annotations…</source>
      <translation>주석 가져오기…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>Agreement Report…</source>
      <translation>일치도 보고서…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>Whole library</source>
      <translation>라이브러리 전체</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>This article</source>
      <translation>현재 기사</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>Articles the list shows (its filter)</source>
      <translation>목록에 표시된 기사(필터 적용)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <location filename="../../reader_app/ui/controllers/exports.py" />
      <source>Export Annotations</source>
      <translation>주석 내보내기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>Export:</source>
      <translation>내보낼 범위:</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <location filename="../../reader_app/ui/controllers/exports.py" />
      <source>Exported {0} annotations to {1}</source>
      <translation>주석 {0}개를 {1}에 내보냈습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>Import Annotations</source>
      <translation>주석 가져오기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>Import cancelled; nothing was imported.</source>
      <translation>가져오기를 취소했습니다. 가져온 항목이 없습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>Imported from {0}: {1}</source>
      <translation>{0}에서 가져왔습니다: {1}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source> (and {0} more)</source>
      <translation> (외 {0}건)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exchange.py" />
      <source>. Not placed: {0}{1}</source>
      <translation>. 배치하지 못함: {0}{1}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/exports.py" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/import_undo.py" />
      <source>Import Annotations from {0}</source>
      <translation>{0}에서 주석 가져오기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/import_undo.py" />
      <location filename="../../reader_app/ui/controllers/undo_commands.py" />
      <source>Could not save this step: {0}</source>
      <translation>이 단계를 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/imports.py" />
      <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
      <translation>기사 (*.txt *.md *.markdown *.html *.htm);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/imports.py" />
      <location filename="../../reader_app/ui/dialogs/file_dialogs.py" />
      <source>Import Articles</source>
      <translation>기사 가져오기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/imports.py" />
      <source>Import Folder</source>
      <translation>폴더 가져오기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/imports.py" />
      <source>Import from Web Address</source>
      <translation>웹 주소에서 가져오기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/imports.py" />
      <source>Address of the article page:</source>
      <translation>기사 페이지 주소:</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/imports.py" />
      <source>An import is already running.</source>
      <translation>이미 가져오기가 진행 중입니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/imports.py" />
      <source>This library is open read-only: nothing was imported.</source>
      <translation>이 라이브러리는 읽기 전용으로 열려 있어 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/imports.py" />
      <source>Importing {0}</source>
      <translation>{0} 가져오는 중</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/imports.py" />
      <source>
…and {0} more</source>
      <translation>
…외 {0}건</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/labels.py" />
      <source>Edit labels</source>
      <translation>레이블 편집</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/library_explorer.py" />
      <source>Search and Explore Library…</source>
      <translation>라이브러리 검색 및 탐색…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/library_explorer.py" />
      <source>&amp;Library</source>
      <translation>라이브러리(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/suggestion_review.py" />
      <source>Accepted “{0}” as {1}</source>
      <translation>{1} 제안 “{0}”을(를) 수락했습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/suggestion_review.py" />
      <source>Could not save the annotations: {0}</source>
      <translation>주석을 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/suggestion_review.py" />
      <source>Accept {0} suggestions as {1}</source>
      <translation>{1} 제안 {0}건 수락</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/suggestion_review.py" />
      <source>Accepted {0} suggestions as {1}</source>
      <translation>{1} 제안 {0}건을 수락했습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/suggestion_review.py" />
      <source>Could not save the rejection: {0}</source>
      <translation>거부를 저장하지 못했습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/tagging.py" />
      <source>Open an article first, then select the text to tag.</source>
      <translation>먼저 기사를 연 다음, 태그할 텍스트를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/tagging.py" />
      <source>Select some text in the article first, then tag it as {0}.</source>
      <translation>먼저 기사에서 텍스트를 선택한 다음 {0} 태그를 지정하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/tagging.py" />
      <source>Select an annotation in the sidebar to delete it.</source>
      <translation>삭제할 주석을 사이드바에서 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/tagging.py" />
      <source>Accept “{0}” as {1}</source>
      <translation>{1} 제안 “{0}” 수락</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/tagging.py" />
      <source>Reject Suggestion “{0}”</source>
      <translation>제안 “{0}” 거부</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/tagging.py" />
      <source>Delete This Annotation</source>
      <translation>이 주석 삭제</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/undo_commands.py" />
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Tag as {0}</source>
      <translation>{0} 태그</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/undo_commands.py" />
      <source>Delete annotation</source>
      <translation>주석 삭제</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/undo_commands.py" />
      <source>Edit annotation</source>
      <translation>주석 편집</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/undo_commands.py" />
      <source>Reject suggestion</source>
      <translation>제안 거부</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/undo_navigation.py" />
      <source>Undone</source>
      <translation>실행 취소함</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/undo_navigation.py" />
      <source>Redone</source>
      <translation>다시 실행함</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/undo_navigation.py" />
      <source>{0}: {1} in “{2}”</source>
      <translation>{0}: “{2}”의 {1}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/controllers/undo_navigation.py" />
      <source>{0}: {1}</source>
      <translation>{0}: {1}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>article</source>
      <translation>기사</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>label</source>
      <translation>레이블</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>kind</source>
      <translation>유형</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>only A</source>
      <translation>A만</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>only B</source>
      <translation>B만</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>boundary</source>
      <translation>범위 차이</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>field</source>
      <translation>필드 차이</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>Agreement Report</source>
      <translation>일치도 보고서</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>Compare</source>
      <translation>비교</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>Export…</source>
      <translation>내보내기…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>Reference (A):</source>
      <translation>기준 (A):</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>compared (B):</source>
      <translation>비교 대상 (B):</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>Double-click a disagreement to open it in the reader</source>
      <translation>불일치 항목을 더블클릭하면 본문에서 열립니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>(no name)</source>
      <translation>(이름 없음)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>Export Agreement Report</source>
      <translation>일치도 보고서 내보내기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>Text (*.txt);;JSON (*.json)</source>
      <translation>텍스트 (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>Cannot write {0}: {1}. Choose another place.</source>
      <translation>{0}에 쓸 수 없습니다: {1}. 다른 위치를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/agreement_report.py" />
      <source>Agreement report written to {0}</source>
      <translation>일치도 보고서를 {0}에 저장했습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/annotator_name.py" />
      <source>Your Name</source>
      <translation>사용자 이름</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/annotator_name.py" />
      <source>Your name as annotator, stored with every annotation you make
(change it later in Edit › Preferences):</source>
      <translation>작성하는 모든 주석에 저장될 주석 작성자 이름
(나중에 편집 › 환경설정에서 바꿀 수 있습니다):</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <source>Korean</source>
      <translation>한국어</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <source>English</source>
      <translation>영어</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <source>Article Properties</source>
      <translation>기사 속성</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <location filename="../../reader_app/ui/models/article_table.py" />
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <location filename="../../reader_app/ui/models/article_table.py" />
      <source>Source</source>
      <translation>출처</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <source>Address</source>
      <translation>주소</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <location filename="../../reader_app/ui/models/article_table.py" />
      <source>Published</source>
      <translation>게재일</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <source>Byline</source>
      <translation>기자명</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <source>Section</source>
      <translation>섹션</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <source>Language</source>
      <translation>언어</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/article_properties.py" />
      <source>Encoding: {0} · Format: {1} · Body: characters {2}–{3} of {4}</source>
      <translation>인코딩: {0} · 형식: {1} · 본문: 전체 {4}자 중 {2}–{3}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Companies</source>
      <translation>기업</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <source>Find a company by name or alias</source>
      <translation>기업명 또는 별칭으로 찾기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <source>Add Company</source>
      <translation>기업 추가</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <source>Delete Your Entry</source>
      <translation>내 항목 삭제</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <source>The library is open read-only: the registry can be looked up, not edited.</source>
      <translation>라이브러리가 읽기 전용으로 열려 있어 기업 목록은 조회만 할 수 있고 편집할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <source>What Reader Learned…</source>
      <translation>Reader가 학습한 내용…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <source>Companies you tag are added here and suggested in later articles. Edit a cell to correct a name; separate aliases with commas.</source>
      <translation>태그한 기업은 여기에 추가되어 이후 기사에서 제안됩니다. 이름을 고치려면 셀을 편집하고, 별칭은 쉼표로 구분하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <source>Saved {0}.</source>
      <translation>{0}을(를) 저장했습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <source>New Company</source>
      <translation>새 기업</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <source>Forgot what your tags taught about {0}.</source>
      <translation>{0}에 대해 태그로 학습한 내용을 삭제했습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/companies.py" />
      <source>Built-in companies cannot be deleted; edit them to correct them.</source>
      <translation>기본 제공 기업은 삭제할 수 없습니다. 잘못된 부분은 편집해서 고치세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/conflicts.py" />
      <source>take theirs</source>
      <translation>상대 것 적용</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/conflicts.py" />
      <source>text</source>
      <translation>텍스트</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/conflicts.py" />
      <source>mine</source>
      <translation>내 주석</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/conflicts.py" />
      <source>theirs</source>
      <translation>상대 주석</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/conflicts.py" />
      <source>note: {0}</source>
      <translation>메모: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/conflicts.py" />
      <source>Conflicting Annotations</source>
      <translation>충돌하는 주석</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/conflicts.py" />
      <source>Conflicts in {1}: {0}. Each is on the same words as one of yours, by the same analyst, with another label, field or note. Tick the ones where the file should win; the others keep yours.</source>
      <translation>{1}의 충돌: {0}건. 각 항목은 같은 분석가가 내 주석과 같은 단어에 단 것으로, 레이블·필드·메모가 다릅니다. 파일 쪽을 적용할 항목에 체크하세요. 나머지는 내 주석이 유지됩니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/conflicts.py" />
      <source>Take All Theirs</source>
      <translation>모두 상대 것 적용</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/conflicts.py" />
      <source>Keep All Mine</source>
      <translation>모두 내 것 유지</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/file_dialogs.py" />
      <source>Folder</source>
      <translation>폴더</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/file_dialogs.py" />
      <source>{0} file</source>
      <translation>{0} 파일</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/file_dialogs.py" />
      <source>File</source>
      <translation>파일</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/file_dialogs.py" />
      <source>{0} is a library file; choose another name.</source>
      <translation>{0}은(는) 라이브러리 파일입니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/guide.py" />
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Guide</source>
      <translation>사용 안내</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/keyboard_shortcuts.py" />
      <source>Window</source>
      <translation>창</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/keyboard_shortcuts.py" />
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Keyboard Shortcuts</source>
      <translation>단축키</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/keyboard_shortcuts.py" />
      <source>Find a command or a key</source>
      <translation>명령 또는 키 찾기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/keyboard_shortcuts.py" />
      <source>Menu</source>
      <translation>메뉴</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/keyboard_shortcuts.py" />
      <source>Command</source>
      <translation>명령</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/keyboard_shortcuts.py" />
      <source>Keys</source>
      <translation>키</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>Labels</source>
      <translation>레이블</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>Choose…</source>
      <translation>선택…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>No Shortcut</source>
      <translation>단축키 없음</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>none (e.g. Severity)</source>
      <translation>없음 (예: 심각도)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>A field each annotation of this label carries, edited in the sidebar</source>
      <translation>이 레이블의 주석마다 붙는 필드로, 사이드바에서 편집합니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>Add Label</source>
      <translation>레이블 추가</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>Delete Label</source>
      <translation>레이블 삭제</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>Name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>Colour</source>
      <translation>색상</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>Shortcut</source>
      <translation>단축키</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>Field</source>
      <translation>필드</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>The three built-in labels are kept; rename them if you like</source>
      <translation>기본 레이블 세 개는 삭제할 수 없으며, 이름은 원하는 대로 바꿀 수 있습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>Label Colour</source>
      <translation>레이블 색상</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>New Label</source>
      <translation>새 레이블</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>'{0}' is used by {1} annotations: delete them first, or keep the label.</source>
      <translation>'{0}' 레이블을 주석 {1}개가 사용 중입니다. 먼저 주석을 삭제하거나 레이블을 유지하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/labels.py" />
      <source>{0} is already {1}: give '{2}' another shortcut.</source>
      <translation>{0} 키는 이미 {1}에 쓰이고 있습니다. '{2}'에 다른 단축키를 지정하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <location filename="../../reader_app/ui/i18n.py" />
      <location filename="../../reader_app/ui/models/company_table.py" />
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Company</source>
      <translation>기업</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>Speculation cue</source>
      <translation>추측 단서</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>Rejected</source>
      <translation>거부됨</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>names {0}</source>
      <translation>{0}을(를) 가리킴</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>not suggested as {0} (rule {1})</source>
      <translation>{0} 제안에서 제외 (규칙 {1})</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>marks a speculative sentence</source>
      <translation>추측성 문장을 표시함</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>Learned</source>
      <translation>학습 항목</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <location filename="../../reader_app/ui/models/annotation_table.py" />
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <source>Text</source>
      <translation>텍스트</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>Meaning</source>
      <translation>의미</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>Forget “{0}”</source>
      <translation>“{0}” 잊기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>What Reader Learned</source>
      <translation>Reader가 학습한 내용</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>Forget</source>
      <translation>잊기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Undo</source>
      <translation>실행 취소</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>Companies and cues you tagged by hand are suggested in later articles; suggestions you rejected are not proposed again. Forget an item to undo what Reader learned.</source>
      <translation>직접 태그한 기업과 단서는 이후 기사에서 제안되고, 거부한 제안은 다시 제안되지 않습니다. Reader가 학습한 내용을 취소하려면 항목을 잊기로 지우세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>Select an item to forget.</source>
      <translation>잊을 항목을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/learned.py" />
      <source>Forgot “{0}”.</source>
      <translation>“{0}”을(를) 잊었습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Open Folder</source>
      <translation>폴더 열기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Preferences</source>
      <translation>환경설정</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Stored with every annotation you make and exported in the CSV</source>
      <translation>작성하는 모든 주석에 저장되고 CSV로 내보내집니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>asked on your first tag</source>
      <translation>처음 태그할 때 묻습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>System</source>
      <translation>시스템 설정</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Applies when Reader starts again</source>
      <translation>Reader를 다시 시작하면 적용됩니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Light</source>
      <translation>밝게</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Dark</source>
      <translation>어둡게</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Your name as annotator</source>
      <translation>주석 작성자 이름</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Interface language</source>
      <translation>인터페이스 언어</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>A new language applies when Reader starts again.</source>
      <translation>변경한 언어는 Reader를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Appearance</source>
      <translation>화면 모드</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Library</source>
      <translation>라이브러리</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Backups</source>
      <translation>백업</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>Kept: the newest 5, one a day for a week, one a week for a month, at most {0} GB in all</source>
      <translation>보관: 최근 5개, 1주일간 하루 1개, 1개월간 주 1개, 전체 최대 {0}GB</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/dialogs/preferences.py" />
      <source>The default library is {0}</source>
      <translation>기본 라이브러리: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/i18n.py" />
      <source>Quote</source>
      <translation>인용</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/i18n.py" />
      <source>Speculation</source>
      <translation>추측</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/i18n.py" />
      <source>Speaker</source>
      <translation>발언자</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/i18n.py" />
      <source>Cue</source>
      <translation>단서</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <location filename="../../reader_app/ui/startup/selfcheck.py" />
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>&amp;Edit</source>
      <translation>편집(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>&amp;Annotate</source>
      <translation>주석(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>A&amp;rticle</source>
      <translation>기사(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>&amp;View</source>
      <translation>보기(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>Main</source>
      <translation>기본 도구 모음</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>{0} (read-only)</source>
      <translation>{0} (읽기 전용)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>This library is open read-only: you can read and export, but not tag or edit.</source>
      <translation>이 라이브러리는 읽기 전용으로 열려 있습니다. 읽기와 내보내기만 가능하고 태그나 편집은 할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>The interface language changes when Reader starts again.</source>
      <translation>인터페이스 언어는 Reader를 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>Text size {0:g} pt</source>
      <translation>글자 크기 {0:g}pt</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>This is the last article.</source>
      <translation>마지막 기사입니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>This is the first article.</source>
      <translation>첫 번째 기사입니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>the {0} menu</source>
      <translation>{0} 메뉴</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>Links of this kind are not opened: {0}</source>
      <translation>이런 종류의 링크는 열지 않습니다: {0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>Open Link</source>
      <translation>링크 열기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>Open this address in your web browser?

{0}</source>
      <translation>이 주소를 웹 브라우저에서 열까요?

{0}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>About Reader</source>
      <translation>Reader 정보</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/main_window.py" />
      <source>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;Read business news and annotate companies, quotes and speculative claims.&lt;br&gt;&lt;br&gt;Library: &lt;code&gt;{2}&lt;/code&gt;</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;경제 뉴스를 읽고 기업, 인용, 추측성 주장에 주석을 답니다.&lt;br&gt;&lt;br&gt;라이브러리: &lt;code&gt;{2}&lt;/code&gt;</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/annotation_table.py" />
      <location filename="../../reader_app/ui/models/suggestion_tree.py" />
      <source>Details</source>
      <translation>세부 정보</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/annotation_table.py" />
      <location filename="../../reader_app/ui/panes/field_delegate.py" />
      <source>Note</source>
      <translation>메모</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/annotation_table.py" />
      <source>This text was not found after the article was decoded again; tag it anew and delete this.</source>
      <translation>기사를 다시 디코딩한 뒤 이 텍스트를 찾지 못했습니다. 새로 태그한 뒤 이 주석은 삭제하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/article_table.py" />
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <source>Date</source>
      <translation>날짜</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/article_table.py" />
      <source>Headline</source>
      <translation>헤드라인</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/article_table.py" />
      <source>Publication</source>
      <translation>매체</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/article_table.py" />
      <source>Number of annotations</source>
      <translation>주석 수</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/company_table.py" />
      <source>Also written as</source>
      <translation>다른 표기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/company_table.py" />
      <source>Exchange</source>
      <translation>거래소</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/company_table.py" />
      <source>Ticker</source>
      <translation>종목코드</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/company_table.py" />
      <source>From</source>
      <translation>출처</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/company_table.py" />
      <source>you</source>
      <translation>사용자</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/company_table.py" />
      <source>built in</source>
      <translation>기본 제공</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <source>Where it matches</source>
      <translation>일치하는 위치</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <source>Label</source>
      <translation>레이블</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <source>Company, speaker or cue</source>
      <translation>기업, 발언자 또는 단서</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <source>Article</source>
      <translation>기사</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <source>Annotator</source>
      <translation>작성자</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <source>Mentions</source>
      <translation>언급 수</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/library_tables.py" />
      <source>Articles</source>
      <translation>기사 수</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/suggestion_tree.py" />
      <source>Suggestion</source>
      <translation>제안</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/models/suggestion_tree.py" />
      <source>{0}{1}
confidence {2:.0%} · rule: {3}
Enter accepts, Delete rejects</source>
      <translation>{0}{1}
신뢰도 {2:.0%} · 규칙: {3}
Enter 수락, Delete 거부</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/annotation_list.py" />
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Annotations</source>
      <translation>주석</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/annotation_list.py" />
      <source>{0} ({1})</source>
      <translation>{0} ({1})</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/annotation_list.py" />
      <source>Select text in the article, then press {0}.</source>
      <translation>기사에서 텍스트를 선택한 다음 {0}을(를) 누르세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/annotation_list.py" />
      <source>Select text in the article, then tag it from the Annotate menu.</source>
      <translation>기사에서 텍스트를 선택한 다음 주석 메뉴에서 태그하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/annotation_list.py" />
      <source>Annotations ({0})</source>
      <translation>주석 ({0})</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/article_list.py" />
      <source>Filter by title or source</source>
      <translation>제목 또는 출처로 필터</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/article_list.py" />
      <source>No matches</source>
      <translation>일치하는 항목 없음</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/field_delegate.py" />
      <source>{0}, then Enter</source>
      <translation>{0} 입력 후 Enter</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Search every title and text (any part of a word: KT, 삼성, 가능성)</source>
      <translation>모든 제목과 본문 검색 (단어 일부도 가능: KT, 삼성, 가능성)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Any label</source>
      <translation>모든 레이블</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Any source</source>
      <translation>모든 출처</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Any annotator</source>
      <translation>모든 작성자</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>From YYYY-MM-DD</source>
      <translation>시작일 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>To YYYY-MM-DD</source>
      <translation>종료일 YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Not yet annotated</source>
      <translation>주석 없는 기사만</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>{0} articles</source>
      <translation>기사 {0}건</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Text, note or field contains</source>
      <translation>텍스트, 메모 또는 필드 포함</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>{0} annotations</source>
      <translation>주석 {0}건</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Explore Library</source>
      <translation>라이브러리 탐색</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/library_explorer.py" />
      <source>Search</source>
      <translation>검색</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/message_bar.py" />
      <source>Dismiss</source>
      <translation>닫기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/month_chart.py" />
      <source>mentions</source>
      <translation>언급</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/month_chart.py" />
      <source>speculative claims</source>
      <translation>추측성 주장</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/month_chart.py" />
      <source>No dated mentions</source>
      <translation>날짜가 있는 언급 없음</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/reader_view.py" />
      <source>Copy</source>
      <translation>복사</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/reader_view.py" />
      <source>Select All</source>
      <translation>모두 선택</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/suggestion_panel.py" />
      <source>Suggestions</source>
      <translation>제안</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/suggestion_panel.py" />
      <source>Enter accepts · Delete rejects · double-click accepts</source>
      <translation>Enter 수락 · Delete 거부 · 더블클릭 수락</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/suggestion_panel.py" />
      <source>Accept every {0} suggestion of this article</source>
      <translation>이 기사의 {0} 제안 모두 수락</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/suggestion_panel.py" />
      <source>Suggestions ({0})</source>
      <translation>제안 ({0})</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/suggestion_panel.py" />
      <source>Accept {0}</source>
      <translation>{0}건 수락</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/suggestion_panel.py" />
      <source>Accept all {0} {1} suggestions of this article</source>
      <translation>이 기사의 {1} 제안 {0}건 모두 수락</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/welcome.py" />
      <source>Your library is empty</source>
      <translation>라이브러리가 비어 있습니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/welcome.py" />
      <source>Import news articles (.txt, .md, .html) to read them and tag companies, quotes and speculative claims. Everything you tag is saved at once. You can also drag files onto this window.</source>
      <translation>뉴스 기사(.txt, .md, .html)를 가져와 읽으면서 기업, 인용, 추측성 주장을 태그하세요. 태그한 내용은 즉시 저장됩니다. 파일을 이 창으로 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/welcome.py" />
      <source>Import articles…</source>
      <translation>기사 가져오기…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/welcome.py" />
      <source>Import a folder…</source>
      <translation>폴더 가져오기…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/panes/welcome.py" />
      <source>Open the sample articles</source>
      <translation>예제 기사 열기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/application.py" />
      <source>Another Reader window has this library open but did not answer, so this one is read-only.</source>
      <translation>다른 Reader 창이 이 라이브러리를 열고 있지만 응답하지 않아, 이 창은 읽기 전용으로 열렸습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>Your library could not be opened: it is damaged.</source>
      <translation>라이브러리가 손상되어 열 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>It was moved aside to {0}; nothing was deleted.

The newest good backup is from {1}. Restore it, or start with an empty library (you can still restore later from File › Restore from Backup…).</source>
      <translation>손상된 파일은 {0} 위치로 옮겼으며, 삭제된 것은 없습니다.

가장 최근의 정상 백업은 {1} 것입니다. 이 백업을 복원하거나 빈 라이브러리로 시작하세요 (나중에 파일 › 백업에서 복원…으로 복원할 수도 있습니다).</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>Restore Backup</source>
      <translation>백업 복원</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>Start Empty Library</source>
      <translation>빈 라이브러리로 시작</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>Your library was damaged, and Reader moved it aside.</source>
      <translation>라이브러리가 손상되어 Reader가 다른 곳으로 옮겼습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source> Reader found: {0}.</source>
      <translation> Reader가 발견한 문제: {0}.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>On {0} Reader could not read {1}, so it moved the file to {2}; nothing was deleted.{3}</source>
      <translation>{0}에 Reader가 {1} 파일을 읽지 못해 {2} 위치로 옮겼습니다. 삭제된 것은 없습니다.{3}</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>A restore of your library did not finish.</source>
      <translation>라이브러리 복원이 완료되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>The library it was replacing is kept as {0}. Restore a backup, or quit and rename it back.</source>
      <translation>교체 대상이던 라이브러리는 {0} 이름으로 보존되어 있습니다. 백업을 복원하거나, 종료한 뒤 파일 이름을 원래대로 바꾸세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>Your library is missing.</source>
      <translation>라이브러리가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>Reader opened {0} before (last on {1} UTC), but the file is not there now. If you moved it, quit and start Reader with --db and its new place.</source>
      <translation>Reader가 이전에 {0}을(를) 열었지만(마지막: {1} UTC) 지금은 파일이 없습니다. 파일을 옮겼다면 종료한 뒤 --db 옵션에 새 위치를 지정해 Reader를 시작하세요.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>The newest good backup is {0}.</source>
      <translation>가장 최근의 정상 백업: {0}.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>Restore Newest Backup</source>
      <translation>최근 백업 복원</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Quit</source>
      <translation>종료</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>The missing library was restored from {0}.</source>
      <translation>없어진 라이브러리를 {0}에서 복원했습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>Started an empty library where the missing one was.</source>
      <translation>없어진 라이브러리 위치에 빈 라이브러리를 만들었습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>The library was damaged and has been restored from the backup of {0}. The damaged file is {1}.</source>
      <translation>라이브러리가 손상되어 {0} 백업에서 복원했습니다. 손상된 파일: {1}.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>The library was damaged, so Reader started an empty one. The damaged file is kept as {0}.</source>
      <translation>라이브러리가 손상되어 빈 라이브러리로 시작했습니다. 손상된 파일은 {0} 이름으로 보존했습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>The library was damaged and no good backup was found, so Reader started an empty one. </source>
      <translation>라이브러리가 손상되었고 정상 백업도 없어 빈 라이브러리로 시작했습니다. </translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/startup/recovery.py" />
      <source>The damaged file is kept as {0}.</source>
      <translation>손상된 파일은 {0} 이름으로 보존했습니다.</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Tag the selected text as {0}</source>
      <translation>선택한 텍스트에 {0} 태그 지정</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Redo</source>
      <translation>다시 실행</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Show Page Furniture</source>
      <translation>페이지 부가 요소 표시</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Show or hide menus, captions and related-headline lists around the article body</source>
      <translation>기사 본문 주변의 메뉴, 사진 설명, 관련 기사 목록을 표시하거나 숨깁니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Import Articles…</source>
      <translation>기사 가져오기…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Import .txt, .md or .html files</source>
      <translation>.txt, .md, .html 파일 가져오기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Import Folder…</source>
      <translation>폴더 가져오기…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Import every article file in a folder and its subfolders</source>
      <translation>폴더와 하위 폴더의 모든 기사 파일 가져오기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Import from Web Address…</source>
      <translation>웹 주소에서 가져오기…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Fetch an article page from the web and import it</source>
      <translation>웹에서 기사 페이지를 받아와 가져오기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Open Sample Articles</source>
      <translation>예제 기사 열기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Export Annotations to CSV…</source>
      <translation>주석을 CSV로 내보내기…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Write every annotation in the library to a CSV file for Excel</source>
      <translation>라이브러리의 모든 주석을 엑셀용 CSV 파일로 저장</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Export This Article's Annotations…</source>
      <translation>이 기사의 주석 내보내기…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Delete Annotation</source>
      <translation>주석 삭제</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Delete the selected annotation</source>
      <translation>선택한 주석 삭제</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Next Suggestion</source>
      <translation>다음 제안</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Show the next suggestion in reading order</source>
      <translation>본문 순서상 다음 제안 표시</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Previous Suggestion</source>
      <translation>이전 제안</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Accept Suggestion</source>
      <translation>제안 수락</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Accept the suggestion shown, wherever the focus is</source>
      <translation>포커스 위치와 관계없이 표시된 제안 수락</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Reject Suggestion</source>
      <translation>제안 거부</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Find Article</source>
      <translation>기사 찾기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Article Properties…</source>
      <translation>기사 속성…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Correct the title, source, date, byline, section or language</source>
      <translation>제목, 출처, 날짜, 기자명, 섹션, 언어 수정</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Delete Article…</source>
      <translation>기사 삭제…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Remove the article and its annotations from the library</source>
      <translation>기사와 주석을 라이브러리에서 삭제</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Companies…</source>
      <translation>기업…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Look up and edit the company registry used for suggestions</source>
      <translation>제안에 쓰이는 기업 목록 조회 및 편집</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Labels…</source>
      <translation>레이블…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Add your own labels; rename, recolour or give shortcuts to any</source>
      <translation>나만의 레이블을 추가하고, 레이블의 이름·색상·단축키를 바꿉니다</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Preferences…</source>
      <translation>환경설정…</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Your annotator name; where the library and backups are</source>
      <translation>주석 작성자 이름, 라이브러리와 백업 위치</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Larger Text</source>
      <translation>글자 크게</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Make the article text larger (remembered)</source>
      <translation>기사 글자를 크게 (설정 유지)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Smaller Text</source>
      <translation>글자 작게</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Make the article text smaller (remembered)</source>
      <translation>기사 글자를 작게 (설정 유지)</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Actual Size</source>
      <translation>원래 크기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Next Article</source>
      <translation>다음 기사</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Open the next article in the list</source>
      <translation>목록의 다음 기사 열기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Previous Article</source>
      <translation>이전 기사</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Open the previous article in the list</source>
      <translation>목록의 이전 기사 열기</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>Every key of the window, in one list</source>
      <translation>창의 모든 단축키를 한 목록으로</translation>
    </message>
    <message>
      <location filename="../../reader_app/ui/window_actions.py" />
      <source>How to work with Reader</source>
      <translation>Reader 사용 방법</translation>
    </message>
    <message>
      <source>Select text in the article, then press Ctrl+1 (company), Ctrl+2 (quote) or Ctrl+3 (speculation).</source>
      <translation type="obsolete">기사에서 텍스트를 선택한 다음 Ctrl+1(기업), Ctrl+2(인용), Ctrl+3(추측)을 누르세요.</translation>
    </message>
  </context>
</TS>
