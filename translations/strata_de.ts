<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>strata</name>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="33" />
            <source>Connecting to %1</source>
            <translation>Verbindung zu %1 wird hergestellt</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="51" />
            <source>Cannot read "%1": %2.</source>
            <translation>„%1“ kann nicht gelesen werden: %2.</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="57" />
            <source>"%1" is not UTF-8 text: save it as UTF-8 and load it again.</source>
            <translation>„%1“ ist kein UTF-8-Text: Speichern Sie die Datei als UTF-8 und laden Sie sie erneut.</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="69" />
            <source>Dev database %1 is not supported in this version of Strata: use sqlite://dev?mode=memory.</source>
            <translation>Die Entwicklungsdatenbank %1 wird von dieser Strata-Version nicht unterstützt: Verwenden Sie sqlite://dev?mode=memory.</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="75" />
            <source>Cannot tell which SQL dialect "%1" is written in: give a dev database (--dev-url sqlite://dev?mode=memory) or a dialect (--dialect sqlite).</source>
            <translation>Es ist nicht erkennbar, in welchem SQL-Dialekt „%1“ geschrieben ist: Geben Sie eine Entwicklungsdatenbank (--dev-url sqlite://dev?mode=memory) oder einen Dialekt (--dialect sqlite) an.</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="81" />
            <source>Dialect "%1" is not supported in this version of Strata: use sqlite.</source>
            <translation>Der Dialekt „%1“ wird von dieser Strata-Version nicht unterstützt: Verwenden Sie sqlite.</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="90" />
            <source>File "%1" does not exist. Check the path in the file:// URL.</source>
            <translation>Die Datei „%1“ existiert nicht. Prüfen Sie den Pfad in der file://-URL.</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="94" />
            <source>"%1" is a folder: give a .sql file of DDL or an SQLite database file.</source>
            <translation>„%1“ ist ein Ordner: Geben Sie eine .sql-Datei mit DDL oder eine SQLite-Datenbankdatei an.</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="104" />
            <source>Cannot load "%1": file:// sources must be .sql files of DDL or SQLite database files.</source>
            <translation>„%1“ kann nicht geladen werden: file://-Quellen müssen .sql-Dateien mit DDL oder SQLite-Datenbankdateien sein.</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="111" />
            <source>Reading %1</source>
            <translation>%1 wird gelesen</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="146" />
            <source>%1 refers to a project environment: open the project's atlas.hcl and choose an environment (--env NAME).</source>
            <translation>%1 verweist auf eine Projektumgebung: Öffnen Sie die atlas.hcl des Projekts und wählen Sie eine Umgebung (--env NAME).</translation>
        </message>
        <message>
            <location filename="../core/load/schemaloader.cpp" line="151" />
            <source>docker is not available: set dev to a sqlite:// URL such as sqlite://dev?mode=memory.</source>
            <translation>docker ist nicht verfügbar: Setzen Sie dev auf eine sqlite://-URL wie sqlite://dev?mode=memory.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteddlloader.cpp" line="240" />
            <source>Cannot create an in-memory SQLite database to load %1: %2. Check that the Qt SQLite plugin (libqt6sql6-sqlite) is installed.</source>
            <translation>Zum Laden von %1 kann keine SQLite-Datenbank im Arbeitsspeicher angelegt werden: %2. Prüfen Sie, ob das Qt-SQLite-Plugin (libqt6sql6-sqlite) installiert ist.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteddlloader.cpp" line="246" />
            <source>Cannot load %1: the Qt SQLite driver does not expose its SQLite handle. Use a Qt build with the QSQLITE plugin.</source>
            <translation>%1 kann nicht geladen werden: Der Qt-SQLite-Treiber gibt sein SQLite-Handle nicht frei. Verwenden Sie eine Qt-Version mit dem QSQLITE-Plugin.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteddlloader.cpp" line="254" />
            <source>Running %1</source>
            <translation>%1 wird ausgeführt</translation>
        </message>
    </context>
    <context>
        <name>strata::AboutDialog</name>
        <message>
            <location filename="../widgets/dialogs/aboutdialog.cpp" line="16" />
            <source>About Strata</source>
            <translation>Über Strata</translation>
        </message>
        <message>
            <location filename="../widgets/dialogs/aboutdialog.cpp" line="22" />
            <source>A desktop studio for database schema-as-code, file-compatible with the Atlas CLI.</source>
            <translation>Ein Desktop-Studio für Datenbankschemata als Code, dateikompatibel mit der Atlas-CLI.</translation>
        </message>
        <message>
            <location filename="../widgets/dialogs/aboutdialog.cpp" line="29" />
            <source>Qt:</source>
            <translation>Qt:</translation>
        </message>
        <message>
            <location filename="../widgets/dialogs/aboutdialog.cpp" line="30" />
            <source>SQLite:</source>
            <translation>SQLite:</translation>
        </message>
        <message>
            <location filename="../widgets/dialogs/aboutdialog.cpp" line="31" />
            <source>libpq (PostgreSQL):</source>
            <translation>libpq (PostgreSQL):</translation>
        </message>
        <message>
            <location filename="../widgets/dialogs/aboutdialog.cpp" line="32" />
            <source>MariaDB client:</source>
            <translation>MariaDB-Client:</translation>
        </message>
    </context>
    <context>
        <name>strata::Connection</name>
        <message>
            <location filename="../core/load/connection.cpp" line="21" />
            <source>Connecting to %1 databases is not available in this version of Strata yet (%2); SQLite databases are.</source>
            <translation>Verbindungen zu %1-Datenbanken sind in dieser Strata-Version noch nicht möglich (%2); SQLite-Datenbanken werden unterstützt.</translation>
        </message>
        <message>
            <location filename="../core/load/connection.cpp" line="31" />
            <source>"%1" is not a database URL: use sqlite://, mysql:// or postgres://.</source>
            <translation>„%1“ ist keine Datenbank-URL: Verwenden Sie sqlite://, mysql:// oder postgres://.</translation>
        </message>
    </context>
    <context>
        <name>strata::CountTexts</name>
        <message>
            <location filename="../widgets/schema/counttexts.cpp" line="10" />
            <source>1 table</source>
            <translation>1 Tabelle</translation>
        </message>
        <message numerus="yes">
            <location filename="../widgets/schema/counttexts.cpp" line="11" />
            <source>%n tables</source>
            <translation>
                <numerusform>%n Tabelle</numerusform>
                <numerusform>%n Tabellen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>strata::DatabaseUrl</name>
        <message>
            <location filename="../core/url/databaseurl.cpp" line="74" />
            <source>The URL is empty: give one such as sqlite://file.db or file://schema.sql.</source>
            <translation>Die URL ist leer: Geben Sie eine an, etwa sqlite://file.db oder file://schema.sql.</translation>
        </message>
        <message>
            <location filename="../core/url/databaseurl.cpp" line="76" />
            <source>"%1" is not a URL: expected scheme://..., for example sqlite://file.db or file://schema.sql.</source>
            <translation>„%1“ ist keine URL: Erwartet wird schema://…, zum Beispiel sqlite://file.db oder file://schema.sql.</translation>
        </message>
        <message>
            <location filename="../core/url/databaseurl.cpp" line="91" />
            <source>Unknown URL scheme "%1" in "%2": use sqlite://, mysql://, maria://, postgres://, file:// or env://.</source>
            <translation>Unbekanntes URL-Schema „%1“ in „%2“: Verwenden Sie sqlite://, mysql://, maria://, postgres://, file:// oder env://.</translation>
        </message>
        <message>
            <location filename="../core/url/databaseurl.cpp" line="132" />
            <source>The host in "%1" opens '[' without closing it.</source>
            <translation>Der Host in „%1“ öffnet '[' ohne es zu schließen.</translation>
        </message>
        <message>
            <location filename="../core/url/databaseurl.cpp" line="148" />
            <source>The port "%1" in "%2" is not a number between 1 and 65535.</source>
            <translation>Der Port „%1“ in „%2“ ist keine Zahl zwischen 1 und 65535.</translation>
        </message>
    </context>
    <context>
        <name>strata::DdlRunner</name>
        <message>
            <location filename="../core/sqlite/sqliteddlloader.cpp" line="147" />
            <source>the text is larger than 2 GB</source>
            <translation>der Text ist größer als 2 GB</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteddlloader.cpp" line="159" />
            <source>the text contains a NUL character; remove it or check that the file is SQL text</source>
            <translation>der Text enthält ein NUL-Zeichen; entfernen Sie es oder prüfen Sie, ob die Datei SQL-Text ist</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteddlloader.cpp" line="175" />
            <source>Running statement %1</source>
            <translation>Anweisung %1 wird ausgeführt</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteddlloader.cpp" line="218" />
            <source>%1:%2:%3: statement "%4" failed: %5</source>
            <translation>%1:%2:%3: Anweisung „%4“ ist fehlgeschlagen: %5</translation>
        </message>
    </context>
    <context>
        <name>strata::Error</name>
        <message>
            <location filename="../core/util/error.cpp" line="9" />
            <source>Cancelled.</source>
            <translation>Abgebrochen.</translation>
        </message>
    </context>
    <context>
        <name>strata::FindBar</name>
        <message>
            <location filename="../widgets/editor/findbar.cpp" line="22" />
            <source>Find…</source>
            <translation>Suchen…</translation>
        </message>
        <message>
            <location filename="../widgets/editor/findbar.cpp" line="28" />
            <source>Find previous (Shift+F3)</source>
            <translation>Vorheriges suchen (Umschalt+F3)</translation>
        </message>
        <message>
            <location filename="../widgets/editor/findbar.cpp" line="32" />
            <source>Find next (F3)</source>
            <translation>Nächstes suchen (F3)</translation>
        </message>
        <message>
            <location filename="../widgets/editor/findbar.cpp" line="37" />
            <location filename="../widgets/editor/findbar.cpp" line="86" />
            <source>Search wrapped</source>
            <translation>Suche am Anfang fortgesetzt</translation>
        </message>
        <message>
            <location filename="../widgets/editor/findbar.cpp" line="41" />
            <source>Close the find bar (Escape)</source>
            <translation>Suchleiste schließen (Esc)</translation>
        </message>
        <message>
            <location filename="../widgets/editor/findbar.cpp" line="47" />
            <source>Find:</source>
            <translation>Suchen:</translation>
        </message>
        <message>
            <location filename="../widgets/editor/findbar.cpp" line="79" />
            <source>No matches</source>
            <translation>Keine Treffer</translation>
        </message>
    </context>
    <context>
        <name>strata::HclLexer</name>
        <message>
            <location filename="../widgets/editor/hcllexer.cpp" line="20" />
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../widgets/editor/hcllexer.cpp" line="22" />
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <location filename="../widgets/editor/hcllexer.cpp" line="24" />
            <source>String</source>
            <translation>Zeichenkette</translation>
        </message>
        <message>
            <location filename="../widgets/editor/hcllexer.cpp" line="26" />
            <source>Escape sequence</source>
            <translation>Escape-Sequenz</translation>
        </message>
        <message>
            <location filename="../widgets/editor/hcllexer.cpp" line="28" />
            <source>Interpolation</source>
            <translation>Interpolation</translation>
        </message>
        <message>
            <location filename="../widgets/editor/hcllexer.cpp" line="30" />
            <source>Number</source>
            <translation>Zahl</translation>
        </message>
        <message>
            <location filename="../widgets/editor/hcllexer.cpp" line="32" />
            <source>Block keyword</source>
            <translation>Block-Schlüsselwort</translation>
        </message>
        <message>
            <location filename="../widgets/editor/hcllexer.cpp" line="34" />
            <source>Boolean or null</source>
            <translation>Wahrheitswert oder null</translation>
        </message>
        <message>
            <location filename="../widgets/editor/hcllexer.cpp" line="36" />
            <source>Identifier</source>
            <translation>Bezeichner</translation>
        </message>
        <message>
            <location filename="../widgets/editor/hcllexer.cpp" line="38" />
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
    </context>
    <context>
        <name>strata::Inspection</name>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="117" />
            <source>Reading the %1 of SQLite schema "%2" failed: %3. Check that the database is an SQLite 3 file and not locked by another program.</source>
            <translation>Das Lesen von %1 des SQLite-Schemas „%2“ ist fehlgeschlagen: %3. Prüfen Sie, ob die Datenbank eine SQLite-3-Datei ist und nicht von einem anderen Programm gesperrt wird.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="145" />
            <source>SQLite schema "%1" does not exist in this database: SQLite calls the database file "main" and attached databases by their ATTACH name.</source>
            <translation>Das SQLite-Schema „%1“ existiert in dieser Datenbank nicht: SQLite nennt die Datenbankdatei „main“ und angehängte Datenbanken nach ihrem ATTACH-Namen.</translation>
        </message>
    </context>
    <context>
        <name>strata::LoadProgressWidget</name>
        <message>
            <location filename="../widgets/status/loadprogresswidget.cpp" line="21" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../widgets/status/loadprogresswidget.cpp" line="22" />
            <source>Stop loading (Escape)</source>
            <translation>Laden abbrechen (Esc)</translation>
        </message>
    </context>
    <context>
        <name>strata::LoadSource</name>
        <message>
            <location filename="../widgets/jobs/loadsource.cpp" line="57" />
            <source>Nothing to open: choose a file or give a URL.</source>
            <translation>Nichts zu öffnen: Wählen Sie eine Datei oder geben Sie eine URL an.</translation>
        </message>
    </context>
    <context>
        <name>strata::MainActions</name>
        <message>
            <location filename="../widgets/mainactions.cpp" line="14" />
            <source>&amp;Open Database…</source>
            <translation>&amp;Datenbank öffnen…</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="15" />
            <source>Open an SQLite database file</source>
            <translation>Eine SQLite-Datenbankdatei öffnen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="18" />
            <source>Open &amp;SQL File…</source>
            <translation>&amp;SQL-Datei öffnen…</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="19" />
            <source>Open a .sql file of SQLite DDL</source>
            <translation>Eine .sql-Datei mit SQLite-DDL öffnen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="21" />
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="22" />
            <source>Load the current database or file again</source>
            <translation>Die aktuelle Datenbank oder Datei erneut laden</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="24" />
            <source>&amp;Cancel Loading</source>
            <translation>Laden abbre&amp;chen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="25" />
            <source>Stop the running load</source>
            <translation>Den laufenden Ladevorgang abbrechen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="26" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="27" />
            <source>Quit Strata</source>
            <translation>Strata beenden</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="30" />
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="31" />
            <source>Find text in the HCL or SQL view</source>
            <translation>Text in der HCL- oder SQL-Ansicht suchen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="32" />
            <source>Find &amp;Next</source>
            <translation>&amp;Weitersuchen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="33" />
            <source>Go to the next match</source>
            <translation>Zum nächsten Treffer springen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="34" />
            <source>Find &amp;Previous</source>
            <translation>&amp;Rückwärts suchen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="35" />
            <source>Go to the previous match</source>
            <translation>Zum vorherigen Treffer springen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="37" />
            <source>Filter &amp;Schema…</source>
            <translation>Schema &amp;filtern…</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="38" />
            <source>Filter the schema tree by name</source>
            <translation>Den Schemabaum nach Namen filtern</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="41" />
            <source>Follow &amp;System</source>
            <translation>&amp;System folgen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="42" />
            <source>Use the colours of the desktop</source>
            <translation>Die Farben der Arbeitsumgebung verwenden</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="43" />
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="43" />
            <source>Use light colours</source>
            <translation>Helle Farben verwenden</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="44" />
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="44" />
            <source>Use dark colours</source>
            <translation>Dunkle Farben verwenden</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="50" />
            <source>&amp;About Strata</source>
            <translation>Ü&amp;ber Strata</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="51" />
            <source>Show Strata's version and the versions of its libraries</source>
            <translation>Die Version von Strata und die Versionen seiner Bibliotheken anzeigen</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="53" />
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <location filename="../widgets/mainactions.cpp" line="53" />
            <source>Show Qt's version</source>
            <translation>Die Qt-Version anzeigen</translation>
        </message>
    </context>
    <context>
        <name>strata::MainWindow</name>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="54" />
            <source>Open an SQLite database or a .sql file (File &gt; Open).</source>
            <translation>Öffnen Sie eine SQLite-Datenbank oder eine .sql-Datei (Datei &gt; Öffnen).</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="61" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="66" />
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="78" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="87" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="92" />
            <source>Main Toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="98" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="103" />
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="106" />
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="120" />
            <source>Open Database</source>
            <translation>Datenbank öffnen</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="121" />
            <source>SQLite databases (*.db *.sqlite *.sqlite3);;SQL files (*.sql);;All files (*)</source>
            <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="125" />
            <source>Open SQL File</source>
            <translation>SQL-Datei öffnen</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="125" />
            <source>SQL files (*.sql);;All files (*)</source>
            <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="180" />
            <source>Loading %1 cancelled.</source>
            <translation>Laden von %1 abgebrochen.</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="198" />
            <source>Loading %1…</source>
            <translation>%1 wird geladen…</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="199" />
            <source>Loading %1 (%2)</source>
            <translation>%1 wird geladen (%2)</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="201" />
            <source>Starting…</source>
            <translation>Wird gestartet…</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="223" />
            <source>Loaded %1 from %2 in %3 ms</source>
            <translation>%1 aus %2 in %3 ms geladen</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="249" />
            <source>Could not load %1: %2</source>
            <translation>%1 konnte nicht geladen werden: %2</translation>
        </message>
        <message>
            <location filename="../widgets/mainwindow.cpp" line="280" />
            <source>%1 — Strata</source>
            <translation>%1 — Strata</translation>
        </message>
    </context>
    <context>
        <name>strata::MessageModel</name>
        <message>
            <location filename="../widgets/messages/messagemodel.cpp" line="29" />
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../widgets/messages/messagemodel.cpp" line="31" />
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <location filename="../widgets/messages/messagemodel.cpp" line="35" />
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <location filename="../widgets/messages/messagemodel.cpp" line="105" />
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../widgets/messages/messagemodel.cpp" line="105" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>strata::MessagePanel</name>
        <message>
            <location filename="../widgets/messages/messagepanel.cpp" line="26" />
            <source>Clear Messages</source>
            <translation>Meldungen leeren</translation>
        </message>
    </context>
    <context>
        <name>strata::RecentFilesMenu</name>
        <message>
            <location filename="../widgets/recentfilesmenu.cpp" line="11" />
            <source>Recent &amp;Files</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <location filename="../widgets/recentfilesmenu.cpp" line="43" />
            <source>No Recent Files</source>
            <translation>Keine zuletzt geöffneten Dateien</translation>
        </message>
        <message>
            <location filename="../widgets/recentfilesmenu.cpp" line="46" />
            <source>Clear Recent Files</source>
            <translation>Liste leeren</translation>
        </message>
    </context>
    <context>
        <name>strata::SchemaBrowser</name>
        <message>
            <location filename="../widgets/schema/schemabrowser.cpp" line="33" />
            <source>Filter tables and columns…</source>
            <translation>Tabellen und Spalten filtern…</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schemabrowser.cpp" line="35" />
            <source>Show only tables, columns, indexes and keys whose name contains this text (Ctrl+Shift+F)</source>
            <translation>Nur Tabellen, Spalten, Indizes und Schlüssel anzeigen, deren Name diesen Text enthält (Strg+Umschalt+F)</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schemabrowser.cpp" line="114" />
            <source>%1, filtered</source>
            <translation>%1, gefiltert</translation>
        </message>
    </context>
    <context>
        <name>strata::SchemaLoadJob</name>
        <message>
            <location filename="../widgets/jobs/schemaloadjob.cpp" line="59" />
            <source>Writing HCL and SQL</source>
            <translation>HCL und SQL werden geschrieben</translation>
        </message>
        <message>
            <location filename="../widgets/jobs/schemaloadjob.cpp" line="65" />
            <source>No HCL or SQL view: Strata has no dialect named "%1".</source>
            <translation>Keine HCL- oder SQL-Ansicht: Strata kennt keinen Dialekt namens „%1“.</translation>
        </message>
    </context>
    <context>
        <name>strata::SchemaTextTabs</name>
        <message>
            <location filename="../widgets/pages/schematexttabs.cpp" line="21" />
            <source>HCL</source>
            <translation>HCL</translation>
        </message>
        <message>
            <location filename="../widgets/pages/schematexttabs.cpp" line="22" />
            <source>SQL</source>
            <translation>SQL</translation>
        </message>
        <message>
            <location filename="../widgets/pages/schematexttabs.cpp" line="23" />
            <source>The schema as Atlas HCL (atlas schema inspect)</source>
            <translation>Das Schema als Atlas-HCL (atlas schema inspect)</translation>
        </message>
        <message>
            <location filename="../widgets/pages/schematexttabs.cpp" line="24" />
            <source>The schema as SQL DDL (atlas schema inspect --format '{{ sql . }}')</source>
            <translation>Das Schema als SQL-DDL (atlas schema inspect --format '{{ sql . }}')</translation>
        </message>
    </context>
    <context>
        <name>strata::SchemaTreeModel</name>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="69" />
            <source>PK</source>
            <translation>PK</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="75" />
            <source>FK → %1(%2)</source>
            <translation>FK → %1(%2)</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="78" />
            <source>NOT NULL</source>
            <translation>NOT NULL</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="80" />
            <source>UNIQUE</source>
            <translation>UNIQUE</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="82" />
            <source>AUTOINCREMENT</source>
            <translation>AUTOINCREMENT</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="84" />
            <source>DEFAULT %1</source>
            <translation>DEFAULT %1</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="86" />
            <source>GENERATED %1 STORED</source>
            <translation>GENERATED %1 STORED</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="87" />
            <source>GENERATED %1 VIRTUAL</source>
            <translation>GENERATED %1 VIRTUAL</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="96" />
            <source>Comment: %1</source>
            <translation>Kommentar: %1</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="105" />
            <source>Columns (%1)</source>
            <translation>Spalten (%1)</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="127" />
            <source>PRIMARY KEY</source>
            <translation>PRIMARY KEY</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="129" />
            <source>Primary key</source>
            <translation>Primärschlüssel</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="131" />
            <source>UNIQUE INDEX</source>
            <translation>UNIQUE INDEX</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="131" />
            <source>INDEX</source>
            <translation>INDEX</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="147" />
            <source>Indexes (%1)</source>
            <translation>Indizes (%1)</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="163" />
            <source>Foreign keys (%1)</source>
            <translation>Fremdschlüssel (%1)</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="168" />
            <source>FOREIGN KEY</source>
            <translation>FOREIGN KEY</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="186" />
            <source>Checks (%1)</source>
            <translation>Prüfungen (%1)</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="190" />
            <source>(unnamed)</source>
            <translation>(unbenannt)</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="191" />
            <source>CHECK</source>
            <translation>CHECK</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="194" />
            <source>(not enforced)</source>
            <translation>(nicht erzwungen)</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="222" />
            <source>schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="224" />
            <source>Schema %1</source>
            <translation>Schema %1</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="227" />
            <source>table</source>
            <translation>Tabelle</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreebuilder.cpp" line="230" />
            <source>Table %1.%2</source>
            <translation>Tabelle %1.%2</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreemodel.cpp" line="127" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreemodel.cpp" line="129" />
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../widgets/schema/schematreemodel.cpp" line="131" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>strata::SqliteConnection</name>
        <message>
            <location filename="../core/sqlite/sqliteconnection.cpp" line="77" />
            <source>%1 is not an SQLite URL: use sqlite://file.db or sqlite://name?mode=memory.</source>
            <translation>%1 ist keine SQLite-URL: Verwenden Sie sqlite://file.db oder sqlite://name?mode=memory.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteconnection.cpp" line="98" />
            <source>The URL %1 names no database file: use sqlite://file.db, or sqlite://name?mode=memory for a scratch database.</source>
            <translation>Die URL %1 nennt keine Datenbankdatei: Verwenden Sie sqlite://file.db oder sqlite://name?mode=memory für eine temporäre Datenbank.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteconnection.cpp" line="105" />
            <source>SQLite database "%1" does not exist. Check the path, or use sqlite://%2?mode=memory for a scratch database.</source>
            <translation>Die SQLite-Datenbank „%1“ existiert nicht. Prüfen Sie den Pfad oder verwenden Sie sqlite://%2?mode=memory für eine temporäre Datenbank.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteconnection.cpp" line="110" />
            <source>"%1" is a directory, not an SQLite database file. Give the path of the database file.</source>
            <translation>„%1“ ist ein Verzeichnis, keine SQLite-Datenbankdatei. Geben Sie den Pfad der Datenbankdatei an.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteconnection.cpp" line="115" />
            <source>SQLite database "%1" cannot be read: permission denied. Check the file's permissions.</source>
            <translation>Die SQLite-Datenbank „%1“ kann nicht gelesen werden: Zugriff verweigert. Prüfen Sie die Zugriffsrechte der Datei.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteconnection.cpp" line="125" />
            <source>The Qt SQLite driver (QSQLITE) is not available. Install the Qt 6 SQLite plugin (libqt6sql6-sqlite).</source>
            <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar. Installieren Sie das Qt-6-SQLite-Plugin (libqt6sql6-sqlite).</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteconnection.cpp" line="131" />
            <source>Cannot open SQLite database %1: %2. Check the path and its permissions.</source>
            <translation>Die SQLite-Datenbank %1 kann nicht geöffnet werden: %2. Prüfen Sie den Pfad und die Zugriffsrechte.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteconnection.cpp" line="145" />
            <source>"%1" is not an SQLite database (SQLite: %2). Open an SQLite 3 database file, or load SQL text with file://.</source>
            <translation>„%1“ ist keine SQLite-Datenbank (SQLite: %2). Öffnen Sie eine SQLite-3-Datenbankdatei oder laden Sie SQL-Text mit file://.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteconnection.cpp" line="149" />
            <source>Cannot read SQLite database "%1": %2. Check the file and its permissions.</source>
            <translation>Die SQLite-Datenbank „%1“ kann nicht gelesen werden: %2. Prüfen Sie die Datei und ihre Zugriffsrechte.</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteconnection.cpp" line="174" />
            <source>Statement "%1" failed on %2: %3.</source>
            <translation>Die Anweisung „%1“ ist auf %2 fehlgeschlagen: %3.</translation>
        </message>
    </context>
    <context>
        <name>strata::SqliteInspector</name>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="88" />
            <source>Reading tables</source>
            <translation>Tabellen werden gelesen</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="92" />
            <source>Reading columns</source>
            <translation>Spalten werden gelesen</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="96" />
            <source>Reading indexes</source>
            <translation>Indizes werden gelesen</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="100" />
            <source>Reading foreign keys</source>
            <translation>Fremdschlüssel werden gelesen</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="104" />
            <source>Reading checks</source>
            <translation>Prüfungen werden gelesen</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="141" />
            <location filename="../core/sqlite/sqliteinspector.cpp" line="153" />
            <source>tables</source>
            <translation>Tabellen</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="181" />
            <source>columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="244" />
            <source>indexes</source>
            <translation>Indizes</translation>
        </message>
        <message>
            <location filename="../core/sqlite/sqliteinspector.cpp" line="311" />
            <source>foreign keys</source>
            <translation>Fremdschlüssel</translation>
        </message>
    </context>
    <context>
        <name>strata::cli</name>
        <message>
            <location filename="../app/cli/commandline.cpp" line="19" />
            <source>Strata: a desktop studio for schema-as-code, file-compatible with Atlas.

Usage:
  strata [FILE.db | FILE.sql | URL]     open the Strata window
  strata schema inspect --url URL       print a schema as Atlas HCL or SQL
  strata --version                      print versions

Run 'strata schema inspect --help' for the flags of a command.
</source>
            <translation>Strata: ein Desktop-Studio für Schemata als Code, dateikompatibel mit Atlas.

Aufruf:
  strata [DATEI.db | DATEI.sql | URL]   das Strata-Fenster öffnen
  strata schema inspect --url URL       ein Schema als Atlas-HCL oder SQL ausgeben
  strata --version                      Versionen ausgeben

'strata schema inspect --help' zeigt die Optionen eines Befehls.
</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="30" />
            <source>strata version %1
Qt %2, SQLite %3, libpq %4, MariaDB Connector/C %5
</source>
            <translation>strata Version %1
Qt %2, SQLite %3, libpq %4, MariaDB Connector/C %5
</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="49" />
            <source>unknown command "%1" for "strata schema"</source>
            <translation>unbekannter Befehl „%1“ für „strata schema“</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="81" />
            <source>unknown flag: %1 (see 'strata --help')</source>
            <translation>unbekannte Option: %1 (siehe 'strata --help')</translation>
        </message>
        <message>
            <location filename="../app/cli/commandline.cpp" line="82" />
            <source>unknown command "%1" for "strata" (see 'strata --help'; to open a file, check that it exists)</source>
            <translation>unbekannter Befehl „%1“ für „strata“ (siehe 'strata --help'; um eine Datei zu öffnen, prüfen Sie, ob sie existiert)</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="24" />
            <source>URL of the schema to inspect: sqlite://file.db, or file://schema.sql.</source>
            <translation>URL des zu untersuchenden Schemas: sqlite://file.db oder file://schema.sql.</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="27" />
            <source>Dev database that normalizes DDL files, e.g. sqlite://dev?mode=memory.</source>
            <translation>Entwicklungsdatenbank, die DDL-Dateien normalisiert, z. B. sqlite://dev?mode=memory.</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="30" />
            <source>Dialect of DDL files when no dev database is given: sqlite.</source>
            <translation>Dialekt von DDL-Dateien, wenn keine Entwicklungsdatenbank angegeben ist: sqlite.</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="34" />
            <source>Output template: '{{ sql . }}' prints SQL; the default prints Atlas HCL.</source>
            <translation>Ausgabevorlage: '{{ sql . }}' gibt SQL aus; ohne Angabe wird Atlas-HCL ausgegeben.</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="36" />
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="43" />
            <source>Usage: strata schema inspect --url URL [--dev-url URL] [--dialect NAME] [--format TEMPLATE]

Inspect a database or a DDL file and print its schema as Atlas HCL or SQL.

Examples:
  strata schema inspect --url sqlite://app.db
  strata schema inspect --url sqlite://app.db --format '{{ sql . }}'
  strata schema inspect --url file://schema.sql --dev-url "sqlite://dev?mode=memory"

Flags:
  -u, --url URL          schema to inspect (sqlite://, file://)
      --dev-url URL      dev database used to normalize DDL files
      --dialect NAME     dialect of DDL files without a dev database (sqlite)
      --format TEMPLATE  '{{ sql . }}' or '{{ sql . "  " }}'; default: Atlas HCL
  -h, --help             show this help
</source>
            <translation>Aufruf: strata schema inspect --url URL [--dev-url URL] [--dialect NAME] [--format VORLAGE]

Untersucht eine Datenbank oder eine DDL-Datei und gibt ihr Schema als Atlas-HCL oder SQL aus.

Beispiele:
  strata schema inspect --url sqlite://app.db
  strata schema inspect --url sqlite://app.db --format '{{ sql . }}'
  strata schema inspect --url file://schema.sql --dev-url "sqlite://dev?mode=memory"

Optionen:
  -u, --url URL          zu untersuchendes Schema (sqlite://, file://)
      --dev-url URL      Entwicklungsdatenbank zum Normalisieren von DDL-Dateien
      --dialect NAME     Dialekt von DDL-Dateien ohne Entwicklungsdatenbank (sqlite)
      --format VORLAGE   '{{ sql . }}' oder '{{ sql . "  " }}'; Standard: Atlas-HCL
  -h, --help             diese Hilfe anzeigen
</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="64" />
            <source> (see 'strata schema inspect --help')</source>
            <translation> (siehe 'strata schema inspect --help')</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="70" />
            <source>Unexpected argument "%1" (see 'strata schema inspect --help')</source>
            <translation>Unerwartetes Argument „%1“ (siehe 'strata schema inspect --help')</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="75" />
            <source>required flag "url" not set (see 'strata schema inspect --help')</source>
            <translation>erforderliche Option „url“ nicht gesetzt (siehe 'strata schema inspect --help')</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="96" />
            <source>warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <location filename="../app/cli/schemainspectcommand.cpp" line="100" />
            <source>No writer for dialect "%1".</source>
            <translation>Keine Ausgabe für den Dialekt „%1“.</translation>
        </message>
    </context>
    <context>
        <name>strata::cli::InspectFormat</name>
        <message>
            <location filename="../app/cli/inspectformat.cpp" line="21" />
            <source>Unsupported --format "%1": use '{{ sql . }}' or '{{ sql . "  " }}' (the default prints Atlas HCL).</source>
            <translation>Nicht unterstütztes --format „%1“: Verwenden Sie '{{ sql . }}' oder '{{ sql . "  " }}' (ohne Angabe wird Atlas-HCL ausgegeben).</translation>
        </message>
    </context>
    <context>
        <name>strata::hcl::DepthGuard</name>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="78" />
            <source>nesting is too deep (more than 200 levels)</source>
            <translation>die Verschachtelung ist zu tief (mehr als 200 Ebenen)</translation>
        </message>
    </context>
    <context>
        <name>strata::hcl::Lexer</name>
        <message>
            <location filename="../core/hcl/parse/lexer.cpp" line="115" />
            <source>unterminated template sequence: expected "}" to close it</source>
            <translation>nicht abgeschlossene Vorlagensequenz: „}“ zum Schließen erwartet</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/lexer.cpp" line="206" />
            <source>invalid operator "&amp;"; did you mean "&amp;&amp;"?</source>
            <translation>ungültiger Operator „&amp;“; meinten Sie „&amp;&amp;“?</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/lexer.cpp" line="210" />
            <source>invalid operator "|"; did you mean "||"?</source>
            <translation>ungültiger Operator „|“; meinten Sie „||“?</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/lexer.cpp" line="224" />
            <source>invalid character "%1"</source>
            <translation>ungültiges Zeichen „%1“</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/lexer.cpp" line="234" />
            <source>unterminated comment: expected "*/" to close it</source>
            <translation>nicht abgeschlossener Kommentar: „*/“ zum Schließen erwartet</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/lexer.cpp" line="278" />
            <source>invalid heredoc: expected a marker such as EOT right after "&lt;&lt;"</source>
            <translation>ungültiges Heredoc: direkt nach „&lt;&lt;“ wird eine Marke wie EOT erwartet</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/lexer.cpp" line="285" />
            <source>invalid heredoc: the line must end right after the marker "%1"</source>
            <translation>ungültiges Heredoc: die Zeile muss direkt nach der Marke „%1“ enden</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/lexer.cpp" line="322" />
            <source>unterminated string: a quoted string must end with " on the same line</source>
            <translation>nicht abgeschlossene Zeichenkette: eine Zeichenkette in Anführungszeichen muss in derselben Zeile mit " enden</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/lexer.cpp" line="362" />
            <source>unterminated heredoc: expected the marker "%1" on a line of its own</source>
            <translation>nicht abgeschlossenes Heredoc: die Marke „%1“ wird in einer eigenen Zeile erwartet</translation>
        </message>
    </context>
    <context>
        <name>strata::hcl::Parser</name>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="141" />
            <source>the end of the file</source>
            <translation>das Dateiende</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="143" />
            <source>a line break</source>
            <translation>einen Zeilenumbruch</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="145" />
            <source>a heredoc</source>
            <translation>ein Heredoc</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="147" />
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="173" />
            <location filename="../core/hcl/parse/parser.cpp" line="497" />
            <source>expected an expression, found %1</source>
            <translation>Ausdruck erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="177" />
            <source>unexpected %1 after the expression</source>
            <translation>unerwartet: %1 nach dem Ausdruck</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="192" />
            <source>block "%1" is not closed: expected "}" before the end of the file</source>
            <translation>Block „%1“ ist nicht geschlossen: „}“ vor dem Dateiende erwartet</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="198" />
            <source>unexpected "}": no block is open here</source>
            <translation>unerwartetes „}“: hier ist kein Block offen</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="205" />
            <source>expected an attribute or a block, found %1</source>
            <translation>Attribut oder Block erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="216" />
            <source>expected a line break after the value of attribute "%1", found %2</source>
            <translation>Zeilenumbruch nach dem Wert von Attribut „%1“ erwartet, gefunden: %2</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="225" />
            <location filename="../core/hcl/parse/parser.cpp" line="285" />
            <source>expected "=" after attribute name "%1"</source>
            <translation>„=“ nach dem Attributnamen „%1“ erwartet</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="235" />
            <source>attribute "%1" is already defined at line %2</source>
            <translation>Attribut „%1“ ist bereits in Zeile %2 definiert</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="239" />
            <source>expected "=", found %1</source>
            <translation>„=“ erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="280" />
            <source>the "{" of block "%1" must be on the same line as its labels</source>
            <translation>das „{“ von Block „%1“ muss in derselben Zeile wie seine Labels stehen</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="287" />
            <source>expected "{" to open block "%1", found %2</source>
            <translation>„{“ zum Öffnen von Block „%1“ erwartet, gefunden: %2</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="297" />
            <source>expected a line break or a single attribute after "{", found %1</source>
            <translation>Zeilenumbruch oder ein einzelnes Attribut nach „{“ erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="304" />
            <source>expected "}" to close the single-line block "%1", found %2; put further attributes on their own lines</source>
            <translation>„}“ zum Schließen des einzeiligen Blocks „%1“ erwartet, gefunden: %2; schreiben Sie weitere Attribute in eigene Zeilen</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="313" />
            <source>expected a line break after the "}" of block "%1", found %2</source>
            <translation>Zeilenumbruch nach dem „}“ von Block „%1“ erwartet, gefunden: %2</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="326" />
            <source>expected ":" in the conditional expression, found %1</source>
            <translation>„:“ im bedingten Ausdruck erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="392" />
            <source>expected an attribute name after ".", found %1</source>
            <translation>Attributname nach „.“ erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="409" />
            <location filename="../core/hcl/parse/parser.cpp" line="438" />
            <source>expected "]" to close the index, found %1</source>
            <translation>„]“ zum Schließen des Index erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="491" />
            <source>expected ")" to close the parenthesis, found %1</source>
            <translation>„)“ zum Schließen der Klammer erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="515" />
            <source>the list opened here is not closed: expected "]"</source>
            <translation>die hier geöffnete Liste ist nicht geschlossen: „]“ erwartet</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="522" />
            <source>expected "," or "]" in the list, found %1</source>
            <translation>„,“ oder „]“ in der Liste erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="541" />
            <source>the object opened here is not closed: expected "}"</source>
            <translation>das hier geöffnete Objekt ist nicht geschlossen: „}“ erwartet</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="555" />
            <source>expected "=" or ":" after the object key, found %1</source>
            <translation>„=“ oder „:“ nach dem Objektschlüssel erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="564" />
            <source>expected ",", a line break or "}" after the object item, found %1</source>
            <translation>„,“, Zeilenumbruch oder „}“ nach dem Objekteintrag erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="577" />
            <location filename="../core/hcl/parse/templateparser.cpp" line="270" />
            <source>expected a variable name after "for", found %1</source>
            <translation>Variablenname nach „for“ erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="582" />
            <location filename="../core/hcl/parse/templateparser.cpp" line="275" />
            <source>expected a variable name after ",", found %1</source>
            <translation>Variablenname nach „,“ erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="588" />
            <location filename="../core/hcl/parse/templateparser.cpp" line="278" />
            <source>expected "in" after the variables of "for", found %1</source>
            <translation>„in“ nach den Variablen von „for“ erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="591" />
            <source>expected ":" after the collection of "for", found %1</source>
            <translation>„:“ nach der Sammlung von „for“ erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="594" />
            <source>expected "=&gt;" between the key and the value of "for", found %1</source>
            <translation>„=&gt;“ zwischen Schlüssel und Wert von „for“ erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="607" />
            <source>expected "}" to close the "for" expression, found %1</source>
            <translation>„}“ zum Schließen des „for“-Ausdrucks erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="610" />
            <source>expected "]" to close the "for" expression, found %1</source>
            <translation>„]“ zum Schließen des „for“-Ausdrucks erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="624" />
            <source>the arguments of "%1" are not closed: expected ")"</source>
            <translation>die Argumente von „%1“ sind nicht geschlossen: „)“ erwartet</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="632" />
            <source>"..." may only follow the last argument</source>
            <translation>„...“ darf nur auf das letzte Argument folgen</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/parser.cpp" line="636" />
            <source>expected "," or ")" in the arguments of "%1", found %2</source>
            <translation>„,“ oder „)“ in den Argumenten von „%1“ erwartet, gefunden: %2</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="158" />
            <source>invalid escape sequence: "\%1" must be followed by %2 hexadecimal digits</source>
            <translation>ungültige Escape-Sequenz: auf „\%1“ müssen %2 Hexadezimalziffern folgen</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="165" />
            <source>invalid escape sequence: U+%1 is not a Unicode character</source>
            <translation>ungültige Escape-Sequenz: U+%1 ist kein Unicode-Zeichen</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="175" />
            <source>invalid escape sequence "%1"; write "\\" for a backslash</source>
            <translation>ungültige Escape-Sequenz „%1“; schreiben Sie „\\“ für einen Backslash</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="196" />
            <source>a block label must be a plain string, without "${" or "%{"</source>
            <translation>ein Block-Label muss eine einfache Zeichenkette ohne „${“ oder „%{“ sein</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="226" />
            <source>expected "}" to close the interpolation, found %1</source>
            <translation>„}“ zum Schließen der Interpolation erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="233" />
            <source>unexpected %1 in a string</source>
            <translation>unerwartet: %1 in einer Zeichenkette</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="284" />
            <source>expected if, else, endif, for or endfor after "%{", found %1</source>
            <translation>if, else, endif, for oder endfor nach „%{“ erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="288" />
            <source>expected "}" to close the template directive, found %1</source>
            <translation>„}“ zum Schließen der Vorlagendirektive erwartet, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="316" />
            <source>this %1 has no matching %{ if }</source>
            <translation>zu diesem %1 gibt es kein passendes %{ if }</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="321" />
            <source>this %1 has no matching %{ for }</source>
            <translation>zu diesem %1 gibt es kein passendes %{ for }</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="338" />
            <source>a %{ if } can have only one %{ else }</source>
            <translation>ein %{ if } kann nur ein %{ else } haben</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="342" />
            <source>this %{ if } has no matching %{ endif }</source>
            <translation>zu diesem %{ if } gibt es kein passendes %{ endif }</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/templateparser.cpp" line="343" />
            <source>this %{ for } has no matching %{ endfor }</source>
            <translation>zu diesem %{ for } gibt es kein passendes %{ endfor }</translation>
        </message>
    </context>
    <context>
        <name>strata::hcl::Run</name>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="122" />
            <source>an object key must be a string</source>
            <translation>ein Objektschlüssel muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="162" />
            <location filename="../core/hcl/parse/evaluator.cpp" line="176" />
            <source>undefined variable "%1"</source>
            <translation>nicht definierte Variable „%1“</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="178" />
            <source>undefined local value "%1"</source>
            <translation>nicht definierter lokaler Wert „%1“</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="179" />
            <source>"%1" has no attribute "%2"</source>
            <translation>„%1“ hat kein Attribut „%2“</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="182" />
            <source>cannot read attribute "%1" of "%2": it is null</source>
            <translation>Attribut „%1“ von „%2“ kann nicht gelesen werden: der Wert ist null</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="184" />
            <source>cannot read attribute "%1" of "%2": it is a %3, not an object</source>
            <translation>Attribut „%1“ von „%2“ kann nicht gelesen werden: der Wert ist vom Typ %3, kein Objekt</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="197" />
            <source>a list index must be a whole number, got %1</source>
            <translation>ein Listenindex muss eine ganze Zahl sein, erhalten: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="200" />
            <source>index %1 is out of range: the list has %2 items</source>
            <translation>Index %1 liegt außerhalb des Bereichs: die Liste hat %2 Einträge</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="208" />
            <location filename="../core/hcl/parse/evaluator.cpp" line="407" />
            <source>an object key must be a string, got %1</source>
            <translation>ein Objektschlüssel muss eine Zeichenkette sein, erhalten: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="211" />
            <source>"%1" has no key %2</source>
            <translation>„%1“ hat keinen Schlüssel %2</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="214" />
            <source>cannot index "%1": it is %2, not a list or an object</source>
            <translation>„%1“ kann nicht indiziert werden: der Wert ist %2, keine Liste und kein Objekt</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="239" />
            <source>function "try" takes at least 1 argument, got 0</source>
            <translation>die Funktion „try“ erwartet mindestens 1 Argument, erhalten: 0</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="240" />
            <source>function "can" takes 1 argument, got %1</source>
            <translation>die Funktion „can“ erwartet 1 Argument, erhalten: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="259" />
            <source>unknown function "%1"</source>
            <translation>unbekannte Funktion „%1“</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="266" />
            <source>the argument before "..." must be a list, got %1</source>
            <translation>das Argument vor „...“ muss eine Liste sein, erhalten: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="281" />
            <source>1 argument</source>
            <translation>1 Argument</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="282" />
            <source>%1 arguments</source>
            <translation>%1 Argumente</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="284" />
            <source>at least %1</source>
            <translation>mindestens %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="288" />
            <source>%1 to %2 arguments</source>
            <translation>%1 bis %2 Argumente</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="289" />
            <source>function "%1" takes %2, got %3</source>
            <translation>die Funktion „%1“ erwartet %2, erhalten: %3</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="304" />
            <source>a condition must be true or false, got %1</source>
            <translation>eine Bedingung muss true oder false sein, erhalten: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="313" />
            <source>the operands of "%1" must be numbers, got %2</source>
            <translation>die Operanden von „%1“ müssen Zahlen sein, erhalten: %2</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="361" />
            <source>division by zero</source>
            <translation>Division durch null</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="364" />
            <source>unsupported operator</source>
            <translation>nicht unterstützter Operator</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="382" />
            <source>cannot iterate over %1: it is %2, not a list, set or object</source>
            <translation>über %1 kann nicht iteriert werden: der Wert ist %2, keine Liste, keine Menge und kein Objekt</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="413" />
            <source>duplicate key "%1"; add "..." after the value to group the values by key</source>
            <translation>doppelter Schlüssel „%1“; fügen Sie „...“ nach dem Wert hinzu, um die Werte nach Schlüssel zu gruppieren</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="477" />
            <source>"%1" is null and cannot be used in a string</source>
            <translation>„%1“ ist null und kann nicht in einer Zeichenkette verwendet werden</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/evaluator.cpp" line="479" />
            <source>"%1" is a %2 and cannot be used in a string; use join() or jsonencode()</source>
            <translation>„%1“ ist vom Typ %2 und kann nicht in einer Zeichenkette verwendet werden; verwenden Sie join() oder jsonencode()</translation>
        </message>
    </context>
    <context>
        <name>strata::hcl::functions</name>
        <message>
            <location filename="../core/hcl/parse/formatfunction.cpp" line="46" />
            <source>format: "%%1" needs a number, got %2</source>
            <translation>format: „%%1“ braucht eine Zahl, erhalten: %2</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/formatfunction.cpp" line="67" />
            <source>format: "%s" needs a string, got %1</source>
            <translation>format: „%s“ braucht eine Zeichenkette, erhalten: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/formatfunction.cpp" line="74" />
            <source>format: "%q" needs a string, got %1</source>
            <translation>format: „%q“ braucht eine Zeichenkette, erhalten: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/formatfunction.cpp" line="81" />
            <source>format: "%d" needs a whole number, got %1</source>
            <translation>format: „%d“ braucht eine ganze Zahl, erhalten: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/formatfunction.cpp" line="96" />
            <source>format: "%t" needs a bool, got %1</source>
            <translation>format: „%t“ braucht einen Wahrheitswert, erhalten: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/formatfunction.cpp" line="101" />
            <source>format: unsupported verb "%%1"; use %s, %d, %f, %t, %q or %v</source>
            <translation>format: nicht unterstütztes Verb „%%1“; verwenden Sie %s, %d, %f, %t, %q oder %v</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/formatfunction.cpp" line="122" />
            <source>format: the format ends with a lone "%"</source>
            <translation>format: das Format endet mit einem einzelnen „%“</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/formatfunction.cpp" line="147" />
            <source>format: the verb "%1" is incomplete</source>
            <translation>format: das Verb „%1“ ist unvollständig</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/formatfunction.cpp" line="151" />
            <source>format: not enough arguments for "%1"</source>
            <translation>format: nicht genug Argumente für „%1“</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/formatfunction.cpp" line="157" />
            <source>format: too many arguments; the format uses %1 of %2</source>
            <translation>format: zu viele Argumente; das Format verwendet %1 von %2</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/functions.cpp" line="24" />
            <source>%1: argument %2 must be a string, got %3</source>
            <translation>%1: Argument %2 muss eine Zeichenkette sein, erhalten: %3</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/functions.cpp" line="36" />
            <source>%1: argument %2 must be a list, got %3</source>
            <translation>%1: Argument %2 muss eine Liste sein, erhalten: %3</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/functions.cpp" line="58" />
            <source>file: cannot read "%1": %2</source>
            <translation>file: „%1“ kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/functions.cpp" line="87" />
            <source>join: the list items must be strings, found %1</source>
            <translation>join: die Listeneinträge müssen Zeichenketten sein, gefunden: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/functions.cpp" line="115" />
            <source>replace: invalid regular expression: %1</source>
            <translation>replace: ungültiger regulärer Ausdruck: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/functions.cpp" line="142" />
            <source>length: argument 1 must be a string, list or object, got %1</source>
            <translation>length: Argument 1 muss eine Zeichenkette, Liste oder ein Objekt sein, erhalten: %1</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/functions.cpp" line="153" />
            <source>coalesce: every argument is null or an empty string</source>
            <translation>coalesce: alle Argumente sind null oder leere Zeichenketten</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/functions.cpp" line="179" />
            <source>tonumber: %1 is not a number</source>
            <translation>tonumber: %1 ist keine Zahl</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/functions.cpp" line="199" />
            <source>%1: argument %2 must be an object, got %3</source>
            <translation>%1: Argument %2 muss ein Objekt sein, erhalten: %3</translation>
        </message>
        <message>
            <location filename="../core/hcl/parse/urlfunctions.cpp" line="15" />
            <source>%1: invalid URL: %2</source>
            <translation>%1: ungültige URL: %2</translation>
        </message>
    </context>
</TS>